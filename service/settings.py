"""Every knob of the service, read once from ``BRIEF_*`` environment variables.

Limits live here rather than in code so operators can size a deployment without a
release, and so the OpenAPI spec can state the limits the running service enforces.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

_CHECKOUT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BRIEF_", frozen=True, populate_by_name=True)

    host: str = Field("127.0.0.1", description="Interface `python -m service` binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port `python -m service` listens on.")
    workers: int = Field(1, ge=1, le=64, description="Uvicorn worker processes.")
    seeds_dir: Path = Field(_CHECKOUT_SEEDS, description="Folder of bundled seed articles (`<id>.txt` + `seeds.json`).")
    max_text_chars: int = Field(200_000, ge=1, description="Longest article text accepted, in characters (413 above).")
    max_body_bytes: int = Field(2_000_000, ge=1, description="Largest request body accepted, in bytes (413 above).")
    max_batch: int = Field(32, ge=1, description="Most items in one `POST /v1/analyze/batch` request (413 above).")
    max_summary_sentences: int = Field(100, ge=1, description="Largest `sentences` budget a client may ask for.")
    analysis_threads: int = Field(
        1,
        ge=1,
        le=64,
        description="Analyses running at once per worker; CPU-bound work gains nothing from more "
        "(scale with BRIEF_WORKERS), and fewer keep health checks fast.",
    )
    request_timeout_s: float = Field(
        20.0,
        gt=0,
        description="Time budget of one analysis, in seconds; past it the request gets 503 and the worker moves on.",
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description='Origins allowed by CORS, as a JSON list (`["https://app.example"]`); empty = CORS off.',
    )
    log_level: str = Field(
        "info", description="Log level of the service and uvicorn (`debug`, `info`, `warning`, ...)."
    )
    log_format: Literal["json", "text"] = Field(
        "json",
        description="`json`: one JSON object per log line (for log collectors); `text`: plain lines for a terminal.",
    )
    access_log: bool = Field(
        True,
        description="One log line per request (request id, method, route, status, duration); uvicorn's own "
        "access log is always off, so `false` means no access log at all.",
    )
    metrics: bool = Field(True, description="Serve Prometheus metrics at `GET /metrics`.")
    graceful_shutdown_s: float = Field(
        10.0,
        ge=0,
        description="On SIGTERM, how long requests in flight may take to finish before they are cancelled, in seconds.",
    )
    prometheus_multiproc_dir: Path | None = Field(
        None,
        validation_alias=AliasChoices("PROMETHEUS_MULTIPROC_DIR"),
        description="prometheus-client's folder for metrics shared by worker processes. Unset with "
        "BRIEF_WORKERS > 1: a fresh temporary folder is made, so `/metrics` adds up every worker.",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
