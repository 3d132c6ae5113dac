"""Typed settings, per-user paths and environment overrides.

Precedence: command-line options, then ``DISPATCH_DESK_*`` environment variables, then the
settings file ``settings.json`` in the user's config directory, then the defaults below.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
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


_BOOLEANS = {
    "1": True,
    "true": True,
    "yes": True,
    "on": True,
    "0": False,
    "false": False,
    "no": False,
    "off": False,
}


@dataclass
class Settings:
    database_url: str = field(default_factory=default_database_url)
    user: str = ""  # the login the sign-in screen and the command line start with
    idle_lock_minutes: float = 15.0  # the desk locks after this long without a key or a click; 0: never
    timezone: str = "Asia/Almaty"  # the whole of Kazakhstan keeps UTC+5
    language: str = ""  # "" follows the system locale
    phone_region: str = "KZ"
    # Geography
    precinct_tolerance_m: float = 50.0  # a point this close outside a precinct belongs to it (GPS noise)
    stale_position_minutes: float = 30.0  # older unit positions count as unknown
    patrol_speed_kmh: float = 30.0  # average speed in town, for travel-time estimates
    duplicate_radius_m: float = 200.0
    duplicate_window_minutes: float = 30.0
    nominatim_url: str = ""  # optional remote geocoder, e.g. http://nominatim.local:8080; empty = off
    nominatim_timeout_s: float = 3.0
    # Map tiles are optional: e.g. a tile server in the centre's own network, http://tiles.local/{z}/{x}/{y}.png
    tile_url: str = ""
    tile_attribution: str = ""
    # The basemap without any network: a local MBTiles or PMTiles archive of raster tiles. "demo": the
    # demo city's own (when the database is the demo city's); "" = none.
    basemap: str = "demo"
    # Media of app reports (photos, videos, voice messages), stored by content hash. Every workstation
    # that shows media needs this folder (on several machines: a shared folder). "" = DATA_DIR/media.
    media_dir: str = ""
    # The intake server for the "102" app.
    intake_max_file_mb: float = 25.0
    intake_max_report_mb: float = 60.0
    intake_max_files: float = 10.0
    intake_lookups_per_minute: float = 120.0  # GETs of service requests from one network address
    intake_batch_max: float = 64.0  # reports committed together under load (1 = one transaction each)
    # Fair limits: one phone or one network address cannot use up the app key's rate for everybody.
    intake_reports_per_device_per_minute: float = 6.0  # from one device_id or account_id
    intake_reports_per_address_per_minute: float = 30.0  # from one network address
    intake_calls_per_address_per_minute: float = 10.0  # calls from the app started from one network address
    intake_calls_ringing_per_address: float = 3.0  # calls ringing at once from one network (IPv6: its /64)
    intake_connections_per_address: float = 50.0  # connections and WebSockets open at once from one network
    # The secret the app's registration service signs account tokens with (at least 32 characters, shared
    # with it only): a registered account gets its own budget of reports and calls. "" = none.
    intake_account_secret: str = ""
    # Reverse proxies whose X-Forwarded-For names the real client (comma-separated addresses or networks,
    # e.g. "127.0.0.1, 10.0.0.0/8"); "" = none: the connection's own address is the client's.
    intake_trusted_proxies: str = ""
    intake_header_timeout_s: float = 5.0  # a request's line and headers must arrive within this
    intake_body_timeout_s: float = 30.0  # and its body within this (60 MB at 16 Mbit/s)
    intake_max_connections: float = 4000.0  # at once; more are answered 503
    # The units' server (dispatch-desk avl): the trackers of the patrols, inside the police network. A
    # protocol is served when its port is set (0 = off; the usual ports are 5039, 5027 and 5055).
    avl_host: str = "0.0.0.0"
    avl_wialon_port: float = 0.0
    avl_teltonika_port: float = 0.0
    avl_osmand_port: float = 0.0
    avl_keep_days: float = 90.0  # the units' tracks are kept this long
    # Calls from the app (WebRTC). The desk reaches the intake's signalling at this address.
    intake_url: str = "http://127.0.0.1:8102"
    # ICE servers for phones on the internet, space-separated URLs (stun:host:3478 turn:host:3478, e.g.
    # coturn); a local network needs none. TURN credentials beside them.
    call_ice_servers: str = ""
    call_turn_username: str = ""
    call_turn_password: str = ""
    call_camera: bool = False  # the operator's camera is sent too (the caller always may send theirs)
    call_recording: bool = False  # record each call into the incident's media (off: recording is a policy)
    # Desk notifications for new app reports.
    notify_sound: bool = True
    notify_flash: bool = True

    def ice_servers(self) -> list[dict[str, object]]:
        """``call_ice_servers`` as WebRTC's RTCPeerConnection takes them (TURN with its credentials)."""
        urls = self.call_ice_servers.split()
        servers: list[dict[str, object]] = []
        stun = [u for u in urls if u.startswith(("stun:", "stuns:"))]
        turn = [u for u in urls if u.startswith(("turn:", "turns:"))]
        if stun:
            servers.append({"urls": stun})
        if turn:
            servers.append(
                {"urls": turn, "username": self.call_turn_username, "credential": self.call_turn_password}
            )
        return servers

    @classmethod
    def load(cls, path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
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
        env: dict[str, object] = {
            f.name: environ[ENV_PREFIX + f.name.upper()]
            for f in fields(cls)
            if ENV_PREFIX + f.name.upper() in environ
        }
        if ENV_PREFIX + "DB" in environ:
            env["database_url"] = environ[ENV_PREFIX + "DB"]
        settings._apply(env, "the environment")
        return settings

    def _apply(self, values: dict[str, object], origin: str) -> None:
        kinds = {f.name: f.type for f in fields(self)}  # annotations as text: "str", "float"
        for key, value in values.items():
            if key not in kinds:
                raise SettingsError(f"unknown setting {key!r} in {origin}")
            if kinds[key] == "bool":
                if isinstance(value, bool):
                    setattr(self, key, value)
                elif isinstance(value, str) and value.strip().lower() in _BOOLEANS:
                    setattr(self, key, _BOOLEANS[value.strip().lower()])
                else:
                    raise SettingsError(f"setting {key!r} in {origin} must be true or false, not {value!r}")
            elif kinds[key] == "float":
                try:
                    number = float(value)  # type: ignore[arg-type]
                except (TypeError, ValueError):
                    raise SettingsError(
                        f"setting {key!r} in {origin} must be a number, not {value!r}"
                    ) from None
                if not number >= 0 or number == float("inf"):
                    raise SettingsError(f"setting {key!r} in {origin} must be a positive number")
                setattr(self, key, number)
            elif not isinstance(value, str):
                raise SettingsError(f"setting {key!r} in {origin} must be text")
            else:
                setattr(self, key, value.strip())

    def media_path(self) -> Path:
        return Path(self.media_dir).expanduser() if self.media_dir else data_dir() / "media"
