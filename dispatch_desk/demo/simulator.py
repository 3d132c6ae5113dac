"""The "102" app, simulated: realistic reports sent over HTTP to an intake server, for demos and load tests.

The rhythm is the centre's (see ``history``): 110–120 contacts a day, more on weekends and public
holidays, the evening peak 19:00–24:00, the same category mix; texts in Kazakh and Russian; positions
inside the city; some reports carry a photo (a JPEG drawn on the fly) or a voice message (a WAV
synthesised on the fly), a few ask for a video call. Every report has its own idempotency key and is
retried with it after a network error, 429 or 5xx, as the real app does.
"""

from __future__ import annotations

import io
import math
import random
import statistics
import threading
import time
import uuid
import wave
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import httpx
import numpy as np
from shapely.geometry import Point, shape

from dispatch_desk.demo import texts
from dispatch_desk.demo.city import load_city_outline, load_streets
from dispatch_desk.demo.history import (
    CATEGORY_WEIGHTS,
    HOUR_WEIGHTS,
    NIGHT_NOISE_WEIGHT,
    ZONE,
    contacts_on,
    is_day_off,
)
from dispatch_desk.geo.streets import house_position

RETRIES = 6


class SimulationError(Exception):
    """The intake server cannot be used (unreachable, wrong key, no services)."""


@dataclass(frozen=True)
class PlannedReport:
    at: datetime  # local time in the simulated day
    fields: dict[str, str]
    media: tuple[tuple[str, str, bytes], ...]  # (file name, content type, bytes)
    key: str


@dataclass
class SimulationResult:
    sent: int = 0
    created: int = 0
    replayed: int = 0
    failed: int = 0
    retries: int = 0
    with_media: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        ordered = sorted(self.latencies_ms)

        def pct(p: float) -> float | None:
            return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1) if ordered else None

        return {
            "sent": self.sent,
            "created": self.created,
            "replayed": self.replayed,
            "failed": self.failed,
            "retries": self.retries,
            "with_media": self.with_media,
            "seconds": round(self.seconds, 2),
            "reports_per_second": round(self.sent / self.seconds, 1) if self.seconds else None,
            "latency_ms_p50": round(statistics.median(ordered), 1) if ordered else None,
            "latency_ms_p99": pct(0.99),
            "errors": self.errors[:10],
        }


