"""What a reviewer may write: each edited value typed and checked, then checked with the others.

Two passes. :func:`validate_changes` types every edited value alone (vocabulary, ranges,
ISO dates, ISO 3166 country codes). :func:`check_consistency` then looks at the event as it
would be after the edit (edited values over the current ones) and refuses an edit that leaves it
inconsistent: a sub-event type of another event type, an end date before the start, a low toll
above the high one. A rule is only applied when the edit touches one of its fields, so an
extracted value that breaks it does not block an unrelated edit.

Every refusal is a :class:`ReviewError` whose message says what to fix (HTTP 400 on the web).
"""

from __future__ import annotations

import datetime
from functools import lru_cache
from typing import Any

from faultlines.errors import UsageError
from faultlines.ontology import ACLED, EVENT_TYPES, KINDS, MODALITIES, SUB_EVENT_TYPES
from faultlines.store.queries import EVENT_COLUMNS

# What a reviewer may change: every event column except ids, inter codes and confidence
# (inter codes follow the actor; confidence belongs to the extraction).
REVIEWABLE = tuple(c for c in EVENT_COLUMNS if c not in ("event_id", "doc_id", "inter1", "inter2", "confidence"))
# Far above any single event ACLED has coded, far below the INTEGER column's limit.
MAX_FATALITIES = 1_000_000
MAX_TEXT = 500
# Codes in use for places ISO 3166-1 has not assigned (ACLED codes Kosovo as XK).
EXTRA_COUNTRIES = frozenset({"XK"})

_INTS = {"geo_precision", "time_precision", "fatalities", "fatalities_low", "fatalities_high"}
_TOLLS = ("fatalities", "fatalities_low", "fatalities_high")
_PRECISIONS = ("geo_precision", "time_precision")
_DEGREES = {"latitude": 90.0, "longitude": 180.0}
_DATES = {"date_start", "date_end"}
_CHOICES: dict[str, tuple[str, ...]] = {
    "event_type": EVENT_TYPES,
    "sub_event_type": SUB_EVENT_TYPES,
    "kind": KINDS,
    "modality": MODALITIES,
}


class ReviewError(UsageError):
    """A review action that cannot be applied (unknown event, bad value); the message says why."""


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes (pycountry's table, offline) and the few extra ones in use."""
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries) | EXTRA_COUNTRIES


def validate_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Checked, typed values of an edit; raises :class:`ReviewError` saying what to fix."""
    checked: dict[str, Any] = {}
    for column, value in changes.items():
        if column not in REVIEWABLE:
            raise ReviewError(f"{column!r} cannot be edited: edit one of {', '.join(REVIEWABLE)}")
        checked[column] = _typed(column, value)
    for column, limit in _DEGREES.items():
        if checked.get(column) is not None and abs(checked[column]) > limit:
            raise ReviewError(f"{column} {checked[column]} is out of range: give decimal degrees")
    for column in _TOLLS:
        value = checked.get(column)
        if value is not None and not 0 <= value <= MAX_FATALITIES:
            raise ReviewError(f"{column} {value} is out of range: give a count from 0 to {MAX_FATALITIES:,}")
    for column in _PRECISIONS:
        if checked.get(column) is not None and checked[column] not in (1, 2, 3):
            raise ReviewError(f"{column} must be 1, 2 or 3 (ACLED precision)")
    return checked


def check_consistency(current: dict[str, Any], changes: dict[str, Any]) -> None:
    """Refuse an edit that leaves the event inconsistent; ``changes`` are already typed."""
    after = current | changes
    touched = set(changes)
    etype, sub = after.get("event_type"), after.get("sub_event_type")
    if touched & {"event_type", "sub_event_type"} and etype and sub and sub not in ACLED.get(etype, ()):
        owner = next((t for t, subs in ACLED.items() if sub in subs), None)
        raise ReviewError(
            f"sub_event_type {sub!r} is not a kind of {etype!r}: set event_type to {owner!r} "
            f"or pick one of {', '.join(ACLED.get(etype, ()))}"
        )
    start, end = after.get("date_start"), after.get("date_end")
    if touched & _DATES and start is not None and end is not None and _as_date(end) < _as_date(start):
        raise ReviewError(f"date_end {end} is before date_start {start}: swap them or correct one")
    best, low, high = (after.get(c) for c in _TOLLS)
    if touched & set(_TOLLS):
        if low is not None and high is not None and low > high:
            raise ReviewError(f"fatalities_low {low} is above fatalities_high {high}: swap them or correct one")
        if best is not None and low is not None and best < low:
            raise ReviewError(f"fatalities {best} is below fatalities_low {low}: the best estimate lies in the range")
        if best is not None and high is not None and best > high:
            raise ReviewError(f"fatalities {best} is above fatalities_high {high}: the best estimate lies in the range")


def _typed(column: str, value: Any) -> Any:
    if value is None or (isinstance(value, str) and not value.strip() and column != "intra_group"):
        return None
    if column in _CHOICES:
        if value not in _CHOICES[column]:
            raise ReviewError(f"{column} {value!r} is not in the vocabulary: see faultlines.ontology")
        return value
    if column == "intra_group":
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
    if column == "country_code":
        code = str(value).strip().upper()
        if code not in country_codes():
            raise ReviewError(f"country_code {str(value)[:20]!r} is not an ISO 3166 alpha-2 code (e.g. SY, IQ)")
        return code
    try:
        if column in _INTS:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError("give a whole number")
            return int(str(value).strip()) if isinstance(value, str) else int(value)
        if column in _DEGREES:
            number = float(value)
            if number != number:  # NaN compares unequal to itself
                raise ValueError("not a number")
            return number
        if column in _DATES:
            return datetime.date.fromisoformat(str(value).strip())
    except (TypeError, ValueError, OverflowError) as e:
        raise ReviewError(f"{column} {str(value)[:40]!r} is not valid: {e}") from e
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise ReviewError(f"{column} is {len(text):,} characters long: shorten it to {MAX_TEXT}")
    return text


def _as_date(value: Any) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))
