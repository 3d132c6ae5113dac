"""Media of app reports, stored once by content hash in a folder outside the database.

A file's path is made only from its SHA-256 (``ab/cd/abcd…``); a name a client sent never becomes a
path. Files are written to a temporary name, flushed to disk and renamed into place, so a file that
exists is always complete; the database row that refers to it is committed after it.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from pathlib import Path

from dispatch_desk.domain.errors import ValidationError

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class MediaStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if not _SHA256.match(sha256 or ""):
            raise ValidationError(f"{sha256!r} is not a SHA-256 content hash")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> str:
        """Store ``data`` (once) and return its SHA-256."""
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256)
        if target.is_file() and target.stat().st_size == len(data):
            os.utime(target)  # fresh again: the sweep leaves it to the report about to name it
            return sha256
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return sha256

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def check_writable(self) -> None:
        """Refuse (ValidationError, saying why) a folder where files cannot be stored: missing and not
        creatable, read-only, or full. The intake checks this before it accepts any report."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, probe = tempfile.mkstemp(prefix=".incoming-probe-", dir=self.root)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(b"\0" * 4096)
                    handle.flush()
                    os.fsync(handle.fileno())
            finally:
                Path(probe).unlink(missing_ok=True)
        except OSError as exc:
            raise ValidationError(
                f"the media folder {self.root} cannot be used: {exc.strerror or exc} (setting media_dir)"
            ) from None

    def sweep(self, named: set[str], older_than_s: float = 3600.0, now: float | None = None) -> int:
        """Remove what no committed report names: files not in ``named`` and unfinished ``.incoming-``
        files, both only when older than ``older_than_s`` (a report being received has not committed
        yet). Returns how many were removed."""
        limit = (time.time() if now is None else now) - older_than_s
        removed = 0
        if not self.root.is_dir():
            return 0
        for path in self.root.glob("??/??/*"):
            try:
                if not path.is_file() or path.stat().st_mtime > limit:
                    continue
                if path.name.startswith(".incoming-") or (
                    _SHA256.match(path.name) and path.name not in named
                ):
                    path.unlink()
                    removed += 1
            except OSError:
                continue  # gone meanwhile, or not ours to remove: the next sweep tries again
        return removed
