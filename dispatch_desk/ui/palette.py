"""The desk's day and night palettes.

Night is for the hours the control room is dimmed: dark surfaces, light text, placeholders that can be
read, disabled controls that look disabled (their own dimmer colours), and the map darkened with them
(``MapApi.set_night``), as it is the largest area of the screen.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

NIGHT = {
    Role.Window: "#263238",
    Role.WindowText: "#eceff1",
    Role.Base: "#1e272c",
    Role.AlternateBase: "#263238",
    Role.Text: "#eceff1",
    Role.Button: "#37474f",
    Role.ButtonText: "#eceff1",
    Role.Highlight: "#0277bd",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#37474f",
    Role.ToolTipText: "#eceff1",
    Role.PlaceholderText: "#90a4ae",
    Role.BrightText: "#ffffff",
    Role.Link: "#4fc3f7",
    Role.Mid: "#455a64",
    Role.Midlight: "#546e7a",
    Role.Dark: "#161d21",
    Role.Shadow: "#0b0f11",
    Role.Light: "#607d8b",
}
NIGHT_DISABLED = {
    Role.WindowText: "#66767f",
    Role.Text: "#66767f",
    Role.ButtonText: "#66767f",
    Role.Button: "#2c393f",
    Role.Base: "#222c31",
    Role.Highlight: "#37474f",
    Role.HighlightedText: "#90a4ae",
    Role.PlaceholderText: "#52616a",
}


def night_palette() -> QPalette:
    palette = QPalette()
    for role, colour in NIGHT.items():
        palette.setColor(role, QColor(colour))
    for role, colour in NIGHT_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def apply_palette(night: bool) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(night_palette() if night else app.style().standardPalette())
