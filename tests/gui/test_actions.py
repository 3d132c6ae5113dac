"""Actions as data: one record per action, keys written once, every handler real, state applied."""

from __future__ import annotations

import pytest

from dispatch_desk.domain.access import PERMISSIONS, Role
from dispatch_desk.ui.actions import ACTIONS, DeskState, resolve

pytestmark = pytest.mark.gui


def test_no_two_actions_share_a_key_and_every_handler_exists(bare_window):
    keys = [k for spec in ACTIONS for k in spec.shortcuts]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"
    for spec in ACTIONS:
        assert callable(resolve(bare_window, spec.handler)), spec.id
    listed = [keys for _, keys in bare_window.help.shortcut_rows()]
    assert len(listed) == len(set(listed)) and {"F2", "Ctrl+N", "Alt+1", "Esc", "Ctrl+Return"} <= set(listed)


def test_menus_buttons_and_context_menu_come_from_the_table(bare_window):
    titles = {
        a.text()
        for menu in bare_window.menuBar().findChildren(type(bare_window.menuBar().actions()[0].menu()))
        for a in menu.actions()
    }
    assert "&New call" in titles and "Cl&ose incident…" in titles
    buttons = [text for _, text in bare_window.desk_actions.buttons()]
    assert "Dispatch first\nCtrl+D" in buttons and "Close\nCtrl+Shift+C" in buttons
    assert {a.objectName() for a in bare_window.desk_actions.for_context_menu("unit")} >= {
        "reassign",
        "unit_busy",
    }
    assert bare_window.call_form.place_button.text() == "Place on map (Ctrl+M)"


def test_what_a_role_may_not_do_is_hidden_from_it(bare_window):
    actions = bare_window.desk_actions
    state = dict(database=True, incident=True, incident_open=False, unit=True, map=True)
    actions.update(DeskState(permissions=PERMISSIONS[Role.OPERATOR], **state))
    assert not actions.actions["reopen"].isVisible() and not actions.actions["unit_off_shift"].isVisible()
    assert actions.actions["unit_busy"].isVisible() and actions.actions["unit_busy"].isEnabled()
    actions.update(DeskState(permissions=PERMISSIONS[Role.SHIFT_LEAD], **state))
    assert actions.actions["reopen"].isVisible() and actions.actions["reopen"].isEnabled()
    actions.update(DeskState(permissions=PERMISSIONS[Role.AUDITOR], **state))
    assert not actions.actions["new_call"].isVisible() and not actions.actions["dispatch_first"].isVisible()
    assert actions.actions["sign_out"].isVisible() and actions.actions["shortcuts"].isVisible()


def test_actions_apply_only_where_they_make_sense(bare_window):
    actions = bare_window.desk_actions
    actions.update(DeskState())
    assert not actions.actions["new_call"].isEnabled() and not actions.actions["close"].isEnabled()
    assert actions.actions["shortcuts"].isEnabled()
    lead = PERMISSIONS[Role.SHIFT_LEAD]
    actions.update(DeskState(database=True, permissions=lead, incident=True, incident_open=True))
    assert actions.actions["close"].isEnabled() and not actions.actions["reopen"].isEnabled()
    assert not actions.actions["reassign"].isEnabled() and not actions.actions["place"].isEnabled()
    actions.update(
        DeskState(database=True, permissions=lead, incident=True, incident_open=False, unit=True, map=True)
    )
    assert actions.actions["reopen"].isEnabled() and not actions.actions["close"].isEnabled()
    assert actions.actions["unit_busy"].isEnabled()
