"""Every stage training reports reads in Vietnamese in a Vietnamese window.

The progress dialog said "Đang huấn luyện: features…" while the rules ran
over a corpus: that stage had no entry in the catalogue.
"""

from __future__ import annotations

import pytest

from annotator.app.training import train_project
from annotator.gui.flows import _describe_training
from annotator.gui.i18n import install_translator
from annotator.nlp.crf import TrainParams
from tests.app._nlp_projects import build_project


@pytest.fixture
def vietnamese(qapp):
    assert install_translator("vi") == "vi"
    yield
    install_translator("en")


def test_each_training_stage_is_described_in_vietnamese(vietnamese, tmp_path) -> None:
    path = tmp_path / "p.db"
    build_project(path, done=5)
    seen = []
    train_project(path, progress=seen.append, stack=(), params=TrainParams(max_iterations=5))
    stages = {p.stage: p for p in seen}
    assert {"reading", "features", "training", "evaluating", "saving"} <= set(stages)
    for stage, progress in stages.items():
        _done, _total, text = _describe_training(progress)
        assert text.startswith("Đang huấn luyện: "), text
        assert stage not in text, text
    assert _describe_training(stages["features"])[2] == "Đang huấn luyện: chuẩn bị tài liệu…"
