"""A title's site name and a capitalised headline are no organisation (sentences we wrote)."""

from __future__ import annotations

import pytest

from faultlines.actors.names import page_furniture

pytestmark = pytest.mark.slow


def _span(doc, words: str) -> tuple[int, int]:
    start = next(t.i for t in doc if doc[t.i : t.i + len(words.split())].text == words)
    return start, start + len(words.split())


def test_page_furniture_the_site_after_a_titles_bar(nlp) -> None:
    doc = nlp("Two hurt in downtown shooting | City News - KXYZ Home")
    assert page_furniture(doc, *_span(doc, "City News - KXYZ"))


def test_page_furniture_a_capitalised_headline(nlp) -> None:
    doc = nlp("Dayton Teen Critically Hurt By Stray Bullet During Party")
    assert page_furniture(doc, 0, 6)


def test_page_furniture_a_real_name_is_kept(nlp) -> None:
    doc = nlp("The Army of the Men of the Naqshbandi Order attacked a checkpoint.")
    assert not page_furniture(doc, *_span(doc, "Army of the Men of the Naqshbandi Order"))


def test_page_furniture_a_dateline_in_capitals(nlp) -> None:
    doc = nlp("BUNIA, Congo (AFP) - Militiamen burned a village on Friday.")
    assert page_furniture(doc, 0, 1)
    assert not page_furniture(doc, *_span(doc, "AFP"))  # the agency is named, not a dateline
