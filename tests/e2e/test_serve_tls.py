"""`labeler serve --tls-cert --tls-key` serves HTTPS, with one process and with several:
a self-signed certificate made for the test, and `requests` verifying the server against it
(Python's ssl and OpenSSL do the checking, not our code). Plain HTTP on another machine's
reach is said loudly; a wrong certificate stops the command with one line."""

from __future__ import annotations

import datetime
import ipaddress
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from labeler.server.commands import free_port, plain_http_warning, server_url

pytestmark = pytest.mark.slow


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost and its key, as PEM files: made with the
    `cryptography` package when it is installed, else with the `openssl` command."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        _with_cryptography(cert, key)
    except ImportError:
        if shutil.which("openssl") is None:
            pytest.skip("neither the cryptography package nor the openssl command is here")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
            + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost"]
            + ["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
            check=True,
            capture_output=True,
        )
    return cert, key


def _with_cryptography(cert_path: Path, key_path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _serve(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[str], int]:
    port = free_port()
    args = [sys.executable, "-m", "labeler.cli", "serve", "--port", str(port)]
    args += ["--database", f"sqlite:///{tmp_path / 'tls.sqlite3'}"]
    args += ["--media", str(tmp_path / "media"), *extra]
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ}
    )
    return proc, port


def _ask(method: str, url: str, **kw: Any) -> tuple[int, object]:
    """One request on a connection of its own, closed before returning: a TLS server stops
    only once its clients' connections close (or after asyncio's 30 s for a TLS close)."""
    with requests.Session() as http, http.request(method, url, timeout=10, **kw) as r:
        body = r.json()
        if isinstance(body, dict) and "version" in body:
            body = {k: v for k, v in body.items() if k != "version"}
        return r.status_code, body


@contextmanager
def _running(proc: subprocess.Popen[str], url: str, cert: Path) -> Iterator[None]:
    try:
        for _ in range(150):
            assert proc.poll() is None, proc.communicate()
            try:
                if _ask("GET", f"{url}/health", verify=str(cert))[0] == 200:
                    break
            except requests.ConnectionError:
                pass
            _wait(proc, 0.2)
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _wait(proc: subprocess.Popen[str], seconds: float) -> None:
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        pass


@pytest.mark.parametrize("workers", [1, 2])
def test_serves_https_that_verifies_against_its_certificate(tmp_path: Path, workers: int) -> None:
    cert, key = _self_signed(tmp_path)
    proc, port = _serve(
        tmp_path, "--tls-cert", str(cert), "--tls-key", str(key), "--workers", str(workers)
    )
    url = f"https://127.0.0.1:{port}/api/v1"
    with _running(proc, url, cert):
        status, health = _ask("GET", f"{url}/health", verify=str(cert))
        assert status == 200 and isinstance(health, dict) and health["status"] == "ok"
        login = {"username": "x", "password": "wrong-pw-1"}
        status, _ = _ask("POST", f"{url}/auth/token", json=login, verify=str(cert))
        assert status == 401  # an API call over TLS, answered by the app
        with pytest.raises(requests.exceptions.SSLError):
            _ask("GET", f"{url}/health")  # not trusted without the certificate
        with pytest.raises(requests.ConnectionError):
            _ask("GET", f"http://127.0.0.1:{port}/api/v1/health")  # no plain HTTP
    out, err = proc.communicate()
    assert f"https://127.0.0.1:{port}/api/v1" in out
    assert "WARNING" not in err


def test_a_certificate_that_does_not_load_stops_the_command(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    cases = [
        (["--tls-cert", str(tmp_path / "missing.pem"), "--tls-key", str(key)], "missing.pem"),
        (["--tls-cert", str(key), "--tls-key", str(key)], "cannot serve TLS"),
        (["--tls-key", str(key)], "--tls-key needs --tls-cert"),
        (["--tls-cert", str(cert)], "holds no private key: give it with --tls-key"),
    ]
    for extra, said in cases:
        proc, _ = _serve(tmp_path, *extra)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 2, (extra, out, err)
        assert said in err and "Traceback" not in err, err


def test_plain_http_where_others_reach_it_is_said_loudly() -> None:
    for host in ("0.0.0.0", "::", "192.168.1.20", "tasks.example.org"):
        warning = plain_http_warning(host, tls=False)
        assert warning is not None and "WARNING" in warning and "--tls-cert" in warning
        assert "reverse proxy" in warning
        assert plain_http_warning(host, tls=True) is None
    for host in ("127.0.0.1", "localhost", "::1"):
        assert plain_http_warning(host, tls=False) is None
    assert server_url("::1", 8470, True) == "https://[::1]:8470/api/v1"
    assert server_url("0.0.0.0", 8470, False) == "http://0.0.0.0:8470/api/v1"
