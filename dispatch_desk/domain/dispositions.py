"""How an incident ended: the code list the operator chooses from when closing, with free text beside it.

Codes are stored (``incidents.disposition_code``) so that outcomes can be counted and compared across
precincts and shifts; the words are the desk's (translated there). ``other`` needs the free text.
"""

from __future__ import annotations

from dispatch_desk.domain.errors import ValidationError

DISPOSITION_CODES = (
    "report_written",  # an administrative report (protocol) was drawn up
    "case_registered",  # registered as a criminal case (ERDR), an investigation follows
    "detained",  # a person was detained
    "taken_to_precinct",  # the participants were taken to the police station
    "warned",  # a talk was held, a warning given
    "settled_on_scene",  # settled on the spot, no offence
    "passed_to_inspector",  # passed to the precinct inspector
    "advice_given",  # the caller was advised (a consultation)
    "found",  # the person or thing sought was found
    "not_confirmed",  # what was reported was not confirmed
    "nobody_found",  # nobody was found at the place
    "passed_to_service",  # passed to another service (ambulance, emergency, gas, utilities)
    "false_call",  # a deliberately false call
    "other",  # anything else: said in the free text
)


def check_disposition(code: str, text: str) -> str:
    """The code, checked: one of the list, or '' (closed before the list existed, or by a script)
    with the free text saying it all. Raises ValidationError with a clear message otherwise."""
    code = (code or "").strip()
    if code and code not in DISPOSITION_CODES:
        raise ValidationError(f"'{code[:40]}' is not a disposition code")
    if (not code or code == "other") and not text.strip():
        raise ValidationError("say how the incident ended: choose a disposition or write it")
    return code
