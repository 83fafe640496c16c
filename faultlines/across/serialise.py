"""Cross-document records as JSON (what the tables' ``record`` column, the CLI and the API show)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from faultlines.across.records import CanonicalEvent, Contradiction, Story


def canonical_json(event: CanonicalEvent) -> dict[str, Any]:
    return {
        "canonical_id": event.canonical_id,
        **event.values,
        "reports": len(event.members),
        "documents": event.reports,
        "members": [asdict(m) for m in event.members],
        "sources": list(event.sources),
        "rules": event.rules,
    }


def contradiction_json(contradiction: Contradiction) -> dict[str, Any]:
    return {
        "contradiction_id": contradiction.contradiction_id,
        "subject": contradiction.subject,
        "subject_id": contradiction.subject_id,
        "field": contradiction.field,
        "canonical_value": contradiction.canonical_value,
        "rule": contradiction.rule,
        "sides": [
            {
                "value": side.value,
                "source": side.source,
                "outlet": side.outlet,
                "doc_id": side.doc_id,
                "item_id": side.item_id,
                "evidence": asdict(side.evidence) if side.evidence else None,
            }
            for side in contradiction.sides
        ],
    }


def story_json(story: Story) -> dict[str, Any]:
    return {
        "story_id": story.story_id,
        "title": story.title,
        "period": {"start": story.period_start, "end": story.period_end},
        "documents": list(story.doc_ids),
        "actors": list(story.actors),
        "places": list(story.places),
        "summary": [asdict(s) for s in story.summary],
        "canonical_events": list(story.canonical_ids),
        "links": list(story.links),
    }
