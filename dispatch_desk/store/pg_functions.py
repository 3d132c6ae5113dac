"""The SQL functions and triggers by which PostgreSQL itself keeps the desk's promises.

- **Signing in** (``dd_sign_in``, the gate's only way in): the account's row is locked while the password
  is checked (bcrypt by pgcrypto, the hash in a column nobody but the owner reads), so concurrent guesses
  are counted one after another and at most five wrong passwords are ever checked before the lock. The
  person's login role never has the desk password: a successful sign-in sets a random secret, valid for
  the shift (``VALID UNTIL``), and hands it to the workstation alone, so a password guessed at the server
  opens nothing. Times are the server's (``now()``); no caller passes a clock.
- **Accounts**: login roles exist only for accounts. Triggers on ``accounts`` make and change the login
  role (groups, may log in) whenever its account changes, refuse an administrator's change of their own
  roles and a confidential-reading role (anti-corruption, auditor) that a second administrator has not
  confirmed, and require every change by a person to be written to the access log and the change feed in
  the same transaction.
- **Recorded changes**: a change to an incident, its assignments or a unit commits only with a change-feed
  row about it in the same transaction (a deferred constraint trigger); versions move on every change.
  Feed rows and access-log lines of a workstation carry the server's time and the client's address;
  feed rows must be of a kind the desk knows, with an object as payload.

The table owner (who installs and migrates) is trusted; its bulk loads of finished history say so with
``dd.bulk`` and are exempt from the feed check. SQL only here; ``pg_security`` installs it.
"""

from __future__ import annotations

from dispatch_desk.domain.access import LOCKOUT, MAX_FAILED_SIGN_INS, MAX_PASSWORD, MIN_PASSWORD, Role
from dispatch_desk.domain.change_kinds import ChangeKind

DESK_ROLES = tuple(r.value for r in Role)
# roles that read confidential data: granted only when a second administrator confirms
CONFIDENTIAL_ROLES = (Role.ANTI_CORRUPTION.value, Role.AUDITOR.value)
BCRYPT_COST = 10  # about 70 ms a check on a 2-core server
SESSION_HOURS = 13  # a twelve-hour shift and its handover
DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"
# the change-feed check: which table's row is recorded under which feed entity and id
RECORDED = {
    "incidents": ("incident", "id"),
    "assignments": ("incident", "incident_id"),
    "units": ("unit", "id"),
    "unit_alarms": ("alarm", "id"),
}


def _array(values) -> str:
    return "ARRAY[" + ", ".join(f"'{v}'" for v in values) + "]::text[]"


def owner_functions() -> list[str]:
    return [
        # the installer: the owner of the tables (its session, or a function it owns running)
        """CREATE OR REPLACE FUNCTION dd_owner() RETURNS name LANGUAGE sql STABLE AS $f$
            SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'public.accounts'::regclass $f$""",
        """CREATE OR REPLACE FUNCTION dd_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $f$
            SELECT session_user::name = dd_owner() $f$""",
        """CREATE OR REPLACE FUNCTION dd_bulk() RETURNS boolean LANGUAGE sql STABLE AS $f$
            SELECT coalesce(current_setting('dd.bulk', true), '') = 'on' AND dd_is_owner() $f$""",
        """CREATE OR REPLACE FUNCTION dd_client() RETURNS text LANGUAGE sql STABLE AS $f$
            SELECT coalesce(host(inet_client_addr()), 'local') $f$""",
    ]


