"""The role model and the roles stage: fitted on candidates we wrote, it learns the roles their
features point to; the stage adds what it chooses to the attack whose evidence holds it, says so
in the event's `why`, and the MUC-4 scorer reads a perpetrator's kind from there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faultlines.eval import muc4
from faultlines.events.role_features import NONE, Candidate, key_of
from faultlines.events.role_model import MODEL_PATH, Filler, RoleModel, fit_roles
from faultlines.records import Arguments, Choice, Event, Span
from faultlines.stages.roles import assign

TEXT = "Terrorists of the FMLN bombed the electric plant with dynamite. Talks resumed in Geneva."


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _candidate(phrase: str, *features: str) -> Candidate:
    return Candidate(key_of(phrase), (_span(TEXT, phrase),), ("bias", *features))


def _corpus() -> list[list[tuple[Candidate, str]]]:
    """Twelve documents: the group's name after "of", the thing bombed, the device used, and a
    place that fills no role."""
    docs = []
    for n in range(12):
        docs.append(
            [
                (_candidate("FMLN", "pg=of|terrorist", f"doc={n}"), "PerpOrg"),
                (_candidate("electric plant", "dg=dobj|bomb", "trig=Remote explosive/landmine/IED"), "Target"),
                (_candidate("dynamite", "pg=with|bomb", "lex=weapon"), "Weapon"),
                (_candidate("Geneva", "pg=in|resume"), NONE),
            ]
        )
    return docs


def _event(event_id: str, sub_event_type: str, evidence: str, *, arguments: Arguments | None = None) -> Event:
    sentence = _span(TEXT, evidence)
    return Event(
        event_id=event_id,
        event_type="Explosions/Remote violence" if sub_event_type != "Agreement" else "Strategic developments",
        sub_event_type=sub_event_type,
        kind=None,
        modality="asserted",
        trigger=Span(sentence.start, sentence.start + 1, TEXT[sentence.start]),
        evidence=(sentence,),
        arguments=arguments or Arguments(),
    )


def test_fit_learns_the_roles_its_features_point_to() -> None:
    model = fit_roles(_corpus(), folds=3, provenance={"fitted_on": "written"})
    found = {f.candidate.key: f.role for f in model.fillers([c for c, _ in _corpus()[0]])}
    assert found == {"fmln": "PerpOrg", "electric plant": "Target", "dynamite": "Weapon"}
    assert set(model.thresholds) == {"PerpInd", "PerpOrg", "Target", "Victim", "Weapon"}


def test_fillers_keep_one_phrase_per_thing() -> None:
    """ "car bomb" and "bomb" name one weapon: the more probable stays."""
    corpus = [
        [
            (_candidate("dynamite", "pg=with|bomb", "strong"), "Weapon"),
            (_candidate("FMLN", "pg=with|bomb"), "Weapon"),
            (_candidate("Geneva", "pg=in|resume"), NONE),
        ]
        for _ in range(8)
    ]
    model = fit_roles(corpus, folds=1)
    car_bomb = Candidate("car bomb", (Span(0, 8, "car bomb"),), ("bias", "pg=with|bomb", "strong"))
    bomb = Candidate("bomb", (Span(20, 24, "bomb"),), ("bias", "pg=with|bomb"))
    assert [f.candidate.key for f in model.fillers([bomb, car_bomb])] == ["car bomb"]


def test_save_and_load_keep_thresholds_and_provenance(tmp_path: Path) -> None:
    model = fit_roles(_corpus(), folds=1, provenance={"fitted_on": "written", "sha1": "abc"})
    model.save(tmp_path / "roles.json")
    again = RoleModel.load(tmp_path / "roles.json")
    assert again.thresholds == model.thresholds
    assert again.provenance["sha1"] == "abc"


def test_assign_joins_the_attack_holding_the_phrase_and_says_why() -> None:
    rule_guess = _span(TEXT, "Terrorists")
    bombing = _event(
        "e1",
        "Remote explosive/landmine/IED",
        "Terrorists of the FMLN bombed the electric plant with dynamite.",
        arguments=Arguments(perpetrator=(rule_guess,)),
    )
    talks = _event("e2", "Agreement", "Talks resumed in Geneva.")
    fillers = [
        Filler(_candidate("FMLN"), "PerpOrg", 0.91),
        Filler(_candidate("dynamite"), "Weapon", 0.8),
    ]
    first, second = assign((bombing, talks), fillers)
    assert [s.text for s in first.arguments.perpetrator] == ["FMLN"]  # the rules' guess was not chosen
    assert [s.text for s in first.arguments.weapon] == ["dynamite"]
    why = {c.argument: c for c in first.why}
    assert why["perpetrator"].rule == "role model: 'FMLN' organisation p=0.91; not 'Terrorists'"
    assert (why["weapon"].start, why["weapon"].text) == (TEXT.index("dynamite"), "dynamite")
    assert second == talks  # not an attack: no roles


def test_assign_leaves_a_report_without_attacks_alone() -> None:
    talks = _event("e2", "Agreement", "Talks resumed in Geneva.")
    assert assign((talks,), [Filler(_candidate("FMLN"), "PerpOrg", 0.9)]) == (talks,)


@pytest.mark.slow
def test_muc4_reads_the_perpetrators_kind_from_the_models_why(nlp) -> None:
    doc = nlp(TEXT)
    bombing = _event("e1", "Remote explosive/landmine/IED", TEXT.split(". ")[0] + ".")
    (event,) = assign(
        (bombing,),
        [Filler(_candidate("FMLN"), "PerpOrg", 0.9), Filler(_candidate("Terrorists"), "PerpInd", 0.6)],
    )
    found = muc4.roles_of([event], doc)
    assert found["PerpOrg"] == [["fmln"]]
    assert found["PerpInd"] == [["terrorists"]]


def test_bundled_model_records_its_training_file() -> None:
    assert MODEL_PATH.stat().st_size < 2_000_000
    provenance = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["provenance"]
    assert provenance["fitted_on"] == "train.grit.jsonl"
    assert len(provenance["sha1"]) == 40
    assert set(provenance["thresholds"]) == {"PerpInd", "PerpOrg", "Target", "Victim", "Weapon"}


@pytest.mark.slow
def test_fit_model_learns_from_a_written_muc4_file(tmp_path: Path) -> None:
    """The fitter runs the product's stages over a GRIT file we wrote and learns its roles."""
    groups = ["fmln", "eln", "mrta", "farc", "epl", "fpmr"]
    things = ["power station", "bank", "bridge", "embassy", "town hall", "bus"]
    lines = []
    for n, (group, thing) in enumerate(zip(groups * 2, things + things[::-1], strict=True)):
        text = (
            f"terrorists of the {group} bombed a {thing} in the capital with dynamite last night. "
            f"the police said the {thing} was destroyed. officials met in the capital today."
        )
        extracts = {
            "PerpInd": [[["terrorists", text.index("terrorists")]]],
            "PerpOrg": [[[group, text.index(group)]]],
            "Target": [[[thing, text.index(thing)]]],
            "Victim": [],
            "Weapon": [[["dynamite", text.index("dynamite")]]],
        }
        lines.append(json.dumps({"docid": f"W-{n}", "doctext": text, "extracts": extracts}))
    train = tmp_path / "train.grit.jsonl"
    train.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = muc4.fit_model(train)
    assert model.provenance["sha1"] == muc4_sha1(train)
    pairs = muc4.training_pairs(muc4.read_docs(train)[:1], _pipeline_before_roles())
    roles = {f.candidate.key: f.role for f in model.fillers([c for c, _ in pairs[0]])}
    assert roles.get("dynamite") == "Weapon"
    assert roles.get("power station") == "Target"
    assert "capital" not in roles


