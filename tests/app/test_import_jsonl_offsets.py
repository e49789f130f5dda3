"""JSONL spans whose offsets or labels are not what they claim are refused, never moved.

Python's int() reads `true` as 1 and 12.7 as 12, and str() reads `null` as
'None': each would import a span at another place or under a label nobody
wrote, with no word in the report. Offsets written 12, 12.0 or "12" are read.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.app.importing.importer import ImportOptions, import_paths
from annotator.store import create_project

TEXT = "Ông Nguyễn Văn A thăm Hà Nội."
# (span as written, what the report must say; "" for a span that is read)
CASES = [
    ([4, 16, "PER"], ""),
    ([4.0, "16", "PER"], ""),
    ([True, 16, "PER"], "the offset true is not a whole number"),
    ([4.5, 16, "PER"], "the offset 4.5 is not a whole number"),
    ([4, 16, None], "the label null is not a string"),
    ([4, 16, 7], "the label 7 is not a string"),
    ([4, 16], "a span is written [start, end, label]; this one is [4, 16]"),
]


def test_each_bad_span_refuses_its_record_with_the_reason(tmp_path: Path) -> None:
    source = tmp_path / "spans.jsonl"
    lines = [
        json.dumps({"text": f"{TEXT} {n}", "label": [span]}, ensure_ascii=False)
        for n, (span, _reason) in enumerate(CASES)
    ]
    lines.append(json.dumps({"text": f"{TEXT} x", "label": {"PER": [4, 16]}}))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = create_project(tmp_path / "p.db", annotator="tester")
    report = import_paths(project, [source], options=ImportOptions(jobs=1))
    stored = {}
    for doc_id in project.document_ids():
        text = project.document(doc_id).text
        stored[text[-1]] = [(text[s.start : s.end], s.label) for s in project.spans(doc_id)]
    labels = project.schema().label_names()
    project.close()
    assert stored == {"0": [("Nguyễn Văn A", "PER")], "1": [("Nguyễn Văn A", "PER")]}
    assert "None" not in labels and "7" not in labels
    reasons = " | ".join(outcome.reason for outcome in report.skipped)
    for _span, reason in CASES[2:]:
        assert reason in reasons
    assert '"label" holds no list of spans' in reasons