class Simulator:
    def __init__(
        self,
        url: str,
        api_key: str,
        *,
        seed: int | None = None,
        concurrency: int = 4,
        media_share: float = 0.25,
        timeout: float = 30.0,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise SimulationError(f"the intake URL must start with http:// or https://, not {url!r}")
        if not 0 <= media_share <= 1:
            raise SimulationError("the media share lies between 0 and 1")
        self.base = url.rstrip("/")
        if self.base.endswith("/v2"):
            self.base = self.base[:-3]
        self.api_key = api_key
        self.rng = random.Random(seed)
        self.concurrency = max(1, concurrency)
        self.media_share = media_share
        self.timeout = timeout
        self.outline = shape(load_city_outline())
        self.streets = load_streets()
        self._services: list[str] | None = None

    # -- planning -------------------------------------------------------------------------------
    def services(self) -> list[str]:
        if self._services is None:
            try:
                answer = httpx.get(f"{self.base}/v2/services.json", timeout=self.timeout)
            except httpx.HTTPError as exc:
                raise SimulationError(f"cannot reach the intake server at {self.base}: {exc}") from None
            if answer.status_code != 200:
                raise SimulationError(f"{self.base}/v2/services.json answered {answer.status_code}")
            self._services = [s["service_code"] for s in answer.json()]
            if not self._services:
                raise SimulationError("the intake server offers no services")
        return self._services

    def plan_day(self, day: date) -> list[PlannedReport]:
        """One day's contacts at their times of day."""
        count = contacts_on(day, self.rng)
        start = datetime(day.year, day.month, day.day, tzinfo=ZONE)
        moments = sorted(
            start
            + timedelta(hours=self.rng.choices(range(24), HOUR_WEIGHTS)[0], seconds=self.rng.uniform(0, 3600))
            for _ in range(count)
        )
        return [self._report(moment) for moment in moments]

    def plan_count(self, count: int, start: datetime | None = None) -> list[PlannedReport]:
        """``count`` reports from ``start`` on (default now), as far apart as the centre's rhythm has them."""
        moment = (start or datetime.now(ZONE)).astimezone(ZONE)
        plan = []
        for _ in range(count):
            per_day = (124 + 132) / 2 if is_day_off(moment.date()) else (107 + 114) / 2
            per_hour = per_day * HOUR_WEIGHTS[moment.hour] / sum(HOUR_WEIGHTS)
            moment += timedelta(hours=self.rng.expovariate(per_hour))
            plan.append(self._report(moment))
        return plan

    def _category(self, moment: datetime) -> str:
        services = set(self.services())
        weights = dict(CATEGORY_WEIGHTS)
        if moment.hour >= 22 or moment.hour < 6:
            weights["noise_night"] = NIGHT_NOISE_WEIGHT
        offered = [(code, w) for code, w in weights.items() if code in services]
        if not offered:
            return self.rng.choice(sorted(services))
        codes, ws = zip(*offered, strict=True)
        return self.rng.choices(codes, ws)[0]

    def _position(self) -> tuple[float, float]:
        """Where people are: a house on one of the city's streets, with the few dozen metres of a phone's
        GPS around it; now and then anywhere inside the city limits (a park, the river bank, a dacha)."""
        if self.streets and self.rng.random() < 0.9:
            street = self.rng.choice(self.streets)
            low, high = street.house_min or 1, street.house_max or 1
            lat, lon = house_position(street, self.rng.randint(low, max(low, high)))
            lat += self.rng.gauss(0, 0.0002)  # about 20 m
            lon += self.rng.gauss(0, 0.0003)
            if self.outline.contains(Point(lon, lat)):
                return round(lat, 6), round(lon, 6)
        minx, miny, maxx, maxy = self.outline.bounds
        while True:
            lon, lat = self.rng.uniform(minx, maxx), self.rng.uniform(miny, maxy)
            if self.outline.contains(Point(lon, lat)):
                return round(lat, 6), round(lon, 6)

    def _report(self, moment: datetime) -> PlannedReport:
        category = self._category(moment)
        lat, lon = self._position()
        device = f"sim-{self.rng.randrange(10**8):08d}"
        report_id = str(uuid.UUID(int=self.rng.getrandbits(128)))
        fields = {
            "service_code": category,
            "lat": str(lat),
            "long": str(lon),
            "description": self.rng.choice(texts.DESCRIPTIONS.get(category, texts.DESCRIPTIONS["other"])),
            "first_name": self.rng.choice(texts.FIRST_NAMES),
            "last_name": self.rng.choice(texts.SURNAMES),
            "phone": f"+770{self.rng.choice('0125678')}{self.rng.randrange(10**7):07d}",
            "device_id": device,
            "account_id": f"iin-{self.rng.randrange(10**12):012d}",
            "attribute[report_id]": report_id,
            "attribute[gps_accuracy_m]": str(self.rng.choice((5, 8, 12, 20, 35))),
        }
        if self.rng.random() < 0.03:
            fields["attribute[video_call]"] = "true"
        media: tuple[tuple[str, str, bytes], ...] = ()
        if self.rng.random() < self.media_share:
            if self.rng.random() < 0.6:
                media = ((f"IMG_{self.rng.randrange(10000):04d}.jpg", "image/jpeg", photo(self.rng)),)
            else:
                media = (("voice.wav", "audio/wav", voice_message(self.rng)),)
        return PlannedReport(moment, fields, media, f"{device}:{report_id}")

    # -- sending --------------------------------------------------------------------------------
    def run(
        self, plan: list[PlannedReport], speed: float = 60.0, progress: Callable[[str], None] | None = None
    ) -> SimulationResult:
        """Send the plan, ``speed`` times faster than its own clock (0: as fast as the server takes them)."""
        self.services()
        result = SimulationResult()
        lock = threading.Lock()
        started = time.monotonic()
        first = plan[0].at if plan else None
        limits = httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency)
        with httpx.Client(timeout=self.timeout, limits=limits) as client:

            def send(item: PlannedReport) -> None:
                if speed > 0 and first is not None:
                    due = started + (item.at - first).total_seconds() / speed
                    delay = due - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
                self._send(client, item, result, lock, progress)

            with ThreadPoolExecutor(self.concurrency) as pool:
                list(pool.map(send, plan))
        result.seconds = time.monotonic() - started
        return result

    def _send(
        self, client: httpx.Client, item: PlannedReport, result: SimulationResult, lock, progress
    ) -> None:
        headers = {"X-API-Key": self.api_key, "Idempotency-Key": item.key}
        files = [("media", (name, data, kind)) for name, kind, data in item.media] or None
        last_error = ""
        for attempt in range(RETRIES):
            began = time.perf_counter()
            try:
                if files:
                    answer = client.post(
                        f"{self.base}/v2/requests.json", data=item.fields, files=files, headers=headers
                    )
                else:
                    answer = client.post(f"{self.base}/v2/requests.json", data=item.fields, headers=headers)
            except httpx.HTTPError as exc:
                last_error = f"{type(exc).__name__}: {exc}"
                answer = None
            if answer is not None and answer.status_code == 201:
                body = answer.json()[0]
                with lock:
                    result.sent += 1
                    result.retries += attempt
                    result.latencies_ms.append((time.perf_counter() - began) * 1000)
                    result.numbers.append(body["service_request_id"])
                    result.with_media += bool(item.media)
                    if body.get("service_notice") == "received":
                        result.created += 1
                    else:
                        result.replayed += 1
                if progress is not None:
                    progress(
                        f"{item.at:%a %H:%M} {item.fields['service_code']:<20} → {body['service_request_id']}"
                    )
                return
            if answer is not None:
                last_error = f"{answer.status_code} {answer.text[:200]}"
                if answer.status_code not in (429, 500, 502, 503, 504):
                    break  # the server refused the report itself: retrying would not help
                wait = float(answer.headers.get("retry-after", "0") or 0)
            else:
                wait = 0.0
            time.sleep(max(wait, min(8.0, 0.2 * 2**attempt)))
        with lock:
            result.failed += 1
            result.errors.append(last_error)
        if progress is not None:
            progress(f"{item.at:%a %H:%M} {item.fields['service_code']:<20} failed: {last_error}")


