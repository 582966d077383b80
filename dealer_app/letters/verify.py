"""Check a payout letter PDF against the letter the ledger holds.

A letter is rendered deterministically from its snapshot, so a genuine file (original or copy)
is byte-for-byte what `render_letter` gives today for the ledger's snapshot: that is the test.
When the bytes differ, the printed text and the PDF properties are compared field by field to
say *what* differs, in plain English, for the person holding the suspicious letter.

Byte identity holds as long as reportlab's version is the one the letter was first printed with;
after an upgrade a genuine old file is reported as differing with no specific field, and the
QR code (number, amount, digest) is what still ties a paper letter to the ledger.
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass

from dealer_app.domain.errors import InvalidInput
from dealer_app.domain.letters import (
    LetterData,
    format_issue_date_en,
    format_issue_date_zh,
    letter_digest,
)
from dealer_app.domain.messages import Msg

from .layout import COPY_MARK
from .render import KEYWORDS_SCHEME, render_letter

GENERIC_DIFFERENCE = Msg("letter.diff.generic")

_KEYWORD_RE = re.compile(r"(\w+)=(\S+)")
_FIGURES_RE = re.compile(r"[¥￥]\s?\d[\d,]*(?:\.\d{1,2})?")
_NUMBER_RE = re.compile(r"Notice No\.\s*(\S+)")


@dataclass(frozen=True, slots=True)
class ReadLetter:
    """What a letter PDF says about itself.

    `number`, `digest` and `amount_fen` come from the PDF properties (keywords) when present,
    the number otherwise from the printed text; `amount_figures` is the amount in figures as
    printed; `is_copy` tells whether the page shows the 副本 / COPY mark."""

    number: str | None
    digest: str | None
    amount_fen: int | None
    amount_figures: str | None
    is_copy: bool
    metadata_copy: bool | None
    pages: int
    text: str


def read_letter_pdf(pdf: bytes) -> ReadLetter:
    """Read a letter PDF. Raises InvalidInput (letter.unreadable_pdf) if it is not a PDF."""
    import pypdf  # imported here: only verification needs it
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        meta = reader.metadata or {}
        keywords = str(meta.get("/Keywords", "") or "")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        pages = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InvalidInput(
            "letter.unreadable_pdf",
            reason=str(exc),
        ) from exc

    fields: dict[str, str] = {}
    if keywords.startswith(KEYWORDS_SCHEME):
        fields = dict(_KEYWORD_RE.findall(keywords))
    number = fields.get("number")
    if number is None:
        m = _NUMBER_RE.search(text)
        number = m.group(1) if m else None
    amount = fields.get("amount_fen")
    copy_flag = fields.get("copy")

    figures = None
    label = text.find("Amount in figures")
    m = _FIGURES_RE.search(text, label if label >= 0 else 0) or _FIGURES_RE.search(text)
    if m:
        figures = m.group(0)

    return ReadLetter(
        number=number,
        digest=fields.get("digest"),
        amount_fen=int(amount) if amount is not None and amount.isdigit() else None,
        amount_figures=figures,
        is_copy=COPY_MARK in text,
        metadata_copy=None if copy_flag is None else copy_flag == "1",
        pages=pages,
        text=text,
    )


def compare_letter(pdf: bytes, expected: LetterData) -> list[Msg]:
    """Differences between a letter PDF and the ledger's letter; an empty list means the file
    is genuine: exactly the original or a copy of `expected`."""
    original = render_letter(expected, copy=False)
    if pdf == original:
        return []
    copy = render_letter(expected, copy=True)
    if pdf == copy:
        return []
    try:
        found = read_letter_pdf(pdf)
    except InvalidInput:
        return [Msg("letter.diff.unreadable")]
    reference = read_letter_pdf(copy if found.is_copy else original)

    problems = _property_differences(found, expected)
    problems += _text_differences(reference.text, found.text, expected)
    return problems or [GENERIC_DIFFERENCE]


def _property_differences(found: ReadLetter, expected: LetterData) -> list[Msg]:
    if found.digest is None and found.amount_fen is None and found.metadata_copy is None:
        return [Msg("letter.diff.no_properties")]
    out = []
    if found.number != expected.number:
        out.append(Msg("letter.diff.number", {"found": found.number, "expected": expected.number}))
    digest = letter_digest(expected)
    if found.digest != digest:
        out.append(
            Msg(
                "letter.diff.digest",
                {"found": (found.digest or "-")[:16], "expected": digest[:16]},
            )
        )
    if found.amount_fen != expected.amount_fen:
        out.append(
            Msg(
                "letter.diff.amount",
                {"found": found.amount_fen, "expected": expected.amount_fen},
            )
        )
    if found.metadata_copy is not None and found.metadata_copy != found.is_copy:
        out.append(Msg("letter.diff.copy_mark", {"shown": "yes" if found.is_copy else "no"}))
    return out


def _squeeze(s: str) -> str:
    return "".join(s.split())


def _text_differences(reference: str, found: str, expected: LetterData) -> list[Msg]:
    """Fields whose printed text in `found` differs from the reference render."""
    ref = _squeeze(reference)
    got = _squeeze(found)
    if ref == got:
        return []
    ops = difflib.SequenceMatcher(None, ref, got, autojunk=False).get_opcodes()
    d = expected
    fields = [
        ("number", d.number),
        ("issue_date", format_issue_date_zh(d.issue_date)),
        ("issue_date_en", format_issue_date_en(d.issue_date)),
        ("partner_name", d.partner_name),
        ("partner_address", d.partner_address),
        ("partner_bank", d.partner_bank),
        ("partner_account", d.partner_account),
        ("partner_credit_code", d.partner_credit_code),
        ("store_name", d.store_name),
        ("store_code", d.store_code),
        ("city", d.store_city),
        ("policy", d.policy_name),
        ("amount_figures", d.amount_figures),
        ("amount_words", d.amount_words),
        ("issuer", d.issuer_name),
    ]
    out = [m for label, value in fields if (m := _field_difference(label, value, ref, got, ops))]
    if not out:
        for label, value in (("body_zh", d.body_zh), ("body_en", d.body_en)):
            if (m := _field_difference(label, value, ref, got, ops)) is not None:
                out.append(m)
    return out


def _field_difference(
    label: str, value: str, ref: str, got: str, ops: list[tuple[str, int, int, int, int]]
) -> Msg | None:
    """How the first changed occurrence of `value` in the reference text reads in the file."""
    needle = _squeeze(value)
    if not needle:
        return None
    start = ref.find(needle)
    while start >= 0:
        end = start + len(needle)
        if any(tag != "equal" and i1 < end and i2 > start for tag, i1, i2, _, _ in ops) or any(
            tag == "insert" and start < i1 < end for tag, i1, _, _, _ in ops
        ):
            shown = got[_map_start(ops, start) : _map_end(ops, end)]
            if len(value) > 60:
                return Msg("letter.diff.field", {"field": label})
            if not shown:
                return Msg("letter.diff.field_missing", {"field": label, "expected": value})
            return Msg(
                "letter.diff.field_shows", {"field": label, "expected": value, "found": shown}
            )
        start = ref.find(needle, start + 1)
    return None


def _map_start(ops: list[tuple[str, int, int, int, int]], pos: int) -> int:
    """Where a value starting at `pos` of the reference text starts in the file's text,
    anchored on the character before it (matching characters inside a changed value are
    coincidence, not alignment)."""
    if pos == 0:
        return 0
    for tag, i1, i2, j1, _j2 in ops:
        if i1 <= pos - 1 < i2:
            return j1 + (pos - i1) if tag == "equal" else j1
    return ops[-1][4] if ops else 0


def _map_end(ops: list[tuple[str, int, int, int, int]], pos: int) -> int:
    """Where a value ending at `pos` (exclusive) ends in the file's text, anchored on the
    character after it."""
    for tag, i1, i2, j1, j2 in ops:
        if i1 <= pos < i2:
            return j1 + (pos - i1) if tag == "equal" else j2
    return ops[-1][4] if ops else 0
