"""Training shows progress within each of its steps, not only between them.

On 5,000 PhoNER sentences one validation fold took forty seconds: the bar sat
at 0% and then at 14% while the trainer worked, as if the window had hung.
"""

from __future__ import annotations

import random
import time

from annotator.app.trainer_process import train_in_child
from annotator.app.training import train_project
from annotator.nlp.crf import Example, TrainParams
from tests.app._nlp_projects import build_project


def test_train_in_child_reports_each_iteration_of_the_trainer() -> None:
    examples = [
        Example(text="Ông Nguyễn Văn An họp ở Hà Nội.", spans=((4, 17, "PER"), (24, 30, "LOC"))),
        Example(text="Bà Lê Thị Hoa đến Huế.", spans=((3, 13, "PER"), (18, 21, "LOC"))),
    ]
    heard: list[int] = []
    data = train_in_child(
        examples, params=TrainParams(max_iterations=12), on_iteration=heard.append
    )
    assert data
    assert len(heard) >= 5 and heard == sorted(heard) and heard[0] <= 1


def test_iterations_are_heard_while_the_trainer_works_not_all_at_its_end() -> None:
    """The trainer holds its process's interpreter lock: a thread there heard nothing
    until it returned, and a long log would have filled the pipe and stopped it."""
    pick = random.Random(7)
    syllables = [a + b for a in "bcdghklmnpqrstvx" for b in ("a", "ô", "ư", "ang", "iên", "ơn")]
    examples = []
    for _ in range(1500):
        words = [pick.choice(syllables) for _ in range(12)]
        name = " ".join(w.capitalize() for w in words[3:6])
        text = " ".join(words[:3]) + f" {name} " + " ".join(words[6:]) + "."
        start = text.index(name)
        examples.append(Example(text=text, spans=((start, start + len(name), "PER"),)))
    heard: list[float] = []
    began = time.monotonic()
    train_in_child(
        examples,
        params=TrainParams(max_iterations=200),
        on_iteration=lambda _n: heard.append(time.monotonic()),
    )
    ended = time.monotonic()
    assert len(heard) > 20
    assert heard[0] - began < (ended - began) * 0.9  # the first came well before the end


def test_training_progress_moves_within_each_step(tmp_path) -> None:
    path = tmp_path / "p.db"
    build_project(path, done=12)
    reports: list[tuple[int, int]] = []
    iterations = 10
    train_project(
        path,
        progress=lambda p: reports.append((p.done, p.total)) if p.stage == "training" else None,
        stack=(),
        params=TrainParams(max_iterations=iterations),
    )
    (total,) = {t for _, t in reports}
    steps = total // iterations
    assert steps >= 3  # validation folds, the held-out model, the final one
    done = [d for d, _ in reports]
    assert done == sorted(done) and done[-1] == total
    within = {d for d in done if d % iterations}
    assert len(within) > steps  # not only the steps' boundaries
