"""The API reference at /docs: drawn on the server from the OpenAPI JSON, no asset from elsewhere."""

from __future__ import annotations

import html as html_lib
import re

from fastapi.testclient import TestClient

from faultlines.web.openapi_view import operations, schemas, type_of


def test_web_docs_lists_every_path_method_parameter_and_schema(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec == client.get("/api/openapi.json").json()
    page = client.get("/docs")
    assert page.status_code == 200
    text = html_lib.unescape(page.text)
    rows = re.findall(r'<tr class="operation"><td>([A-Z]+)</td><td><code>([^<]+)</code>', text)
    expected = {(m.upper(), path) for path, methods in spec["paths"].items() for m in methods}
    assert set(rows) == expected and len(rows) == len(expected) >= 15
    events_row = text[text.index("<code>/api/events</code>") :].split("</tr>")[0]
    for parameter in spec["paths"]["/api/events"]["get"]["parameters"]:
        assert f"<code>{parameter['name']}</code>" in events_row
    assert 'killed_min</code> <span class="muted">query, integer, ≥ 0' in events_row
    for name in spec["components"]["schemas"]:
        assert f'id="schema-{name}"' in text
    assert "application/json: ReviewResult" in text  # the review's response shape


def test_web_docs_page_loads_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/docs").text
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "swagger" not in page.lower() and "cdn" not in page.lower()
    assert 'href="/docs"' in page  # the nav's API link


def test_openapi_view_reads_types_refs_and_unions() -> None:
    spec = {
        "paths": {
            "/x/{id}": {
                "post": {
                    "summary": "Do",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Req"}}}},
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Req": {
                    "properties": {"n": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]}},
                    "required": ["n"],
                }
            }
        },
    }
    [op] = operations(spec)
    assert op["method"] == "POST" and op["body"] == "application/json: Req" and op["responses"] == [("200", "OK")]
    assert op["parameters"] == [{"name": "id", "in": "path", "required": True, "type": "string", "description": ""}]
    [req] = schemas(spec)
    assert req["fields"] == [{"name": "n", "type": "integer, ≥ 0 or null", "required": True, "description": None}]
    assert type_of({"type": "array", "items": {"enum": ["a", "b"]}}) == "array of one of a, b"
