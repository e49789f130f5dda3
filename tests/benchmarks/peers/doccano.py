"""doccano 1.8.4, driven through its REST API as its web page drives it.

The server is doccano's own application under gunicorn with doccano's
default number of workers, bound to 127.0.0.1, plus its Celery task queue
(`doccano task`), which does imports and exports. An import is what the
upload dialog does: every file goes to the FilePond upload endpoint (two at a
time, as FilePond sends them), then one request starts the import task, which
the benchmark polls until it is done. An export is the download dialog's:
start the task, poll it, download the zip. doccano has no CoNLL export.
"""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from itertools import count
from pathlib import Path

from tests.benchmarks.peers.client import Client, PeerError, wait_until
from tests.benchmarks.peers.corpus import spans_by_text
from tests.benchmarks.peers.servers import Server, disk_usage, free_port, run_checked
from tests.benchmarks.peers.tool import Handle, Kind, Tool

PASSWORD = "bench-only-password"
TASK_TIMEOUT = 1800
# An export task that its queue rejected ("database is locked") never ends;
# its web page then polls forever, the benchmark gives up after this long.
EXPORT_TIMEOUT = 300
# How often the web page asks for a task's state.
POLL_EVERY = 1.0
PARALLEL_UPLOADS = 2
LAUNCHER = Path(__file__).with_name("doccano_web.py")
FORMATS = {
    Kind.FOLDER: "TextFile",
    Kind.PLAIN_JSONL: "JSONL",
    Kind.ANNOTATED: "JSONL",
    Kind.BIG: "JSONL",
}


