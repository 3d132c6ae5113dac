"""Reports from the "102" app reaching a running desk: live sync from the intake server process, the
notification, the reporter, the media viewer and player, and a database that goes away and comes back."""

from __future__ import annotations

import random
import time

import httpx
import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from dispatch_desk.config import Settings
from dispatch_desk.demo.city import load_precincts
from dispatch_desk.demo.simulator import photo, voice_message
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import AttachmentKind, Channel
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.store.db import Database
from dispatch_desk.store.media_files import MediaStore
from dispatch_desk.ui.map.driver import report_note
from dispatch_desk.ui.models.incidents import IncidentTableModel
from dispatch_desk.ui.widgets.media import MediaViewer, ZoomView
from tests.support.desk_window import open_window
from tests.support.intake import start_intake_process
from tests.support.people import add_person
from tests.support.tcpproxy import TcpProxy

pytestmark = pytest.mark.gui


@pytest.fixture
def intake_process(db, desk, tmp_path):
    """``dispatch-desk intake`` as its own process on the test's database."""
    desk.import_precincts(load_precincts())
    _, key = IntakeService(desk, MediaStore(tmp_path / "media")).create_api_key(
        "102-app", 1_000_000, by=Principal.for_system("admin")
    )
    process, url = start_intake_process(db.url, tmp_path / "media")
    yield url, key, tmp_path / "media"
    process.terminate()
    process.wait(10)


@pytest.fixture
def window(qtbot, db, intake_process):
    settings = Settings()
    settings.database_url = db.url
    settings.media_dir = str(intake_process[2])
    add_person(db, "op-test")
    win = open_window(qtbot, settings, login="op-test")
    yield win
    win.close()


def test_an_app_report_with_media_reaches_the_desk_and_plays(window, qtbot, intake_process):
    url, key, _ = intake_process
    rng = random.Random(7)
    answer = httpx.post(
        f"{url}/v2/requests.json",
        data={
            "api_key": key,
            "service_code": "fight_assault",
            "lat": "52.2873",
            "long": "76.9674",
            "first_name": "Айгерим",
            "last_name": "Серікова",
            "phone": "+77015550102",
            "account_id": "iin-900101400123",
            "description": "Драка у магазина",
            "attribute[video_call]": "true",
        },
        files=[
            ("media", ("photo.jpg", photo(rng, (640, 480)), "image/jpeg")),
            ("media", ("voice.wav", voice_message(rng, 2.0, 8000), "audio/wav")),
        ],
        timeout=30,
    )
    assert answer.status_code == 201, answer.text
    number = answer.json()[0]["service_request_id"]
    model = window.queue.model
    qtbot.waitUntil(lambda: model.row_of(number) is not None, timeout=5_000)
    row = model.row_of(number)
    channel = model.index(row, IncidentTableModel.COLUMNS.index("channel"))
    assert not channel.data(Qt.ItemDataRole.DecorationRole).isNull()  # the app report's own icon
    assert window.notifier.count == 1
    assert number in window.statusBar().currentMessage()

    window.selection.select_incident(number)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.media.count() == 2, timeout=5_000)
    assert "Video call requested" in detail.flags.text()
    assert "Айгерим Серікова" in detail.caller.text() and "+77015550102" in detail.caller.text()
    assert "iin-900101400123" in detail.caller.text() and "102 app" in detail.caller.text()
    note = report_note(detail.incident)  # the map popup's line
    assert note == "102 app · photos: 1 · voice messages: 1 · video call requested"
    photo_item = detail.media.item(0)
    assert not photo_item.icon().isNull()

    attachments = {a.kind: a for a in detail.incident.attachments}
    # where it lies is asked of the desk, off the GUI
    window.selection.open_media(attachments[AttachmentKind.PHOTO])
    qtbot.waitUntil(lambda: window.findChild(MediaViewer) is not None, timeout=10_000)
    viewer = window.findChild(MediaViewer)
    assert isinstance(viewer.view, ZoomView)
    qtbot.waitExposed(viewer)
    shown = viewer.view.mapFromScene(viewer.view.item.sceneBoundingRect()).boundingRect()
    port = viewer.view.viewport()
    assert shown.width() >= 0.9 * port.width() or shown.height() >= 0.9 * port.height()  # fitted
    before = viewer.view.zoom
    viewer.view.zoom_by(2.0)
    assert viewer.view.zoom == pytest.approx(before * 2.0)
    viewer.close()

    window.selection.open_media(attachments[AttachmentKind.AUDIO])
    qtbot.waitUntil(
        lambda: any(v.player is not None for v in window.findChildren(MediaViewer)), timeout=10_000
    )
    player_window = next(v for v in window.findChildren(MediaViewer) if v.player is not None)
    qtbot.waitUntil(lambda: player_window.player.duration() > 1500, timeout=10_000)
    assert player_window.time.text().endswith("0:02")
    player_window.close()


