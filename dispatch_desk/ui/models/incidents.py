"""The incident queue's table model (updated one row at a time) and its sorting/filtering proxy."""

from __future__ import annotations

import bisect
import functools
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon

from dispatch_desk.domain.address import search_key
from dispatch_desk.domain.entities import Category, Incident
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.overdue import Overdue, Thresholds, acknowledgement_holds, overdue_of
from dispatch_desk.resources import resources_dir
from dispatch_desk.ui import labels
from dispatch_desk.ui.labels import plain_tooltip
from dispatch_desk.ui.models.base import ROOT, Index, RowTableModel

PRIORITY_COLOURS = {1: QColor(198, 40, 40, 80), 2: QColor(239, 108, 0, 64), 3: QColor(249, 168, 37, 44)}
OVERDUE_COLOUR = QColor(198, 40, 40)  # solid: an overdue row is seen without being looked for
ACKNOWLEDGED_COLOUR = QColor(178, 106, 0)  # overdue still, but the shift lead has it in hand
NEW_COLOUR = QColor(0, 176, 255, 90)
WHITE = QColor("#ffffff")
CENTRED = int(Qt.AlignmentFlag.AlignCenter)


@functools.cache
def _bold() -> QFont:
    """The font of the priority and number columns (made once the application exists)."""
    font = QFont()
    font.setBold(True)
    return font


def _role(role: Qt.ItemDataRole) -> int:
    return int(role.value)


DISPLAY, DECORATION, TOOLTIP = (
    _role(Qt.ItemDataRole.DisplayRole),
    _role(Qt.ItemDataRole.DecorationRole),
    _role(Qt.ItemDataRole.ToolTipRole),
)
BACKGROUND, FOREGROUND = _role(Qt.ItemDataRole.BackgroundRole), _role(Qt.ItemDataRole.ForegroundRole)
FONT, ALIGNMENT = _role(Qt.ItemDataRole.FontRole), _role(Qt.ItemDataRole.TextAlignmentRole)
NUMBER = _role(Qt.ItemDataRole.UserRole) + 1  # IncidentTableModel.NumberRole
ANSWERED = frozenset((DISPLAY, DECORATION, TOOLTIP, BACKGROUND, FOREGROUND, FONT, ALIGNMENT, NUMBER))
NEW_ROW_SECONDS = 15.0


def format_age(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 3600:
        return f"{seconds // 60:02d}:{seconds % 60:02d}"
    if seconds < 86_400:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}"
    return f"{seconds // 86_400}d"


_CHANNEL_ICONS: dict[Channel, QIcon] = {}


def channel_icon(channel: Channel) -> QIcon:
    """The queue's mark of the channel a contact came by (drawn, not a font's emoji: every desk has it)."""
    if channel not in _CHANNEL_ICONS:
        _CHANNEL_ICONS[channel] = QIcon(str(resources_dir() / "icons" / f"channel-{channel.value}.svg"))
    return _CHANNEL_ICONS[channel]


