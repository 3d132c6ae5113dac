"""The demo inspector's problem: the bar in precinct 05 that the history makes a hot spot, opened two and
a half weeks ago, in its response — one step done, two due — so that the meeting pack has something to
report since last week."""

from __future__ import annotations

from datetime import datetime, timedelta

from dispatch_desk.demo.history import RESPONDING, ZONE, TroublePlace
from dispatch_desk.domain.address import address_key
from dispatch_desk.domain.problems import Note, Place, PlaceKind, Problem, ProblemStatus, Response
from dispatch_desk.geo.hotspots import cell_of

INSPECTOR = "inspector05"


def demo_problem(bar: TroublePlace, now: datetime) -> Problem:
    day = lambda n: now + timedelta(days=n)  # noqa: E731
    street = bar.address.split(",", 1)[0]
    problem = Problem(
        bar.precinct,
        f"Драки и шум у бара, {bar.address}",
        (
            Place(PlaceKind.ADDRESS, address_key(bar.address), bar.address),
            Place(PlaceKind.CELL, cell_of(bar.lat, bar.lon), street),
        ),
        day(-18),
        INSPECTOR,
        updated_at=day(-2),
    )
    problem.notes = [
        Note(
            day(-18),
            INSPECTOR,
            "Вызовы с пятницы на воскресенье после 22:00: драки у входа, шум до утра. "
            "Бар работает до 04:00, охраны нет.",
        ),
        Note(
            day(-12),
            INSPECTOR,
            "Жители дома напротив жалуются на встрече: подъезд используют как "
            "туалет, во дворе битые бутылки. Освещения у входа нет.",
        ),
        Note(day(-3), INSPECTOR, "После рейдов в выходные вызовов меньше; шум ночью остаётся."),
    ]
    local = lambda n: day(n).astimezone(ZONE).date()  # noqa: E731
    problem.responses = [
        Response(
            "Рейды ППС у бара в пятницу и субботу, 22:00–02:00",
            "ст. лейтенант Оспанов, ППС",
            local(-4),
            day(-10),
            INSPECTOR,
            done_at=day(-5),
        ),
        Response(
            "Письмо в акимат: часы работы бара и лицензия",
            "Абенов Н., участковый инспектор",
            local(5),
            day(-10),
            INSPECTOR,
        ),
        Response(
            "Освещение и камера у входа — с владельцем бара", "владелец бара", local(10), day(-4), INSPECTOR
        ),
    ]
    problem.move_to(ProblemStatus.RESPONSE, now - RESPONDING)
    return problem
