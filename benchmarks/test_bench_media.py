"""Media never stall the desk: a report with ten 8000x8000 RGBA PNGs (about 250 KB each on disk, 256 MB
each decoded).

The figure is how long the database lane (feed, saves, dispatches) takes to answer a task handed to it
just after the report's photos were asked for: with the desk's thumbnails (their own lane, decoded at
thumbnail size, refused above the pixel cap), against the naive way, decoding each photo whole on the
database lane before the task. Also: the time until every photo has its answer (a thumbnail or its badge).
"""

from __future__ import annotations

import hashlib
import os
import time
from datetime import UTC, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from dispatch_desk.ui import qt_boot

qt_boot.prepare()

from PySide6.QtGui import QColor, QImage, QImageReader  # noqa: E402

from dispatch_desk.domain.entities import Attachment, Incident  # noqa: E402
from dispatch_desk.domain.enums import AttachmentKind, Channel, Priority  # noqa: E402

PHOTOS = 10


@pytest.fixture(scope="module")
def huge_photos(tmp_path_factory, qapp) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("huge")
    image = QImage(8000, 8000, QImage.Format.Format_ARGB32)
    paths = {}
    for n in range(PHOTOS):
        image.fill(QColor(200, 30 + n * 10, 30, 255))  # a different file each: no thumbnail is reused
        path = folder / f"photo-{n}.png"
        image.save(str(path), "PNG", 9)
        paths[hashlib.sha256(path.read_bytes()).hexdigest()] = path
    return paths


def _incident(paths) -> Incident:
    now = datetime.now(UTC)
    return Incident(
        Channel.APP,
        "theft",
        Priority.ROUTINE,
        now,
        now,
        address="Естая 5",
        number="26-000001",
        attachments=[
            Attachment(AttachmentKind.PHOTO, sha, "image/png", p.stat().st_size, p.name)
            for sha, p in paths.items()
        ],
    )


def _spin(qapp, done, timeout_s=120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.001)


def test_database_lane_answers_while_a_report_with_ten_huge_photos_is_shown(benchmark, qapp, huge_photos):
    from dispatch_desk.ui.tasks import TaskRunner
    from dispatch_desk.ui.thumbnails import Thumbnails

    incident = _incident(huge_photos)
    lane = TaskRunner()
    answers: dict[str, float] = {}

    def once() -> float:
        thumbnails = Thumbnails()  # a fresh cache: every photo is decoded again
        shown: list = []
        done: list = []
        started = time.perf_counter()
        thumbnails.load(incident, huge_photos, lambda *a: shown.append(a))
        lane.run(lambda: None, lambda _r: done.append(time.perf_counter() - started))
        _spin(qapp, lambda: bool(done))
        _spin(qapp, lambda: len(thumbnails._kept) == PHOTOS)
        answers["all_photos_s"] = time.perf_counter() - started
        thumbnails.shutdown()
        return done[0]

    lane_s = benchmark.pedantic(once, rounds=3)
    benchmark.extra_info.update(answers)
    lane.shutdown()
    assert lane_s < 5


def test_database_lane_naive_decoding_whole_photos_on_it(benchmark, qapp, huge_photos):
    from dispatch_desk.ui.tasks import TaskRunner

    lane = TaskRunner()
    QImageReader.setAllocationLimit(0)  # the naive way has no cap (Qt's default of 256 MB refuses these)

    def decode_all() -> int:
        return sum(not QImage(str(p)).isNull() for p in huge_photos.values())

    def once() -> float:
        done: list = []
        decoded: list = []
        started = time.perf_counter()
        lane.run(decode_all, decoded.append)
        lane.run(lambda: None, lambda _r: done.append(time.perf_counter() - started))
        _spin(qapp, lambda: bool(done))
        return done[0]

    try:
        benchmark.pedantic(once, rounds=3)
    finally:
        QImageReader.setAllocationLimit(256)
    lane.shutdown()
