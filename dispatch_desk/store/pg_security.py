"""What PostgreSQL itself enforces: one login role per account, group roles per desk role, GRANTs and
row-level security.

On PostgreSQL each person works over their own login role ``<login>@<tag>`` (``tag``: the database's
name, shortened when long). The role never knows the person's desk password: the gate's ``dd_sign_in``
checks it (bcrypt, pgcrypto) with the account's row locked and, on success, gives the role a random secret
valid for the shift, which only the workstation that signed in learns (``store/pg_functions.py``). The
person's roles are memberships of group roles ``<tag>#<role>``, kept by triggers on ``accounts`` — no
function makes or changes a login role for anyone outside the accounts. What each group may touch is
granted here, table by table, and row-level security narrows it row by row:

- confidential incidents (corruption reports, complaints about police officers), their assignments,
  attachments, feed rows and access-log lines are visible to anti-corruption officers only;
- a precinct inspector reads the incidents of the home precinct only, the feed rows about what it may
  read, and no table of accounts' secrets; the inspector's problems (SARA) are those of the home precinct;
- the change feed and the access log are append-only: no desk role may UPDATE, DELETE or TRUNCATE them,
  a person may only append rows under their own login, at the server's time, from their own address;
- a change to an incident, an assignment or a unit commits only with its change-feed row;
- accounts (without any password hash) are changed by administrators only, never their own roles, and a
  role that reads confidential data only when a second administrator confirms it;
- ``<tag>#gate``: what a workstation connects as before anyone signed in (its settings hold no more): it
  may sign a person in, read reference data (categories, precincts, the street gazetteer) and keep the
  remote geocoder's cache, nothing operational and nothing personal;
- ``<tag>#intake``: the app's intake server; it adds app reports and reads those only, and of the feed
  only the kinds it follows (precincts, address data, categories, calls);
- ``<tag>#avl``: the units' server; it reads which device is in which unit and writes fixes and the
  units' latest positions, nothing else (no incident, no person).

``secure`` is idempotent: migrations call it whenever the schema changes. The table owner (who runs the
migrations) is not subject to row-level security; no workstation connects as the owner. The owner needs
no superuser: ``CREATEROLE`` and the ownership of the database are enough.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

from dispatch_desk.domain.access import Role
from dispatch_desk.store import board_rows, pg_functions

DESK_ROLES = tuple(r.value for r in Role)
GATE, INTAKE, AVL = "gate", "intake", "avl"
MAX_ROLE_NAME = 63


def role_tag(database: str) -> str:
    """The database's part of every role name: role names are shared by all databases of a server."""
    clean = re.sub(r"[^a-z0-9_]", "_", database.lower())
    if len(clean) <= 20:
        return clean
    return f"{clean[:11]}_{hashlib.sha256(database.encode()).hexdigest()[:8]}"


def group(tag: str, role: str) -> str:
    return f"{tag}#{role}"


def person(tag: str, login: str) -> str:
    return f"{login}@{tag}"


def current_tag(connection: Connection) -> str:
    return role_tag(connection.exec_driver_sql("SELECT current_database()").scalar_one())


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _groups(tag: str, *roles: str) -> str:
    return ", ".join(_q(group(tag, r)) for r in roles)


WALL = "wall"
BOARD_COLUMNS = {
    "incidents": board_rows.INCIDENT_COLUMNS,
    "assignments": board_rows.ASSIGNMENT_COLUMNS,
    "units": board_rows.UNIT_COLUMNS,
}
OPS = ("operator", "shift_lead")
CASE_WORK = (*OPS, "anti_corruption")
ALL_DESK = DESK_ROLES

