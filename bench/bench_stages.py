"""Where one process spends its time: plain spaCy against Faultlines' parse and each stage.

Runs the sample reports (and the seeds when ../shared/seeds is present) N times through plain
`nlp.pipe`, then through Faultlines' clean + parse (with the place and actor name markers) and
each extraction stage, and prints seconds and the share of the plain parse for each.

    python bench/bench_stages.py --repeat 2
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from faultlines.analysis import Analysis  # noqa: E402
from faultlines.config import Settings  # noqa: E402
from faultlines.pipeline import EXTRACTION_STAGES  # noqa: E402
from faultlines.records import SourceDocument  # noqa: E402
from faultlines.registry import get_stage  # noqa: E402
from faultlines.resources import load_resources  # noqa: E402
from faultlines.stages.clean import clean  # noqa: E402
from faultlines.stages.ingest import read_paths  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=2, help="How many times the corpus is processed.")
    args = parser.parse_args()
    import spacy

    settings = Settings()
    inputs = [ROOT / "examples" / "reports", ROOT.parent / "shared" / "seeds"]
    documents = [d for d in read_paths([p for p in inputs if p.exists()], settings) if isinstance(d, SourceDocument)]
    documents *= args.repeat
    words = sum(len(d.text.split()) for d in documents)
    started = time.perf_counter()
    resources = load_resources(settings)
    print(f"resources loaded in {time.perf_counter() - started:.1f} s")
    plain = spacy.load(settings.spacy_model)
    started = time.perf_counter()
    list(plain.pipe([d.text for d in documents], batch_size=settings.batch_size))
    base = time.perf_counter() - started
    rows = [("plain spaCy nlp.pipe", base)]
    started = time.perf_counter()
    cleaned = [clean(d) for d in documents]
    rows.append(("clean", time.perf_counter() - started))
    started = time.perf_counter()
    parsed = list(resources.nlp.pipe([c.body for c in cleaned], batch_size=settings.batch_size))
    rows.append(("parse with name markers", time.perf_counter() - started))
    spent = dict.fromkeys(EXTRACTION_STAGES, 0.0)
    for document, doc in zip(cleaned, parsed, strict=True):
        analysis = Analysis(clean=document, doc=doc)
        for name in EXTRACTION_STAGES:
            started = time.perf_counter()
            analysis = get_stage(name).function(analysis, resources)
            spent[name] += time.perf_counter() - started
    rows.extend(spent.items())
    total = sum(seconds for name, seconds in rows[1:])
    print(f"{len(documents)} documents, {words} words")
    for name, seconds in rows:
        print(f"{name:28s} {seconds:6.2f} s  {seconds / base:6.0%} of the plain parse")
    print(f"{'faultlines, all of it':28s} {total:6.2f} s  ratio to plain spaCy words/s: {base / total:.2f}")


if __name__ == "__main__":
    main()