def person_functions(tag: str) -> list[str]:
    suffix = "@" + tag
    return [
        # the person behind this connection, or NULL for any other role
        f"""CREATE OR REPLACE FUNCTION dd_login() RETURNS text LANGUAGE sql STABLE AS $f$
            SELECT CASE WHEN right(session_user::text, {len(suffix)}) = '{suffix}'
                        THEN left(session_user::text, -{len(suffix)}) END $f$""",
        f"""CREATE OR REPLACE FUNCTION dd_home_precinct() RETURNS text LANGUAGE sql STABLE {DEFINER} AS $f$
            SELECT home_precinct FROM accounts WHERE login = dd_login() $f$""",
        f"""CREATE OR REPLACE FUNCTION dd_password_hash(p_password text) RETURNS text LANGUAGE plpgsql
            VOLATILE {DEFINER} AS $f$
            BEGIN
              IF p_password IS NULL OR length(p_password) < {MIN_PASSWORD} OR length(p_password) > {MAX_PASSWORD}
              THEN RAISE EXCEPTION 'not an acceptable password' USING ERRCODE = 'invalid_parameter_value';
              END IF;
              RETURN crypt(p_password, gen_salt('bf', {BCRYPT_COST}));
            END $f$""",
        # the login role follows its account: groups, whether it may log in (a secret comes at sign-in)
        f"""CREATE OR REPLACE FUNCTION dd_sync_person(p_login text) RETURNS void LANGUAGE plpgsql
            {DEFINER} AS $f$
            DECLARE a accounts%ROWTYPE; r text := p_login || '{suffix}'; g text; roles text[];
            BEGIN
              SELECT * INTO a FROM accounts WHERE login = p_login;
              IF NOT FOUND THEN RETURN; END IF;
              roles := string_to_array(a.roles, ',');
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN INHERIT CONNECTION LIMIT 24', r);
              END IF;
              IF a.state = 'disabled' THEN
                EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', r);
              ELSE
                EXECUTE format('ALTER ROLE %I LOGIN', r);
              END IF;
              FOREACH g IN ARRAY {_array(DESK_ROLES)} LOOP
                IF g = ANY(roles) THEN
                  EXECUTE format('GRANT %I TO %I', '{tag}#' || g, r);
                ELSE
                  EXECUTE format('REVOKE %I FROM %I', '{tag}#' || g, r);
                END IF;
              END LOOP;
            END $f$""",
    ]


def sign_in_functions(tag: str) -> list[str]:
    """The gate's functions: signing in (and locking out), signing out, changing one's own password, and
    whether an administrator can sign in."""
    log = _ACCESS_LINE
    return [
        _sign_in_function(tag),
        # the end of a person's session at this workstation: the secret opens nothing any more
        f"""CREATE OR REPLACE FUNCTION dd_sign_out() RETURNS void LANGUAGE plpgsql {DEFINER} AS $f$
            BEGIN
              IF dd_login() IS NULL THEN RAISE EXCEPTION 'not a person of this database'; END IF;
              EXECUTE format('ALTER ROLE %I PASSWORD NULL', session_user);
            END $f$""",
        # a person's own new password: the old one again, checked here; the server hashes the new one
        f"""CREATE OR REPLACE FUNCTION dd_change_own_password(p_old text, p_new text, p_workstation text)
            RETURNS void LANGUAGE plpgsql {DEFINER} AS $f$
            DECLARE a accounts%ROWTYPE;
            BEGIN
              IF dd_login() IS NULL THEN RAISE EXCEPTION 'not a person of this database'; END IF;
              SELECT * INTO a FROM accounts WHERE login = dd_login() FOR UPDATE;
              IF a.password_hash = '' OR crypt(left(coalesce(p_old, ''), {MAX_PASSWORD}), a.password_hash)
                 <> a.password_hash THEN
                RAISE EXCEPTION 'the old password is wrong' USING ERRCODE = 'invalid_password';
              END IF;
              IF p_new = p_old THEN
                RAISE EXCEPTION 'the new password must differ from the old one'
                      USING ERRCODE = 'invalid_parameter_value';
              END IF;
              UPDATE accounts SET password_hash = dd_password_hash(p_new), must_change_password = false,
                     version = version + 1 WHERE id = a.id;
              {log} (now(), dd_login(), left(coalesce(p_workstation, ''), 120), 'password_changed', dd_login(),
                     '', false, dd_client());
            END $f$""",
        # is there an administrator who can sign in (asked at start, over the gate)?
        f"""CREATE OR REPLACE FUNCTION dd_administrator_ready() RETURNS boolean LANGUAGE sql STABLE
            {DEFINER} AS $f$
            SELECT EXISTS (SELECT 1 FROM accounts WHERE ',' || roles || ',' LIKE '%,admin,%'
                           AND state <> 'disabled' AND password_hash <> '') $f$""",
    ]


