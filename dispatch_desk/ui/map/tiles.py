"""The basemap's tiles, given to the map page by a URL scheme of the desk's own: ``desk-tiles:``.

No HTTP server and no network: the page asks for ``desk-tiles:/{z}/{x}/{y}.png``, QtWebEngine hands the
request to ``TileSchemeHandler``, which answers it from the local archive (``geo/tiles.py``). The scheme
is registered before the QApplication exists (``qt_boot.prepare``) as a local scheme, which a page loaded
from a file may use while it may reach nothing remote.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from dispatch_desk.geo.tiles import TileArchive

SCHEME = b"desk-tiles"
URL_TEMPLATE = "desk-tiles:/{z}/{x}/{y}.png"
_PATH = re.compile(r"/(\d{1,2})/(\d{1,8})/(\d{1,8})\.(?:png|jpg|jpeg|webp)")


def register_scheme() -> None:
    """Once per process, before the QApplication is created."""
    if QWebEngineUrlScheme.schemeByName(QByteArray(SCHEME)).name():
        return
    scheme = QWebEngineUrlScheme(QByteArray(SCHEME))
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    scheme.setFlags(QWebEngineUrlScheme.Flag.LocalScheme | QWebEngineUrlScheme.Flag.LocalAccessAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)


class TileSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``desk-tiles:`` requests from the archive it holds (none: every tile is missing)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: TileArchive | None = None
        self.served = 0
        self.missing = 0

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        match = _PATH.fullmatch(job.requestUrl().path())
        archive = self.archive
        data = archive.tile(*(int(v) for v in match.groups())) if match and archive is not None else None
        if data is None:
            self.missing += 1
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(job)  # lives as long as the request
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.served += 1
        job.reply(archive.info.media_type.encode("ascii"), buffer)  # type: ignore[union-attr]


_HANDLERS: list[TileSchemeHandler] = []  # kept alive as long as the profiles they serve


def handler_for(profile: QWebEngineProfile) -> TileSchemeHandler:
    """The profile's handler, installed the first time (a scheme takes one handler per profile)."""
    installed = profile.urlSchemeHandler(QByteArray(SCHEME))
    if isinstance(installed, TileSchemeHandler):
        return installed
    handler = TileSchemeHandler(profile)
    _HANDLERS.append(handler)
    profile.installUrlSchemeHandler(QByteArray(SCHEME), handler)
    return handler
