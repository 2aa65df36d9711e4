"""``python -m service``: check resources, then serve with uvicorn using the ``BRIEF_*`` settings.

Resources are checked here first so a missing one stops start-up with a plain
message (which resource, which install command) instead of a traceback.
"""

from __future__ import annotations

import sys

import uvicorn

from service.resources import MissingResourcesError, load
from service.settings import get_settings


def main() -> int:
    settings = get_settings()
    try:
        load()
    except MissingResourcesError as exc:
        print(exc, file=sys.stderr)
        return 2
    uvicorn.run(
        "service.api.app:app",
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_level=settings.log_level,
        timeout_graceful_shutdown=10,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
