"""How printed reports break into pages: a heading never ends a page apart from what it heads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from dispatch_desk.ui import report_pdf
from dispatch_desk.ui.report_pdf import Report
from tests.support.pdf import page_texts

pytestmark = pytest.mark.gui
PAGE = QSizeF(643, 950)  # an A4 page less its margins, in screen units
# The page as Report.write computes it (from the writer's resolution): not a whole number of units, so a
# line moved to the next page may start a hair above that page's first unit.
A4_AS_WRITTEN = QSizeF(643.0, 995.9999999999999)


def headings_and_pages(document: QTextDocument) -> list[tuple[str, int, int]]:
    """Each heading's text, its page and the page of the first line of what follows it."""
    layout, height = document.documentLayout(), PAGE.height()
    document.pageCount()  # laid out

    def page(block) -> int:  # of its first line (a block's top margin may end the page before)
        top = layout.blockBoundingRect(block).top()
        assert block.layout().lineCount(), block.text()  # laid out
        return int((top + block.layout().lineAt(0).y()) // height)

    found = []
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            found.append((block.text(), page(block), page(following)))
        block = following
    return found


def report(filler: int) -> Report:
    made = Report("pages")
    made.heading("Материалы к встрече")
    for n in range(filler):
        made.paragraph(f"Строка {n:03d}: обход дворов по улице Кутузова")
    made.section("Повторные адреса")
    made.table(["Адрес", "Обращений"], [["улица Лермонтова, 81", 9], ["улица Кутузова, 12", 4]])
    made.subheading("7. Драки у бара — реагирование")
    made.notes("Места: улица Лермонтова, 81\n• Освещение двора (акимат) — срок 12.12")
    made.section("Что дальше")
    made.paragraph("Следующая встреча в субботу")
    return made


def test_a_heading_stays_on_the_page_of_its_first_line(qapp, monkeypatch):
    split, kept = 0, 0
    for filler in range(20, 80):  # every place near a page's foot, one line further each time
        made = report(filler)
        document = made.document(PAGE)
        for heading, page, body in headings_and_pages(document):
            assert page == body, (filler, heading)
        block = document.begin()
        while block.isValid():  # every line of text is laid out, after the table too
            assert not block.text() or block.layout().lineCount(), (filler, block.text())
            block = block.next()
        with monkeypatch.context() as plain:  # without the rule, some of these would end a page
            plain.setattr(report_pdf, "keep_headings_with_next", lambda document, height: None)
            pairs = headings_and_pages(made.document(PAGE))
        split += any(page != body for _, page, body in pairs)
        kept += all(page == body for _, page, body in pairs)
    assert split and kept


def test_the_written_pdf_has_the_pages_laid_out(qapp, tmp_path):
    path = tmp_path / "pages.pdf"
    made = report(120)
    made.write(path)
    texts = ["".join(page.split()) for page in page_texts(path)]
    assert len(texts) >= 2
    for n, text in enumerate(texts, 1):  # each page numbered at its foot
        assert text.endswith(f"{n}/{len(texts)}"), n
    assert "7.Дракиубара" in texts[-1] and "Места:улица" in texts[-1]


def test_a_heading_before_a_chart_goes_with_the_chart(qapp, monkeypatch):
    """A chart is one tall line: it starts where it would, and Qt moves it whole to the next page. The
    kk residents' pack left "Санаттар бойынша өтініштер" alone at a page's foot this way."""

    def chart_report(filler: int) -> Report:
        made = Report("chart")
        for n in range(filler):
            made.paragraph(f"Жол {n:03d}: аулаларды аралау")
        made.section("Санаттар бойынша өтініштер")
        made.hbars([f"санат {n}" for n in range(12)], [float(60 - n) for n in range(12)])
        return made

    def chart_pages(document: QTextDocument) -> tuple[int, int]:
        layout, height = document.documentLayout(), A4_AS_WRITTEN.height()
        document.pageCount()
        block = document.begin()
        while not block.blockFormat().headingLevel():
            block = block.next()
        chart = block.next()
        line = chart.layout().lineAt(0)
        heading_top = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
        chart_bottom = layout.blockBoundingRect(chart).top() + line.y() + line.height() - 1
        return report_pdf.page_at(heading_top, height), report_pdf.page_at(chart_bottom, height)

    alone = 0
    for filler in range(20, 90):
        heading_page, chart_page = chart_pages(chart_report(filler).document(A4_AS_WRITTEN))
        assert heading_page == chart_page, filler
        with monkeypatch.context() as plain:
            plain.setattr(report_pdf, "keep_headings_with_next", lambda document, height: None)
            before = chart_pages(chart_report(filler).document(A4_AS_WRITTEN))
        alone += before[0] != before[1]
    assert alone  # without the rule, the heading was left behind at some of these places
