"""Writer process for the crash test: edits a project and acknowledges each commit.

Usage: python durability_writer.py PROJECT spans|import SEED

Prints "span <id> <start> <end>" after each AddSpan apply returns, or
"doc <id> <title>" for each document add_documents yields, flushing every line,
until it is killed.
"""

from __future__ import annotations

import random
import sys

from annotator.core.errors import DuplicateSpanError
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, Batch, SetStatus
from annotator.store import open_project


def edit_spans(project, rng: random.Random) -> None:
    session = project.session()
    doc_id = project.document_ids()[0]
    length = len(project.document(doc_id).text)
    while True:
        start = rng.randrange(0, length - 5)
        end = start + rng.randrange(1, 5)
        if rng.random() < 0.2:
            op = Batch((AddSpan(doc_id, start, end, "ORG"), SetStatus(doc_id, "in_progress")))
        else:
            op = AddSpan(doc_id, start, end, "PER")
        try:
            change = session.apply(op)
        except DuplicateSpanError:  # the same text and label again: refused, nothing written
            continue
        print(f"span {change.spans_added[0]} {start} {end}", flush=True)


def import_documents(project, rng: random.Random, seed: int) -> None:
    def sources():
        n = 0
        while True:
            n += 1
            title = f"r{seed}-{n}"
            yield SourceDocument(text=f"Bài {title}: Quốc hội họp phiên bế mạc.", title=title)

    for source, doc_id in project.add_documents(sources(), commit_every=rng.randrange(1, 20)):
        print(f"doc {doc_id} {source.title}", flush=True)


def main() -> None:
    path, mode, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(seed)
    project = open_project(path, annotator="writer")
    if mode == "spans":
        edit_spans(project, rng)
    else:
        import_documents(project, rng, seed)


if __name__ == "__main__":
    main()
