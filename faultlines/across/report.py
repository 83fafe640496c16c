"""Plain-text renderings of stories, contradictions and fragmentation series (for the CLI)."""

from __future__ import annotations

from typing import Any


def stories_text(stories: list[dict[str, Any]]) -> str:
    blocks = []
    for story in stories:
        period = story["period"]
        when = f"{period['start'] or '?'} .. {period['end'] or '?'}"
        actors = ", ".join(a["name"] for a in story["actors"][:4]) or "-"
        places = ", ".join(str(p["name"]) for p in story["places"][:4]) or "-"
        lines = [
            f"{story['story_id']}  {story['title']}",
            f"  {len(story['documents'])} documents, {len(story['canonical_events'])} shared incidents, {when}",
            f"  actors: {actors}",
            f"  places: {places}",
        ]
        lines += [f"  - {_one_line(s['text'])} [{s['outlet'] or s['doc_id'][:12]} {s['start']}-{s['end']}]"
                  for s in story["summary"]]  # fmt: skip
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "No stories yet: ingest some reports first."


def contradictions_text(contradictions: list[dict[str, Any]]) -> str:
    blocks = []
    for item in contradictions:
        lines = [f"{item['contradiction_id']}  {item['subject']} {item['subject_id']}: {item['field']} disputed"]
        for side in item["sides"]:
            evidence = side["evidence"]
            quote = f' "{_one_line(evidence["text"], 70)}"' if evidence else ""
            lines.append(f"  {side['value']!s:>12}  {side['source']} ({side['outlet'] or side['doc_id'][:12]}){quote}")
        lines.append(f"  canonical: {item['canonical_value']}  ({item['rule']})")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "No contradictions found."


def fragmentation_text(actor: str, series: list[dict[str, Any]]) -> str:
    header = (
        f"{'period':<10} {'total':>5} {'intra':>5} {'exits':>5} {'index':>6} {'95% interval':>14} "
        f"{'factions':>8}  confidence"
    )
    lines = [f"Fragmentation of {actor}: index = (intra + exits) / total; factions = inverse Simpson", header]
    for p in series:
        interval = f"{p['low']:.2f}-{p['high']:.2f}"
        lines.append(f"{p['period']:<10} {p['total']:>5} {p['intra']:>5} {p['exits']:>5} {p['index']:>6.2f} "
                     f"{interval:>14} {p['effective_factions']:>8.2f}  {p['confidence']}")  # fmt: skip
    if not series:
        lines.append("(no canonical events of this actor)")
    return "\n".join(lines)


def canonical_text(events: list[dict[str, Any]]) -> str:
    lines = []
    for e in events:
        lines.append(f"{e['canonical_id']}  {e['date_start'] or '?'}  {e['kind'] or e['sub_event_type']}  "
                     f"{e['location'] or '?'}  dead={e['fatalities']}  {e['documents']} reports")  # fmt: skip
        lines += [
            f"    {m['event_id'][:12]} doc {m['doc_id'][:12]}  {m['score']:.2f}  {m['reason']}" for m in e["members"]
        ]
    return "\n".join(lines) if lines else "No canonical events."


def _one_line(text: str, width: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."
