"""letters/verify.py: reading a letter back and telling genuine from altered."""

from __future__ import annotations

import io

import pypdf
import pytest
from english import en, zh

from dealer_app.domain.letters import letter_digest
from dealer_app.letters.render import render_letter
from dealer_app.letters.verify import (
    GENERIC_DIFFERENCE,
    FileProblem,
    compare_letter,
    read_letter_pdf,
)


def rewrite(pdf: bytes, *, content: tuple[bytes, bytes] | None = None, keywords=None) -> bytes:
    """Alter a letter the way a forger with pypdf would: the page's drawing operators and/or
    the document properties."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    if content is not None:
        stream = writer.pages[0]["/Contents"].get_object()
        data = stream.get_data()
        assert content[0] in data
        stream.set_data(data.replace(*content))
    if keywords is not None:
        writer.add_metadata({"/Keywords": keywords})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_read_letter(letter):
    found = read_letter_pdf(render_letter(letter))
    assert found.number == "YE2025-CENTRAL-2025-000123"
    assert found.digest == letter_digest(letter)
    assert found.amount_fen == 50_000_000
    assert found.amount_figures == "¥500,000.00"
    assert found.is_copy is False and found.metadata_copy is False
    assert found.pages == 1
    assert "人民币伍拾万元整" in found.text

    copy = read_letter_pdf(render_letter(letter, copy=True))
    assert copy.is_copy is True and copy.metadata_copy is True
    assert (copy.number, copy.digest, copy.amount_fen, copy.amount_figures) == (
        found.number,
        found.digest,
        found.amount_fen,
        found.amount_figures,
    )


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"this is not a PDF at all", "letter.file.not_pdf"),
        (b"%PDF-1.4 nonsense", "letter.file.truncated"),
        (
            b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <<>>\n%%EOF\n",
            "letter.file.damaged",
        ),
    ],
)
def test_read_refuses_what_is_not_a_readable_pdf(data, code):
    with pytest.raises(FileProblem) as err:
        read_letter_pdf(data)
    assert err.value.msg.code == code


def test_a_cut_off_letter_is_called_incomplete(letter):
    pdf = render_letter(letter)
    with pytest.raises(FileProblem) as err:
        read_letter_pdf(pdf[: len(pdf) * 2 // 3])
    assert err.value.msg.code == "letter.file.truncated"
    assert "incomplete" in en(err.value.msg) and "不完整" in zh(err.value.msg)


def test_an_encrypted_letter_is_called_password_protected(letter):
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(render_letter(letter))))
    writer.encrypt("", "owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(FileProblem) as err:
        read_letter_pdf(out.getvalue())
    assert err.value.msg.code == "letter.file.encrypted"
    assert "cryptography" not in en(err.value.msg)
    assert "密码" in zh(err.value.msg)


def test_untouched_original_and_copy_are_genuine(letter, letter_factory):
    assert compare_letter(render_letter(letter), letter) == []
    assert compare_letter(render_letter(letter, copy=True), letter) == []
    # The ledger's snapshot, reloaded from JSON, is the same letter.
    again = type(letter).from_json_dict(letter.to_json_dict())
    assert compare_letter(render_letter(letter), again) == []


def test_altered_amount_is_reported(letter):
    forged = rewrite(render_letter(letter), content=(b"500,000.00", b"900,000.00"))
    problems = en(compare_letter(forged, letter))
    assert problems == [
        "the amount in figures differs: the ledger holds “¥500,000.00”, "
        "the file shows “¥900,000.00”"
    ]
    assert read_letter_pdf(forged).amount_figures == "¥900,000.00"


def test_altered_amount_on_a_copy_is_reported(letter):
    forged = rewrite(render_letter(letter, copy=True), content=(b"500,000.00", b"500,000.01"))
    problems = en(compare_letter(forged, letter))
    assert len(problems) == 1 and "amount in figures" in problems[0]
    assert "¥500,000.01" in problems[0]


def test_altered_account_is_reported(letter):
    forged = rewrite(render_letter(letter), content=(b"1279 0563 1210 802", b"6222 0000 1111 999"))
    problems = en(compare_letter(forged, letter))
    assert problems == [
        "the bank account differs: the ledger holds “1279 0563 1210 802”, "
        "the file shows “6222000011119"
        "99”"
    ]


def test_altered_properties_are_reported(letter):
    digest = letter_digest(letter)
    forged = rewrite(
        render_letter(letter),
        keywords=f"dealerdesk-letter:1 number=YE2025-CENTRAL-2025-000123 digest={digest} "
        "amount_fen=90000000 copy=0",
    )
    assert en(compare_letter(forged, letter)) == [
        "the amount in the file's properties is 90000000 fen; the ledger holds 50000000 fen"
    ]
    stripped = rewrite(render_letter(letter), keywords="")
    assert en(compare_letter(stripped, letter)) == [
        "the file's properties carry no Dealer Desk letter details (number, digest, amount)"
    ]


def test_a_different_letter_is_reported(letter, letter_factory):
    other = letter_factory(
        number="YE2025-CENTRAL-2025-000124", partner_name="长沙星城汽车服务有限公司"
    )
    problems = en(compare_letter(render_letter(other), letter))
    text = "\n".join(problems)
    assert "letter number in the file's properties is YE2025-CENTRAL-2025-000124" in text
    assert "digest" in text
    assert "the letter number differs" in text
    assert "the partner name differs" in text and "长沙星城汽车服务有限公司" in text


def test_a_resaved_file_differs_without_a_specific_field(letter):
    resaved = rewrite(render_letter(letter))
    assert resaved != render_letter(letter)
    assert compare_letter(resaved, letter) == [GENERIC_DIFFERENCE]
    assert en(GENERIC_DIFFERENCE) == (
        "the file differs from the letter the ledger holds (altered or not produced by Dealer Desk)"
    )
