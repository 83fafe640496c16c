"""Reportability: which mentions are incidents, on sentences the project wrote.

Each rule of faultlines.events.reportability has a sentence it must drop and, beside it, a
sentence with the same word that tells a specific occurrence and must stay.
"""

from __future__ import annotations

import pytest

from faultlines.contract import event_json
from faultlines.events.reportability import REASONS, judge
from faultlines.events.triggers import find_triggers

pytestmark = pytest.mark.slow


# The sentences are read below a headline: a headline's present tense tells news, not habits.
HEADLINE = "Officials gave no details.\n"


def decision(nlp, text: str, word: str, *, furniture: tuple[tuple[int, int], ...] = ()):
    """The decision on the trigger that ``word`` (one word, or a phrase's words) heads."""
    doc = nlp(text)
    first = word.split()[0]
    start = next(t.i for t in doc if t.text == first)
    trigger = next(t for t in find_triggers(doc, 0, len(doc)) if t.start <= start < t.end)
    return judge(doc, trigger.head, furniture=furniture)


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        # a count or total over a period is a claim
        ("The number of beheadings in the province has reached at least 40 this spring.", "beheadings", "statistic"),
        ("Only 9 percent of the raids hit army positions, the monitor found.", "raids", "statistic"),
        ("The monitor said the kidnappings have doubled since January.", "kidnappings", "statistic"),
        ("Over 2,000 rebels have been killed since the offensive began.", "killed", "statistic"),
        ("About 100 people have been killed in three months of clashes.", "killed", "statistic"),
        ("Dozens died in two years of bombings along the coast road.", "bombings", "statistic"),
        ("Traders blame a sharp rise in kidnappings on the new checkpoints.", "kidnappings", "statistic"),
        ("The new law led to an explosion of arrests in the slums.", "arrests", "statistic"),
        ("Villagers left the district due to increase in kidnappings.", "kidnappings", "statistic"),
        ("Hundreds have been detained, the lawyers' group says.", "detained", "statistic"),
        ("Monitor: thousands killed", "killed", "statistic"),
        ("In the past six months, beheadings have scared the villagers.", "beheadings", "statistic"),
        ("The monitor has counted the airstrikes on the valley so far this year.", "airstrikes", "statistic"),
        ("Coalition airstrikes have killed several senior commanders in recent weeks.", "airstrikes", "statistic"),
        ("Coalition airstrikes have killed several senior commanders in recent weeks.", "killed", "statistic"),
        # habits and generalities
        ("The militia usually executes suspected informers at night.", "executes", "habit"),
        ("Villagers fear the frequent ambushes on the mountain road.", "ambushes", "habit"),
        ("In the delta, robberies and abductions are commonplace.", "abductions", "habit"),
        ("The district is rife with kidnappings of traders.", "kidnappings", "habit"),
        ("He explained the purpose of such beheadings to the recruits.", "beheadings", "habit"),
        ("She spoke about previous bombings in the capital.", "bombings", "habit"),
        ("Analysts say that raids cause more unrest in the slums.", "raids", "habit"),
        # likelihoods, rules and legal labels
        ("Farmers moved north, where there is less risk of shelling.", "shelling", "hypothetical"),
        ("Outposts in the plain are vulnerable to raids.", "raids", "hypothetical"),
        ("The council announced a ban on protests in the old town.", "protests", "policy"),
        ("The driver was charged with assault and kidnapping.", "kidnapping", "legal label"),
        ("He now faces two counts of murder.", "murder", "legal label"),
        # people named by what they do, and infinitives not reported as done
        ("The charity was known for feeding hungry protesters.", "protesters", "participants"),
        ("His cousin said that being a suicide bomber was honourable.", "suicide bomber", "participants"),
        ("The letters show signs of defections among the officers.", "defections", "hypothetical"),
        ("The recruits were sent to the coast to fight.", "fight", "unrealised"),
        ("Prosecutors dropped the charges of assault on Monday.", "assault", "legal label"),
        ("The fighters were desperate to escape the siege.", "escape", "unrealised"),
        (  # what the infinitive carries is as unrealised as it is
            "Local commanders want to continue the offensive until taking full control of the valley, he said.",
            "taking",
            "unrealised",
        ),
        # present passives tell what is done, not what was
        ("New recruits are then sent to the front lines.", "sent", "habit"),
        ("Deserters say they’re being asked to fight for half the pay.", "fight", "habit"),
        ("The country's protests have been fueled by rising bread prices.", "protests", "habit"),
        ("Officials leave the front lines due to hostilities inside the group.", "hostilities", "habit"),
        ("Fighters flee the front due to both inter-group hostilities and hunger.", "hostilities", "habit"),
        ("The commanders received orders of withdrawal from the city.", "withdrawal", "unrealised"),
        ("The brigade was given an order to withdraw from the hills.", "withdraw", "unrealised"),
        ("The orders came from the leadership to withdraw from the town.", "withdraw", "unrealised"),
        ("Commanders have pressed for permission to move their families out of the pocket.", "move", "unrealised"),
        # questions ask; states and processes that go on are no occurrences
        ("Who ordered the shelling of the market?", "shelling", "question"),
        ('"How could they shoot him in the back?" his mother asked.', "shoot", "question"),
        ("The power struggle inside the movement is mostly between old and new commanders.", "power struggle", "state"),
        ("Residents say the shelling is deterring farmers from returning.", "shelling", "state"),
        ("Elders say the bloodshed is deterring men who were joining a few months ago.", "bloodshed", "state"),
        ("Aid workers blame the ongoing bombing of the hills for the exodus.", "bombing", "state"),
        # an operation told whole over months or years
        ("Militias took the valley in May after a three-month offensive.", "offensive", "campaign"),
        ("Residents returned after a months-long bombardment of the town.", "bombardment", "campaign"),
    ],
)
def test_reportability_drops_what_is_no_incident(nlp, text: str, word: str, reason: str) -> None:
    found = decision(nlp, HEADLINE + text, word)
    assert (found.reportable, found.reason) == (False, reason), found
    assert found.cue  # the words that decided are recorded


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen killed four traders at a market in the town on Tuesday.", "killed"),
        ("Two beheadings were carried out in the square on Friday, residents said.", "beheadings"),
        ("The raids on army positions near the dam began at dawn.", "raids"),
        ("Insurgents ambushed a convoy on the mountain road last night.", "ambushed"),
        ("Rebels kidnapped three traders in the district on Sunday.", "kidnapped"),
        ("The shelling of the farms north of the town began on Monday.", "shelling"),
        ("Insurgents ambushed a patrol on the mountain road at dawn.", "ambushed"),
        ("Hundreds joined protests in the old town after Friday prayers.", "protests"),
        ("Opposition supporters called for three days of protests in the capital.", "protests"),
        ("The driver assaulted a policeman at the checkpoint on Monday.", "assaulted"),
        ("Three bombings hit the market in the last 24 hours.", "bombings"),
        ("Hundreds have been detained after the march on Friday.", "detained"),
        ("Hundreds were killed in the attack on the market on Monday.", "killed"),
        ("The reward was increased to $50,000 in the killing of the trader.", "killing"),
        ("Thousands marched through the capital against the new law.", "marched"),
        ("Dozens of fighters were killed in the battle for the airport.", "killed"),
        ("Police fired tear gas at protesters outside the court.", "fired tear gas"),
        ("Thousands of protesters filled the square on Friday.", "protesters"),
        ("The man was charged with murder in the killing of his neighbour.", "killing"),
        ("The opposition asked its supporters to march on the palace on Monday.", "march"),
        ("Militiamen launched further raids on the camp early Monday.", "raids"),
        ("An ongoing confrontation near the university left two students injured.", "confrontation"),
        ("Rebels are still shelling the town, residents said on Monday.", "shelling"),
        ("Witnesses say the fighting is spreading to the port since Monday morning.", "fighting"),
        ("Rebels shelled the town on Monday as the fighters were desperate to break the siege.", "shelled"),
        ("Two recruits were sent to the front on Monday and attacked the base.", "attacked"),
        ("The shelling of the market on Monday killed nine people.", "shelling"),
        ("The road was closed on Monday due to clashes near the bridge that morning.", "clashes"),
        ("Militias took the valley in May after a two-hour assault.", "assault"),
        ("The clashes near the dam on Monday were the heaviest in recent weeks.", "clashes"),
    ],
)
def test_reportability_keeps_specific_occurrences(nlp, text: str, word: str) -> None:
    found = decision(nlp, HEADLINE + text, word)
    assert found.reportable and found.reason == "specific occurrence", found


