"""The desk's windows beside the operational ones: the accounts dialog and the audit viewer.

They open for the person signed in (their own connection, their own rights) and close when that
person's session ends or the screen locks: nothing read for one person stays on screen for the next.
"""

from __future__ import annotations

from dispatch_desk.services.audit import AuditQuery
from dispatch_desk.ui.accounts_view import AccountsDialog
from dispatch_desk.ui.audit_view import AuditDialog
from dispatch_desk.ui.board import CityBoard
from dispatch_desk.ui.desk_part import Part
from dispatch_desk.ui.intervals_view import IntervalsDialog


class AdminTools(Part):
    """Opens the windows beside the docks; ``ctx.windows`` keeps them until the session ends."""

    def accounts(self) -> None:
        ctx, signed = self.ctx, self.ctx.now.signed_in()
        if signed is None:
            return
        services, principal = signed
        dialog = AccountsDialog(services.accounts, principal, ctx.tasks, ctx.settings.timezone, ctx.parent)
        ctx.windows.keep(dialog)
        dialog.refresh()

    def audit(self, subject: str = "") -> None:
        ctx, signed = self.ctx, self.ctx.now.signed_in()
        if signed is None:
            return
        audit, by = signed[0].audit, signed[1]

        def read(query: AuditQuery):
            return audit.read(by, query)

        dialog = AuditDialog(read, ctx.tasks, ctx.settings.timezone, ctx.parent, subject=subject)
        ctx.windows.keep(dialog)
        dialog.refresh()

    def audit_selected(self) -> None:
        """The audit trail of the incident on screen: who changed it, who looked at its caller."""
        self.audit(self.ctx.now.selected_number or "")

    def board(self) -> None:
        """The city board (the shift lead's), for a second monitor: the precincts read first, on the lane."""
        ctx, signed = self.ctx, self.ctx.now.signed_in()
        if signed is None:
            return
        existing = ctx.windows.find(CityBoard)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return

        def show(precincts) -> None:
            board = CityBoard(ctx, precincts)
            ctx.windows.keep(board)
            board.start()

        ctx.tasks.run(signed[0].geo.precincts, show, ctx.failed)

    def intervals(self) -> None:
        """Response intervals of a period, as the person signed in may read them."""
        ctx, signed = self.ctx, self.ctx.now.signed_in()
        if signed is None:
            return
        analytics = signed[0].analytics_for(signed[1])
        units = ctx.views.units.model.units()
        precincts = sorted({u.home_precinct for u in units if u.home_precinct})
        dialog = IntervalsDialog(analytics.intervals, ctx.tasks, ctx.settings.timezone, precincts, ctx.parent)
        ctx.windows.keep(dialog)
        dialog.refresh()

    def clear(self) -> None:
        self.ctx.windows.close_all()
