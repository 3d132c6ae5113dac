"""Accounts, sign-in and what each role may do, through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from dispatch_desk.domain.access import (
    MAX_PASSWORD,
    PERMISSIONS,
    AccountState,
    Forbidden,
    Permission,
    Principal,
    Role,
)
from dispatch_desk.domain.entities import Precinct, Unit
from dispatch_desk.domain.enums import Channel, Priority, UnitKind, UnitStatus
from dispatch_desk.domain.errors import DomainError, NotFound, ValidationError
from dispatch_desk.domain.values import Location
from dispatch_desk.services.accounts import AccessKind, AccountService, SignInRefused
from dispatch_desk.services.desk import CallDraft, DeskService

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # the real parameters are benchmarked
SYSTEM = Principal.for_system("test-setup")
PASSWORD = "correct-horse-battery"


def square(lon0: float, lat0: float, size: float = 0.01) -> dict:
    ring = [[lon0, lat0], [lon0 + size, lat0], [lon0 + size, lat0 + size], [lon0, lat0 + size], [lon0, lat0]]
    return {"type": "Polygon", "coordinates": [ring]}


@pytest.fixture
def accounts(db, clock) -> AccountService:
    return AccountService(db, clock=clock, hasher=CHEAP, workstation="desk-7")


def person(accounts: AccountService, login: str, *roles: Role, precinct: str | None = None) -> Principal:
    accounts.add(
        SYSTEM, login, login.capitalize(), [r.value for r in roles], home_precinct=precinct, password=PASSWORD
    )
    return accounts.sign_in(login, PASSWORD).principal


def desk_of(accounts: AccountService, who: Principal, setup, clock, **extra) -> DeskService:
    """``who``'s desk over their own connection: on PostgreSQL the server's grants and row security apply."""
    return DeskService(accounts.database_for(who), who, clock=clock, geo=setup.geo, **extra)


# -- accounts and sign-in ---------------------------------------------------------------------------
def test_a_new_database_gets_one_administrator_who_must_choose_a_password(accounts):
    one_time = accounts.ensure_first_administrator()
    assert one_time and len(one_time) == 14 and accounts.ensure_first_administrator() is None
    signed = accounts.sign_in("admin", one_time)
    assert signed.must_change_password and signed.principal.may(Permission.MANAGE_ACCOUNTS)
    with pytest.raises(ValidationError, match="too short"):
        accounts.change_password("admin", one_time, "short")
    accounts.change_password("admin", one_time, "a much better secret")
    assert not accounts.sign_in("admin", "a much better secret").must_change_password
    with pytest.raises(SignInRefused):
        accounts.sign_in("admin", one_time)


def pass_time(accounts, clock, login: str, **elapsed) -> None:
    """Let a lockout's time pass: the desk's clock on SQLite; on PostgreSQL the server's own clock decides,
    so the owner moves the lockout's end back as that time would (no caller can pass the server a time)."""
    clock.advance(**elapsed)
    if accounts.db.is_postgresql:
        with accounts.db.engine.begin() as owner:
            owner.execute(
                text(
                    "UPDATE accounts SET locked_until = locked_until - make_interval(secs => :s) WHERE login = :l"
                ),
                {"s": timedelta(**elapsed).total_seconds(), "l": login},
            )


def test_five_wrong_passwords_lock_the_account_for_ten_minutes(accounts, clock):
    person(accounts, "aigerim", Role.OPERATOR)
    for attempt in range(4):
        with pytest.raises(SignInRefused) as refused:
            accounts.sign_in("aigerim", f"wrong-{attempt}")
        assert refused.value.reason == "wrong"
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in("aigerim", "wrong-5")
    assert refused.value.reason == "locked" and "locked until" in str(refused.value)
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in("aigerim", PASSWORD)  # the right password, but locked
    assert refused.value.reason == "locked"
    pass_time(accounts, clock, "aigerim", minutes=9)
    with pytest.raises(SignInRefused):
        accounts.sign_in("aigerim", PASSWORD)
    pass_time(accounts, clock, "aigerim", minutes=1, seconds=1)
    assert accounts.sign_in("aigerim", PASSWORD).account.failed_sign_ins == 0
    admin = person(accounts, "boss", Role.ADMIN)
    log = accounts.access_log(admin, subject="aigerim")
    kinds = [entry.kind for entry in reversed(log)]
    assert kinds.count(AccessKind.SIGN_IN_FAILED) == 7 and kinds.count(AccessKind.LOCKED) == 1
    assert kinds[-1] == AccessKind.SIGN_IN and {e.workstation for e in log} == {"desk-7"}


