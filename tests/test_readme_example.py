"""The README's example event is what `faultlines extract` prints for the sample report: every
value it shows is checked against the program's output, so the example cannot drift."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "examples" / "reports" / "01_hajin_foreign_local_clash.txt"


def readme_event() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = text[text.index("<!-- example:start -->") : text.index("<!-- example:end -->")]
    block = re.search(r"```json\n(.*?)```", example, re.S)
    assert block, "the README lost its example event"
    return json.loads(block.group(1))


def shown_in(shown: object, actual: object) -> bool:
    """Whether every value the README shows is the actual one (dicts: the keys it shows)."""
    if isinstance(shown, dict):
        return isinstance(actual, dict) and all(k in actual and shown_in(v, actual[k]) for k, v in shown.items())
    if isinstance(shown, str) and shown.endswith("...") and isinstance(actual, str):
        return actual.startswith(shown[:-3])
    if isinstance(shown, list):
        return isinstance(actual, list) and len(shown) <= len(actual) and all(map(shown_in, shown, actual))
    return shown == actual


@pytest.mark.slow
def test_readme_example_is_the_programs_output() -> None:
    from faultlines.config import Settings
    from faultlines.contract import to_contract
    from faultlines.service import extract

    (result,) = extract([REPORT], Settings())
    record = to_contract(result)
    shown = readme_event()
    matches = [e for e in record["events"] if e["trigger"] == shown["trigger"]]
    assert matches, f"no event with the README's trigger {shown['trigger']}"
    wrong = {k: (v, matches[0].get(k)) for k, v in shown.items() if not shown_in(v, matches[0].get(k))}
    assert not wrong, f"README value vs program output: {wrong}"
    assert record["events"][0] == matches[0]  # it is the report's main (first) event


def test_readme_example_check_sees_a_wrong_value() -> None:
    actual = {"place": {"text": "Shafa", "lat": 34.56}, "evidence": [{"text": "Foreign fighters clash"}]}
    assert shown_in({"place": {"text": "Shafa"}, "evidence": [{"text": "Foreign..."}]}, actual)
    assert not shown_in({"place": {"text": "Hajin"}}, actual)
    assert not shown_in({"evidence": [{"text": "Local..."}]}, actual)
