"""An update read from the feed, less the rows this desk's own action applied meanwhile."""

from datetime import UTC, datetime
from types import SimpleNamespace

from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.change_summary import Changes
from dispatch_desk.domain.changes import IncidentChange, UnitChange
from dispatch_desk.services.feed_follow import FeedEntry, Update, without

AT = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)


def entry(seq, record):
    return FeedEntry(seq, AT, "op", "incident", seq, record.kind.value, record)


def test_rows_applied_meanwhile_are_dropped_with_what_only_they_named():
    entries = [
        entry(7, IncidentChange(ChangeKind.INCIDENT_DISPATCHED, number="26-000119")),
        entry(8, UnitChange(ChangeKind.UNIT_STATUS, call_sign="A-71")),
        entry(9, IncidentChange(ChangeKind.INCIDENT_CREATED, number="26-000120", channel="app")),
    ]
    incidents = [SimpleNamespace(number="26-000119"), SimpleNamespace(number="26-000120")]
    units = [SimpleNamespace(call_sign="A-71")]
    update = Update(Changes.of([e.record for e in entries]), incidents, units, frozenset({7, 8, 9}))

    left = without(update, entries, {7, 8})

    assert left.seqs == {9}
    assert left.changes.incidents == {"26-000120"} and not left.changes.units
    assert [i.number for i in left.incidents] == ["26-000120"] and left.units == []
    assert left.changes.new_app_reports == ("26-000120",)
    assert without(update, entries, {1, 2}) is update
    assert not without(update, entries, {7, 8, 9}).changes
