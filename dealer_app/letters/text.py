"""Plain-text line breaking and a text flowable for mixed Chinese/English letter text.

Why not `Paragraph`: every text on a letter is plain text (user data, settings, fixed
wording), never markup. Drawing it as plain strings means `<`, `&` and friends print exactly as
typed with nothing to escape or inject, and it is several times faster than Paragraph's
markup parser and per-character width calls (a batch of 1,000 letters spends most of its time
here otherwise). It also lets the letter follow Chinese line-breaking rules that reportlab's CJK
wrap lacks (no line may start with "，" or "。", none may end with "（" or "¥").

Rules: Chinese characters break anywhere, Latin text at spaces (or after "-" and "/"), a
word too long for a line is cut; "\\n" starts a new line. Justified lines spread the slack
between characters, so Chinese text has a straight right edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .fonts import FONT_NAME, chain, register

#: The letter font's name. It is registered (the 5 MB collection parsed, about 0.3 s) on first
#: use, not on import: the GUI imports this package at start-up for the letters screen, and
#: the font is needed only when a letter is laid out (render_batch registers it first). A
#: character it lacks is drawn in the first fallback font that has it (fonts.py).
FONT = FONT_NAME

#: May not start a line (closing punctuation, Chinese and Latin).
CANNOT_START = frozenset("，。、；：！？）》〉」』】〕％…’”·,.;:!?)]}%")
#: May not end a line (opening brackets, currency signs).
CANNOT_END = frozenset("（《〈「『【〔“‘([{¥$￥")
_BREAK_AFTER = frozenset("-/")
_SPACES = frozenset(" \t")

_metrics: dict[str, tuple[dict[int, float], float]] = {}  # font -> (charWidths, defaultWidth)
_width_cache: dict[str, float] = {}
_font_cache: dict[str, str] = {}


def _font_metrics(font: str) -> tuple[dict[int, float], float]:
    found = _metrics.get(font)
    if found is None:
        face = pdfmetrics.getFont(register(font)).face
        found = _metrics[font] = (face.charWidths, face.defaultWidth)
    return found


def font_of(ch: str) -> str:
    """The font that draws `ch`: the letter font, or the first fallback that has it (a
    character no font has is drawn, and measured, in the letter font: a letter holding one is
    refused before it is rendered)."""
    font = _font_cache.get(ch)
    if font is None:
        font = _font_cache[ch] = chain().font_of(ch) or FONT
    return font


def char_width(ch: str) -> float:
    """Advance width of one character at 1 pt, cached (its font's own metrics)."""
    w = _width_cache.get(ch)
    if w is None:
        widths, default = _font_metrics(font_of(ch))
        w = _width_cache[ch] = widths.get(ord(ch), default) * 0.001
    return w


def runs(text: str) -> list[tuple[str, str]]:
    """`text` as (font, text) runs: one run in the letter font unless a character needs a
    fallback."""
    out: list[tuple[str, str]] = []
    start = 0
    current = FONT
    for i, ch in enumerate(text):
        font = _font_cache.get(ch) or font_of(ch)
        if font != current:
            if i > start:
                out.append((current, text[start:i]))
            start, current = i, font
    if start < len(text) or not out:
        out.append((current, text[start:]))
    return out


def text_width(text: str, size: float) -> float:
    get = _width_cache.get
    total = 0.0
    for ch in text:
        w = get(ch)
        total += w if w is not None else char_width(ch)
    return total * size


def is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def _may_break(a: str, b: str, cjk_anywhere: bool) -> bool:
    """May a line end between characters a and b?"""
    if b in _SPACES or a in _SPACES:
        return True
    if b in CANNOT_START or a in CANNOT_END:
        return False
    cjk_a, cjk_b = is_cjk(a), is_cjk(b)
    if cjk_a or cjk_b:
        return cjk_anywhere or cjk_a != cjk_b
    return a in _BREAK_AFTER and b.isalnum()


def _kept(segment: str, keep: tuple[str, ...]) -> set[int]:
    """Positions inside `segment` where a line may not break: within each text of `keep`."""
    out: set[int] = set()
    for word in keep:
        if len(word) < 2:
            continue
        start = segment.find(word)
        while start >= 0:
            out.update(range(start + 1, start + len(word)))
            start = segment.find(word, start + len(word))
    return out


def break_lines(
    text: str,
    size: float,
    width: float,
    *,
    cjk_anywhere: bool = True,
    keep: tuple[str, ...] = (),
) -> list[tuple[str, bool]]:
    """The lines of `text` set in `size` pt within `width` pt, each with a flag telling
    whether it ends a paragraph line ("\\n" or the end of the text), i.e. must not be justified.

    `cjk_anywhere=False` (English text) keeps a run of Chinese characters, such as a name or
    an amount in words, together on one line unless it is longer than the line. A text of
    `keep` (an amount in words) is never broken unless it is longer than the line."""
    out: list[tuple[str, bool]] = []
    limit = width / size + 1e-6  # compare in 1 pt units
    get = _width_cache.get
    for segment in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        n = len(segment)
        i = 0
        kept = _kept(segment, keep) if keep else ()
        if n == 0:
            out.append(("", True))
            continue
        while i < n:
            used = 0.0
            j = i
            while j < n:
                w = get(segment[j])
                if w is None:
                    w = char_width(segment[j])
                if used + w > limit and j > i:
                    break
                used += w
                j += 1
            if j >= n:
                out.append((segment[i:].rstrip(" \t"), True))
                break
            # Latest allowed break at or before j (the first character that does not fit).
            k = j
            while k > i and (k in kept or not _may_break(segment[k - 1], segment[k], cjk_anywhere)):
                k -= 1
            if k == i:
                k = j  # one unbreakable run longer than the line: cut it
            out.append((segment[i:k].rstrip(" \t"), False))
            i = k
            while i < n and segment[i] in _SPACES:
                i += 1
            if i >= n:  # only spaces were left: the line just cut ends the paragraph
                out[-1] = (out[-1][0], True)
    return out


def fit_lines(text: str, size: float, width: float, max_lines: int) -> list[str]:
    """At most `max_lines` lines of `text` (newlines and runs of spaces folded to one space);
    if text had to be dropped the last line ends with "…". For fixed-size blocks that must
    never push into what lies below them."""
    lines = [line for line, _ in break_lines(" ".join(text.split()), size, width)]
    if len(lines) <= max_lines:
        return [line for line in lines if line]
    kept = lines[:max_lines]
    last = kept[-1]
    while last and text_width(last + "…", size) > width:
        last = last[:-1]
    kept[-1] = last + "…"
    return kept


def fit_block(
    text: str, size: float, width: float, max_lines: int, min_size: float
) -> tuple[float, list[str]]:
    """The largest size from `size` down to `min_size` (in 0.5 pt steps) at which `text` fits
    in `max_lines` lines of `width`, and those lines; at `min_size` it is cut with "…".
    Names are shrunk before they are ever cut."""
    flat = " ".join(text.split())
    current = size
    while current > min_size:
        lines = [line for line, _ in break_lines(flat, current, width)]
        if len(lines) <= max_lines:
            return current, [line for line in lines if line]
        current -= 0.5
    return min_size, fit_lines(flat, min_size, width, max_lines)


@dataclass(frozen=True, slots=True)
class TextStyle:
    size: float
    leading: float
    color: colors.Color = colors.black
    align: str = "left"  # left | center | right | justify
    bold: bool = False  # drawn with a hairline outline: the font has no bold face
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    cjk_anywhere: bool = True  # False for English text: see break_lines


BOLD_OUTLINE = 0.3  # pt: the hairline that gives Micro Hei (no bold face) a heading's weight


class TextPainter:
    """Draws many single lines of plain text into one PDF text object (cheaper than one per
    string). Use as a context manager; the text is emitted on exit.

    `bold` fills and strokes the glyphs with a hairline of the same colour."""

    def __init__(self, canv: Canvas, outline: float = BOLD_OUTLINE) -> None:
        self.canv = canv
        self.outline = outline
        self.t = canv.beginText()
        self._font = FONT
        self._size: float | None = None
        self._color: colors.Color | None = None
        self._bold = False

    def __enter__(self) -> TextPainter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.canv.saveState()
            self.canv.setLineWidth(self.outline)
            self.canv.drawText(self.t)
            self.canv.restoreState()

    def draw(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        color: colors.Color = colors.black,
        bold: bool = False,
        align: str = "left",
    ) -> float:
        """One line at baseline (x, y), aligned left, center or right on x; returns its width."""
        width = text_width(text, size)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        t = self.t
        t.setTextOrigin(x, y)
        if color is not self._color:
            t.setFillColor(color)
            t.setStrokeColor(color)
            self._color = color
        if bold != self._bold:
            t.setTextRenderMode(2 if bold else 0)
            self._bold = bold
        for font, part in runs(text):
            if size != self._size or font != self._font:
                t.setFont(font, size)
                self._size, self._font = size, font
            t.textOut(part)
        return width


def draw_string(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    color: colors.Color = colors.black,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw one line of plain text (see TextPainter); returns its width."""
    with TextPainter(canv) as p:
        return p.draw(x, y, text, size, color=color, bold=bold, align=align)


class TextBlock(Flowable):
    """A block of plain text that wraps to the frame and splits between lines across pages."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        lines: list[tuple[str, bool]] | None = None,
        keep: Sequence[str] = (),
    ) -> None:
        """`lines` (already broken, as from a split) are drawn as they are; no line breaks
        inside a text of `keep`."""
        super().__init__()
        self.text = text
        self.style = style
        self.keep = tuple(keep)
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.keepWithNext = style.keep_with_next
        self._fixed = lines is not None
        self._lines: list[tuple[str, bool]] = lines or []
        self._lines_width: float | None = None
        self.width = 0.0
        self.height = 0.0

    def _layout(self, width: float) -> list[tuple[str, bool]]:
        if not self._fixed and self._lines_width != width:
            self._lines = break_lines(
                self.text,
                self.style.size,
                width,
                cjk_anywhere=self.style.cjk_anywhere,
                keep=self.keep,
            )
            self._lines_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits <= 0 or fits >= len(lines):
            return [] if fits <= 0 else [self]
        first = TextBlock(self.text, self.style, lines=lines[:fits])
        first.spaceAfter = 0
        first.keepWithNext = False
        rest = TextBlock(self.text, self.style, lines=lines[fits:])
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        draw_lines(self.canv, self._lines, 0, self.height, self.width, self.style)


def draw_lines(
    canv: Canvas,
    lines: list[tuple[str, bool]],
    x: float,
    top: float,
    width: float,
    style: TextStyle,
) -> None:
    """Draw broken lines with their first line box's top at `top`."""
    size, leading = style.size, style.leading
    # Baseline sits so the glyphs are centred in the line box (ascent ~0.8 em, descent ~0.2).
    y = top - leading + (leading - size) / 2 + 0.2 * size
    t = canv.beginText(x, y)
    t.setFont(FONT, size, leading)
    current = FONT
    t.setFillColor(style.color)
    if style.bold:
        t.setStrokeColor(style.color)
        t.setTextRenderMode(2)
    spacing = 0.0
    for line, last in lines:
        offset = 0.0
        wanted = 0.0
        if style.align != "left" and line:
            slack = width - text_width(line, size)
            if style.align == "center":
                offset = slack / 2
            elif style.align == "right":
                offset = slack
            elif not last and len(line) > 1 and 0 < slack < 3 * size and is_cjk(line[-1]):
                wanted = slack / (len(line) - 1)
        if wanted != spacing:
            t.setCharSpace(wanted)
            spacing = wanted
        parts = runs(line) if line else [(FONT, line)]
        if offset:
            t.moveCursor(offset, 0)
        for n, (font, part) in enumerate(parts, start=1):
            if font != current:
                t.setFont(font, size, leading)
                current = font
            if n < len(parts) or offset:
                t.textOut(part)
            else:
                t.textLine(part)
        if offset:
            t.moveCursor(-offset, leading)
    if style.bold:
        canv.saveState()
        canv.setLineWidth(BOLD_OUTLINE)
        canv.drawText(t)
        canv.restoreState()
    else:
        canv.drawText(t)
