"""The desk's windows beside the operational ones: the accounts dialog and the audit viewer.

They open for the person signed in (their own connection, their own rights) and close when that
person's session ends or the screen locks: nothing read for one person stays on screen for the next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from dispatch_desk.services.audit import AuditQuery
from dispatch_desk.ui.accounts_view import AccountsDialog
from dispatch_desk.ui.audit_view import AuditDialog
from dispatch_desk.ui.board import CityBoard
from dispatch_desk.ui.intervals_view import IntervalsDialog

if TYPE_CHECKING:
    from dispatch_desk.ui.main_window import MainWindow


class AdminTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs: list[QDialog] = []

    def keep(self, dialog: QDialog) -> None:
        """Show a window of the desk and keep it while it is open (closed with the desk's lock)."""
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        dialog.show()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def accounts(self) -> None:
        w = self.window
        if w.services is None or w.principal is None:
            return
        dialog = AccountsDialog(w.services.accounts, w.principal, w.tasks, w.settings.timezone, w)
        self.keep(dialog)
        dialog.refresh()

    def audit(self, subject: str = "") -> None:
        w = self.window
        if w.services is None or w.principal is None:
            return
        audit, by = w.services.audit, w.principal

        def read(query: AuditQuery):
            return audit.read(by, query)

        dialog = AuditDialog(read, w.tasks, w.settings.timezone, w, subject=subject)
        self.keep(dialog)
        dialog.refresh()

    def audit_selected(self) -> None:
        """The audit trail of the incident on screen: who changed it, who looked at its caller."""
        self.audit(self.window.selected_number or "")

    def board(self) -> None:
        """The city board (the shift lead's), for a second monitor: the precincts read first, on the lane."""
        w = self.window
        services = w.services
        if services is None or w.principal is None:
            return
        existing = next((d for d in self.dialogs if isinstance(d, CityBoard)), None)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return

        def show(precincts) -> None:
            board = CityBoard(w, precincts)
            self.keep(board)
            board.start()

        w.tasks.run(services.geo.precincts, show, w.action_failed)

    def intervals(self) -> None:
        """Response intervals of a period, as the person signed in may read them."""
        w = self.window
        if w.services is None or w.principal is None:
            return
        analytics = w.services.analytics_for(w.principal)
        precincts = sorted({u.home_precinct for u in w.units.model.units() if u.home_precinct})
        dialog = IntervalsDialog(analytics.intervals, w.tasks, w.settings.timezone, precincts, w)
        self.keep(dialog)
        dialog.refresh()

    def close_all(self) -> None:
        for dialog in list(self.dialogs):
            dialog.close()
            self._forget(dialog)
