"""Which place an event takes, on places and layouts built by hand (no spaCy)."""

from faultlines.gazetteer.event_places import Layout, event_place
from faultlines.records import Event, Place, Span

TEXT = (
    "Gunmen who came from Kano attacked a village in Borno on Monday. "  # sentence 0
    "The attack was condemned.\n"  # sentence 1, end of paragraph 0
    "In Maiduguri, Borno, troops later shot two men. "  # sentence 2
    "Aid workers fled to Chad.\n"  # sentence 3
    "Background\n"  # a heading
    "Residents of Gwoza said the army arrived late.\n"
)


def _at(word: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start


def _place(word: str, *, nth: int = 0, country: str = "NG", precision: int = 1) -> Place:
    start = _at(word, nth)
    return Place(start, start + len(word), word, name=word, lat=1.0, lon=1.0, country_code=country, precision=precision)


def _sentences() -> tuple[tuple[int, int], ...]:
    bounds, start = [], 0
    for stop in (".", ".", ".", ".", "\n", ".\n"):
        end = TEXT.index(stop, start) + 1
        bounds.append((start, end))
        start = end + (1 if TEXT[end : end + 1] == " " else 0)
    return tuple(bounds)


def _layout(*, elsewhere: tuple[str, ...] = ()) -> Layout:
    """Clauses: "who came from Kano" is its own clause (head "came"); the rest of sentence 0
    hangs on "attacked"."""
    came, attacked = _at("came"), _at("attacked")
    clause_of = {_at("Kano"): came, _at("came"): came, _at("attacked"): attacked}
    clause_of |= {_at("Borno"): attacked, _at("village"): attacked}
    paragraphs = (0, *(i + 1 for i, c in enumerate(TEXT) if c == "\n"))
    return Layout(
        sentences=_sentences(),
        paragraphs=paragraphs,
        sections=(_at("Background"),),
        clause_of=clause_of,
        elsewhere=frozenset(_at(w) for w in elsewhere),
    )


def _event(trigger: str, *, nth: int = 0) -> Event:
    t = _at(trigger, nth)
    sentence = next((s, e) for s, e in _sentences() if s <= t < e)
    return Event(
        event_id=trigger,
        event_type="Battles",
        sub_event_type="Armed clash",
        kind="attack",
        modality="asserted",
        trigger=Span.of(TEXT, t, t + len(trigger)),
        evidence=(Span.of(TEXT, *sentence),),
    )


MAIN = _place("Borno", precision=2)


def test_event_places_own_clause_before_a_nearer_place_of_another_clause():
    places = (_place("Kano"), _place("Borno", precision=2))
    assert event_place(_event("attacked"), places, MAIN, layout=_layout()).text == "Borno"


def test_event_places_origins_and_destinations_are_no_scene():
    places = (_place("Kano"), _place("Chad", country="TD", precision=3))
    # With no place of its own, the event does not take where people came from or went to.
    got = event_place(_event("fled"), places, MAIN, layout=_layout(elsewhere=("Kano", "Chad")))
    assert got is not None and got.text == "Borno" and got.precision == 3


def test_event_places_town_before_its_division_in_apposition():
    places = (_place("Maiduguri"), _place("Borno", nth=1, precision=2))
    # The division is nearer the trigger, but the town is what the text says.
    event = _event("shot")
    assert event_place(event, places, MAIN, layout=_layout()).text == "Maiduguri"


def test_event_places_a_sentence_without_place_takes_its_paragraph_s():
    places = (_place("Borno", precision=2), _place("Maiduguri"))
    got = event_place(_event("condemned"), places, MAIN, layout=_layout())
    assert got is not None and got.text == "Borno" and got.precision == 2  # linked: precision kept


def test_event_places_neighbours_in_another_country_are_not_taken():
    places = (_place("Chad", country="TD", precision=2),)
    # Chad is two sentences after "condemned", in the next paragraph, and in another country.
    got = event_place(_event("condemned"), places, MAIN, layout=_layout())
    assert got is not None and got.text == "Borno" and got.precision == 3


def test_event_places_neighbours_stop_at_a_heading():
    places = (_place("Gwoza"),)
    # "Aid workers fled" is two sentences from Gwoza's, but a heading stands between them.
    got = event_place(_event("fled"), places, MAIN, layout=_layout())
    assert got is not None and got.text == "Borno"


def test_event_places_without_syntax_the_evidence_is_the_sentence():
    places = (_place("Kano"), _place("Maiduguri"))
    got = event_place(_event("attacked"), places, MAIN)
    assert got is not None and got.text == "Kano"  # nearest in the evidence, as before the layout


def test_event_places_a_region_keeps_its_direction():
    from faultlines.stages.places import _with_direction

    text = "Clashes in eastern Syria killed ten; 20 km east of Raqqa, a convoy was hit."
    syria = Place(19, 24, "Syria", name="Syria", lat=1.0, lon=1.0, country_code="SY", precision=2)
    raqqa = Place(51, 56, "Raqqa", name="Raqqa", lat=1.0, lon=1.0, country_code="SY", precision=2)
    assert _with_direction(text, syria).text == "eastern Syria"
    assert _with_direction(text, raqqa).text == "Raqqa"  # an offset moves the point, not the name
    assert _with_direction(text, None) is None


def test_event_places_a_nominal_trigger_takes_the_place_in_its_own_phrase():
    text = "The group moved its court to the town of Sulug, amid the escape of fighters across Tel Abyad."
    sulug, tel_abyad = text.index("Sulug"), text.index("Tel Abyad")
    escape, moved = text.index("escape"), text.index("moved")
    places = tuple(
        Place(s, s + len(w), w, name=w, lat=1.0, lon=1.0, country_code="SY", precision=1)
        for s, w in ((sulug, "Sulug"), (tel_abyad, "Tel Abyad"))
    )
    layout = Layout(
        sentences=((0, len(text)),),
        paragraphs=(0,),
        clause_of={sulug: moved, tel_abyad: moved, escape: moved, moved: moved},
        phrase_of={escape: (text.index("the escape"), len(text) - 1)},
    )
    event = Event(
        event_id="e", event_type="Strategic developments", sub_event_type="Other", kind="desertion",
        modality="asserted", trigger=Span.of(text, escape, escape + 6), evidence=(Span.of(text, 0, len(text)),),
    )  # fmt: skip
    # Both are in the clause and Sulug is nearer; the escape's own phrase names Tel Abyad.
    assert event_place(event, places, None, layout=layout).text == "Tel Abyad"
