"""Large synthetic data sets for the benchmarks, loaded with each database's fast bulk path."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.address import address_key
from dispatch_desk.domain.categories import DEFAULT_CATEGORIES
from dispatch_desk.domain.enums import OPEN_INCIDENT_STATUSES
from dispatch_desk.store.db import Database

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
STREETS = [
    "Торайгырова",
    "Естая",
    "Академика Сатпаева",
    "Ломова",
    "Кутузова",
    "Толстого",
    "Лермонтова",
    "Камзина",
    "Гагарина",
    "1 Мая",
    "Исиналиева",
    "Катаева",
    "Суворова",
    "Щедрина",
    "Короленко",
    "Крылова",
    "Павлова",
    "Кривенко",
    "Дюсенова",
    "Жаяу Мусы",
    "Абая",
    "Ауэзова",
    "Чехова",
    "Пушкина",
    "Жамбыла",
]
HOUSES = 2_000  # 25 streets x 2,000 houses = 50,000 addresses
OPEN_SHARE = 0.0003  # about 300 open incidents among a million
PHONES = 200_000  # callers: each number calls five times in the year

INCIDENT_COLUMNS = (
    "id",
    "number",
    "channel",
    "category",
    "priority",
    "description",
    "address",
    "address_key",
    "lat",
    "lon",
    "location_source",
    "location_accuracy_m",
    "precinct",
    "caller_name",
    "caller_phone",
    "app_user_id",
    "status",
    "disposition",
    "citizen_message",
    "video_call_requested",
    "received_at",
    "created_at",
    "closed_at",
    "updated_at",
    "version",
    "first_dispatched_at",
    "first_on_scene_at",
)
FEED_COLUMNS = ("seq", "at", "actor", "entity", "entity_id", "kind", "payload")


def incidents(count: int, seed: int = 1) -> Iterator[tuple]:
    rng = random.Random(seed)
    codes = [c.code for c in DEFAULT_CATEGORIES]
    span = timedelta(days=365).total_seconds()
    for n in range(1, count + 1):
        received = NOW - timedelta(seconds=span * (count - n) / count)
        street = rng.choice(STREETS)
        address = f"ул. {street}, д. {rng.randint(1, HOUSES)}"
        is_open = n > count - count * OPEN_SHARE * 2 and rng.random() < 0.5
        status = rng.choice(OPEN_INCIDENT_STATUSES).value if is_open else "closed"
        yield (
            n,
            f"26-{n:07d}",
            "phone",
            rng.choice(codes),
            rng.randint(1, 4),
            "Описание обращения",
            address,
            address_key(address),
            52.28 + rng.uniform(-0.03, 0.03),
            76.97 + rng.uniform(-0.04, 0.04),
            "geocoded",
            15.0,
            f"{rng.randint(1, 12):02d}",
            "Гражданин",
            f"+7701{n % PHONES:07d}",
            None,
            status,
            "" if is_open else "Проведена беседа",
            "",
            False,
            received,
            received,
            None if is_open else received + timedelta(minutes=40),
            received,
            1,
            received + timedelta(seconds=20 + n % 180),
            received + timedelta(seconds=320 + n % 900),
        )


def feed_rows(count: int) -> Iterator[tuple]:
    for n in range(1, count + 1):
        yield (
            n,
            NOW - timedelta(seconds=count - n),
            "bench",
            "incident",
            n,
            "incident.created",
            {"number": f"26-{n:07d}", "status": "new"},
        )


def load(db: Database, table: str, columns: tuple[str, ...], rows: Iterator[tuple]) -> None:
    if db.is_postgresql:
        from psycopg.types.json import Jsonb

        raw = db.engine.raw_connection()
        try:
            with raw.cursor() as cursor:  # finished history: its feed rows are loaded on their own
                cursor.execute("SELECT set_config('dd.bulk', 'on', true)")
            with (
                raw.cursor() as cursor,
                cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row([Jsonb(v) if isinstance(v, dict) else v for v in row])
            raw.commit()
            with raw.cursor() as cursor:
                cursor.execute(f"ANALYZE {table}")
                if table == "incidents":
                    cursor.execute(
                        "SELECT setval(pg_get_serial_sequence('incidents', 'id'), (SELECT max(id) FROM incidents))"
                    )
            raw.commit()
        finally:
            raw.close()
        return
    import json

    placeholders = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"

    def convert(row: tuple) -> tuple:
        return tuple(
            json.dumps(v, ensure_ascii=False)
            if isinstance(v, dict)
            else v.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
            if isinstance(v, datetime)
            else v
            for v in row
        )

    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN")
        batch: list[tuple] = []
        for row in rows:
            batch.append(convert(row))
            if len(batch) >= 20_000:
                cursor.executemany(sql, batch)
                batch.clear()
        if batch:
            cursor.executemany(sql, batch)
        cursor.execute("COMMIT")
        cursor.execute("ANALYZE")
        cursor.close()
    finally:
        raw.close()


def seed_categories(db: Database) -> None:
    from dispatch_desk.services.desk import DeskService

    DeskService(db, Principal.for_system("bench")).ensure_reference_data()


def row_count(db: Database, table: str) -> int:
    with db.engine.connect() as connection:
        return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def ready_for_analytics(db: Database) -> None:
    """The million-incident database as the precinct's analytics need it: the demo's precinct boundaries
    (the grid's areas), and on PostgreSQL the feed's sequence past the numbers the bulk load wrote itself."""
    from dispatch_desk.demo.city import load_precincts
    from dispatch_desk.services.desk import DeskService

    if db.is_postgresql:
        with db.engine.begin() as connection:
            connection.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('change_feed', 'seq'), (SELECT max(seq) FROM change_feed))"
            )
    desk = DeskService(db, Principal.for_system("bench"))
    if not desk.read.precincts():
        desk.import_precincts(load_precincts())
