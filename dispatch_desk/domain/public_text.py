"""What a public document may say: text written for residents is checked before it is printed.

Free text is personal data until shown otherwise. The residents' meeting pack carries counts and places
coarse enough that no one is named, and one text the precinct inspector writes for the residents; that
text is refused while it holds a phone number (``phonenumbers``' matcher, Kazakhstan's numbering plan)
or a word of the name of a person the database knows (a caller, a colleague).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

MAX_PUBLIC_TEXT = 2000
MIN_NAME_PART = 3  # "Ли" alone would match too much; a surname or a given name is longer
_WORD = re.compile(r"\w+", re.UNICODE)
_DIGITS = re.compile(r"\d[\d\s().-]{5,}\d")  # a run of seven or more digits: a phone the matcher missed


def personal_data_in(text: str, names: Iterable[str]) -> list[str]:
    """What in ``text`` names a person or reaches them: phone numbers and words of known names, each
    once, in the order found. Empty: the text may be printed."""
    found: list[str] = []
    phones: list[str] = []
    for match in phonenumbers.PhoneNumberMatcher(text, "KZ", leniency=phonenumbers.Leniency.POSSIBLE):
        phones.append(match.raw_string)
    for run in _DIGITS.findall(text):
        if not any(run in phone or phone in run for phone in phones):
            phones.append(run)
    found += [f"a phone number: {p}" for p in dict.fromkeys(phones)]
    words = {w.casefold() for w in _WORD.findall(text)}
    named: list[str] = []
    for name in names:
        for part in _WORD.findall(name or ""):
            if len(part) >= MIN_NAME_PART and not part.isdigit() and part.casefold() in words:
                named.append(part)
    found += [f"a person's name: {n}" for n in dict.fromkeys(named)]
    return found
