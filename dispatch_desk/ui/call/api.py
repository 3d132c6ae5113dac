"""The typed face of the call page's JavaScript (``resources/call/desk-call.js``): one method a function."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

JS_FUNCTIONS = ("start", "hangUp", "setMuted", "snapshot", "stop", "note")


class _Caller(Protocol):
    def call(self, function: str, *args: Any, callback: Callable[[Any], None] | None = None) -> None: ...


class CallApi:
    def __init__(self, view: _Caller) -> None:
        self._view = view

    def start(self, socket_url: str, token: str, camera: bool, record: bool) -> None:
        """Join the call at ``socket_url`` with this desk's token; ``camera``: send the operator's too;
        ``record``: record the call (its chunks come back through the bridge)."""
        self._view.call("start", socket_url, token, camera, record)

    def hang_up(self, callback: Callable[[Any], None] | None = None) -> None:
        """Tell the caller, through the signalling server (``callback`` gets False when it was not
        reachable and the page only stopped)."""
        self._view.call("hangUp", callback=callback)

    def set_muted(self, muted: bool) -> None:
        self._view.call("setMuted", muted)

    def snapshot(self, callback: Callable[[Any], None]) -> None:
        """A JPEG of the caller's video as a data URL ('' while there is no picture)."""
        self._view.call("snapshot", callback=callback)

    def stop(self) -> None:
        """Close the connection without telling anyone (the call ended elsewhere)."""
        self._view.call("stop")

    def note(self, text: str) -> None:
        """A line over the video (a voice call, the end of the call)."""
        self._view.call("note", text)
