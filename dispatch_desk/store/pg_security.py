"""What PostgreSQL itself enforces: one login role per person, group roles per desk role, GRANTs and
row-level security.

On PostgreSQL each person signs in as their own login role ``<login>@<tag>`` (``tag``: the database's
name, shortened when long), its password checked by the server (SCRAM-SHA-256). The person's roles are
memberships of group roles ``<tag>#<role>``; what each group may touch is granted here, table by table,
and row-level security narrows it row by row:

- confidential incidents (corruption reports, complaints about police officers), their assignments,
  attachments, feed rows and access-log lines are visible to anti-corruption officers only;
- a precinct inspector reads the incidents of the home precinct only, and no table of accounts' secrets;
  the inspector's problems (SARA) are those of the home precinct: read, opened and changed there only;
- the change feed and the access log are append-only: no desk role may UPDATE, DELETE or TRUNCATE them,
  and a person may only append rows under their own login;
- accounts (without any password: the server keeps those) are changed by administrators only, and login
  roles are made and changed only through ``dd_person_role``, which administrators alone may call;
- ``<tag>#gate``: what a workstation connects as before anyone signed in (its settings hold no more): it
  may count a failed sign-in, read reference data (categories, precincts, the street gazetteer) and keep
  the remote geocoder's cache, nothing operational and nothing personal;
- ``<tag>#intake``: the app's intake server; it adds app reports and reads those only.

``secure`` is idempotent: migrations call it whenever the schema changes. The table owner (who runs the
migrations) is not subject to row-level security; no workstation connects as the owner.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

from dispatch_desk.domain.access import LOCKOUT, MAX_FAILED_SIGN_INS, Role

DESK_ROLES = tuple(r.value for r in Role)
GATE, INTAKE = "gate", "intake"
STORED_PASSWORD = ""  # accounts.password_hash on PostgreSQL: the server keeps the password (SCRAM)
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


OPS = ("operator", "shift_lead")
CASE_WORK = (*OPS, "anti_corruption")
ALL_DESK = DESK_ROLES

# table -> [(privileges, roles)]
GRANTS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "alembic_version": [("SELECT", (*ALL_DESK, GATE, INTAKE))],
    "meta": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, UPDATE, DELETE", ("admin",))],
    "categories": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, UPDATE", ("admin",))],
    "precincts": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, UPDATE, DELETE", ("admin",))],
    "streets": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, UPDATE, DELETE", ("admin",))],
    "addresses": [("SELECT", (*ALL_DESK, GATE, INTAKE)), ("INSERT, UPDATE, DELETE", ("admin",))],
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
    "change_feed": [("SELECT", (*ALL_DESK, INTAKE)), ("INSERT", (*CASE_WORK, "inspector", "admin", INTAKE))],
    "access_log": [("INSERT", ALL_DESK), ("SELECT", ("shift_lead", "anti_corruption", "admin", "auditor"))],
    "api_keys": [("SELECT", ("admin", INTAKE)), ("INSERT, UPDATE", ("admin",)), ("UPDATE", (INTAKE,))],
    "intake_receipts": [("SELECT", (*CASE_WORK, INTAKE)), ("INSERT, UPDATE", (INTAKE,))],
    "accounts": [("INSERT, UPDATE", ("admin",))],  # SELECT: by column, below
    # look-outs: every desk watches for them (an inspector: those of the home precinct), the shift lead
    # issues and ends them; handovers are the shift leads' own
    "look_outs": [("SELECT", (*CASE_WORK, "inspector")), ("INSERT, UPDATE", ("shift_lead",))],
    "handovers": [("SELECT, INSERT, UPDATE", ("shift_lead",)), ("SELECT", ("auditor",))],
    # calls from the app: the intake rings and ends them, operators and shift leads answer them
    "app_calls": [("SELECT, UPDATE", (*OPS, INTAKE)), ("INSERT", (INTAKE,))],
    # problems: the inspector's (home precinct only, by policy); shift leads read every precinct's
    "problems": [("SELECT, INSERT, UPDATE", ("inspector",)), ("SELECT", ("shift_lead",))],
}
ACCOUNT_COLUMNS = (
    "id, login, full_name, personal_number, roles, home_precinct, state, must_change_password, "
    "failed_sign_ins, locked_until, last_sign_in_at, created_at, version"
)
RLS_TABLES = ("incidents", "assignments", "attachments", "change_feed", "access_log", "look_outs", "problems")


def _policies(tag: str) -> list[str]:
    g = lambda *roles: _groups(tag, *roles)  # noqa: E731
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
        f"CREATE POLICY dd_add ON incidents FOR INSERT TO {g(*CASE_WORK, INTAKE)} WITH CHECK (true)",
        f"CREATE POLICY dd_change ON incidents FOR UPDATE TO {g(*OPS)} USING (NOT confidential)",
        f"CREATE POLICY dd_change_confidential ON incidents FOR UPDATE TO {g('anti_corruption')} "
        "USING (confidential)",
        f"CREATE POLICY dd_change_app ON incidents FOR UPDATE TO {g(INTAKE)} USING (channel = 'app')",
        # what hangs on an incident follows the incident
        f"CREATE POLICY dd_of_incident ON assignments FOR ALL TO {g(*CASE_WORK, 'inspector', INTAKE)} "
        f"USING ({of_visible}) WITH CHECK ({of_visible})",
        f"CREATE POLICY dd_of_incident ON attachments FOR ALL TO {g(*CASE_WORK, 'inspector', INTAKE)} "
        f"USING ({of_visible}) WITH CHECK ({of_visible})",
        # the change feed
        f"CREATE POLICY dd_read ON change_feed FOR SELECT TO {g(*OPS, 'inspector', 'auditor', INTAKE)} "
        "USING (NOT confidential)",
        f"CREATE POLICY dd_read_confidential ON change_feed FOR SELECT TO {g('anti_corruption')} "
        "USING (confidential OR entity <> 'incident')",
        f"CREATE POLICY dd_read_reference ON change_feed FOR SELECT TO {g('admin')} "
        "USING (NOT confidential AND entity NOT IN ('incident', 'unit', 'look_out', 'handover', 'problem'))",
        f"CREATE POLICY dd_add ON change_feed FOR INSERT TO {g(*CASE_WORK, 'admin')} "
        "WITH CHECK (actor = (SELECT dd_login()))",
        f"CREATE POLICY dd_add_problem ON change_feed FOR INSERT TO {g('inspector')} "
        "WITH CHECK (actor = (SELECT dd_login()) AND entity = 'problem' AND NOT confidential)",
        f"CREATE POLICY dd_add_app ON change_feed FOR INSERT TO {g(INTAKE)} WITH CHECK (NOT confidential "
        "OR entity = 'incident')",
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


def _functions(tag: str) -> list[str]:
    suffix = "@" + tag
    lock_minutes = int(LOCKOUT.total_seconds() // 60)
    known = "ARRAY[" + ", ".join(f"'{r}'" for r in DESK_ROLES) + "]"
    definer = "SECURITY DEFINER SET search_path = public, pg_temp"
    return [
        # the person behind this connection, or NULL for any other role
        f"""CREATE OR REPLACE FUNCTION dd_login() RETURNS text LANGUAGE sql STABLE AS $f$
            SELECT CASE WHEN right(session_user::text, {len(suffix)}) = '{suffix}'
                        THEN left(session_user::text, -{len(suffix)}) END $f$""",
        f"""CREATE OR REPLACE FUNCTION dd_home_precinct() RETURNS text LANGUAGE sql STABLE {definer} AS $f$
            SELECT home_precinct FROM accounts WHERE login = dd_login() $f$""",
        # before the password is tried: the state of the account; an ended lockout is lifted
        f"""CREATE OR REPLACE FUNCTION dd_sign_in_begin(p_login text, p_now timestamptz)
            RETURNS TABLE(state text, locked_until timestamptz) LANGUAGE plpgsql {definer} AS $f$
            DECLARE a accounts%ROWTYPE;
            BEGIN
              SELECT * INTO a FROM accounts WHERE login = p_login;
              IF NOT FOUND THEN RETURN QUERY SELECT 'unknown'::text, NULL::timestamptz; RETURN; END IF;
              IF a.state = 'locked' AND a.locked_until <= p_now THEN
                UPDATE accounts SET state = 'active', locked_until = NULL, failed_sign_ins = 0,
                       version = version + 1 WHERE id = a.id;
                EXECUTE format('ALTER ROLE %I VALID UNTIL %L', p_login || '{suffix}', 'infinity');
                RETURN QUERY SELECT 'active'::text, NULL::timestamptz; RETURN;
              END IF;
              RETURN QUERY SELECT a.state::text, a.locked_until;
            END $f$""",
        # a refused sign-in: written to the access log; a wrong password counts towards the lockout
        f"""CREATE OR REPLACE FUNCTION dd_sign_in_failed(p_login text, p_now timestamptz,
                   p_workstation text, p_wrong_password boolean) RETURNS timestamptz
            LANGUAGE plpgsql {definer} AS $f$
            DECLARE a accounts%ROWTYPE; detail text;
            BEGIN
              SELECT * INTO a FROM accounts WHERE login = p_login FOR UPDATE;
              detail := CASE WHEN NOT FOUND THEN 'unknown login'
                             WHEN a.state = 'disabled' THEN 'account disabled'
                             WHEN a.state = 'locked' AND a.locked_until > p_now THEN 'account locked'
                             ELSE 'wrong password' END;
              INSERT INTO access_log (at, login, workstation, kind, subject, detail, confidential)
                VALUES (p_now, left(p_login, 40), left(p_workstation, 120), 'sign_in_failed',
                        left(p_login, 120), detail, false);
              IF detail <> 'wrong password' OR NOT p_wrong_password THEN
                RETURN CASE WHEN detail = 'account locked' THEN a.locked_until END;
              END IF;
              a.failed_sign_ins := a.failed_sign_ins + 1;
              IF a.failed_sign_ins >= {MAX_FAILED_SIGN_INS} THEN
                a.state := 'locked';
                a.locked_until := p_now + interval '{lock_minutes} minutes';
                -- an expired password: every password fails at the server, the right one too
                EXECUTE format('ALTER ROLE %I VALID UNTIL %L', p_login || '{suffix}', '1970-01-01 00:00+00');
                INSERT INTO access_log (at, login, workstation, kind, subject, detail, confidential)
                  VALUES (p_now, p_login, left(p_workstation, 120), 'account_locked', p_login,
                          'too many failed sign-ins', false);
              END IF;
              UPDATE accounts SET failed_sign_ins = a.failed_sign_ins, state = a.state,
                     locked_until = a.locked_until, version = version + 1 WHERE id = a.id;
              RETURN CASE WHEN a.state = 'locked' THEN a.locked_until END;
            END $f$""",
        # the server accepted the person's password
        f"""CREATE OR REPLACE FUNCTION dd_signed_in(p_now timestamptz, p_workstation text) RETURNS void
            LANGUAGE plpgsql {definer} AS $f$
            BEGIN
              IF dd_login() IS NULL THEN RAISE EXCEPTION 'not a person of this database'; END IF;
              UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = p_now,
                     state = CASE WHEN state = 'locked' THEN 'active' ELSE state END, version = version + 1
               WHERE login = dd_login();
              INSERT INTO access_log (at, login, workstation, kind, subject, detail, confidential)
                VALUES (p_now, dd_login(), left(p_workstation, 120), 'sign_in', dd_login(), '', false);
            END $f$""",
        # a person's own new password (a SCRAM verifier made by the client: the password never travels)
        f"""CREATE OR REPLACE FUNCTION dd_change_own_password(p_verifier text, p_now timestamptz,
                   p_workstation text) RETURNS void LANGUAGE plpgsql {definer} AS $f$
            BEGIN
              IF dd_login() IS NULL THEN RAISE EXCEPTION 'not a person of this database'; END IF;
              IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN RAISE EXCEPTION 'not a SCRAM verifier'; END IF;
              EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
              UPDATE accounts SET must_change_password = false, version = version + 1
               WHERE login = dd_login();
              INSERT INTO access_log (at, login, workstation, kind, subject, detail, confidential)
                VALUES (p_now, dd_login(), left(p_workstation, 120), 'password_changed', dd_login(), '',
                        false);
            END $f$""",
        # administrators' one way to make or change a login role
        f"""CREATE OR REPLACE FUNCTION dd_person_role(p_login text, p_verifier text, p_roles text[],
                   p_can_login boolean) RETURNS void LANGUAGE plpgsql {definer} AS $f$
            DECLARE r text := p_login || '{suffix}'; g text;
            BEGIN
              IF p_login !~ '^[a-z][a-z0-9._-]{{1,39}}$' THEN RAISE EXCEPTION 'not a login: %', p_login; END IF;
              IF NOT p_roles <@ {known} THEN RAISE EXCEPTION 'unknown roles: %', p_roles; END IF;
              IF p_verifier IS NOT NULL AND p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                RAISE EXCEPTION 'not a SCRAM verifier';
              END IF;
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
              END IF;
              EXECUTE format('ALTER ROLE %I %s NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                             'NOBYPASSRLS INHERIT CONNECTION LIMIT 24 VALID UNTIL %L',
                             r, CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END,
                             CASE WHEN p_can_login THEN 'infinity' ELSE '1970-01-01 00:00+00' END);
              IF p_verifier IS NOT NULL THEN
                EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_verifier);
              END IF;
              FOREACH g IN ARRAY {known} LOOP
                IF g = ANY(p_roles) THEN
                  EXECUTE format('GRANT %I TO %I', '{tag}#' || g, r);
                ELSE
                  EXECUTE format('REVOKE %I FROM %I', '{tag}#' || g, r);
                END IF;
              END LOOP;
            END $f$""",
    ]


def secure(connection: Connection) -> None:
    """Create the group roles, functions, grants and policies of this database (again: idempotent)."""
    tag = current_tag(connection)
    names = [group(tag, r) for r in (*DESK_ROLES, GATE, INTAKE)]
    if max(len(n) for n in names) > MAX_ROLE_NAME:
        raise RuntimeError(f"role names for database tag {tag!r} are too long")
    run = connection.execution_options(no_parameters=True).exec_driver_sql
    for name in names:
        run(f"""DO $d$ BEGIN CREATE ROLE {_q(name)} NOLOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $d$""")
    tables = [t for t in GRANTS if _exists(connection, t)]
    everyone = _groups(tag, *DESK_ROLES, GATE, INTAKE)
    for table in tables:
        run(f"REVOKE ALL ON {table} FROM PUBLIC, {everyone}")
        for privileges, roles in GRANTS[table]:
            run(f"GRANT {privileges} ON {table} TO {_groups(tag, *roles)}")
    run(f"GRANT SELECT ({ACCOUNT_COLUMNS}) ON accounts TO {_groups(tag, *DESK_ROLES)}")
    run(f"GRANT SELECT (id) ON accounts TO {_groups(tag, GATE, INTAKE)}")  # is there anybody yet
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")
    run(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    for statement in _functions(tag):
        run(statement)
    for function in ("dd_sign_in_begin(text, timestamptz)", "dd_sign_in_failed(text, timestamptz, text, boolean)",
                     "dd_signed_in(timestamptz, text)", "dd_change_own_password(text, timestamptz, text)",
                     "dd_person_role(text, text, text[], boolean)"):  # fmt: skip
        run(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION dd_sign_in_begin(text, timestamptz) TO {_groups(tag, GATE)}")
    run(
        f"GRANT EXECUTE ON FUNCTION dd_sign_in_failed(text, timestamptz, text, boolean) TO {_groups(tag, GATE)}"
    )
    run(f"GRANT EXECUTE ON FUNCTION dd_signed_in(timestamptz, text) TO {_groups(tag, *DESK_ROLES)}")
    run(f"GRANT EXECUTE ON FUNCTION dd_change_own_password(text, timestamptz, text) TO "
        f"{_groups(tag, *DESK_ROLES)}")  # fmt: skip
    run(f"GRANT EXECUTE ON FUNCTION dd_person_role(text, text, text[], boolean) TO {_groups(tag, 'admin')}")
    secured = [t for t in RLS_TABLES if _exists(connection, t)]  # an earlier migration: not all tables yet
    for table in secured:
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for (policy,) in connection.execute(
            text("SELECT policyname FROM pg_policies WHERE tablename = :t AND policyname LIKE 'dd\\_%'"),
            {"t": table},
        ).all():
            run(f"DROP POLICY {_q(policy)} ON {table}")
    for statement in _policies(tag):
        if statement.split(" ON ", 1)[1].split(" ", 1)[0] in secured:
            run(statement)


def _exists(connection: Connection, table: str) -> bool:
    return bool(connection.execute(text("SELECT to_regclass(:t) IS NOT NULL"), {"t": table}).scalar_one())


def roles_for_existing_accounts(connection: Connection) -> None:
    """A login role for every account made before the server checked passwords: it cannot log in until
    an administrator resets the password."""
    logins = connection.execute(text("SELECT login, roles FROM accounts")).all()
    for login, roles in logins:
        connection.execute(
            text("SELECT dd_person_role(:login, NULL, :roles, false)"),
            {"login": login, "roles": [r for r in roles.split(",") if r]},
        )
    connection.execute(text("UPDATE accounts SET password_hash = :stored"), {"stored": STORED_PASSWORD})


def unsecure(connection: Connection) -> None:
    """Undo ``secure`` (a downgrade): policies, functions and grants go; roles stay for the owner to drop."""
    run = connection.execution_options(no_parameters=True).exec_driver_sql
    for table in [t for t in RLS_TABLES if _exists(connection, t)]:
        for (policy,) in connection.execute(
            text("SELECT policyname FROM pg_policies WHERE tablename = :t AND policyname LIKE 'dd\\_%'"),
            {"t": table},
        ).all():
            run(f"DROP POLICY {_q(policy)} ON {table}")
        run(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for function in ("dd_person_role(text, text, text[], boolean)", "dd_change_own_password(text, timestamptz, text)",
                     "dd_signed_in(timestamptz, text)", "dd_sign_in_failed(text, timestamptz, text, boolean)",
                     "dd_sign_in_begin(text, timestamptz)", "dd_home_precinct()", "dd_login()"):  # fmt: skip
        run(f"DROP FUNCTION IF EXISTS {function}")


# -- what the services call ---------------------------------------------------------------------------
def verifier(connection: Connection, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, made here by libpq: the server never sees the password
    when it is set, only when a person signs in (inside the SCRAM exchange)."""
    raw = connection.connection.driver_connection
    made = raw.pgconn.encrypt_password(password.encode(), b"", b"scram-sha-256")  # type: ignore[union-attr]
    return bytes(made).decode("ascii")


