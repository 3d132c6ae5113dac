"""The meeting pack's PDFs, both versions in Kazakh and Russian, from the command line and from the desk:
the texts in the meeting's language, the map with its hot cells drawn on the first page (its pixels
looked at), the problem with this week's step, and in the residents' version none of the personal data
the incidents hold."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.support.desk_window import plant_yard
from tests.support.pdf import pdf_text, render_pages
from tests.support.people import DEMO_PASSWORD

HEADINGS = {
    ("kk", False): (
        "Кездесу материалдары: 05 Сарыарқа учаскесі",
        "Қайталанатын мекенжайлар",
        "Проблемалар және",
    ),
    ("ru", False): ("Материалы к встрече: участок 05 Сарыарка", "Повторные адреса", "Проблемы и что сделано"),
    ("kk", True): (
        "Тұрғындармен кездесуге: 05 Сарыарқа учаскесі",
        "Өтініш ең көп түсетін көшелер",
        "дербес деректер жоқ",
    ),
    ("ru", True): (
        "К встрече с жителями: участок 05 Сарыарка",
        "Улицы, откуда больше всего",
        "нет персональных данных",
    ),
}
PERSONAL = ("Серикбаев", "+77015550101", "драка у бара", "кв. 17", "Лермонтова, 81", "Оспанов")


@pytest.fixture
def city(sqlite_city):
    plant_yard(sqlite_city, description="драка у бара, Серикбаев", caller=("Серикбаев Ержан", "+77015550101"))
    return sqlite_city


def red_pixels(page: Path) -> int:
    """Pixels of the hot cells' reds (drawn half transparent over the map)."""
    pixels = np.asarray(Image.open(page).convert("RGB")).astype(int)
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return int(((r > 170) & (g < 150) & (b < 150) & (r - g > 60)).sum())


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_both_packs_print_in_the_meetings_language(qtbot, city, tmp_path, monkeypatch, language):
    from dispatch_desk.cli import main

    monkeypatch.setenv("DISPATCH_DESK_DB", city.url)
    monkeypatch.setenv("DISPATCH_DESK_USER", "inspector05")
    monkeypatch.setenv("DISPATCH_DESK_PASSWORD", DEMO_PASSWORD)
    try:
        for residents in (False, True):
            out = tmp_path / f"pack-{language}-{residents}.pdf"
            extra = ["--residents"] if residents else []
            assert main(["--lang", language, "analytics", "pack", "--pdf", str(out), *extra]) == 0
            text = pdf_text(out)
            for heading in HEADINGS[(language, residents)]:
                assert heading in text.replace("\r", "").replace("\n", " "), heading
            if language == "kk":  # the gazetteer's Kazakh street names, never its Russian ones
                assert "улица Лермонтова" not in text and "көшесі" in text
            if residents:  # no text written for the police: how many steps, not what or when
                assert [p for p in PERSONAL if p in text] == [] and "Рейды ППС" not in text
            else:  # the inspector's own version; addresses in the meeting's language
                assert ("Лермонтов көшесі, 81" if language == "kk" else "улица Лермонтова, 81") in text
                assert "Оспанов" in text
                assert "Рейды ППС" in text  # the demo problem's step done this week
            folder = tmp_path / f"pages-{residents}"
            folder.mkdir()
            pages = render_pages(out, folder, scale=0.6)
            assert len(pages) >= 2
            # the map's hot cells, drawn by the desk's own map page (the residents': those of 3 contacts on)
            assert red_pixels(pages[0]) > (150 if residents else 300)
    finally:  # the next test's desk speaks English again
        from PySide6.QtCore import QTranslator
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)


def test_the_desk_prints_the_residents_pack(qtbot, city, tmp_path):
    from dispatch_desk.ui.meeting_pack_desk import ResidentsText
    from tests.support.desk_window import demo_desk

    with demo_desk(qtbot, city, "inspector05") as window:
        assert window.desk_actions.actions["meeting_pack_residents"].isVisible()
        packs = window.problems.packs
        dialog = packs.ask_residents()  # first the text for the residents, read over
        assert isinstance(dialog, ResidentsText) and dialog.isVisible()
        dialog.text.setPlainText("Позвоните Серикбаев Ержан: +77015550101")
        dialog.accept()
        chooser = next(w for w in window.findChildren(QFileDialog) if w.isVisible())
        refused = tmp_path / "refused.pdf"
        chooser.fileSelected.emit(str(refused))
        chooser.reject()
        qtbot.waitUntil(lambda: "phone number" in window.statusBar().currentMessage(), timeout=30_000)
        for box in window.findChildren(QMessageBox):
            box.close()
        assert not refused.exists()  # nothing printed while the text names someone
        packs.residents_text = "Вечерние патрули во дворах продолжатся в декабре."
        out = tmp_path / "residents.pdf"
        packs.write(out, residents=True)
        qtbot.waitUntil(lambda: "written" in window.statusBar().currentMessage(), timeout=60_000)
        text = pdf_text(out)
        assert "For the meeting with residents" in text and not [p for p in PERSONAL if p in text]
        assert "Вечерние патрули во дворах" in text.replace("\r", "").replace("\n", " ")
        assert red_pixels(render_pages(out, tmp_path, scale=0.6)[0]) > 150
