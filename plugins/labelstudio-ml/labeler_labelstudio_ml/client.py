"""The HTTP side of the Label Studio ML backend protocol, as Label Studio itself speaks it
(its `ml/api_connector.py`) and the `label-studio-ml` package answers it:

- `GET /health` → `{"status": "UP", …}`;
- `POST /setup` `{"project", "schema" (the labeling config), "hostname", "access_token",
  "model_version", "extra_params"}` → `{"model_version"}`;
- `POST /predict` `{"tasks", "project", "label_config", "params": {"login", "password",
  "context"}}` → `{"results": [one prediction per task], "model_version"?}`, a prediction
  being `{"result": [...], "score"?, "model_version"?}`.

`project` is Label Studio's `<id>.<created timestamp>`; backends split it at the dot and
keep their state per id. One `requests.Session`, a timeout on every call; whatever goes
wrong becomes a `BackendError` whose message says what and what to check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import requests

from labeler_labelstudio_ml.config import PREFIX, BackendConfig

USER_AGENT = "labeler-labelstudio-ml/0.1"
#: How much of a backend's error text a message quotes.
_QUOTE = 300


class BackendError(RuntimeError):
    """The backend could not be reached, refused, failed, or answered what is not the
    protocol; the message is for the person who set it up. `failed`: the backend itself
    failed (a 5xx), where asking again after a setup may help."""

    def __init__(self, message: str, *, failed: bool = False) -> None:
        super().__init__(message)
        self.failed = failed


class BackendClient:
    """Talks to one backend. Not thread-safe: one per thread."""

    def __init__(self, config: BackendConfig) -> None:
        self.config = config
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        if config.username is not None and config.password is not None:
            self.session.auth = (config.username, config.password)
        elif config.token is not None:
            self.session.headers["Authorization"] = f"Token {config.token}"
        self._set_up: set[tuple[str, str]] = set()

    def close(self) -> None:
        self.session.close()

    def health(self) -> dict[str, Any]:
        """The backend's `/health`; a `BackendError` unless it says it is UP."""
        body = self._call("GET", "health", None, self.config.timeout)
        if body.get("status") != "UP":
            raise BackendError(f"{self._where('health')} says it is not up: {_quote(body)}")
        return body

    def setup(
        self, label_config: str, project: str, hostname: str = "", force: bool = False
    ) -> str | None:
        """Give the backend the project's labeling config (once per config and project,
        unless `force`); the model version it names, if any."""
        key = (label_config, project)
        if key in self._set_up and not force:
            return None
        request = {
            "project": project,
            "schema": label_config,
            "hostname": hostname,
            "access_token": "",
            "model_version": None,
            "extra_params": dict(self.config.extra_params) or None,
        }
        body = self._call("POST", "setup", request, self.config.timeout)
        self._set_up.add(key)
        version = body.get("model_version")
        return str(version) if version is not None else None

    def predict(
        self,
        tasks: Sequence[Mapping[str, Any]],
        label_config: str,
        project: str,
        context: Mapping[str, Any] | None = None,
        hostname: str = "",
    ) -> list[Any]:
        """One prediction per task, as the backend gave them (checked by the caller).

        A backend set up earlier may have restarted and forgotten its model (the
        `label-studio-ml` 1.x server then fails every prediction): after a failure the
        setup is given again and the prediction asked once more."""
        request = {
            "tasks": list(tasks),
            "project": project,
            "label_config": label_config,
            "params": {"login": None, "password": None, "context": context},
        }
        self.setup(label_config, project, hostname)
        try:
            body = self._call("POST", "predict", request, self.config.timeout)
        except BackendError as first:
            if not first.failed:
                raise
            self.setup(label_config, project, hostname, force=True)
            body = self._call("POST", "predict", request, self.config.timeout)
        results = body.get("results")
        if not isinstance(results, list):
            raise BackendError(
                f"{self._where('predict')} answered without a results list: {_quote(body)}"
            )
        return results

    # -- one call ----------------------------------------------------------------------

    def _where(self, endpoint: str) -> str:
        return f"The Label Studio ML backend at {self.config.url} (/{endpoint})"

    def _call(
        self, method: str, endpoint: str, body: Mapping[str, Any] | None, timeout: float
    ) -> dict[str, Any]:
        url = self.config.url.rstrip("/") + "/" + endpoint
        where = self._where(endpoint)
        try:
            response = self.session.request(
                method, url, json=body, timeout=(self.config.connect_timeout, timeout)
            )
        except requests.ConnectTimeout:
            raise BackendError(
                f"{where} could not be reached within {self.config.connect_timeout:g} s "
                f"({PREFIX}CONNECT_TIMEOUT): is the address right and the backend running?"
            ) from None
        except requests.ReadTimeout:
            raise BackendError(
                f"{where} did not answer within {timeout:g} s ({PREFIX}TIMEOUT): the model "
                "may still be loading, or need more time for this item"
            ) from None
        except requests.ConnectionError as exc:
            raise BackendError(
                f"{where} cannot be reached: {_reason(exc)}. Is it running, and is "
                f"{PREFIX}URL right?"
            ) from None
        except requests.RequestException as exc:
            raise BackendError(f"{where}: {exc}") from None
        return _body(response, where)


def _body(response: requests.Response, where: str) -> dict[str, Any]:
    """The JSON object of a good answer; a `BackendError` saying what went wrong else."""
    status = response.status_code
    if status in (401, 403):
        raise BackendError(
            f"{where} refused the request ({status}): set {PREFIX}USER and {PREFIX}PASSWORD "
            f"to the backend's BASIC_AUTH_USER and BASIC_AUTH_PASS (or {PREFIX}TOKEN)"
        )
    if status == 404:
        raise BackendError(f"{where} does not exist (404): is this a Label Studio ML backend?")
    try:
        body = response.json()
    except ValueError:
        body = None
    if status >= 400:
        detail = body.get("detail") or body.get("error") if isinstance(body, dict) else None
        message = f"{where} failed ({status}): {_quote(detail or response.text)}"
        raise BackendError(message, failed=status >= 500)
    if not isinstance(body, dict):
        raise BackendError(f"{where} did not answer a JSON object: {_quote(response.text)}")
    return body


def _reason(exc: requests.ConnectionError) -> str:
    """The innermost reason of a connection error (`Connection refused`)."""
    reason: BaseException = exc
    while reason.__context__ is not None or reason.__cause__ is not None:
        reason = reason.__cause__ or reason.__context__  # type: ignore[assignment]
    text = str(reason)
    return text.split("] ", 1)[-1] if text.startswith("[Errno") else text


def _quote(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"
