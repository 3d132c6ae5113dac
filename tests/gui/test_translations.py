"""The desk speaks Kazakh, Russian and English: every string translated, the translations load."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from dispatch_desk.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"


def sources_in_code(tmp_path: Path) -> set[str]:
    """Every tr() string of the desk (ui) and the command line (cli), collected by Qt's own lupdate into a
    fresh file."""
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for part in ("ui", "cli") for p in (ROOT / "dispatch_desk" / part).rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)
    return {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}


def translation_text(message: ET.Element) -> str:
    """A message's translation; for plurals (%n) all its forms, which must all be filled."""
    element = message.find("translation")
    forms = [(form.text or "").strip() for form in element.iter("numerusform")]
    if forms:
        return " | ".join(forms) if all(forms) else ""
    return (element.text or "").strip()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_string_is_translated(tmp_path, language):
    messages = list(ET.parse(TRANSLATIONS / f"dispatch_desk_{language}.ts").getroot().iter("message"))
    translated = {
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") not in ("unfinished", "vanished", "obsolete")
        and translation_text(m)
    }
    missing = sources_in_code(tmp_path) - translated
    assert not missing, f"untranslated in {language}: {sorted(missing)[:10]}"
    for message in messages:  # placeholders survive translation
        source, target = message.findtext("source"), translation_text(message)
        for placeholder in ("%1", "%2", "%3"):
            assert (placeholder in source) == (placeholder in target), (language, source)
        named = re.compile(r"\{[a-z_]+\}")  # the command line's places, filled by name
        assert set(named.findall(source)) == set(named.findall(target)), (language, source)


@pytest.mark.parametrize(("language", "expected"), [("kk", "Жаңа қоңырау"), ("ru", "Новый вызов")])
def test_compiled_translations_load(qapp, language, expected):
    translator = QTranslator()
    assert translator.load(f"dispatch_desk_{language}", str(TRANSLATIONS)), (
        "run scripts/setup.sh to build .qm"
    )
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "New call") == expected
        assert QCoreApplication.translate("Labels", "on scene") in ("орнында", "на месте")
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_kind_of_change_and_access_has_its_words(language):
    """The audit trail and the timeline name every kind the feed and the access log hold, in each
    language: a kind added to either enum without its label fails here."""
    from dispatch_desk.domain.change_kinds import ChangeKind
    from dispatch_desk.services.access_kinds import AccessKind
    from dispatch_desk.ui import labels

    kinds = [*ChangeKind, *AccessKind]
    assert set(kinds) <= set(labels._EVENTS), sorted(set(kinds) - set(labels._EVENTS))
    messages = ET.parse(TRANSLATIONS / f"dispatch_desk_{language}.ts").getroot()
    translated = {
        m.findtext("source"): translation_text(m)
        for context in messages.iter("context")
        if context.findtext("name") == "Labels"
        for m in context.iter("message")
        if m.find("translation").get("type") is None
    }
    for kind in kinds:
        assert translated.get(labels._EVENTS[kind]), (language, kind.value)