# table -> [(privileges, roles)]
GRANTS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "alembic_version": [("SELECT", (*ALL_DESK, GATE, INTAKE, AVL))],
    "meta": [("SELECT", (*ALL_DESK, GATE, INTAKE, AVL)), ("INSERT, UPDATE, DELETE", ("admin",))],
    "categories": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, UPDATE", ("admin",))],
    "precincts": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, UPDATE, DELETE", ("admin",))],
    "streets": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, UPDATE, DELETE", ("admin",))],
    "addresses": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, UPDATE, DELETE", ("admin",))],
    # the routing engine's archive, built from the same map as the addresses: every process opens it
    "road_networks": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, DELETE", ("admin",))],
    # the workstation's geocoder (over the gate connection) shares the cache of the remote geocoder
    "geocode_cache": [("SELECT, INSERT, UPDATE, DELETE", (*CASE_WORK, "admin", GATE, INTAKE))],
    "units": [("SELECT", (*CASE_WORK, "inspector")), ("UPDATE", OPS), ("INSERT", ("shift_lead",))],
    "incidents": [
        ("SELECT", (*CASE_WORK, "inspector", INTAKE)),
        ("INSERT, UPDATE", (*CASE_WORK, INTAKE)),
    ],
    "assignments": [("SELECT", (*CASE_WORK, "inspector", INTAKE)), ("INSERT, UPDATE", OPS)],
    "attachments": [("SELECT", (*CASE_WORK, "inspector", INTAKE)), ("INSERT", (*CASE_WORK, INTAKE))],
    "incident_counters": [("SELECT, INSERT, UPDATE", (*CASE_WORK, INTAKE))],
    "change_feed": [
        ("SELECT", (*ALL_DESK, INTAKE)),
        ("INSERT", (*CASE_WORK, "inspector", "admin", INTAKE, AVL)),
    ],
    "role_requests": [("SELECT", ("admin", "auditor")), ("INSERT, UPDATE", ("admin",))],
    "access_log": [("INSERT", ALL_DESK), ("SELECT", ("shift_lead", "anti_corruption", "admin", "auditor"))],
    "api_keys": [("SELECT", ("admin", INTAKE)), ("INSERT, UPDATE", ("admin",)), ("UPDATE", (INTAKE,))],
    "intake_receipts": [("SELECT", (*CASE_WORK, INTAKE)), ("INSERT, UPDATE", (INTAKE,))],
    "intake_secret": [("SELECT, INSERT", (INTAKE,))],  # the reply secrets' key: the intake's alone
    "accounts": [("INSERT, UPDATE", ("admin",))],  # SELECT: by column, below
    # look-outs: every desk watches for them (an inspector: those of the home precinct), the shift lead
    # issues and ends them; handovers are the shift leads' own
    "look_outs": [("SELECT", (*CASE_WORK, "inspector")), ("INSERT, UPDATE", ("shift_lead",))],
    "handovers": [("SELECT, INSERT, UPDATE", ("shift_lead",)), ("SELECT", ("auditor",))],
    # calls from the app: the intake rings and ends them, operators and shift leads answer them
    "app_calls": [("SELECT, UPDATE", (*OPS, INTAKE)), ("INSERT", (INTAKE,))],
    # problems: the inspector's (home precinct only, by policy); shift leads read every precinct's
    "problems": [("SELECT, INSERT, UPDATE", ("inspector",)), ("SELECT", ("shift_lead",))],
    # trackers: the shift lead binds devices to units; the units' server reads the bindings, writes the
    # track (and purges it) and the latest positions, which every desk that sees units reads
    "trackers": [("SELECT, INSERT, UPDATE", ("shift_lead",)), ("SELECT", (AVL,))],
    "unit_fixes": [("SELECT, INSERT, DELETE", (AVL,)), ("SELECT", ("shift_lead",))],
    "unit_positions": [("SELECT, INSERT, UPDATE", (AVL,)), ("SELECT", (*CASE_WORK, "inspector"))],
    # officer-in-danger alarms: the units' server raises them, a shift lead acknowledges them (by policy in
    # their own name), the desks that see units read them; nobody deletes one
    # the city's cameras: the desks that watch read the registry and the credentials their players use (an
    # inspector those of the home precinct, by policy); administrators manage it and never read a password
    "cameras": [("SELECT", (*OPS, "inspector", "admin", "auditor")), ("INSERT, DELETE", ("admin",))],
    "camera_secrets": [
        ("SELECT", (*OPS, "inspector")),
        ("SELECT (camera_id)", ("admin",)),
        ("INSERT, DELETE", ("admin",)),
    ],
    "unit_alarms": [
        ("SELECT", (*OPS, "inspector", "auditor", AVL)),
        ("INSERT", (AVL,)),
        ("UPDATE (acknowledged_at, acknowledged_by, note)", ("shift_lead",)),
    ],
}
ACCOUNT_COLUMNS = (
    "id, login, full_name, personal_number, roles, home_precinct, state, must_change_password, "
    "failed_sign_ins, locked_until, last_sign_in_at, created_at, version"
)
RLS_TABLES = (
    "incidents",
    "assignments",
    "attachments",
    "change_feed",
    "access_log",
    "look_outs",
    "problems",
    "role_requests",
    "unit_alarms",
    "cameras",
    "camera_secrets",
)
# Feed rows by what they are about. Reference data: every role that reads the feed; accounts: who
# manages or audits them; the rest as its subject (see the policies).
REFERENCE = ("precinct", "category", "gazetteer", "roads", "camera", "database")
INTAKE_FEED = ("precinct", "category", "gazetteer", "roads", "call")