def muc4_sha1(path: Path) -> str:
    import hashlib

    return hashlib.sha1(path.read_bytes()).hexdigest()


def _pipeline_before_roles():
    from faultlines.config import EXTRACTION_STAGES, Settings
    from faultlines.pipeline import Pipeline

    stages = EXTRACTION_STAGES[: EXTRACTION_STAGES.index("faultlines.roles.v1")]
    return Pipeline.from_settings(Settings(stages=stages))


@pytest.mark.slow
def test_victims_keep_the_rules_reason_and_the_scorer_reads_the_models_after_it(nlp) -> None:
    text = "Gunmen killed Hector Oqueli and a teacher in the capital."
    doc = nlp(text)
    teacher = _span(text, "a teacher")
    event = Event(
        event_id="e1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        kind=None,
        modality="asserted",
        trigger=_span(text, "killed"),
        evidence=(Span(0, len(text), text),),
        arguments=Arguments(victim=(teacher,)),
        why=(Choice("victim", "patient of 'killed' (object)", teacher.start, teacher.end, teacher.text),),
    )
    name = Candidate("hector oqueli", (_span(text, "Hector Oqueli"),), ("bias",))
    (filled,) = assign((event,), [Filler(name, "Victim", 0.7)])
    assert [s.text for s in filled.arguments.victim] == ["Hector Oqueli", "a teacher"]
    (why,) = [c for c in filled.why if c.argument == "victim"]
    assert why.rule == "patient of 'killed' (object); role model: 'Hector Oqueli' p=0.70"
    assert (why.start, why.text) == (teacher.start, "a teacher")
    assert muc4.roles_of([filled], doc)["Victim"] == [["hector oqueli"]]  # "a teacher" names no one
