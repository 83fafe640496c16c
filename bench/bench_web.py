"""Workbench benchmark: page load times and API throughput on loopback.

Starts `faultlines serve` on a free 127.0.0.1 port (a separate process, so the load generator
does not share its interpreter), then

1. page load times: each page fetched ``--rounds`` times one after the other (server time +
   transfer), and, with ``--browser``, the full load in Debian's Chromium (navigation timing,
   scripts and map data included);
2. API throughput: ``--requests`` requests over a mix of API endpoints from ``--clients``
   concurrent clients; requests/s, p50/p95/max latency and the number of errors.

Example::

    faultlines ingest examples/reports --db demo.duckdb
    python bench/bench_web.py --db demo.duckdb --requests 2000 --clients 10 --browser
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip


NAVIGATION_MS = (
    "() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    faultlines = Path(sys.executable).with_name("faultlines")
    server = subprocess.Popen([str(faultlines), "serve", "--db", db, "--port", str(port)])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/counts", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.terminate()
    sys.exit("the server did not start in 60 s")


def pages_of(base: str) -> list[str]:
    """The pages to time, with a real document, event and actor of the database."""
    doc = httpx.get(f"{base}/api/documents", params={"per_page": 1}).json()["items"]
    event = httpx.get(f"{base}/api/events", params={"per_page": 1, "sort": "fatalities", "desc": 1}).json()["items"]
    actor = httpx.get(f"{base}/api/actors", params={"per_page": 1}).json()["items"]
    pages = ["/", "/documents", "/events", "/map", "/actors", "/stories", "/ingest", "/api/docs"]
    pages += [f"/documents/{doc[0]['doc_id']}"] if doc else []
    pages += [f"/events/{event[0]['event_id']}"] if event else []
    pages += [f"/actors/{actor[0]['actor_id']}"] if actor else []
    return pages


def time_pages(base: str, pages: list[str], rounds: int) -> None:
    print(f"\nPage load (server + transfer, {rounds} sequential fetches each): median / max ms, size")
    with httpx.Client(base_url=base) as client:
        for path in pages:
            times, size = [], 0
            for _ in range(rounds):
                start = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - start) * 1000)
                response.raise_for_status()
                size = len(response.content)
            print(f"  {path:<60} {statistics.median(times):7.1f} / {max(times):7.1f}  {size / 1024:6.1f} KiB")


def time_browser(base: str, pages: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    print("\nPage load in Chromium (navigation start to load event, map data fetched): ms")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        for path in pages:
            page.goto(base + path, wait_until="load")
            if page.locator(".fl-map").count():
                page.wait_for_selector(".fl-map.loaded")
            took = page.evaluate(NAVIGATION_MS)
            print(f"  {path:<60} {took:7.1f}")
        browser.close()


async def load(base: str, paths: list[str], requests: int, clients: int) -> None:
    latencies: list[float] = []
    errors: list[str] = []
    counter = iter(range(requests))

    async def worker(client: httpx.AsyncClient) -> None:
        for i in counter:
            path = paths[i % len(paths)]
            start = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {path}")
            except httpx.HTTPError as e:
                errors.append(f"{type(e).__name__} {path}")
            latencies.append((time.perf_counter() - start) * 1000)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        wall = time.perf_counter() - start
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"\nAPI throughput: {requests} requests, {clients} concurrent clients, loopback")
    print(f"  endpoints: {', '.join(paths)}")
    print(f"  {requests / wall:.1f} requests/s; latency p50 {statistics.median(latencies):.1f} ms, "
          f"p95 {p95:.1f} ms, max {latencies[-1]:.1f} ms; errors {len(errors)}")  # fmt: skip
    if errors:
        print("  first errors:", errors[:5])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="demo.duckdb")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--browser", action="store_true", help="also time full page loads in Chromium")
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"no database at {args.db}: run `faultlines ingest examples/reports --db {args.db}` first")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port)
    try:
        counts = httpx.get(f"{base}/api/counts").json()["stored"]
        print(f"Database {args.db}: {counts['documents']} documents, {counts['events']} events")
        pages = pages_of(base)
        time_pages(base, pages, args.rounds)
        if args.browser:
            time_browser(base, pages)
        event_pages = [p for p in pages if p.startswith("/events/")]
        api = ["/api/events?per_page=50", "/api/documents", "/api/actors", "/api/counts", "/api/places"]
        api += ["/api" + p for p in event_pages]
        asyncio.run(load(base, api, args.requests, args.clients))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
