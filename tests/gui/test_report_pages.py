"""How printed reports break into pages: a heading never ends a page apart from what it heads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument, QTextTable

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
            plain.setattr(report_pdf, "keep_together", lambda document, height, tables: None)
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
            plain.setattr(report_pdf, "keep_together", lambda document, height, tables: None)
            before = chart_pages(chart_report(filler).document(A4_AS_WRITTEN))
        alone += before[0] != before[1]
    assert alone  # without the rule, the heading was left behind at some of these places


def split_rows(document: QTextDocument, height: float) -> list[tuple[int, str]]:
    """Each table row whose lines of text are on more than one page: (table, first cell's text)."""
    layout = document.documentLayout()
    document.pageCount()
    found = []
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    for t, table in enumerate(tables):
        for row in range(table.rows()):
            pages = set()
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                block, end = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
                while True:
                    top = layout.blockBoundingRect(block).top()
                    for n in range(block.layout().lineCount()):
                        pages.add(int((top + block.layout().lineAt(n).y() + 0.5) // height))
                    if block == end:
                        break
                    block = block.next()
            if len(pages) > 1:
                found.append((t, table.cellAt(row, 0).firstCursorPosition().block().text()))
    return found


def test_a_table_row_is_never_split_by_a_page_end(qapp, monkeypatch):
    """A row whose description wraps onto three lines was printed with one line at a page's foot and
    two at the next page's top; now the row starts the next page, under the table's header."""

    def long_table(filler: int) -> Report:
        made = Report("rows")
        for n in range(filler):
            made.paragraph(f"Строка {n:03d}")
        description = "Драка у бара, двое мужчин, один в красной куртке, второй ушёл к парку. "
        rows = [[f"26-{n:05d}", "улица Лермонтова, 81", description * (1 + n % 3)] for n in range(90)]
        made.table(["Номер", "Адрес", "Описание"], rows)
        made.signature_lines(["Сдал", "Принял"], [["Иванов И. И.", ""]])
        return made

    height, before = A4_AS_WRITTEN.height(), 0
    for filler in range(0, 40, 3):
        made = long_table(filler)
        document = made.document(A4_AS_WRITTEN)
        assert split_rows(document, height) == [], filler
        numbers = [n for n in document.toPlainText().split() if n.startswith("26-")]
        assert numbers == [f"26-{n:05d}" for n in range(90)]  # every row once, in order
        tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
        for table in tables[1:-1]:  # each continued piece (the last table signs) has its header
            assert table.cellAt(0, 0).firstCursorPosition().block().text() == "Номер"
            top = document.documentLayout().frameBoundingRect(table).top()
            assert report_pdf.page_at(top, height) > report_pdf.page_at(top - 40, height)  # at a page's top
        with monkeypatch.context() as plain:
            plain.setattr(report_pdf, "keep_rows_whole", lambda document, frame, table, height: frame)
            before += bool(split_rows(long_table(filler).document(A4_AS_WRITTEN), height))
    assert before  # without the rule, some of these rows were split
