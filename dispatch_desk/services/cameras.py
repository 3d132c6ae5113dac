"""The city's cameras at a desk (``desk.cameras``): the registry administrators keep, and the cameras that
see an incident for those who watch them (operators, shift leads; an inspector the home precinct's)."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from dispatch_desk.domain.access import Permission, Role
from dispatch_desk.domain.cameras import Camera, CameraSight, Credentials, with_credentials
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import CameraChange, IncidentChange
from dispatch_desk.domain.entities import Attachment
from dispatch_desk.domain.enums import AttachmentKind
from dispatch_desk.domain.errors import NotFound, ValidationError
from dispatch_desk.geo.camera_index import CameraIndex
from dispatch_desk.services.access_kinds import AccessKind
from dispatch_desk.services.desk_context import DeskContext
from dispatch_desk.services.geo import GeoService
from dispatch_desk.store.cameras import Cameras
from dispatch_desk.store.media_files import MediaStore

if TYPE_CHECKING:
    from dispatch_desk.services.desk_queries import DeskQueries

INDEX_TTL_S = 60.0  # another workstation's import reaches this desk's index within a minute
JPEG = b"\xff\xd8\xff"
MAX_PICTURE = 8 * 1024 * 1024


class CameraDesk:
    def __init__(
        self, context: DeskContext, read: DeskQueries, geo: GeoService, media: MediaStore | None = None
    ) -> None:
        self.context, self.read, self.geo, self.media = context, read, geo, media
        self._index: tuple[float, CameraIndex] | None = None

    def _watches(self) -> None:
        actor = self.context.actor
        if not (actor.may(Permission.WATCH_CAMERAS) or actor.may(Permission.MANAGE_GEOGRAPHY)):
            actor.require(Permission.WATCH_CAMERAS)

    def _visible(self, cameras: list[Camera]) -> list[Camera]:
        """An inspector sees the home precinct's cameras only (on PostgreSQL its policy says the same)."""
        actor = self.context.actor
        if Role.INSPECTOR in actor.roles and not actor.may(Permission.READ_INCIDENTS):
            return [c for c in cameras if c.precinct == actor.home_precinct]
        return cameras

    def all(self) -> list[Camera]:
        self._watches()
        with self.context.db.reading() as session:
            return self._visible(Cameras(session).all())

    def import_cameras(self, cameras: list[tuple[Camera, Credentials]], *, replace: bool = False) -> int:
        """Add cameras to the registry (one of the same id is replaced; ``replace``: only these remain).
        Each gets the precinct its position lies in."""
        self.context.actor.require(Permission.MANAGE_GEOGRAPHY)
        if not cameras:
            raise ValidationError("no cameras to import")
        placed = [(_in_precinct(c, self.geo.locate(c.lat, c.lon)), s) for c, s in cameras]
        with self.context.work(Permission.MANAGE_GEOGRAPHY) as work:
            Cameras(work.session).replace(
                placed, at=work.now, by=self.context.actor.login, everything=replace
            )
            work.record(CameraChange(ChangeKind.CAMERAS_IMPORTED, "", len(placed), replace))
            work.commit()
        self._index = None
        return len(placed)

    def remove(self, camera_id: str) -> None:
        with self.context.work(Permission.MANAGE_GEOGRAPHY) as work:
            if not Cameras(work.session).remove(camera_id):
                raise NotFound(f"there is no camera {camera_id}")
            work.record(CameraChange(ChangeKind.CAMERA_REMOVED, camera_id))
            work.commit()
        self._index = None

    def index(self) -> CameraIndex:
        """The cameras this person may watch, indexed by place (read again after a minute)."""
        if self._index is None or time.monotonic() - self._index[0] > INDEX_TTL_S:
            self._index = (time.monotonic(), CameraIndex(self.all()))
        return self._index[1]

    def _watchable(self, camera_id: str) -> tuple[Camera, Credentials]:
        self.context.actor.require(Permission.WATCH_CAMERAS)
        with self.context.db.reading() as session:
            cameras = Cameras(session)
            camera = cameras.get(camera_id)
            if camera is None or not self._visible([camera]):
                raise NotFound(f"there is no camera {camera_id}")
            return camera, cameras.credentials(camera_id)

    def stream(self, camera_id: str) -> str:
        """The address the desk's player opens, with the camera's user and password in it: for the player
        only, never shown. The opening is an access line."""
        camera, secret = self._watchable(camera_id)
        self.context.access.record(AccessKind.CAMERA_OPENED, camera_id, force=True)
        return with_credentials(camera.stream_url, secret)

    def closed(self, camera_id: str, seconds: float) -> None:
        """The live picture closed after ``seconds``: the access line says how long it was watched."""
        self.context.access.record(AccessKind.CAMERA_CLOSED, camera_id, f"{seconds:.0f} s", force=True)

    def snapshot(self, number: str, camera_id: str, jpeg: bytes) -> Attachment:
        """A camera's picture into incident ``number``'s media, named with the camera and the time; who took
        it is in the incident's history and the access log."""
        camera, _ = self._watchable(camera_id)
        if not jpeg.startswith(JPEG) or len(jpeg) > MAX_PICTURE:
            raise ValidationError("a snapshot is a JPEG picture of at most 8 MB")
        media = self.media
        if media is None:
            raise NotFound("this desk has no media store")
        when = self.context.clock().astimezone(self.context.zone).strftime("%Y-%m-%d %H:%M:%S")
        attachment = Attachment(
            AttachmentKind.PHOTO, media.put(jpeg), "image/jpeg", len(jpeg), f"camera {camera.id} {when}"
        )
        with self.context.work(Permission.DISPATCH) as work:
            incident = self.context.visible_incident(work, number)
            incident.attachments.append(attachment)
            incident.updated_at = work.now
            work.incidents.save(incident)
            work.record(IncidentChange.of(ChangeKind.INCIDENT_MEDIA_ADDED, incident), incident.id)
            work.commit()
        self.context.access.record(AccessKind.CAMERA_SNAPSHOT, camera_id, number, force=True)
        return attachment

    def near(self, number: str, limit: int = 10) -> list[CameraSight]:
        """The cameras that see incident ``number``'s place, best first: those whose view covers it, then
        the nearest within their range."""
        self.context.actor.require(Permission.WATCH_CAMERAS)
        incident = self.read.incident(number)
        if incident.location is None:
            return []
        return self.index().near(incident.location.lat, incident.location.lon, limit)


def _in_precinct(camera: Camera, precinct: str | None) -> Camera:
    return replace(camera, precinct=precinct)
