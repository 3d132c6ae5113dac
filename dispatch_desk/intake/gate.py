"""What every GeoReport route asks before it works: which client key, which network, within which rate.

One ``Gate`` per intake application (``app.state.gate``), holding the rate limiters, so that the route
modules (``routes.py``, ``posting.py``, ``reading.py``) are plain functions that take the request.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request

from dispatch_desk.intake.body import language
from dispatch_desk.intake.doors import network_of
from dispatch_desk.intake.errors import Problem
from dispatch_desk.intake.limits import IntakeLimits, RateLimiter, client_address
from dispatch_desk.services.app_reports import ApiKey, IntakeService


class Gate:
    def __init__(self, service: IntakeService, limits: IntakeLimits, zone: ZoneInfo) -> None:
        self.service, self.limits, self.zone = service, limits, zone
        self.limiter = RateLimiter()  # reports: per network, device, account and key
        self.lookups = RateLimiter()  # reading service requests: budgets of their own

    @staticmethod
    def of(request: Request) -> Gate:
        return request.app.state.gate

    def authenticate(self, key: str | None, *, required: bool) -> ApiKey | None:
        if not key:
            if required:
                raise Problem(401, "an api_key is required to post a service request")
            return None
        client = self.service.authenticate(key.strip())
        if client is None:
            raise Problem(403, "the api_key is not valid or has been revoked")
        return client

    @staticmethod
    def refuse_if_limited(wait: float, what: str) -> None:
        if wait > 0:
            raise Problem(429, what, {"Retry-After": str(max(1, round(wait)))})

    def rate_limit(self, client: ApiKey) -> None:
        wait = self.limiter.allow(client.id, client.rate_per_minute)
        self.refuse_if_limited(wait, "too many requests for this api_key")

    def network(self, request: Request) -> str:
        """The client's network (IPv4 address, IPv6 /64), behind a trusted proxy the one it names."""
        peer = request.client.host if request.client is not None else None
        forwarded = request.headers.get("x-forwarded-for")
        return network_of(client_address(peer, forwarded, self.limits.trusted_proxies))

    def limit_lookups(self, request: Request, client: ApiKey | None, cost: int = 1) -> None:
        """Reading service requests, from one network (and one key): walking the register of numbers
        from outside is slow, whatever key is used. ``cost``: the numbers asked for at once. Lookups have
        budgets of their own: they never spend what reporting has."""
        wait = self.lookups.allow(("network", self.network(request)), self.limits.lookups_per_minute, cost)
        if wait <= 0 and client is not None:
            wait = self.lookups.allow(("key", client.id), client.rate_per_minute)
        self.refuse_if_limited(wait, "too many lookups of service requests")

    def reader(self, request: Request, api_key: str | None, cost: int = 1) -> ApiKey | None:
        """The key a lookup came with (parameter or header; none is fine), its lookups counted."""
        client = self.authenticate(api_key or request.headers.get("x-api-key"), required=False)
        self.limit_lookups(request, client, cost)
        return client

    def context(self, request: Request) -> dict[str, Any]:
        """What shaping a service request for the answer needs (``open311.service_request``)."""
        return {
            "lang": language(request),
            "zone": self.zone,
            "categories": self.service.categories_by_code(),
            "precincts": self.service.precincts(),
        }
