"""The command line's own words in the language asked for (``--lang``, else the setting, else the system's).

The words come from the desk's own catalogues, ``resources/translations/dispatch_desk_{kk,ru}.ts``: one
set of translations for the desk and the command line, kept with Qt Linguist and collected by
``scripts/update-translations.sh`` (which reads ``tr(…)`` and ``QT_TR_NOOP`` here as it reads the desk's
strings; the names both show are in ``ui/names.py``, which loads no Qt). The command line reads the XML
itself rather than Qt's compiled ``.qm``: it must not load Qt (only ``dispatch_desk/ui`` does), and
reading the catalogue takes under 10 ms.

A word with no translation yet stays in English; so do the messages of the rules (a value refused) and
``--help``. JSON output keeps codes, for scripts.
"""

from __future__ import annotations

import locale
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dispatch_desk.domain.access import AccountState, Permission, Role
from dispatch_desk.domain.enums import IncidentStatus, UnitKind, UnitStatus
from dispatch_desk.resources import resources_dir
from dispatch_desk.ui.names import INCIDENT_STATUS, UNIT_KIND, UNIT_STATUS, reason_text

if TYPE_CHECKING:
    from dispatch_desk.domain.access import Forbidden
    from dispatch_desk.domain.dispatch_rules import Reason
    from dispatch_desk.services.account_terms import ConfirmationNeeded, SignInRefused

LANGUAGES = ("kk", "ru", "en")
_catalogue: dict[tuple[str, str], str] = {}
_language = "en"


def QT_TR_NOOP(text: str) -> str:
    """Marks one of the command line's words for the catalogue; translated where it is shown."""
    return text


def choose(language: str | None) -> str:
    """The language to speak: the one asked for, else the system's; English unless Kazakh or Russian."""
    if not language:
        language = (locale.getlocale()[0] or "en")[:2]
    return language if language in LANGUAGES else "en"


def use(language: str | None) -> str:
    """Speak ``language`` from now on; returns the language chosen."""
    global _language
    chosen = choose(language)
    if chosen == _language and (_catalogue or chosen == "en"):
        return chosen
    _catalogue.clear()
    _language = chosen
    if chosen != "en":
        _catalogue.update(_read(chosen))
    return chosen


def language() -> str:
    return _language


def _read(language: str) -> dict[tuple[str, str], str]:
    path = resources_dir() / "translations" / f"dispatch_desk_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}  # a damaged install speaks English rather than not at all
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.find("translation")
            if message.get("numerus") == "yes" or text is None or not text.text:
                continue
            if text.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = text.text
    return found


def translate(context: str, text: str) -> str:
    """``text`` of the desk's ``context`` (e.g. "Labels") in the language in use."""
    return _catalogue.get((context, text), text)


def tr(text: str, **values: object) -> str:
    """One of the command line's own sentences (context "" in the catalogue) in the language in use, its
    ``{name}`` places filled with ``values`` (never interpreted: a value may hold braces)."""
    translated = _catalogue.get(("", text), text)
    for name, value in values.items():
        translated = translated.replace("{" + name + "}", str(value))
    return translated


# -- names the desk shows too (the same table, ``ui/names.py``) ------------------------------
def incident_status(status: IncidentStatus) -> str:
    return translate("Labels", INCIDENT_STATUS[status])


def unit_status(status: UnitStatus) -> str:
    return translate("Labels", UNIT_STATUS[status])


def unit_kind(kind: UnitKind) -> str:
    return translate("Labels", UNIT_KIND[kind])


def reason(why: Reason) -> str:
    """Why a unit is recommended, in the words of the desk's incident panel."""
    return reason_text(why, lambda text: translate("IncidentDetail", text), lambda priority: f"P{priority}")


