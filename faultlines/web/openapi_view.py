"""The app's OpenAPI description flattened into rows for the offline API reference page.

FastAPI's own /docs loads swagger-ui from a CDN, which an offline workbench cannot reach (and
its CSP forbids); this reads the same OpenAPI JSON and the page draws it as plain tables.
"""

from __future__ import annotations

from typing import Any

REF_PREFIX = "#/components/schemas/"
METHODS = ("get", "post", "put", "patch", "delete")


def type_of(schema: dict[str, Any] | None) -> str:
    """A JSON schema as a short phrase: ``Page``, ``array of string``, ``integer or null``."""
    if not schema:
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).removeprefix(REF_PREFIX)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return " or ".join(dict.fromkeys(type_of(s) for s in schema[key]))
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    if "const" in schema:
        return repr(schema["const"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {type_of(schema.get('items'))}"
    if kind == "object" and "additionalProperties" in schema:
        values = schema["additionalProperties"]
        return f"object of {type_of(values) if isinstance(values, dict) else 'any'}"
    bounds = [f"{word} {schema[key]}" for key, word in (("minimum", "≥"), ("maximum", "≤")) if key in schema]
    if "maxLength" in schema:
        bounds.append(f"≤ {schema['maxLength']} chars")
    text = str(kind) + (f" ({schema['format']})" if "format" in schema else "")
    return text + (f", {', '.join(bounds)}" if bounds else "")


def _body(operation: dict[str, Any]) -> str:
    content = (operation.get("requestBody") or {}).get("content") or {}
    return "; ".join(f"{media}: {type_of(spec.get('schema'))}" for media, spec in content.items())


def _responses(operation: dict[str, Any]) -> list[tuple[str, str]]:
    found = []
    for code, response in (operation.get("responses") or {}).items():
        content = response.get("content") or {}
        shapes = [f"{media}: {type_of(spec.get('schema'))}" for media, spec in content.items()]
        found.append((str(code), "; ".join(shapes) or response.get("description", "")))
    return found


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per path and method, with its parameters, request body and responses."""
    rows = []
    for path, methods in schema.get("paths", {}).items():
        for method in METHODS:
            op = methods.get(method)
            if op is None:
                continue
            rows.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "in": p.get("in", ""),
                            "required": bool(p.get("required")),
                            "type": type_of(p.get("schema")),
                            "description": p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "body": _body(op),
                    "responses": _responses(op),
                }
            )
    return rows


def schemas(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Every named schema with its fields (name, type, required, description)."""
    found = []
    for name, spec in sorted(schema.get("components", {}).get("schemas", {}).items()):
        required = set(spec.get("required", []))
        fields = [
            {"name": field, "type": type_of(sub), "required": field in required, "description": sub.get("description")}
            for field, sub in (spec.get("properties") or {}).items()
        ]
        found.append({"name": name, "description": spec.get("description"), "type": type_of(spec), "fields": fields})
    return found
