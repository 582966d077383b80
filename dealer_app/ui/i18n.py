"""Interface language, chosen per desktop: the one catalogue (`dealer_app.i18n`) for every
sentence, and Qt Linguist translations for the widgets' own labels.

QSettings "language" holds "zh_CN" or "en"; without it the system locale decides (any Chinese
locale -> zh_CN). `install_translators` loads resources/translations/dealer_desk_<lang>.qm when it
was built (pyside6-lrelease) and Qt's own qtbase translations for standard buttons and dialogs.
Source strings are English, so "en" needs no file.

Strings: `self.tr("...")` inside QObject subclasses that are not subclassed further,
`QCoreApplication.translate("Context", "...")` elsewhere, `QT_TRANSLATE_NOOP` for constant tables,
so `pyside6-lupdate` can extract every one of them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dealer_app import i18n as catalogue
from dealer_app.paths import resource_path
from dealer_app.ui import settings as desk

logger = logging.getLogger(__name__)

LANGUAGES = catalogue.LANGUAGES
DEFAULT_LANGUAGE = catalogue.DEFAULT_LANGUAGE

_installed: list[QTranslator] = []


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def configured_language() -> str:
    """The language the user chose, else the system's."""
    value = desk.get_str("language")
    return value if value in LANGUAGES else system_language()


def set_language(lang: str) -> None:
    """Remember the choice; it takes effect at the next start."""
    if lang not in LANGUAGES:
        raise ValueError(lang)
    desk.set_value("language", lang)


def is_chinese() -> bool:
    return catalogue.is_chinese()


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators for `lang` (default: the configured one). Returns the language."""
    lang = catalogue.normalise(lang) or configured_language()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    catalogue.set_language(lang)
    QLocale.setDefault(QLocale(lang if lang != "en" else "en_US"))
    if lang == "en":
        return lang
    ours = QTranslator(app)
    qm = resource_path("translations", f"dealer_desk_{lang}.qm")
    if qm.exists() and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        logger.info("no translation file %s; showing English", qm)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang
