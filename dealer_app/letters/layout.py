"""The look of a payout letter: page geometry in mm, the text styles, the page furniture drawn
by `onPage` callbacks (letterhead, addressee block, COPY marks, footer) and the flowables of
the body (title, particulars rows, seal and QR block).

Styles and fixed texts are built once per process and shared by every letter. No text goes
through `Paragraph` markup: everything is drawn as plain strings (see text.py), so user text
such as "<b>A&B</b>" prints exactly as typed and cannot inject markup. (Should a Paragraph ever
be used for user text, escape it first with xml.sax.saxutils.escape.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from dealer_app.domain.letters import LetterData, format_issue_date_en, format_issue_date_zh

from .qr import draw_qr
from .text import (
    FONT,
    TextBlock,
    TextPainter,
    TextStyle,
    break_lines,
    draw_lines,
    draw_string,
    fit_block,
    text_width,
)

PAGE_W, PAGE_H = A4
MARGIN_L = 22 * mm
MARGIN_R = 20 * mm
CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R

# Letterhead (every page), measured from the top edge.
BAND_TOP = 12 * mm
BAND_H = 1.6 * mm
ISSUER_BASELINE = 21.5 * mm
ISSUER_ADDRESS_BASELINE = 27 * mm
HEAD_RULE = 31 * mm
HEAD_TEXT_W = CONTENT_W - 44 * mm  # leaves the right corner to the COPY stamp

# First page: the addressee block sits where a DL/C5 window envelope shows it.
ADDRESS_X = MARGIN_L
ADDRESS_TOP = 40 * mm
ADDRESS_W = 96 * mm
ADDRESS_H = 44 * mm
ADDRESS_LABEL_W = 38 * mm
REF_X = 128 * mm
REF_W = PAGE_W - MARGIN_R - REF_X

# Body frames, from the top edge down to the bottom margin.
FIRST_FRAME_TOP = ADDRESS_TOP + ADDRESS_H + 3 * mm
LATER_FRAME_TOP = HEAD_RULE + 7 * mm
FRAME_BOTTOM = 19 * mm
FOOTER_RULE = 14 * mm
FOOTER_BASELINE = 9.5 * mm

SEAL_DIAMETER = 42 * mm  # the size of a company's official seal (公章)
QR_SIZE = 26 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
FAINT = colors.HexColor("#9aa0a6")
RULE = colors.HexColor("#c7ccd1")
NAVY = colors.HexColor("#1f3a5f")
TINT = colors.HexColor("#f2f5f8")
COPY_RED = colors.HexColor("#b3261e")

TITLE_ZH = "补贴通知书"
TITLE_EN = "Subsidy Notice"
PREVAILS_ZH = "如中英文版本不一致，以中文版本为准。"
PREVAILS_EN = "If the Chinese and English versions differ, the Chinese version prevails."
COPY_MARK = "副本 / COPY"
DRAFT_MARK = "草稿 / DRAFT"
DRAFT_SHOWN = "草稿，未编号 / draft, not numbered"
DRAFT_CAPTION_ZH = "草稿：打印或保存时编号，无二维码"
DRAFT_CAPTION_EN = "Draft: numbered when printed or saved"
SEAL_LABEL = "（盖章）/ Seal"
QR_CAPTION_ZH = "扫码核验"
QR_CAPTION_EN = "Scan to check against the ledger"

STYLES: dict[str, TextStyle] = {
    "body_zh": TextStyle(10.5, 17, INK, "justify", space_after=4),
    "body_en": TextStyle(9.5, 13, INK, space_after=3.5, cjk_anywhere=False),
    "value": TextStyle(10, 13.5, INK),
    "value_small": TextStyle(8.5, 11.5, MUTED),
    "amount": TextStyle(13, 17, NAVY, bold=True),
}


def top(y_from_top: float) -> float:
    """A y coordinate given as the distance from the top edge."""
    return PAGE_H - y_from_top


def body_blocks(text: str, style: str, keep: Sequence[str] = ()) -> list[TextBlock]:
    """A body text as blocks: blank lines separate paragraphs, single newlines break lines.
    No line breaks inside a text of `keep` (the amount in words, in figures)."""
    paragraphs = text.replace("\r\n", "\n").split("\n\n")
    return [TextBlock(p.strip("\n"), STYLES[style], keep=keep) for p in paragraphs if p.strip()]


@dataclass(slots=True)
class LetterContext:
    """What the page callbacks need about the letter being laid out."""

    data: LetterData
    copy: bool
    digest: str
    index: int  # position in the batch (0 for a single letter)
    pages: int = 0  # pages begun so far
    draft: bool = False  # a preview before the number is issued: 草稿 / DRAFT, no QR code


# ---------------------------------------------------------------- page furniture (onPage)


def draw_letterhead(canv: Canvas, ctx: LetterContext) -> None:
    d = ctx.data
    canv.setFillColor(NAVY)
    canv.rect(MARGIN_L, top(BAND_TOP + BAND_H), CONTENT_W, BAND_H, stroke=0, fill=1)
    with TextPainter(canv) as p:
        # The Chinese name large, the English one smaller beside it (or left out of the
        # letterhead when it cannot fit; the signature block prints both).
        name_zh, name_en = d.issuer_name_zh, d.issuer_name_en
        size, lines = fit_block(name_zh, 15, HEAD_TEXT_W, 1, 10)
        for line in lines:
            p.draw(MARGIN_L, top(ISSUER_BASELINE), line, size, color=INK, bold=True)
        used = text_width(lines[0], size) + 3 * mm if lines else 0
        if name_en and used + text_width(name_en, 9) <= HEAD_TEXT_W:
            p.draw(MARGIN_L + used, top(ISSUER_BASELINE), name_en, 9, color=INK)
        size, lines = fit_block(d.issuer_address, 8.5, HEAD_TEXT_W, 1, 7)
        for line in lines:
            p.draw(MARGIN_L, top(ISSUER_ADDRESS_BASELINE), line, size, color=MUTED)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(MARGIN_L, top(HEAD_RULE), PAGE_W - MARGIN_R, top(HEAD_RULE))


def draw_copy_stamp(canv: Canvas, mark: str = COPY_MARK) -> None:
    """副本 / COPY stamp (or another `mark`: 草稿 / DRAFT) in the letterhead's right corner."""
    w, h = 34 * mm, 12 * mm
    x = PAGE_W - MARGIN_R - w
    y = top(BAND_TOP + BAND_H + 3 * mm) - h
    canv.saveState()
    canv.setStrokeColor(COPY_RED)
    canv.setLineWidth(1.4)
    canv.roundRect(x, y, w, h, 1.5 * mm, stroke=1, fill=0)
    canv.setLineWidth(0.5)
    canv.roundRect(x + 1 * mm, y + 1 * mm, w - 2 * mm, h - 2 * mm, 1 * mm, stroke=1, fill=0)
    canv.restoreState()
    draw_string(canv, x + w / 2, y + 4 * mm, mark, 12, color=COPY_RED, bold=True, align="center")


