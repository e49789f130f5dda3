"""The catalogues are complete and current, and the language follows the setting or the locale.

`make translations` refreshes the .ts sources from the code and compiles the
committed .qm files; these tests fail when that step is due.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from annotator.core.resources import resource_path
from annotator.gui.i18n import (
    chosen_language,
    current_language,
    install_translator,
    system_language,
)
from annotator.gui.settings import UI_LANGUAGE, set_preference

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
LANGUAGES = ("vi", "en")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _tool(name: str) -> str:
    found = TOOLS / name
    if not found.exists():
        pytest.skip(f"{name} is not installed beside the interpreter")
    return str(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_is_compiled_from_its_ts(language: str, tmp_path: Path) -> None:
    ts = resource_path("i18n", f"annotator_{language}.ts")
    out = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == resource_path("i18n", f"annotator_{language}.qm").read_bytes(), (
        "run `make translations`"
    )


def test_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over the code finds exactly the strings the catalogue holds (none new, none gone)."""
    copy = tmp_path / "annotator_vi.ts"
    shutil.copy(resource_path("i18n", "annotator_vi.ts"), copy)
    sources = sorted(str(p) for p in (ROOT / "annotator" / "gui").rglob("*.py"))
    command = [_tool("pyside6-lupdate"), "-tr-function-alias", "tr+=_tr", "-no-obsolete"]
    subprocess.run(
        [*command, "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    fresh = {(c, s) for c, s, _ in _messages(copy)}
    committed = {(c, s) for c, s, _ in _messages(resource_path("i18n", "annotator_vi.ts"))}
    assert fresh - committed == set(), "new strings: run `make translations` and translate them"
    assert committed - fresh == set(), "strings gone from the code: run `make translations`"


PLACEHOLDERS = re.compile(r"\{[^}]*\}|%L?n|%\d|\t.*$")
HEDGED = re.compile(r"\w\((e?s)\)")  # "hit(s)", "match(es)": a count that does not agree


def test_every_vietnamese_message_is_translated_with_its_placeholders() -> None:
    marks = PLACEHOLDERS
    for context, source, message in _messages(resource_path("i18n", "annotator_vi.ts")):
        node = message.find("translation")
        assert node is not None and node.get("type") is None, (context, source)
        text = "".join(node.itertext())
        assert text.strip(), (context, source)
        assert sorted(marks.findall(source)) == sorted(marks.findall(text)), (source, text)


def _english_forms(message: ET.Element) -> list[str]:
    """What the English window shows for `message`: its finished forms, else its source."""
    node = message.find("translation")
    source = message.findtext("source") or ""
    if node is None or node.get("type") is not None:
        return [source]
    forms = [form.text or "" for form in node.iter("numerusform")]
    return forms or ["".join(node.itertext())]


def test_no_english_window_string_hedges_its_count() -> None:
    """Every count in the English window agrees with it: "1 hit", "2 hits", never "2 hit(s)".

    A string with one count is a numerus message whose English forms (one,
    many) are filled in annotator_en.ts; a string with several counts takes
    them ready-made from gui.reports.counts, or a template for one and one
    for many (core.messages.by_count, for the layers below the window).
    """
    hedged = []
    for context, source, message in _messages(resource_path("i18n", "annotator_en.ts")):
        forms = _english_forms(message)
        hedged += [(context, form) for form in forms if HEDGED.search(form)]
        if message.get("numerus") == "yes" and HEDGED.search(source):
            assert len(forms) == 2, (context, source)  # one, many
            for form in forms:
                assert sorted(PLACEHOLDERS.findall(form)) == sorted(PLACEHOLDERS.findall(source))
    assert hedged == [], f"{len(hedged)} English strings hedge a count: fill annotator_en.ts"


def test_english_numerus_forms_agree_with_the_count(restore_english) -> None:
    install_translator("en")
    one, many = (QCoreApplication.translate("SearchPanel", "%Ln hit(s)", None, n) for n in (1, 3))
    assert (one, many) == ("1 hit", "3 hits")
    grouped = QCoreApplication.translate("", "%Ln warning(s)", None, 12345)
    assert grouped == "12,345 warnings"
    install_translator("vi")
    assert QCoreApplication.translate("", "%Ln warning(s)", None, 12345) == "12.345 cảnh báo"
    assert QCoreApplication.translate("", "%Ln warning(s)", None, 1) == "1 cảnh báo"


@pytest.fixture
def restore_english(qapp):
    yield
    install_translator("en")


def test_language_follows_the_setting_then_the_system(restore_english) -> None:
    set_preference(UI_LANGUAGE, "vi")
    assert chosen_language() == "vi"
    assert install_translator() == "vi" and current_language() == "vi"
    assert QCoreApplication.translate("", "&Export…") == "&Xuất dữ liệu…"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    set_preference(UI_LANGUAGE, "en")
    assert install_translator() == "en"
    assert QCoreApplication.translate("", "&Export…") == "&Export…"
    set_preference(UI_LANGUAGE, "")
    assert chosen_language() == system_language()


def test_a_vietnamese_locale_chooses_vietnamese(tmp_path: Path) -> None:
    """A fresh process under LANG=vi_VN.UTF-8 with nothing stored opens in Vietnamese."""
    code = (
        "from PySide6.QtCore import QCoreApplication, QSettings;"
        "app = QCoreApplication([]);"
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r});"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat);"
        "from annotator.gui.i18n import install_translator;"
        "print(install_translator(), QCoreApplication.translate('', '&File'))"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "vi_VN.UTF-8",
        "LC_ALL": "",
        "LANGUAGE": "",
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT
    )
    assert done.stdout.split() == ["vi", "&Tệp"], done.stderr
    env["LANG"] = "en_GB.UTF-8"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT
    )
    assert done.stdout.split() == ["en", "&File"], done.stderr


def test_qt_own_buttons_and_text_menus_are_vietnamese(restore_english, qtbot) -> None:
    """Qt has no Vietnamese catalogue: its buttons and edit menus come from ours."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit

    install_translator("vi")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == ["Hủy", "Đồng ý"]
    for field in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(field)
        texts = [a.text().split("\t")[0] for a in field.createStandardContextMenu().actions()]
        assert "&Sao chép" in texts and "Chọn tất cả" in texts, texts
