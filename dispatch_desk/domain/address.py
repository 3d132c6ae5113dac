"""Address normalisation for matching the same place typed in different ways.

``address_key`` is the key under which "earlier incidents at this address" are found: the words of
the street without the usual abbreviations, lower case, ``ё`` as ``е``, followed by the house number;
the apartment and the city name are left out (the same building is the same address for the desk).
"""

from __future__ import annotations

import re
import unicodedata

# Words that say what kind of place follows (street, avenue, house, ...) in Russian, Kazakh and English.
STREET_WORDS = frozenset(
    """
    ул улица у пр пр-т прт просп проспект пер переулок бул бульвар б-р шоссе ш пл площадь наб набережная
    мкр мкрн микрорайон мкр-н д дом кор корп корпус к стр строение
    көшесі көш даңғылы даң шағын ауданы ауданы ш-а
    st str street ave avenue av rd road blvd boulevard lane ln pr-t microdistrict house bldg
    """.split()
)
APARTMENT_WORDS = frozenset("кв квартира пәтер пәт apt apartment flat офис оф office".split())
# Streets named after a date ("1 Мая", "8 Марта"): the day belongs to the name, not to the house number.
MONTH_WORDS = frozenset(
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан "
    "january february march april may june july august september october november december".split()
)
CITY_WORDS = frozenset("г город қ қаласы павлодар pavlodar петропавловск петропавл petropavl".split())

_TOKEN = re.compile(
    r"\d+(?:[\s-]?[^\W\d_](?![^\W\d_]))?(?:\s*/\s*\d+(?:[^\W\d_](?![^\W\d_]))?)?|[^\W\d_]+(?:-[^\W\d_]+)*"
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return text


def address_key(text: str | None) -> str:
    """The matching key of a typed address; ``""`` when nothing address-like is left."""
    if not text:
        return ""
    tokens = _TOKEN.findall(_fold(text[:500]))
    words: list[str] = []
    numbers: list[str] = []
    skip_next_number = False
    for index, token in enumerate(tokens):
        if token[0].isdigit():
            token = re.sub(r"[\s-]+", "", token)
        if token in APARTMENT_WORDS:
            skip_next_number = True
            continue
        if token[0].isdigit():
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if following in MONTH_WORDS:
                words.append(token)
            elif skip_next_number:
                skip_next_number = False
            else:
                numbers.append(token)
            continue
        skip_next_number = False
        if token in STREET_WORDS or token in CITY_WORDS:
            continue
        words.append(token)
    house = numbers[0] if numbers else ""
    return " ".join([*words, house]).strip()


def search_key(text: str | None) -> str:
    """The address key of text typed into a search; ``""`` unless it names a street. A bare number
    ("57", the incident number "26-000111") is no address: as a key it would find every house 57."""
    key = address_key(text)
    return key if any(c.isalpha() for c in key) else ""
