"""Printed reports: a document of headings, paragraphs, tables and charts, written as an A4 PDF.

Qt lays the document out (``QTextDocument``) and paginates it into a ``QPdfWriter``, with the page
number at the foot of each page; the shipped DejaVu Sans is embedded, so that Kazakh and Russian print
the same on every machine. Every text that goes in is escaped: a description a citizen typed is printed
as the characters typed, never read as markup. Charts are drawn with ``QPainter`` into images at print
resolution.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from dispatch_desk.resources import resources_dir

FAMILY = "DejaVu Sans"
MARGIN_MM = 20.0
_fonts_loaded = False
PAGE_BREAK = "<div style='page-break-before: always'></div>"

STYLE = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #212121; }
h1 { font-size: 15pt; margin: 0 0 2pt 0; }
h2 { font-size: 11.5pt; margin: 10pt 0 3pt 0; color: #0d47a1; }
h3 { font-size: 9.5pt; margin: 7pt 0 2pt 0; }
p.sub { color: #546e7a; margin: 0 0 6pt 0; }
p.empty { color: #78909c; }
table.grid { border-collapse: collapse; }
table.grid th { background: #eceff1; text-align: left; font-weight: bold; font-size: 7.5pt; }
table.grid td { font-size: 7.5pt; }
td.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; }
span.alarm { color: #c62828; font-weight: bold; }
span.ok { color: #2e7d32; }
pre.notes { font-family: 'DejaVu Sans'; font-size: 9.5pt; white-space: pre-wrap; }
"""


def ensure_application() -> QGuiApplication:
    """A Qt application to print with: the desk's own, or an offscreen one for the command line — the
    desk's own kind (QApplication, made as the desk makes it), so that a window opened later in the
    same process finds what it needs."""
    app = QGuiApplication.instance()
    if app is None:
        from dispatch_desk.ui.app import create_application

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = create_application(["dispatch-desk"])
    load_fonts()
    return app  # type: ignore[return-value]


def load_fonts() -> None:
    global _fonts_loaded
    if _fonts_loaded:
        return
    folder = Path(resources_dir()) / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(folder / name))
    _fonts_loaded = True


def esc(text: object) -> str:
    """Text as text: markup characters escaped, line breaks kept."""
    return html.escape(str(text), quote=True).replace("\n", "<br>")


