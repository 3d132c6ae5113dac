"""The database tables as typed SQLAlchemy 2 rows.

Rows never leave the store: repositories turn them into domain objects (see ``mapping.py``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from dispatch_desk.store.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Json = JSON().with_variant(JSONB(), "postgresql")
# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: Json}


class MetaRow(Base):
    """Facts about this database: which city it holds, whether it is demo data."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CategoryRow(Base):
    __tablename__ = "categories"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    default_priority: Mapped[int] = mapped_column(SmallInteger)
    name_en: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str] = mapped_column(String(120))
    name_kk: Mapped[str] = mapped_column(String(120))
    related: Mapped[list[str]] = mapped_column(Json, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class PrecinctRow(Base):
    __tablename__ = "precincts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_kk: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    boundary: Mapped[dict[str, Any]] = mapped_column(Json)
    service_centre_address: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    opening_hours: Mapped[str | None] = mapped_column(String(20))


class UnitRow(Base):
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_sign: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    home_precinct: Mapped[str | None] = mapped_column(String(40), index=True)
    crew: Mapped[list[str]] = mapped_column(Json, default=list)
    status: Mapped[str] = mapped_column(String(20), index=True)
    status_since: Mapped[datetime | None]
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    position_at: Mapped[datetime | None]
    current_incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    lent_to: Mapped[str | None] = mapped_column(String(40))
    lent_until: Mapped[datetime | None]

    current_incident: Mapped[IncidentRow | None] = relationship(foreign_keys=[current_incident_id])

    __mapper_args__ = {"version_id_col": version}


class IncidentRow(Base):
    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(ForeignKey("categories.code"))
    priority: Mapped[int] = mapped_column(SmallInteger)
    description: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    address_key: Mapped[str] = mapped_column(String(500), default="")
    typed_address: Mapped[str] = mapped_column(String(500), default="", server_default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    location_source: Mapped[str | None] = mapped_column(String(20))
    location_accuracy_m: Mapped[float | None] = mapped_column(Float)
    precinct: Mapped[str | None] = mapped_column(String(40))
    caller_name: Mapped[str] = mapped_column(String(200), default="")
    caller_phone: Mapped[str | None] = mapped_column(String(20))
    app_user_id: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"))
    disposition: Mapped[str] = mapped_column(Text, default="")
    disposition_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    citizen_message: Mapped[str] = mapped_column(Text, default="")
    video_call_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    received_at: Mapped[datetime]
    created_at: Mapped[datetime]
    first_dispatched_at: Mapped[datetime | None]
    first_en_route_at: Mapped[datetime | None]
    first_on_scene_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    parent: Mapped[IncidentRow | None] = relationship(remote_side=[id])
    assignments: Mapped[list[AssignmentRow]] = relationship(
        back_populates="incident", order_by="AssignmentRow.id", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[AttachmentRow]] = relationship(
        back_populates="incident", order_by="AttachmentRow.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_incidents_status_received", "status", "received_at"),
        Index("ix_incidents_address_key_received", "address_key", "received_at"),
        Index("ix_incidents_received", "received_at"),
        Index("ix_incidents_precinct_received", "precinct", "received_at"),
        Index("ix_incidents_channel_received", "channel", "received_at"),
        Index("ix_incidents_confidential_received", "confidential", "received_at"),
        Index("ix_incidents_app_user_group", "app_user_id", "parent_id", "received_at"),
        Index("ix_incidents_caller_phone_received", "caller_phone", "received_at"),
        {"implicit_returning": False},  # see FeedRow
    )


class AssignmentRow(Base):
    __tablename__ = "assignments"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    dispatched_at: Mapped[datetime]
    en_route_at: Mapped[datetime | None]
    on_scene_at: Mapped[datetime | None]
    cleared_at: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    cleared_reason: Mapped[str] = mapped_column(Text, default="")

    incident: Mapped[IncidentRow] = relationship(back_populates="assignments")
    unit: Mapped[UnitRow] = relationship()

    __table_args__ = (Index("ix_assignments_unit_cleared", "unit_id", "cleared_at"),)


class AttachmentRow(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    original_name: Mapped[str] = mapped_column(String(255), default="")

    incident: Mapped[IncidentRow] = relationship(back_populates="attachments")


class IncidentCounterRow(Base):
    """The last incident number given out in each year."""

    __tablename__ = "incident_counters"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class FeedRow(Base):
    """The append-only change feed; also the audit trail. Written in the transaction of each change."""

    __tablename__ = "change_feed"
    seq: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(Json)
    # Of a confidential incident: read by anti-corruption officers only (on PostgreSQL by policy).
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # What the change was about, for the audit trail: an incident number, a call sign, a code.
    subject: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # The transaction that wrote the row (PostgreSQL sets it; a change to an incident or a unit commits
    # only with a feed row of its own transaction).
    txid: Mapped[int | None] = mapped_column(BigInteger)

    # No RETURNING (here, on incidents and on the access log): on PostgreSQL a person may add a row that
    # row-level security then hides from them (an operator's call about corruption), or may not read
    # the table at all (the access log); the key comes from the sequence before the INSERT instead.
    __table_args__ = (
        Index("ix_change_feed_entity", "entity", "entity_id", "seq"),
        Index("ix_change_feed_subject", "subject", "seq"),
        Index("ix_change_feed_actor", "actor", "seq"),
        Index("ix_change_feed_at", "at"),
        {"implicit_returning": False},
    )


class LookOutRow(Base):
    """A person or vehicle sought, or a missing person, that every desk watches for until it expires."""

    __tablename__ = "look_outs"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(2000))
    keywords: Mapped[list[str]] = mapped_column(Json, default=list)
    plate: Mapped[str | None] = mapped_column(String(20), index=True)
    photo_sha256: Mapped[str | None] = mapped_column(String(64))
    precincts: Mapped[list[str]] = mapped_column(Json, default=list)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(120))
    expires_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    ended_by: Mapped[str | None] = mapped_column(String(120))
    end_reason: Mapped[str] = mapped_column(String(500), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class HandoverRow(Base):
    """A shift handed over: the period, the outgoing lead's notes, and who confirmed receipt when."""

    __tablename__ = "handovers"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    period_from: Mapped[datetime]
    period_to: Mapped[datetime]
    notes: Mapped[str] = mapped_column(String(4000), default="", server_default="")
    handed_at: Mapped[datetime] = mapped_column(index=True)
    handed_by: Mapped[str] = mapped_column(String(120))
    received_at: Mapped[datetime | None]
    received_by: Mapped[str | None] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class ProblemRow(Base):
    """A precinct inspector's problem (SARA): its places, notes and response steps as JSON lists."""

    __tablename__ = "problems"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    precinct: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    places: Mapped[list[dict[str, Any]]] = mapped_column(Json, default=list)
    notes: Mapped[list[dict[str, Any]]] = mapped_column(Json, default=list)
    responses: Mapped[list[dict[str, Any]]] = mapped_column(Json, default=list)
    opened_at: Mapped[datetime]
    opened_by: Mapped[str] = mapped_column(String(120))
    responding_since: Mapped[datetime | None]
    outcome: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    closed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class StreetRow(Base):
    """A street of the gazetteer: its spellings, its line (lon/lat) and its house-number range."""

    __tablename__ = "streets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ru: Mapped[str] = mapped_column(String(200))
    name_kk: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="street")
    alt_names: Mapped[list[str]] = mapped_column(Json, default=list)
    geometry: Mapped[dict[str, Any]] = mapped_column(Json)
    house_min: Mapped[int | None] = mapped_column(Integer)
    house_max: Mapped[int | None] = mapped_column(Integer)


