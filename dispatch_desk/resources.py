"""Where the application's resource files are (demo city, map assets, translations)."""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("DISPATCH_DESK_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def demo_city_dir() -> Path:
    return resources_dir() / "demo" / "pavlodar"
