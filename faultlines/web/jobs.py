"""Background ingestion for the workbench: uploads and pasted text, one job at a time.

Uploaded bytes are written under a folder the server makes, with names the server chooses
(``001.txt``...): nothing of a request's file name but its checked suffix reaches the disk.
Jobs run one after the other on a single worker thread (DuckDB has one writer), reporting
progress as files finish.
"""

from __future__ import annotations

import datetime
import json
import logging
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from faultlines.errors import FaultlinesError

log = logging.getLogger("faultlines.web")
ALLOWED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".csv")
MAX_FILES = 20
DEFAULT_TIME_BUDGET_S = 600.0  # a job holds the one ingestion thread: others wait behind it
# The ingest stage's name for the file that says what source each file records
# (faultlines.stages.ingest.SOURCES_FILE; the web layer imports no stage).
SOURCES_FILE = ".faultlines-sources.json"
EARLIEST_PUBLISHED = datetime.date(1900, 1, 1)  # a typo guard, not a claim about archives
MAX_OUTLET_CHARS = 200

# runner(paths, progress) -> (summary line, stored doc ids); progress is called with files done.
Runner = Callable[[list[str], Callable[[int], None]], tuple[str, list[str]]]


class OverBudget(FaultlinesError):
    """A job ran past its time budget; it stops between batches, keeping what it stored."""

    def __init__(self, budget_s: float, done: int, files: int) -> None:
        super().__init__(
            f"the job ran past its time budget of {budget_s:.0f} s and stopped after {done} of {files} files "
            "(what they held is stored): ingest large batches with `faultlines ingest` instead"
        )


class UploadError(FaultlinesError):
    """An upload refused before anything is stored; the message says what to fix."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Job:
    job_id: str
    files: int
    status: str = "queued"  # queued, running, done, failed
    done: int = 0
    message: str = ""
    doc_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Upload:
    """One file as received: the suffix it claims and its bytes."""

    name: str
    data: bytes


def check_upload(upload: Upload, *, max_bytes: int) -> str:
    """The upload's suffix if it may be ingested; :class:`UploadError` saying why not."""
    suffix = Path(upload.name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise UploadError(
            415, f"{suffix or 'a file without suffix'} cannot be ingested: give {', '.join(ALLOWED_SUFFIXES)}"
        )
    if len(upload.data) > max_bytes:
        raise UploadError(413, f"a file is over the {max_bytes // 1024} KiB upload limit: split it")
    if not upload.data.strip():
        raise UploadError(400, "a file is empty")
    if b"\x00" in upload.data[:8192]:
        raise UploadError(415, "a file looks binary: upload text, HTML, JSON or CSV")
    return suffix


def check_published(value: str | None, *, today: datetime.date | None = None) -> str | None:
    """A pasted report's publication date as YYYY-MM-DD; :class:`UploadError` saying what to fix."""
    if value is None or not value.strip():
        return None
    try:
        date = datetime.date.fromisoformat(value.strip())
    except ValueError as e:
        raise UploadError(400, f"publication date {value.strip()[:40]!r} is not a date: give it as YYYY-MM-DD") from e
    latest = (today or datetime.date.today()) + datetime.timedelta(days=1)  # a day's grace for time zones
    if not EARLIEST_PUBLISHED <= date <= latest:
        raise UploadError(400, f"publication date {date} is not from {EARLIEST_PUBLISHED} to {latest}: check the year")
    return date.isoformat()


def upload_source(name: str, taken: set[str]) -> str:
    """The source an upload's documents record: ``upload:NAME`` with the file name the browser
    sent (its last path part, bounded), numbered when an earlier file of the form had it."""
    base = "upload:" + (name.replace("\\", "/").rsplit("/", 1)[-1].strip()[:120] or "file")
    source, number = base, 1
    while source in taken:
        number += 1
        source = f"{base} ({number})"
    return source


def _log_failure(future: Future[None]) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.error("background task failed", exc_info=future.exception())


class IngestJobs:
    """Queue and track ingestion jobs; files live in a private folder until the job ends."""

    def __init__(self, runner: Runner, *, max_bytes: int, time_budget_s: float = DEFAULT_TIME_BUDGET_S) -> None:
        self.runner = runner
        self.max_bytes = max_bytes
        self.time_budget_s = time_budget_s
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faultlines-ingest")

    def submit(
        self,
        uploads: list[Upload],
        *,
        text: str | None = None,
        title: str | None = None,
        published: str | None = None,
        outlet: str | None = None,
    ) -> Job:
        """Queue ``uploads`` and the pasted ``text`` (its ``title``, ``published`` date and
        ``outlet`` become the document's, as in any JSON record the ingest stage reads)."""
        if len(uploads) > MAX_FILES:
            raise UploadError(413, f"at most {MAX_FILES} files at a time")
        suffixes = [check_upload(u, max_bytes=self.max_bytes) for u in uploads]
        published = check_published(published)  # refused before anything is written
        if text is not None and len(text.encode()) > self.max_bytes:
            raise UploadError(413, f"the pasted text is over the {self.max_bytes // 1024} KiB limit")
        if not uploads and not (text and text.strip()):
            raise UploadError(400, "nothing to ingest: choose files or paste a report")
        folder = Path(tempfile.mkdtemp(prefix="faultlines-upload-"))
        paths = [
            self._write(folder / f"{i:03d}{s}", u.data) for i, (u, s) in enumerate(zip(uploads, suffixes, strict=True))
        ]
        names: dict[str, str] = {}
        for path, upload in zip(paths, uploads, strict=True):
            names[path.name] = upload_source(upload.name, set(names.values()))
        if text and text.strip():
            record = {"text": text} | {
                key: value.strip()
                for key, value in (("title", title), ("published", published), ("outlet", outlet))
                if value and value.strip()
            }
            paths.append(self._write(folder / "pasted.json", json.dumps(record).encode()))
            names["pasted.json"] = "pasted text"
        # The documents record the names the user gave, not this temporary folder's paths.
        self._write(folder / SOURCES_FILE, json.dumps(names).encode())
        job = Job(uuid.uuid4().hex, files=len(paths))
        with self._lock:
            self._jobs[job.job_id] = job
        self._pool.submit(self._run, job, folder, [str(p) for p in paths])
        return job

    def background(self, task: Callable[[], None]) -> None:
        """Run ``task`` on the ingestion thread (so it never writes at the same time as a job)."""
        future = self._pool.submit(task)
        future.add_done_callback(_log_failure)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    @staticmethod
    def _write(path: Path, data: bytes) -> Path:
        path.write_bytes(data)
        return path

    def _run(self, job: Job, folder: Path, paths: list[str]) -> None:
        job.status = "running"
        deadline = time.monotonic() + self.time_budget_s

        def progress(files_done: int) -> None:
            job.done = min(job.files, job.done + files_done)
            if time.monotonic() > deadline and job.done < job.files:
                # Between batches, after the last one was stored: the run is marked interrupted.
                raise OverBudget(self.time_budget_s, job.done, job.files)

        try:
            job.message, job.doc_ids = self.runner(paths, progress)
            job.done, job.status = job.files, "done"
        except FaultlinesError as e:  # a coded error says what to do
            job.status, job.message = "failed", f"ingestion failed: {e}"
        except Exception as e:  # whatever broke, the job must end, not stay "running"
            log.error("ingestion job %s failed", job.job_id, exc_info=e)
            job.status = "failed"
            job.message = f"ingestion failed ({type(e).__name__}: {e}); the server's log has the details"
        except BaseException:
            job.status, job.message = "failed", "ingestion was interrupted: the server is stopping"
            raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)
