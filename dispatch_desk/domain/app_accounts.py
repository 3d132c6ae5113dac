"""Registered accounts of the "102" app, as the intake recognises them: signed account tokens.

The app requires its users to register (the registration service checks who they are). That service
gives each signed-in app an account token, ``v1.<account>.<expires>.<signature>``, signed with a secret
it shares with the intake servers (setting ``intake_account_secret``): HMAC-SHA256 over
``v1.<account>.<expires>``, the account id base64url-encoded. The intake gives a valid token's account
its own budget of reports and calls, before and apart from the anonymous traffic that shares the app key's
budget, so a crowd of addresses cannot starve registered citizens. A token proves only that the
registration service vouched for the account until ``expires``; nothing else rests on it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time

VERSION = "v1"
MAX_TOKEN = 400
MAX_ACCOUNT = 120
MIN_SECRET_BYTES = 32


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(secret: bytes, message: str) -> str:
    return hmac.new(secret, message.encode("ascii"), hashlib.sha256).hexdigest()


def issue(secret: bytes, account: str, valid_s: int = 30 * 24 * 3600, now: float | None = None) -> str:
    """A token for ``account`` valid ``valid_s`` seconds (what the registration service does)."""
    if len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"the account secret must be at least {MIN_SECRET_BYTES} bytes")
    if not account or len(account) > MAX_ACCOUNT:
        raise ValueError(f"an account id is 1–{MAX_ACCOUNT} characters")
    expires = int((time.time() if now is None else now) + valid_s)
    message = f"{VERSION}.{_b64(account.encode('utf-8'))}.{expires}"
    return f"{message}.{_signature(secret, message)}"


def verify(secret: bytes, token: object, now: float | None = None) -> str | None:
    """The account a token vouches for, or None: malformed, forged, expired, or no secret configured."""
    if not secret or not isinstance(token, str) or not token or len(token) > MAX_TOKEN or not token.isascii():
        return None
    parts = token.split(".")
    if len(parts) != 4 or parts[0] != VERSION or not parts[2].isdigit():
        return None
    message = ".".join(parts[:3])
    if not hmac.compare_digest(_signature(secret, message), parts[3]):
        return None
    if int(parts[2]) < (time.time() if now is None else now):
        return None
    try:
        account = _unb64(parts[1]).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return account if 0 < len(account) <= MAX_ACCOUNT and account.isprintable() else None
