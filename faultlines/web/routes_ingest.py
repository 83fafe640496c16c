"""Ingest page: upload files or paste a report; the job runs in the background with progress."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from faultlines.web.errors import WebError
from faultlines.web.jobs import ALLOWED_SUFFIXES, MAX_FILES, MAX_OUTLET_CHARS, IngestJobs, Upload, UploadError
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
            "max_outlet": MAX_OUTLET_CHARS,
        },
    )


@dataclass(frozen=True)
class IngestForm:
    """What an ingest form sent: files, and a pasted report with its title, date and outlet."""

    uploads: list[Upload]
    text: str | None
    title: str | None
    published: str | None
    outlet: str | None
    csrf: str


async def read_uploads(request: Request) -> IngestForm:
    """Files, pasted text and its fields, and the CSRF token of an ingest form, within the size limits."""
    jobs = jobs_of(request)
    limit = jobs.max_bytes * (MAX_FILES + 1) + 64 * 1024
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit() or int(declared) > limit:
        raise WebError(413, f"the upload is over the {limit // 1024} KiB limit (or has no length): send fewer files")
    form = await request.form(max_files=MAX_FILES, max_fields=12, max_part_size=jobs.max_bytes + 1)
    uploads = []
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            uploads.append(Upload(item.filename, await item.read(jobs.max_bytes + 1)))
    fields = {k: form.get(k) for k in ("text", "title", "published", "outlet", "csrf")}
    strings = {k: v if isinstance(v, str) else None for k, v in fields.items()}
    if strings["outlet"] and len(strings["outlet"]) > MAX_OUTLET_CHARS:
        raise WebError(400, f"the outlet is over {MAX_OUTLET_CHARS} characters: give the outlet's name only")
    return IngestForm(uploads, strings["text"], strings["title"], strings["published"], strings["outlet"],
                      strings["csrf"] or "")  # fmt: skip


@router.post("/ingest")
async def ingest_submit(request: Request) -> Response:
    await run_in_threadpool(require_reviewer, request)
    form = await read_uploads(request)
    await run_in_threadpool(check_csrf, request, form.csrf)
    try:
        job = jobs_of(request).submit(
            form.uploads, text=form.text, title=form.title, published=form.published, outlet=form.outlet
        )
    except UploadError as e:
        raise WebError(e.status, str(e)) from e
    return RedirectResponse(f"/ingest/{job.job_id}", status_code=303)


@router.get("/ingest/{job_id}")
def ingest_job(request: Request, job_id: str) -> Response:
    job = jobs_of(request).get(job_id)
    if job is None:
        raise WebError(404, "no such ingestion job (jobs are forgotten when the server restarts)")
    return render(request, "ingest_job.html", {"title": "Ingesting", "job": job})
