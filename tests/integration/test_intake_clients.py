"""Clients written elsewhere against the running intake server: the georeport package and schemathesis."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from georeport import GeoReport

from dispatch_desk.demo.city import load_precincts
from dispatch_desk.domain.access import Principal
from dispatch_desk.intake.app import create_app
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.store.media_files import MediaStore
from tests.support.intake import ServerThread, unlimited_senders


@pytest.fixture
def running(desk, tmp_path):
    desk.import_precincts(load_precincts())
    service = IntakeService(desk, MediaStore(tmp_path / "media"))
    _, key = service.create_api_key("102-app", rate_per_minute=1_000_000, by=Principal.for_system("admin"))
    with ServerThread(create_app(service, unlimited_senders())) as server:
        yield server, key, service
    service.close()


def test_georeport_client_reads_services_a_request_and_the_list(running, desk):
    server, key, _ = running
    posted, secrets = [], []
    for code, lat in (("theft", 52.2873), ("noise_night", 52.2901)):
        answer = httpx.post(
            f"{server.url}/v2/requests.json",
            timeout=30,
            data={"api_key": key, "service_code": code, "lat": lat, "long": 76.9674},
        )
        assert answer.status_code == 201
        posted.append(answer.json()[0]["service_request_id"])
        secrets.append(answer.json()[0]["report_secret"])
    desk.close(posted[0], "found", "Велосипед найден.")

    client = GeoReport(root_address=f"{server.url}/v2")  # the third-party client, unchanged
    services = client.get_service_list()
    assert {"theft", "noise_night", "fight_assault"} <= {s["service_code"] for s in services}
    single = client.get_service_request(posted[0])  # what anyone may read: the number and its status
    assert single["service_request_id"] == posted[0]
    assert single["status"] == "closed" and single["status_notes"] is None
    own = httpx.get(f"{server.url}/v2/requests/{posted[0]}.json", headers={"X-Report-Secret": secrets[0]})
    assert own.json()[0]["status_notes"] == "Велосипед найден." and own.json()[0]["agency_responsible"]
    listed = client.get_service_requests(status="open")
    assert [r["service_request_id"] for r in listed] == [posted[1]]
    both = client.get_service_requests(service_request_id=",".join(posted))
    assert {r["service_request_id"] for r in both} == set(posted)


def test_georeport_client_in_xml(running, desk):
    server, key, _ = running
    answer = httpx.post(
        f"{server.url}/v2/requests.xml",
        timeout=30,  # the first report loads the address data
        data={"api_key": key, "service_code": "theft", "lat": 52.2873, "long": 76.9674},
    )
    assert answer.status_code == 201 and answer.headers["content-type"].startswith("application/xml")
    assert "<service_requests><request><service_request_id>" in answer.text
    number = answer.text.split("<service_request_id>")[1].split("<")[0]
    secret = answer.text.split("<report_secret>")[1].split("<")[0]
    desk.close(number, "found", "Велосипед найден & возвращён <владельцу>.")

    client = GeoReport(root_address=f"{server.url}/v2", output_format="xml")  # the same client, in XML
    services = client.get_service_list()
    assert "theft" in {s["service_code"] for s in services}
    single = client.get_service_request(number)
    assert single["status"] == "closed" and single["status_notes"] is None
    assert single["expected_datetime"] is None  # JSON null is an empty element
    own = httpx.get(f"{server.url}/v2/requests/{number}.xml", params={"report_secret": secret}).text
    assert "<status_notes>Велосипед найден &amp; возвращён &lt;владельцу&gt;.</status_notes>" in own
    definition = httpx.get(f"{server.url}/v2/services/theft.xml").text
    assert "<service_definition><service_code>theft</service_code><attributes><attribute>" in definition
    assert "<values><value><key>true</key>" in definition
    missing = httpx.get(f"{server.url}/v2/requests/26-999999.xml")
    assert missing.status_code == 404 and "<errors><error><code>404</code>" in missing.text


def test_schemathesis_finds_no_server_error_and_no_drift_from_the_document(running, tmp_path):
    server, key, _ = running
    cli = Path(sys.executable).with_name("schemathesis")
    command = [
        str(cli),
        "run",
        f"{server.url}/openapi.json",
        "--header",
        f"X-API-Key: {key}",
        "--max-examples",
        os.environ.get("DISPATCH_DESK_FUZZ_EXAMPLES", "25"),
        "--seed",
        "102",
        # Every check except "schema-valid data must be accepted": an unknown position or a business
        # rule may still refuse a request the schema allows, with a 4xx.
        "--checks",
        "all",
        "--exclude-checks",
        "positive_data_acceptance",
        "--report-dir",
        str(tmp_path / "report"),
        "--no-color",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=400)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout or "passed" in result.stdout
