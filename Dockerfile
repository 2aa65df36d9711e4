# brief: LLM-free news analysis over HTTP.
#
# Standard build (Docker, python:3.11-slim, NLTK resources downloaded at build time):
#   docker build -t brief .
# Air-gapped build (NLTK data folder copied into the build context first):
#   docker build --build-arg NLTK_DATA_DIR=nltk_data -t brief .
# Any Debian-like base with python3 + python3-venv also works (`python` need not exist):
#   podman build --format docker --build-arg BASE_IMAGE=localhost/debian-py:bookworm ...
ARG BASE_IMAGE=python:3.11-slim

# ---------------------------------------------------------------- build stage
FROM ${BASE_IMAGE} AS build

# Folder inside the build context holding NLTK data in NLTK's layout; empty = download.
ARG NLTK_DATA_DIR=

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1

# `python3 -m venv`, never `python`: Debian's python3 package ships no `python` command.
RUN python3 -m venv /opt/venv

WORKDIR /src

# Dependency layer: built from pyproject.toml alone, so a code change does not reinstall it.
# Installs the runtime dependencies and the build backend (for --no-build-isolation below).
COPY pyproject.toml ./
RUN /opt/venv/bin/python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb')); print('\n'.join(p['build-system']['requires'] + p['project']['dependencies']))" > /tmp/requirements.txt \
 && /opt/venv/bin/python -m pip install --no-cache-dir -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt

# The package itself (non-editable), then the NLTK resources into /opt/venv/nltk_data.
# .dockerignore keeps the copied context small (no .venv, .git, caches or test artifacts).
COPY . .
RUN /opt/venv/bin/python -m pip install --no-cache-dir --no-deps --no-build-isolation . \
 && if [ -n "${NLTK_DATA_DIR}" ]; then \
        /opt/venv/bin/python -m service.resources install --from "/src/${NLTK_DATA_DIR}"; \
    else \
        /opt/venv/bin/python -m service.resources install; \
    fi \
 && /opt/venv/bin/python -m service.resources check \
 && /opt/venv/bin/python -m pip uninstall --yes pip wheel

# -------------------------------------------------------------- runtime stage
FROM ${BASE_IMAGE} AS runtime

LABEL org.opencontainers.image.title="brief" \
      org.opencontainers.image.description="LLM-free news analysis: extractive summary, named actors and stated positions over HTTP" \
      org.opencontainers.image.licenses="MIT"

RUN groupadd --gid 10001 brief \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin brief

# Root-owned and not writable by the service user: NLTK only trusts data owned by root or by itself.
COPY --from=build /opt/venv /opt/venv
COPY seeds /app/seeds

ENV PATH=/opt/venv/bin:${PATH} \
    VIRTUAL_ENV=/opt/venv \
    BRIEF_HOST=0.0.0.0 \
    BRIEF_PORT=8000 \
    BRIEF_WORKERS=1 \
    BRIEF_SEEDS_DIR=/app/seeds \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

WORKDIR /app
USER 10001:10001
EXPOSE 8000

# Liveness via Python's urllib (slim images have no curl); urlopen raises, so exit 1, on any non-2xx.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/opt/venv/bin/python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('BRIEF_PORT', '8000'), timeout=4)"]

CMD ["python", "-m", "service"]