def _policies(tag: str) -> list[str]:
    g = lambda *roles: _groups(tag, *roles)  # noqa: E731
    reference = str(REFERENCE)
    # The incident's own policies decide. EXISTS, not IN: the planner then looks up each row's incident
    # by its key; an IN (SELECT id FROM incidents) is planned as a scan of every incident (measured: an
    # estimate of 13 M, a JIT compilation and a materialised million-row scan per query).
    of_visible = "EXISTS (SELECT 1 FROM incidents i WHERE i.id = incident_id)"
    return [
        # incidents
        f"CREATE POLICY dd_read ON incidents FOR SELECT TO {g(*OPS)} USING (NOT confidential)",
        f"CREATE POLICY dd_read_confidential ON incidents FOR SELECT TO {g('anti_corruption')} "
        "USING (confidential)",
        f"CREATE POLICY dd_read_precinct ON incidents FOR SELECT TO {g('inspector')} "
        "USING (NOT confidential AND precinct = (SELECT dd_home_precinct()))",
        f"CREATE POLICY dd_read_app ON incidents FOR SELECT TO {g(INTAKE)} USING (channel = 'app')",
        f"CREATE POLICY dd_read_wall ON incidents FOR SELECT TO {g(WALL)} USING (NOT confidential)",
        f"CREATE POLICY dd_add ON incidents FOR INSERT TO {g(*CASE_WORK, INTAKE)} WITH CHECK (true)",
        f"CREATE POLICY dd_change ON incidents FOR UPDATE TO {g(*OPS)} USING (NOT confidential)",
        f"CREATE POLICY dd_change_confidential ON incidents FOR UPDATE TO {g('anti_corruption')} "
        "USING (confidential)",
        f"CREATE POLICY dd_change_app ON incidents FOR UPDATE TO {g(INTAKE)} USING (channel = 'app')",
        # what hangs on an incident follows the incident
        f"CREATE POLICY dd_of_incident ON assignments FOR ALL TO {g(*CASE_WORK, 'inspector', INTAKE)} "
        f"USING ({of_visible}) WITH CHECK ({of_visible})",
        f"CREATE POLICY dd_read_wall ON assignments FOR SELECT TO {g(WALL)} USING ({of_visible})",
        f"CREATE POLICY dd_of_incident ON attachments FOR ALL TO {g(*CASE_WORK, 'inspector', INTAKE)} "
        f"USING ({of_visible}) WITH CHECK ({of_visible})",
        # the change feed: as its subject
        f"CREATE POLICY dd_read ON change_feed FOR SELECT TO {g(*OPS)} "
        "USING (NOT confidential AND entity NOT IN ('account', 'api_key'))",
        f"CREATE POLICY dd_read_confidential ON change_feed FOR SELECT TO {g('anti_corruption')} "
        "USING (confidential OR entity NOT IN ('incident', 'account', 'api_key', 'call', 'handover', 'alarm'))",
        f"CREATE POLICY dd_read_precinct ON change_feed FOR SELECT TO {g('inspector')} USING (NOT confidential "
        f"AND (entity IN {reference} OR entity IN ('unit', 'alarm') "
        "OR (entity = 'incident' AND EXISTS (SELECT 1 FROM incidents i WHERE i.id = entity_id)) "
        "OR (entity = 'problem' AND EXISTS (SELECT 1 FROM problems p WHERE p.id = entity_id)) "
        "OR (entity = 'look_out' AND EXISTS (SELECT 1 FROM look_outs o WHERE o.id = entity_id))))",
        f"CREATE POLICY dd_read_audit ON change_feed FOR SELECT TO {g('auditor')} USING (NOT confidential)",
        f"CREATE POLICY dd_read_reference ON change_feed FOR SELECT TO {g('admin')} "
        f"USING (NOT confidential AND entity IN {(*REFERENCE, 'account', 'api_key')})",
        f"CREATE POLICY dd_read_wall ON change_feed FOR SELECT TO {g(WALL)} "
        f"USING (NOT confidential AND entity IN {reference})",
        f"CREATE POLICY dd_read_app ON change_feed FOR SELECT TO {g(INTAKE)} "
        f"USING (NOT confidential AND entity IN {INTAKE_FEED})",
        f"CREATE POLICY dd_add ON change_feed FOR INSERT TO {g(*CASE_WORK)} "
        "WITH CHECK (actor = (SELECT dd_login()) AND entity <> 'account')",
        f"CREATE POLICY dd_add_admin ON change_feed FOR INSERT TO {g('admin')} "
        "WITH CHECK (actor = (SELECT dd_login()) AND NOT confidential AND entity NOT IN ('incident', 'unit'))",
        f"CREATE POLICY dd_add_problem ON change_feed FOR INSERT TO {g('inspector')} "
        "WITH CHECK (actor = (SELECT dd_login()) AND entity = 'problem' AND NOT confidential)",
        f"CREATE POLICY dd_add_app ON change_feed FOR INSERT TO {g(INTAKE)} WITH CHECK (entity IN "
        "('incident', 'call', 'api_key') AND (NOT confidential OR entity = 'incident'))",
        # requests for roles that read confidential data: asked by one administrator, decided by another
        f"CREATE POLICY dd_read ON role_requests FOR SELECT TO {g('admin', 'auditor')} USING (true)",
        f"CREATE POLICY dd_ask ON role_requests FOR INSERT TO {g('admin')} "
        "WITH CHECK (requested_by = (SELECT dd_login()) AND state = 'pending' AND decided_by IS NULL "
        "AND login <> (SELECT dd_login()))",
        f"CREATE POLICY dd_decide ON role_requests FOR UPDATE TO {g('admin')} USING (state = 'pending') "
        "WITH CHECK (decided_by = (SELECT dd_login()) AND requested_by <> (SELECT dd_login()) "
        "AND login <> (SELECT dd_login()) AND state IN ('confirmed', 'refused'))",
        # look-outs: an inspector sees those of the whole city and of the home precinct
        f"CREATE POLICY dd_read ON look_outs FOR SELECT TO {g(*CASE_WORK)} USING (true)",
        f"CREATE POLICY dd_read_precinct ON look_outs FOR SELECT TO {g('inspector')} USING "
        "(jsonb_array_length(precincts) = 0 OR precincts ? (SELECT dd_home_precinct()))",
        f"CREATE POLICY dd_issue ON look_outs FOR INSERT TO {g('shift_lead')} "
        "WITH CHECK (created_by = (SELECT dd_login()))",
        f"CREATE POLICY dd_change ON look_outs FOR UPDATE TO {g('shift_lead')} USING (true)",
        # problems: an inspector's of the home precinct; a shift lead reads them all
        f"CREATE POLICY dd_own ON problems FOR ALL TO {g('inspector')} "
        "USING (precinct = (SELECT dd_home_precinct())) WITH CHECK (precinct = (SELECT dd_home_precinct()))",
        f"CREATE POLICY dd_read ON problems FOR SELECT TO {g('shift_lead')} USING (true)",
        # the access log
        f"CREATE POLICY dd_add ON access_log FOR INSERT TO {g(*ALL_DESK)} "
        "WITH CHECK (login = (SELECT dd_login()))",
        f"CREATE POLICY dd_read ON access_log FOR SELECT TO {g('admin', 'auditor')} USING (NOT confidential)",
        f"CREATE POLICY dd_read_shift ON access_log FOR SELECT TO {g('shift_lead')} "
        "USING (NOT confidential AND at > now() - interval '12 hours')",
        f"CREATE POLICY dd_read_confidential ON access_log FOR SELECT TO {g('anti_corruption')} "
        "USING (confidential)",
    ]


