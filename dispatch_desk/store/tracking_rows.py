"""The trackers' tables: which device is in which unit (with its history), every fix of the track, and
each unit's latest usable position. Kept beside ``rows.py`` (which imports this module, so that their
tables are on the same metadata)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Float, ForeignKey, Index, Integer, SmallInteger, String, false
from sqlalchemy.orm import Mapped, mapped_column

from dispatch_desk.store.rows import Base, Json
from dispatch_desk.store.types import UTCDateTime

BIG_ID = BigInteger().with_variant(Integer(), "sqlite")


class TrackerRow(Base):
    """A device bound to a unit from ``bound_at`` until ``unbound_at`` (NULL: still in it)."""

    __tablename__ = "trackers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device: Mapped[str] = mapped_column(String(64))
    protocol: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    bound_at: Mapped[datetime] = mapped_column(UTCDateTime())
    bound_by: Mapped[str] = mapped_column(String(120))
    unbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    unbound_by: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        # A device is in one unit at a time; its earlier bindings stay as history.
        Index(
            "ux_trackers_device_bound",
            "device",
            unique=True,
            sqlite_where=unbound_at.is_(None),
            postgresql_where=unbound_at.is_(None),
        ),
    )


class UnitFixRow(Base):
    """Every fix a unit's device sent, whether it moved the unit or not (``verdict`` says)."""

    __tablename__ = "unit_fixes"
    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True, autoincrement=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    device: Mapped[str] = mapped_column(String(64))
    protocol: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    speed_kmh: Mapped[float | None] = mapped_column(Float)
    heading: Mapped[float | None] = mapped_column(Float)
    altitude_m: Mapped[float | None] = mapped_column(Float)
    accuracy_m: Mapped[float | None] = mapped_column(Float)
    satellites: Mapped[int | None] = mapped_column(SmallInteger)
    verdict: Mapped[str] = mapped_column(String(10))
    alarm: Mapped[bool] = mapped_column(Boolean, server_default=false())
    archived: Mapped[bool] = mapped_column(Boolean, server_default=false())
    params: Mapped[Any] = mapped_column(Json)

    __table_args__ = (Index("ix_unit_fixes_unit_at", "unit_id", "at"),)


class UnitPositionRow(Base):
    """Each unit's latest fix that moved it: what the desks show and the recommendation measures from."""

    __tablename__ = "unit_positions"
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    fix_id: Mapped[int] = mapped_column(BIG_ID)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    speed_kmh: Mapped[float | None] = mapped_column(Float)
    heading: Mapped[float | None] = mapped_column(Float)
    accuracy_m: Mapped[float | None] = mapped_column(Float)
    protocol: Mapped[str] = mapped_column(String(16))


class UnitAlarmRow(Base):
    """An officer-in-danger alarm from a unit's tracker: open until a shift lead acknowledges it."""

    __tablename__ = "unit_alarms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    device: Mapped[str] = mapped_column(String(64))
    protocol: Mapped[str] = mapped_column(String(16))
    fix_id: Mapped[int] = mapped_column(BIG_ID)  # the fix that raised it
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    at: Mapped[datetime] = mapped_column(UTCDateTime())  # the device's time of the newest alarm fix
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(String(500), server_default="")

    __table_args__ = (
        # One open alarm per unit; those acknowledged stay as the record.
        Index(
            "ux_unit_alarms_open",
            "unit_id",
            unique=True,
            sqlite_where=acknowledged_at.is_(None),
            postgresql_where=acknowledged_at.is_(None),
        ),
        Index("ix_unit_alarms_unit_raised", "unit_id", "raised_at"),
    )
