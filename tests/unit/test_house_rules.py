"""The rules of the house: every package shipped, the map's API faced one-to-one, feed records that read
what any version wrote."""

from __future__ import annotations

import ast
import re
import subprocess
import tomllib
from pathlib import Path

from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.change_summary import Changes
from dispatch_desk.domain.changes import (
    RECORD_OF,
    IncidentChange,
    UnitChange,
    UnknownChange,
    read_change,
)
from dispatch_desk.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "dispatch_desk").rglob("__init__.py")
    }
    migrations = ROOT / "dispatch_desk" / "store" / "migrations"
    data = {".".join(d.relative_to(ROOT).parts) for d in (migrations, migrations / "versions")}
    data |= {
        ".".join(("dispatch_desk", *d.relative_to(ROOT).parts))
        for d in (ROOT / "resources").rglob("*")
        if d.is_dir() and d.name != "__pycache__"
    }
    assert found | data | {"dispatch_desk.resources"} == listed


def test_every_kind_has_a_record_and_a_row_of_an_older_version_still_reads():
    assert set(RECORD_OF) == set(ChangeKind)
    # As the first versions wrote them: the incident's summary with an id, extras beside it.
    old = {
        "id": 7,
        "number": "26-000007",
        "status": "dispatched",
        "priority": 1,
        "category": "theft",
        "channel": "app",
        "address": "Естая 5",
        "precinct": "01",
        "lat": 52.28,
        "lon": 76.97,
        "location_source": "gps",
        "received_at": "2026-11-20T14:00:00+00:00",
        "units": ["A-1"],
        "version": 2,
        "unit": "A-1",
        "reason": "closest",
    }
    record = read_change("incident.dispatched", old)
    assert isinstance(record, IncidentChange) and record.kind is ChangeKind.INCIDENT_DISPATCHED
    assert (record.number, record.units, record.unit, record.reason) == (
        "26-000007",
        ("A-1",),
        "A-1",
        "closest",
    )
    assert read_change("incident.created", {}).number == ""  # fields it lacks take their defaults
    unit = read_change("unit.status", {"call_sign": "A-1", "kind": "patrol_car", "crew": ["Серік"]})
    assert isinstance(unit, UnitChange) and unit.kind_of_unit == "patrol_car" and unit.crew == ("Серік",)
    assert read_change("unit.status", unit.payload()) == unit  # written and read back the same
    newer = read_change("shift.handed_over", {"by": "x"})
    assert isinstance(newer, UnknownChange) and newer.payload() == {"by": "x"}
    assert read_change("incident.closed", None).kind is ChangeKind.INCIDENT_CLOSED  # a broken payload


def test_changes_name_what_views_refresh_by():
    records = [
        read_change("incident.created", {"number": "26-1", "channel": "app"}),
        read_change("incident.created", {"number": "26-2", "channel": "phone"}),
        read_change("unit.dispatched", {"call_sign": "A-1"}),
        read_change("precinct.saved", {"code": "01"}),
    ]
    changes = Changes.of(records)
    assert changes.incidents == {"26-1", "26-2"} and changes.units == {"A-1"}
    assert changes.new_app_reports == ("26-1",) and changes.precincts and changes.geography
    assert not Changes.of([]) and not Changes.of([]).geography


def test_the_map_api_faces_every_function_of_the_page_and_nothing_else_spells_one():
    from dispatch_desk.ui.map.api import JS_FUNCTIONS

    script = "".join(
        (resources_dir() / "map" / n).read_text(encoding="utf-8")
        for n in ("desk.js", "motion.js", "roads.js", "cameras.js")
    )
    page_functions = set(re.findall(r"desk\.(\w+) = function", script)) - {"init"}  # the page's own start
    assert set(JS_FUNCTIONS) == page_functions
    api = (ROOT / "dispatch_desk" / "ui" / "map" / "api.py").read_text(encoding="utf-8")
    for name in JS_FUNCTIONS:
        assert f'call("{name}"' in api, name
    for path in (ROOT / "dispatch_desk" / "ui").rglob("*.py"):
        if path.name in ("api.py", "view.py"):
            continue
        text = path.read_text(encoding="utf-8")
        pattern = r"\.call\(\"(" + "|".join(JS_FUNCTIONS) + r")\""
        assert not re.search(pattern, text), path
        assert "runJavaScript" not in text, path


