"""On the demo project: each official of the seed article once, with all posts, evidence in the text."""

from __future__ import annotations

from pathlib import Path

from annotator.app.demo import create_demo_project, suggest_demo
from annotator.app.registry.build import update_registry
from annotator.app.registry.timeline import person_timeline

SEED = "Thực hiện nghiêm việc lấy phiếu tín nhiệm"
OFFICIALS = {
    "Phan Việt Cường": {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"},
    "Lê Văn Dũng": {"Phó Bí thư Thường trực Tỉnh ủy"},
    "Lê Trí Thanh": {"Chủ tịch UBND tỉnh"},
}


def test_the_registry_of_the_demo_project(tmp_path: Path) -> None:
    project = create_demo_project(tmp_path / "demo.db")
    try:
        suggest_demo(project)
        update_registry(project, project.session().apply)
        seed = next(r.id for r in project.document_rows() if r.title.startswith(SEED))
        text = project.document(seed).text
        persons = project.registry_entities("person")
        for name, posts in OFFICIALS.items():
            [person] = [p for p in persons if p.name == name]  # listed once
            rows = person_timeline(project, person.uid)
            assert {row.role_text for row in rows} == posts
            for row in rows:
                assert row.first == "2022-02-23"  # the byline's date: no date in their sentences
                for evidence in row.evidence:
                    assert evidence.doc_id == seed
                    assert text[evidence.role[0] : evidence.role[1]] == evidence.post.text
                    assert text[evidence.mention[0] : evidence.mention[1]] == name
        mentions = project.registry_mentions(
            next(p.uid for p in persons if p.name == "Phan Việt Cường")
        )
        assert len([m for m in mentions if m.doc_id == seed]) == 4  # title tag and body, no twin
        byline = next(p for p in persons if p.name == "Nguyên Đoan")  # NGUYÊN ĐOAN, credited N.Đ
        statuses = [(m.text, m.status) for m in project.registry_mentions(byline.uid)]
        assert ("N.Đ", "suggested") in statuses and ("NGUYÊN ĐOAN", "auto") in statuses
    finally:
        project.close()
