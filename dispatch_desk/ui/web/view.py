"""A QtWebEngine view whose page the desk calls into: calls made before the page has said it is ready
wait, in order, and run as soon as it is (a page loads while the desk is already sending it work)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWebEngineWidgets import QWebEngineView


class ScriptedView(QWebEngineView):
    """Subclasses call ``page_ready`` when their page reports it is ready, and ``page_loading`` when
    they load another; ``run_script`` is the only way in (each page's ``api.py`` uses it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ready = False
        self._waiting: list[tuple[str, Callable | None]] = []

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

    def run_script(self, script: str, callback: Callable | None = None) -> None:
        if not self.ready:
            self._waiting.append((script, callback))
        elif callback is None:
            self.page().runJavaScript(script)
        else:
            self.page().runJavaScript(script, 0, callback)
