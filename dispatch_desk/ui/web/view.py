"""The base of the desk's web views (the map, the call): one page of the desk's own, a bridge the page
reports through, and calls into the page that wait until it is ready.

``OnePage`` shows its own file only: no navigation away (its fragment, and where allowed its query, may
change), no new windows, the console into the log. ``ScriptedView`` registers the view's bridge on a
QWebChannel and queues ``call``s made before the page has said it is ready, in order (a page loads while
the desk is already sending it work); each page's ``api.py`` is the only caller of ``call``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView

log = logging.getLogger(__name__)


def script_call(namespace: str, function: str, *args: object) -> str:
    """One call of a page's API; arguments as JSON (ASCII-only, so no line separators sneak in)."""
    return f"{namespace}.{function}({', '.join(json.dumps(a, ensure_ascii=True) for a in args)});"


class OnePage(QWebEnginePage):
    """Only ``url`` itself may be shown (``with_query``: with any query too); no windows."""

    def __init__(
        self, url: QUrl, name: str, parent: QObject | None = None, *, with_query: bool = False
    ) -> None:
        super().__init__(parent)
        self.page_url, self.name, self.with_query = url, name, with_query

    def acceptNavigationRequest(self, url: QUrl | str, navigation_type, is_main_frame: bool) -> bool:
        text = QUrl(url).toString().partition("#")[0]
        if self.with_query:
            text = text.partition("?")[0]
        allowed = QUrl(text) == self.page_url
        if not allowed:
            log.warning("%s: navigation to %s blocked", self.name, QUrl(url).toString()[:200])
        return allowed

    def createWindow(self, _type):
        return None

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        log.info("%s console (%s:%s): %s", self.name, source.rsplit("/", 1)[-1], line, message[:500])


class ScriptedView(QWebEngineView):
    """Subclasses give the page's bridge, call ``page_ready`` when their page reports it is ready and
    ``page_loading`` when they load another; ``call`` is the only way in."""

    namespace = "desk"  # the page's object its API functions hang on

    def __init__(self, bridge: QObject, parent=None) -> None:
        super().__init__(parent)
        self.ready = False
        self._waiting: list[tuple[str, Callable | None]] = []
        self.bridge = bridge
        bridge.setParent(self)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", bridge)

    def show_page(self, page: QWebEnginePage, url: QUrl) -> None:
        """Show ``page`` (its settings made) at ``url``, with the bridge on its channel."""
        page.setWebChannel(self.channel)
        self.setPage(page)
        self.page_loading()
        self.load(url)

    def page_loading(self) -> None:
        self.ready = False

    def page_ready(self) -> None:
        """Run what waited: runs of calls without an answer as one script, a call whose answer is
        wanted on its own (its callback gets the answer)."""
        self.ready = True
        waiting, self._waiting = self._waiting, []
        plain: list[str] = []
        for script, callback in waiting:
            if callback is None:
                plain.append(script)
                continue
            if plain:
                self.page().runJavaScript("\n".join(plain))
                plain = []
            self.page().runJavaScript(script, 0, callback)
        if plain:
            self.page().runJavaScript("\n".join(plain))

    def call(self, function: str, *args: object, callback: Callable | None = None) -> None:
        """Call ``<namespace>.<function>(*args)`` in the page; before the page is ready, the call waits."""
        self.run_script(script_call(self.namespace, function, *args), callback)

    def run_script(self, script: str, callback: Callable | None = None) -> None:
        if not self.ready:
            self._waiting.append((script, callback))
        elif callback is None:
            self.page().runJavaScript(script)
        else:
            self.page().runJavaScript(script, 0, callback)
