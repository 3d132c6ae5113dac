"""A call from the app, end to end with real WebRTC: the citizen is the reference client (/call) in a
QtWebEngine page with Chromium's fake camera and microphone; the intake server runs for real; two desks
(operator and shift lead) ring, one answers, the other sees who took it. Audio and video frames arrive at
the desk (WebRTC statistics), the form is prefilled, the pin follows the caller, a snapshot goes into the
incident, hang-up from either side, a missed call called back."""

from __future__ import annotations

import pytest

from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.calls import CallStatus
from dispatch_desk.domain.enums import AttachmentKind, Channel
from dispatch_desk.intake.app import create_app
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.services.desk import DeskService
from dispatch_desk.store.media_files import MediaStore
from dispatch_desk.ui.main_window import MainWindow
from tests.support.citizen import START, citizen, run, state
from tests.support.desk_window import open_window, sign_in
from tests.support.intake import ServerThread
from tests.support.people import DEMO_PASSWORD

MOVED = (52.2790, 76.9560)


@pytest.fixture
def line(sqlite_city, tmp_path):
    """The intake server of the demo city, with an app key; the media folder the desks share."""
    media = tmp_path / "media"
    service = IntakeService(DeskService(sqlite_city, Principal.for_system("intake")), MediaStore(media))
    key = service.create_api_key("102-app", rate_per_minute=100_000, by=Principal.for_system("admin"))[1]
    with ServerThread(create_app(service)) as server:
        yield server, key, media
    service.close()


def desk_settings(db, server, media) -> Settings:
    settings = Settings()
    settings.database_url = db.url
    settings.intake_url = server.url
    settings.media_dir = str(media)
    settings.notify_sound = False  # no sound card here; the rings are counted all the same
    return settings


def test_a_video_call_rings_on_two_desks_one_answers_and_the_caller_is_seen_and_placed(
    qtbot, sqlite_city, line
):
    server, key, media = line
    settings = desk_settings(sqlite_city, server, media)
    settings.call_recording = True  # a setting, off by default
    operator = MainWindow(settings)  # with the map: the caller's pin
    qtbot.addWidget(operator)
    operator.show()
    operator.start()
    qtbot.waitUntil(lambda: operator.now.services is not None, timeout=30_000)
    sign_in(qtbot, operator, "operator", DEMO_PASSWORD, 30_000)
    qtbot.waitUntil(lambda: operator.map.ready, timeout=30_000)
    lead = open_window(
        qtbot, desk_settings(sqlite_city, server, media), 30_000, login="shiftlead", password=DEMO_PASSWORD
    )
    try:
        phone = citizen(qtbot, server, key)
        run(qtbot, phone, "window.citizenActions.call() && true")
        # Both desks ring.
        qtbot.waitUntil(
            lambda: bool(operator.app_calls.waiting() and lead.app_calls.waiting()), timeout=10_000
        )
        qtbot.waitUntil(lambda: operator.notifier.rings >= 1 and lead.notifier.rings >= 1, timeout=5000)
        assert operator.desk_actions.actions["answer_call"].isEnabled()
        assert "Данияр Есенов" in operator.app_calls.list.live.item(0, 0).text()
        assert state(qtbot, phone)["place"] == 1
        callers = run(
            qtbot, operator.map, "Array.from(desk.callers.values()).map(e => e.marker.getLatLng().lat)"
        )
        assert callers == [pytest.approx(START[0])]
        # The operator answers (F6); the lead's desk stops ringing and says who took it.
        operator.desk_actions.actions["answer_call"].trigger()
        qtbot.waitUntil(lambda: operator.app_calls.active is not None, timeout=10_000)
        qtbot.waitUntil(lambda: not lead.app_calls.waiting(), timeout=10_000)
        assert not lead.app_calls.ringer.isActive()
        assert not lead.desk_actions.actions["answer_call"].isEnabled()
        assert "Айгерим Сатпаева" in lead.app_calls.list.live.item(0, 4).text()
        # The form holds who calls and where from.
        form = operator.call_form
        assert form.phone.text() == "+77015551234" and form.name.text() == "Данияр Есенов"
        assert form.location is not None and form.location[2] == "gps" and form.address.text()
        assert "±15 m" in form.location_label.text() and "precinct" in form.location_label.text()
        # Real media arrive: the caller's video decoded and their audio received at the desk.
        qtbot.waitUntil(lambda: state(qtbot, phone)["connection"] == "connected", timeout=15_000)
        qtbot.waitUntil(lambda: operator.app_calls.first_frame, timeout=15_000)
        qtbot.waitUntil(
            lambda: (
                operator.app_calls.stats.get("framesDecoded", 0) > 10
                and operator.app_calls.stats.get("audioPackets", 0) > 10
            ),
            timeout=15_000,
        )
        assert operator.app_calls.stats["frameWidth"] >= 320
        # The caller moves: the pin and the form follow.
        run(
            qtbot,
            phone,
            f"(document.getElementById('lat').value = '{MOVED[0]}', "
            f"document.getElementById('lon').value = '{MOVED[1]}', window.citizenActions.moveTo(), true)",
        )
        qtbot.waitUntil(
            lambda: (
                run(
                    qtbot,
                    operator.map,
                    "Array.from(desk.callers.values()).map(e => e.marker.getLatLng().lat)",
                )
                == [pytest.approx(MOVED[0])]
            ),
            timeout=10_000,
        )
        qtbot.waitUntil(
            lambda: form.location is not None and abs(form.location[0] - MOVED[0]) < 1e-9, timeout=5000
        )
        # A snapshot before the incident is saved is kept, then goes into it.
        operator.desk_actions.actions["snapshot"].trigger()
        qtbot.waitUntil(lambda: len(operator.app_calls.media.pending) == 1, timeout=10_000)
        form.category.setCurrentIndex(form.category.findData("fight_assault"))
        form.description.setPlainText("Драка у подъезда, звонящий снимает на видео")
        saved: list = []
        operator.calls.saved.connect(saved.append)
        form.request_save()
        qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
        incident = saved[0]
        assert incident.channel is Channel.VIDEO_CALL and incident.caller.app_user_id == "app-4417"
        desk = operator.now.desk
        qtbot.waitUntil(
            lambda: any(
                a.kind is AttachmentKind.PHOTO for a in desk.read.incident(incident.number).attachments
            ),
            timeout=10_000,
        )
        photo = next(
            a for a in desk.read.incident(incident.number).attachments if a.kind is AttachmentKind.PHOTO
        )
        assert media.joinpath(photo.sha256[:2]).exists() or any(media.rglob(photo.sha256 + "*"))
        # The caller hangs up: the desk's call ends, the times stay with the incident.
        run(qtbot, phone, "window.citizenActions.hangUp() || true")
        qtbot.waitUntil(lambda: operator.app_calls.active is None, timeout=10_000)
        assert "hung up" in operator.app_calls.panel.state.text()
        # The recording of the call (caller's video, both voices) went into the incident's media too.
        qtbot.waitUntil(
            lambda: any(
                a.kind is AttachmentKind.VIDEO and a.media_type == "video/webm"
                for a in desk.read.incident(incident.number).attachments
            ),
            timeout=10_000,
        )
        call = desk.calls.of_incident(incident.number)
        assert call is not None and call.status is CallStatus.ENDED and call.end_reason == "caller"
        assert call.rung_at < call.answered_at < call.ended_at
        qtbot.waitUntil(lambda: not lead.app_calls.calls, timeout=10_000)
    finally:
        lead.close()
        operator.close()


