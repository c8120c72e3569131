"""Translator loading and the live language switch (zh_CN / en).

Compiled catalogues live in ``resources/i18n/collabsim_<lang>.qm``; Qt's own catalogue
(``qtbase_<lang>.qm``, standard buttons such as Save/Discard/Cancel) is loaded beside it when
available. After a switch :func:`notifier` emits ``language_changed(lang)`` once; every panel
connects its ``retranslate_ui`` to it in its constructor (Qt's own ``LanguageChange`` events come
once per translator removed or installed, four times per switch).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal

from collabsim.paths import resource_dir
from collabsim.scenario import LocalText

LANGUAGES = ("zh_CN", "en")
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = "en"


class Notifier(QObject):
    """Emits ``language_changed`` after :func:`install_language` switched the catalogues."""

    language_changed = Signal(str)


_notifier: Notifier | None = None


def notifier() -> Notifier:
    """The process-wide language notifier (panels subscribe to it)."""
    global _notifier
    if _notifier is None:
        _notifier = Notifier()
    return _notifier


def qm_path(lang: str):
    return resource_dir() / "i18n" / f"collabsim_{lang}.qm"


def system_language() -> str:
    """'zh_CN' for a Chinese system locale, otherwise 'en'."""
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def preferred_language() -> str:
    """The language saved in the settings, else the system's."""
    saved = QSettings().value(SETTINGS_KEY, "", str)
    return saved if saved in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def short_code(lang: str | None = None) -> str:
    """'zh' or 'en', the form the scenario texts and the views use."""
    return "zh" if (lang or _current).startswith("zh") else "en"


def install_language(lang: str, remember: bool = False) -> bool:
    """Install the catalogues for ``lang``; returns False when the .qm file is missing."""
    if lang not in LANGUAGES:
        lang = "en"
    ok = _load(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if lang == "zh_CN" else QLocale.Language.English))
    if remember:
        QSettings().setValue(SETTINGS_KEY, lang)
    notifier().language_changed.emit(lang)
    return ok


def in_each_language(make: Callable[[str], str]) -> LocalText:
    """``make(short_code)`` run once with each language's catalogues installed, the current ones
    back afterwards (no switch is announced): a name the app makes, to be kept in both languages
    (e.g. the title of a scenario opened from a sweep's cell, which follows a later switch)."""
    keep, out = _current, {}
    try:
        for lang in LANGUAGES:
            _load(lang)
            out[short_code(lang)] = make(short_code(lang))
    finally:
        _load(keep)
    return LocalText(zh=out["zh"], en=out["en"])


def _load(lang: str) -> bool:
    """Install the catalogues for ``lang`` (ours and Qt's), removing the others."""
    global _current
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    ok = True
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _current = lang
    return ok
