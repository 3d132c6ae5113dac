"""Typed settings, per-user paths and environment overrides.

Precedence: command-line options, then ``DISPATCH_DESK_*`` environment variables, then the
settings file ``settings.json`` in the user's config directory, then the defaults below.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs

APP_NAME = "dispatch-desk"
ENV_PREFIX = "DISPATCH_DESK_"


class SettingsError(ValueError):
    """The settings file or an environment variable holds something unusable."""


def data_dir() -> Path:
    override = os.environ.get(ENV_PREFIX + "DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(ENV_PREFIX + "CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'dispatch-desk.sqlite3'}"


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "operator"


@dataclass
class Settings:
    database_url: str = field(default_factory=default_database_url)
    operator: str = field(default_factory=os_user)
    timezone: str = "Asia/Almaty"  # the whole of Kazakhstan keeps UTC+5
    language: str = ""  # "" follows the system locale
    phone_region: str = "KZ"

    @classmethod
    def load(cls, path: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
        environ = os.environ if environ is None else environ
        settings = cls()
        path = path or config_dir() / "settings.json"
        if path.is_file():
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise SettingsError(f"cannot read settings file {path}: {exc}") from None
            if not isinstance(stored, dict):
                raise SettingsError(f"settings file {path} must hold a JSON object")
            settings._apply(stored, str(path))
        env = {
            f.name: environ[ENV_PREFIX + f.name.upper()]
            for f in fields(cls)
            if ENV_PREFIX + f.name.upper() in environ
        }
        if ENV_PREFIX + "DB" in environ:
            env["database_url"] = environ[ENV_PREFIX + "DB"]
        settings._apply(env, "the environment")
        return settings

    def _apply(self, values: dict[str, object], origin: str) -> None:
        known = {f.name for f in fields(self)}
        for key, value in values.items():
            if key not in known:
                raise SettingsError(f"unknown setting {key!r} in {origin}")
            if not isinstance(value, str):
                raise SettingsError(f"setting {key!r} in {origin} must be text")
            setattr(self, key, value.strip())
        if not self.operator:
            self.operator = os_user()