class Report:
    """A document built part by part, then ``write``n as a PDF."""

    DPI = 200
    WIDTH_MM = 210.0 - 2 * 20.0  # A4 less its margins

    def __init__(self, title: str) -> None:
        ensure_application()
        self.title = title
        self.parts: list[str | Table] = []
        self.images: dict[str, QImage] = {}

    def heading(self, text: str, subtitle: str = "") -> None:
        self.parts.append(f"<h1>{esc(text)}</h1>")
        if subtitle:
            self.parts.append(f"<p class='sub'>{esc(subtitle)}</p>")

    def section(self, text: str) -> None:
        self.parts.append(f"<h2>{esc(text)}</h2>")

    def subheading(self, text: str) -> None:
        self.parts.append(f"<h3>{esc(text)}</h3>")

    def paragraph(self, text: str, css: str = "") -> None:
        self.parts.append(f"<p class='{css}'>{esc(text)}</p>" if css else f"<p>{esc(text)}</p>")

    def notes(self, text: str) -> None:
        self.parts.append(f"<pre class='notes'>{esc(text)}</pre>")

    def figures(self, pairs: Sequence[tuple[str, str]], per_row: int = 3) -> None:
        """Big figures, ``per_row`` to a row: (label, value)."""
        rows = []
        for first in range(0, len(pairs), per_row):
            cells = "".join(
                f"<td width='{100 // per_row}%' style='padding: 2px 12px 6px 0'>"
                f"<span style='font-size: 16pt; font-weight: bold'>{esc(v)}</span>"
                f"<br><span style='color: #546e7a'>{esc(k)}</span></td>"
                for k, v in pairs[first : first + per_row]
            )
            rows.append(f"<tr>{cells}</tr>")
        self.parts.append(Table("<table width='100%' cellspacing='0'>", "", rows))

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        *,
        numeric: Sequence[int] = (),
        alarm: Sequence[int] = (),
        empty: str = "",
        nowrap: Sequence[int] = (0,),
    ) -> None:
        """A table; ``numeric``: right-aligned columns; ``alarm``: rows (by index) printed in red;
        ``nowrap``: columns kept on one line (numbers, times)."""
        if not rows:
            self.paragraph(empty or "—", "empty")
            return
        head = "".join(
            f"<th class='{'num' if n in numeric else ''}' style='padding: 2px 8px 2px 0; white-space: nowrap'>"
            f"{esc(h)}</th>"
            for n, h in enumerate(headers)
        )
        body = []
        for r, row in enumerate(rows):
            cells = []
            for n, value in enumerate(row):
                text = esc(value)
                if r in alarm:
                    text = f"<span class='alarm'>{text}</span>"
                css = " ".join(c for c, on in (("num", n in numeric), ("nowrap", n in nowrap)) if on)
                cells.append(f"<td class='{css}' style='padding: 2px 8px 2px 0'>{text}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        opening = "<table class='grid' width='100%' cellspacing='0' cellpadding='3'>"
        self.parts.append(Table(opening, f"<thead><tr>{head}</tr></thead>", body))

    def signature_lines(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Rows to be signed by hand: roomy, in the body's size, a blank cell given a line to write on."""
        line = "_" * 24
        head = "".join(f"<th style='padding: 4px 12px 4px 0'>{esc(h)}</th>" for h in headers)
        body = [
            "<tr>"
            + "".join(f"<td style='padding: 14px 12px 6px 0'>{esc(v or line)}</td>" for v in row)
            + "</tr>"
            for row in rows
        ]
        opening = "<table width='100%' cellspacing='0' style='font-size: 10pt'>"
        self.parts.append(Table(opening, f"<tr>{head}</tr>", body))

    def bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        *,
        height_mm: float = 38.0,
        colour: str = "#1565c0",
        highlight: Sequence[int] = (),
    ) -> None:
        """A column chart, one column per (short) label; ``highlight``: columns drawn in red."""
        image, painter, metrics = self._canvas(height_mm)
        width, height = image.width(), image.height()
        bottom, top, left = metrics.height() * 1.6, metrics.height() * 1.3, 4.0
        plot_h = height - bottom - top
        slot = (width - left * 2) / max(1, len(values))
        peak = max([*values, 1])
        painter.setPen(QPen(QColor("#b0bec5"), 2))
        painter.drawLine(round(left), round(top + plot_h), round(width - left), round(top + plot_h))
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            h = plot_h * value / peak
            x = left + i * slot + slot * 0.15
            painter.fillRect(
                QRectF(x, top + plot_h - h, slot * 0.7, h), QColor("#c62828" if i in highlight else colour)
            )
            painter.setPen(QColor("#263238"))
            if value:
                painter.drawText(
                    QRectF(left + i * slot, top + plot_h - h - metrics.height(), slot, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{value:g}",
                )
            painter.drawText(
                QRectF(left + i * slot, top + plot_h + 4, slot, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        self._place(image, painter)

    def hbars(self, labels: Sequence[str], values: Sequence[float], *, colour: str = "#6a1b9a") -> None:
        """A bar chart with its labels written out on the left, one line per bar, the value beside it."""
        line_mm = 4.6
        image, painter, metrics = self._canvas(line_mm * max(1, len(values)) + 2)
        width = image.width()
        line = image.height() / max(1, len(values))
        label_w = width * 0.42
        plot_w = width - label_w - metrics.horizontalAdvance("00000")
        peak = max([*values, 1])
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            y = i * line
            painter.setPen(QColor("#263238"))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, round(label_w - 12))
            painter.drawText(
                QRectF(0, y, label_w - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            w = plot_w * value / peak
            painter.fillRect(QRectF(label_w, y + line * 0.18, w, line * 0.64), QColor(colour))
            painter.drawText(
                QRectF(label_w + w + 6, y, metrics.horizontalAdvance("00000"), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
        self._place(image, painter)

    def picture(self, image: QImage) -> None:
        """An image (a map) across the page's width."""
        dpi = screen_dpi()
        name = f"picture{len(self.images)}.png"
        self.images[name] = image
        width = round(self.WIDTH_MM / 25.4 * dpi)
        height = round(width * image.height() / max(1, image.width()))
        self.parts.append(f"<p><img src='{name}' width='{width}' height='{height}'></p>")

    def _canvas(self, height_mm: float) -> tuple[QImage, QPainter, QFontMetrics]:
        image = QImage(
            round(self.WIDTH_MM / 25.4 * self.DPI),
            round(height_mm / 25.4 * self.DPI),
            QImage.Format.Format_ARGB32,
        )
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(FAMILY)
        font.setPixelSize(round(self.DPI * 7.5 / 72))
        painter.setFont(font)
        return image, painter, painter.fontMetrics()

    def _place(self, image: QImage, painter: QPainter) -> None:
        painter.end()
        name = f"chart{len(self.images)}.png"
        self.images[name] = image
        dpi = screen_dpi()
        self.parts.append(
            f"<p><img src='{name}' width='{round(self.WIDTH_MM / 25.4 * dpi)}' "
            f"height='{round(image.height() / self.DPI * dpi)}'></p>"
        )

    def page_break(self) -> None:
        self.parts.append(PAGE_BREAK)

    def html(self) -> str:
        body = "".join(part if isinstance(part, str) else part.html() for part in self.parts)
        return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"

    def document(self, page: QSizeF) -> QTextDocument:
        """The report laid out in pages of ``page`` (screen units), a heading kept with what it heads and
        each table row whole on its page."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(STYLE)
        document.setDefaultFont(QFont(FAMILY, 9))
        document.setPageSize(page)
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # at word boundaries only: no word broken mid-cell
        document.setDefaultTextOption(option)
        for name, image in self.images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        document.setHtml(self.html())
        keep_together(document, page.height(), self.tables())
        return document

    def tables(self) -> list[Table]:
        return [part for part in self.parts if isinstance(part, Table)]

    def write(self, path: Path) -> None:
        """The PDF written to ``path``, each page numbered at its foot. The document is laid out once,
        at the page's size in screen units, and painted page by page scaled to the writer's resolution."""
        writer = QPdfWriter(str(path))
        writer.setTitle(self.title)
        writer.setCreator("Dispatch Desk")
        writer.setResolution(self.DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, 15, MARGIN_MM, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        scale = self.DPI / screen_dpi()
        footer = self.DPI * 0.25  # a quarter inch for the page number
        width, height = writer.width() / scale, (writer.height() - footer) / scale
        document = self.document(QSizeF(width, height))
        pages = document.pageCount()
        painter = QPainter(writer)
        font = QFont(FAMILY)
        font.setPixelSize(round(self.DPI * 8 / 72))
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#546e7a"))
            painter.drawText(
                QRectF(0, writer.height() - footer, writer.width(), footer),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"{page + 1} / {pages}",
            )
        painter.end()


@dataclass
class Table:
    """A table of the report: its opening tag, its header (repeated at the top of each page the table
    is continued on) and its rows."""

    opening: str
    head: str
    rows: list[str]

    @property
    def head_rows(self) -> int:
        return self.head.count("<tr")

    def html(self, start: int = 0) -> str:
        """The table, or (``start``) its header and its rows from ``start`` on."""
        return f"{self.opening}{self.head}{''.join(self.rows[start:])}</table>"


def row_pages(table: QTextTable, row: int, page_height: float) -> tuple[int, int]:
    """The pages of a table row's first and last lines of text."""
    layout = table.document().documentLayout()
    pages = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block, end = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            lines = block.layout()
            for n in range(lines.lineCount() if lines is not None else 0):
                pages.append(page_at(top + lines.lineAt(n).y(), page_height))
            if block == end:
                break
            block = block.next()
    return (min(pages), max(pages)) if pages else (0, 0)


def keep_together(document: QTextDocument, page_height: float, tables: Sequence[Table]) -> None:
    """Keep a heading with what it heads and each table row whole on its page (Qt's rich text knows
    page-break-before, not "avoid"; its tables break inside a row, moving a row only when none of its
    first lines fits). One pass, top to bottom: each move only pushes later text down, and Qt lays the
    document out again from the moved part on. ``tables``: the report's tables, in the document's order."""
    document.pageCount()  # lays the whole document out
    remaining = iter(tables)

    def page_of(block, *, end: bool = False) -> int:
        """The page of a block's first line: where it starts, or (``end``) where it ends. A line taller
        than what is left of a page (a chart, a map) starts where it would, and Qt moves it whole to the
        next page: its end says where it will be. (The layout is asked for each time: a wrapper kept
        across the table splits' edits was found deleted under it on a 21-page handover.)"""
        top = document.documentLayout().blockBoundingRect(block).top()
        lines = block.layout()
        if lines is not None and lines.lineCount():
            top += lines.lineAt(0).y()
            if end:
                top += max(lines.lineAt(0).height() - 1, 0)
        return page_at(top, page_height)

    block = document.begin()
    while block.isValid():
        frame = QTextCursor(block).currentTable()
        if frame is not None:
            last = keep_rows_whole(document, frame, next(remaining), page_height)
            block = document.findBlock(last.lastPosition() + 1)
            continue
        following = block.next()
        form = block.blockFormat()
        if form.headingLevel() and following.isValid() and page_of(following, end=True) > page_of(block):
            form.setPageBreakPolicy(form.pageBreakPolicy() | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(form)
            document.pageCount()
        block = following


def keep_rows_whole(
    document: QTextDocument, frame: QTextTable, table: Table, page_height: float
) -> QTextTable:
    """Split ``frame`` (the laid-out ``table``) before each row that a page's end would split: the rest
    goes on in a table of its own on the next page, under the header. The table's last piece."""
    start = 0  # the first row of ``table`` that ``frame`` holds
    while True:
        split = next(
            (
                row
                for row in range(table.head_rows + 1, frame.rows())
                if len(set(row_pages(frame, row, page_height))) > 1
            ),
            None,
        )
        if split is None:
            return frame
        start += split - table.head_rows
        frame = split_table(document, frame, split, table.html(start))


def split_table(document: QTextDocument, frame: QTextTable, row: int, rest: str) -> QTextTable:
    """Move ``frame``'s rows from ``row`` on into the table ``rest`` (their HTML, under the header) that
    starts a new page; the empty line Qt keeps between two tables is made a hair high."""
    cursor = QTextCursor(document)
    cursor.setPosition(frame.lastPosition() + 1)
    cursor.beginEditBlock()
    cursor.insertFragment(QTextDocumentFragment.fromHtml(rest, document))
    frame.removeRows(row, frame.rows() - row)
    between = QTextCursor(document.findBlock(frame.lastPosition() + 1))
    form = between.blockFormat()
    form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    form.setTopMargin(0)
    form.setBottomMargin(0)
    between.setBlockFormat(form)
    tiny = between.blockCharFormat()
    tiny.setFontPointSize(1)
    between.setBlockCharFormat(tiny)
    cursor.endEditBlock()
    document.pageCount()
    following = QTextCursor(between.block().next()).currentTable()
    assert following is not None, "the rest of a table follows it"
    return following


def page_at(y: float, page_height: float) -> int:
    """The page a position is on. A4 is not a whole number of layout units, so a line Qt moved to the top
    of a page may be reported a hair above it: within half a unit of a page's start is on that page."""
    return int((y + 0.5) // page_height)


def screen_dpi() -> float:
    """The resolution the document's pixels are laid out in (the screen's, as for the desk's own views)."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchX() if screen is not None else 96.0
