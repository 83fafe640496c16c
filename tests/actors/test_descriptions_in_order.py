"""Who "the militants" and "the group" are: the group the text has called so, and the group kept
up by "it" and "its" before them; a faction's parent read again once those are known. On reports
written for these tests, through the product's pipeline."""

from __future__ import annotations

import pytest

from faultlines.pipeline import Pipeline

pytestmark = pytest.mark.slow

# The alliance is named last before "The militants"; only IS was called militants.
CALLED = (
    "Islamic State militants attacked a checkpoint outside Hajin on Monday. "
    "The Syrian Democratic Forces said they had pushed back the attack, and SDF commanders sent reinforcements. "
    "The militants later withdrew toward the desert."
)
# IS is kept up by "it" and "its"; by names alone the alliance, named in more sentences, wins.
KEPT_UP = (
    "Islamic State has lost almost all of its land. Last month it claimed raids on SDF checkpoints through its "
    "news agency. The SDF acknowledged the attacks. Analysts say IS could try to free its members held in camps "
    "run by the Syrian Democratic Forces. An estimate puts the number of fighters loyal to the group at 14,000."
)
# Read with names alone, "the group" is the alliance (named in more sentences); read in order,
# the sentences just before the shootout are about IS ("The militants", "They").
FACTION = (
    "The Syrian Democratic Forces took Hajin from IS militants on Friday. "
    "The SDF said 17 of its fighters were killed. "
    "The militants fell back to the villages east of the town. They still hold a pocket there. "
    "Earlier this month, monitors reported a shootout in al-Shafa between foreign members of the group "
    "and Iraqi fighters."
)


def _mentions(pipeline: Pipeline, text: str) -> dict[str, str]:
    (analysis,) = pipeline.analyse([("d", text)])
    return {m.text: m.actor_id for m in analysis.mentions}


def test_the_militants_are_the_group_called_militants(pipeline: Pipeline) -> None:
    assert _mentions(pipeline, CALLED)["The militants"] == "isis"


def test_pronouns_keep_a_group_the_one_meant(pipeline: Pipeline) -> None:
    assert _mentions(pipeline, KEPT_UP)["the group"] == "isis"


def test_a_factions_parent_is_read_again_in_order(pipeline: Pipeline) -> None:
    (analysis,) = pipeline.analyse([("d", FACTION)])
    factions = {m.text: (m.actor_id, m.faction) for m in analysis.mentions if m.how == "faction"}
    assert factions["foreign members"] == ("isis", "foreign fighters")
    assert factions["Iraqi fighters"][0] == "isis"
