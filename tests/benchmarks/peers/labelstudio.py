"""Label Studio 1.23.2, driven through its REST API as its web page drives it.

The server is `label-studio start` bound to 127.0.0.1 (its Django server, one
process). A folder of .txt files is imported as the import dialog does it:
the files are uploaded without creating tasks (at most 100 per request, the
server's default DATA_UPLOAD_MAX_NUMBER_FILES), then "treat as whole text
files" re-imports them as one task each. Label Studio then keeps each
article only in its upload copy; the task holds the file's URL. Label Studio
reads no .jsonl, so the JSONL rows are given to it as one .json list of the
same records (annotated ones with their spans as annotations), converted
before the clock starts. Exports are its JSON and CONLL2003 downloads.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable
from itertools import count
from pathlib import Path

from tests.benchmarks.peers.client import Client, PeerError
from tests.benchmarks.peers.corpus import LABELS, read_jsonl
from tests.benchmarks.peers.servers import Server, disk_usage, free_port
from tests.benchmarks.peers.tool import Handle, Kind, Tool

FILES_PER_REQUEST = 100
START_TIMEOUT = 900  # the first start runs every migration
_LABELS = "".join(f'<Label value="{label}"/>' for label in LABELS)
CONFIG = (
    '<View><Labels name="label" toName="text">{labels}</Labels>'
    '<Text name="text" value="$text"{value_type}/></View>'
)


class LabelStudio(Tool):
    name = "Label Studio"

    def __init__(self, work: Path, venv: Path) -> None:
        super().__init__(work)
        self.venv = venv
        self.home = work / "home"
        self.token = secrets.token_hex(20)
        self.env = {
            "LABEL_STUDIO_BASE_DATA_DIR": str(self.home),
            "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false",
        }
        self.server: Server | None = None
        self.client: Client | None = None
        self._numbers = count(1)

    def start(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        port = free_port()
        argv = [
            str(self.venv / "bin" / "label-studio"),
            "start",
            "--no-browser",
            "--internal-host",
            "127.0.0.1",
            "--port",
            str(port),
            "--username",
            "bench@example.com",
            "--password",
            secrets.token_hex(8),
            "--user-token",
            self.token,
            "--enable-legacy-api-token",
        ]
        self.server = Server("Label Studio", argv, env=self.env, log=self.work / "label-studio.log")
        self.server.wait_http(f"http://127.0.0.1:{port}/health", timeout=START_TIMEOUT)
        self.client = Client(port)
        self.client.headers["Authorization"] = f"Token {self.token}"

    def stop(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.server is not None:
            self.server.stop()
            self.server = None

    def memory_roots(self) -> list[int]:
        return [self.server.pid] if self.server is not None else []

    def footprint(self) -> int:
        return disk_usage([*self.home.glob("label_studio.sqlite3*"), self.home / "media"])

    @property
    def api(self) -> Client:
        if self.client is None or self.server is None:
            raise PeerError("Label Studio is not started")
        self.server.check_alive()
        return self.client

    def create(self, kind: Kind, source: Path) -> Handle:
        # Whole text files become tasks holding the file's URL: the Text tag loads it.
        value_type = ' valueType="url"' if kind is Kind.FOLDER else ""
        config = CONFIG.format(labels=_LABELS, value_type=value_type)
        title = f"bench {kind.name.lower()} {next(self._numbers)}"
        project = self.api.json("POST", "/api/projects", {"title": title, "label_config": config})
        handle = Handle(kind, str(project["id"]))
        if kind is not Kind.FOLDER:
            handle.extra["json"] = self._as_tasks(source)
        return handle

    def _as_tasks(self, source: Path) -> Path:
        """The JSONL records as one Label Studio task list, spans as one annotation each."""
        target = self.work / f"{source.stem}.json"
        if not target.exists():
            tasks = [_task(record) for record in read_jsonl(source)]
            target.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
        return target

    def load(self, handle: Handle, source: Path, expected: int) -> None:
        project = f"/api/projects/{handle.ref}"
        if handle.kind is Kind.FOLDER:
            reply = self._load_folder(project, source)
        else:
            path = Path(str(handle.extra["json"]))
            reply = self.api.upload(f"{project}/import", [("file", path.name, path.read_bytes())])
        if reply.get("task_count") != expected:
            raise PeerError(
                f"Label Studio made {reply.get('task_count')} tasks, expected {expected}"
            )

    def _load_folder(self, project: str, folder: Path) -> dict:  # type: ignore[type-arg]
        files = sorted(folder.iterdir())
        start = time.perf_counter()
        upload_ids: list[int] = []
        for first in range(0, len(files), FILES_PER_REQUEST):
            batch = files[first : first + FILES_PER_REQUEST]
            uploads = [(f"file{i}", p.name, p.read_bytes()) for i, p in enumerate(batch)]
            reply = self.api.upload(f"{project}/import?commit_to_project=false", uploads)
            upload_ids += reply["file_upload_ids"]
        self.phases = {"upload": time.perf_counter() - start}
        payload = {"file_upload_ids": upload_ids, "files_as_tasks_list": False}
        return self.api.json("POST", f"{project}/reimport", payload)  # type: ignore[no-any-return]

    def export_jsonl(self, handle: Handle, out: Path) -> Path:
        data = self.api.request("GET", f"/api/projects/{handle.ref}/export?exportType=JSON")
        out.mkdir(parents=True, exist_ok=True)
        (out / "export.json").write_bytes(data)
        return out

    def export_conll(self, handle: Handle, out: Path) -> Path | None:
        data = self.api.request("GET", f"/api/projects/{handle.ref}/export?exportType=CONLL2003")
        out.mkdir(parents=True, exist_ok=True)
        (out / "export.conll").write_bytes(data)
        return out

    def spans(self, exported: Path) -> dict[str, list[tuple[int, int, str]]]:
        found: dict[str, list[tuple[int, int, str]]] = {}
        for task in json.loads((exported / "export.json").read_text(encoding="utf-8")):
            results = [r for a in task.get("annotations", []) for r in a.get("result", [])]
            found[task["data"]["text"]] = sorted(
                (r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]) for r in results
            )
        return found

    def reader(self, handle: Handle) -> Callable[[], int]:
        reply = self.api.json("GET", f"/api/tasks?project={handle.ref}&page_size=1")
        task_id = reply["tasks"][0]["id"]

        def read() -> int:
            task = self.api.json("GET", f"/api/tasks/{task_id}")
            return sum(len(a["result"]) for a in task["annotations"])

        return read


def _task(record: dict) -> dict:  # type: ignore[type-arg]
    """One JSONL record as a Label Studio task; its spans, if any, as one annotation."""
    text = str(record["text"])
    task: dict = {"data": {"text": text}}  # type: ignore[type-arg]
    labels = record.get("label") or []
    if labels:
        task["annotations"] = [{"result": [_region(text, *span) for span in labels]}]
    return task


def _region(text: str, start: int, end: int, label: str) -> dict:  # type: ignore[type-arg]
    value = {"start": start, "end": end, "text": text[start:end], "labels": [label]}
    return {"from_name": "label", "to_name": "text", "type": "labels", "value": value}
