"""letters/render.py: content, embedded font, determinism, copies, QR, escaping, batches."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from dealer_app.domain.letters import letter_digest, qr_payload
from dealer_app.letters.fonts import FONT_NAME, font_path, register_fonts
from dealer_app.letters.layout import COPY_MARK
from dealer_app.letters.render import (
    RenderCancelled,
    render_batch,
    render_letter,
    render_many,
)

PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")
PDFTOPPM = shutil.which("pdftoppm")
ZBARIMG = shutil.which("zbarimg")
needs_poppler = pytest.mark.skipif(not (PDFTOTEXT and PDFFONTS), reason="poppler-utils missing")


def pdftotext(pdf: bytes, *args: str) -> str:
    out = subprocess.run(
        [PDFTOTEXT, *args, "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout
    return out.decode("utf-8")


def squeeze(s: str) -> str:
    return "".join(s.split())


def test_font_is_found_and_registered_once():
    assert font_path().is_file() and font_path().name == "wqy-microhei.ttc"
    assert register_fonts() == FONT_NAME == register_fonts()


@needs_poppler
def test_letter_shows_everything_the_rule_asks_for(letter):
    pdf = render_letter(letter)
    assert pdf.startswith(b"%PDF-")
    text = pdftotext(pdf)
    flat = squeeze(text)
    for expected in (
        "补贴通知书",
        "Subsidy Notice",
        "人民币伍拾万元整",
        "¥500,000.00",
        "武汉光谷汽车销售服务有限公司",
        "如中英文版本不一致，以中文版本为准。",
        "If the Chinese and English versions differ, the Chinese version prevails.",
        "星驰汽车销售有限公司",
        "2025年12月15日",
        "15 December 2025",
        "YE2025-CENTRAL-2025-000123",
        "1279 0563 1210 802",
        "91420100MA4KXXXX3T",
        "招商银行武汉光谷支行",
        "湖北省武汉市东湖新技术开发区光谷大道77号金融港B18栋",
        "WH-0012",
        "武汉光谷汽车融合店",
        "2025年度经销商年终补贴",
        "YE2025 · 第 1 版 version 1",
        "（盖章）/ Seal",
        "第1页 共1页",
        "《2025年度经销商年终补贴》",
        "2025 year-end dealer subsidy",
        "经办人 / Prepared by",
        "复核 / Checked by",
        "负责人 / Approved by",
        "Page 1 of 1",
    ):
        assert squeeze(expected) in flat, expected
    assert COPY_MARK not in text
    # Chinese first, then English.
    assert flat.index("尊敬的") < flat.index("Dear") < flat.index("如中英文版本不一致")


@needs_poppler
def test_font_is_embedded_and_the_only_one(letter):
    out = subprocess.run(
        [PDFFONTS, "-"], input=render_letter(letter), capture_output=True, check=True
    ).stdout.decode()
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert "WenQuanYiMicroHei" in row, row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # emb, sub, uni


def test_same_data_same_bytes(letter, letter_factory):
    first = render_letter(letter)
    assert render_letter(letter_factory()) == first
    render_letter(letter_factory(number="YE2025-CENTRAL-000999"))  # unrelated render between
    assert render_letter(letter) == first
    assert render_letter(letter, copy=True) == render_letter(letter, copy=True)


def test_same_bytes_in_a_fresh_process(letter):
    code = (
        "import json, sys\n"
        "from dealer_app.domain.letters import LetterData\n"
        "from dealer_app.letters.render import render_letter\n"
        "d = LetterData.from_json_dict(json.loads(sys.stdin.read()))\n"
        "sys.stdout.buffer.write(render_letter(d))\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(letter.to_json_dict()).encode(),
        capture_output=True,
        check=True,
        env=env,
    ).stdout
    assert out == render_letter(letter)


def test_metadata_names_the_letter(letter):
    info = pypdf.PdfReader(io.BytesIO(render_letter(letter))).metadata
    digest = letter_digest(letter)
    assert info["/Keywords"] == (
        f"dealerdesk-letter:1 number=YE2025-CENTRAL-2025-000123 digest={digest} "
        "amount_fen=50000000 copy=0"
    )
    assert info["/Title"] == "补贴通知书 Subsidy Notice YE2025-CENTRAL-2025-000123"
    assert info["/Author"] == "星驰汽车销售有限公司"
    assert info["/CreationDate"] == info["/ModDate"] == "D:20000101000000+00'00'"  # invariant
    copy_info = pypdf.PdfReader(io.BytesIO(render_letter(letter, copy=True))).metadata
    assert copy_info["/Keywords"].endswith("copy=1")
    assert copy_info["/Title"].endswith("副本 COPY")


@needs_poppler
def test_copy_is_the_same_letter_with_the_mark(letter):
    original = render_letter(letter)
    copy = render_letter(letter, copy=True)
    assert copy != original
    # -raw: content-stream order, so the watermark (drawn last) does not interleave.
    text_o = pdftotext(original, "-raw")
    text_c = pdftotext(copy, "-raw")
    assert COPY_MARK in text_c
    stripped = squeeze(text_c).replace(squeeze(COPY_MARK), "").replace("副本COPY", "")
    assert stripped == squeeze(text_o)


def _decode_qr(pdf: bytes, tmp_path: Path) -> list[str]:
    (tmp_path / "l.pdf").write_bytes(pdf)
    subprocess.run([PDFTOPPM, "-r", "200", "-png", tmp_path / "l.pdf", tmp_path / "p"], check=True)
    found = []
    for png in sorted(tmp_path.glob("p*.png")):
        res = subprocess.run([ZBARIMG, "--raw", "-q", png], capture_output=True)
        found += [x for x in res.stdout.decode().splitlines() if x]
        png.unlink()
    return found


@pytest.mark.skipif(not (ZBARIMG and PDFTOPPM), reason="zbarimg or pdftoppm missing")
def test_qr_code_decodes_to_the_payload(letter, letter_factory, tmp_path):
    other = letter_factory(number="YE2025-NORTHWEST-104729", amount_fen=10_000_000)
    # One file, one pdftoppm run: the original, its copy, another letter.
    pdf = render_batch([(letter, False), (letter, True), (other, False)])
    expected = qr_payload(letter, letter_digest(letter))
    assert _decode_qr(pdf, tmp_path) == [
        expected,
        qr_payload(letter, letter_digest(letter), copy=True),
        qr_payload(other, letter_digest(other)),
    ]
    assert expected.endswith("|O")


@pytest.mark.skipif(not PDFTOPPM, reason="pdftoppm missing")
def test_pages_render_the_same_without_any_system_font(letter, tmp_path):
    pdf = tmp_path / "l.pdf"
    pdf.write_bytes(render_letter(letter))
    images = []
    for name, env in (("system", {}), ("none", {"FONTCONFIG_FILE": "/dev/null"})):
        subprocess.run(
            [PDFTOPPM, "-r", "40", "-png", "-singlefile", pdf, tmp_path / name],
            capture_output=True,
            check=True,
            env=dict(os.environ, **env),
        )
        images.append((tmp_path / f"{name}.png").read_bytes())
    assert len(images[0]) > 1000 and images[0] == images[1]


@needs_poppler
def test_user_text_is_printed_as_typed(letter_factory):
    tricky = letter_factory(
        partner_name="<b>A&B</b>",
        store_name="Tom & 李 <script>",
        partner_address="1 < 2 & 3 > 2 &amp; <br/> 路",
        body_zh="正文 <i>不是斜体</i> &lt; {partner_name}",
        body_en="Body <para> & </para>",
    )
    text = pdftotext(render_letter(tricky))
    for s in (
        "<b>A&B</b>",
        "Tom & 李 <script>",
        "1 < 2 & 3 > 2 &amp; <br/> 路",
        "正文 <i>不是斜体</i> &lt; {partner_name}",
        "Body <para> & </para>",
    ):
        assert s in text, s


@needs_poppler
def test_batch_has_one_page_per_letter_with_its_own_numbering(letter_factory):
    letters = [letter_factory(number=f"YE2025-CENTRAL-{i:06d}", subsidy_id=i) for i in (1, 2, 3)]
    calls = []
    pdf = render_batch(
        [(letters[0], False), (letters[1], True), (letters[2], False)],
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    for i, page in enumerate(reader.pages, start=1):
        flat = squeeze(page.extract_text())
        assert f"YE2025-CENTRAL-{i:06d}" in flat
        assert "第1页共1页" in flat and "Page1of1" in flat
        assert (squeeze(COPY_MARK) in flat) == (i == 2)
        assert squeeze("人民币伍拾万元整") in flat
    assert render_batch([(letters[0], False)]) == render_letter(letters[0])


@needs_poppler
def test_a_long_letter_runs_over_and_numbers_its_pages(letter_factory):
    long_zh = "\n\n".join(["本段为较长的说明文字，用于检查分页。" * 12] * 6)
    long_letter = letter_factory(number="YE2025-CENTRAL-000777", body_zh=long_zh)
    pdf = render_batch([(long_letter, False), (letter_factory(), True)])
    pages = [squeeze(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 3
    assert "第1页共2页" in pages[0] and "第2页共2页" in pages[1] and "第1页共1页" in pages[2]
    assert "YE2025-CENTRAL-000777" in pages[1] and "YE2025-CENTRAL-2025-000123" in pages[2]
    assert "致To" in pages[0] and "致To" not in pages[1]  # addressee on the first page only
    assert "如中英文版本不一致" in pages[1] and "（盖章）/Seal" in pages[1]
    assert squeeze(COPY_MARK) in pages[2] and squeeze(COPY_MARK) not in pages[1]


def test_batch_can_be_stopped_between_letters(letter_factory):
    letters = [(letter_factory(number=f"YE2025-CENTRAL-{i:06d}"), False) for i in range(5)]
    seen = []
    with pytest.raises(RenderCancelled, match="after 2 of 5"):
        render_batch(
            letters, progress=lambda d, t: seen.append(d), should_stop=lambda: len(seen) >= 2
        )
    assert seen == [1, 2]
    with pytest.raises(RenderCancelled, match="after 0 of 5"):
        render_batch(letters, should_stop=lambda: True)
    with pytest.raises(ValueError):
        render_batch([])


def test_long_values_stay_inside_their_blocks(letter_factory):
    """Very long names wrap or are cut with an ellipsis: the letter still renders on its pages."""
    huge = letter_factory(
        partner_name="超长的合作伙伴名称" * 12,
        partner_address="很长的地址" * 30,
        partner_bank="中国工商银行股份有限公司武汉东湖新技术开发区支行" * 3,
        issuer_name_zh="发放单位名称" * 15,
        store_name="门店" * 60,
        policy_name_en="Policy " * 40,
        amount_words="人民币" + "壹仟" * 30,
    )
    pdf = render_letter(huge)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) in (1, 2)


def test_render_many_with_spawned_workers_matches_render_letter(letter_factory):
    letters = [letter_factory(number=f"YE2025-CENTRAL-{i:06d}") for i in range(5)]
    items = [letters[0], (letters[1], True), *letters[2:]]
    expected = [render_letter(letters[0]), render_letter(letters[1], copy=True)]
    expected += [render_letter(x) for x in letters[2:]]
    assert render_many(items, workers=2, start_method="spawn") == expected
    assert render_many(items, workers=1) == expected


# --- every character printed; everything inside the margins ---------------------------------

#: Rare characters of names (通用规范汉字表): Extension B, A, C (two) and one each of D to H.
RARE_NAMES = "𠮷䶮𫖯𬭚" + "\U0002b740\U0002b820\U0002ceb0\U00030000\U00031350"


def _words(pdf: bytes) -> list[tuple[str, float, float, float, float, int]]:
    """(text, xMin, yMin, xMax, yMax, page) of every word, as pdftotext -bbox reads them."""
    import re

    html = pdftotext(pdf, "-bbox")
    out, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            line,
        )
        if m:
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            out.append((m.group(5), x0, y0, x1, y1, page))
    return out


@needs_poppler
@pytest.mark.parametrize("ch", list(RARE_NAMES), ids=[f"U+{ord(c):04X}" for c in RARE_NAMES])
def test_a_rare_character_is_read_back_and_drawn(letter_factory, ch, tmp_path):
    """pdftotext reads the character back, and its box on the page holds ink: never a blank."""
    from PIL import Image

    name = ch * 3
    letter = letter_factory(partner_name=f"王{ch}汽车销售有限公司", store_name=name)
    pdf = render_letter(letter)
    flat = squeeze(pdftotext(pdf))
    assert f"王{ch}汽车销售有限公司" in flat and name in flat
    [(_, x0, y0, x1, y1, _page)] = [w for w in _words(pdf) if w[0] == name][:1]
    (tmp_path / "l.pdf").write_bytes(pdf)
    dpi = 150
    scale = dpi / 72
    subprocess.run(
        [PDFTOPPM, "-r", str(dpi), "-f", "1", "-l", "1", "-gray", "-png",
         "-x", str(int(x0 * scale)), "-y", str(int(y0 * scale)),
         "-W", str(int((x1 - x0) * scale) + 1), "-H", str(int((y1 - y0) * scale) + 1),
         tmp_path / "l.pdf", tmp_path / "crop"],
        check=True,
    )  # fmt: skip
    [png] = list(tmp_path.glob("crop*.png"))
    image = Image.open(png).convert("L")
    dark = sum(image.histogram()[:128])  # pixels darker than mid-grey
    assert dark > image.width * image.height * 0.05, f"{ch} printed as a blank box"


@needs_poppler
@pytest.mark.parametrize("copy", [False, True])
def test_every_text_box_is_inside_the_page_margins(letter_factory, copy):
    from dealer_app.letters import layout as L

    long_letter = letter_factory(
        partner_name="湖北省武汉市东湖新技术开发区光谷汽车销售服务有限责任公司第二分公司",
        issuer_name_zh="星驰汽车销售有限公司华中区域管理中心（武汉）",
        issuer_name_en="Xingchi Motor Sales Co., Ltd., Central China Regional Office (Wuhan)",
        partner_bank="中国工商银行股份有限公司武汉东湖新技术开发区支行",
    )
    for letter in (letter_factory(), long_letter):
        words = [
            w for w in _words(render_letter(letter, copy=copy)) if w[0] not in ("副本", "COPY")
        ]
        assert words
        left, right = L.MARGIN_L - 0.5, L.PAGE_W - L.MARGIN_R + 0.5
        outside = [w for w in words if w[1] < left or w[3] > right or w[2] < 0 or w[4] > L.PAGE_H]
        assert outside == []
