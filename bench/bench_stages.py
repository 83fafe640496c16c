"""Where one process spends its time: plain spaCy against Faultlines' parse, each stage and the store.

Runs the sample reports (and the seeds when ../shared/seeds is present) N times through plain
`nlp.pipe`, then through Faultlines' clean + parse (with the place and actor name markers), each
extraction stage, and the DuckDB store (what `faultlines ingest` does per batch: look up the
inputs, then write the results, the inputs done and the run's counters in one transaction).
Prints CPU milliseconds per 1,000 words for each and its share of the plain parse, and writes the
"stages" section of bench/RESULTS.md.

CPU time of this one process, not wall time: the figures hold while other jobs share the
machine (wall time then measures the other jobs too), and they add up to one process's cost.

    python bench/bench_stages.py --repeat 2
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faultlines.analysis import Analysis  # noqa: E402
from faultlines.config import Settings  # noqa: E402
from faultlines.pipeline import Pipeline, run_stage  # noqa: E402
from faultlines.records import DocumentResult, SourceDocument  # noqa: E402
from faultlines.stages.clean import clean  # noqa: E402
from faultlines.stages.ingest import read_paths  # noqa: E402
from faultlines.store.database import RunMark, Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=2, help="How many times the corpus is processed.")
    parser.add_argument("--no-write", action="store_true", help="Print only; leave bench/RESULTS.md as it is.")
    args = parser.parse_args()
    import spacy

    settings = Settings()
    inputs = [ROOT / "examples" / "reports", ROOT.parent / "shared" / "seeds"]
    documents = [d for d in read_paths([p for p in inputs if p.exists()], settings) if isinstance(d, SourceDocument)]
    documents *= args.repeat
    words = sum(len(d.text.split()) for d in documents)
    pipeline = Pipeline.from_settings(settings)
    plain = spacy.load(settings.spacy_model)
    _warm_up(plain, pipeline, documents[: settings.batch_size])
    started = time.process_time()
    list(plain.pipe([d.text for d in documents], batch_size=settings.batch_size))
    base = time.process_time() - started
    rows = [("plain spaCy nlp.pipe", base)]
    started = time.process_time()
    cleaned = [clean(d) for d in documents]
    rows.append(("clean", time.process_time() - started))
    started = time.process_time()
    parsed = list(pipeline.resources.nlp.pipe([c.body for c in cleaned], batch_size=settings.batch_size))
    rows.append(("parse with name markers", time.process_time() - started))
    spent = {info.name: 0.0 for info in pipeline.stages}
    results = []
    for document, doc in zip(cleaned, parsed, strict=True):
        analysis = Analysis(clean=document, doc=doc)
        for info in pipeline.stages:
            started = time.process_time()
            analysis = run_stage(info, analysis, pipeline.resources)
            spent[info.name] += time.process_time() - started
        results.append(pipeline.result(document, analysis=analysis))
    rows.extend(spent.items())
    rows.append(("store (DuckDB)", _store(results, settings.batch_size)))
    text = report(rows, documents=len(documents), words=words, repeat=args.repeat)
    print(text)
    if not args.no_write:
        from results import write_section

        write_section("stages", text)


def _warm_up(plain: Any, pipeline: Pipeline, documents: list[SourceDocument]) -> None:
    """One untimed pass, so that what loads on first use (dateparser's language data, spaCy's
    buffers) is not counted against the first step to touch it."""
    list(plain.pipe([d.text for d in documents]))
    list(pipeline.pipe(documents))


def _store(results: list[DocumentResult], batch_size: int) -> float:
    """CPU seconds to store ``results`` the way an ingest does, batch by batch, in a new database
    (as the same documents again: texts repeated by ``--repeat`` are written over themselves)."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.duckdb")
        run_id = store.start_run(command="bench", paths=[], settings={})
        started = time.process_time()
        for start in range(0, len(results), batch_size):
            batch = results[start : start + batch_size]
            metas = [r.meta for r in batch if r.meta is not None]
            store.lookup_inputs(
                doc_ids=[m.doc_id for m in metas],
                text_hashes=[m.text_hash for m in metas],
                run_id=run_id,
                sources=[m.source for m in metas],
            )
            marks = [RunMark(m.source, m.doc_id, "stored") for m in metas]
            store.write_run_batch(batch, run_id=run_id, marks=marks)
        return time.process_time() - started


def report(rows: list[tuple[str, float]], *, documents: int, words: int, repeat: int) -> str:
    base = rows[0][1]
    per_k = 1000 / words
    lines = [
        "## Stages",
        "",
        f"{documents} documents ({words:,} words): the sample reports and seeds, {repeat} times. Machine: "
        f"{platform.machine()}, Python {platform.python_version()}. CPU time of one process (it holds "
        "while other jobs share the machine; wall time does not).",
        f"Command: `python bench/bench_stages.py --repeat {repeat}`",
        "",
        "| step | CPU ms per 1,000 words | share of the plain parse |",
        "|---|---:|---:|",
    ]
    for name, seconds in rows:
        lines.append(f"| {name} | {seconds * 1000 * per_k:.0f} | {seconds / base:.0%} |")
    total = sum(seconds for _, seconds in rows[1:])
    extract = total - rows[-1][1]
    lines += [
        f"| **faultlines extract, all of it** | {extract * 1000 * per_k:.0f} | {extract / base:.0%} |",
        f"| **faultlines ingest, all of it** | {total * 1000 * per_k:.0f} | {total / base:.0%} |",
        "",
        f"Ratio to plain spaCy words/s in one process: extract {base / extract:.2f}, "
        f"ingest {base / total:.2f} (target 0.75).",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
