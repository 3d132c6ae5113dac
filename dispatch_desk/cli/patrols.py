"""``dispatch-desk demo-patrols``: the demo city's units drive, their trackers reporting to the units'
server through the real protocols (a third each Wialon IPS, Teltonika and OsmAnd).

Acting as a shift lead, it binds a tracker to each demo unit that has none, then every second moves each
unit (``demo/patrols.py``: en route to its incident, patrolling a street when free) and sends its fix.
"""

from __future__ import annotations

import argparse
import random
import socket
import time
from datetime import UTC, datetime

import httpx

from dispatch_desk.avl import encode
from dispatch_desk.cli.common import as_user, note
from dispatch_desk.cli.trackers import port_type
from dispatch_desk.cli.words import tr
from dispatch_desk.config import Settings
from dispatch_desk.demo.city import load_streets
from dispatch_desk.demo.patrols import Patrol, device_of, drive, nearest_route, street_lines
from dispatch_desk.domain.errors import DomainError
from dispatch_desk.domain.fixes import Fix, Source

REFRESH_S = 5.0  # statuses and incidents read again this often


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        parents=[common],
        name="demo-patrols",
        help="the demo city's units drive, their trackers reporting to dispatch-desk avl (a shift lead)",
    )
    demo.add_argument("--host", default="127.0.0.1", help="where dispatch-desk avl listens")
    demo.add_argument("--wialon-port", type=port_type, required=True)
    demo.add_argument("--teltonika-port", type=port_type, required=True)
    demo.add_argument("--osmand-port", type=port_type, required=True)
    demo.add_argument(
        "--seconds", type=float, default=0.0, help="stop after this long (default: until Ctrl+C)"
    )
    demo.add_argument(
        "--panic",
        metavar="CALL_SIGN",
        action="append",
        default=[],
        help="press this unit's panic input once (an officer-in-danger alarm on every desk); repeatable",
    )
    demo.add_argument(
        "--panic-after", type=float, default=10.0, help="seconds after the start to press it (default 10)"
    )
    demo.set_defaults(run=run_demo_patrols)


class Senders:
    """One connection a tracker, kept open as a device keeps it."""

    def __init__(self, host: str, ports: dict[str, int]) -> None:
        self.host, self.ports = host, ports
        self.sockets: dict[str, socket.socket] = {}
        self.http = httpx.Client(timeout=5)

    def _connected(self, device: str, protocol: str) -> socket.socket:
        found = self.sockets.get(device)
        if found is not None:
            return found
        sock = socket.create_connection((self.host, self.ports[protocol]), timeout=5)
        sock.sendall(encode.wialon_login(device) if protocol == "wialon" else encode.teltonika_login(device))
        if sock.recv(64) not in (b"#AL#1\r\n", b"\x01"):
            sock.close()
            raise DomainError(tr("the units' server refused device {device}", device=device))
        self.sockets[device] = sock
        return sock

    def send(self, protocol: str, fix: Fix) -> None:
        if protocol == "osmand":
            url = f"http://{self.host}:{self.ports['osmand']}/"
            self.http.get(url, params=encode.osmand_query(fix)).raise_for_status()
            return
        sock = self._connected(fix.device, protocol)
        sock.sendall(encode.wialon_data(fix) if protocol == "wialon" else encode.teltonika_packet([fix]))
        sock.recv(64)  # the answer: the server took it

    def close(self) -> None:
        for sock in self.sockets.values():
            sock.close()
        self.http.close()


def run_demo_patrols(args: argparse.Namespace, settings: Settings) -> int:
    services, person = as_user(settings)
    trackers, desk = services.trackers_for(person), services.desk_for(person)
    bound = {b.call_sign: b for b in trackers.bindings()}
    rng = random.Random(7)
    lines = street_lines(load_streets())
    devices: dict[str, tuple[str, str]] = {}
    patrols: dict[str, Patrol] = {}
    for n, unit in enumerate(desk.read.units()):
        if unit.call_sign in bound:
            devices[unit.call_sign] = (bound[unit.call_sign].device, bound[unit.call_sign].protocol.value)
        else:
            device, protocol = device_of(unit.call_sign, n)
            trackers.bind(unit.call_sign, device, Source(protocol))
            devices[unit.call_sign] = (device, protocol)
        lat, lon = unit.position or (52.2873, 76.9674)
        patrols[unit.call_sign] = Patrol(unit.call_sign, lat, lon, nearest_route(lines, lat, lon, rng))
    ports = {"wialon": args.wialon_port, "teltonika": args.teltonika_port, "osmand": args.osmand_port}
    senders = Senders(args.host, ports)
    note(tr("{count} demo units drive; Ctrl+C stops them", count=len(patrols)))
    started = read_at = time.monotonic()
    units, places = desk.read.units(), _incident_places(desk)
    panic = set(args.panic)
    for call_sign in panic - set(patrols):
        raise DomainError(tr("there is no unit {call_sign}", call_sign=call_sign[:40]))
    try:
        while not args.seconds or time.monotonic() - started < args.seconds:
            if time.monotonic() - read_at > REFRESH_S:
                units, places, read_at = desk.read.units(), _incident_places(desk), time.monotonic()
            now = datetime.now(UTC).replace(microsecond=0)
            for unit in units:
                patrol = patrols.get(unit.call_sign)
                if patrol is None:
                    continue
                drive(patrol, unit.status, places.get(unit.current_incident or ""), 1.0)
                device, protocol = devices[unit.call_sign]
                pressed = unit.call_sign in panic and time.monotonic() - started >= args.panic_after
                fix = Fix(
                    device,
                    now,
                    patrol.lat,
                    patrol.lon,
                    Source(protocol),
                    speed_kmh=patrol.speed_kmh,
                    heading=patrol.heading,
                    satellites=9,
                    alarm=pressed,
                )
                senders.send(protocol, fix)
                if pressed:
                    note(
                        tr(
                            "{call_sign}: panic input pressed ({protocol})",
                            call_sign=unit.call_sign,
                            protocol=protocol,
                        )
                    )
                    panic.discard(unit.call_sign)
            time.sleep(max(0.0, 1.0 - (time.monotonic() - started) % 1.0))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        raise DomainError(tr("the units' server is not reachable: {error}", error=str(exc))) from None
    finally:
        senders.close()
    return 0


def _incident_places(desk) -> dict[str, tuple[float, float]]:
    """Where the open incidents are, by number: where the units sent to them drive."""
    return {
        i.number: (i.location.lat, i.location.lon)
        for i in desk.read.open_incidents()
        if i.location is not None
    }
