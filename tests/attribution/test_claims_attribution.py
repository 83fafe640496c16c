"""Attribution chains on sentences we wrote: each construction, hedging, references and aliases."""

from __future__ import annotations

import pytest

from faultlines.attribution import Attributor
from faultlines.records import Attribution

pytestmark = pytest.mark.slow


def attribution_of(nlp, text: str, target: str, *, outlet: str | None = "Global Wire") -> Attribution | None:
    found = Attributor(nlp(text), outlet=outlet).at(text.index(target))
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "target", "chain"),
    [
        ("According to the Daily Herald, rebels executed four prisoners in the square.", "executed",
         ("Global Wire", "Daily Herald")),
        ("Militia fighters shelled the camp overnight, the Northern Gazette reported, citing a local doctor.",
         "shelled", ("Global Wire", "Northern Gazette", "a local doctor")),
        ("The Evening Courier quoted defectors saying the commanders pay recruits $500 a month.", "$500",
         ("Global Wire", "Evening Courier", "defectors")),
        ("A rebel commander told The Associated Press that his men had captured two villages.", "captured",
         ("Global Wire", "Associated Press", "A rebel commander")),
        ("“We lost the bridge to them. Forty of our men were killed,” a commander said.", "Forty",
         ("Global Wire", "a commander")),
    ],
)  # fmt: skip
def test_claims_attribution_constructions(nlp, text: str, target: str, chain: tuple[str, ...]) -> None:
    attribution = attribution_of(nlp, text, target)
    assert attribution is not None and attribution.chain == chain
    assert attribution.source == chain[1]


def test_claims_attribution_hedging_follows_the_verb(nlp) -> None:
    claimed = attribution_of(nlp, "The ministry claimed that 300 insurgents were killed in the offensive.", "300")
    confirmed = attribution_of(nlp, "The governor confirmed that 12 civilians died in the blast.", "12")
    assert claimed is not None and claimed.hedged and claimed.verb == "claimed"
    assert confirmed is not None and not confirmed.hedged and confirmed.verb == "confirmed"


def test_claims_attribution_negated_verbs_vouch_for_nothing(nlp) -> None:
    attribution = attribution_of(nlp, "The army did not say how many soldiers were wounded.", "wounded")
    assert attribution is not None and attribution.chain == ("Global Wire",)


def test_claims_attribution_unattributed_without_outlet_is_empty(nlp) -> None:
    assert attribution_of(nlp, "Rebels shelled the town at dawn.", "shelled", outlet=None) is None


def test_claims_attribution_references_take_the_earlier_source(nlp) -> None:
    text = (
        "Speaking to The Associated Press, a police officer in the town said the attackers fled. "
        "The officer added that 6 people were wounded."
    )
    attribution = attribution_of(nlp, text, "6 people")
    assert attribution is not None
    assert attribution.chain == ("Global Wire", "Associated Press", "a police officer in the town")


def test_claims_attribution_short_names_map_to_the_full_name(nlp) -> None:
    text = (
        "According to the Washington Ledger, the militia withdrew from the town. "
        "Later the Ledger reported that 40 fighters had defected."
    )
    attribution = attribution_of(nlp, text, "40")
    assert attribution is not None and attribution.source == "Washington Ledger"


def test_claims_attribution_a_spokesman_speaks_for_his_organisation(nlp) -> None:
    text = "A spokesman for the Syrian Observatory for Human Rights said 15 fighters were killed."
    attribution = attribution_of(nlp, text, "15")
    assert attribution is not None and attribution.source == "Syrian Observatory for Human Rights"
    assert attribution.chain[-1].startswith("A spokesman")


def test_claims_attribution_span_points_at_the_source(nlp) -> None:
    text = "Militia fighters shelled the camp overnight, the Northern Gazette reported."
    attribution = attribution_of(nlp, text, "shelled")
    assert attribution is not None and attribution.start is not None
    assert text[attribution.start : attribution.end] == "Northern Gazette"