def _alarm_policies(tag: str) -> list[str]:
    """Officer-in-danger alarms: raised by the units' server (with their feed row, of that kind only),
    read by the desks that see units, acknowledged by a shift lead in their own name."""
    g = lambda *roles: _groups(tag, *roles)  # noqa: E731
    return [
        f"CREATE POLICY dd_add_alarm ON change_feed FOR INSERT TO {g(AVL)} "
        "WITH CHECK (entity = 'alarm' AND kind = 'alarm.raised' AND NOT confidential)",
        f"CREATE POLICY dd_read ON unit_alarms FOR SELECT TO {g(*OPS, 'inspector', 'auditor', AVL)} "
        "USING (true)",
        f"CREATE POLICY dd_raise ON unit_alarms FOR INSERT TO {g(AVL)} "
        "WITH CHECK (acknowledged_at IS NULL AND acknowledged_by IS NULL)",
        f"CREATE POLICY dd_acknowledge ON unit_alarms FOR UPDATE TO {g('shift_lead')} "
        "USING (acknowledged_at IS NULL) WITH CHECK (acknowledged_by = (SELECT dd_login()))",
    ]


def _camera_policies(tag: str) -> list[str]:
    """The cameras: every camera for those who watch the city, an inspector's home precinct's only."""
    g = lambda *roles: _groups(tag, *roles)  # noqa: E731
    home = "precinct = (SELECT dd_home_precinct())"
    return [
        f"CREATE POLICY dd_read ON cameras FOR SELECT TO {g(*OPS, 'admin', 'auditor')} USING (true)",
        f"CREATE POLICY dd_read_precinct ON cameras FOR SELECT TO {g('inspector')} USING ({home})",
        f"CREATE POLICY dd_manage ON cameras FOR INSERT TO {g('admin')} WITH CHECK (true)",
        f"CREATE POLICY dd_remove ON cameras FOR DELETE TO {g('admin')} USING (true)",
        f"CREATE POLICY dd_read ON camera_secrets FOR SELECT TO {g(*OPS, 'admin')} USING (true)",
        f"CREATE POLICY dd_read_precinct ON camera_secrets FOR SELECT TO {g('inspector')} "
        "USING (EXISTS (SELECT 1 FROM cameras c WHERE c.id = camera_id))",
        f"CREATE POLICY dd_manage ON camera_secrets FOR INSERT TO {g('admin')} WITH CHECK (true)",
        f"CREATE POLICY dd_remove ON camera_secrets FOR DELETE TO {g('admin')} USING (true)",
    ]


