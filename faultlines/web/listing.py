"""Every list view of the workbench as a CSV or JSON download: the rows the page shows (all of
them, not one page), in the same order.

CSV cells that a spreadsheet would run as a formula (text starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return: a hostile article title can) get a leading apostrophe, as
OWASP advises; JSON keeps every value as it is.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from fastapi.responses import Response

from faultlines.web.pages import shown

Format = Literal["csv", "json"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    if isinstance(value, dict | list | tuple):
        return shown(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


def csv_text(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    handle = io.StringIO()
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return handle.getvalue()


def download(rows: list[dict[str, Any]], columns: Sequence[str], name: str, fmt: Format) -> Response:
    """``rows`` as ``faultlines-NAME.csv`` (``columns`` in order) or ``.json`` (whole rows)."""
    if fmt == "csv":
        body, media = csv_text(rows, columns), "text/csv; charset=utf-8"
    else:
        body, media = json.dumps(rows, ensure_ascii=False, default=str, indent=1), "application/json"
    headers = {
        "Content-Disposition": f'attachment; filename="faultlines-{name}.{fmt}"',
        "X-Faultlines-Rows": str(len(rows)),
    }
    return Response(body, media_type=media, headers=headers)
