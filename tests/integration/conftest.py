"""Fixtures of the integration tests that several modules share."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from dispatch_desk.demo.city import build_demo
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.accounts import AccountService
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.store.rows import Base
from tests.support.intake import intake_on
from tests.support.people import DEMO_PASSWORD


@pytest.fixture
def city(pg_database, clock):
    """The demo city on PostgreSQL, with a corruption report an operator took through the desk."""
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with pg_database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    build_demo(pg_database, now=clock.now, days=1)
    accounts = AccountService(pg_database, clock=clock)
    operator = accounts.sign_in("operator", DEMO_PASSWORD).principal
    desk = DeskService(accounts.database_for(operator), operator, clock=clock)
    report = desk.create_incident(
        CallDraft(
            Channel.PHONE,
            "corruption_report",
            description="asked for money at the post",
            address="Торайгырова 64",
            caller_name="Серік",
            caller_phone="87015550000",
        )
    )
    assert report.confidential
    return pg_database, accounts, report.number


@pytest.fixture
def intake(desk, tmp_path):
    """The intake's service over the test database, with the demo precincts (the intake tests' own)."""
    with intake_on(desk, tmp_path) as service:
        yield service
