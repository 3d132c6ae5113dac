"""Replacing the routing engine's road network (``desk.road_network``): an administrator's import."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import RoadsChange
from dispatch_desk.geo.routing import build_road_network
from dispatch_desk.services.desk_context import DeskContext
from dispatch_desk.services.roads import RoadService
from dispatch_desk.store.roads import RoadNetworkInfo, RoadNetworks


class RoadNetworkImport:
    """``roads``: this process's engine, told at once; every other process hears of it from the feed."""

    def __init__(self, context: DeskContext, roads: RoadService | None) -> None:
        self.context, self.roads = context, roads

    def current(self) -> RoadNetworkInfo | None:
        with self.context.db.reading() as session:
            return RoadNetworks(session).current()

    def import_file(self, source: Path) -> RoadNetworkInfo:
        """Build the road network from an OpenStreetMap extract and make it the one in use. The building
        takes seconds for a city; nothing changes if it fails."""
        self.context.actor.require(Permission.MANAGE_GEOGRAPHY)
        with tempfile.TemporaryDirectory(prefix="dispatch-desk-roads-") as work_dir:
            built = build_road_network(source, Path(work_dir) / "roads.tar")
            archive = built.archive.read_bytes()
        return self.replace(source.name, archive)

    def replace(self, source: str, archive: bytes) -> RoadNetworkInfo:
        """Make a built routing archive the network in use."""
        with self.context.work(Permission.MANAGE_GEOGRAPHY) as work:
            info = RoadNetworks(work.session).replace(
                built_at=self.context.clock(),
                built_by=self.context.actor.login,
                source=source,
                sha256=hashlib.sha256(archive).hexdigest(),
                archive=archive,
            )
            work.record(RoadsChange(ChangeKind.ROADS_REPLACED, source, len(archive)))
            work.commit()
        if self.roads is not None:
            self.roads.reload()
        return info
