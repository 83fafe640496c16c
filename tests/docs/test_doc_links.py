"""The links of the README and of the docs this folder tests lead to files that exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["README.md", *(f"docs/{n}.md" for n in ("tutorial", "configuration", "errors", "troubleshooting", "accuracy"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("page", PAGES)
def test_doc_links_lead_to_files(page: str) -> None:
    path = ROOT / page
    targets = [t.split("#")[0] for t in LINK.findall(path.read_text(encoding="utf-8"))]
    local = [t for t in targets if t and not t.startswith(("http://", "https://", "mailto:"))]
    missing = [t for t in local if not (path.parent / t).exists()]
    assert not missing, f"{page} links to {missing}, which do not exist"


def test_doc_links_readme_lists_every_page_of_docs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    unlisted = [p.name for p in sorted((ROOT / "docs").glob("*.md")) if f"docs/{p.name}" not in readme]
    assert not unlisted, f"README's Documentation list lacks {unlisted}"