def draw_copy_watermark(canv: Canvas, zh: str = "副本", en: str = "COPY") -> None:
    """A faint diagonal 副本 COPY (or 草稿 DRAFT) across the body, drawn over the content
    (translucent, so the text stays legible) so that nothing on the page can cover it."""
    canv.saveState()
    canv.translate(PAGE_W / 2, top(FIRST_FRAME_TOP + 75 * mm))
    canv.rotate(32)
    canv.setFillColor(COPY_RED)
    canv.setFillAlpha(0.08)
    canv.setFont(FONT, 110)
    canv.drawCentredString(0, 8 * mm, zh)
    canv.setFont(FONT, 72)
    canv.drawCentredString(0, -24 * mm, en)
    canv.restoreState()


def _label(p: TextPainter, x: float, y: float, zh: str, en: str) -> None:
    p.draw(x, y, f"{zh}  {en}", 7.5, color=MUTED)


def draw_address_block(canv: Canvas, ctx: LetterContext) -> None:
    """The addressee (left, window-envelope position) and the letter's references (right).

    Both are drawn at fixed positions; long values wrap to a bounded number of lines so the
    block never runs into the body below it."""
    d = ctx.data
    with TextPainter(canv) as p:
        x = ADDRESS_X
        y = top(ADDRESS_TOP) - 2.5 * mm
        _label(p, x, y, "致", "To")
        y -= 6 * mm
        size, lines = fit_block(d.partner_name, 11.5, ADDRESS_W, 2, 9)
        for line in lines:
            p.draw(x, y, line, size, color=INK, bold=True)
            y -= 5.2 * mm
        size, lines = fit_block(d.partner_address, 9, ADDRESS_W, 2, 7.5)
        for line in lines:
            p.draw(x, y, line, size, color=INK)
            y -= 4.3 * mm
        y -= 1.6 * mm
        rows = (
            ("开户银行", "Bank", d.partner_bank, 2),
            ("账号", "Account", d.partner_account, 1),
            ("统一社会信用代码", "Credit code", d.partner_credit_code, 1),
        )
        for zh, en, value, max_lines in rows:
            p.draw(x, y, f"{zh} {en}", 7.5, color=MUTED)
            size, lines = fit_block(value, 9, ADDRESS_W - ADDRESS_LABEL_W, max_lines, 7.5)
            for line in lines or [""]:
                p.draw(x + ADDRESS_LABEL_W, y, line, size, color=INK)
                y -= 4.3 * mm
            y -= 0.3 * mm

        # References, right column, behind a navy rule.
        rx = REF_X
        ry = top(ADDRESS_TOP) - 2.5 * mm
        refs = (
            ("通知书编号", "Notice No.", [DRAFT_SHOWN if ctx.draft else d.number]),
            (
                "日期",
                "Date",
                [format_issue_date_zh(d.issue_date), format_issue_date_en(d.issue_date)],
            ),
            ("区域", "Region", [f"{d.region_name_zh} {d.region_code}"]),
        )
        for zh, en, values in refs:
            _label(p, rx, ry, zh, en)
            ry -= 4.6 * mm
            for value in values:
                size, lines = fit_block(value, 10, REF_W, 1, 7.5)
                for line in lines:
                    p.draw(rx, ry, line, size, color=INK)
                ry -= 4.6 * mm
            ry -= 1.8 * mm
    canv.setStrokeColor(NAVY)
    canv.setLineWidth(1.2)
    ref_top = top(ADDRESS_TOP) + 0.5 * mm
    canv.line(REF_X - 4 * mm, ref_top, REF_X - 4 * mm, ref_top - 39 * mm)


