"""The places stage on reports we wrote: toponyms found, resolved, and linked to events."""

import hashlib

import pytest

from faultlines.analysis import Analysis
from faultlines.records import CleanDocument, Event, SourceDocument, Span
from faultlines.resources import Resources
from faultlines.stages.places import find_places

pytestmark = pytest.mark.slow


def _analysis(text: str, nlp, events=()) -> Analysis:
    digest = hashlib.sha1(text.encode()).hexdigest()
    source = SourceDocument(doc_id=digest, source="test", text=text, text_hash=digest)
    return Analysis(clean=CleanDocument(source=source, body=text), doc=nlp(text), events=tuple(events))


def _event(text: str, trigger: str, sentence: str) -> Event:
    t, s = text.index(trigger), text.index(sentence)
    return Event(
        event_id=trigger,
        event_type="Battles",
        sub_event_type="Armed clash",
        kind="armed_clash",
        modality="asserted",
        trigger=Span.of(text, t, t + len(trigger)),
        evidence=(Span.of(text, s, s + len(sentence)),),
    )


def _resources(settings, nlp, gazetteer) -> Resources:
    return Resources(settings=settings, nlp=nlp, gazetteer=gazetteer, actors=None, mention_model=None)


def test_stage_places_finds_and_resolves_toponyms(place_nlp, real_settings, real_gazetteer):
    text = (
        "Militants withdrew from Manbij on Sunday. Kurdish units then entered Tall Abyad, "
        "near the border with Turkey, and patrols reached the Aleppo countryside."
    )
    result = find_places(_analysis(text, place_nlp), _resources(real_settings, place_nlp, real_gazetteer))
    found = {p.text: p for p in result.places}
    assert {"Manbij", "Tall Abyad", "Turkey", "Aleppo"} <= set(found)
    assert all(text[p.start : p.end] == p.text for p in result.places)
    assert found["Manbij"].precision == 1 and found["Turkey"].precision == 3 and found["Aleppo"].precision == 2


def test_stage_places_ignores_common_words(place_nlp, real_settings, real_gazetteer):
    text = "At dawn in March, a tall fence was built along the road."
    result = find_places(_analysis(text, place_nlp), _resources(real_settings, place_nlp, real_gazetteer))
    assert result.places == ()


def test_stage_places_event_gets_the_place_of_its_sentence(place_nlp, real_settings, real_gazetteer):
    text = "The group is based in Raqqa. On Monday its fighters clashed with rebels in Jarablus, far from their base."
    sentence = text[text.index("On Monday") :]
    event = _event(text, "clashed", sentence)
    result = find_places(_analysis(text, place_nlp, [event]), _resources(real_settings, place_nlp, real_gazetteer))
    assert result.events[0].place is not None and result.events[0].place.text == "Jarablus"


def test_stage_places_event_takes_the_place_of_its_paragraph(place_nlp, real_settings, real_gazetteer):
    text = "Fighting went on in Manbij. Manbij residents fled. Later, two commanders were executed."
    event = _event(text, "executed", "Later, two commanders were executed.")
    result = find_places(_analysis(text, place_nlp, [event]), _resources(real_settings, place_nlp, real_gazetteer))
    place = result.events[0].place
    assert place is not None and place.name == "Manbij" and place.precision == 1


def test_stage_places_event_without_place_gets_main_place_less_precise(place_nlp, real_settings, real_gazetteer):
    text = (
        "Fighting went on in Manbij. Manbij residents fled.\n"
        "The front was quiet for a week. No one crossed it. Officials met twice.\n"
        "Later, two commanders were executed."
    )
    event = _event(text, "executed", "Later, two commanders were executed.")
    result = find_places(_analysis(text, place_nlp, [event]), _resources(real_settings, place_nlp, real_gazetteer))
    place = result.events[0].place
    assert place is not None and place.name == "Manbij" and place.precision == 2


def test_stage_places_event_takes_the_place_the_next_sentences_give(place_nlp, real_settings, real_gazetteer):
    # The execution is told first and placed two sentences later; the report's main place
    # (named three times) is elsewhere.
    text = (
        "Reports of the group killing 40 of its own fighters are confirmed. I waited until I could check them.\n"
        "This is one of many stories from the group's stronghold of Ar Raqqa.\n"
        "Elsewhere, rebels in Idlib said Idlib was calm. Aid reached Idlib on Monday."
    )
    event = _event(text, "killing", text[: text.index(" I waited")])
    result = find_places(_analysis(text, place_nlp, [event]), _resources(real_settings, place_nlp, real_gazetteer))
    place = result.events[0].place
    assert place is not None and place.text == "Ar Raqqa"


def test_stage_places_a_time_expression_s_place_is_no_scene(place_nlp, real_settings, real_gazetteer):
    text = (
        "Fighting went on in Idlib. Idlib was shelled again.\n"
        "Before the capture of Raqqa, two commanders were executed by the group."
    )
    event = _event(text, "executed", text[text.index("Before") :])
    result = find_places(_analysis(text, place_nlp, [event]), _resources(real_settings, place_nlp, real_gazetteer))
    place = result.events[0].place
    assert place is not None and place.name == "Idlib"
