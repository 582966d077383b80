"""The Chinese font shipped in resources/fonts, registered so Chinese renders on any desktop.

A Windows or Linux desktop without a Chinese font would otherwise show boxes for store names,
partner names and the whole Chinese interface. The shipped font goes last in the application
font's family list: the desktop's own font draws Latin text, and Qt falls back to WenQuanYi
Micro Hei for every glyph the first family lacks.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dealer_app.paths import resource_path

logger = logging.getLogger(__name__)

CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")
CJK_FAMILY = "WenQuanYi Micro Hei"

_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Load the shipped font into the application's font database (once). Returns its families."""
    global _registered
    if _registered is not None:
        return _registered
    path = resource_path(*CJK_FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        logger.warning("could not load the shipped Chinese font %s", path)
        _registered = []
    else:
        _registered = list(QFontDatabase.applicationFontFamilies(font_id))
    return _registered


def install_cjk_fallback(app: QApplication) -> QFont:
    """Make the shipped font the fallback of the application font; returns the font set."""
    families = register_fonts()
    font = QFont(app.font())
    if CJK_FAMILY in families:
        base = [f for f in font.families() or [font.family()] if f != CJK_FAMILY]
        font.setFamilies([*base, CJK_FAMILY])
        app.setFont(font)
    return font
