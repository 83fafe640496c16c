"""The typed-mentions stage: names, descriptions and pronouns typed as Person, Organisation,
Location or Nationality, with exact spans and the actor each names."""

from __future__ import annotations

import pytest

from faultlines.analysis import ActorMention
from faultlines.stages.mentions import actor_of_span

TEXT = "ISIS fighters and the SDF commander met Kurdish elders."


def mention(word: str, actor_id: str, how: str = "name") -> ActorMention:
    start = TEXT.index(word)
    return ActorMention(start, start + len(word), word, actor_id, how)


def test_stages_mentions_actor_is_the_one_at_the_head_word() -> None:
    isis, fighters = mention("ISIS", "isis"), mention("fighters", "isis", "faction")
    # "ISIS fighters": the head word "fighters" is a faction of ISIS
    assert actor_of_span((isis, fighters), 0, 13, head=TEXT.index("fighters")) == "isis"


def test_stages_mentions_actor_is_the_only_one_named_inside() -> None:
    sdf = mention("SDF", "sdf")
    start, end = TEXT.index("the SDF commander"), TEXT.index(" met")
    assert actor_of_span((sdf,), start, end, head=TEXT.index("commander")) == "sdf"


def test_stages_mentions_no_actor_when_two_are_named_and_neither_at_the_head() -> None:
    isis, sdf = mention("ISIS", "isis"), mention("SDF", "sdf")
    assert actor_of_span((isis, sdf), 0, TEXT.index(" met"), head=TEXT.index("and")) is None
    assert actor_of_span((), 0, 4, head=0) is None


@pytest.mark.slow
def test_stages_mentions_types_names_descriptions_and_pronouns() -> None:
    from faultlines.config import Settings
    from faultlines.pipeline import Pipeline

    text = (
        "The regime's forces shelled the town of Douma on Monday. "
        "ISIS fighters attacked Raqqa, and they killed three Kurdish soldiers."
    )
    (analysis,) = Pipeline.from_settings(Settings()).analyse([text])
    found = {m.text: m for m in analysis.typed_mentions}
    assert all(text[m.start : m.end] == m.text for m in analysis.typed_mentions)
    assert found["Raqqa"].type == "Location"
    assert found["The regime's forces"].type == "Organisation"  # a description, not a name
    assert found["ISIS fighters"].type == "Organisation" and found["ISIS fighters"].actor_id == "isis"
    assert {m.type for m in analysis.typed_mentions} <= {"Person", "Organisation", "Location", "Nationality"}