def test_an_unknown_login_is_refused_like_a_wrong_password(accounts):
    person(accounts, "aigerim", Role.OPERATOR)
    with pytest.raises(SignInRefused) as unknown:
        accounts.sign_in("nobody", PASSWORD)
    with pytest.raises(SignInRefused) as wrong:
        accounts.sign_in("aigerim", "not it at all")
    assert str(unknown.value) == str(wrong.value) == "Wrong login or password."


@pytest.mark.parametrize(
    ("login", "password"),
    [
        ("", PASSWORD),
        ("aigerim", ""),
        ("aigerim\x00", PASSWORD),
        ("a" * 100_000, PASSWORD),
        ("' OR 1=1 --", PASSWORD),
        ("\u202eaigerim", PASSWORD),
        (None, PASSWORD),
        ("aigerim", None),
        (["aigerim"], PASSWORD),
        ("aigerim", "x" * (MAX_PASSWORD + 1)),
        ("aigerim", "x" * 1_000_000),
        ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"),
    ],
)
def test_hostile_sign_in_fields_are_refused_plainly(accounts, login, password):
    person(accounts, "aigerim", Role.OPERATOR)
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in(login, password)
    assert str(refused.value) == "Wrong login or password."
    assert accounts.sign_in("aigerim", PASSWORD).account.failed_sign_ins == 0  # none counted against her


def test_a_disabled_account_cannot_sign_in_and_the_last_administrator_stays(accounts):
    admin = person(accounts, "boss", Role.ADMIN)
    person(accounts, "aigerim", Role.OPERATOR)
    assert accounts.disable(admin, "aigerim").state is AccountState.DISABLED
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in("aigerim", PASSWORD)
    assert refused.value.reason == "disabled"
    accounts.enable(admin, "aigerim")
    accounts.sign_in("aigerim", PASSWORD)
    with pytest.raises(ValidationError, match="your own account"):
        accounts.disable(admin, "boss")
    with pytest.raises(ValidationError, match="own roles"):
        accounts.set_roles(admin, "boss", ["operator"])  # nobody changes their own
    with pytest.raises(ValidationError, match="last administrator"):
        accounts.set_roles(SYSTEM, "boss", ["operator"])
    accounts.set_roles(admin, "aigerim", ["admin", "operator"])
    other = accounts.sign_in("aigerim", PASSWORD).principal
    assert accounts.set_roles(other, "boss", ["operator"]).roles == (Role.OPERATOR,)


def test_only_an_administrator_manages_accounts(accounts):
    operator = person(accounts, "aigerim", Role.OPERATOR)
    lead = person(accounts, "erlan", Role.SHIFT_LEAD)
    for who in (operator, lead):
        with pytest.raises(Forbidden, match="only an administrator"):
            accounts.add(who, "friend", "A Friend", ["admin"], password=PASSWORD)
        with pytest.raises(Forbidden):
            accounts.reset_password(who, "aigerim")
        with pytest.raises(Forbidden):
            accounts.accounts(who)
        with pytest.raises(Forbidden):
            accounts.access_log(operator)


