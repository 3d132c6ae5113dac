"""The handover's figures agree with their numbers by each language's plural forms (Qt's numerus
translations): "1 действующая ориентировка", "22 наряда на смене", "31 наряд", never "1 действующих"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from dispatch_desk.ui.app import install_translations

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("source", "forms"),
    [
        (
            "active look-out(s)",
            {
                1: "действующая ориентировка",
                3: "действующие ориентировки",
                5: "действующих ориентировок",
                21: "действующая ориентировка",
            },
        ),
        ("unit(s) on shift", {31: "наряд на смене", 22: "наряда на смене", 12: "нарядов на смене"}),
        ("P1 incident(s)", {1: "происшествие P1", 4: "происшествия P1", 0: "происшествий P1"}),
    ],
)
def test_russian_figures_agree_with_their_numbers(qapp, source, forms):
    app = QApplication.instance()
    translators = install_translations(app, "ru")
    try:
        for n, wanted in forms.items():
            assert QCoreApplication.translate("HandoverPdf", source, "", n) == wanted, n
    finally:
        for translator in translators:
            app.removeTranslator(translator)
