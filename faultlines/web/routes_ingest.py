"""Ingest page: upload files or paste a report; the job runs in the background with progress."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from faultlines.web.errors import WebError
from faultlines.web.jobs import ALLOWED_SUFFIXES, MAX_FILES, IngestJobs, Upload, UploadError
from faultlines.web.pages import render
from faultlines.web.session import check_csrf, require_reviewer

router = APIRouter(include_in_schema=False)


def jobs_of(request: Request) -> IngestJobs:
    return request.app.state.jobs  # type: ignore[no-any-return]


@router.get("/ingest")
def ingest_page(request: Request) -> Response:
    require_reviewer(request)  # ingesting is for reviewers and admins (security helper's edit)
    jobs = jobs_of(request)
    return render(
        request,
        "ingest.html",
        {
            "title": "Ingest",
            "suffixes": ", ".join(ALLOWED_SUFFIXES),
            "max_files": MAX_FILES,
            "max_kib": jobs.max_bytes // 1024,
        },
    )


async def read_uploads(request: Request) -> tuple[list[Upload], str | None, str | None, str]:
    """Files, pasted text, title and CSRF token of an ingest form, within the size limits."""
    jobs = jobs_of(request)
    limit = jobs.max_bytes * (MAX_FILES + 1) + 64 * 1024
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit() or int(declared) > limit:
        raise WebError(413, f"the upload is over the {limit // 1024} KiB limit (or has no length): send fewer files")
    form = await request.form(max_files=MAX_FILES, max_fields=10, max_part_size=jobs.max_bytes + 1)
    uploads = []
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            uploads.append(Upload(item.filename, await item.read(jobs.max_bytes + 1)))
    text, title, csrf = (form.get(k) for k in ("text", "title", "csrf"))
    return (
        uploads,
        text if isinstance(text, str) else None,
        title if isinstance(title, str) else None,
        csrf if isinstance(csrf, str) else "",
    )


@router.post("/ingest")
async def ingest_submit(request: Request) -> Response:
    await run_in_threadpool(require_reviewer, request)
    uploads, text, title, csrf = await read_uploads(request)
    await run_in_threadpool(check_csrf, request, csrf)
    try:
        job = jobs_of(request).submit(uploads, text=text, title=title)
    except UploadError as e:
        raise WebError(e.status, str(e)) from e
    return RedirectResponse(f"/ingest/{job.job_id}", status_code=303)


@router.get("/ingest/{job_id}")
def ingest_job(request: Request, job_id: str) -> Response:
    job = jobs_of(request).get(job_id)
    if job is None:
        raise WebError(404, "no such ingestion job (jobs are forgotten when the server restarts)")
    return render(request, "ingest_job.html", {"title": "Ingesting", "job": job})
