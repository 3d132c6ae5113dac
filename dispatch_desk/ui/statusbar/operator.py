"""Who is signed in at this desk (recorded with every change made here), and in which role."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.ui.names import QT_TRANSLATE_NOOP

ROLE_TITLES = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("Roles", "operator"),
    Role.SHIFT_LEAD: QT_TRANSLATE_NOOP("Roles", "shift lead"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Roles", "precinct inspector"),
    Role.ANTI_CORRUPTION: QT_TRANSLATE_NOOP("Roles", "anti-corruption officer"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Roles", "auditor"),
    Role.WALL: QT_TRANSLATE_NOOP("Roles", "wall display"),
}


def role_title(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_TITLES[role])


class OperatorStatus(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("operatorStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.show_person(None)

    def show_person(self, person: Principal | None) -> None:
        if person is None:
            self.setText(self.tr("Nobody signed in"))
            return
        roles = ", ".join(role_title(r) for r in person.roles)
        text = self.tr("%1 (%2)").replace("%1", person.full_name).replace("%2", roles)
        if person.home_precinct:
            text += " · " + self.tr("precinct %1").replace("%1", person.home_precinct)
        self.setText(text)