class AddressRow(Base):
    """A house with a known position (from an OpenStreetMap import)."""

    __tablename__ = "addresses"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    street_id: Mapped[int | None] = mapped_column(ForeignKey("streets.id", ondelete="CASCADE"), index=True)
    street_name: Mapped[str] = mapped_column(String(200))
    housenumber: Mapped[str] = mapped_column(String(40))
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(20), default="osm")
    source_id: Mapped[str | None] = mapped_column(String(40))


class GeocodeCacheRow(Base):
    """Answers of a remote geocoder, so that the same question is not asked twice."""

    __tablename__ = "geocode_cache"
    key: Mapped[str] = mapped_column(String(600), primary_key=True)
    provider: Mapped[str] = mapped_column(String(200))
    result: Mapped[dict[str, Any] | None] = mapped_column(Json)
    created_at: Mapped[datetime]


class ApiKeyRow(Base):
    """A client application allowed to post reports. Only a hash of the secret is kept."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    rate_per_minute: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    # A server integration of another agency (never an app): reads back the full reports it posted.
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class IntakeReceiptRow(Base):
    """One report accepted by the intake server: the client's idempotency key and the incident it became."""

    __tablename__ = "intake_receipts"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    api_key_id: Mapped[int] = mapped_column(ForeignKey("api_keys.id"))
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    media_url: Mapped[str] = mapped_column(String(2000), default="")
    device_id: Mapped[str | None] = mapped_column(String(120))
    received_at: Mapped[datetime]
    # SHA-256 of the report's secret, given once to its author: the status notes are theirs alone.
    secret_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # SHA-256 of what the report said: a retry must say the same, or its idempotency key was taken.
    content_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")

    __table_args__ = (UniqueConstraint("api_key_id", "idempotency_key"),)