def test_reportability_furniture_ends_where_the_page_glued_the_next_text_on(nlp) -> None:
    text = "Officials met on Tuesday.\nREAD MORE: Rebels storm a hotel in the northSoldiers raided the camp on Sunday."
    assert decision(nlp, text, "storm").reason == "page furniture"
    assert decision(nlp, text, "raided").reportable


def test_reportability_headlines_below_the_report_are_other_stories(nlp) -> None:
    text = (
        "Two Men Killed In Shooting Near Stadium\n"
        "Two men were killed in a shooting near the stadium on Monday.\n"
        "Most Read\n"
        "Man Arrested After Bank Robbery In Town\n"
        "Officials said the gunmen fled in a car."
    )
    assert decision(nlp, text, "Killed").reportable  # the report's own headline, first line
    assert decision(nlp, text, "Arrested").reason == "other story"
    assert decision(nlp, text, "killed").reportable


def test_reportability_present_tense_below_the_headline_is_a_habit(nlp) -> None:
    text = (
        "Militants attack a police station in the north\n"
        "The militia executes suspected informers in the square.\n"
        "Gangs roam the slums, beating traders who refuse to pay.\n"
        "Rebels attacked a convoy near Hama on Monday.\n"
        "The army says it repels attacks on the town every week."
    )
    assert decision(nlp, text, "attack").reportable  # a headline's present tense
    assert decision(nlp, text, "executes").reason == "habit"
    assert decision(nlp, text, "beating").reason == "habit"
    assert decision(nlp, text, "attacked").reportable


