#!/usr/bin/env bash
# Build the brief image with podman, run it as the compose file would, and query it over HTTP.
#
#   make container-test                   # or: bash scripts/container_test.sh
#
# Follows ../shared/container/README.md: rootful podman with runc, a Debian base image made
# locally with debootstrap (no container registry is reachable here; built once, then cached in
# podman's image store as localhost/debian-py:bookworm), host networking only (all traffic on
# 127.0.0.1), NLTK data copied into the build context (no download at build time).
#
# Settings (environment):
#   NLTK_FROM=DIR        NLTK data folder copied into the image (default ../shared/nltk_data;
#                        empty and no ../shared: the build downloads with NLTK's downloader)
#   BRIEF_BASE_IMAGE     base image (default localhost/debian-py:bookworm, built when missing)
#   BRIEF_IMAGE          tag of the image built (default localhost/brief:ci)
#   DEBIAN_MIRROR        mirror for debootstrap (default http://deb.debian.org/debian)
#   READY_TIMEOUT        seconds to wait for /readyz (default 90)
#   GIT_REV=REV          build from that commit (`git archive`), as a fresh clone would, instead of
#                        the work tree's tracked files (e.g. GIT_REV=HEAD)
#   KEEP_IMAGE=0         remove the built image at the end (default: keep it, so the next run is warm)
#
# Prints image size, build time and start-to-ready time. Exits non-zero, with the reason and the
# container's log, on any failure; the container and the temporary folder are removed in a trap.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD

BASE_IMAGE=${BRIEF_BASE_IMAGE:-localhost/debian-py:bookworm}
IMAGE=${BRIEF_IMAGE:-localhost/brief:ci}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
READY_TIMEOUT=${READY_TIMEOUT:-90}
if [ -z "${NLTK_FROM+x}" ] && [ -d ../shared/nltk_data ]; then
  NLTK_FROM=../shared/nltk_data
fi
NLTK_FROM=${NLTK_FROM:-}
CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt

T_START=$EPOCHREALTIME
log()  { printf '[container-test] %s\n' "$*" >&2; }
die()  { printf '[container-test] FAIL: %s\n' "$*" >&2; exit 1; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# retry N CMD...: run CMD up to N times, 10 s apart (for fetches from Debian's mirrors).
retry() {
  local n=$1 i; shift
  for ((i = 1; i <= n; i++)); do
    "$@" && return 0
    [ "$i" -lt "$n" ] && { log "attempt $i/$n failed: $*; retrying in 10 s"; sleep 10; }
  done
  return 1
}

# ------------------------------------------------------------------ tools
PKGS=(podman runc debootstrap netavark aardvark-dns iptables curl)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing Debian packages: ${missing[*]} (run as root, or apt-get install them)"
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  retry 3 apt-get update -q || die "apt-get update failed 3 times"
  retry 3 apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || die "apt-get install ${missing[*]} failed 3 times"
fi
command -v python3 >/dev/null || die "python3 is needed on the host (free port, JSON checks)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/brief-container-test.XXXXXX")
NAME="brief-ci-$$"
cleanup() {
  local rc=$?
  podman rm -f -t 2 "$NAME" >/dev/null 2>&1 || true
  if [ "${KEEP_IMAGE:-1}" = 0 ]; then podman rmi -f "$IMAGE" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
  [ "$rc" = 0 ] || log "container-test failed (exit $rc) after $(secs "$T_START" "$EPOCHREALTIME") s"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The sandbox refuses podman's default rlimits and crun's cgroup set-up (see the shared README).
cat >"$WORK/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$(ulimit -Hn):$(ulimit -Hn)", "nproc=4096:4096"]
[engine]
runtime = "runc"
EOF
export CONTAINERS_CONF=$WORK/containers.conf
podman info >/dev/null 2>"$WORK/podman-info.err" || { cat "$WORK/podman-info.err" >&2; die "podman does not work here"; }

# ------------------------------------------------------------------ base image (cached)
if podman image exists "$BASE_IMAGE"; then
  log "base image $BASE_IMAGE present (cached)"
