"""The letter font: WenQuanYi Micro Hei, shipped in resources/fonts, registered once per process.

reportlab embeds a subset of every TrueType font it uses, so a letter shows its Chinese text
(and pdftotext extracts it) on a machine with no Chinese font installed. The collection's first
face is the proportional Micro Hei; it has no bold, so the family maps bold to the same face
(headings get their weight from size and a thin outline instead, see layout.py).
"""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_NAME = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"

_lock = threading.Lock()
_registered = False


def font_path() -> Path:
    """The shipped TTC: from the installed package `dealer_app.resources`, else from the
    repository's resources/ folder beside the package (a source checkout)."""
    try:
        candidate = Path(str(resources.files("dealer_app.resources") / "fonts" / FONT_FILE))
        if candidate.is_file():
            return candidate
    except ModuleNotFoundError:
        pass
    fallback = Path(__file__).resolve().parents[2] / "resources" / "fonts" / FONT_FILE
    if not fallback.is_file():
        raise FileNotFoundError(f"the letter font {FONT_FILE} is missing (looked in {fallback})")
    return fallback


def register_fonts() -> str:
    """Register the font (once per process; later calls are free) and return its name."""
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(
                TTFont(FONT_NAME, str(font_path()), subfontIndex=0, asciiReadable=1)
            )
            pdfmetrics.registerFontFamily(
                FONT_NAME,
                normal=FONT_NAME,
                bold=FONT_NAME,
                italic=FONT_NAME,
                boldItalic=FONT_NAME,
            )
            _registered = True
    return FONT_NAME
