"""An ingestion job always ends, as done or failed, whatever its runner raises."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from faultlines.web.jobs import IngestJobs, Upload

REPORT = Upload("report.txt", b"Rebels shelled Hajin on Monday, a monitor said.\n")


def run_one(runner: Callable[[list[str], Callable[[int], None]], tuple[str, list[str]]]) -> tuple[str, str]:
    jobs = IngestJobs(runner, max_bytes=1 << 20)
    job = jobs.submit([REPORT])
    jobs.shutdown()  # waits for the job
    found = jobs.get(job.job_id)
    assert found is not None
    return found.status, found.message


@pytest.mark.parametrize("error", [KeyError("doc"), TypeError("bad"), AssertionError("broken"), RecursionError()])
def test_web_jobs_an_unexpected_error_fails_the_job(error: Exception) -> None:
    def runner(paths: list[str], progress: Callable[[int], None]) -> tuple[str, list[str]]:
        raise error

    status, message = run_one(runner)
    assert status == "failed" and type(error).__name__ in message and "log" in message


def test_web_jobs_a_finished_job_is_done() -> None:
    status, message = run_one(lambda paths, progress: ("1 documents stored", ["d1"]))
    assert (status, message) == ("done", "1 documents stored")


def test_web_jobs_uploads_record_the_names_given_not_the_servers_folder(tmp_path) -> None:
    from faultlines.config import Settings
    from faultlines.stages.ingest import SOURCES_FILE, read_paths
    from faultlines.web import jobs

    assert jobs.SOURCES_FILE == SOURCES_FILE
    seen: list[str] = []

    def runner(paths: list[str], progress: Callable[[int], None]) -> tuple[str, list[str]]:
        seen.extend(item.source for item in read_paths(paths, Settings(data_dir=str(tmp_path))))
        return "read", []

    ingest = IngestJobs(runner, max_bytes=1 << 20)
    feed = Upload("feed.jsonl", b'{"text": "Rebels shelled Mayadin on Monday."}\n')
    ingest.submit([Upload("../../etc/report.txt", REPORT.data), REPORT, feed], text="Pasted: gunmen attacked Raqqa.")
    ingest.shutdown()
    assert seen == ["upload:report.txt", "upload:report.txt (2)", "upload:feed.jsonl#1", "pasted text#1"]


def test_web_jobs_a_job_past_its_time_budget_stops_between_batches() -> None:
    finished: list[int] = []

    def runner(paths: list[str], progress: Callable[[int], None]) -> tuple[str, list[str]]:
        for _ in paths:  # one batch per file; the budget is spent after the first
            progress(1)
            finished.append(1)
        return "all stored", []

    jobs = IngestJobs(runner, max_bytes=1 << 20, time_budget_s=0.0)
    job = jobs.submit([REPORT, Upload("second.txt", REPORT.data)])
    jobs.shutdown()
    found = jobs.get(job.job_id)
    assert found is not None and found.status == "failed"
    assert "time budget" in found.message and "after 1 of 2 files" in found.message
    assert finished == []  # stopped at the first batch's end
