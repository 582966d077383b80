"""Check a payout letter PDF (one letter, or a batch the application made) against the ledger.

A letter is rendered deterministically from its snapshot, so a genuine file (original or copy)
is byte-for-byte what `render_letter` gives today for the ledger's snapshot: that is the test.
When the bytes differ, the printed text and the PDF properties are compared field by field to
say *what* differs, for the person holding the suspicious letter. A batch file lists its letters
in its properties (number, original or copy); it is genuine when it is byte-for-byte the batch
rendered again, and otherwise each letter is compared on its own pages.

A letter issued by an earlier version (layout 1) cannot be rendered byte for byte by this one:
it is checked by content (the digest in its properties, its number, amount and every printed
field). Files that cannot be checked at all (not a PDF, cut off, encrypted, a batch from an
earlier version) raise `FileProblem` with a message saying so and what to do.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dealer_app.domain.letters import (
    LetterData,
    format_issue_date_en,
    format_issue_date_zh,
    letter_digest,
)
from dealer_app.domain.messages import Msg

from .layout import COPY_MARK
from .render import BATCH_SCHEME, KEYWORDS_SCHEME, PRODUCER, render_batch, render_letter

GENERIC_DIFFERENCE = Msg("letter.diff.generic")

_KEYWORD_RE = re.compile(r"(\w+)=(\S+)")
_FIGURES_RE = re.compile(r"[¥￥]\s?\d[\d,]*(?:\.\d{1,2})?")
_NUMBER_RE = re.compile(r"Notice No\.\s*(\S+)")


class FileProblem(Exception):
    """The file cannot be checked as a letter at all; `msg` says why and what to do."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.msg = Msg(code, params)


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
    keywords: str = ""
    producer: str = ""
    page_texts: tuple[str, ...] = ()


def _open(pdf: bytes):  # noqa: ANN202 - a pypdf.PdfReader
    """The PDF, or FileProblem naming what is wrong with the file."""
    import pypdf  # imported here: only verification needs it
    from pypdf.errors import PyPdfError

    if not pdf.lstrip()[:5] == b"%PDF-":
        raise FileProblem("letter.file.not_pdf")
    if b"%%EOF" not in pdf[-2048:]:
        raise FileProblem("letter.file.truncated")
    try:
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        encrypted = reader.is_encrypted
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise FileProblem("letter.file.damaged", reason=type(exc).__name__) from exc
    if encrypted:
        raise FileProblem("letter.file.encrypted")
    return reader


def read_letter_pdf(pdf: bytes) -> ReadLetter:
    """Read a letter PDF. Raises FileProblem if it is not a PDF that can be read."""
    from pypdf.errors import PyPdfError

    reader = _open(pdf)
    try:
        meta = reader.metadata or {}
        keywords = str(meta.get("/Keywords", "") or "")
        producer = str(meta.get("/Producer", "") or "")
        page_texts = tuple(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise FileProblem("letter.file.damaged", reason=type(exc).__name__) from exc
    text = "\n".join(page_texts)

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
        pages=len(page_texts),
        text=text,
        keywords=keywords,
        producer=producer,
        page_texts=page_texts,
    )


# --- a whole file --------------------------------------------------------------------------

#: number -> (the ledger's record, its snapshot), None when the ledger has no such letter.
Lookup = Callable[[str], "tuple[Any, LetterData] | None"]


@dataclass
class FoundLetter:
    """One letter of a checked file: its number, whether it is a copy, the ledger's record of
    it (None: the ledger has no such letter), how it differs from it, and its pages."""

    number: str | None
    copy: bool
    record: Any
    differences: list[Msg] = field(default_factory=list)
    pages: str = ""


def check_file(pdf: bytes, lookup: Lookup) -> tuple[list[FoundLetter], list[Msg]]:
    """The letters of a PDF, each compared with the ledger's, and problems of the file as a
    whole. Raises FileProblem when it cannot be checked at all."""
    read = read_letter_pdf(pdf)
    if read.keywords.startswith(BATCH_SCHEME):
        return _check_batch(pdf, read, lookup)
    if read.keywords.startswith("dealerdesk-batch:"):
        raise FileProblem("letter.file.old_batch")
    if not read.number:
        raise FileProblem("letter.file.no_letter")
    copy = read.is_copy
    found = lookup(read.number)
    pages = _page_span(1, read.pages)
    if found is None:
        return [
            FoundLetter(
                read.number, copy, None, [Msg("letter.not_found", {"number": read.number})], pages
            )
        ], []
    record, expected = found
    return [FoundLetter(read.number, copy, record, compare_letter(pdf, expected, read), pages)], []


