"""A small HTTP client for the peers' REST APIs: one kept-alive connection, JSON and multipart.

Standard library only, so the benchmark needs nothing the project does not
install. Every request has a timeout; a reply outside 2xx raises PeerError
with the start of the body, which is what a user would read.
"""

from __future__ import annotations

import http.client
import json
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

# (field name, file name, content) of one uploaded file.
Upload = tuple[str, str, bytes]


class PeerError(RuntimeError):
    """A peer refused a request or did not finish in time."""


class Client:
    """Requests to http://127.0.0.1:port with one kept-alive connection."""

    def __init__(self, port: int, *, timeout: float = 600.0) -> None:
        self.port = port
        self.timeout = timeout
        self.headers: dict[str, str] = {}
        self._conn: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            self._conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> bytes:
        """The body of the reply; one retry on a connection the server closed meanwhile."""
        for attempt in (1, 2):
            conn = self._connection()
            try:
                conn.request(method, path, body=body, headers={**self.headers, **(headers or {})})
                reply = conn.getresponse()
                data = reply.read()
            except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine):
                self.close()
                if attempt == 2:
                    raise
                continue
            if not 200 <= reply.status < 300:
                snippet = data[:300].decode("utf-8", "replace")
                raise PeerError(f"{method} {path}: HTTP {reply.status}: {snippet}")
            return data
        raise AssertionError("unreachable")

    def json(self, method: str, path: str, payload: Any = None) -> Any:
        """Send `payload` as JSON (if any) and decode the JSON reply."""
        body = None if payload is None else json.dumps(payload).encode()
        headers = {"Content-Type": "application/json"} if body is not None else {}
        data = self.request(method, path, body, headers)
        return json.loads(data) if data else None

    def upload(
        self, path: str, files: Sequence[Upload], fields: dict[str, str] | None = None
    ) -> Any:
        """POST a multipart form with `files` (and plain `fields`); the JSON (or text) reply."""
        body, content_type = multipart(files, fields or {})
        data = self.request("POST", path, body, {"Content-Type": content_type})
        try:
            return json.loads(data)
        except ValueError:
            return data.decode()


def multipart(files: Sequence[Upload], fields: dict[str, str]) -> tuple[bytes, str]:
    """A multipart/form-data body and its content type."""
    boundary = uuid.uuid4().hex
    parts: list[bytes] = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for field, filename, content in files:
        head = (
            f"--{boundary}\r\nContent-Disposition: form-data; "
            f'name="{field}"; filename="{filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        )
        parts += [head.encode(), content, b"\r\n"]
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def wait_until(check: Callable[[], Any], *, timeout: float, what: str, every: float = 0.1) -> Any:
    """Poll `check` until it returns something true; PeerError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise PeerError(f"{what}: not done after {timeout:.0f} s")
        time.sleep(every)
