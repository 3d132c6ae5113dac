"""Opening the desk's PDFs in tests: their text, and their pages rendered to images (PDFium)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def render_pages(path: Path, out: Path, scale: float = 0.8) -> list[Path]:
    """Every page as a PNG in ``out`` (page-1.png, …), to look at and to check."""
    document = pdfium.PdfDocument(str(path))
    pages = []
    try:
        for n, page in enumerate(document, start=1):
            image = page.render(scale=scale).to_pil()
            target = out / f"page-{n}.png"
            image.save(target)
            pages.append(target)
    finally:
        document.close()
    return pages


def dark_share(png: Path) -> float:
    """The share of a page's pixels that are dark (printed), from 0 (blank) to 1."""
    from PIL import Image

    image = Image.open(png).convert("L")
    histogram = image.histogram()
    return sum(histogram[:160]) / max(1, sum(histogram))


def page_texts(path: Path) -> list[str]:
    """The text of each page, in order."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()