def set_person(
    connection: Connection, login: str, roles: list[str], *, password: str | None, can_login: bool
) -> None:
    """Make or change ``login``'s login role: its groups, whether it may log in, its password."""
    connection.execute(
        text("SELECT dd_person_role(:login, :verifier, :roles, :can_login)"),
        {
            "login": login,
            "verifier": verifier(connection, password) if password is not None else None,
            "roles": roles,
            "can_login": can_login,
        },
    )


def sign_in_begin(connection: Connection, login: str, now) -> tuple[str, object]:
    state, until = connection.execute(
        text("SELECT state, locked_until FROM dd_sign_in_begin(:login, :now)"), {"login": login, "now": now}
    ).one()
    return state, until


def sign_in_failed(connection: Connection, login: str, now, workstation: str, wrong_password: bool):
    """Record a refused sign-in; the end of the lockout when the account is (now) locked."""
    return connection.execute(
        text("SELECT dd_sign_in_failed(:login, :now, :ws, :wrong)"),
        {"login": login, "now": now, "ws": workstation, "wrong": wrong_password},
    ).scalar_one()


def signed_in(connection: Connection, now, workstation: str) -> None:
    connection.execute(text("SELECT dd_signed_in(:now, :ws)"), {"now": now, "ws": workstation})


def change_own_password(connection: Connection, password: str, now, workstation: str) -> None:
    connection.execute(
        text("SELECT dd_change_own_password(:verifier, :now, :ws)"),
        {"verifier": verifier(connection, password), "now": now, "ws": workstation},
    )