def test_a_reset_gives_a_one_time_password_and_lifts_a_lock(accounts):
    admin = person(accounts, "boss", Role.ADMIN)
    person(accounts, "aigerim", Role.OPERATOR)
    for _ in range(5):
        with pytest.raises(SignInRefused):
            accounts.sign_in("aigerim", "forgotten")
    one_time = accounts.reset_password(admin, "aigerim")
    assert accounts.sign_in("aigerim", one_time).must_change_password


def test_an_inspector_needs_a_precinct_and_roles_are_checked(accounts):
    admin = person(accounts, "boss", Role.ADMIN)
    with pytest.raises(ValidationError, match="home precinct"):
        accounts.add(admin, "nurlan", "Nurlan", ["inspector"], password=PASSWORD)
    with pytest.raises(ValidationError, match="not a role"):
        accounts.add(admin, "nurlan", "Nurlan", ["superuser"], password=PASSWORD)
    with pytest.raises(ValidationError, match="must not be the login"):
        accounts.add(admin, "nurlan12", "Nurlan", ["operator"], password="NURLAN12")
    account, one_time = accounts.add(
        admin, "nurlan", "Nurlan", ["Precinct-Inspector".replace("Precinct-", "")], home_precinct="05"
    )
    assert account.roles == (Role.INSPECTOR,) and one_time and account.must_change_password


def test_a_hash_with_weaker_parameters_is_replaced_at_sign_in(db, clock):
    """On SQLite the accounts table keeps Argon2id hashes; on PostgreSQL the server's bcrypt hash, which
    its sign-in function checks (no desk role may read it)."""
    weak = AccountService(db, clock=clock, hasher=CHEAP)
    weak.add(SYSTEM, "aigerim", "Aigerim", ["operator"], password=PASSWORD)
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    from dispatch_desk.store.accounts import Accounts

    def stored() -> str:
        with db.reading() as session:
            return Accounts(session).find("aigerim")[1]

    if db.is_postgresql:
        assert stored().startswith("$2a$10$")
        assert AccountService(db, clock=clock).sign_in("aigerim", PASSWORD).account.login == "aigerim"
        return
    assert stronger.check_needs_rehash(stored())
    AccountService(db, clock=clock, hasher=stronger).sign_in("aigerim", PASSWORD)
    assert stored().startswith("$argon2id$") and not stronger.check_needs_rehash(stored())


# -- what each role may do --------------------------------------------------------------------------
@pytest.fixture
def town(db, clock):
    """Two precincts, three units, an open incident in each precinct and one closed."""
    setup = DeskService(db, SYSTEM, clock=clock)
    setup.ensure_reference_data()
    setup.replace_precincts(
        [
            Precinct("05", "Бесінші", "Пятый", "Fifth", square(76.90, 52.28)),
            Precinct("06", "Алтыншы", "Шестой", "Sixth", square(76.91, 52.28)),
        ]
    )
    for call_sign, home in (("П-051", "05"), ("П-052", "05"), ("П-061", "06")):
        setup.add_unit(Unit(call_sign, UnitKind.PATROL_CAR, home))
    fifth = setup.create_incident(
        CallDraft(
            Channel.PHONE,
            "theft",
            location=Location(52.285, 76.905, "map"),
            caller_name="Айгерім",
            caller_phone="87012345678",
        )
    )
    sixth = setup.create_incident(CallDraft(Channel.PHONE, "theft", location=Location(52.285, 76.915, "map")))
    closed = setup.create_incident(
        CallDraft(Channel.PHONE, "theft", location=Location(52.285, 76.906, "map"))
    )
    setup.close(closed.number, "done")
    setup.dispatch(sixth.number, "П-061")
    return setup, fifth.number, sixth.number, closed.number


ON_INCIDENTS = {
    Permission.DISPATCH,
    Permission.REASSIGN_ACROSS_PRECINCTS,
    Permission.OVERRIDE_PRIORITY,
    Permission.REOPEN,
}


