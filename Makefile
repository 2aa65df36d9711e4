# Two commands on a fresh clone: `make run` and `make test` (see README).
# Both create .venv, install the package and make sure the NLTK resources are present;
# they are idempotent and fast when everything is already in place.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.brief-installed
# Where NLTK resources are copied from when missing: the workplace's shared folder if it
# exists, else NLTK's downloader fetches them (set NLTK_FROM=DIR for any local copy).
NLTK_FROM ?= $(wildcard ../shared/nltk_data)

.PHONY: install resources run test lint openapi clean bench

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

resources: $(STAMP)
	@$(PY) -m service.resources check >/dev/null 2>&1 || \
		$(PY) -m service.resources install $(if $(NLTK_FROM),--from $(NLTK_FROM))
	@$(PY) -m service.resources check >/dev/null

run: resources
	$(PY) -m service

test: resources
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check service tests bench examples
	$(VENV)/bin/ruff format --check service tests bench examples
	$(VENV)/bin/mypy
	VENV=$(VENV) bash scripts/lint_container.sh

# Speed and memory vs sumy alone (one process per input), then the real server under wrk.
bench: resources
	$(PY) bench/bench_pipeline.py
	$(PY) bench/bench_load.py

# Build the image with podman (local debootstrap base, cached), run it read-only as non-root,
# query it over HTTP on 127.0.0.1, remove it (scripts/container_test.sh says how and what).
.PHONY: container-test
container-test:
	NLTK_FROM='$(NLTK_FROM)' bash scripts/container_test.sh

openapi: $(STAMP)
	$(PY) -m service.openapi

# Deep fuzzing: >= 5,000 schemathesis cases against the spec and 2,000 hypothesis inputs per property.
.PHONY: fuzz soak lock audit
fuzz: resources
	BRIEF_FUZZ_EXAMPLES=1000 BRIEF_PROPERTY_EXAMPLES=2000 $(PY) -m pytest -q -s tests/test_fuzz_api.py tests/test_properties.py

# >= 20,000 mixed requests against the real server on 127.0.0.1; errors and RSS growth reported.
soak: resources
	$(PY) bench/soak.py --requests 20000

# Runtime dependencies pinned as resolved from pyproject.toml (what the image installs).
lock:
	rm -rf .lockvenv && $(PYTHON) -m venv .lockvenv && .lockvenv/bin/pip install --quiet .
	.lockvenv/bin/pip freeze --exclude-editable | grep -v '^brief' > requirements.lock && rm -rf .lockvenv

# Known vulnerabilities in the locked runtime dependencies (needs the vulnerability service).
audit: $(STAMP)
	$(VENV)/bin/pip-audit -r requirements.lock --no-deps --disable-pip --progress-spinner off

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
