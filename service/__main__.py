"""``python -m service``: check resources, then serve with uvicorn using the ``BRIEF_*`` settings.

Resources are checked here first so a missing one stops start-up with a plain
message (which resource, which install command) instead of a traceback.

On SIGTERM (or Ctrl-C) uvicorn stops accepting connections, lets requests in flight
finish for up to ``BRIEF_GRACEFUL_SHUTDOWN_S``, runs the shutdown, and the process
exits 0.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from types import FrameType
from typing import NoReturn

import uvicorn

from service.api.app import create_app
from service.api.observability import logging_config
from service.pipeline.analysis import Pipeline
from service.resources import MissingResourcesError, load
from service.settings import Settings, get_settings


def main() -> int:
    return serve(get_settings())


def serve(settings: Settings) -> int:
    """Serve with these settings (``brief serve`` passes its command-line overrides here)."""
    try:
        resources = load()
    except MissingResourcesError as exc:
        print(exc, file=sys.stderr)
        return 2
    options = {
        "host": settings.host,
        "port": settings.port,
        "log_level": settings.log_level,
        "log_config": logging_config(settings),
        "access_log": False,  # ours has the request id and the route; see BRIEF_ACCESS_LOG
        "timeout_graceful_shutdown": settings.graceful_shutdown_s,
    }
    temporary_metrics_folder = _prepare_shared_metrics(settings)
    # uvicorn re-raises the stop signal once it has shut down cleanly; with the default handler
    # that would end the process as "killed by SIGTERM". A stop is the normal end: exit 0.
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, _exit_cleanly)
    try:
        if settings.workers == 1:
            # One process: serve the resources just loaded instead of loading them again.
            uvicorn.run(create_app(settings, pipeline=Pipeline(resources)), **options)  # type: ignore[arg-type]
        else:
            # Several workers need an import string; each loads its own copy, the supervisor
            # replaces any that dies.
            uvicorn.run("service.api.app:app", workers=settings.workers, **options)  # type: ignore[arg-type]
    finally:
        if temporary_metrics_folder is not None:
            shutil.rmtree(temporary_metrics_folder, ignore_errors=True)
    return 0


def _exit_cleanly(signum: int, frame: FrameType | None) -> NoReturn:
    """A stop signal outside uvicorn's own handling (before it is up, or replayed by it after a
    clean shutdown) ends the process with status 0."""
    raise SystemExit(0)


def _prepare_shared_metrics(settings: Settings) -> Path | None:
    """Give worker processes one folder for their metrics, so `/metrics` adds them all up.

    Without it each worker would count only its own requests and every scrape would see a
    different worker. An operator's PROMETHEUS_MULTIPROC_DIR is used (emptied of an earlier
    run's files, as prometheus-client requires); with several workers and none set, a fresh
    temporary folder is made, and removed at exit (its path is returned).
    """
    if settings.prometheus_multiproc_dir is not None:
        folder = settings.prometheus_multiproc_dir
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.db"):
            stale.unlink()
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)
        return None
    if settings.workers == 1 or not settings.metrics:
        return None
    folder = Path(tempfile.mkdtemp(prefix="brief-metrics-"))
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)  # read by prometheus-client in each new worker
    return folder


if __name__ == "__main__":
    sys.exit(main())
