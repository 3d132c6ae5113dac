"""Where the application's resource files are: demo city, map page assets, icons, sounds, translations.

In a source checkout (and an editable install) they are the top-level ``resources/`` folder; a wheel
carries the same folder as package data, ``dispatch_desk/resources/`` (see ``pyproject.toml``).
``DISPATCH_DESK_RESOURCES`` points elsewhere, for a deployment that keeps them apart.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    override = os.environ.get("DISPATCH_DESK_RESOURCES")
    if override:
        return Path(override)
    installed = _PACKAGE / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def demo_city_dir() -> Path:
    return resources_dir() / "demo" / "pavlodar"
