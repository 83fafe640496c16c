"""The document's main place and the caption rule, on places built by hand."""

from faultlines.gazetteer.event_places import event_place
from faultlines.records import Event, Place, Span
from faultlines.stages.places import main_place

TEXT = (
    "Rebels shelled a village in northern Syria on Monday. Aid groups said Syria was short of fuel. "
    "The shelling went on near Syria's border.\n"
    "Mourners gather at a funeral in Mosul on May 2, 2016.\n"
    "Later, two commanders were arrested."
)


def _place(word: str, *, nth: int = 0, country: str = "SY", admin1: str | None = None, precision: int = 3) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Place(
        start, start + len(word), word, name=word, lat=1.0, lon=1.0, country_code=country, admin1=admin1,
        precision=precision,
    )  # fmt: skip


def _event(trigger: str, sentence: str) -> Event:
    t, s = TEXT.index(trigger), TEXT.index(sentence)
    return Event(
        event_id=trigger,
        event_type="Battles",
        sub_event_type="Armed clash",
        kind="armed_clash",
        modality="asserted",
        trigger=Span.of(TEXT, t, t + len(trigger)),
        evidence=(Span.of(TEXT, s, s + len(sentence)),),
    )


CAPTION_START = TEXT.index("Mourners")
CAPTION = Span.of(TEXT, CAPTION_START, TEXT.index("\nLater"))
PLACES = (
    _place("Syria", precision=2),
    _place("Syria", nth=1),
    _place("Syria", nth=2),
    _place("Mosul", country="IQ", admin1="Nineveh", precision=1),
)


def test_places_main_place_never_comes_from_a_caption():
    main = main_place(PLACES, captions=(CAPTION,))
    assert main is not None and main.text == "Syria"


def test_places_main_place_is_the_most_named_not_the_first():
    first_town = Place(0, 6, "Rebels", name="Idlib", lat=1.0, lon=1.0, country_code="SY", admin1="Idlib", precision=1)
    main = main_place((first_town, *PLACES[:3]))
    assert main is not None and main.name == "Syria"


def test_places_main_place_goes_down_to_a_town_that_carries_the_report():
    towns = tuple(
        Place(i, i + 1, "x", name="Manbij", lat=1.0, lon=1.0, country_code="SY", admin1="Aleppo", precision=1)
        for i in range(3)
    )
    main = main_place((*towns, PLACES[1]))
    assert main is not None and main.name == "Manbij"


def test_places_caption_place_only_goes_to_the_caption_event():
    main = main_place(PLACES, captions=(CAPTION,))
    caption_event = _event("funeral", "Mourners gather at a funeral in Mosul on May 2, 2016.")
    body_event = _event("arrested", "Later, two commanders were arrested.")
    # Evidence that runs over the caption must not pick up the caption's place either.
    spanning = _event("shelling", TEXT[TEXT.index("The shelling") : CAPTION.end])
    assert event_place(caption_event, PLACES, main, captions=(CAPTION,)).text == "Mosul"
    assert event_place(body_event, PLACES, main, captions=(CAPTION,)).text == "Syria"
    assert event_place(spanning, PLACES, main, captions=(CAPTION,)).text == "Syria"


def test_places_main_place_is_in_a_country_when_one_is_named():
    africa = (
        Place(0, 6, "Africa", name="Africa", lat=1.0, lon=1.0, precision=3),
        Place(20, 26, "Africa", name="Africa", lat=1.0, lon=1.0, precision=3),
    )
    town = Place(40, 46, "Aragua", name="Aragua", lat=1.0, lon=1.0, country_code="VE", precision=1)
    main = main_place((*africa, town))
    assert main is not None and main.name == "Aragua"
    assert main_place(africa).name == "Africa"


def test_places_the_datelines_places_are_read_from_the_dateline_only():
    from faultlines.records import CleanDocument, SourceDocument
    from faultlines.stages.places import _dateline_places

    text = "GREELEY, Colo. - A man was shot late Friday, police said."
    source = SourceDocument(doc_id="d", source="t", text=text, text_hash="h")
    clean = CleanDocument(source=source, body=text, dateline=Span.of(text, 0, 14))
    greeley = Place(0, 7, "GREELEY", name="Greeley", lat=40.4, lon=-104.7, country_code="US", precision=1)
    assert _dateline_places(clean, (greeley,)) == (greeley,)
    assert _dateline_places(CleanDocument(source=source, body=text), (greeley,)) == ()


def test_places_a_dateline_town_inside_the_main_region_is_the_main_place_and_a_bureau_abroad_is_not():
    from faultlines.stages.places import _filed_from

    pa = dict(country_code="US", admin1="Pennsylvania")
    county = Place(40, 52, "Perry County", name="Perry County", lat=40.4, lon=-77.2, precision=2, **pa)
    town = Place(0, 9, "DUNCANNON", name="Duncannon", lat=40.4, lon=-77.0, precision=1, **pa)
    assert _filed_from(county, town) == town
    idlib = Place(40, 45, "Idlib", name="Idlib", lat=35.9, lon=36.6, country_code="SY", admin1="Idlib", precision=2)
    beirut = Place(0, 6, "BEIRUT", name="Beirut", lat=33.9, lon=35.5, country_code="LB", admin1="Beyrouth", precision=1)
    assert _filed_from(idlib, beirut) == idlib
    assert _filed_from(None, beirut) == beirut
    assert main_place(()) is None