class IncidentTableModel(RowTableModel):
    """The queue. App reports from one sender that the intake grouped under the sender's first open
    report (``parent_number``) are kept here but shown as that row's "+N", so that a burst from one phone
    is one row, not hundreds; the filter shows them again when a search is typed."""

    groupsChanged = Signal()
    overdueChanged = Signal(list)  # the numbers whose overdue state changed
    COLUMNS = ("priority", "number", "age", "category", "address", "precinct", "status", "channel", "units")
    NumberRole = NUMBER

    def __init__(self, zone: str = "Asia/Almaty", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(zone)
        # Rows are kept in queue order (most urgent, then oldest): the proxy only filters, so neither a
        # load nor a change ever sorts through Python comparisons.
        self._rows: list[Incident] = []
        self._keys: list[tuple] = []
        self._key_of: dict[str, tuple] = {}
        self._new_since: dict[str, float] = {}
        self._grouped: dict[str, set[str]] = {}  # parent number → the app reports grouped under it
        self.categories: dict[str, Category] = {}
        self.language = "en"
        self.localize: Callable[[str], str] = str  # a stored address with its street in the desk's language
        self.thresholds = Thresholds()
        self.opened: set[str] = set()  # the incidents this desk has opened (an app report then is seen)
        self.overdue: dict[str, list[Overdue]] = {}  # number → what is overdue about it now
        self.acknowledged: dict[str, dict[str, tuple[str, datetime]]] = {}  # number → rule → (who, when)
        self._silenced: set[str] = set()  # overdue and acknowledged at the last check
        self.now = lambda: datetime.now(UTC)
        self.look_outs: dict[str, str] = {}  # incident number → the look-outs it names, described

    def headers(self) -> list[str]:
        return [
            self.tr("P"),
            self.tr("Number"),
            self.tr("Age"),
            self.tr("Category"),
            self.tr("Address"),
            self.tr("Precinct"),
            self.tr("Status"),
            self.tr("Channel"),
            self.tr("Units"),
        ]

    # -- Qt model interface ------------------------------------------------------------------------
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Asked some 800 times a report (a repaint of the visible rows): roles as plain ints, and the roles
        # this model never answers (check state, size hint, …) turned away first.
        if role not in ANSWERED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        incident = self._rows[row]
        column = self.COLUMNS[index.column()]
        if role == DISPLAY:
            return self._display(incident, column)
        if role == BACKGROUND:
            if incident.number in self.overdue:
                return ACKNOWLEDGED_COLOUR if self.is_acknowledged(incident.number) else OVERDUE_COLOUR
            if self.is_new(incident.number):
                return NEW_COLOUR
            return PRIORITY_COLOURS.get(int(incident.priority))
        if role == FOREGROUND:
            return WHITE if incident.number in self.overdue else None
        if role == FONT:
            return _bold() if column in ("priority", "number") else None
        if role == ALIGNMENT:
            return CENTRED if column in ("priority", "age") else None
        if role == DECORATION:
            return channel_icon(incident.channel) if column == "channel" else None
        if role == NUMBER:
            return incident.number
        return self._tooltip(incident, column)

    def _tooltip(self, incident: Incident, column: str) -> str | None:
        if column == "channel":
            return labels.channel(incident.channel)
        if column in ("address", "category"):
            return plain_tooltip(incident.description) if incident.description else None
        if column == "number" and incident.number in self.look_outs:
            return plain_tooltip(self.look_outs[incident.number])
        if column == "number" and self._grouped.get(incident.number):
            count = len(self._grouped[incident.number])
            return self.tr("%n more report(s) from the same sender, grouped here", "", count)
        if column in ("number", "age") and incident.number in self.overdue:
            return plain_tooltip(
                "\n".join(self._overdue_line(incident.number, o) for o in self.overdue[incident.number])
            )
        return None

    def _display(self, incident: Incident, column: str) -> str:
        if column == "priority":
            return str(int(incident.priority))
        if column == "number":
            grouped = self._grouped.get(incident.number)
            flag = "⚑ " if incident.number in self.look_outs else ""  # names an active look-out
            return f"{flag}{incident.number} +{len(grouped)}" if grouped else flag + incident.number
        if column == "age":
            return format_age((self.now() - incident.received_at).total_seconds())
        if column == "category":
            category = self.categories.get(incident.category)
            return category.name(self.language) if category else incident.category
        if column == "address":
            text = self.localize(incident.address) if incident.address else self.tr("(location only)")
            return text if incident.location_verified else "⚠ " + text
        if column == "precinct":
            return incident.precinct or "—"
        if column == "status":
            return labels.incident_status(incident.status)
        if column == "channel":
            return ""  # the icon says it (its name in the tooltip)
        return ", ".join(a.call_sign for a in incident.active_assignments())

    # -- changes -----------------------------------------------------------------------------------
    @staticmethod
    def queue_key(incident: Incident) -> tuple:
        return (int(incident.priority), incident.received_at, incident.number)

    def reset(self, incidents: list[Incident]) -> None:
        self.beginResetModel()
        self._rows = sorted(incidents, key=self.queue_key)
        self._keys = [self.queue_key(i) for i in self._rows]
        self._key_of = {i.number: k for i, k in zip(self._rows, self._keys, strict=True)}
        self._grouped = {}
        for incident in self._rows:
            if self._groupable(incident):
                self._grouped.setdefault(incident.parent_number, set()).add(incident.number)  # type: ignore[arg-type]
        self.endResetModel()
        self.groupsChanged.emit()

    @staticmethod
    def _groupable(incident: Incident) -> bool:
        return incident.channel is Channel.APP and bool(incident.parent_number) and incident.status.is_open

    def grouped_under(self, number: str) -> list[str]:
        """The open app reports grouped under ``number``, oldest first."""
        return sorted(self._grouped.get(number, ()))

    def hidden_in_group(self, incident: Incident) -> bool:
        """Whether the row is shown as its group's "+N": its group's first report is here and open."""
        if not self._groupable(incident):
            return False
        row = self.row_of(incident.parent_number)  # type: ignore[arg-type]
        return row is not None and self._rows[row].status.is_open

    def _regroup(self, incident: Incident, removed: bool = False) -> None:
        """Keep the groups as ``incident`` changed; repaint its group's first row."""
        changed = False
        for parent, members in list(self._grouped.items()):
            if incident.number in members and (
                removed or not self._groupable(incident) or parent != incident.parent_number
            ):
                members.discard(incident.number)
                changed = True
                if not members:
                    del self._grouped[parent]
        if not removed and self._groupable(incident):
            # Joining a group needs no new filtering: the proxy filters an inserted or changed row itself.
            self._grouped.setdefault(incident.parent_number, set()).add(incident.number)  # type: ignore[arg-type]
        parent_row = self.row_of(incident.parent_number) if incident.parent_number else None
        if parent_row is not None:
            column = self.COLUMNS.index("number")
            self.dataChanged.emit(self.index(parent_row, column), self.index(parent_row, column))
        if changed or incident.number in self._grouped:  # a row left a group, or a group's first changed
            self.groupsChanged.emit()

    def incident(self, row: int) -> Incident:
        return self._rows[row]

    def set_look_out_matches(self, found: dict[str, str]) -> None:
        """The incidents that name an active look-out (number → what of it): their rows are flagged."""
        changed = set(found) ^ set(self.look_outs) | {n for n in found if found[n] != self.look_outs.get(n)}
        self.look_outs = dict(found)
        column = self.COLUMNS.index("number")
        for number in changed:
            row = self.row_of(number)
            if row is not None:
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def incidents(self) -> list[Incident]:
        return list(self._rows)

    def row_of(self, number: str) -> int | None:
        key = self._key_of.get(number)
        return None if key is None else bisect.bisect_left(self._keys, key)

    def is_new(self, number: str) -> bool:
        since = self._new_since.get(number)
        return since is not None and time.monotonic() - since < NEW_ROW_SECONDS

    def upsert(self, incident: Incident, *, highlight: bool = True) -> None:
        """Insert a new incident at its place in the queue, or update its row (moving it if its
        priority changed)."""
        key = self.queue_key(incident)
        old = self._key_of.get(incident.number)
        if old == key:
            row = bisect.bisect_left(self._keys, key)
            self._rows[row] = incident
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
            self._regroup(incident)
            return
        if old is not None:
            self.remove(incident.number)
        elif highlight:
            self._new_since[incident.number] = time.monotonic()
        row = bisect.bisect_left(self._keys, key)
        self.beginInsertRows(ROOT, row, row)
        self._rows.insert(row, incident)
        self._keys.insert(row, key)
        self._key_of[incident.number] = key
        self.endInsertRows()
        self._regroup(incident)

    def remove(self, number: str) -> None:
        row = self.row_of(number)
        if row is None:
            return
        self.beginRemoveRows(ROOT, row, row)
        removed = self._rows[row]
        del self._rows[row]
        del self._keys[row]
        del self._key_of[number]
        self._new_since.pop(number, None)
        self.endRemoveRows()
        self._regroup(removed, removed=True)

    def _overdue_line(self, number: str, overdue: Overdue) -> str:
        line = labels.overdue(overdue.kind, overdue.unit)
        seen = self.acknowledged.get(number, {}).get(overdue.kind)
        if seen is not None:
            at = seen[1].astimezone(self.zone).strftime("%H:%M")
            if acknowledgement_holds(overdue.priority, seen[1], self.now()):
                line += " — " + self.tr("acknowledged by %1 at %2").replace("%1", seen[0]).replace("%2", at)
            else:
                line += " — " + self.tr("again: acknowledged by %1 at %2, still overdue").replace(
                    "%1", seen[0]
                ).replace("%2", at)
        return line

    def is_acknowledged(self, number: str) -> bool:
        """Every rule this incident is overdue by has been acknowledged by the shift lead, and the
        acknowledgement still holds (``ACKNOWLEDGED_FOR`` its priority)."""
        seen, now = self.acknowledged.get(number, {}), self.now()
        return all(
            o.kind in seen and acknowledgement_holds(o.priority, seen[o.kind][1], now)
            for o in self.overdue.get(number, ())
        )

    def escalated(self, number: str) -> bool:
        """Acknowledged once, and overdue again after the acknowledgement lapsed: for the shift lead."""
        seen, now = self.acknowledged.get(number, {}), self.now()
        return any(
            o.kind in seen and not acknowledgement_holds(o.priority, seen[o.kind][1], now)
            for o in self.overdue.get(number, ())
        )

    def unacknowledged(self) -> set[str]:
        return {n for n in self.overdue if not self.is_acknowledged(n)}

    def check_overdue(self, force: list[str] | None = None) -> None:
        """Which open incidents are overdue now; rows whose state changed (or ``force``: acknowledged
        just now) are redrawn and ``overdueChanged`` names them (the map and the status bar follow)."""
        now = self.now()
        found = {}
        for incident in self._rows:
            if incident.status.is_open:
                late = overdue_of(incident, now, self.thresholds, self.opened)
                if late:
                    found[incident.number] = late
        changed = {
            n
            for n in found.keys() | self.overdue.keys()
            if [o.kind for o in found.get(n, [])] != [o.kind for o in self.overdue.get(n, [])]
        }
        self.overdue = found
        silenced = {n for n in found if self.is_acknowledged(n)}
        changed |= self._silenced - silenced  # an acknowledgement lapsed: the alert is back
        self._silenced = silenced
        changed |= {n for n in force or () if n in found}
        for number in changed:
            row = self.row_of(number)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        if changed:
            self.overdueChanged.emit(sorted(changed))

    def tick(self) -> None:
        """Once a second: the age column (and fading highlights) change for every row."""
        if self._rows:
            age = self.COLUMNS.index("age")
            self.dataChanged.emit(self.index(0, age), self.index(len(self._rows) - 1, age))
        self.check_overdue()
        expired = [n for n in self._new_since if not self.is_new(n)]
        for number in expired:
            del self._new_since[number]
            row = self.row_of(number)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))


