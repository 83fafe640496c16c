"""Errors and their codes.

The exception tree::

    FaultlinesError                 base of everything the library raises on purpose
    ├── UsageError                  a bad argument or option (CLI exit code 2)
    ├── InputError                  one document cannot be processed; becomes a Failure
    │   (code E1xx: reading, E2xx: content)
    ├── StageError                  a stage broke on one document; becomes a Failure (E3xx)
    ├── StoreError                  the database cannot be opened or written (E4xx)
    └── ResourceError               a model or data file is missing or broken (E5xx)

Every code has one message template that says what happened and what to do.
"""

from __future__ import annotations

from faultlines.records import Failure

# code -> (short name, template with {placeholders}, what to do)
CODES: dict[str, tuple[str, str]] = {
    "E101": ("file not found", "check the path"),
    "E102": ("file cannot be read ({detail})", "check its permissions"),
    "E103": ("unsupported file type '{suffix}'", "give .txt, .html/.htm, .json, .jsonl or .csv files"),
    "E104": (
        "file is {size_mb:.1f} MB, over the {limit_mb:.1f} MB limit",
        "split it, or raise the limit with --max-mb",
    ),
    "E105": ("file is binary ({detail})", "convert it to text or HTML first"),
    "E106": ("file is empty", "remove it or give it text"),
    "E107": (
        "file is not valid text in any encoding tried ({detail})",
        "re-save it as UTF-8",
    ),
    "E108": ("malformed JSON ({detail})", "fix the record; the other records were still read"),
    "E109": ("record has no 'text' field", "give each record a non-empty 'text'"),
    "E110": ("malformed HTML: no main text could be extracted", "save the page as text instead"),
    "E111": ("sidecar metadata is not valid JSON ({detail})", "fix or remove the .meta.json file"),
    "E112": ("malformed CSV ({detail})", "check the header has a 'text' column and quoting is valid"),
    "E201": (
        "text is not English (looks like '{language}')",
        "it was stored but not parsed; translate it to English to extract events",
    ),
    "E202": ("exact duplicate of document {other}", "nothing to do: it is stored once"),
    "E203": ("text has no words after cleaning", "check that the file holds the article text"),
    "E204": (
        "the number {value} in {column} is beyond what the column holds",
        "it was left out of that column and kept in the event's record; check its evidence",
    ),
    "E205": (
        "id '{doc_id}' is already stored with a different text (from {other})",
        "the stored document was kept: give this record an id of its own (or none, to use its text's hash)",
    ),
    "E301": ("stage {stage} failed: {detail}", "report this as a bug with the document attached"),
    "E401": ("database {path} cannot be opened: {detail}", "check the path, or stop the other writer"),
    "E402": (
        "database {path} has migrations this program does not know ({found}; it knows {expected})",
        "upgrade faultlines",
    ),
    "E403": (
        "database {path} is in use by another program ({detail})",
        "wait for it, or stop it; `faultlines serve` keeps its database open unless started with --share-db",
    ),
    "E404": (
        "database {path} is damaged or truncated ({detail})",
        "restore it from a backup, or ingest the reports again into a new --db (`faultlines doctor` checks a database)",
    ),
    "E405": (
        "database {path} is read-only",
        "reading commands still work; to write to it, fix its permissions or copy it somewhere writable",
    ),
    "E406": (
        "folder {folder} cannot be written ({detail})",
        "give a --db in a folder you can write to, or fix the folder's permissions",
    ),
    "E407": (
        "the disk holding database {path} is full",
        "free some space and run the command again (`faultlines ingest --resume` continues an ingest); "
        "the batch being written was rolled back",
    ),
    "E408": (
        "database {path} was made by an older faultlines (it lacks {missing})",
        "upgrade it once with a writing command: `faultlines doctor --upgrade --db FILE`",
    ),
    "E501": ("spaCy model '{model}' is not installed", "run `make install` (pip install -r requirements.txt)"),
    "E502": ("data file {path} is missing or invalid: {detail}", "reinstall faultlines"),
}


def message(code: str, **values: object) -> str:
    """The full message for a code: `E104 file is 60.0 MB, over the 50.0 MB limit: split it...`."""
    what, todo = CODES[code]
    return f"{code} {what.format(**values)}: {todo}"


class FaultlinesError(Exception):
    """Base class of the errors Faultlines raises on purpose."""


class UsageError(FaultlinesError):
    """A bad argument or option."""


class CodedError(FaultlinesError):
    """An error with a code from :data:`CODES` and the values its message needs."""

    def __init__(self, code: str, values: dict[str, object] | None = None) -> None:
        super().__init__(code, values or {})  # args kept so the error pickles
        self.code = code
        self.values = values or {}

    def __str__(self) -> str:
        return message(self.code, **self.values)

    def to_failure(self, *, source: str, stage: str, doc_id: str | None = None) -> Failure:
        return Failure(code=self.code, message=str(self), source=source, stage=stage, doc_id=doc_id)


class InputError(CodedError):
    """One document cannot be processed because of what it contains."""


class StageError(CodedError):
    """A stage broke on one document."""


class StoreError(CodedError):
    """The database cannot be opened or written."""


class ResourceError(CodedError):
    """A model or data file is missing or broken."""


def input_error(code: str, **values: object) -> InputError:
    return InputError(code, values)
