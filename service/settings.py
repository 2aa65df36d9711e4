"""Every knob of the service, read once from ``BRIEF_*`` environment variables.

Limits live here rather than in code so operators can size a deployment without a
release, and so the OpenAPI spec can state the limits the running service enforces.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

_CHECKOUT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BRIEF_", frozen=True)

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
    log_level: str = Field("info", description="Uvicorn log level.")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