class Doccano(Tool):
    name = "doccano"
    has_conll = False

    def __init__(self, work: Path, venv: Path) -> None:
        super().__init__(work)
        self.venv = venv
        self.home = work / "home"
        self.env = {"DOCCANO_HOME": str(self.home), "DEBUG": "False"}
        self.servers: list[Server] = []
        self.port = 0
        self.client: Client | None = None
        self._numbers = count(1)

    # -- servers ---------------------------------------------------------

    def start(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        log = self.work / "doccano.log"
        doccano = str(self.venv / "bin" / "doccano")
        run_checked([doccano, "init"], env=self.env, log=log, timeout=900)
        run_checked(
            [doccano, "createuser", "--username", "admin", "--password", PASSWORD],
            env=self.env,
            log=log,
            timeout=300,
        )
        self.port = free_port()
        workers = str((os.cpu_count() or 1) * 2 + 1)  # doccano webserver's default
        python = str(self.venv / "bin" / "python")
        self.servers.append(
            Server(
                "doccano web",
                [python, str(LAUNCHER), str(self.port), workers],
                env=self.env,
                log=log,
            )
        )
        self.servers.append(Server("doccano task queue", [doccano, "task"], env=self.env, log=log))
        self.servers[0].wait_http(f"http://127.0.0.1:{self.port}/v1/projects", timeout=300)
        self.client = self._login()

    def _login(self) -> Client:
        client = Client(self.port)
        reply = client.json("POST", "/v1/auth/login/", {"username": "admin", "password": PASSWORD})
        # Token only: a session cookie would make every write ask for a CSRF token.
        client.headers["Authorization"] = f"Token {reply['key']}"
        return client

    def stop(self) -> None:
        if self.client is not None:
            self.client.close()
        while self.servers:
            self.servers.pop().stop()

    def memory_roots(self) -> list[int]:
        return [s.pid for s in self.servers]

    def footprint(self) -> int:
        temp = sorted(self.venv.glob("lib/python*/site-packages/backend/filepond-temp-uploads"))
        return disk_usage([*self.home.glob("db.sqlite3*"), self.home / "media", *temp])

    @property
    def api(self) -> Client:
        if self.client is None:
            raise PeerError("doccano is not started")
        for server in self.servers:
            server.check_alive()
        return self.client

    # -- steps -----------------------------------------------------------

    def create(self, kind: Kind, source: Path) -> Handle:
        project = self.api.json(
            "POST",
            "/v1/projects",
            {
                "name": f"bench {kind.name.lower()} {next(self._numbers)}",
                "description": "benchmark",
                "guideline": "",
                "project_type": "SequenceLabeling",
                "resourcetype": "SequenceLabelingProject",
                "allow_overlapping": False,
                "grapheme_mode": False,
                "use_relation": False,
                "random_order": False,
                "collaborative_annotation": False,
                "tags": [],
            },
        )
        return Handle(kind, str(project["id"]))

    def load(self, handle: Handle, source: Path, expected: int) -> None:
        files = sorted(source.iterdir()) if source.is_dir() else [source]
        start = time.perf_counter()
        with ThreadPoolExecutor(PARALLEL_UPLOADS) as pool:
            upload_ids = list(pool.map(self._upload, files))
        self.phases = {"upload": time.perf_counter() - start}
        payload = {
            "uploadIds": upload_ids,
            "format": FORMATS[handle.kind],
            "task": "SequenceLabeling",
        }
        if handle.kind is not Kind.FOLDER:
            payload |= {"column_data": "text", "column_label": "label"}
        task = self.api.json("POST", f"/v1/projects/{handle.ref}/upload", payload)
        result = self._wait_task(task["task_id"], "import")
        self.phases["import task"] = time.perf_counter() - start - self.phases["upload"]
        stored = self.api.json("GET", f"/v1/projects/{handle.ref}/examples?limit=1")["count"]
        if stored != expected:
            # Its errors are also warnings ("Column label not found" for plain JSONL).
            reported = json.dumps(result.get("error"), ensure_ascii=False)[:300]
            raise PeerError(f"doccano stored {stored} documents, expected {expected}: {reported}")

    def _upload(self, path: Path) -> str:
        """One file to FilePond's endpoint, on a connection of this upload's own."""
        client = Client(self.port)
        client.headers = dict(self.api.headers)
        try:
            return str(
                client.upload("/v1/fp/process/", [("filepond", path.name, path.read_bytes())])
            )
        finally:
            client.close()

    def _wait_task(self, task_id: str, what: str, timeout: float = TASK_TIMEOUT) -> dict:  # type: ignore[type-arg]
        """Poll a task as the web page does: a failed poll is tried again, the task goes on.

        doccano's web workers and its task queue share one SQLite file, so a
        status request sometimes fails with "database is locked" while the
        task itself still finishes; those failures are counted in `phases`.
        """
        self.phases.setdefault("failed status polls", 0)

        def status() -> dict | None:  # type: ignore[type-arg]
            try:
                reply = self.api.json("GET", f"/v1/tasks/status/{task_id}")
            except PeerError:
                self.phases["failed status polls"] += 1
                return None
            return reply if reply.get("ready") else None

        reply = wait_until(status, timeout=timeout, what=f"doccano {what} task", every=POLL_EVERY)
        if reply.get("error"):
            raise PeerError(f"doccano {what} task failed: {str(reply['error'])[:300]}")
        return reply.get("result") or {}

    def export_jsonl(self, handle: Handle, out: Path) -> Path:
        path = f"/v1/projects/{handle.ref}/download"
        task = self.api.json("POST", path, {"format": "JSONL", "exportApproved": False})
        self._wait_task(task["task_id"], "export", EXPORT_TIMEOUT)
        data = self.api.request("GET", f"{path}?taskId={task['task_id']}")
        out.mkdir(parents=True, exist_ok=True)
        zipfile.ZipFile(io.BytesIO(data)).extractall(out)
        return out

    def spans(self, exported: Path) -> dict[str, list[tuple[int, int, str]]]:
        return spans_by_text(sorted(exported.rglob("*.jsonl")))

    def reader(self, handle: Handle) -> Callable[[], int]:
        project = f"/v1/projects/{handle.ref}"
        example = self.api.json("GET", f"{project}/examples?limit=1")["results"][0]["id"]

        def read() -> int:
            self.api.json("GET", f"{project}/examples/{example}")
            return len(self.api.json("GET", f"{project}/examples/{example}/spans"))

        return read