def draw_footer(canv: Canvas, data: LetterData, page: int, pages: int) -> None:
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(MARGIN_L, FOOTER_RULE, PAGE_W - MARGIN_R, FOOTER_RULE)
    left = f"通知书编号 Notice No. {data.number}    补贴编号 Subsidy ID {data.subsidy_id}"
    right = f"第{page}页 共{pages}页  Page {page} of {pages}"
    with TextPainter(canv) as p:
        p.draw(MARGIN_L, FOOTER_BASELINE, left, 7.5, color=MUTED)
        p.draw(PAGE_W - MARGIN_R, FOOTER_BASELINE, right, 7.5, color=MUTED, align="right")


# ---------------------------------------------------------------- flowables


class Title(Flowable):
    """补贴通知书 / Subsidy Notice, centred."""

    def __init__(self) -> None:
        super().__init__()
        self.height = 12.5 * mm

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return self.width, self.height

    def draw(self) -> None:
        with TextPainter(self.canv, outline=0.5) as p:
            p.draw(self.width / 2, 6 * mm, TITLE_ZH, 19, color=INK, bold=True, align="center")
            p.draw(self.width / 2, 0.8 * mm, TITLE_EN, 11, color=MUTED, align="center")


@dataclass(slots=True)
class Cell:
    label_zh: str
    label_en: str
    values: list[tuple[str, str]]  # (text, style name), one under the other


class FieldRow(Flowable):
    """One row of the particulars: a bilingual label over each value, cells side by side, a
    hairline above. Rows are separate flowables so a long letter may break between them."""

    PAD = 2.2 * mm
    LABEL_H = 4.2 * mm

    def __init__(self, cells: Sequence[Cell], *, tinted: bool = False, last: bool = False):
        super().__init__()
        self.cells = list(cells)
        self.tinted = tinted
        self.last = last
        self._broken: list[list[tuple[list[tuple[str, bool]], TextStyle]]] = []

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        cell_w = (availWidth - 2 * self.PAD) / len(self.cells) - self.PAD
        self._broken = []
        tallest = 0.0
        for cell in self.cells:
            parts = []
            h = 0.0
            for text, style_name in cell.values:
                style = STYLES[style_name]
                lines = break_lines(text, style.size, cell_w)
                parts.append((lines, style))
                h += len(lines) * style.leading
            self._broken.append(parts)
            tallest = max(tallest, h)
        self.height = self.PAD + self.LABEL_H + tallest + self.PAD
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        if self.tinted:
            c.setFillColor(TINT)
            c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(0, self.height, self.width, self.height)
        if self.last:
            c.line(0, 0, self.width, 0)
        cell_w = (self.width - 2 * self.PAD) / len(self.cells)
        with TextPainter(c) as p:
            for i, cell in enumerate(self.cells):
                x = self.PAD + i * cell_w
                _label(p, x, self.height - self.PAD - 2.8 * mm, cell.label_zh, cell.label_en)
        for i, parts in enumerate(self._broken):
            x = self.PAD + i * cell_w
            y = self.height - self.PAD - self.LABEL_H
            for lines, style in parts:
                draw_lines(c, lines, x, y, cell_w - self.PAD, style)
                y -= len(lines) * style.leading