# -- who may do what ------------------------------------------------------------------------------
_ROLE = {
    Role.OPERATOR: QT_TR_NOOP("operator"),
    Role.SHIFT_LEAD: QT_TR_NOOP("shift lead"),
    Role.INSPECTOR: QT_TR_NOOP("precinct inspector"),
    Role.ANTI_CORRUPTION: QT_TR_NOOP("anti-corruption officer"),
    Role.ADMIN: QT_TR_NOOP("administrator"),
    Role.AUDITOR: QT_TR_NOOP("auditor"),
    Role.WALL: QT_TR_NOOP("wall display"),
}
_ACTION = {
    Permission.TAKE_CALLS: QT_TR_NOOP("take calls"),
    Permission.DISPATCH: QT_TR_NOOP("dispatch units and update incidents"),
    Permission.SEE_IDENTITY: QT_TR_NOOP("see callers' identity"),
    Permission.READ_INCIDENTS: QT_TR_NOOP("read incidents of every precinct"),
    Permission.REASSIGN_ACROSS_PRECINCTS: QT_TR_NOOP("take a unit off an incident of another precinct"),
    Permission.OVERRIDE_PRIORITY: QT_TR_NOOP("override an incident's priority"),
    Permission.REOPEN: QT_TR_NOOP("reopen incidents"),
    Permission.MANAGE_UNITS: QT_TR_NOOP("manage units and their shifts"),
    Permission.READ_ANALYTICS: QT_TR_NOOP("read analytics"),
    Permission.READ_SHIFT_AUDIT: QT_TR_NOOP("read the shift's audit trail"),
    Permission.LEAD_SHIFT: QT_TR_NOOP("set the overdue thresholds and acknowledge overdue incidents"),
    Permission.READ_AUDIT: QT_TR_NOOP("read the audit trail"),
    Permission.CONFIDENTIAL: QT_TR_NOOP("handle corruption reports and complaints about police officers"),
    Permission.MANAGE_ACCOUNTS: QT_TR_NOOP("manage accounts"),
    Permission.MANAGE_GEOGRAPHY: QT_TR_NOOP("change precincts and address data"),
    Permission.MANAGE_REFERENCE: QT_TR_NOOP("change categories"),
    Permission.MANAGE_API_KEYS: QT_TR_NOOP("manage the intake's API keys"),
    Permission.WORK_PROBLEMS: QT_TR_NOOP("open and work on the precinct's problems"),
    Permission.READ_BOARD: QT_TR_NOOP("show the city board"),
    Permission.WATCH_CAMERAS: QT_TR_NOOP("watch the city's cameras"),
}


_ACCOUNT_STATE = {
    AccountState.ACTIVE: QT_TR_NOOP("active"),
    AccountState.LOCKED: QT_TR_NOOP("locked"),
    AccountState.DISABLED: QT_TR_NOOP("disabled"),
}


def account_state(state: AccountState) -> str:
    return tr(_ACCOUNT_STATE[state])


def role(value: Role) -> str:
    return tr(_ROLE[value])


def roles(values: Iterable[Role]) -> str:
    return ", ".join(role(r) for r in values)


def forbidden(error: Forbidden) -> str:
    """A refusal in the language in use: who may not do what, and which roles may (in English, the rule's
    own sentence)."""
    if error.permission is None or _language == "en":
        return str(error)
    return tr(
        "{login} may not {action}; this is for: {roles}",
        login=error.login,
        action=tr(_ACTION[error.permission]),
        roles=roles(error.holders) or tr("nobody"),
    )


def refused(error: SignInRefused) -> str:
    """Why a sign-in did not succeed, as the sign-in screen says it (in English, the service's sentence)."""
    if _language == "en":
        return str(error)
    return {
        "wrong": tr("wrong login or password"),
        "locked": tr("the account is locked for a while after failed sign-ins; try later"),
        "disabled": tr("the account is disabled; an administrator can enable it"),
    }.get(error.reason, str(error))


def confirmation_needed(asked: ConfirmationNeeded) -> str:
    """Roles asked for, not given: who must act next (in English, the service's sentence)."""
    if _language == "en":
        return str(asked)
    return tr(
        "{login}: {roles} read confidential data; the request waits for a second administrator to "
        "confirm it (dispatch-desk users confirm {login})",
        login=asked.request.login,
        roles=roles(asked.request.confidential_roles),
    )