class IncidentFilterProxy(QSortFilterProxyModel):
    """Filters by status (open; all of today; closed), precinct, channel, category and text; the model
    already holds queue order. Among closed incidents the text is looked for in the database: ``found``
    holds the numbers the last search returned."""

    MODES = ("open", "today", "closed")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = "open"
        self.today = datetime.min.replace(tzinfo=UTC)  # the local day's start (mode "today")
        self.found: set[str] = set()
        self.precinct = ""
        self.channel = ""
        self.category = ""
        self.text = ""

    def set_filter(self, **values: Any) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """The rows to show changed without a filter setting changing (a group formed or dissolved)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = cast(IncidentTableModel, self.sourceModel())
        incident = model.incident(row)
        if self.mode == "open" and not incident.status.is_open:
            return False
        if self.mode == "today" and not (incident.status.is_open or incident.received_at >= self.today):
            return False
        if self.mode == "closed":
            if incident.status.is_open:
                return False
            if self.text:
                return incident.number in self.found
        if not self.text and model.hidden_in_group(incident):
            return False
        if self.precinct and incident.precinct != self.precinct:
            return False
        if self.channel and incident.channel.value != self.channel:
            return False
        if self.category and incident.category != self.category:
            return False
        if self.text:
            needle = self.text.casefold()
            haystack = " ".join(
                (
                    incident.number,
                    incident.address,
                    incident.description,
                    incident.caller.name,
                    incident.caller.phone or "",
                    incident.category,
                )
            ).casefold()
            if needle in haystack:
                return True
            key = search_key(self.text)  # "Кутузова 57" finds "улица Кутузова, 57"
            return bool(key) and key in incident.address_key
        return True