def photo(rng: random.Random, size: tuple[int, int] = (1024, 768), quality: int = 80) -> bytes:
    """A JPEG that looks like a dim street photo: a sky gradient, buildings, lit windows, a time stamp."""
    from PIL import Image, ImageDraw

    width, height = size
    sky = np.linspace(rng.randint(20, 60), rng.randint(80, 140), height // 2, dtype=np.float32)
    pixels = np.zeros((height, width, 3), dtype=np.uint8)
    pixels[: height // 2] = np.stack([sky * 0.6, sky * 0.7, sky], axis=1)[:, None, :].astype(np.uint8)
    pixels[height // 2 :] = rng.randint(30, 60)
    noise = np.random.default_rng(rng.getrandbits(32)).integers(0, 18, size=pixels.shape, dtype=np.uint8)
    image = Image.fromarray(np.clip(pixels.astype(np.int16) + noise, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    x = 0
    while x < width:
        w, h = rng.randint(80, 220), rng.randint(height // 4, int(height * 0.8))
        shade = rng.randint(40, 90)
        draw.rectangle((x, height - h, x + w, height), fill=(shade, shade, shade + 10))
        for wy in range(height - h + 12, height - 20, 28):
            for wx in range(x + 10, x + w - 14, 24):
                if rng.random() < 0.35:
                    draw.rectangle((wx, wy, wx + 12, wy + 14), fill=(230, 200, 120))
        x += w + rng.randint(0, 30)
    draw.text((16, height - 30), datetime.now(ZONE).strftime("%Y-%m-%d %H:%M"), fill=(255, 180, 0))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def voice_message(rng: random.Random, seconds: float | None = None, rate: int = 16_000) -> bytes:
    """A WAV voice message: syllable-like bursts of a voiced sound with pauses, as speech has."""
    seconds = seconds or rng.uniform(2.0, 6.0)
    t = np.arange(int(seconds * rate)) / rate
    pitch = rng.uniform(110, 220)
    voice = sum(np.sin(2 * math.pi * pitch * k * t) / k for k in range(1, 6))
    syllables = (np.sin(2 * math.pi * rng.uniform(3, 5) * t) > -0.2).astype(np.float32)
    envelope = np.convolve(syllables, np.ones(400) / 400, mode="same")
    signal = 0.3 * voice * envelope * (1 + 0.1 * np.sin(2 * math.pi * 0.7 * t))
    samples = (np.clip(signal, -1, 1) * 32767).astype("<i2")
    out = io.BytesIO()
    with wave.open(out, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(samples.tobytes())
    return out.getvalue()
