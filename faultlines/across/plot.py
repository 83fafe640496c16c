"""The fragmentation figure: events per period (intra-group, exits, other) and the index with
its 95 % interval, plus the effective number of factions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from faultlines.across.fragmentation import UNDATED


def plot_fragmentation(series: list[dict[str, Any]], actor: str, path: str | Path) -> Path:
    """Write a PNG of ``series`` (from :func:`fragmentation_series`) to ``path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = [p for p in series if p["period"] != UNDATED]
    undated = next((p for p in series if p["period"] == UNDATED), None)
    labels = [p["period"] for p in points]
    x = range(len(points))
    figure, (counts, index) = plt.subplots(2, 1, figsize=(max(6.0, 0.5 * len(points) + 3), 6), sharex=True)
    intra = [p["intra"] for p in points]
    exits = [p["exits"] for p in points]
    other = [p["total"] - p["intra"] - p["exits"] for p in points]
    counts.bar(x, intra, label="intra-group", color="#c0392b")
    counts.bar(x, exits, bottom=intra, label="exits (defection, desertion)", color="#e67e22")
    counts.bar(x, other, bottom=[a + b for a, b in zip(intra, exits, strict=True)], label="other", color="#95a5a6")
    counts.set_ylabel("canonical events")
    title = f"Fragmentation of {actor}"
    if undated:
        title += f" ({undated['total']} undated events not shown: index {undated['index']:.2f})"
    counts.set_title(title, fontsize=10)
    counts.legend(fontsize=8)
    index.plot(x, [p["index"] for p in points], marker="o", color="#c0392b", label="index (I+X)/T")
    index.fill_between(x, [p["low"] for p in points], [p["high"] for p in points], alpha=0.2, color="#c0392b",
                       label="95% interval")  # fmt: skip
    index.set_ylim(0, 1)
    index.set_ylabel("fragmentation index")
    factions = index.twinx()
    factions.plot(x, [p["effective_factions"] for p in points], marker="s", linestyle="--", color="#2c3e50",
                  label="effective factions")  # fmt: skip
    factions.set_ylabel("effective number of factions")
    factions.set_ylim(0, max([2.0, *(p["effective_factions"] + 0.5 for p in points)]))
    index.legend(loc="upper left", fontsize=8)
    factions.legend(loc="upper right", fontsize=8)
    index.set_xticks(list(x), labels, rotation=45, ha="right", fontsize=8)
    figure.tight_layout()
    out = Path(path)
    figure.savefig(out, dpi=120)
    plt.close(figure)
    return out
