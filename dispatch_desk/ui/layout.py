"""The window's layout as this workstation keeps it: docks, their sizes, the tables' columns, the queue's
status filter, the units' view and the palette, restored at the next start. It is written whenever it
changed (looked at every few seconds, written atomically by QSettings) and on close, so that a desk killed
or crashed keeps the layout its operator had a moment before."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from dispatch_desk.config import config_dir
from dispatch_desk.ui.panels import columns_width

KEEP_EVERY_MS = 3000


class DeskLayout:
    def __init__(self, window) -> None:
        self.window = window
        self.state = QSettings(str(config_dir() / "desk-layout.ini"), QSettings.Format.IniFormat)
        self.laid_out = False
        self.hidden_layout: QByteArray | None = None  # the docks as they were when the desk was hidden
        self._kept: tuple = ()
        self._timer = QTimer(window)
        self._timer.setInterval(KEEP_EVERY_MS)
        self._timer.timeout.connect(self.keep)

    @property
    def night(self) -> bool:
        """The palette the person chose last on this workstation."""
        return str(self.state.value("night", "false")).lower() == "true"

    def restore(self) -> None:
        """The layout this workstation had; without one, ``default`` sizes the docks when first shown."""
        w, state = self.window, self.state
        geometry, docks = state.value("geometry"), state.value("windowState")
        if geometry is not None:
            w.restoreGeometry(geometry)
        if docks is not None:
            w.restoreState(docks)
        for table, key in ((w.queue.table, "queueHeader"), (w.units.table, "unitHeader")):
            header = state.value(key)
            if header is not None:
                table.horizontalHeader().restoreState(header)
        w.queue.set_mode(str(state.value("queueStatus", "open")))
        w.units.set_view(str(state.value("unitView", "tiles")))
        self.laid_out = docks is not None
        self._kept = self._now()
        self._timer.start()

    def default(self) -> None:
        """The docks' sizes at a workstation's first start, once they are shown (after a sign-in); a kept
        layout is only widened where it would cut the queue's columns."""
        self.fit_queue()
        if self.laid_out:
            return
        self.laid_out = True
        w = self.window
        width, height = w.width(), w.height()
        queue = max(w.queue.table.horizontalHeader().length() + 28, width * 45 // 100)
        w.resizeDocks([w.queue_dock, w.detail_dock], [queue, width // 4], Qt.Orientation.Horizontal)
        w.resizeDocks(
            [w.queue_dock, w.unit_dock], [height * 58 // 100, height * 42 // 100], Qt.Orientation.Vertical
        )

    def fit_queue(self) -> None:
        """The queue's columns are never cut while the window has room for them, whatever layout was kept
        (another person's, another role's, another language's): the queue dock's minimum width is what
        its columns need, as long as the incident panel and the map keep their own minimum beside it."""
        w = self.window
        table = w.queue.table
        need = columns_width(table) + table.verticalScrollBar().sizeHint().width() + 12
        beside = w.detail_dock.minimumSizeHint().width() + w.central.minimumWidth() + 24
        w.queue_dock.setMinimumWidth(need if need + beside <= w.width() else 0)

    def _now(self) -> tuple:
        w = self.window
        return (
            bytes(w.saveGeometry().data()),
            bytes(self.docks_state().data()),
            bytes(w.queue.table.horizontalHeader().saveState().data()),
            bytes(w.units.table.horizontalHeader().saveState().data()),
            w.queue.proxy.mode,
            w.units.view,
        )

    def keep(self) -> None:
        """Write the layout when it changed since it was last written."""
        if self._now() != self._kept:
            self.save()

    def remember_night(self, night: bool) -> None:
        self.state.setValue("night", "true" if night else "false")
        self.state.sync()

    def save(self) -> None:
        w, state = self.window, self.state
        now = self._now()
        state.setValue("geometry", w.saveGeometry())
        state.setValue("windowState", self.docks_state())
        state.setValue("queueHeader", w.queue.table.horizontalHeader().saveState())
        state.setValue("unitHeader", w.units.table.horizontalHeader().saveState())
        state.setValue("queueStatus", w.queue.proxy.mode)
        state.setValue("unitView", w.units.view)
        state.sync()
        self._kept = now

    def hide_desk(self, docks: list[QDockWidget]) -> None:
        """The desk locked: its docks hidden, their layout kept to bring back."""
        if self.hidden_layout is None:
            self.hidden_layout = self.window.saveState()
        for dock in docks:
            dock.hide()

    def show_desk(self) -> None:
        """The desk unlocked: the docks as they were."""
        if self.hidden_layout is not None:
            self.window.restoreState(self.hidden_layout)
            self.hidden_layout = None

    def docks_state(self) -> QByteArray:
        """The docks' layout to keep: as the person left it, also while the desk is hidden."""
        return self.hidden_layout if self.hidden_layout is not None else self.window.saveState()

    def stop(self) -> None:
        self._timer.stop()

    # -- panels brought forward by their keys ----------------------------------------------------------
    def panel_keys(self, keys: tuple[str, ...], docks: list, menu) -> list[QAction]:
        """A key per panel that brings it to the front and into focus (a panel behind another tab is never
        hidden by its key); the View menu's checkboxes still show and hide them."""
        brought = []
        for key, dock in zip(keys, docks, strict=True):
            bring = QAction(dock.windowTitle(), self.window)
            bring.setShortcut(key)
            bring.triggered.connect(lambda _checked=False, d=dock: self.bring(d))
            dock.windowTitleChanged.connect(bring.setText)
            self.window.addAction(bring)
            menu.addAction(bring)
            brought.append(bring)
        shown = menu.addMenu(QCoreApplication.translate("DeskLayout", "Panels shown"))
        for dock in docks:
            shown.addAction(dock.toggleViewAction())
        return brought

    def bring(self, dock, focus=None) -> None:
        """``dock`` shown, in front of the panels tabbed with it, and focused (``focus`` or its widget)."""
        dock.show()
        dock.raise_()
        (focus or dock.widget()).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def go_to_queue(self) -> None:
        self.bring(self.window.queue_dock, self.window.queue.table)

    def go_to_units(self) -> None:
        w = self.window
        self.bring(w.unit_dock, w.units.views.currentWidget())
