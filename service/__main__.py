"""``python -m service``: check resources, then serve with uvicorn using the ``BRIEF_*`` settings.

Resources are checked here first so a missing one stops start-up with a plain
message (which resource, which install command) instead of a traceback.
"""

from __future__ import annotations

import sys

import uvicorn

from service.api.app import create_app
from service.pipeline.analysis import Pipeline
from service.resources import MissingResourcesError, load
from service.settings import get_settings


def main() -> int:
    settings = get_settings()
    try:
        resources = load()
    except MissingResourcesError as exc:
        print(exc, file=sys.stderr)
        return 2
    options = {
        "host": settings.host,
        "port": settings.port,
        "log_level": settings.log_level,
        "timeout_graceful_shutdown": 10,
    }
    if settings.workers == 1:
        # One process: serve the resources just loaded instead of loading them again.
        uvicorn.run(create_app(settings, pipeline=Pipeline(resources)), **options)  # type: ignore[arg-type]
    else:
        # Several workers need an import string; each loads its own copy, the supervisor
        # replaces any that dies.
        uvicorn.run("service.api.app:app", workers=settings.workers, **options)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