def actions(numbers):
    fifth, _sixth, closed = numbers
    return {
        Permission.TAKE_CALLS: lambda d: d.create_incident(
            CallDraft(Channel.PHONE, "theft", address="Естая 1")
        ),
        Permission.DISPATCH: lambda d: d.dispatch(fifth, "П-051"),
        Permission.REASSIGN_ACROSS_PRECINCTS: lambda d: d.reassign("П-061", fifth, "nearer to a robbery"),
        Permission.OVERRIDE_PRIORITY: lambda d: d.set_priority(
            fifth, Priority.LIFE_IN_DANGER, "a weapon seen"
        ),
        Permission.REOPEN: lambda d: d.reopen(closed, "the caller rang again"),
        Permission.MANAGE_UNITS: lambda d: d.set_unit_status("П-052", UnitStatus.OFF_SHIFT),
        Permission.MANAGE_GEOGRAPHY: lambda d: d.import_precincts(
            [Precinct("07", "Жетінші", "Седьмой", "Seventh", square(76.92, 52.28))]
        ),
        Permission.MANAGE_REFERENCE: lambda d: d.save_category(d.read.category("theft")),
    }


@pytest.mark.parametrize("role", list(Role))
def test_every_role_may_do_exactly_what_the_permission_table_says(town, db, clock, accounts, role):
    setup, *numbers = town
    who = person(accounts, "someone", role, precinct="05" if role is Role.INSPECTOR else None)
    desk = desk_of(accounts, who, setup, clock)
    for permission, act in actions(numbers).items():
        if permission in PERMISSIONS[role] and (who.reads_operations or permission not in ON_INCIDENTS):
            act(desk)  # goes through
        elif permission in PERMISSIONS[role]:
            with pytest.raises(NotFound):  # allowed, but not on incidents this person does not see
                act(desk)
        else:  # refused; on an incident it does not see, as if there were none
            with pytest.raises(Forbidden if who.reads_operations else (Forbidden, NotFound)):
                act(desk)


def test_an_inspector_sees_only_the_home_precinct_and_no_callers(town, db, clock, accounts):
    setup, fifth, sixth, _closed = town
    inspector = person(accounts, "nurlan", Role.INSPECTOR, precinct="05")
    desk = desk_of(accounts, inspector, setup, clock)
    shown = desk.read.open_incidents()
    assert [i.number for i in shown] == [fifth] and shown[0].caller.is_empty
    assert setup.read.incident(fifth).caller.name == "Айгерім"  # it is stored; only not shown to her
    with pytest.raises(NotFound, match=f"no incident {sixth}"):
        desk.read.incident(sixth)
    with pytest.raises(NotFound):
        desk.read.timeline(sixth)
    assert all(e.record.precinct == "05" for e in desk.read.feed_after(0) if e.entity == "incident")
    assert {i.precinct for i in desk.read.recent_incidents(100)} == {"05"}
    with pytest.raises(Forbidden):
        desk.read.recommend_units(fifth)


def test_administrators_and_auditors_see_no_operational_data(town, db, clock, accounts):
    setup, fifth, *_ = town
    for role in (Role.ADMIN, Role.AUDITOR):
        who = person(accounts, f"x-{role.value}".replace("_", "-"), role)
        desk = desk_of(accounts, who, setup, clock)
        assert (
            desk.read.open_incidents() == []
            and desk.read.units() == []
            and desk.read.recent_incidents() == []
        )
        assert not [e for e in desk.read.feed_after(0) if e.entity in ("incident", "unit")]
        assert [e.kind for e in desk.read.feed_after(0) if e.entity == "precinct"]  # reference data they keep
        with pytest.raises(NotFound):
            desk.read.incident(fifth)


def test_a_follower_moves_past_rows_its_person_does_not_see(town, db, clock, accounts):
    setup, *_ = town
    from dispatch_desk.services.feed_follow import FeedFollower

    auditor = person(accounts, "gulnara", Role.AUDITOR)
    follower = FeedFollower(desk_of(accounts, auditor, setup, clock), 0)
    follower.poll()
    assert follower.last_seq == setup.read.last_feed_seq()  # not stuck on the last row it may see