class AccountRow(Base):
    """A person who signs in. Only the Argon2id hash of the password is kept (PHC string)."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    personal_number: Mapped[str] = mapped_column(String(40), default="")
    roles: Mapped[str] = mapped_column(String(200))  # role names, comma-separated, in table order
    home_precinct: Mapped[str | None] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(16), default="active")
    # Never read with the rest of the row: on PostgreSQL no desk role may read it (the server keeps the
    # passwords there; this column is empty).
    password_hash: Mapped[str] = mapped_column(String(300), deferred=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    last_sign_in_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class AccessRow(Base):
    """The access log: sign-ins and their failures, locks, sign-outs, and who opened whose personal data.
    Append-only, like the change feed."""

    __tablename__ = "access_log"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    login: Mapped[str] = mapped_column(String(40), index=True)
    workstation: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(120), default="", index=True)  # an incident number, a login
    detail: Mapped[str] = mapped_column(String(500), default="")
    # About a confidential report: read by anti-corruption officers only (on PostgreSQL by policy).
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The network address the line came from (PostgreSQL: the client's, set by the server).
    address: Mapped[str] = mapped_column(String(64), default="", server_default="")

    __table_args__ = {"implicit_returning": False}  # see FeedRow


class IntakeSecretRow(Base):
    """The key the intake derives reports' reply secrets from: read by the intake alone (PostgreSQL)."""

    __tablename__ = "intake_secret"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    secret: Mapped[str | None] = mapped_column(String(128))


class RoleRequestRow(Base):
    """A role that reads confidential data, asked for by one administrator and decided by another; with
    the account's details when it is a new account."""

    __tablename__ = "role_requests"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    login: Mapped[str] = mapped_column(String(40))
    full_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    personal_number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    roles: Mapped[str] = mapped_column(String(200))
    home_precinct: Mapped[str | None] = mapped_column(String(40))
    new_account: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    state: Mapped[str] = mapped_column(String(16))  # pending | confirmed | refused
    requested_by: Mapped[str] = mapped_column(String(40))
    requested_at: Mapped[datetime]
    requested_from: Mapped[str] = mapped_column(String(120), default="", server_default="")
    decided_by: Mapped[str | None] = mapped_column(String(40))
    decided_at: Mapped[datetime | None]
    decided_from: Mapped[str] = mapped_column(String(120), default="", server_default="")

    __table_args__ = (Index("ix_role_requests_login", "login", "state"), {"implicit_returning": False})


class AppCallRow(Base):
    """A call from the app: who calls and from where, when it rang, was taken and ended, and by whom."""

    __tablename__ = "app_calls"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    client: Mapped[str] = mapped_column(String(120), default="", server_default="")
    caller_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    caller_phone: Mapped[str | None] = mapped_column(String(32))
    app_user_id: Mapped[str | None] = mapped_column(String(120))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    accuracy_m: Mapped[float | None] = mapped_column(Float)
    position_at: Mapped[datetime | None]
    video: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    precinct: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(500), default="", server_default="")
    status: Mapped[str] = mapped_column(String(16), index=True)
    rung_at: Mapped[datetime] = mapped_column(index=True)
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    answered_by_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str] = mapped_column(String(16), default="", server_default="")
    incident_number: Mapped[str | None] = mapped_column(String(32), index=True)
    called_back_at: Mapped[datetime | None]
    called_back_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    desk_token_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class IntervalDayRow(Base):
    """SQLite: one UTC day's incidents, their times packed for the response-interval report
    (``store/interval_days.py``). Triggers on ``incidents`` count the day's ``changes``; ``data`` is valid
    while ``built`` equals them. Empty on PostgreSQL, where the server packs the rows under row-level
    security and no role is granted this table."""

    __tablename__ = "interval_days"
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    changes: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    built: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)


# The trackers', the road network's and the cameras' tables are declared in their own modules, on this
# metadata.
from dispatch_desk.store import cameras, roads, tracking_rows  # noqa: E402, F401
