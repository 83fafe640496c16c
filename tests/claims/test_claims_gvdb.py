"""The GVDB reader and scorer, on a file and annotations we wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faultlines.analysis import Analysis
from faultlines.errors import UsageError
from faultlines.eval.gvdb import (
    GvdbArticle,
    GvdbPrediction,
    article_text,
    city_of,
    dateline_city,
    gold_of,
    normalise_city,
    read_gvdb,
    score,
)
from faultlines.records import CleanDocument, Place, SourceDocument


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
    predictions = [GvdbPrediction(1, 1, "TOWNVILLE"), GvdbPrediction(0, 2, "Elsewhere", killed_events=3)]
    result = score(articles, predictions).as_dict()
    assert (result["killed_exact"], result["injured_exact"], result["city"], result["city_articles"]) == (
        1.0,
        0.5,
        1.0,
        1,
    )
    assert result["killed_exact_events_where_stated"] == 0.5


def test_gvdb_city_names_compare_loosely() -> None:
    assert normalise_city(" St. George ") == normalise_city("Saint George")
    assert normalise_city("INDIANAPOLIS") == normalise_city("Indianapolis")


def analysis_for(text: str, places: tuple[Place, ...] = ()) -> Analysis:
    source = SourceDocument("d", "test", text, "h")
    return Analysis(clean=CleanDocument(source=source, body=text), doc=None, places=places)


def test_gvdb_city_prefers_the_dateline() -> None:
    title = "Man hurt in shooting | News 4"
    text = title + "TOWNVILLE, Ohio (WXYZ) — A man was shot in Riverside on Friday."
    riverside = text.index("Riverside")
    place = Place(riverside, riverside + 9, "Riverside", 1, "Riverside", 0.0, 0.0, "US", None, "PPL", 1)
    assert city_of(analysis_for(text, (place,)), title_end=len(title)) == "TOWNVILLE"
    assert city_of(analysis_for("A man was shot in Riverside.", (dataclasses_replace(place, 18),))) == "Riverside"


def dataclasses_replace(place: Place, start: int) -> Place:
    import dataclasses

    return dataclasses.replace(place, start=start, end=start + 9)


def test_gvdb_gold_city_is_the_last_line_of_a_runaway_selection() -> None:
    gold = annotation([], "publication date: 1/2/2016Man shot on east side\nTOWNVILLE")
    assert gold_of(gold)[2] == "TOWNVILLE"


def test_gvdb_article_text_puts_the_title_on_its_own_line() -> None:
    article = GvdbArticle("1", "Man hurt | News 4", "Man hurt | News 4A man was shot.", 0, 1, None)
    assert article_text(article) == "Man hurt | News 4\n\nA man was shot."
    assert article_text(GvdbArticle("2", "Other", "A man was shot.", 0, 1, None)) == "A man was shot."


@pytest.mark.parametrize(
    ("dateline", "city"),
    [
        ("AURORA, Colo. (CBS4) – ", "AURORA"),
        ("CLEVELAND-- ", "CLEVELAND"),
        ("Associated Press MEMPHIS, Tenn. (AP) - ", "MEMPHIS"),
        ("INDIANAPOLIS (December 3, 2015) – ", "INDIANAPOLIS"),
        ("Port Townsend, Wash. — ", "Port Townsend"),
    ],
)
def test_gvdb_city_of_a_dateline(dateline: str, city: str) -> None:
    assert dateline_city(dateline) == city


def town(text: str, name: str, lat: float, lon: float, nth: int = 0) -> Place:
    start = [i for i in range(len(text)) if text.startswith(name, i)][nth]
    return Place(start, start + len(name), name, 1, name, lat, lon, "US", "Illinois", "PPL", 1)


def test_gvdb_city_of_a_neighbourhood_is_the_city_around_it() -> None:
    text = "A woman was shot in the Maple Park neighborhood, Springfield police said. Springfield officers came."
    places = (
        town(text, "Maple Park", 39.80, -89.65),
        town(text, "Springfield", 39.78, -89.64),
        town(text, "Springfield", 39.78, -89.64, 1),
    )
    assert city_of(analysis_for(text, places)) == "Springfield"
    far = (places[0], town(text, "Springfield", 42.1, -72.6))  # a namesake far away is not around it
    assert city_of(analysis_for(text, far)) == "Maple Park"
