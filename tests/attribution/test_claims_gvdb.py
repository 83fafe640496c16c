"""The GVDB reader and scorer, on a file and annotations we wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faultlines.errors import UsageError
from faultlines.eval.gvdb import (
    GvdbArticle,
    GvdbPrediction,
    article_text,
    city_of,
    gold_of,
    normalise_city,
    predict,
    read_gvdb,
    score,
)


def annotation(outcomes: list[list[str]], city: str = "") -> dict:
    return {
        "victim-section": [{"victim-was": o} for o in outcomes],
        "date-and-time": {"city": {"value": city, "startIndex": -1, "endIndex": -1}},
    }


def test_gvdb_gold_counts_killed_and_surviving_injured() -> None:
    gold = annotation(
        [["killed"], ["injured", "hospitalized"], ["hospitalized"], ["injured", "killed"], []], " Townville "
    )
    assert gold_of(gold) == (2, 2, "Townville")
    assert gold_of({}) == (0, 0, None)


def test_gvdb_reader_keeps_bare_quotes(tmp_path: Path) -> None:
    text = 'Man hurt | News 4A man was shot, police said. "He is stable," a nurse said.'
    row = [
        "7",
        "http://example.org/a",
        "Man hurt | News 4",
        text,
        json.dumps(annotation([["injured"]], "Townville")),
        "w1",
    ]
    header = ["Article id", "Article url", "Article title", "Full text", "Json", "Worker"]
    (tmp_path / "dev.tsv").write_text("\t".join(header) + "\n" + "\t".join(row) + "\n", encoding="utf-8")
    (article,) = read_gvdb(tmp_path)
    assert (article.article_id, article.text, article.killed, article.injured, article.city) == (
        "7",
        text,
        0,
        1,
        "Townville",
    )


def test_gvdb_reader_says_what_to_give(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"dev\.tsv"):
        read_gvdb(tmp_path)


def test_gvdb_score_counts_exact_matches() -> None:
    articles = [GvdbArticle("1", "", "", 1, 0, "Townville"), GvdbArticle("2", "", "", 0, 2, None)]
    predictions = [GvdbPrediction(1, "TOWNVILLE"), GvdbPrediction(3, "Elsewhere")]
    result = score(articles, predictions)
    assert (result.as_dict()["killed_exact"], result.as_dict()["city"], result.as_dict()["city_articles"]) == (
        0.5,
        1.0,
        1,
    )
    assert [m["id"] for m in result.misses] == ["2"]  # the second has 3 dead for 0; its city is not scored


def test_gvdb_city_names_compare_loosely() -> None:
    assert normalise_city(" St. George ") == normalise_city("Saint George")
    assert normalise_city("INDIANAPOLIS") == normalise_city("Indianapolis")


def event(*, modality: str = "asserted", killed: int | None = None, town: str | None = None, confidence: float = 0.5):
    """An event as the contract prints it, with only the fields the GVDB scorer reads."""
    place = {"text": town, "name": town, "feature_code": "PPL"} if town else None
    return {"modality": modality, "fatalities": {"best": killed}, "place": place, "confidence": confidence}


def test_gvdb_predict_sums_the_dead_of_reported_events_only() -> None:
    record = {
        "events": [
            event(killed=2, town="Riverside"),
            event(modality="alleged", killed=1),
            event(modality="forecast", killed=9),  # not a record: never summed
            event(killed=None),
        ]
    }
    assert predict(record) == GvdbPrediction(killed=3, city="Riverside")
    assert predict({"events": []}) == GvdbPrediction(killed=0, city=None)


def test_gvdb_city_is_the_town_of_the_deadliest_then_most_confident_event() -> None:
    events = [event(killed=0, town="Maple Park", confidence=0.9), event(killed=2, town="Springfield")]
    assert city_of(events) == "Springfield"
    assert (
        city_of([event(town="Maple Park", confidence=0.4), event(town="Springfield", confidence=0.8)]) == "Springfield"
    )
    region = {"modality": "asserted", "place": {"text": "Ohio", "name": "Ohio", "feature_code": "ADM1"}}
    assert city_of([region]) is None  # a state is not a city


def test_gvdb_gold_city_is_the_last_line_of_a_runaway_selection() -> None:
    gold = annotation([], "publication date: 1/2/2016Man shot on east side\nTOWNVILLE")
    assert gold_of(gold)[2] == "TOWNVILLE"


def test_gvdb_article_text_puts_the_title_on_its_own_line() -> None:
    article = GvdbArticle("1", "Man hurt | News 4", "Man hurt | News 4A man was shot.", 0, 1, None)
    assert article_text(article) == "Man hurt | News 4\n\nA man was shot."
    assert article_text(GvdbArticle("2", "Other", "A man was shot.", 0, 1, None)) == "A man was shot."


def test_gvdb_city_skips_a_place_with_no_feature_code() -> None:
    from faultlines.eval.gvdb import city_of

    located = {"place": {"name": "Camp Bastion", "feature_code": None}, "fatalities": {"best": 3}}
    town = {"place": {"name": "Lashkar Gah", "feature_code": "PPLA"}, "fatalities": {"best": 1}}
    assert city_of([located, town]) == "Lashkar Gah"