else
  [ "$BASE_IMAGE" = localhost/debian-py:bookworm ] \
    || die "base image $BASE_IMAGE missing (only localhost/debian-py:bookworm is built here)"
  log "building base image $BASE_IMAGE with debootstrap from $DEBIAN_MIRROR"
  t0=$EPOCHREALTIME
  bootstrap() {
    rm -rf "$WORK/rootfs"
    debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
      bookworm "$WORK/rootfs" "$DEBIAN_MIRROR" >"$WORK/debootstrap.log" 2>&1 \
      || { tail -n 20 "$WORK/debootstrap.log" >&2; return 1; }
  }
  retry 3 bootstrap || die "debootstrap failed 3 times (mirror $DEBIAN_MIRROR; set DEBIAN_MIRROR for another)"
  # Package archives and index files are not needed in the image (about 95 MB).
  rm -rf "$WORK"/rootfs/var/cache/apt/archives/*.deb "$WORK"/rootfs/var/lib/apt/lists/*
  tar -C "$WORK/rootfs" -c . | podman import --quiet - "$BASE_IMAGE" >/dev/null \
    || die "podman import of the base image failed"
  rm -rf "$WORK/rootfs"
  log "base image built in $(secs "$t0" "$EPOCHREALTIME") s"
fi

# ------------------------------------------------------------------ build context
# The repository's tracked files as they are in the work tree (a fresh clone sees the same),
# plus the NLTK data as nltk_data/. .dockerignore then applies as usual.
CTX=$WORK/ctx
mkdir -p "$CTX"
if [ -n "${GIT_REV:-}" ]; then
  # Exactly what a fresh clone of that commit holds (work-tree edits left out).
  git archive --format=tar "$GIT_REV" | tar -x -C "$CTX" || die "git archive $GIT_REV failed"
  log "build context: commit $(git rev-parse --short "$GIT_REV")"
elif git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
    | tar --null -T - -c | tar -x -C "$CTX"
  untracked=$(git ls-files --others --exclude-standard -- service seeds pyproject.toml | head -n 5)
  [ -z "$untracked" ] || log "note: untracked files not in the image (git add them): $untracked"
else
  tar -C "$ROOT" --exclude=./.venv --exclude=./.git -c . | tar -x -C "$CTX"
fi
[ -f "$CTX/Dockerfile" ] || die "no Dockerfile in the build context"
NLTK_ARG=()
if [ -n "$NLTK_FROM" ]; then
  [ -d "$NLTK_FROM" ] || die "NLTK_FROM=$NLTK_FROM is not a folder"
  rm -rf "$CTX/nltk_data"
  cp -r "$NLTK_FROM" "$CTX/nltk_data"
  NLTK_ARG=(--build-arg NLTK_DATA_DIR=nltk_data)
  log "NLTK data from $NLTK_FROM"
else
  log "no NLTK_FROM and no ../shared/nltk_data: the build downloads NLTK data"
fi
CA_MOUNT=()
[ -f "$CA_BUNDLE" ] && CA_MOUNT=(-v "$CA_BUNDLE:$CA_BUNDLE:ro")

# ------------------------------------------------------------------ build
log "building $IMAGE"
t0=$EPOCHREALTIME
build() {
  podman build --format docker --network=host --layers \
    --build-arg BASE_IMAGE="$BASE_IMAGE" "${NLTK_ARG[@]}" "${CA_MOUNT[@]}" \
    -t "$IMAGE" "$CTX" >"$WORK/build.log" 2>&1 || { tail -n 40 "$WORK/build.log" >&2; return 1; }
}
# A second try covers a flaky fetch from PyPI; a real Dockerfile error fails twice.
retry 2 build || die "podman build failed (log above)"
BUILD_S=$(secs "$t0" "$EPOCHREALTIME")
SIZE_B=$(podman image inspect --format '{{.Size}}' "$IMAGE")
SIZE_MB=$(awk -v b="$SIZE_B" 'BEGIN { printf "%.0f", b / 1e6 }')
BASE_MB=$(awk -v b="$(podman image inspect --format '{{.Size}}' "$BASE_IMAGE")" 'BEGIN { printf "%.0f", b / 1e6 }')
log "built in $BUILD_S s; image $SIZE_MB MB (base $BASE_MB MB)"

# ------------------------------------------------------------------ run
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL=http://127.0.0.1:$PORT
# The compose file's restrictions: read-only root, tmpfs /tmp, non-root user, no capabilities,
# no new privileges, CPU/memory/pid limits. Host network, bound to loopback only.
t0=$EPOCHREALTIME
podman run -d --name "$NAME" --network=host \
  -e BRIEF_PORT="$PORT" -e BRIEF_HOST=127.0.0.1 -e BRIEF_WORKERS=1 \
  --read-only --tmpfs /tmp --user 10001:10001 --cap-drop=ALL --security-opt no-new-privileges \
  --memory 1g --cpus 2 --pids-limit 256 \
  --health-interval=disable \
  "$IMAGE" >/dev/null 2>"$WORK/run.err" || { cat "$WORK/run.err" >&2; die "podman run failed"; }

show_logs() { log "container log:"; podman logs "$NAME" 2>&1 | tail -n 40 >&2 || true; }
deadline=$((SECONDS + READY_TIMEOUT))
until curl -fsS -o /dev/null --max-time 2 "$URL/readyz" 2>/dev/null; do
  state=$(podman inspect --format '{{.State.Status}}' "$NAME" 2>/dev/null || echo gone)
  [ "$state" = running ] || { show_logs; die "container stopped before ready (state: $state)"; }
  [ "$SECONDS" -lt "$deadline" ] || { show_logs; die "/readyz not ready after ${READY_TIMEOUT} s"; }
  sleep 0.2
done
READY_S=$(secs "$t0" "$EPOCHREALTIME")
log "ready in $READY_S s on $URL"

# ------------------------------------------------------------------ checks
fail() { show_logs; die "$*"; }

# HTTP request; the body goes to $WORK/$1.json, and any status but 200 fails.
http() {
  local out=$WORK/$1.json; shift
  local code
  code=$(curl -sS -o "$out" -w '%{http_code}' --max-time 60 "$@") || fail "curl failed: $*"
  [ "$code" = 200 ] || { head -c 2000 "$out" >&2; echo >&2; fail "HTTP $code from $*"; }
}

# check_analysis FILE WHAT: summary sentences and actors present, spans consistent.
check_analysis() {
  python3 - "$1" "$2" <<'PY' || fail "bad analysis JSON for $2"
import json, sys
path, what = sys.argv[1], sys.argv[2]
d = json.load(open(path))
sents = (d.get("summary") or {}).get("sentences") or []
actors = d.get("actors") or []
assert sents, f"{what}: no summary sentences"
assert all(s.get("text") for s in sents), f"{what}: empty summary sentence"
assert actors, f"{what}: no actors"
assert all(a.get("name") and a.get("type") for a in actors), f"{what}: actor without name or type"
print(f"[container-test] {what}: {len(sents)} summary sentences, {len(actors)} actors "
      f"({', '.join(a['name'] for a in actors[:3])}), {len(d.get('positions') or [])} positions", file=sys.stderr)
PY
}

http healthz "$URL/healthz"
SEED=$(python3 -c 'import json, sys; s = json.load(open(sys.argv[1]))["seeds"]; print(s[0]["id"])' "$CTX/seeds/seeds.json") \
  || die "cannot read a seed id from seeds/seeds.json"
http seed -X POST "$URL/v1/analyze" -H 'content-type: application/json' -d "{\"seed_id\": \"$SEED\"}"
check_analysis "$WORK/seed.json" "seed $SEED"

TEXT='NATO chief warns allies

BRUSSELS - NATO Secretary General Jens Stoltenberg said on Tuesday that allies must raise defence spending. "We cannot take our security for granted," Mr Stoltenberg told reporters at the alliance headquarters in Brussels. The German defence minister, Boris Pistorius, said Berlin would meet the target this year. Diplomats said the talks were difficult but productive.'
python3 -c 'import json, sys; print(json.dumps({"text": sys.argv[1], "summary": {"sentences": 2}}))' "$TEXT" >"$WORK/text-req.json"
http text -X POST "$URL/v1/analyze" -H 'content-type: application/json' --data-binary "@$WORK/text-req.json"
check_analysis "$WORK/text.json" "raw text"

# Non-root: the exec'd user and the server process itself (PID 1).
uid=$(podman exec "$NAME" id -u) || fail "podman exec id -u failed"
[ "$uid" != 0 ] || fail "the container runs as root"
pid1_uid=$(podman exec "$NAME" awk '/^Uid:/ { print $2 }' /proc/1/status) || fail "cannot read PID 1's uid"
[ "$pid1_uid" != 0 ] || fail "the server process (PID 1) runs as root"
log "runs as uid $uid (PID 1 uid $pid1_uid)"

# Read-only root: a write to / fails even as root (so not just file permissions); /tmp is writable.
[ "$(podman inspect --format '{{.HostConfig.ReadonlyRootfs}}' "$NAME")" = true ] || fail "root filesystem not read-only"
if podman exec --user 0 "$NAME" sh -c 'echo x > /ro-probe' 2>"$WORK/ro.err"; then
  fail "writing to / succeeded (as root) in the container"
fi
grep -qi 'read-only' "$WORK/ro.err" || { cat "$WORK/ro.err" >&2; fail "write to / failed, but not for a read-only filesystem"; }
podman exec "$NAME" sh -c 'echo x > /tmp/probe && rm /tmp/probe' || fail "/tmp (tmpfs) is not writable"
log "root filesystem read-only, /tmp writable"

# The image's own HEALTHCHECK (kept by --format docker) passes.
podman healthcheck run "$NAME" >/dev/null 2>&1 || fail "the image's HEALTHCHECK fails (podman healthcheck run)"
log "HEALTHCHECK passes"

TOTAL_S=$(secs "$T_START" "$EPOCHREALTIME")
printf '\ncontainer-test OK: image %s %s MB (base %s MB), build %s s, start-to-ready %s s, total %s s\n' \
  "$IMAGE" "$SIZE_MB" "$BASE_MB" "$BUILD_S" "$READY_S" "$TOTAL_S"
