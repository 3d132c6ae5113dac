"""The "102" app simulator: the centre's rhythm, realistic content, and a run against a real server."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

import pytest
from shapely.geometry import Point, shape

from dispatch_desk.cli import main
from dispatch_desk.demo.city import load_city_outline, load_precincts
from dispatch_desk.demo.simulator import SimulationError, Simulator, photo, voice_message
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import AttachmentKind, Channel
from dispatch_desk.intake.app import create_app
from dispatch_desk.intake.media_types import identify
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.store.media_files import MediaStore
from tests.support.intake import ServerThread, unlimited_senders
from tests.support.people import act_as, add_person


@pytest.fixture
def running(desk, tmp_path):
    desk.import_precincts(load_precincts())
    service = IntakeService(desk, MediaStore(tmp_path / "media"))
    _, key = service.create_api_key("simulator", 1_000_000, by=Principal.for_system("admin"))
    with ServerThread(create_app(service, unlimited_senders())) as server:
        yield server.url, key, service
    service.close()


def test_a_day_has_the_rhythm_of_the_centre(running):
    url, key, _ = running
    simulator = Simulator(url, key, seed=3)
    saturday = simulator.plan_day(date(2026, 11, 21))
    tuesday = simulator.plan_day(date(2026, 11, 24))
    assert 124 <= len(saturday) <= 132 and 107 <= len(tuesday) <= 114
    assert len(simulator.plan_day(date(2026, 12, 16))) >= 124  # Independence Day, a public holiday
    evening = sum(1 for r in saturday + tuesday if r.at.hour >= 19)
    assert evening / len(saturday + tuesday) > 0.3  # 5 of 24 hours carry a third of the contacts
    moments = [r.at for r in saturday]
    assert moments == sorted(moments) and all(m.date() == date(2026, 11, 21) for m in moments)
    city = shape(load_city_outline())
    reports = saturday + tuesday
    assert all(city.contains(Point(float(r.fields["long"]), float(r.fields["lat"]))) for r in reports)
    categories = Counter(r.fields["service_code"] for r in reports)
    assert len(categories) >= 8 and categories.most_common(1)[0][1] < len(reports) / 4
    kazakh = sum(1 for r in reports if any(ch in r.fields["description"] for ch in "әғқңөұүһі"))
    assert 0 < kazakh < len(reports)  # both languages
    with_media = [r for r in reports if r.media]
    assert 0.1 < len(with_media) / len(reports) < 0.4
    assert len({r.key for r in reports}) == len(reports)


def test_generated_photos_and_voice_messages_are_what_they_claim():
    rng = random.Random(1)
    jpeg, wav = photo(rng, (320, 240)), voice_message(rng, 1.5, 8000)
    assert identify(jpeg, "image/jpeg").kind is AttachmentKind.PHOTO
    assert identify(wav, "audio/wav").kind is AttachmentKind.AUDIO
    assert photo(random.Random(2), (320, 240)) != jpeg


def test_simulated_reports_become_app_incidents_and_a_rerun_makes_no_duplicates(running, desk):
    url, key, _ = running
    simulator = Simulator(url, key, seed=5, concurrency=4, media_share=0.5)
    plan = simulator.plan_count(12)
    first = simulator.run(plan, speed=0)
    assert (first.sent, first.created, first.failed) == (12, 12, 0)
    again = simulator.run(plan, speed=0)  # the app retrying everything: idempotency keys
    assert (again.sent, again.replayed, again.created) == (12, 12, 0)
    incidents = [i for i in desk.read.recent_incidents(50) if i.channel is Channel.APP]
    assert len(incidents) == 12
    assert sum(len(i.attachments) for i in incidents) == first.with_media > 0
    assert all(i.precinct for i in incidents) and all(i.caller.phone for i in incidents)


def test_simulator_reports_an_unreachable_server_and_a_wrong_key(running, capsys):
    url, _, _ = running
    with pytest.raises(SimulationError, match="cannot reach"):
        Simulator("http://127.0.0.1:9", "k").services()
    result = Simulator(url, "ddk_wrong", seed=1).run(
        Simulator(url, "ddk_wrong", seed=1).plan_count(2), speed=0
    )
    assert result.failed == 2 and "403" in result.errors[0]
    assert main(["simulate", "--url", "ftp://x", "--api-key", "k"]) == 1
    assert "http://" in capsys.readouterr().err


def test_cli_keys_and_simulate(capsys, tmp_path, running, monkeypatch):
    url, key, _ = running
    db = str(tmp_path / "keys.sqlite3")
    assert main(["db", "init", "--db", db]) == 0
    add_person(db, "duty", "operator")
    act_as(monkeypatch, "duty")
    capsys.readouterr()
    assert main(["apikeys", "list", "--db", db]) == 1
    assert "duty may not manage the intake's API keys" in capsys.readouterr().err
    add_person(db, "keeper", "admin")
    act_as(monkeypatch, "keeper")
    assert main(["apikeys", "create", "102-app", "--rate", "600", "--db", db]) == 0
    out, err = capsys.readouterr()
    created = out.strip()
    assert created.startswith("ddk_") and "shown only now" in err
    assert main(["apikeys", "create", "agency", "--confidential", "--db", db]) == 0
    assert "a confidential key" in capsys.readouterr().err
    assert main(["apikeys", "list", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert "102-app" in listing and created not in listing and "active" in listing
    assert [line.split()[2] for line in listing.splitlines()[1:] if line.strip()] == ["app", "confidential"]
    assert main(["apikeys", "create", "102-app", "--db", db]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main(["apikeys", "revoke", "102-app", "--db", db]) == 0
    capsys.readouterr()
    assert main(["apikeys", "list", "--db", db]) == 0
    revoked = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("102-app"))
    assert not revoked.endswith("active") and "revoked" in revoked
    assert "+05" in revoked and "+00:00" not in revoked  # the centre's clock, as every person reads it
    assert main(["apikeys", "revoke", "nobody", "--db", db]) == 1
    capsys.readouterr()
    assert (
        main(["simulate", "--url", url, "--api-key", key, "--count", "3", "--speed", "0", "--seed", "2"]) == 0
    )
    assert '"created": 3' in capsys.readouterr().out
