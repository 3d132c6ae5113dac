"""The camera registry's tables: ``cameras`` (where, which way, how far, the stream without credentials)
and ``camera_secrets`` (each camera's user and password, apart: on PostgreSQL only the roles that play
streams read them, and no administrator's listing ever selects them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from dispatch_desk.domain.cameras import Camera, Credentials
from dispatch_desk.store.rows import Base
from dispatch_desk.store.types import UTCDateTime


class CameraRow(Base):
    __tablename__ = "cameras"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    direction_deg: Mapped[float | None] = mapped_column(Float)
    fov_deg: Mapped[float | None] = mapped_column(Float)
    range_m: Mapped[float] = mapped_column(Float)
    stream_url: Mapped[str] = mapped_column(String(1000))
    snapshot_url: Mapped[str] = mapped_column(String(1000), default="")
    onvif_url: Mapped[str] = mapped_column(String(1000), default="")
    ptz: Mapped[bool] = mapped_column(Boolean, default=False)
    precinct: Mapped[str | None] = mapped_column(String(40), index=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[str] = mapped_column(String(120))


class CameraSecretRow(Base):
    __tablename__ = "camera_secrets"
    camera_id: Mapped[str] = mapped_column(ForeignKey("cameras.id", ondelete="CASCADE"), primary_key=True)
    username: Mapped[str] = mapped_column(String(120), default="")
    password: Mapped[str] = mapped_column(String(200), default="")


FIELDS = tuple(
    "id name lat lon direction_deg fov_deg range_m stream_url snapshot_url onvif_url ptz precinct".split()
)


def _camera(row: CameraRow) -> Camera:
    return Camera(**{name: getattr(row, name) for name in FIELDS})


class Cameras:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[Camera]:
        return [_camera(r) for r in self.session.scalars(select(CameraRow).order_by(CameraRow.id))]

    def get(self, camera_id: str) -> Camera | None:
        row = self.session.get(CameraRow, camera_id)
        return _camera(row) if row is not None else None

    def credentials(self, camera_id: str) -> Credentials:
        row = self.session.get(CameraSecretRow, camera_id)
        return Credentials(row.username, row.password) if row is not None else Credentials()

    def replace(
        self, cameras: list[tuple[Camera, Credentials]], *, at: datetime, by: str, everything: bool
    ) -> int:
        """Add the cameras (one of the same id is replaced); ``everything``: the registry is these alone."""
        ids = [camera.id for camera, _ in cameras]
        if everything:
            self.session.execute(delete(CameraSecretRow))
            self.session.execute(delete(CameraRow))
        elif ids:
            self.session.execute(delete(CameraSecretRow).where(CameraSecretRow.camera_id.in_(ids)))
            self.session.execute(delete(CameraRow).where(CameraRow.id.in_(ids)))
        self.session.flush()
        for camera, _secret in cameras:
            values = {name: getattr(camera, name) for name in FIELDS}
            self.session.add(CameraRow(**values, added_at=at, added_by=by))
        self.session.flush()
        for camera, secret in cameras:
            if secret:
                self.session.add(
                    CameraSecretRow(camera_id=camera.id, username=secret.username, password=secret.password)
                )
        self.session.flush()
        return len(cameras)

    def remove(self, camera_id: str) -> bool:
        row = self.session.get(CameraRow, camera_id)
        if row is None:
            return False
        self.session.execute(delete(CameraSecretRow).where(CameraSecretRow.camera_id == camera_id))
        self.session.delete(row)
        self.session.flush()
        return True