def login_url(url: str, tag: str, login: str, password: str) -> str:
    """The database URL of the workstation with the person's own login role and password."""
    return role_url(url, person(tag, login), password)


def role_url(url: str, role: str, password: str) -> str:
    """``url`` with ``role`` and its password instead of its own (``#`` and ``@`` escaped)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=role, password=password).render_as_string(hide_password=False)


def administrators_who_can_log_in(connection: Connection, tag: str) -> int:
    return connection.execute(
        text(
            "SELECT count(*) FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
            "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = :admin AND r.rolcanlogin"
        ),
        {"admin": group(tag, "admin")},
    ).scalar_one()


SERVICE_ROLES = (GATE, INTAKE)


def set_service_password(connection: Connection, which: str, password: str) -> str:
    """Let the ``which`` role (``gate``: workstations before sign-in; ``intake``: the app's intake server)
    log in with ``password``; returns the role's name. Run by the database's owner."""
    if which not in SERVICE_ROLES:
        raise ValueError(f"not a service role: {which!r} (one of {', '.join(SERVICE_ROLES)})")
    name = group(current_tag(connection), which)
    run = connection.execution_options(no_parameters=True).exec_driver_sql
    secret = verifier(connection, password).replace("'", "''")
    run(f"ALTER ROLE {_q(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '{secret}'")
    return name
