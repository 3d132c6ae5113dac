"""The map page is built once per content: a start whose precincts, streets, language and basemap are
those the page was built from loads it as it is, without importing folium (with pandas, the largest part
of a start); any change of them builds it again."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from dispatch_desk.demo.city import load_city_outline, load_precincts, load_streets
from dispatch_desk.ui.map.page import MapContent, build_page

BUILD = """
import sys
from pathlib import Path
from dispatch_desk.demo.city import load_city_outline, load_precincts, load_streets
from dispatch_desk.ui.map.page import MapContent, build_page
build_page(MapContent(load_precincts(), load_streets(), load_city_outline(), language=sys.argv[2]), Path(sys.argv[1]))
print("folium" in sys.modules)
"""


def test_the_same_content_keeps_the_page_and_a_change_builds_it_again(tmp_path: Path):
    content = MapContent(load_precincts(), load_streets(), load_city_outline(), language="kk")
    page = build_page(content, tmp_path)
    first = page.stat().st_mtime_ns
    assert "desk.init(" in page.read_text(encoding="utf-8")
    assert build_page(content, tmp_path).stat().st_mtime_ns == first

    kk = page.read_text(encoding="utf-8")
    page = build_page(replace(content, language="ru"), tmp_path)
    assert page.stat().st_mtime_ns != first
    ru = page.read_text(encoding="utf-8")
    assert ru != kk

    fewer = build_page(replace(content, language="ru", precincts=content.precincts[1:]), tmp_path)
    assert len(fewer.read_text(encoding="utf-8")) < len(ru)  # a precinct withdrawn


def test_a_page_half_written_is_built_again(tmp_path: Path):
    content = MapContent(load_precincts(), load_streets(), load_city_outline())
    page = build_page(content, tmp_path)
    page.write_text("<html>cut", encoding="utf-8")
    (tmp_path / "map.key").unlink()  # as a crash between the two writes leaves it
    assert "desk.init(" in build_page(content, tmp_path).read_text(encoding="utf-8")


def test_a_second_start_never_imports_folium(tmp_path: Path):
    def start(language: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", BUILD, str(tmp_path), language],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return done.stdout.strip()

    assert start("kk") == "True"  # built: folium writes it
    assert start("kk") == "False"  # the same content: kept
    assert start("ru") == "True"