_ACCESS_LINE = (
    "INSERT INTO access_log (at, login, workstation, kind, subject, detail, confidential, address) VALUES"
)


def _sign_in_function(tag: str) -> str:
    """The gate's way in: serialised per account, counted, the server's clock; a secret on success."""
    suffix = "@" + tag
    lock_minutes = int(LOCKOUT.total_seconds() // 60)
    log = _ACCESS_LINE
    return f"""CREATE OR REPLACE FUNCTION dd_sign_in(p_login text, p_password text, p_workstation text)
            RETURNS TABLE(outcome text, locked_until timestamptz, secret text) LANGUAGE plpgsql
            {DEFINER} AS $f$
            DECLARE a accounts%ROWTYPE; detail text; s text; ws text := left(coalesce(p_workstation, ''), 120);
                    who text := left(coalesce(p_login, ''), 40); typed text := left(coalesce(p_password, ''), {MAX_PASSWORD});
            BEGIN
              SELECT * INTO a FROM accounts WHERE login = who FOR UPDATE;
              IF NOT FOUND THEN
                PERFORM crypt(typed, gen_salt('bf', {BCRYPT_COST}));  -- as long as a real check
                detail := 'unknown login';
              ELSIF a.state = 'disabled' THEN detail := 'account disabled';
              ELSIF a.state = 'locked' AND a.locked_until > now() THEN detail := 'account locked';
              ELSIF a.password_hash = '' OR crypt(typed, a.password_hash) <> a.password_hash THEN
                detail := 'wrong password';
              END IF;
              IF detail IS NULL THEN
                s := encode(gen_random_bytes(24), 'hex');
                EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', who || '{suffix}', s,
                               (now() + interval '{SESSION_HOURS} hours')::text);
                UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = now(),
                       state = CASE WHEN state = 'locked' THEN 'active' ELSE state END, version = version + 1
                 WHERE id = a.id;
                {log} (now(), who, ws, 'sign_in', who, '', false, dd_client());
                RETURN QUERY SELECT 'signed_in'::text, NULL::timestamptz, s;
                RETURN;
              END IF;
              {log} (now(), who, ws, 'sign_in_failed', who, detail, false, dd_client());
              IF detail = 'wrong password' THEN
                IF a.state = 'locked' THEN a.state := 'active'; a.failed_sign_ins := 0; END IF;
                a.failed_sign_ins := a.failed_sign_ins + 1;
                IF a.failed_sign_ins >= {MAX_FAILED_SIGN_INS} THEN
                  a.state := 'locked';
                  a.locked_until := now() + interval '{lock_minutes} minutes';
                  {log} (now(), who, ws, 'account_locked', who, 'too many failed sign-ins', false, dd_client());
                END IF;
                UPDATE accounts SET failed_sign_ins = a.failed_sign_ins, state = a.state,
                       locked_until = a.locked_until, version = version + 1 WHERE id = a.id;
              END IF;
              RETURN QUERY SELECT CASE WHEN detail = 'account disabled' THEN 'disabled'
                                       WHEN a.state = 'locked' THEN 'locked' ELSE 'wrong' END,
                                  CASE WHEN a.state = 'locked' THEN a.locked_until END, NULL::text;
            END $f$"""


def account_triggers() -> list[str]:
    confidential = _array(CONFIDENTIAL_ROLES)
    return [
        # a person's direct change (an administrator's, over the table's grants): the rules
        f"""CREATE OR REPLACE FUNCTION dd_account_rules() RETURNS trigger LANGUAGE plpgsql AS $f$
            DECLARE added text[];
            BEGIN
              IF current_user = dd_owner() THEN RETURN NEW; END IF;  -- the installer, the sign-in functions
              IF TG_OP = 'UPDATE' THEN
                IF NEW.login <> OLD.login THEN
                  RAISE EXCEPTION 'a login is never renamed' USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.roles IS DISTINCT FROM OLD.roles AND NEW.login = dd_login() THEN
                  RAISE EXCEPTION 'an administrator cannot change their own roles'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                added := ARRAY(SELECT unnest(string_to_array(NEW.roles, ','))
                               EXCEPT SELECT unnest(string_to_array(OLD.roles, ',')));
              ELSE
                added := string_to_array(NEW.roles, ',');
              END IF;
              IF added && {confidential} AND NOT EXISTS (
                   SELECT 1 FROM role_requests r WHERE r.login = NEW.login AND r.state = 'confirmed'
                      AND r.roles = NEW.roles AND r.decided_by = dd_login() AND r.requested_by <> dd_login()
                      AND r.decided_at = now()) THEN
                RAISE EXCEPTION 'roles that read confidential data (%) need a second administrator''s confirmation',
                      array_to_string(added, ', ') USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NEW.password_hash IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD.password_hash END)
                 AND NEW.password_hash <> '' AND NEW.password_hash !~ '^\\$2a\\$[0-9]{{2}}\\$[./A-Za-z0-9]{{53}}$' THEN
                RAISE EXCEPTION 'not a password hash made by the server' USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END $f$""",
        """CREATE OR REPLACE FUNCTION dd_account_role() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = public, pg_temp AS $f$
            BEGIN
              PERFORM dd_sync_person(NEW.login);
              RETURN NULL;
            END $f$""",
        # at commit: a person's change of an account is in the access log and the change feed
        """CREATE OR REPLACE FUNCTION dd_account_recorded() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = public, pg_temp AS $f$
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM access_log WHERE at = now() AND subject = NEW.login
                               AND kind = 'account_changed')
                 OR NOT EXISTS (SELECT 1 FROM change_feed WHERE entity = 'account' AND subject = NEW.login
                               AND txid = txid_current()) THEN
                RAISE EXCEPTION 'a change of account % must be written to the access log and the change feed',
                      NEW.login USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NULL;
            END $f$""",
        """CREATE OR REPLACE FUNCTION dd_role_request_times() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              IF current_user = dd_owner() THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN NEW.requested_at := now(); NEW.requested_from := dd_client();
              ELSE
                IF NEW.login <> OLD.login OR NEW.roles <> OLD.roles OR NEW.requested_by <> OLD.requested_by THEN
                  RAISE EXCEPTION 'a request is decided as it was asked' USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.decided_at := now(); NEW.decided_from := dd_client();
              END IF;
              RETURN NEW;
            END $f$""",
        # an alarm is raised and acknowledged at the server's time, and acknowledged once
        """CREATE OR REPLACE FUNCTION dd_alarm_times() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              IF current_user = dd_owner() THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN NEW.raised_at := now();
              ELSIF OLD.acknowledged_at IS NOT NULL THEN
                RAISE EXCEPTION 'the alarm is acknowledged already' USING ERRCODE = 'insufficient_privilege';
              ELSE NEW.acknowledged_at := now();
              END IF;
              RETURN NEW;
            END $f$""",
    ]


def record_triggers() -> list[str]:
    known = _array(f"{k.entity}|{k.value}" for k in ChangeKind)
    checks = []
    for table, (entity, key) in RECORDED.items():
        checks.append(
            f"""CREATE OR REPLACE FUNCTION dd_{table}_recorded() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = public, pg_temp AS $f$
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM change_feed WHERE entity = '{entity}' AND entity_id = NEW.{key}
                             AND txid = txid_current()) THEN
                RAISE EXCEPTION 'a change to % % without its change-feed row: every change is recorded',
                      '{table}', NEW.{key} USING ERRCODE = 'insufficient_privilege',
                      HINT = 'make the change through Dispatch Desk';
              END IF;
              RETURN NULL;
            END $f$"""
        )
    return [
        f"""CREATE OR REPLACE FUNCTION dd_feed_in() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              NEW.txid := txid_current();
              IF NOT (NEW.entity || '|' || NEW.kind) = ANY({known}) THEN
                RAISE EXCEPTION 'not a kind of change: % of %', left(NEW.kind, 40), left(NEW.entity, 20)
                      USING ERRCODE = 'check_violation';
              END IF;
              IF jsonb_typeof(NEW.payload) IS DISTINCT FROM 'object' OR pg_column_size(NEW.payload) > 65536 THEN
                RAISE EXCEPTION 'the payload of a change is an object of at most 64 KB'
                      USING ERRCODE = 'check_violation';
              END IF;
              IF NOT dd_is_owner() THEN NEW.at := now(); END IF;
              RETURN NEW;
            END $f$""",
        """CREATE OR REPLACE FUNCTION dd_access_in() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              NEW.address := dd_client();
              IF NOT dd_is_owner() THEN NEW.at := now(); END IF;
              RETURN NEW;
            END $f$""",
        """CREATE OR REPLACE FUNCTION dd_version() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              IF NEW.version IS NOT DISTINCT FROM OLD.version THEN NEW.version := OLD.version + 1; END IF;
              RETURN NEW;
            END $f$""",
        *checks,
    ]


def triggers() -> list[tuple[str, str, str]]:
    """(table, trigger, its CREATE statement after ``DROP TRIGGER IF EXISTS``)."""
    made = [
        (
            "change_feed",
            "dd_feed_in",
            "BEFORE INSERT ON change_feed FOR EACH ROW EXECUTE FUNCTION dd_feed_in()",
        ),
        (
            "access_log",
            "dd_access_in",
            "BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION dd_access_in()",
        ),
        ("incidents", "dd_version", "BEFORE UPDATE ON incidents FOR EACH ROW EXECUTE FUNCTION dd_version()"),
        ("units", "dd_version", "BEFORE UPDATE ON units FOR EACH ROW EXECUTE FUNCTION dd_version()"),
        (
            "accounts",
            "dd_account_rules",
            "BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION dd_account_rules()",
        ),
        (
            "accounts",
            "dd_account_role",
            "AFTER INSERT OR UPDATE OF roles, state ON accounts FOR EACH ROW EXECUTE FUNCTION dd_account_role()",
        ),
        (
            "role_requests",
            "dd_role_request_times",
            "BEFORE INSERT OR UPDATE ON role_requests FOR EACH ROW EXECUTE FUNCTION dd_role_request_times()",
        ),
        (
            "unit_alarms",
            "dd_alarm_times",
            "BEFORE INSERT OR UPDATE ON unit_alarms FOR EACH ROW EXECUTE FUNCTION dd_alarm_times()",
        ),
    ]
    made.append(
        (
            "accounts",
            "dd_account_recorded",
            "AFTER INSERT OR UPDATE OF roles, state, password_hash, home_precinct, full_name ON accounts "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (current_user <> dd_owner()) "
            "EXECUTE FUNCTION dd_account_recorded()",
        )
    )
    for table in RECORDED:
        made.append(
            (
                table,
                "dd_recorded",
                f"AFTER INSERT OR UPDATE ON {table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                f"WHEN (NOT dd_bulk()) EXECUTE FUNCTION dd_{table}_recorded()",
            )
        )
    return made


FUNCTIONS = (
    "dd_sign_in(text, text, text)",
    "dd_sign_out()",
    "dd_change_own_password(text, text, text)",
    "dd_administrator_ready()",
    "dd_password_hash(text)",
    "dd_sync_person(text)",
)
OLD_FUNCTIONS = (  # the caller's clock and the administrators' back door of earlier versions
    "dd_person_role(text, text, text[], boolean)",
    "dd_change_own_password(text, timestamptz, text)",
    "dd_signed_in(timestamptz, text)",
    "dd_sign_in_failed(text, timestamptz, text, boolean)",
    "dd_sign_in_begin(text, timestamptz)",
)
