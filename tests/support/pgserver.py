"""A throw-away PostgreSQL server for the test suite and the benchmarks.

Uses the PostgreSQL binaries installed on the machine (Debian's /usr/lib/postgresql/N/bin). As root the
server runs as the ``postgres`` user, as initdb requires. ``DISPATCH_DESK_TEST_PG_URL`` points the suite at an
existing server instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

OWNER = "dd_owner"  # the centre's database owner: CREATEROLE, not a superuser
OWNER_PASSWORD = "owner-secret"


class PostgresUnavailable(RuntimeError):
    pass


def find_bin_dir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    raise PostgresUnavailable("no PostgreSQL server binaries (pg_ctl) found; install postgresql")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresServer:
    bin_dir: Path
    root: Path
    port: int
    durable: bool = False  # fsync and synchronous commits on, as a production server runs

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PostgresUnavailable(f"{args[0]} failed: {result.stderr.strip()} {tail}")
        return result

    def start(self) -> PostgresServer:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        # The suite's own superuser connects without a password; every other role (the people of the
        # desk) proves its password to the server with SCRAM, as on a real installation.
        (self.data / "pg_hba.conf").write_text(
            "local all postgres trust\n"
            "host all postgres 127.0.0.1/32 trust\n"
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not self.durable:  # a throw-away server: nothing is worth an fsync
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w", "start"
        )
        return self

    def create_database(self, name: str, owner: str = OWNER) -> str:
        """A new database owned by ``owner``, as the README installs one: a role with ``CREATEROLE`` and
        no superuser; the URL connects as that owner (``superuser``: as the server's superuser)."""
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}"')
            if owner == "postgres":
                c.execute(f'CREATE DATABASE "{name}"')
                return self.url(name)
            if c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (owner,)).fetchone() is None:
                c.execute(f"CREATE ROLE \"{owner}\" LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
            c.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        return f"postgresql+psycopg://{owner}:{OWNER_PASSWORD}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        except (PostgresUnavailable, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.root, ignore_errors=True)


def start_server(durable: bool = False) -> PostgresServer:
    bin_dir = find_bin_dir()
    root = Path(tempfile.mkdtemp(prefix="dispatch-desk-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    server = PostgresServer(bin_dir, root, free_port(), durable)
    try:
        return server.start()
    except Exception:
        shutil.rmtree(root, ignore_errors=True)
        raise
