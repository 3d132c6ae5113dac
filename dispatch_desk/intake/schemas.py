"""The documented shapes of the intake API: answers (pydantic models) and the posted report's body.

The OpenAPI document is generated from these and from the routes; the service codes of the moment are
filled in as the enum of ``service_code`` when the document is served.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ServiceOut(BaseModel):
    service_code: str
    service_name: str
    description: str
    metadata: bool
    type: str
    keywords: str
    group: str


class AttributeValue(BaseModel):
    key: str
    name: str


class AttributeOut(BaseModel):
    variable: bool
    code: str
    datatype: str
    required: bool
    datatype_description: str
    order: int
    description: str
    values: list[AttributeValue] | None = None


class ServiceDefinitionOut(BaseModel):
    service_code: str
    attributes: list[AttributeOut]


class PostAnswer(BaseModel):
    service_request_id: str
    service_notice: str | None = None
    account_id: str | None = None
    report_secret: str = Field(
        description="The report's secret, given only in this answer: the app keeps it and sends it as the "
        "X-Report-Secret header (or the report_secret parameter) to read the report's status notes. A "
        "retry with the same Idempotency-Key gets a new secret, and the earlier one stops working."
    )


ONLY_AUTHOR = (
    "only to the report's author (its report_secret) and to the confidential api_key that posted it; "
    "null to anyone else"
)


class ServiceRequestOut(BaseModel):
    service_request_id: str
    status: str = Field(description="open or closed")
    status_notes: str | None = Field(
        None, description="the measures taken, written for the report's author: only with its secret"
    )
    service_name: str | None = Field(None, description=ONLY_AUTHOR)
    service_code: str | None = Field(None, description=ONLY_AUTHOR)
    agency_responsible: str | None = Field(
        None, description=f"the police precinct that handles the report; {ONLY_AUTHOR}"
    )
    service_notice: str | None = None
    requested_datetime: str | None = Field(None, description=ONLY_AUTHOR)
    updated_datetime: str | None = Field(None, description=ONLY_AUTHOR)
    expected_datetime: str | None = None
    description: str | None = Field(None, description=ONLY_AUTHOR)
    address: str | None = Field(None, description=ONLY_AUTHOR)
    address_id: str | None = None
    zipcode: str | None = None
    lat: float | None = Field(None, description=ONLY_AUTHOR)
    long: float | None = Field(None, description=ONLY_AUTHOR)
    media_url: str | None = Field(None, description=ONLY_AUTHOR)


SERVICE_CODE = {"type": "string", "description": "from GET /v2/services.json"}
_REPORT_PROPERTIES: dict[str, Any] = {
    "api_key": {"type": "string", "description": "the client application's key (or the X-API-Key header)"},
    "jurisdiction_id": {"type": "string", "maxLength": 100},
    "service_code": SERVICE_CODE,
    "lat": {"type": "number", "minimum": -90, "maximum": 90},
    "long": {"type": "number", "minimum": -180, "maximum": 180},
    "address_string": {"type": "string", "maxLength": 500},
    "address_id": {"type": "string", "maxLength": 200},
    "email": {"type": "string", "maxLength": 300},
    "device_id": {"type": "string", "maxLength": 120},
    "account_id": {"type": "string", "maxLength": 120},
    "account_token": {
        "type": "string",
        "maxLength": 400,
        "description": "the app account's token from its registration service (or the X-App-Account header): "
        "a registered account has a budget of reports of its own; an invalid or expired token is refused (403)",
    },
    "first_name": {"type": "string", "maxLength": 100},
    "last_name": {"type": "string", "maxLength": 100},
    "phone": {"type": "string", "maxLength": 40},
    "description": {"type": "string", "maxLength": 10000},
    "media_url": {"type": "string", "maxLength": 2000, "pattern": '^(https?://[^\\s<>"]+)?$'},
    "attribute[report_id]": {"type": "string", "maxLength": 100},
    "attribute[video_call]": {"type": "string", "enum": ["true", "false"]},
    "attribute[gps_accuracy_m]": {"type": "number", "minimum": 0, "maximum": 1000000},
}
_JSON_PROPERTIES = {k: v for k, v in _REPORT_PROPERTIES.items() if not k.startswith("attribute[")} | {
    "attribute": {
        "type": "object",
        "properties": {
            "report_id": {"type": "string"},
            "video_call": {"type": "boolean"},
            "gps_accuracy_m": {"type": "number", "minimum": 0, "maximum": 1000000},
        },
        "additionalProperties": False,
    }
}
# A position (both lat and long) or an address is required.
_LOCATION_RULES = {
    "anyOf": [{"required": ["lat", "long"]}, {"required": ["address_string"]}],
    "dependentRequired": {"lat": ["long"], "long": ["lat"]},
}
_FORM_SCHEMA = {
    **_LOCATION_RULES,
    "type": "object",
    "required": ["service_code"],
    "properties": _REPORT_PROPERTIES,
    "additionalProperties": False,
}
POST_BODY = {
    "requestBody": {
        "required": True,
        "description": "A service request; a position (lat, long) or an address_string is required.",
        "content": {
            "application/x-www-form-urlencoded": {"schema": _FORM_SCHEMA},
            "application/json": {
                "schema": {
                    **_LOCATION_RULES,
                    "type": "object",
                    "required": ["service_code"],
                    "properties": _JSON_PROPERTIES,
                    "additionalProperties": False,
                }
            },
            "multipart/form-data": {
                "schema": {
                    **_LOCATION_RULES,
                    "type": "object",
                    "required": ["service_code"],
                    "properties": _REPORT_PROPERTIES
                    | {
                        "media": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "photos, videos and voice messages",
                        }
                    },
                    "additionalProperties": False,
                }
            },
        },
    },
    "parameters": [
        {
            "name": "Idempotency-Key",
            "in": "header",
            "required": False,
            "schema": {"type": "string", "pattern": "^[!-~]{1,200}$"},
            "description": "the same key on a retry returns the first answer instead of a second report",
        },
        {"name": "X-API-Key", "in": "header", "required": False, "schema": {"type": "string"}},
    ],
}