def _package_modules():
    for path in sorted((ROOT / "dispatch_desk").rglob("*.py")):
        if "migrations" not in path.parts:  # a migration is history: written once, never grown
            yield path


def test_no_module_grows_past_the_size_a_newcomer_reads():
    for path in _package_modules():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 500, f"{path.relative_to(ROOT)} has {lines} lines: split it by responsibility"


def test_no_function_is_longer_than_a_screen_and_a_half():
    for path in _package_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                assert lines <= 80, f"{path.relative_to(ROOT)}:{node.lineno} {node.name} has {lines} lines"


def test_the_formatter_decides_the_layout():
    """No line is kept out of the formatter's hands: the size rules above measure formatted code."""
    tracked = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    marker = re.compile(r"#\s*fmt:\s*(skip|off|on)\b")
    kept = [
        f"{name}:{n}"
        for name in tracked
        for n, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1)
        if marker.search(line)
    ]
    assert kept == [], f"formatter markers: {kept[:10]}"


# Reaching into another object's private members, where it is the one right way: Starlette caches a body
# read in pieces in ``request._body``; ``Settings`` builds an instance in a classmethod of its own.
PRIVATE_REACH_ALLOWED = {("intake/body.py", "request._body"), ("config.py", "settings._apply")}


def test_no_part_reaches_into_another_parts_private_members():
    """Services share ``DeskContext``; window parts call each other's public methods. A ``_member`` is
    used only by its own object."""
    reached = []
    for path in _package_modules():
        name = path.relative_to(ROOT / "dispatch_desk").as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Attribute) and node.attr.startswith("_")):
                continue
            if node.attr.startswith("__") or (
                isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            ):
                continue
            if (name, ast.unparse(node)) not in PRIVATE_REACH_ALLOWED:
                reached.append(f"{name}:{node.lineno} {ast.unparse(node)}")
    assert reached == [], reached


def test_the_services_import_one_another_without_a_cycle():
    """Every import between modules of ``services/``, those for type checking included, points one way."""
    folder = ROOT / "dispatch_desk" / "services"
    graph: dict[str, set[str]] = {}
    for path in folder.glob("*.py"):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dispatch_desk.services."):
                imported.add(node.module.split(".")[2])
        graph[path.stem] = imported

    def cycle_from(start: str, path: tuple[str, ...]) -> tuple[str, ...] | None:
        for following in sorted(graph.get(path[-1], ())):
            if following == start:
                return (*path, start)
            if following not in path:
                found = cycle_from(start, (*path, following))
                if found:
                    return found
        return None

    cycles = [found for module in sorted(graph) if (found := cycle_from(module, (module,)))]
    assert cycles == [], " ; ".join(" -> ".join(c) for c in cycles)


# The window is built by the front doors (``app.py``, ``screenshot.py``); everything else is given
# what it needs (``ui/desk_part.PartContext``) and never the window.
WINDOW_BUILT_BY = {"ui/main_window.py", "ui/app.py", "ui/screenshot.py"}


def test_no_part_of_the_desk_imports_the_window():
    importing = []
    for path in _package_modules():
        name = path.relative_to(ROOT / "dispatch_desk").as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            imports_window = (
                isinstance(node, ast.ImportFrom) and node.module == "dispatch_desk.ui.main_window"
            )
            if imports_window and name not in WINDOW_BUILT_BY:
                importing.append(name)
    assert importing == [], importing


def test_no_class_has_more_methods_than_a_newcomer_keeps_in_mind():
    """At most 30 methods a class, those it inherits from the package's own classes counted."""
    classes: dict[str, tuple[list[str], set[str], str]] = {}  # name → (bases, own methods, where)
    for path in _package_modules():
        where = path.relative_to(ROOT / "dispatch_desk").as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                methods = {f.name for f in node.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
                bases = [b.id for b in node.bases if isinstance(b, ast.Name)]
                classes[node.name] = (bases, methods, where)

    def methods(name: str, seen: frozenset[str] = frozenset()) -> set[str]:
        bases, own, _ = classes[name]
        inherited = [methods(b, seen | {name}) for b in bases if b in classes and b not in seen]
        return own.union(*inherited)

    sizes = {f"{where}:{name}": len(methods(name)) for name, (_, _, where) in classes.items()}
    assert {where: n for where, n in sizes.items() if n > 30} == {}
    assert sizes["ui/main_window.py:MainWindow"] > 20  # the count sees what it should