def _page_span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def _footer_number(page_text: str) -> str | None:
    found = _NUMBER_RE.findall(page_text)
    return found[-1] if found else None


def _check_batch(
    pdf: bytes, read: ReadLetter, lookup: Lookup
) -> tuple[list[FoundLetter], list[Msg]]:
    fields = dict(_KEYWORD_RE.findall(read.keywords))
    listed: list[tuple[str, bool]] = []
    for item in fields.get("letters", "").split(","):
        number, _, mark = item.rpartition(":")
        if number and mark in ("O", "C"):
            listed.append((number, mark == "C"))
    if not listed:
        raise FileProblem("letter.file.no_letter")
    # Which pages are whose: each page's footer names its letter.
    spans: dict[str, list[int]] = {}
    for i, text in enumerate(read.page_texts, start=1):
        number = _footer_number(text)
        if number is not None:
            spans.setdefault(number, []).append(i)
    known = {n: lookup(n) for n, _ in listed}
    out: list[FoundLetter] = []
    problems: list[Msg] = []
    if all(known.values()):
        again = render_batch([(known[n][1], copy) for n, copy in listed])  # type: ignore[index]
        if again == pdf:
            for number, copy in listed:
                pages = spans.get(number, [])
                span = _page_span(pages[0], pages[-1]) if pages else ""
                out.append(FoundLetter(number, copy, known[number][0], [], span))  # type: ignore[index]
            return out, []
    problems.append(Msg("letter.file.batch_changed", {"producer": read.producer or "-"}))
    for number, copy in listed:
        pages = spans.get(number, [])
        span = _page_span(pages[0], pages[-1]) if pages else ""
        found = known[number]
        if found is None:
            out.append(
                FoundLetter(number, copy, None, [Msg("letter.not_found", {"number": number})], span)
            )
            continue
        record, expected = found
        if not pages:
            out.append(
                FoundLetter(
                    number,
                    copy,
                    record,
                    [Msg("letter.diff.pages_missing", {"number": number})],
                    span,
                )
            )
            continue
        text = "\n".join(read.page_texts[p - 1] for p in pages)
        shown_copy = COPY_MARK in text
        reference = read_letter_pdf(render_letter(expected, copy=shown_copy)).text
        diffs = _text_differences(reference, text, expected)
        if not diffs and _squeeze(reference) != _squeeze(text):
            diffs = [GENERIC_DIFFERENCE]
        if shown_copy != copy:
            diffs.append(Msg("letter.diff.copy_mark", {"shown": "yes" if shown_copy else "no"}))
        out.append(FoundLetter(number, shown_copy, record, diffs, span))
    return out, problems


def compare_letter(pdf: bytes, expected: LetterData, found: ReadLetter | None = None) -> list[Msg]:
    """Differences between a letter PDF and the ledger's letter; an empty list means the file
    is genuine: exactly the original or a copy of `expected` (for a letter of an earlier
    layout: the same content, see `_legacy_differences`)."""
    if found is None:
        found = read_letter_pdf(pdf)
    if expected.layout == 1:
        return _legacy_differences(found, expected)
    reference_pdf = render_letter(expected, copy=found.is_copy)
    if pdf == reference_pdf:
        return []
    other = render_letter(expected, copy=not found.is_copy)
    if pdf == other:  # the mark was covered or the text layer stripped: still that letter
        return []
    reference = read_letter_pdf(reference_pdf)
    problems = _property_differences(found, expected)
    problems += _text_differences(reference.text, found.text, expected)
    if found.producer and found.producer != PRODUCER:
        problems.insert(0, Msg("letter.diff.resaved", {"producer": found.producer}))
    return problems or [GENERIC_DIFFERENCE]


def _legacy_differences(found: ReadLetter, expected: LetterData) -> list[Msg]:
    """A layout 1 letter: its properties must carry the ledger's digest, number and amount,
    and its text every field the ledger holds."""
    problems = _property_differences(found, expected)
    got = _squeeze(found.text)
    for label, value in _fields(expected):
        needle = _squeeze(value)
        if needle and needle not in got:
            problems.append(Msg("letter.diff.field_missing", {"field": label, "expected": value}))
    return problems


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


def _fields(d: LetterData) -> list[tuple[str, str]]:
    """The printed fields a reader would check, by label (see word.letter_field)."""
    return [
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
        ("policy", d.policy_name_zh),
        ("policy_en", d.policy_name_en),
        ("amount_figures", d.amount_figures),
        ("amount_words", d.amount_words),
        ("payment_reference", d.payment_reference),
        ("issuer", d.issuer_name_zh),
        ("issuer_en", d.issuer_name_en),
    ]


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
    fields = _fields(d)
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