def _functions(tag: str) -> list[str]:
    return [
        *pg_functions.owner_functions(),
        *pg_functions.person_functions(tag),
        *pg_functions.sign_in_functions(tag),
        *pg_functions.account_triggers(),
        *pg_functions.record_triggers(),
    ]


# who may call what; every other role (PUBLIC included) may not
EXECUTE = {
    "dd_sign_in(text, text, text)": (GATE,),
    "dd_administrator_ready()": (GATE, INTAKE, *DESK_ROLES),
    "dd_sign_out()": DESK_ROLES,
    "dd_change_own_password(text, text, text)": DESK_ROLES,
    "dd_password_hash(text)": ("admin",),
    "dd_sync_person(text)": (),
}


def ready(connection: Connection) -> bool:
    """Is the schema new enough for today's security (the feed's transaction ids, role requests)? Earlier
    migrations call ``secure`` too; on a new database they find it not yet, and the last one applies it."""
    return bool(
        connection.execute(
            text(
                "SELECT count(*) = 2 FROM information_schema.columns WHERE table_schema = 'public' AND "
                "((table_name = 'change_feed' AND column_name = 'txid') OR "
                "(table_name = 'role_requests' AND column_name = 'requested_by'))"
            )
        ).scalar_one()
    )


def secure(connection: Connection) -> None:
    """Create the group roles, functions, triggers, grants and policies of this database (again:
    idempotent). Needs the owner of the tables, a role with ``CREATEROLE``; no superuser."""
    if not ready(connection):
        return
    tag = current_tag(connection)
    names = [group(tag, r) for r in (*DESK_ROLES, GATE, INTAKE, AVL)]
    if max(len(n) for n in names) > MAX_ROLE_NAME:
        raise RuntimeError(f"role names for database tag {tag!r} are too long")
    run = connection.execution_options(no_parameters=True).exec_driver_sql
    run("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    for name in names:
        run(f"""DO $d$ BEGIN CREATE ROLE {_q(name)} NOLOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $d$""")
    tables = [t for t in GRANTS if _exists(connection, t)]
    everyone = _groups(tag, *DESK_ROLES, GATE, INTAKE, AVL)
    for table in tables:
        run(f"REVOKE ALL ON {table} FROM PUBLIC, {everyone}")
        for privileges, roles in GRANTS[table]:
            run(f"GRANT {privileges} ON {table} TO {_groups(tag, *roles)}")
    run(f"GRANT SELECT ({ACCOUNT_COLUMNS}) ON accounts TO {_groups(tag, *DESK_ROLES)}")
    run(f"GRANT SELECT (id) ON accounts TO {_groups(tag, GATE, INTAKE)}")  # is there anybody yet
    if _exists(connection, "trackers"):  # the units' server: which unit a device is in, by call sign
        run(f"GRANT SELECT (id, call_sign) ON units TO {_groups(tag, AVL)}")
    # The wall display: the board's columns and no other (no caller, address, description, crew, position)
    for table, columns in BOARD_COLUMNS.items():
        if _exists(connection, table):
            run(f"GRANT SELECT ({', '.join(columns)}) ON {table} TO {_groups(tag, WALL)}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")
    run(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    for function in pg_functions.OLD_FUNCTIONS:
        run(f"DROP FUNCTION IF EXISTS {function}")
    for statement in _functions(tag):
        run(statement)
    for table, name, body in pg_functions.triggers():
        if not _exists(connection, table):  # an earlier migration: a later one makes the table
            continue
        run(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        kind = "CONSTRAINT TRIGGER" if "DEFERRABLE" in body else "TRIGGER"
        run(f"CREATE {kind} {name} {body}")
    for function, roles in EXECUTE.items():
        run(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        if roles:
            run(f"GRANT EXECUTE ON FUNCTION {function} TO {_groups(tag, *roles)}")
    secured = [t for t in RLS_TABLES if _exists(connection, t)]  # an earlier migration: not all tables yet
    for table in secured:
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for (policy,) in connection.execute(
            text("SELECT policyname FROM pg_policies WHERE tablename = :t AND policyname LIKE 'dd\\_%'"),
            {"t": table},
        ).all():
            run(f"DROP POLICY {_q(policy)} ON {table}")
    for statement in [*_policies(tag), *_alarm_policies(tag), *_camera_policies(tag)]:
        if statement.split(" ON ", 1)[1].split(" ", 1)[0] in secured:
            run(statement)


def sync_people(connection: Connection) -> None:
    """A login role for every account (made before the server kept them, or restored from a dump)."""
    for (login,) in connection.execute(text("SELECT login FROM accounts")).all():
        connection.execute(text("SELECT dd_sync_person(:login)"), {"login": login})


def _exists(connection: Connection, table: str) -> bool:
    return bool(connection.execute(text("SELECT to_regclass(:t) IS NOT NULL"), {"t": table}).scalar_one())


def roles_for_existing_accounts(connection: Connection) -> None:
    """Accounts made before the server checked passwords (revision 0008); today ``sync_people``."""
    if ready(connection):
        sync_people(connection)


def unsecure(connection: Connection) -> None:
    """Undo ``secure`` (a downgrade): policies, triggers, functions and grants go; roles stay for the owner
    to drop."""
    run = connection.execution_options(no_parameters=True).exec_driver_sql
    for table in [t for t in RLS_TABLES if _exists(connection, t)]:
        for (policy,) in connection.execute(
            text("SELECT policyname FROM pg_policies WHERE tablename = :t AND policyname LIKE 'dd\\_%'"),
            {"t": table},
        ).all():
            run(f"DROP POLICY {_q(policy)} ON {table}")
        run(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for table, name, _body in pg_functions.triggers():
        if _exists(connection, table):
            run(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for function in (*pg_functions.FUNCTIONS, *pg_functions.OLD_FUNCTIONS):
        run(f"DROP FUNCTION IF EXISTS {function}")
    for function in ("dd_home_precinct()", "dd_login()"):
        run(f"DROP FUNCTION IF EXISTS {function}")


# -- what the services call ---------------------------------------------------------------------------
def unrecorded_load(connection: Connection) -> None:
    """The owner loads finished history whose feed rows it writes itself, in bulk (the demo city, imports):
    the per-row check that each change has its feed row is skipped for the rest of this transaction."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SELECT set_config('dd.bulk', 'on', true)")


def password_hash(connection: Connection, password: str) -> str:
    """What the accounts table keeps of ``password`` on PostgreSQL: the server's bcrypt hash."""
    return connection.execute(text("SELECT dd_password_hash(:p)"), {"p": password}).scalar_one()


def demo_password_hash(connection: Connection, password: str) -> str:
    """The demo city's short password, hashed as ``password_hash`` does without its length rule."""
    return connection.execute(
        text(f"SELECT crypt(:p, gen_salt('bf', {pg_functions.BCRYPT_COST}))"), {"p": password}
    ).scalar_one()


def sign_in(connection: Connection, login: str, password: str, workstation: str):
    """The gate's check: (outcome, locked until, the session's secret) — outcome ``signed_in``, ``wrong``,
    ``locked`` or ``disabled``."""
    return connection.execute(
        text("SELECT outcome, locked_until, secret FROM dd_sign_in(:login, :password, :ws)"),
        {"login": login, "password": password, "ws": workstation},
    ).one()


def sign_out(connection: Connection) -> None:
    connection.execute(text("SELECT dd_sign_out()"))


def change_own_password(connection: Connection, old: str, new: str, workstation: str) -> None:
    connection.execute(
        text("SELECT dd_change_own_password(:old, :new, :ws)"), {"old": old, "new": new, "ws": workstation}
    )


def administrator_ready(connection: Connection) -> bool:
    return bool(connection.execute(text("SELECT dd_administrator_ready()")).scalar_one())


def verifier(connection: Connection, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a service role's ``password``, made here by libpq: the server never
    sees that password, only when the service connects (inside the SCRAM exchange)."""
    raw = connection.connection.driver_connection
    made = raw.pgconn.encrypt_password(password.encode(), b"", b"scram-sha-256")  # type: ignore[union-attr]
    return bytes(made).decode("ascii")


def login_url(url: str, tag: str, login: str, password: str) -> str:
    """The database URL of the workstation with the person's own login role and password."""
    return role_url(url, person(tag, login), password)


def role_url(url: str, role: str, password: str) -> str:
    """``url`` with ``role`` and its password instead of its own (``#`` and ``@`` escaped)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=role, password=password).render_as_string(hide_password=False)


SERVICE_ROLES = (GATE, INTAKE, AVL)


def set_service_password(connection: Connection, which: str, password: str) -> str:
    """Let the ``which`` role (``gate``: workstations before sign-in; ``intake``: the app's intake server)
    log in with ``password``; returns the role's name. Run by the database's owner."""
    if which not in SERVICE_ROLES:
        raise ValueError(f"not a service role: {which!r} (one of {', '.join(SERVICE_ROLES)})")
    name = group(current_tag(connection), which)
    run = connection.execution_options(no_parameters=True).exec_driver_sql
    secret = verifier(connection, password).replace("'", "''")
    # The role was made NOLOGIN by ``secure`` with no other attribute; a non-superuser owner may not even
    # name SUPERUSER or BYPASSRLS here, so nothing else is said.
    run(f"ALTER ROLE {_q(name)} LOGIN PASSWORD '{secret}'")
    return name
