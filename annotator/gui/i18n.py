"""The interface language: Qt's translation system, Vietnamese or English catalogues.

Every user-visible string of the window goes through `self.tr` (in QObject
subclasses) or `_tr` below (elsewhere). `_tr` uses the empty context, the one
`pyside6-lupdate -tr-function-alias tr+=_tr` gives its calls, so the catalogue
and the code agree without a context per module (and a term reads the same in
every panel). The catalogues are `resources/i18n/annotator_{vi,en}.ts`,
compiled to the committed `.qm` files the window loads (`make translations`).

The language is the QSettings key `ui/language` ("vi" or "en"), else the
system locale. It is read once, at start: a change in Preferences applies the
next time the application starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from annotator.core.resources import resource_path
from annotator.gui.settings import UI_LANGUAGE, preference

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer
# The locale whose digit grouping and decimal mark each interface language uses.
_NUMBER_LOCALES = {"vi": "vi_VN", "en": "en_US"}


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """`text` in the interface language (for code outside QObject subclasses).

    With a count `n`, as tr() takes it: `text` holds %Ln (the count, its digits
    grouped as the language groups them) and the catalogue gives English a
    form for one and one for many ("1 hit", "2 hits"), Vietnamese its one
    form. pyside6-lupdate reads the arguments of `_tr` as it reads tr()'s.
    """
    return QCoreApplication.translate("", text, disambiguation or None, n)


def catalogue_path(language: str):
    """The compiled catalogue of `language` (resources/i18n/annotator_LANG.qm)."""
    return resource_path("i18n", f"annotator_{language}.qm")


def system_language() -> str:
    """ "vi" when the system locale is Vietnamese, else "en"."""
    names = [QLocale.system().name(), *QLocale.system().uiLanguages()]
    return "vi" if any(name.lower().startswith("vi") for name in names) else "en"


def chosen_language() -> str:
    """The language the user chose in Preferences (or at first start), else the system's."""
    stored = str(preference(UI_LANGUAGE, "") or "")
    return stored if stored in LANGUAGES else system_language()


def install_translator(language: str | None = None) -> str:
    """Load the catalogue of `language` (default: the chosen one) into the application.

    Replaces a catalogue installed before, so tests can switch languages.
    Returns the language in use; English when its catalogue cannot be read.
    """
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else chosen_language()
    # Numbers follow the interface language too (30.000 in Vietnamese, 30,000 in
    # English): `number` below, and every number a Qt view shows by itself.
    QLocale.setDefault(QLocale(_NUMBER_LOCALES[language]))
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    translator = QTranslator(app)
    if not translator.load(str(catalogue_path(language))):
        _speak_locale("en")
        return "en"
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _speak_locale(language)
    return language


def _speak_locale(language: str) -> None:
    """Qt's own words follow the interface too, not the system's locale.

    The file dialogs name a file's type from Qt's MIME database, which speaks
    the default locale: a Vietnamese window on an English system listed
    project files as "unknown" beside Vietnamese buttons.
    """
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )


_catalogues: dict[str, QTranslator] = {}


def in_every_language(context: str, text: str) -> list[str]:
    """`text` (a source string of `context`) as each interface language writes it.

    For reserving room: a field that must not change width while it counts is
    as wide as its longest form, whichever language is in use now.
    """
    forms = [text]
    for language in LANGUAGES:
        if language not in _catalogues:
            translator = QTranslator()
            _catalogues[language] = translator
            translator.load(str(catalogue_path(language)))
        forms.append(_catalogues[language].translate(context, text) or text)
    return forms


def current_language() -> str:
    """The language of the installed catalogue ("en" when none is)."""
    return _installed[0].language()[:2] if _installed else "en"


def application_title() -> str:
    """The application's name as the window shows it (QSettings keeps the English one)."""
    return _tr("Vietnamese Political Annotator")


def number(value: object, decimals: int | None = None) -> str:
    """A count or a ratio as the interface language writes it: 30.000 and 0,5 in Vietnamese,
    30,000 and 0.5 in English. None (a figure that cannot be computed) is a dash; anything
    else, its text. `decimals`: that many digits after the mark (0,870), else as many as
    the value has (up to six).

    The one way a number goes into a template ("{n} of {total}", "¶{paragraph}",
    an agreement figure); a count in a translated string is %Ln, which Qt groups
    by the same default locale (one without the L, or str(), printed 12345 beside
    12.345; tests/gui/test_counts_grouped.py).
    """
    locale = QLocale()
    if value is None:
        return "–"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    if isinstance(value, int):
        return locale.toString(value)
    decimals = len(repr(value).partition(".")[2])
    if "e" in repr(value) or decimals > 6:
        decimals = 6
    return locale.toString(value, "f", decimals)
