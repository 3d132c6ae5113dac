"""Waking a follower of the change feed as soon as another process commits.

PostgreSQL: ``LISTEN dispatch_desk_feed`` on a connection of its own; every feed append sends a NOTIFY
(see ``feed.py``). SQLite: ``PRAGMA data_version`` on a connection of its own changes whenever another
connection commits; reading it costs no disk access in WAL mode, so it is checked every 50 ms.
Either way the follower then asks for "rows after my last sequence number" as usual: the wake-up only
says *when* to ask, so a lost notification costs at most one poll interval, never a change.
"""

from __future__ import annotations

import sqlite3
import time

from sqlalchemy.engine import make_url

from dispatch_desk.store.db import Database
from dispatch_desk.store.feed import FEED_CHANNEL

SQLITE_CHECK_S = 0.05


class FeedListener:
    def __init__(self, db: Database) -> None:
        url = make_url(db.url)
        self.postgres = db.is_postgresql
        if self.postgres:
            conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
            import psycopg  # PostgreSQL only: SQLite desks never load the driver

            self._pg = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
            self._pg.execute(f"LISTEN {FEED_CHANNEL}")
        else:
            self._sqlite = sqlite3.connect(url.database or ":memory:", check_same_thread=False, timeout=5)
            self._version = self._data_version()

    def _data_version(self) -> int:
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True when the feed may have grown meanwhile.

        Raises the driver's error when the database is gone (the caller reconnects)."""
        if self.postgres:
            for _notify in self._pg.notifies(timeout=timeout, stop_after=1):
                return True
            # notifies() also returns when the connection broke: find out which it was.
            self._pg.execute("SELECT 1")
            return False
        deadline = time.monotonic() + timeout
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(SQLITE_CHECK_S, left))

    def close(self) -> None:
        try:
            if self.postgres:
                self._pg.close()
            else:
                self._sqlite.close()
        except Exception:  # closing a connection to a database that is gone
            pass
