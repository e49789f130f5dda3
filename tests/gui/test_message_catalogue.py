"""Every message template below the window is in the catalogue, translated; the window translates it.

The layers below the window (core, store, formats, nlp, app) raise and
report English templates with named fields. `gui/message_catalogue/`
lists them for pyside6-lupdate; these tests fail when a template is missing
from it (a new raise not yet collected by `make translations`) or has no
Vietnamese translation, and check how `gui.messages.shown` fills the fields.
"""

from __future__ import annotations

import pickle
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from annotator.core.errors import ImportFailure, OperationError
from annotator.core.messages import Message, by_count, joined, message
from annotator.core.resources import resource_path
from annotator.gui import message_catalogue
from annotator.gui.message_scan import PACKAGE, templates
from annotator.gui.messages import shown
from annotator.store.errors import locked


def _vietnamese_catalogue() -> dict[str, str]:
    root = ET.parse(resource_path("i18n", "annotator_vi.ts")).getroot()
    out = {}
    for node in root.iter("message"):
        translation = node.find("translation")
        finished = translation is not None and translation.get("type") is None
        out[node.findtext("source") or ""] = "".join(translation.itertext()) if finished else ""
    return out


def test_the_catalogue_lists_every_template_of_the_code():
    found = templates()
    assert len(found) > 200  # errors, import reasons, warnings, notices, report lines
    missing = sorted(set(found) - set(message_catalogue.TEMPLATES))
    assert missing == [], f"{len(missing)} new templates: run `make translations` and translate"
    gone = sorted(set(message_catalogue.TEMPLATES) - set(found))
    assert gone == [], "templates gone from the code: run `make translations`"
    assert len(message_catalogue.TEMPLATES) == len(found)  # each once, in one layer's module


def test_each_layer_module_lists_the_templates_of_its_layer():
    from annotator.gui.message_scan import LAYERS, templates_by_layer

    by_layer = templates_by_layer()
    for layer in LAYERS:
        module = getattr(message_catalogue, layer)
        assert list(module.TEMPLATES) == by_layer[layer], layer


def test_every_template_has_a_vietnamese_translation():
    catalogue = _vietnamese_catalogue()
    untranslated = [t for t in message_catalogue.TEMPLATES if not catalogue.get(t)]
    assert untranslated == [], untranslated


def test_a_new_template_is_noticed(tmp_path: Path):
    """A raise added below the window is found by the scan, so the catalogue test fails."""
    copy = tmp_path / "annotator"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("gui", "cli", "__pycache__"))
    (copy / "app" / "brand_new.py").write_text(
        "from annotator.core.errors import ImportFailure\n\n"
        "def refuse(name):\n"
        '    raise ImportFailure("{name} is a brand-new failure", name=name)\n',
        encoding="utf-8",
    )
    found = set(templates(copy))
    assert "{name} is a brand-new failure" in found
    assert found - set(message_catalogue.TEMPLATES) == {"{name} is a brand-new failure"}


def test_the_command_line_keeps_english_and_the_error_keeps_its_template():
    error = ImportFailure("{name} is empty", name="a.txt")
    assert str(error) == "a.txt is empty"
    assert error.message.template == "{name} is empty" and error.message.fields == {"name": "a.txt"}
    again = pickle.loads(pickle.dumps(error))  # import workers send errors between processes
    assert str(again) == "a.txt is empty" and again.message.template == "{name} is empty"
    plain = OperationError("written whole")
    assert plain.message.template == "written whole" and not plain.message.fields


def test_a_message_is_its_english_text_wherever_text_goes():
    warning = message("dropped {controls} invisible control characters", controls=2)
    assert warning == "dropped 2 invisible control characters"
    assert isinstance(warning, str) and f"{warning}" == warning
    kept = pickle.loads(pickle.dumps([warning]))[0]
    assert isinstance(kept, Message) and kept.fields == {"controls": 2}


ONE_TAG = "looks like HTML (1 tag: {sample}); kept as literal text, not rendered"
TAGS = "looks like HTML ({n} tags such as {sample}); kept as literal text, not rendered"


def test_a_counted_message_agrees_with_its_count_in_both_languages(vietnamese):
    """by_count picks the template for one or for many; the window translates the one picked."""
    one, two = (by_count(n, ONE_TAG, TAGS, sample="<b>") for n in (1, 2))
    assert one == "looks like HTML (1 tag: <b>); kept as literal text, not rendered"
    assert two == "looks like HTML (2 tags such as <b>); kept as literal text, not rendered"
    assert shown(one).startswith("có vẻ là HTML (1 thẻ: <b>)")
    assert shown(two).startswith("có vẻ là HTML (2 thẻ, ví dụ <b>)")
    assert ONE_TAG in message_catalogue.TEMPLATES and TAGS in message_catalogue.TEMPLATES


def test_the_scan_finds_both_templates_of_a_counted_message(tmp_path: Path):
    copy = tmp_path / "annotator"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("gui", "cli", "__pycache__"))
    (copy / "app" / "brand_new.py").write_text(
        "from annotator.core.messages import by_count\n\n"
        "def said(count):\n"
        '    return by_count(count, "1 brand-new thing", "{n} brand-new things")\n',
        encoding="utf-8",
    )
    new = set(templates(copy)) - set(message_catalogue.TEMPLATES)
    assert new == {"1 brand-new thing", "{n} brand-new things"}


def test_shown_translates_the_template_then_fills_the_fields(vietnamese):
    assert shown(locked("/tmp/p.db", 3)).startswith(
        "Một chương trình khác (một lần nhập dữ liệu, một cửa sổ khác hoặc phiên làm việc của "
        "người khác) đã khóa /tmp/p.db suốt 3 giây"
    )
    # A field that is a message is translated on its own; format specs are kept.
    reason = message("the file is read-only")
    outer = message(
        "{project} is open for reading only: {reason}. Edits cannot be saved; to "
        "edit, save a copy in a folder you can write to (in the window: File ▸ Save "
        "project as…).",
        project="p.db",
        reason=reason,
    )
    assert shown(outer).startswith("p.db được mở chỉ để đọc: tệp chỉ đọc.")
    share = ImportFailure(
        "undecodable: not UTF-8 (first bad byte at {where}), and read as Windows-1258 it does not "
        "look like Vietnamese ({share:.0%} Vietnamese letters); convert the file to UTF-8 and "
        "import it again",
        where=message("line {line} (byte {offset})", line=2, offset=17),
        share=0.125,
    )
    assert "(byte lỗi đầu tiên ở dòng 2 (byte 17))" in shown(share)
    assert "(12% chữ cái tiếng Việt)" in shown(share) or "(13% chữ cái tiếng Việt)" in shown(share)
    parts = joined([message("{n} documents", n=2), message("{n} entities", n=5)])
    assert shown(parts) == "2 tài liệu, 5 thực thể"


def test_shown_leaves_text_without_a_template_as_written(vietnamese):
    assert shown("a finished English sentence from elsewhere") == (
        "a finished English sentence from elsewhere"
    )
    assert shown(ValueError("x")) == "x"
    assert shown(message("{name}: {exc}", name="a.txt", exc="boom")) == "a.txt: boom"