def test_changes_are_recorded_under_the_login_of_who_made_them(town, db, clock, accounts):
    setup, fifth, *_ = town
    operator = person(accounts, "aigerim", Role.OPERATOR)
    desk_of(accounts, operator, setup, clock).dispatch(fifth, "П-051")
    assert setup.read.timeline(fifth)[-1].actor == "aigerim"


def test_the_same_priority_again_is_refused_with_a_reason(town, db, clock, accounts):
    setup, fifth, *_ = town
    lead = person(accounts, "erlan", Role.SHIFT_LEAD)
    desk = desk_of(accounts, lead, setup, clock)
    with pytest.raises(DomainError, match="priority 3 already"):
        desk.set_priority(fifth, Priority.ROUTINE, "no change")
    assert desk.set_priority(fifth, Priority.URGENT, "children at home").priority == Priority.URGENT
    assert setup.read.timeline(fifth)[-1].kind == "incident.priority"


# -- confidential reports ---------------------------------------------------------------------------
def confidential_report(town, db, clock, accounts, category="corruption_report"):
    setup, fifth, *_ = town
    operator = person(accounts, "aigerim", Role.OPERATOR)
    desk = desk_of(accounts, operator, setup, clock)
    report = desk.create_incident(
        CallDraft(
            Channel.PHONE,
            category,
            description="the inspector asked for money",
            address="Абая 10",
            location=Location(52.285, 76.905, "map"),
            caller_name="Серік",
            caller_phone="87015550000",
        )
    )
    return setup, fifth, report.number


@pytest.mark.parametrize("category", ["corruption_report", "police_complaint"])
def test_a_confidential_report_is_absent_for_every_role_but_anti_corruption(
    town, db, clock, accounts, category
):
    setup, _fifth, number = confidential_report(town, db, clock, accounts, category)
    assert setup.read.incident(number).confidential
    for role in (r for r in Role if r is not Role.ANTI_CORRUPTION):
        login = f"p-{role.value}".replace("_", "-")
        who = person(accounts, login, role, precinct="05" if role is Role.INSPECTOR else None)
        desk = desk_of(accounts, who, setup, clock)
        assert number not in [i.number for i in desk.read.open_incidents()], role
        assert number not in [i.number for i in desk.read.recent_incidents(1000)], role
        assert number not in [i.number for i in desk.read.incidents_at_address("Абая 10")], role
        assert not desk.read.likely_duplicates(category, Location(52.285, 76.905, "map"), address="Абая 10")
        for entry in desk.read.feed_after(0):
            assert not getattr(entry.record, "confidential", False), role
            assert getattr(entry.record, "number", None) != number, role
        with pytest.raises(NotFound):
            desk.read.incident(number)
        with pytest.raises(NotFound):
            desk.read.timeline(number)
        with pytest.raises((NotFound, Forbidden)):
            desk.close(number, "looked into it")


def test_an_anti_corruption_officer_sees_and_handles_only_confidential_reports(town, db, clock, accounts):
    setup, fifth, number = confidential_report(town, db, clock, accounts)
    officer = person(accounts, "dana", Role.ANTI_CORRUPTION)
    desk = desk_of(accounts, officer, setup, clock)
    assert [i.number for i in desk.read.open_incidents()] == [number]
    assert [i.number for i in desk.read.recent_incidents(1000)] == [number]
    assert desk.read.incident(number).caller.name == "Серік"
    assert desk.read.units() == []
    with pytest.raises(NotFound):
        desk.read.incident(fifth)
    assert {e.record.number for e in desk.read.feed_after(0) if e.entity == "incident"} == {number}
    with pytest.raises(DomainError, match="patrol units are not sent"):
        setup.dispatch(number, "П-051")
    closed = desk.close(number, "passed to the Agency", "Your report has been passed to the Agency")
    assert closed.citizen_message.startswith("Your report")
    assert desk.read.timeline(number)[-1].actor == "dana"