def test_a_missed_call_is_called_back_and_the_operator_hangs_up(qtbot, sqlite_city, line):
    server, key, media = line
    operator = open_window(
        qtbot, desk_settings(sqlite_city, server, media), 30_000, login="operator", password=DEMO_PASSWORD
    )
    lead = open_window(
        qtbot, desk_settings(sqlite_city, server, media), 30_000, login="shiftlead", password=DEMO_PASSWORD
    )
    try:
        phone = citizen(qtbot, server, key, video="0", phone="+7 705 100 20 30")
        run(qtbot, phone, "window.citizenActions.call() && true")
        qtbot.waitUntil(
            lambda: bool(operator.app_calls.waiting() and lead.app_calls.waiting()), timeout=10_000
        )
        run(qtbot, phone, "window.citizenActions.hangUp() || true")  # before anyone answers
        for desk in (operator, lead):
            qtbot.waitUntil(lambda desk=desk: desk.app_calls.list.missed.rowCount() == 1, timeout=10_000)
            assert not desk.app_calls.waiting() and not desk.app_calls.ringer.isActive()
        assert operator.app_calls.list.missed.item(0, 1).text() == "+77051002030"
        operator.app_calls.list.missed.selectRow(0)
        operator.desk_actions.actions["called_back"].trigger()
        for desk in (operator, lead):
            qtbot.waitUntil(lambda desk=desk: desk.app_calls.list.missed.rowCount() == 0, timeout=10_000)
        # A second call, taken by the shift lead, ended from the desk (F7).
        qtbot.waitUntil(lambda: state(qtbot, phone)["ended"] == "caller", timeout=5000)
        run(qtbot, phone, "window.citizenActions.call() && true")
        qtbot.waitUntil(lambda: bool(lead.app_calls.waiting()), timeout=10_000)
        lead.app_calls.answer()
        qtbot.waitUntil(lambda: lead.app_calls.active is not None, timeout=10_000)
        assert not lead.app_calls.active.video and lead.call_form.channel is Channel.PHONE
        qtbot.waitUntil(lambda: state(qtbot, phone)["connection"] == "connected", timeout=15_000)
        qtbot.waitUntil(lambda: lead.app_calls.stats.get("audioPackets", 0) > 5, timeout=15_000)
        lead.desk_actions.actions["hang_up"].trigger()
        qtbot.waitUntil(lambda: state(qtbot, phone)["ended"] == "operator", timeout=10_000)
        assert lead.app_calls.active is None
        qtbot.waitUntil(lambda: not operator.app_calls.calls, timeout=10_000)
    finally:
        lead.close()
        operator.close()
