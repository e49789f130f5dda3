"""A suggest worker whose calling process has gone ends quietly, without a traceback.

Stopping `annotator suggest` (Ctrl+C, `kill`) left its worker to finish the
document in hand; sending the answer then raised BrokenPipeError, printed
into the terminal the command had given back.
"""

from __future__ import annotations

from multiprocessing import Pipe

from annotator.app.suggest import worker


class _Pipeline:
    """Suggests nothing; the calling side goes away while it works."""

    def __init__(self, _config, calling_side) -> None:
        self.calling_side = calling_side

    def suggest(self, _text):
        return []

    def suggest_with_relations(self, _text):
        self.calling_side.close()
        return [], []


def test_a_worker_answering_nobody_ends_quietly(monkeypatch) -> None:
    calling_side, worker_side = Pipe()
    monkeypatch.setattr(worker, "with_base_model", lambda config: config)
    monkeypatch.setattr(worker, "Pipeline", lambda config: _Pipeline(config, calling_side))
    calling_side.send((1, "Hội nghị tại Hà Nội."))
    worker.worker_main(worker_side, config=None)  # returns; no BrokenPipeError
    worker_side.close()


def test_a_worker_still_answers_a_calling_side_that_is_there(monkeypatch) -> None:
    calling_side, worker_side = Pipe()
    monkeypatch.setattr(worker, "with_base_model", lambda config: config)
    pipeline = _Pipeline(None, calling_side)
    pipeline.suggest_with_relations = lambda _text: ([], [])
    monkeypatch.setattr(worker, "Pipeline", lambda config: pipeline)
    calling_side.send((1, "Hội nghị tại Hà Nội."))
    calling_side.send(None)
    worker.worker_main(worker_side, config=None)
    assert calling_side.recv() == ("ready", None, None)
    assert calling_side.recv() == ("ok", 1, ([], []))