# -- who saw what -----------------------------------------------------------------------------------
def test_opening_a_callers_identity_is_recorded_once_per_ten_minutes(town, db, clock, accounts):
    setup, fifth, sixth, _closed = town
    operator = person(accounts, "aigerim", Role.OPERATOR)
    desk = desk_of(accounts, operator, setup, clock)
    auditor = person(accounts, "gulnara", Role.AUDITOR)

    def looked(number):
        return [
            (a.login, a.workstation)
            for a in accounts.access_log(auditor, subject=number, kinds=[AccessKind.IDENTITY_VIEWED])
        ]

    assert desk.open_incident(fifth).caller.name == "Айгерім"
    desk.open_incident(fifth)  # the view refreshed: the same look
    assert looked(fifth) == [("aigerim", "desk-7")]
    clock.advance(minutes=11)
    desk.open_incident(fifth)
    assert len(looked(fifth)) == 2
    desk.open_incident(sixth)  # no caller to see
    assert looked(sixth) == []
    inspector = person(accounts, "nurlan", Role.INSPECTOR, precinct="05")
    desk_of(accounts, inspector, setup, clock).open_incident(fifth)  # shown without the caller
    assert {login for login, _ in looked(fifth)} == {"aigerim"}


def test_opening_a_confidential_report_is_recorded(town, db, clock, accounts):
    setup, _fifth, number = confidential_report(town, db, clock, accounts)
    officer = person(accounts, "dana", Role.ANTI_CORRUPTION)
    desk_of(accounts, officer, setup, clock).open_incident(number)
    admin = person(accounts, "boss", Role.ADMIN)
    assert accounts.access_log(admin, subject=number) == []  # not even who looked reaches other roles
    kinds = {a.kind for a in accounts.access_log(officer, subject=number, login="dana")}
    assert kinds == {AccessKind.CONFIDENTIAL_OPENED, AccessKind.IDENTITY_VIEWED}


def test_opening_a_reports_media_is_recorded_and_only_for_who_sees_it(town, db, clock, accounts, tmp_path):
    from dispatch_desk.demo.simulator import photo
    from dispatch_desk.domain.enums import AttachmentKind
    from dispatch_desk.services.app_reports import AppReport, IntakeService, MediaFile
    from dispatch_desk.store.media_files import MediaStore

    setup, *_ = town
    media = MediaStore(tmp_path / "media")
    intake = IntakeService(setup, media)
    client, _ = intake.create_api_key("102-app", by=SYSTEM)
    picture = photo(__import__("random").Random(1), (32, 24))
    report = AppReport(
        "theft",
        "bicycle",
        location=Location(52.285, 76.905, "gps"),
        caller_name="Асель",
        media=(MediaFile(AttachmentKind.PHOTO, "image/jpeg", picture, "bike.jpg"),),
    )
    number = intake.enqueue(intake.prepare(client, report)).result(timeout=30).number
    intake.close()
    sha = setup.read.incident(number).attachments[0].sha256
    operator = person(accounts, "aigerim", Role.OPERATOR)
    desk = desk_of(accounts, operator, setup, clock, media=media)
    assert desk.photo_files(desk.read.incident(number)) == {sha: media.path(sha)}
    assert desk.media_file(number, sha).read_bytes() == picture
    desk.media_file(number, sha)  # every opening counts
    with pytest.raises(NotFound):
        desk.media_file(number, "0" * 64)  # not a file of this incident
    inspector = person(accounts, "erzhan", Role.INSPECTOR, precinct="06")
    with pytest.raises(NotFound):
        desk_of(accounts, inspector, setup, clock, media=media).media_file(number, sha)
    auditor = person(accounts, "gulnara", Role.AUDITOR)
    opened = accounts.access_log(auditor, subject=number, kinds=[AccessKind.MEDIA_OPENED])
    assert [a.login for a in opened] == ["aigerim", "aigerim"] and opened[0].detail.startswith("photo ")
