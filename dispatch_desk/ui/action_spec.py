"""What an action of the desk is: the desk's state it depends on, the predicates over that state, the
record of one action (``ActionSpec``) and the menus. The actions themselves are in ``ui/action_table.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dispatch_desk.domain.access import Permission
from dispatch_desk.ui.names import QT_TRANSLATE_NOOP

P = Permission


@dataclass(frozen=True)
class DeskState:
    """What the desk's actions depend on."""

    database: bool = False  # open, and somebody is signed in (the desk is not locked)
    permissions: frozenset[Permission] = frozenset()  # the signed-in person's
    incident: bool = False  # an incident is selected
    incident_open: bool | None = None  # None while its detail is loading
    unit: bool = False  # a unit is selected in the unit panel
    unit_on_incident: bool = False  # the selected incident has a unit on it
    map: bool = False
    call_waiting: bool = False  # a call from the app rings
    in_call: bool = False  # this desk is in a call from the app


def always(_state: DeskState) -> bool:
    return True


def database(state: DeskState) -> bool:
    return state.database


def map_database(state: DeskState) -> bool:
    return state.database and state.map


def call_waiting(state: DeskState) -> bool:
    return state.database and state.call_waiting and not state.in_call


def in_call(state: DeskState) -> bool:
    return state.database and state.in_call


def open_incident(state: DeskState) -> bool:
    return state.database and state.incident and state.incident_open is not False


def closed_incident(state: DeskState) -> bool:
    return state.database and state.incident and state.incident_open is not True


def incident(state: DeskState) -> bool:
    return state.database and state.incident


def unit(state: DeskState) -> bool:
    return state.database and state.unit


def unit_for_incident(state: DeskState) -> bool:
    return open_incident(state) and state.unit_on_incident


def unit_and_incident(state: DeskState) -> bool:
    return open_incident(state) and state.unit


def placeable(state: DeskState) -> bool:
    return open_incident(state) and state.map


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str  # source text, translated in the context "Actions"
    handler: str  # dotted path from the main window
    shortcuts: tuple[str, ...] = ()
    menu: str | None = None  # desk | incident | units | view | help
    enabled: Callable[[DeskState], bool] = always
    arg: Any = None
    # its button's shorter title (context "Actions"): the incident panel's, a call's
    button: str | None = None
    context_menu: str | None = None  # unit: the unit panel's context menu
    scope: str = "window"  # window, or call_form: only while the call form has the focus
    checkable: bool = False
    separator_before: bool = False
    # who may (any of a tuple): the action is hidden from everybody else
    permission: Permission | tuple[Permission, ...] | None = None


MENUS = (
    ("desk", QT_TRANSLATE_NOOP("Actions", "&Desk")),
    ("incident", QT_TRANSLATE_NOOP("Actions", "&Incident")),
    ("units", QT_TRANSLATE_NOOP("Actions", "&Units")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)