def test_desk_follows_another_workstation_within_a_second(window, qtbot, db, clock):
    other = DeskService(db, Principal.for_system("op-second"))
    started = time.monotonic()
    incident = other.create_incident(CallDraft(Channel.APP, "theft", address="Естая 5"))
    qtbot.waitUntil(lambda: window.queue.model.row_of(incident.number) is not None, timeout=5_000)
    # Woken by NOTIFY (PostgreSQL) or the data version (SQLite), not by the one-second safety poll.
    assert time.monotonic() - started < 0.9


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_database_outage_is_shown_keeps_the_typing_and_recovers(qtbot, db, pg_url, clock):
    url = make_url(db.url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    settings = Settings()
    settings.database_url = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    add_person(db, "op-test")
    window = open_window(qtbot, settings, login="op-test")
    qtbot.waitUntil(lambda: window.database_status.ok, timeout=20_000)
    window.calls.new_call()
    window.call_form.address.setText("Торайгырова 64")
    window.call_form.description.setPlainText("Соседи шумят")

    proxy.cut()
    qtbot.waitUntil(lambda: not window.database_status.ok, timeout=10_000)
    assert "unavailable" in window.database_status.text()
    other = DeskService(
        Database(db.url), Principal.for_system("op-second")
    )  # straight to the server, not through the proxy
    made = other.create_incident(CallDraft(Channel.APP, "theft", address="Естая 5"))
    assert window.call_form.address.text() == "Торайгырова 64"

    proxy.restore()
    qtbot.waitUntil(lambda: window.database_status.ok, timeout=15_000)
    qtbot.waitUntil(lambda: window.queue.model.row_of(made.number) is not None, timeout=5_000)
    assert window.call_form.description.toPlainText() == "Соседи шумят"
    window.close()
    proxy.close()


def test_a_media_file_name_shows_as_text_in_its_tooltip(qtbot):
    from dispatch_desk.domain.entities import Attachment
    from dispatch_desk.ui.widgets.media import MediaStrip

    strip = MediaStrip()
    qtbot.addWidget(strip)
    name = '<div style="width:4008px;height:3034px;background:red">x</div>.jpg'
    strip.show_media([Attachment(AttachmentKind.PHOTO, "ab" * 32, "image/jpeg", 2048, name)], {})
    tooltip = strip.item(0).toolTip()
    assert "<div" not in tooltip and "&lt;div style=" in tooltip  # escaped: shown as the name it is


def test_thumbnails_are_decoded_small_within_a_memory_cap_and_off_the_database_lane(qtbot, tmp_path):
    from PIL import Image

    from dispatch_desk.domain.entities import Attachment, Incident
    from dispatch_desk.domain.enums import Priority
    from dispatch_desk.ui.thumbnails import Thumbnails
    from dispatch_desk.ui.widgets.media import THUMB, load_thumbnail

    rng = random.Random(3)
    ordinary = tmp_path / "ordinary.jpg"
    ordinary.write_bytes(photo(rng, (4000, 3000)))
    small = load_thumbnail(ordinary)
    assert small is not None and max(small.width(), small.height()) == THUMB  # decoded at thumbnail size
    huge = tmp_path / "huge.png"  # 6000×6000 RGBA: 144 MB of pixels in a file of a few hundred KB
    Image.new("RGBA", (6000, 6000), (255, 0, 0, 255)).save(huge, optimize=False)
    started = time.monotonic()
    assert load_thumbnail(huge) is None and time.monotonic() - started < 2  # refused, not decoded
    assert load_thumbnail(tmp_path / "missing.jpg") is None

    from datetime import UTC, datetime

    now = datetime.now(UTC)
    incident = Incident(
        Channel.APP,
        "theft",
        Priority.ROUTINE,
        now,
        now,
        number="26-000001",
        attachments=[
            Attachment(AttachmentKind.PHOTO, "a" * 64, "image/jpeg", 1, "a.jpg"),
            Attachment(AttachmentKind.PHOTO, "b" * 64, "image/png", 1, "b.png"),
        ],
    )
    paths = {"a" * 64: ordinary, "b" * 64: huge}
    thumbnails = Thumbnails()
    shown: list[str] = []
    thumbnails.load(incident, paths, lambda number, sha, image: shown.append(sha))
    qtbot.waitUntil(lambda: len(thumbnails._kept) == 2, timeout=10_000)
    assert shown == ["a" * 64]  # the refused one keeps its badge
    thumbnails.load(incident, paths, lambda number, sha, image: shown.append(sha))
    assert shown == ["a" * 64, "a" * 64]  # kept: shown again at once, nothing decoded again
    thumbnails.shutdown()


def test_a_burst_from_one_sender_is_one_row_with_its_count(qtmodeltester, desk):
    from dataclasses import replace

    from dispatch_desk.domain.enums import IncidentStatus
    from dispatch_desk.ui.models.incidents import IncidentFilterProxy

    def app(n: int, parent: str | None = None, channel: Channel = Channel.APP):
        made = desk.create_incident(CallDraft(channel, "theft", address=f"Естая {n}"))
        return replace(made, parent_number=parent)

    first = app(1)
    burst = [app(n, first.number) for n in range(2, 6)]
    linked_call = app(9, first.number, Channel.PHONE)  # a phone call linked as a duplicate stays a row
    model = IncidentTableModel()
    proxy = IncidentFilterProxy()
    proxy.setSourceModel(model)
    model.groupsChanged.connect(proxy.refilter)
    model.reset([first, *burst[:2], linked_call])
    qtmodeltester.check(model, force_py=True)
    number_column = IncidentTableModel.COLUMNS.index("number")

    def shown() -> list[str]:
        return [proxy.index(r, number_column).data() for r in range(proxy.rowCount())]

    assert shown() == [f"{first.number} +2", linked_call.number]
    for incident in burst[2:]:  # more arrive from the feed
        model.upsert(incident)
    assert shown() == [f"{first.number} +4", linked_call.number]
    assert "4 more report" in model.index(model.row_of(first.number), number_column).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.grouped_under(first.number) == sorted(b.number for b in burst)
    proxy.set_filter(text="Естая 3")  # a search finds a grouped report too
    assert shown() == [burst[1].number]
    proxy.set_filter(text="")
    model.upsert(replace(burst[0], status=IncidentStatus.CLOSED))  # handled on its own: leaves the group
    assert shown()[0] == f"{first.number} +3"
    model.upsert(replace(first, status=IncidentStatus.CLOSED))  # the first closed: the rest show again
    assert sorted(shown()) == sorted([b.number for b in burst[1:]] + [linked_call.number])


def test_every_caption_of_the_media_strip_sits_on_one_line(qtbot):
    """A landscape photo's thumbnail next to the badges: the captions stay level (they did not, the
    thumbnail being shorter than the badges)."""
    from PySide6.QtGui import QColor, QImage

    from dispatch_desk.domain.entities import Attachment
    from dispatch_desk.ui.widgets.media import MediaStrip

    strip = MediaStrip()
    qtbot.addWidget(strip)
    strip.resize(420, 180)
    photo = QImage(96, 54, QImage.Format.Format_RGB32)
    photo.fill(QColor("#334466"))
    media = [
        Attachment(AttachmentKind.PHOTO, "ab" * 32, "image/jpeg", 75_000, "street.jpg"),
        Attachment(AttachmentKind.AUDIO, "cd" * 32, "audio/wav", 20_000, "voice.wav"),
    ]
    strip.show_media(media, {})
    strip.set_thumbnail("ab" * 32, photo)  # decoded after the strip was shown
    strip.show()
    qtbot.wait(20)
    rects = [strip.visualItemRect(strip.item(row)) for row in range(strip.count())]
    assert len({rect.height() for rect in rects}) == 1, rects