class Handlers(Flowable):
    """The handling lines a finance department signs: 经办人 / Prepared by ______ and so on,
    side by side (the settings name them)."""

    ROW_H = 7 * mm

    def __init__(self, labels: Sequence[str]) -> None:
        super().__init__()
        self.labels = list(labels)
        self.spaceBefore = 3 * mm

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = self.ROW_H if self.labels else 0
        return self.width, self.height

    def draw(self) -> None:
        if not self.labels:
            return
        cell = self.width / len(self.labels)
        c = self.canv
        with TextPainter(c) as p:
            for i, label in enumerate(self.labels):
                x = i * cell
                size, lines = fit_block(label, 8, cell - 30 * mm, 1, 6.5)
                width = p.draw(x, 2 * mm, (lines or [""])[0], size, color=MUTED)
                c.setStrokeColor(FAINT)
                c.setLineWidth(0.5)
                c.line(x + width + 2 * mm, 1.4 * mm, x + cell - 4 * mm, 1.4 * mm)


class SealBlock(Flowable):
    """The closing block. Left: the prevailing-language clause, then the QR code with its
    caption. Right: the issuer's name and the date inside an empty, dashed 42 mm circle where
    the red company seal is pressed by hand (a printed seal image is not a legal signature).
    Everything stays inside the page margins: a long issuer name is made smaller, then
    wrapped."""

    PREVAILS_SIZE = 8.5

    def __init__(self, ctx: LetterContext, payload: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.payload = payload
        self.spaceBefore = 4 * mm
        self._prevails: list[str] = []

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        left_w = availWidth - SEAL_DIAMETER - 10 * mm
        self._prevails = []
        for text in (PREVAILS_ZH, PREVAILS_EN):
            self._prevails += [line for line, _ in break_lines(text, self.PREVAILS_SIZE, left_w)]
        prevails_h = len(self._prevails) * 4.2 * mm
        self.height = max(SEAL_DIAMETER + 1 * mm, prevails_h + 5 * mm + QR_SIZE)
        return self.width, self.height

    def _name_lines(self, cx: float) -> list[tuple[str, float, bool]]:
        """(line, size, bold) of the issuer's names, centred on cx within the margins."""
        d = self.ctx.data
        room = 2 * min(cx, self.width - cx)
        out: list[tuple[str, float, bool]] = []
        size, lines = fit_block(d.issuer_name_zh, 11, room, 2, 8)
        out += [(line, size, True) for line in lines]
        if d.issuer_name_en:
            size, lines = fit_block(d.issuer_name_en, 8, room, 2, 6.5)
            out += [(line, size, False) for line in lines]
        return out

    def draw(self) -> None:
        c = self.canv
        d = self.ctx.data
        if not self.ctx.draft:  # a draft has nothing to check yet: no QR code
            draw_qr(c, self.payload, 0, 0, QR_SIZE)
        cx = self.width - SEAL_DIAMETER / 2 - 4 * mm
        cy = self.height - SEAL_DIAMETER / 2 - 0.5 * mm
        c.saveState()
        c.setStrokeColor(FAINT)
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.circle(cx, cy, SEAL_DIAMETER / 2, stroke=1, fill=0)
        c.restoreState()
        with TextPainter(c) as p:
            y = self.height - 3 * mm
            for line in self._prevails:
                p.draw(0, y, line, self.PREVAILS_SIZE, color=MUTED)
                y -= 4.2 * mm
            tx = QR_SIZE + 2 * mm
            if self.ctx.draft:
                tx = 0
                p.draw(tx, QR_SIZE - 8 * mm, DRAFT_CAPTION_ZH, 7.5, color=COPY_RED)
                p.draw(tx, QR_SIZE - 11.5 * mm, DRAFT_CAPTION_EN, 7.5, color=COPY_RED)
            else:
                p.draw(tx, QR_SIZE - 8 * mm, QR_CAPTION_ZH, 7.5, color=MUTED)
                p.draw(tx, QR_SIZE - 11.5 * mm, QR_CAPTION_EN, 7.5, color=MUTED)
            if not self.ctx.draft:
                p.draw(tx, QR_SIZE - 15 * mm, d.number, 7, color=FAINT)
            p.draw(
                cx, cy + SEAL_DIAMETER / 2 - 7 * mm, SEAL_LABEL, 7.5, color=FAINT, align="center"
            )
            names = self._name_lines(cx)
            y = cy + 2 * mm + (len(names) - 1) * 2.4 * mm
            for line, size, bold in names:
                p.draw(cx, y, line, size, color=INK if bold else MUTED, bold=bold, align="center")
                y -= size * 1.35
            date_zh = format_issue_date_zh(d.issue_date)
            p.draw(cx, y - 1 * mm, date_zh, 10.5, color=INK, align="center")
            date_en = format_issue_date_en(d.issue_date)
            p.draw(cx, y - 5.5 * mm, date_en, 8.5, color=MUTED, align="center")
