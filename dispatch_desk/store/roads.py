"""The road network the routing engine reads: one archive built from the imported map, kept in the
database so that every workstation and the intake take the same one (each copies it beside its own data
once). The newest row is the network in use; a new import replaces it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from dispatch_desk.store.rows import Base
from dispatch_desk.store.types import UTCDateTime


class RoadNetworkRow(Base):
    __tablename__ = "road_networks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    built_at: Mapped[datetime] = mapped_column(UTCDateTime())
    built_by: Mapped[str] = mapped_column(String(120))
    source: Mapped[str] = mapped_column(String(200))  # the extract's file name
    sha256: Mapped[str] = mapped_column(String(64))  # of the archive
    size: Mapped[int] = mapped_column(Integer)
    archive: Mapped[bytes] = mapped_column(LargeBinary)


@dataclass(frozen=True)
class RoadNetworkInfo:
    id: int
    built_at: datetime
    built_by: str
    source: str
    sha256: str
    size: int

    def summary(self) -> dict[str, object]:
        return {
            "id": self.id,
            "built_at": self.built_at.isoformat(),
            "built_by": self.built_by,
            "source": self.source,
            "sha256": self.sha256,
            "bytes": self.size,
        }


class RoadNetworks:
    def __init__(self, session: Session) -> None:
        self.session = session

    def current(self) -> RoadNetworkInfo | None:
        """The network in use (without its archive), or None before the first import."""
        row = self.session.execute(
            select(
                RoadNetworkRow.id,
                RoadNetworkRow.built_at,
                RoadNetworkRow.built_by,
                RoadNetworkRow.source,
                RoadNetworkRow.sha256,
                RoadNetworkRow.size,
            )
            .order_by(RoadNetworkRow.id.desc())
            .limit(1)
        ).first()
        return RoadNetworkInfo(*row) if row else None

    def archive(self, network_id: int) -> bytes | None:
        return self.session.scalar(select(RoadNetworkRow.archive).where(RoadNetworkRow.id == network_id))

    def replace(
        self, *, built_at: datetime, built_by: str, source: str, sha256: str, archive: bytes
    ) -> RoadNetworkInfo:
        """The new network in use; the earlier ones go (one archive is kept)."""
        self.session.execute(delete(RoadNetworkRow))
        row = RoadNetworkRow(
            built_at=built_at,
            built_by=built_by,
            source=source[:200],
            sha256=sha256,
            size=len(archive),
            archive=archive,
        )
        self.session.add(row)
        self.session.flush()
        return RoadNetworkInfo(row.id, built_at, built_by, row.source, sha256, len(archive))
