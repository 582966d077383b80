"""letters/text.py and letters/qr.py: line breaking rules, fitting, QR codewords."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfbase.pdfmetrics import stringWidth

from dealer_app.letters.qr import QR_LEVEL, QR_MASK, _codewords, qr_modules
from dealer_app.letters.text import (
    CANNOT_END,
    CANNOT_START,
    FONT,
    TextBlock,
    TextStyle,
    break_lines,
    fit_lines,
    text_width,
)

BODY = (
    "根据2025年度经销商年终补贴，贵司经营的武汉光谷汽车融合店（门店编号 WH-0012）符合补贴条件，"
    "经审批同意，本公司向贵司发放补贴¥500,000.00（大写：人民币伍拾万元整）。"
)


def test_text_width_matches_reportlab():
    for text in ("", "A", "补贴通知书", "¥500,000.00 人民币", BODY):
        assert abs(text_width(text, 10.5) - stringWidth(text, FONT, 10.5)) < 1e-9


def test_break_lines_fits_and_keeps_every_character():
    width = 200.0
    lines = break_lines(BODY, 10.5, width)
    assert len(lines) > 2
    assert [last for _, last in lines] == [False] * (len(lines) - 1) + [True]
    for line, _ in lines:
        assert text_width(line, 10.5) <= width + 1e-6
    assert "".join(line for line, _ in lines).replace(" ", "") == BODY.replace(" ", "")


def test_chinese_punctuation_never_starts_a_line_and_brackets_never_end_one():
    for width in range(60, 400, 7):
        lines = [line for line, _ in break_lines(BODY, 10.5, float(width))]
        for a, b in zip(lines, lines[1:], strict=False):
            assert b[:1] not in CANNOT_START, (width, a, b)
            assert a[-1:] not in CANNOT_END, (width, a, b)


def test_amount_in_figures_is_never_split():
    text = "本公司向贵司发放补贴¥500,000.00（大写：人民币伍拾万元整）"
    for width in range(80, 300, 3):
        joined = [line for line, _ in break_lines(text, 10.5, float(width))]
        assert any("¥500,000.00" in line for line in joined), (width, joined)


def test_latin_breaks_at_spaces_and_cuts_only_overlong_words():
    lines = [x for x, _ in break_lines("the quick brown fox jumps", 10, 60)]
    assert all(not x.startswith(" ") and not x.endswith(" ") for x in lines)
    assert " ".join(lines) == "the quick brown fox jumps"
    long = "X" * 80
    cut = [x for x, _ in break_lines(long, 10, 100)]
    assert "".join(cut) == long and len(cut) > 1


def test_english_text_keeps_chinese_runs_together():
    text = "and we will pay ¥500,000.00 (人民币伍拾万元整) to your account"
    for width in range(120, 330, 5):
        lines = [x for x, _ in break_lines(text, 9.5, width, cjk_anywhere=False)]
        assert any("(人民币伍拾万元整)" in x for x in lines), (width, lines)
    # A Chinese run longer than the line is still cut so nothing overflows.
    lines = [x for x, _ in break_lines("Dear " + "长" * 40 + ",", 10, 100, cjk_anywhere=False)]
    assert all(text_width(x, 10) <= 100 + 1e-6 for x in lines)
    assert "".join(lines).replace(" ", "") == "Dear" + "长" * 40 + ","


def test_newlines_make_lines_that_are_not_justified():
    assert break_lines("甲\n\n乙", 10, 100) == [("甲", True), ("", True), ("乙", True)]
    assert break_lines("", 10, 100) == [("", True)]
    assert break_lines("a\r\nb", 10, 100) == [("a", True), ("b", True)]


def test_fit_lines_truncates_with_an_ellipsis():
    assert fit_lines("  武汉   光谷  ", 10, 200, 2) == ["武汉 光谷"]
    lines = fit_lines(BODY, 10, 150, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(text_width(x, 10) <= 150 + 1e-6 for x in lines)
    assert fit_lines("", 10, 100, 1) == []


def test_text_block_splits_between_lines():
    style = TextStyle(10, 14)
    block = TextBlock(BODY * 3, style)
    _, height = block.wrap(200, 1000)
    lines = height / 14
    first, rest = block.split(200, 14 * 3 + 5)
    assert first.wrap(200, 1000)[1] == 14 * 3
    assert rest.wrap(200, 1000)[1] == height - 14 * 3
    assert lines == int(lines)
    assert block.split(200, 10) == []
    assert block.split(200, 10_000) == [block]


_CHARS = st.sampled_from(list("补贴通知书人民币，。：（）“”《》 ¥$-/abcXYZ0123456789.,;!?\n"))


@settings(max_examples=200, deadline=None)
@given(st.text(_CHARS, max_size=120), st.floats(min_value=12, max_value=300), st.booleans())
def test_break_lines_properties(text, width, cjk_anywhere):
    lines = break_lines(text, 10, width, cjk_anywhere=cjk_anywhere)
    segments = text.split("\n")
    assert sum(1 for _, last in lines if last) == len(segments)
    for line, _ in lines:
        # Only a line of one unbreakable character may overflow.
        assert text_width(line, 10) <= width + 1e-6 or len(line) == 1
    kept = "".join(line for line, _ in lines).replace(" ", "")
    assert kept == text.replace("\n", "").replace(" ", "")


def test_qr_codewords_are_reportlabs():
    rng = random.Random(7)
    for _ in range(40):
        payload = f"DEALERDESK:1|YE2025-X-{rng.randrange(10**6):06d}|{rng.randrange(10**10)}|{rng.getrandbits(64):016x}"
        payload *= rng.randint(1, 4)
        for level in "LMQH":
            qr = QrCodeWidget(payload, barLevel=level).qr
            qr.version = qr.calculate_version()
            assert _codewords(qr) == qrencoder.QRCode.createData(
                qr.version, qr.errorCorrectLevel, qr.dataList
            )


def test_qr_modules_are_reportlabs_matrix():
    modules = qr_modules("DEALERDESK:1|YE2025-CENTRAL-000123|50000000|0123456789abcdef")
    assert len(modules) == 33 and all(len(row) == 33 for row in modules)  # version 4
    rng = random.Random(11)
    for _ in range(25):
        payload = f"DEALERDESK:1|YE2025-NORTHWEST-{rng.randrange(10**6):06d}|{rng.randrange(10**9)}"
        payload *= rng.randint(1, 6)  # versions 4 to 11, with and without version info
        qr = QrCodeWidget(payload, barLevel=QR_LEVEL).qr
        qr.version = qr.calculate_version()
        qr.makeImpl(False, QR_MASK)
        assert qr_modules(payload) == qr.modules