def test_reportability_a_section_heading_is_told_by_its_section(nlp) -> None:
    text = (
        "The militia executed 40 of its fighters in the town, a monitor said.\n\n"
        "Internal dispute and failed ambush\n\n"
        "Its commanders had planned to ambush a rival convoy, but called the plan off."
    )
    assert decision(nlp, text, "ambush").reason == "page furniture"
    assert decision(nlp, text, "executed").reportable


def test_reportability_page_furniture_and_other_stories(nlp) -> None:
    text = (
        "Rebels shelled the port on Monday.\n"
        "READ MORE: Militants attack a convoy in the north\n"
        "Officials met on Tuesday [Gunmen storm a hotel in the capital, killing six] to discuss aid."
    )
    assert decision(nlp, text, "shelled").reportable
    furniture = decision(nlp, text, "attack")
    assert (furniture.reportable, furniture.reason) == (False, "page furniture")
    assert decision(nlp, text, "storm").reason == "other story"


def test_reportability_spans_the_cleaner_marked_are_furniture(nlp) -> None:
    text = "Soldiers raided the camp on Sunday. Photo: soldiers raided a camp in 2014."
    second = text.index("Photo")
    found = decision(nlp, text[: second - 1], "raided")
    assert found.reportable
    doc = nlp(text)
    late = [t.i for t in doc if t.text == "raided"][1]
    assert not judge(doc, late, furniture=((second, len(text)),)).reportable


