"""The peer benchmark's own logic (tests/benchmarks/peers), checked without the peers.

The benchmark itself runs only with `make bench-peers`; these tests make sure
its span checks, its workload rules and its targets say what they claim.
"""

from __future__ import annotations

from pathlib import Path

from tests.benchmarks.peers import checks, corpus
from tests.benchmarks.peers.client import multipart
from tests.benchmarks.peers.report import OURS, Results, table, targets

TEXT = "Ông Nguyễn Văn A ở Hà Nội, Việt Nam."


def test_capitalised_runs_are_names_and_sentence_starts():
    runs = [TEXT[s:e] for s, e in corpus.capitalised_runs(TEXT)]
    assert runs == ["Ông Nguyễn Văn A", "Hà Nội", "Việt Nam"]


def test_labels_are_stable_and_known():
    assert corpus.label_of("Hà Nội") == corpus.label_of("Hà Nội")
    assert {corpus.label_of(w) for w in ("a", "b", "c", "d", "e", "f")} <= set(corpus.LABELS)


def test_big_document_has_exactly_the_asked_spans(tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text("# doc_id = 1\nTiêu đề\n" + "Ông Lê Văn Tám đến Hà Nội hôm nay. " * 300)
    text, spans = corpus.big_document([source])
    assert len(spans) == corpus.BIG_SPANS
    assert len(text) <= corpus.BIG_CHARS and not text.startswith("#")
    assert all(0 <= s < e <= len(text) for s, e, _ in spans)
    assert len({(s, e) for s, e, _ in spans}) == len(spans)


def test_identical_spans_pass_and_differences_are_counted():
    expected = {TEXT: [(4, 16, "PER"), (19, 25, "LOC")], "Khác": [(0, 4, "ORG")]}
    assert checks.compare_spans(expected, dict(expected)).ok
    found = {TEXT: [(4, 16, "PER"), (19, 26, "LOC")]}
    result = checks.compare_spans(expected, found)
    assert not result.ok
    assert (result.documents_missing, result.documents_differing) == (1, 2)
    assert (result.spans_missing, result.spans_extra) == (2, 1)
    assert "2 of 2 documents differ" in result.summary()


def test_conll_entities_follow_iob2_and_documents():
    lines = [
        "-DOCSTART- -X- O",
        "Ông _ O",
        "Nguyễn _ B-PER",
        "Văn _ I-PER",
        "A _ I-PER",
        "Hà _ B-LOC",
        "Nội _ I-LOC",
        "",
        "Việt _ B-LOC",
        "Nam _ B-LOC",
    ]
    assert list(checks.conll_entities(lines)) == [
        ("PER", "NguyễnVănA"),
        ("LOC", "HàNội"),
        ("LOC", "Việt"),
        ("LOC", "Nam"),
    ]


def test_conll_entity_glued_to_punctuation_is_wrong(tmp_path: Path):
    expected = {TEXT: [(4, 16, "PER"), (19, 25, "LOC")]}
    good = "Ông O\nNguyễn B-PER\nVăn I-PER\nA I-PER\nở O\nHà B-LOC\nNội I-LOC\n, O\n"
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "a.conll").write_text(good)
    assert checks.compare_conll(expected, tmp_path / "good").ok
    # A tool that tokenises on spaces keeps the comma inside the place.
    glued = good.replace("Nội I-LOC\n, O\n", "Nội, I-LOC\n")
    (tmp_path / "glued").mkdir()
    (tmp_path / "glued" / "a.conll").write_text(glued)
    result = checks.compare_conll(expected, tmp_path / "glued")
    assert (result.entities, result.matching, result.extra) == (2, 1, 1)
    assert "1 of 2 entities (50.0%)" in result.summary()


def _results() -> Results:
    results = Results([OURS, "peer a", "peer b"])
    for tool, seconds in ((OURS, 2.0), ("peer a", 1.0), ("peer b", 40.0)):
        results.add_time("import", tool, seconds)
        results.add_time("import", tool, seconds * 2)
        results.add_time("export", tool, seconds / 10)
        results.add_memory("import", tool, 100 * 1_048_576)
    results.unsupported.add(("conll", "peer a"))
    results.add_time("conll", OURS, 0.1)
    results.add_time("conll", "peer b", 2.0)
    results.add_disk(OURS, 20 * 1_048_576, 1_000)
    results.add_disk("peer a", 30 * 1_048_576, 1_000)
    return results


def test_ratios_are_peer_over_ours_best_against_best():
    rows = table(_results(), ["import", "export", "conll"])
    import_row = next(r for r in rows if r.startswith("| import "))
    assert "2.0 s / 3.0 s" in import_row  # ours: best and median
    assert "(0.50×)" in import_row and "(20.00×)" in import_row
    assert "none" in next(r for r in rows if r.startswith("| conll"))


def test_targets_miss_when_a_peer_is_faster():
    found = dict(targets(_results(), ["import"], ["export", "conll"]))
    assert found["import: ratio ≥ 1.0 against the fastest peer (0.50×, 20.00×)"] is False
    assert found["conll: ≥ 10× faster than every peer that has it (20.00×)"] is True
    assert found["export: ≥ 10× faster than every peer that has it (0.50×, 20.00×)"] is False
    assert found["peak memory below both peers (100 MB)"] is False
    size = "size on disk per 10,000 articles ≤ the smaller peer's database + upload copy"
    assert found[size] is True


def test_multipart_body_holds_fields_and_files():
    body, content_type = multipart([("file0", "a.txt", b"xin ch\xc3\xa0o")], {"k": "v"})
    boundary = content_type.split("boundary=")[1]
    assert body.startswith(f"--{boundary}\r\n".encode())
    assert b'name="file0"; filename="a.txt"' in body and b"xin ch\xc3\xa0o\r\n" in body
    assert body.endswith(f"--{boundary}--\r\n".encode())


def test_our_import_then_fully_searchable_leaves_nothing_to_index(tmp_path: Path):
    """The row 'then fully searchable' times `annotator index` after our import, to the end."""
    import json

    from annotator.store import open_project, search_backlog
    from tests.benchmarks.peers.ours import Ours
    from tests.benchmarks.peers.run import IMPORT_JSONL, SEARCHABLE, STEPS
    from tests.benchmarks.peers.tool import Kind

    source = tmp_path / "articles.jsonl"
    records = search_backlog.INDEX_AT_ONCE + 200
    with source.open("w", encoding="utf-8") as out:
        for i in range(records):
            out.write(json.dumps({"text": f"Tin {i}. Kỳ họp Quốc hội."}, ensure_ascii=False) + "\n")
    ours = Ours(tmp_path / "work")
    handle = ours.create(Kind.PLAIN_JSONL, source)
    ours.load(handle, source, records)
    with open_project(Path(handle.ref)) as project:
        assert project.search_waiting() == 200
    ours.finish_deferred(handle)
    with open_project(Path(handle.ref)) as project:
        assert project.search_waiting() == 0
    assert STEPS.index(SEARCHABLE[IMPORT_JSONL]) == STEPS.index(IMPORT_JSONL) + 1
