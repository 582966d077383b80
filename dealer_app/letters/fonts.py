"""The letter's fonts: WenQuanYi Micro Hei, then a chain of fallbacks for rare Han characters,
all shipped in resources/fonts and embedded (as subsets) in every letter that uses them.

A name such as "王𬭚汽车销售有限公司" holds a character Micro Hei lacks (Extensions A to G of the
CJK Unified Ideographs). Each character is drawn in the first font of the chain that has it:

  WQYMicroHei  wqy-microhei.ttc  the letter font (Latin, punctuation, common Han)
  DDHanA       dd-han-a.ttf      from HanaMinA: Extension A and more
  DDHanB       dd-han-b.ttf      from HanaMinB: Extensions B to F
  DDHanG       dd-han-g.ttf      from BabelStone Han: Extension G (3,045 of its 4,939)

Which font covers which character comes from resources/fonts/letter-fonts.json
(packaging/make_letter_fonts.py writes it with the fonts), so choosing a font, or finding a
character that no font has, needs neither reportlab nor the big font files. A character no font
has is never printed as a blank: the letter is refused (services/letters.py) naming it.

reportlab registers a font when a letter first uses it (the fallbacks are 4 to 29 MB: most
letters never need them). Micro Hei has no bold; the family maps bold to the same face
(headings get their weight from size and a thin outline, see layout.py).
"""

from __future__ import annotations

import bisect
import json
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dealer_app.paths import resource_path

FONT_NAME = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"
COVERAGE_FILE = "letter-fonts.json"

_lock = threading.Lock()
_registered: set[str] = set()


def font_path(file: str = FONT_FILE) -> Path:
    path = resource_path("fonts", file)
    if not path.is_file():
        raise FileNotFoundError(f"the letter font {file} is missing (looked in {path})")
    return path


@dataclass(frozen=True, slots=True)
class Chain:
    names: tuple[str, ...]  # in order: the first that has a character draws it
    files: dict[str, str]
    starts: tuple[int, ...]  # sorted starts of the covered ranges
    ends: tuple[int, ...]
    fonts: tuple[int, ...]  # index into names of each range

    def font_of(self, ch: str) -> str | None:
        """The name of the font that draws `ch`, or None when no font of the chain has it."""
        code = ord(ch)
        i = bisect.bisect_right(self.starts, code) - 1
        if i >= 0 and code <= self.ends[i]:
            return self.names[self.fonts[i]]
        return None


@cache
def chain() -> Chain:
    data = json.loads(resource_path("fonts", COVERAGE_FILE).read_text(encoding="utf-8"))
    names = tuple(data)
    spans: dict[int, tuple[int, int]] = {}
    for index, name in enumerate(names):
        for start, end in data[name]["ranges"]:
            # A later font only fills what the ones before it lack (the script made it so).
            spans.setdefault(start, (end, index))
    starts = tuple(sorted(spans))
    return Chain(
        names,
        {name: data[name]["file"] for name in names},
        starts,
        tuple(spans[s][0] for s in starts),
        tuple(spans[s][1] for s in starts),
    )


#: Characters a letter may hold that no font draws: they print as nothing, by design.
_INVISIBLE = frozenset("\n\r\t\u200b\u200c\u200d\u2060\ufeff")


#: Characters found printable so far: an import of 100,000 stores checks each distinct
#: character once, and every name made of known characters with one C-level set test.
_printable: set[str] = set(_INVISIBLE)


def unprintable(text: str) -> list[str]:
    """The distinct characters of `text` that no letter font has, in order of appearance."""
    if _printable.issuperset(text):
        return []
    font_of = chain().font_of
    seen: dict[str, None] = {}
    for ch in text:
        if ch in _printable or ch in seen:
            continue
        if font_of(ch) is None:
            seen[ch] = None
        else:
            _printable.add(ch)
    return list(seen)


def describe(ch: str) -> str:
    """'𬭚 (U+2CB5A)': how a message names a character."""
    return f"{ch} (U+{ord(ch):04X})"


def is_han(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY"))


def register(name: str = FONT_NAME) -> str:
    """Register font `name` of the chain with reportlab (once per process) and return it."""
    if name in _registered:
        return name
    with _lock:
        if name not in _registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            _fix_to_unicode()
            file = chain().files.get(name, FONT_FILE)
            pdfmetrics.registerFont(
                TTFont(name, str(font_path(file)), subfontIndex=0, asciiReadable=1)
            )
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=name, italic=name, boldItalic=name
            )
            _registered.add(name)
    return name


def register_fonts() -> str:
    """Register the letter font (the fallbacks follow when a letter needs them)."""
    return register(FONT_NAME)


def _fix_to_unicode() -> None:
    """reportlab 5.1 writes a character beyond U+FFFF into a font's ToUnicode map as five hex
    digits, which PDF readers misread (pdftotext turned 𠮷 U+20BB7 into ₻ U+20BB): it must be
    its UTF-16 surrogate pair. Only such characters change; a letter of common characters is
    the same file byte for byte."""
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "dealer_desk", False):
        return
    original = ttfonts.makeToUnicodeCMap

    def utf16(code: int) -> str:
        if code <= 0xFFFF:
            return f"{code:04X}"
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        if all(code <= 0xFFFF for code in subset):
            return original(fontname, subset)
        text = original(fontname, [0] * len(subset))
        lines = text.split("\n")
        out, i = [], 0
        for line in lines:
            if line.startswith("<") and line.endswith("> <0000>"):
                line = f"{line[:-6]}<{utf16(subset[i])}>"
                i += 1
            out.append(line)
        return "\n".join(out)

    make_to_unicode_cmap.dealer_desk = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
