"""The guides name only what exists: every link (and its section) and every file of the project that the
README and the documents in docs/ name in code spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
PACKAGE_PARTS = ("domain", "services", "store", "ui", "intake", "cli", "geo", "demo")
TOP_FILES = ("pyproject.toml", "README.md", "CONTRIBUTING.md")
TOP = ("dispatch_desk", "resources", "scripts", "docs", "tests", "benchmarks", ".ci")
LINK = re.compile(r"\]\(([^)\s]+)\)")
SPAN = re.compile(r"`([A-Za-z0-9_.][\w./-]*)`")


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    headings = re.findall(r"^#+ (.+)$", path.read_text(encoding="utf-8"), flags=re.M)
    return {slug(h) for h in headings}


def named_file(token: str) -> Path | None:
    """The project file a code span names, or None when it names something else (a command, a URL, a
    setting, a file of the user's)."""
    if token.startswith(tuple(top + "/" for top in TOP)) or token in TOP_FILES:
        return ROOT / token
    if token.startswith(tuple(part + "/" for part in PACKAGE_PARTS)):
        return ROOT / "dispatch_desk" / token
    return None


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_every_link_leads_somewhere(document):
    text = document.read_text(encoding="utf-8")
    for target in LINK.findall(text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        file_part, _, anchor = target.partition("#")
        linked = (document.parent / file_part).resolve() if file_part else document
        assert linked.exists(), f"{document.name}: {target} does not exist"
        if anchor and linked.suffix == ".md":
            assert anchor in anchors(linked), f"{document.name}: no section #{anchor} in {linked.name}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_every_file_named_exists(document):
    text = document.read_text(encoding="utf-8")
    missing = []
    for token in SPAN.findall(text):
        token = token.split(":")[0].rstrip(".,")
        path = named_file(token)
        if path is None or "*" in token or path.exists():
            continue
        module, _, name = path.name.partition(".")  # a module's function: services/geo.geocode
        source = path.with_name(module + ".py")
        if not (name and source.exists() and re.search(rf"(def|class) {name}\b", source.read_text("utf-8"))):
            missing.append(token)
    assert not missing, f"{document.name} names files that do not exist: {sorted(set(missing))}"


def test_the_readme_is_a_guide_not_a_manual():
    lines = len((ROOT / "README.md").read_text(encoding="utf-8").splitlines())
    assert lines <= 400, f"README.md has {lines} lines: the details belong in docs/"
