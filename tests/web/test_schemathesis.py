"""Schema-driven fuzzing of the HTTP API against its own OpenAPI document: no input gives a
server error, and every response (status, content type, body) is what the document says.

The app is made when this module is imported (``create_app`` does no work and opens no file),
so schemathesis can read its OpenAPI document then; the store it serves is a copy of the test
store put in place by a fixture before the first case runs (schemathesis' lazy fixture loader
does not work with this pytest). The writing endpoints get the token and write to that copy."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from web_helpers import AUTH, TOKEN

from detente.web import create_app

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
_FOLDER = Path(tempfile.mkdtemp(prefix="detente-fuzz-"))
_CODER: dict = {}
app = create_app(_FOLDER / "fuzz.duckdb", token=TOKEN, coder_factory=lambda: _CODER["coder"])
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def fuzz_store(web_db, coder):
    shutil.copy(web_db, _FOLDER / "fuzz.duckdb")
    _CODER["coder"] = coder
    yield
    shutil.rmtree(_FOLDER, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_web_api_conforms_to_its_openapi_document(case):
    case.call_and_validate(headers=AUTH, checks=CHECKS)