def test_reportability_every_reason_is_explained() -> None:
    assert {"specific occurrence", "statistic", "habit", "hypothetical", "legal label", "policy",
            "page furniture", "other story", "campaign"} <= set(REASONS)  # fmt: skip


def test_reportability_is_recorded_on_kept_events(events_of) -> None:
    events = events_of("Gunmen killed four traders at a market on Tuesday. Such killings are common in the area.")
    assert len(events) == 1
    assert event_json(events[0])["reportability"] == {"reportable": True, "reason": "specific occurrence", "cue": None}


def test_reportability_statistics_are_not_events_and_lend_no_toll(events_of) -> None:
    text = "More than 3,000 fighters have been killed since the offensive began, the monitor said."
    assert all(e.fatalities.best != 3000 for e in events_of(text))
    assert not [e for e in events_of(text) if e.trigger.text == "killed"]


# ---------------------------------------------------------------------------- triggers in context
def frames_of(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(doc[t.start : t.end].text, t.frame) for t in find_triggers(doc, 0, len(doc))]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministers agreed that the arrests had led to more unrest.", "agreed"),
        ("Each voter had to sign a form before the ballot.", "sign"),
        ("Doctors say the new drug can attack the virus directly.", "attack"),
        ("The mayor vowed to fight corruption in the port.", "fight"),
        ("Washington hit the two generals with sanctions on Friday.", "hit"),
        ("The explosion of the scandal shook the government.", "explosion"),
        ("The long siege has taken a toll on the town's morale.", "toll"),
        ("She entered the country in 2009 on a student visa.", "entered"),
        ("Ninety people were detained in hospital overnight after the blast.", "detained"),
        ("The ministry targeted six officials over the fraud.", "targeted"),
        ("Relatives urged anyone who can offer information to call the police.", "offer"),
        ("The valley has fisheries and the potential offered by its lake.", "offered"),
        ("Police said the man had two pistols and a cache of magazines in the kitchen.", "cache"),
        ("The party's founder, who died in 2013, is still revered in the slums.", "died"),
        ("The former governor died of cancer in a clinic abroad.", "died"),
        ("Neighbours held a vigil for the two women on Thursday night.", "vigil"),
    ],
)
def test_triggers_outside_their_event_sense_are_not_triggers(nlp, text: str, word: str) -> None:
    assert word not in [w for w, _ in frames_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The two militias agreed to a ceasefire in the town.", "agreed"),
        ("Rebels opened fire on the checkpoint at dawn.", "opened fire"),
        ("Militants attacked the base with rockets on Friday.", "attacked"),
        ("The explosion of a car bomb killed six people.", "explosion"),
        ("The army entered the town after a week of fighting.", "entered"),
        ("Police detained two men at the hospital gate on Monday.", "detained"),
        ("A drone targeted a car near the border, killing two men.", "targeted"),
        ("The rebels offered a truce on Friday.", "offered"),
        ("The rebels offered to negotiate on Friday.", "offered"),
        ("Soldiers found a cache of rifles in a cave near the village.", "cache"),
        ("Seven passengers died when their bus struck a mine near the border.", "died"),
        ("The man, 32, died at the scene, the news outlet wrote.", "died"),
        ("Students held a vigil against the killings outside the ministry.", "vigil"),
    ],
)
def test_triggers_in_their_event_sense_stay(nlp, text: str, word: str) -> None:
    assert word in [w for w, _ in frames_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Goats Seized From Farm", []),
        ("Customs officers seized drugs and cash from the lorry.", []),
        ("Gunmen seized cattle from herders near the village on Monday.", ["Looting/property destruction"]),
        ("Rebels seized the town of Kafr Nabl on Monday.", ["Non-state actor overtakes territory"]),
        ("Insurgents captured two soldiers near the border on Monday.", ["Abduction/forced disappearance"]),
    ],
)
def test_triggers_seizing_goods_or_people_takes_no_territory(events_of, text: str, expected: list[str]) -> None:
    assert [e.sub_event_type for e in events_of(text)] == expected
