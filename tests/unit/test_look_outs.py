"""Look-outs: Kazakh plates in every spelling, and what a call's text must name to match."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.look_outs import LookOut, LookOutKind, matches, normalise_plate, plates_in

NOW = datetime(2026, 11, 21, 20, 0, tzinfo=UTC)


def look_out(**kw) -> LookOut:
    values = dict(
        kind=LookOutKind.VEHICLE,
        description="серая Лада Гранта",
        expires_at=NOW + timedelta(hours=6),
        created_at=NOW,
        created_by="lead",
        plate="123 ABC 14",
        keywords=("серая Лада",),
    )
    values.update(kw)
    return LookOut(**values)


@pytest.mark.parametrize(
    "typed", ["123 ABC 14", "123ABC14", "123-abc-14", " 123 abc 14 ", "123 АВС 14", "123авс14"]
)
def test_every_spelling_of_a_plate_is_the_same_plate(typed):
    assert normalise_plate(typed) == "123 ABC 14"


def test_legal_entities_and_the_old_format_are_plates_too():
    assert normalise_plate("777 AB 02") == "777 AB 02"
    assert normalise_plate("s123abc") == "S 123 ABC"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "123 ABC 00",
        "123 ABC 21",
        "12 ABC 14",
        "123 ABCD 14",
        "123 ДОМ 14",
        "<script>alert(1)</script>",
        "9" * 10_000,
    ],
)
def test_what_is_not_a_kazakh_plate_is_refused_with_a_clear_message(bad):
    with pytest.raises(ValidationError, match=r"plate|region"):
        normalise_plate(bad)


def test_plates_are_found_inside_free_text_but_not_inside_other_numbers():
    text = "Серая машина 123авс14 уехала, потом 777 AB 02; квартира 1234ABC145, тел. 87011234567"
    assert plates_in(text) == {"123 ABC 14", "777 AB 02"}


def test_words_match_whole_words_with_their_endings_and_in_order():
    person = look_out(kind=LookOutKind.MISSING, plate=None, keywords=("Ахметов", "красная куртка"))
    assert person.matched_by("мальчик Ахметова Айдара видели") == ["Ахметов"]
    assert person.matched_by("в КРАСНОЙ куртке, у подъезда") == ["красная куртка"]
    assert person.matched_by("куртка красная") == []  # the words in the other order
    assert person.matched_by("красный автобус, куртка") == []  # not next to each other
    assert person.matched_by("Махметов") == []  # inside another word


def test_only_active_look_outs_of_the_incidents_precinct_match():
    car = look_out(precincts=("05",))
    assert [m.found for m in matches([car], "номер 123ABC14, серая лада", "05", NOW)] == [
        ("123 ABC 14", "серая Лада")
    ]
    assert matches([car], "номер 123ABC14", "03", NOW) == []
    assert len(matches([car], "номер 123ABC14", None, NOW)) == 1  # not located yet: watched for
    assert matches([car], "номер 123ABC14", "05", NOW + timedelta(hours=6)) == []  # expired
    car.end("lead", NOW, "found")
    assert matches([car], "номер 123ABC14", "05", NOW) == []


def test_a_look_out_needs_something_to_watch_for():
    with pytest.raises(ValidationError, match="plate or by words"):
        look_out(plate=None, keywords=())
    with pytest.raises(ValidationError, match="name the words"):
        look_out(kind=LookOutKind.PERSON, plate=None, keywords=())
    with pytest.raises(ValidationError, match="3 letters"):
        look_out(keywords=("ау",))
    with pytest.raises(ValidationError, match="30 days"):
        look_out(expires_at=NOW + timedelta(days=31)).check_new(NOW)
    with pytest.raises(ValidationError, match="description"):
        look_out(description="\x00 ")
