"""RFC 9457 problem details: the one shape of every error the service returns.

Clients get ``application/problem+json`` with ``type``, ``title``, ``status``,
``detail``, the offending ``field`` (dotted path into the request) and, for
validation failures, every error found. No stack traces or file paths ever leave.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
_TYPE_BASE = "https://brief.example/problems/"
log = logging.getLogger("brief.api")


class FieldError(BaseModel):
    field: str = Field(description="Dotted path of the offending field, e.g. `summary.sentences`.")
    message: str = Field(description="What is wrong with it.")


class Problem(BaseModel):
    """An RFC 9457 problem details object."""

    type: str = Field(description="URI identifying the problem type.", examples=[_TYPE_BASE + "validation"])
    title: str = Field(description="Short, human-readable summary of the problem type.")
    status: int = Field(description="HTTP status code.", examples=[422])
    detail: str = Field(description="Explanation specific to this occurrence.")
    field: str | None = Field(None, description="The request field at fault, when there is one.")
    limit: int | None = Field(None, description="The limit that was exceeded, for 413 responses.")
    errors: list[FieldError] | None = Field(None, description="Every validation error found (422 only).")


_TITLES = {
    400: ("bad-request", "Bad request"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    413: ("too-large", "Payload too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
    422: ("validation", "Request validation failed"),
    500: ("internal", "Internal server error"),
    503: ("unavailable", "Service unavailable"),
}


class ProblemError(Exception):
    """Raised anywhere in the API layer to answer with a problem document."""

    def __init__(self, status: int, detail: str, field: str | None = None, limit: int | None = None):
        super().__init__(detail)
        self.problem = make_problem(status, detail, field, limit)


class ProblemHTTPError(StarletteHTTPException):
    """A problem raised where FastAPI lets only HTTP exceptions through unchanged: while it reads the
    request body, any other exception becomes a generic 400 "error parsing the body"."""

    def __init__(self, problem: Problem):
        super().__init__(problem.status, problem.detail)
        self.problem = problem


def make_problem(
    status: int, detail: str, field: str | None = None, limit: int | None = None, errors: list[FieldError] | None = None
) -> Problem:
    slug, title = _TITLES.get(status, ("error", "Error"))
    return Problem(
        type=_TYPE_BASE + slug, title=title, status=status, detail=detail, field=field, limit=limit, errors=errors
    )


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _field_path(loc: tuple[int | str, ...] | list[int | str]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path")]
    return ".".join(parts) or "body"


def _validation_problem(exc: RequestValidationError) -> Problem:
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        first = next(e for e in errors if e.get("type") == "json_invalid")
        return make_problem(400, f"Request body is not valid JSON: {first.get('ctx', {}).get('error', 'parse error')}")
    field_errors = [
        FieldError(field=_field_path(e.get("loc", ())), message=str(e.get("msg", "invalid"))) for e in errors
    ]
    first_error = field_errors[0] if field_errors else FieldError(field="body", message="invalid")
    detail = "; ".join(f"{f.field}: {f.message}" for f in field_errors[:5])
    return make_problem(422, detail, field=first_error.field, errors=field_errors)


def install_problem_handlers(app: FastAPI) -> None:
    async def on_problem(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ProblemError)
        return problem_response(exc.problem)

    async def on_validation(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return problem_response(_validation_problem(exc))

    async def on_http(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        if isinstance(exc, ProblemHTTPError):
            return problem_response(exc.problem)
        detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, ("", "Error"))[1]
        return problem_response(make_problem(exc.status_code, detail), headers=getattr(exc, "headers", None))

    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        # This answer is sent from outside the request-id middleware, so it adds the id itself.
        request_id = getattr(request.state, "request_id", None)
        headers = {"X-Request-ID": request_id} if request_id else None
        return problem_response(make_problem(500, "The server could not process this request."), headers=headers)

    app.add_exception_handler(ProblemError, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_crash)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries documenting the problem+json errors a route can return."""
    descriptions = {
        400: "Malformed JSON body.",
        404: "Unknown seed id or path.",
        413: "Body, text or batch larger than the configured limit.",
        415: "Body is not `application/json`.",
        422: "A field failed validation (see `field` and `errors`).",
        503: "The analysis exceeded the time budget (`BRIEF_REQUEST_TIMEOUT_S`), or the pipeline is not loaded.",
    }
    return {
        s: {
            "model": Problem,
            "description": descriptions.get(s, _TITLES.get(s, ("", "Error"))[1]),
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for s in statuses
    }
