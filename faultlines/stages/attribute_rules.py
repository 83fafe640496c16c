"""The matches of spaCy's attribute ruler, found by a lookup per token instead of its Matcher.

The English model's ``attribute_ruler`` (the tag map and its exceptions: 179 rules, nearly all
one token) ran spaCy's general Matcher over every token for every rule: an eighth of the whole
parse. Its rules only test a token's TAG, LOWER, DEP and IS_SPACE for equality, set membership
or a regular expression, so each rule is filed under a value its first token must have and a
token looks up the few rules that can start at it. :func:`speed_up` swaps the ruler's ``match``
for this one; the ruler still applies the matches itself, so what it writes does not change. A
rule of any other form (another attribute, an operator such as ``"OP": "+"``) leaves the ruler
as spaCy made it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_READS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # in the order a rule is filed by: the most telling first
_STRING_ATTRS = frozenset({"LOWER", "TAG", "DEP"})

Check = tuple[str, str, Any]  # (attribute, "==" / "IN" / "NOT_IN" / "REGEX", value)


@dataclass(frozen=True, slots=True)
class _Rule:
    number: int  # the ruler's rule index: matches are applied in this order
    match_id: int
    first: tuple[Check, ...]  # what the first token must be, besides the value it is filed under
    later: tuple[tuple[Check, ...], ...]  # what each following token must be


@dataclass(frozen=True)
class AttributeMatcher:
    """The attribute ruler's rules, filed by what their first token must be."""

    filed: dict[str, dict[Any, list[_Rule]]]  # attribute -> value -> rules starting with that value
    anywhere: list[_Rule]  # rules whose first token has no value to be filed under

    @classmethod
    def of(cls, ruler: Any) -> AttributeMatcher | None:
        """The rules of a spaCy ``AttributeRuler``, or None if one has a form not handled here."""
        filed: dict[str, dict[Any, list[_Rule]]] = {attr: {} for attr in _READS}
        anywhere: list[_Rule] = []
        for number, entry in enumerate(ruler.patterns):
            match_id = ruler.vocab.strings.add(str(number))  # the key the ruler gave the rule
            for pattern in entry["patterns"]:
                tokens = [_checks(spec) for spec in pattern]
                if not tokens or any(checks is None for checks in tokens):
                    return None
                first, later = tokens[0], tuple(tokens[1:])
                attr, values, rest = _filing(first)  # type: ignore[arg-type]
                rule = _Rule(number, match_id, rest, later)  # type: ignore[arg-type]
                if attr is None:
                    anywhere.append(rule)
                for value in values:
                    filed[attr].setdefault(value, []).append(rule)  # type: ignore[index]
        return cls(filed, anywhere)

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule number, match id, start, end) of every
        match, each once, sorted."""
        values = _token_values(doc)
        found: set[tuple[int, int, int, int]] = set()
        for attr in _READS:
            filed = self.filed[attr]
            for i, value in enumerate(values[attr]):
                rules = filed.get(value)
                if rules:
                    _add_matches(rules, values, i, len(doc), found)
        if self.anywhere:
            for i in range(len(doc)):
                _add_matches(self.anywhere, values, i, len(doc), found)
        return sorted(found)


def _add_matches(
    rules: list[_Rule], values: dict[str, list[Any]], i: int, n: int, found: set[tuple[int, int, int, int]]
) -> None:
    for rule in rules:
        end = i + 1 + len(rule.later)
        if end > n or (rule.first and not _holds(rule.first, values, i)):
            continue
        if all(_holds(checks, values, i + 1 + k) for k, checks in enumerate(rule.later)):
            found.add((rule.number, rule.match_id, i, end))


def speed_up(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler this matcher (True), unless it has none or a rule of
    another form (False: the ruler stays as it was)."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    matcher = AttributeMatcher.of(ruler)
    if matcher is None:
        return False
    ruler.match = matcher.match  # the ruler's __call__ looks ``match`` up on the instance
    return True


def _checks(spec: Mapping[str, Any]) -> tuple[Check, ...] | None:
    """One token of a pattern as checks, or None for a form the Matcher reads otherwise."""
    checks: list[Check] = []
    for attr, value in spec.items():
        if (attr in _STRING_ATTRS and isinstance(value, str)) or (attr == "IS_SPACE" and isinstance(value, bool)):
            checks.append((attr, "==", value))
        elif attr in _STRING_ATTRS and isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                checks.append((attr, op, frozenset(arg)))
            elif op == "REGEX" and isinstance(arg, str):
                checks.append((attr, op, re.compile(arg)))
            else:
                return None
        else:
            return None
    return tuple(checks)


def _filing(checks: tuple[Check, ...]) -> tuple[str | None, tuple[Any, ...], tuple[Check, ...]]:
    """The attribute and values a rule is filed under (a value its first token must have), and
    the first token's other checks."""
    for attr in _READS:
        for n, (checked, op, value) in enumerate(checks):
            if checked == attr and op in ("==", "IN"):
                return attr, (value,) if op == "==" else tuple(value), checks[:n] + checks[n + 1 :]
    return None, (), checks


def _token_values(doc: Any) -> dict[str, list[Any]]:
    """Each token's TAG, LOWER and DEP as strings and IS_SPACE as a flag, read in one pass."""
    if not len(doc):
        return {attr: [] for attr in _READS}
    rows = doc.to_array(list(_READS)).reshape(len(doc), len(_READS))
    columns = rows.T.tolist()
    strings = doc.vocab.strings
    out = {}
    for attr, column in zip(_READS, columns, strict=True):
        if attr in _STRING_ATTRS:
            names = {key: strings[key] for key in set(column)}
            out[attr] = [names[key] for key in column]
        else:
            out[attr] = [bool(flag) for flag in column]
    return out


def _holds(checks: tuple[Check, ...], values: dict[str, list[Any]], i: int) -> bool:
    for attr, op, arg in checks:
        value = values[attr][i]
        if op == "==":
            ok = value == arg
        elif op == "IN":
            ok = value in arg
        elif op == "NOT_IN":
            ok = value not in arg
        else:
            ok = arg.search(value) is not None
        if not ok:
            return False
    return True
