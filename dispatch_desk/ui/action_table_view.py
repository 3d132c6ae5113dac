"""The actions of the map and the view, as data (the rest of ``ACTIONS`` is in ``action_table.py``)."""

from __future__ import annotations

from dispatch_desk.domain.access import Permission
from dispatch_desk.ui.action_spec import ActionSpec, database, incident, map_database, unit
from dispatch_desk.ui.names import QT_TRANSLATE_NOOP

P = Permission

MAP_AND_VIEW_ACTIONS: tuple[ActionSpec, ...] = (
    # Units on the map
    ActionSpec(
        "unit_follow",
        QT_TRANSLATE_NOOP("Actions", "Follow the selected unit on the map (again: stop)"),
        "positions.follow_selected",
        ("Ctrl+Alt+F",),
        "units",
        unit,
        context_menu="unit",
        separator_before=True,
    ),
    ActionSpec(
        "unit_track",
        QT_TRANSLATE_NOOP("Actions", "Track of the selected unit on the map…"),
        "tracks.review_selected",
        ("Ctrl+Alt+T",),
        "units",
        unit,
        context_menu="unit",
        permission=P.MANAGE_UNITS,
    ),
    ActionSpec(
        "unit_track_clear",
        QT_TRANSLATE_NOOP("Actions", "Clear the track from the map"),
        "tracks.clear_track",
        (),
        "units",
        database,
        permission=P.MANAGE_UNITS,
    ),
    # The view
    ActionSpec(
        "recent_messages",
        QT_TRANSLATE_NOOP("Actions", "&Recent messages…"),
        "notices.show_recent",
        ("Ctrl+Shift+H",),
        "view",
    ),
    ActionSpec(
        "dark",
        QT_TRANSLATE_NOOP("Actions", "&Night palette"),
        "toggle_palette",
        ("Ctrl+Shift+N",),
        "view",
        checkable=True,
    ),
    ActionSpec(
        "hot_spots",
        QT_TRANSLATE_NOOP("Actions", "&Hot spots and repeat addresses"),
        "hot_spots.toggle",
        ("Ctrl+Alt+G",),
        "view",
        map_database,
        checkable=True,
        permission=P.READ_ANALYTICS,
    ),
    ActionSpec(
        "coverage",
        QT_TRANSLATE_NOOP("Actions", "&Coverage of the free units by road (5 and 10 min)"),
        "roads.toggle_coverage",
        ("Ctrl+Alt+C",),
        "view",
        map_database,
        checkable=True,
        permission=P.DISPATCH,
    ),
    ActionSpec(
        "cameras",
        QT_TRANSLATE_NOOP("Actions", "Ca&meras at the incident"),
        "cameras.show_dock",
        ("Ctrl+Alt+V",),
        "view",
        database,
        permission=P.WATCH_CAMERAS,
    ),
    ActionSpec(
        "camera_cones",
        QT_TRANSLATE_NOOP("Actions", "Camera view cones on the map"),
        "cameras.toggle_cones",
        ("Ctrl+Alt+Y",),
        "view",
        map_database,
        checkable=True,
        permission=P.WATCH_CAMERAS,
    ),
    ActionSpec(
        "camera_snapshot",
        QT_TRANSLATE_NOOP("Actions", "Camera snapshot into the incident"),
        "cameras.snapshot",
        ("Ctrl+Alt+S",),
        "view",
        incident,
        permission=P.DISPATCH,
    ),
    ActionSpec(
        "problems",
        QT_TRANSLATE_NOOP("Actions", "&Problems of the precinct…"),
        "problems.show_list",
        ("Ctrl+Alt+B",),
        "view",
        database,
        permission=P.READ_ANALYTICS,
    ),
)
