"""A document's text for the terminal, with what was found in it marked and listed."""

from __future__ import annotations

from typing import Any

import click

_STYLES = {"place": "green", "actor": "cyan", "trigger": "red", "other": "yellow"}


def annotate(document: dict[str, Any], *, color: bool) -> str:
    text: str = document["text"]
    marks = _marks(document)
    pieces: list[str] = []
    cursor = 0
    for start, end, kind in marks:
        if start < cursor:
            continue  # overlapping marks: the first one wins
        pieces.append(text[cursor:start])
        chunk = text[start:end]
        pieces.append(click.style(chunk, fg=_STYLES[kind], bold=kind == "trigger") if color else f"[{chunk}]")
        cursor = end
    pieces.append(text[cursor:])
    header = [
        f"{document['doc_id']}  {document.get('title') or '(no title)'}",
        f"source: {document['source']}  outlet: {document.get('outlet') or '-'}  "
        f"published: {document.get('published') or 'unknown'}  language: {document.get('language')}",
        "",
    ]
    return "\n".join(header) + "".join(pieces) + "\n\n" + _event_list(document)


def _marks(document: dict[str, Any]) -> list[tuple[int, int, str]]:
    marks = [(p["start"], p["end"], "place") for p in document["places"]]
    for entity in document["entities"]:
        marks.append((entity["start"], entity["end"], "actor" if entity["actor_id"] else "other"))
    for event in document["events"]:
        trigger = event.get("trigger")
        if trigger:
            marks.append((trigger["start"], trigger["end"], "trigger"))
    return sorted(set(marks))


def _event_list(document: dict[str, Any]) -> str:
    lines = [f"{len(document['events'])} events:"]
    for event in document["events"]:
        actors = (
            " vs ".join(_actor(event[side]) for side in ("actor1", "actor2") if event.get(side)) or "actors unknown"
        )
        place = (event.get("place") or {}).get("name") or (event.get("place") or {}).get("text") or "place unknown"
        date = (event.get("date") or {}).get("start") or "date unknown"
        dead = (event.get("fatalities") or {}).get("best")
        lines.append(
            f"- {event['sub_event_type']} ({event.get('kind') or '-'}, {event['modality']}"
            f"{', intra-group' if event.get('intra_group') else ''}): {actors}; {place}; {date}"
            f"{f'; {dead} killed' if dead else ''}"
        )
        for evidence in event.get("evidence", [])[:1]:
            lines.append(f"    “{evidence['text'].strip()}”")
    held = document.get("held_back") or []
    if held:
        lines.append(f"held back for review ({len(held)}: read as events, but no specific occurrence):")
        lines.extend(
            f"- {h['sub_event_type']} «{h['trigger']['text']}»: {h['reason']}"
            + (f" (“{h['cue']}”)" if h.get("cue") else "")
            for h in held
        )
    if document["failures"]:
        lines.append("failures:")
        lines.extend(f"- {f['message']}" for f in document["failures"])
    return "\n".join(lines)


def _actor(actor: dict[str, Any]) -> str:
    return actor["name"] + (f" ({actor['faction']})" if actor.get("faction") else "")
