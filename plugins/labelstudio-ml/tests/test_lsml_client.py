"""What the client makes of a backend's answers that are not the protocol's good ones."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from labeler_labelstudio_ml import BackendClient, BackendConfig, BackendError, ConfigError

#: (method, path, headers, body) → (status, body bytes)
Answer = Callable[[str, str, dict[str, str], Any], tuple[int, bytes]]


class Stub:
    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.seen: list[tuple[str, str, dict[str, str], Any]] = []


@pytest.fixture
def stub() -> Iterator[Stub]:
    made = Stub(lambda *_: (200, b"{}"))

    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            headers = dict(self.headers.items())
            made.seen.append((self.command, self.path, headers, body))
            status, data = made.answer(self.command, self.path, headers, body)
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _reply  # noqa: N815

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    made.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    yield made
    server.shutdown()
    server.server_close()


def _client(stub: Stub, **settings: Any) -> BackendClient:
    return BackendClient(BackendConfig(url=stub.url, timeout=5, **settings))  # type: ignore[attr-defined]


def test_a_backend_that_forgot_its_setup_is_set_up_again_and_asked_once_more(
    stub: Stub,
) -> None:
    """`label-studio-ml` 1.x restarted: predictions fail until /setup comes again."""
    state = {"set_up": False}

    def answer(method: str, path: str, headers: dict[str, str], body: Any) -> tuple[int, bytes]:
        if path == "/setup":
            state["set_up"] = True
            return 200, b'{"model_version": "v1"}'
        if not state["set_up"]:
            detail = "ValueError: Model is not loaded: run setup() before using predict()"
            return 500, json.dumps({"status": 500, "detail": detail}).encode()
        return 200, b'{"results": [{"result": []}]}'

    stub.answer = answer
    client = _client(stub)
    assert client.predict([{"id": 1, "data": {}}], "<View/>", "p.0") == [{"result": []}]
    state["set_up"] = False  # the backend restarts
    assert client.predict([{"id": 1, "data": {}}], "<View/>", "p.0") == [{"result": []}]
    paths = [path for _, path, _, _ in stub.seen]
    assert paths == ["/setup", "/predict", "/predict", "/setup", "/predict"]
    setup = stub.seen[0][3]
    assert setup["project"] == "p.0" and setup["schema"] == "<View/>"
    assert set(setup) == {
        "project",
        "schema",
        "hostname",
        "access_token",
        "model_version",
        "extra_params",
    }


def test_a_model_that_keeps_failing_is_said_with_its_reason(stub: Stub) -> None:
    detail = {"status": 500, "detail": "KeyError: 'image'", "result": {"traceback": "…"}}
    stub.answer = lambda m, p, h, b: (
        (500, json.dumps(detail).encode())
        if p == "/predict"
        else (
            200,
            b"{}",
        )
    )
    with pytest.raises(BackendError, match=r"\(/predict\) failed \(500\): KeyError: 'image'"):
        _client(stub).predict([], "<View/>", "p.0")


@pytest.mark.parametrize(
    ("status", "body", "said"),
    [
        (401, b"Unauthorized", "refused the request (401): set LABELER_LSML_USER"),
        (404, b"<html>", "does not exist (404): is this a Label Studio ML backend?"),
        (200, b"<html>hello</html>", "did not answer a JSON object: <html>hello</html>"),
        (200, b'{"status": "DOWN"}', "says it is not up: {'status': 'DOWN'}"),
    ],
)
def test_answers_that_are_not_the_protocol_are_said(
    stub: Stub, status: int, body: bytes, said: str
) -> None:
    stub.answer = lambda *_: (status, body)
    with pytest.raises(BackendError) as caught:
        _client(stub).health()
    assert said in str(caught.value)
    assert "(/health)" in str(caught.value)


def test_predictions_without_a_results_list_are_said(stub: Stub) -> None:
    stub.answer = lambda *_: (200, b'{"predictions": []}')
    with pytest.raises(BackendError, match="answered without a results list"):
        _client(stub).predict([], "<View/>", "p.0")


def test_basic_authentication_or_a_token_is_sent(stub: Stub) -> None:
    stub.answer = lambda *_: (200, b'{"status": "UP"}')
    _client(stub, username="ls", password="secret").health()
    _client(stub, token="t0k").health()
    first, second = (headers for _, _, headers, _ in stub.seen)
    assert first["Authorization"] == "Basic bHM6c2VjcmV0"
    assert second["Authorization"] == "Token t0k"
    assert first["User-Agent"].startswith("labeler-labelstudio-ml/")


def test_settings_come_from_the_environment_and_a_wrong_one_is_named(tmp_path: Any) -> None:
    assert BackendConfig.from_env({}) is None
    config_file = tmp_path / "sam.xml"
    config_file.write_text("<View/>")
    config = BackendConfig.from_env(
        {
            "LABELER_LSML_URL": "http://gpu:9090",
            "LABELER_LSML_TIMEOUT": "30",
            "LABELER_LSML_BATCH": "4",
            "LABELER_LSML_LABEL_CONFIG": str(config_file),
            "LABELER_LSML_EXTRA_PARAMS": '{"threshold": 0.5}',
        }
    )
    assert config is not None
    assert (config.url, config.timeout, config.batch) == ("http://gpu:9090", 30.0, 4)
    assert config.label_config == "<View/>" and config.extra_params == {"threshold": 0.5}
    wrong = [
        ({"LABELER_LSML_URL": "gpu:9090"}, "LABELER_LSML_URL must be an http"),
        ({"LABELER_LSML_TIMEOUT": "soon"}, "LABELER_LSML_TIMEOUT must be a number"),
        ({"LABELER_LSML_TIMEOUT": "0"}, "LABELER_LSML_TIMEOUT must be a number of seconds"),
        ({"LABELER_LSML_BATCH": "1000"}, "LABELER_LSML_BATCH must be a whole number from 1"),
        ({"LABELER_LSML_USER": "ls"}, "LABELER_LSML_USER and LABELER_LSML_PASSWORD go together"),
        ({"LABELER_LSML_EXTRA_PARAMS": "[1]"}, "LABELER_LSML_EXTRA_PARAMS must be a JSON object"),
        ({"LABELER_LSML_LABEL_CONFIG": "/nowhere.xml"}, "LABELER_LSML_LABEL_CONFIG: cannot read"),
    ]
    for env, said in wrong:
        with pytest.raises(ConfigError, match=said):
            BackendConfig.from_env({"LABELER_LSML_URL": "http://gpu:9090", **env})
