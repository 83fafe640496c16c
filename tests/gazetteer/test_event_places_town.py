"""A region in the event's own sentence and a town inside it next to it: the event takes the
town (places and layout built by hand, no spaCy)."""

from faultlines.gazetteer.event_places import Layout, event_place
from faultlines.records import Event, Place, Span

TEXT = (
    "A gunman was shot dead at a supermarket in Ohio, police said. "
    "He had walked into the store in Dayton late on Saturday.\n"
    "Officials in Toledo, Spain, spoke later."
)


def _place(word: str, *, code: str, admin1: str | None, country: str = "US") -> Place:
    start = TEXT.index(word)
    return Place(start, start + len(word), word, name=word, lat=1.0, lon=1.0, country_code=country,
                 admin1=admin1, feature_code=code, precision=1 if code.startswith("PPL") else 2)  # fmt: skip


def _layout() -> Layout:
    first = TEXT.index(". ") + 1
    second = TEXT.index("\n") + 1
    return Layout(sentences=((0, first), (first + 1, second), (second, len(TEXT))), paragraphs=(0, second))


def _event() -> Event:
    t = TEXT.index("shot dead")
    return Event(
        event_id="e",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        kind="attack",
        modality="asserted",
        trigger=Span.of(TEXT, t, t + len("shot dead")),
        evidence=(Span.of(TEXT, 0, TEXT.index(". ") + 1),),
    )


def test_event_places_town_inside_the_region_of_the_own_sentence() -> None:
    ohio = _place("Ohio", code="ADM1", admin1="Ohio")
    dayton = _place("Dayton", code="PPL", admin1="Ohio")
    got = event_place(_event(), (ohio, dayton), ohio, layout=_layout())
    assert got is not None and got.text == "Dayton"


def test_event_places_a_town_outside_the_region_is_not_taken() -> None:
    ohio = _place("Ohio", code="ADM1", admin1="Ohio")
    toledo = _place("Toledo", code="PPL", admin1="Castille-La Mancha", country="ES")
    got = event_place(_event(), (ohio, toledo), ohio, layout=_layout())
    assert got is not None and got.text == "Ohio"
