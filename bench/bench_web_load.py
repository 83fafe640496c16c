"""Workbench under load: do other clients get answers while one client requests the largest document?

Starts `faultlines serve` on a free 127.0.0.1 port (its own process), then for ``--seconds``:
``--hammers`` anonymous clients request the largest stored document's page and its API, one
request after the other, while one measuring client requests the overview, the events page and
the counts API every ``--interval`` seconds. Prints the measuring client's p50/p95/max latency
and the hammering clients' request count and median; ``--check`` exits 1 when the p95 is over
1 s (issue 17's target). Bounded and loopback only.

Example::

    for i in $(seq 60); do cat examples/reports/*.txt; done > /tmp/long.txt   # 970,000 characters
    faultlines ingest /tmp/long.txt --db load.duckdb   # minutes: every stage reads it all
    python bench/bench_web_load.py --db load.duckdb --seconds 30 --check
    # or, without ingesting: one 990,000-character document written into a new store by hand
    python bench/bench_web_load.py --db /tmp/load.duckdb --synthetic-chars 990000 --seconds 20 --check
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from urllib.parse import quote

import duckdb
import httpx
from bench_web import free_port, start_server

OTHER_PAGES = ("/", "/events", "/api/counts")


def synthetic_store(db: str, chars: int) -> None:
    """A store holding one long document of the sample reports' text, with an entity at every
    capitalised word of five letters or more (about one per 40 characters, denser than spaCy's
    entities in news), written by hand: ingesting a million characters takes minutes, and the
    server reads a stored document the same way whoever wrote it."""
    import hashlib
    import re
    from pathlib import Path

    from faultlines.records import DocumentMeta, DocumentResult, Entity
    from faultlines.store.database import Store

    sample = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(Path("examples/reports").glob("*.txt")))
    text = (sample * (chars // len(sample) + 1))[:chars]
    digest = hashlib.sha256(text.encode()).hexdigest()
    meta = DocumentMeta(
        digest[:16], "long.txt", digest, "A long report", None, None, None, None, None, "en", chars, "txt"
    )
    entities = tuple(
        Entity(m.start(), m.end(), m.group(), "ARMED_GROUP", None) for m in re.finditer(r"\b[A-Z][a-z]{4,}", text)
    )
    Store(db).write([DocumentResult(meta=meta, text=text, entities=entities, pipeline_version="bench")])


def largest_document(db: str) -> tuple[str, int]:
    with duckdb.connect(db, read_only=True) as con:
        row = con.execute("SELECT doc_id, length(text) FROM documents ORDER BY length(text) DESC LIMIT 1").fetchone()
    if row is None:
        sys.exit(f"{db} has no documents: ingest a long report first (see --help)")
    return str(row[0]), int(row[1])


def hammer(base: str, doc_id: str, stop: threading.Event, times: list[float]) -> None:
    paths = (f"/documents/{quote(doc_id, safe='')}", f"/api/documents/{quote(doc_id, safe='')}")
    with httpx.Client(base_url=base, timeout=120) as client:
        n = 0
        while not stop.is_set():
            started = time.perf_counter()
            client.get(paths[n % 2]).raise_for_status()
            times.append(time.perf_counter() - started)
            n += 1


def measure(base: str, seconds: float, interval: float) -> list[float]:
    latencies: list[float] = []
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=base, timeout=120) as client:
        n = 0
        while time.monotonic() < deadline:
            started = time.perf_counter()
            client.get(OTHER_PAGES[n % len(OTHER_PAGES)]).raise_for_status()
            latencies.append(time.perf_counter() - started)
            n += 1
            time.sleep(interval)
    return latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a Faultlines database holding a long document")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to measure (default 30)")
    parser.add_argument("--hammers", type=int, default=1, help="clients requesting the largest document")
    parser.add_argument("--interval", type=float, default=0.2, help="pause between measured requests")
    parser.add_argument("--check", action="store_true", help="exit 1 when the p95 is over 1 s")
    parser.add_argument(
        "--synthetic-chars", type=int, metavar="N", help="first write one N-character document into --db (by hand)"
    )
    args = parser.parse_args()
    if args.synthetic_chars:
        synthetic_store(args.db, args.synthetic_chars)

    doc_id, chars = largest_document(args.db)
    port = free_port()
    server = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    stop, heavy = threading.Event(), []  # type: ignore[var-annotated]
    threads = [threading.Thread(target=hammer, args=(base, doc_id, stop, heavy)) for _ in range(args.hammers)]
    try:
        for thread in threads:
            thread.start()
        time.sleep(1.0)  # the largest document is being served before measuring starts
        latencies = measure(base, args.seconds, args.interval)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
        server.terminate()
        server.wait(timeout=30)
    p95 = percentile(latencies, 0.95)
    print(
        f"largest document: {chars:,} characters; {args.hammers} client(s) requested it {len(heavy)} times "
        f"(median {statistics.median(heavy):.2f} s)\n"
        f"other clients ({', '.join(OTHER_PAGES)}): {len(latencies)} requests, "
        f"p50 {statistics.median(latencies):.3f} s, p95 {p95:.3f} s, max {max(latencies):.3f} s"
    )
    if args.check and p95 > 1.0:
        sys.exit(1)


if __name__ == "__main__":
    main()
