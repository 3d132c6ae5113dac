"""The meeting pack of a precinct's last 28 days as a PDF (aim: 5 s), on the database of 1,000,000
incidents (a large city's year; precinct 05 has about 6,400 contacts in those weeks): the picture read
and computed (Gi* with 999 permutations, the Knox test, the repeat addresses), the problems, the map drawn
by the desk's own map page offscreen and grabbed, the PDF laid out and written — everything
``dispatch-desk analytics pack --pdf`` does after its start-up. The inspector's version and the
residents'; the map alone is timed on its own."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from dispatch_desk.ui import qt_boot

qt_boot.prepare()

import pytest  # noqa: E402

from benchmarks.data import NOW, ready_for_analytics  # noqa: E402
from dispatch_desk.composition import open_services  # noqa: E402
from dispatch_desk.config import Settings  # noqa: E402
from dispatch_desk.domain.access import Principal  # noqa: E402
from dispatch_desk.services.meeting_pack import build_pack  # noqa: E402

PERIOD = timedelta(days=28)
PASSWORD = "bench-inspector-05"


@pytest.fixture(scope="module")
def services(million_db):
    ready_for_analytics(million_db)
    settings = Settings()
    settings.database_url = million_db.url
    settings.language = "ru"
    built = open_services(settings, build_demo_if_empty=False, first_administrator=False)
    system = Principal.for_system("bench")
    if "insp05" not in {a.login for a in built.accounts.accounts(system)}:  # on PostgreSQL: a login role
        built.accounts.add(
            system, "insp05", "Inspector", ("inspector",), home_precinct="05", password=PASSWORD
        )
    inspector = built.accounts.sign_in("insp05", PASSWORD).principal
    return built, settings, inspector


@pytest.mark.parametrize("residents", [False, True], ids=["inspector", "residents"])
def test_meeting_pack_pdf(benchmark, services, qapp, tmp_path, residents):
    from dispatch_desk.ui.meeting_pack_pdf import write_pack

    built, settings, inspector = services
    analytics = built.precinct_analytics_for(inspector)
    path = tmp_path / "pack.pdf"

    def printed() -> int:
        pack = build_pack(
            analytics,
            built.problems_for(inspector),
            NOW - PERIOD,
            NOW + timedelta(seconds=1),
            residents=residents,
        )
        write_pack(built, settings, inspector, analytics, pack, path)
        return pack.picture.contacts

    contacts = benchmark.pedantic(printed, rounds=3, iterations=1)
    assert contacts > 5000 and path.stat().st_size > 100_000  # with the map's picture
    benchmark.extra_info.update(contacts=contacts, bytes=path.stat().st_size)


def test_the_map_picture_alone(benchmark, services, qapp):
    from dispatch_desk.ui.meeting_pack_pdf import MeetingPackPdf
    from dispatch_desk.ui.pack_map import render_map

    built, settings, inspector = services
    analytics = built.precinct_analytics_for(inspector)
    started = time.perf_counter()
    picture = analytics.picture(NOW - PERIOD, NOW + timedelta(seconds=1), near=False)
    legend = MeetingPackPdf(ZoneInfo(settings.timezone), {}, {}).legend()
    benchmark.extra_info["picture_s"] = round(time.perf_counter() - started, 3)
    image = benchmark.pedantic(
        lambda: render_map(built, settings, "ru", picture, False, legend, analytics.area("05")),
        rounds=3,
        iterations=1,
    )
    assert image is not None and image.width() > 1000
