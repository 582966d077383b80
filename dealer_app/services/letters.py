"""Payout letters, the ledger side: numbers, snapshots, prints, files, void letters, checks.

A letter is issued once per approved or paid subsidy: its number (a setting's format, by default
`<POLICY>-<REGION>-<YEAR>-000123`, gapless per policy, region and year, never reused), the
snapshot of everything it prints and that snapshot's digest are written in one transaction with
the audit entry. Rendering always works from the snapshot, so a reprint is the same letter.

- **Every character printed, or nothing.** Before a number is taken, every printed field is
  checked against the letter fonts; a character no font has stops that letter, naming it.
- **Original once.** A print (or a file) is claimed before it is rendered: the transaction that
  counts it says whether it is the original (the first) or a copy, so two programs printing at
  once never both make an original. A print that then fails is given back. Files are never
  overwritten and are readable by their owner only, like the ledger.
- **Void is void.** Cancelling a subsidy voids its letter (services/subsidies.py); checking a
  letter, from its file or its QR code, reads the subsidy's state now.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from dealer_app.domain.errors import Conflict, DealerError, InvalidInput, NotFound
from dealer_app.domain.letters import (
    DEFAULT_BODY_EN,
    DEFAULT_BODY_PAID_EN,
    DEFAULT_BODY_PAID_ZH,
    DEFAULT_BODY_ZH,
    DEFAULT_NUMBER_FORMAT,
    DRAFT_NUMBER,
    LetterData,
    fill_body,
    letter_digest,
    letter_number,
    parse_qr_payload,
)
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Subsidy, SubsidyStatus
from dealer_app.domain.money import capital_amount, format_fen
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import require, require_region, scope
from dealer_app.services.settings import all_settings
from dealer_app.storage import audit as audit_store
from dealer_app.storage import letters as letter_store
from dealer_app.storage import policies as policy_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import subsidies as subsidy_store
from dealer_app.storage.letters import LetterRecord

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
LETTER_STATUSES = {SubsidyStatus.APPROVED, SubsidyStatus.PAID}
VOIDING_STATUSES = {SubsidyStatus.CANCELLED, SubsidyStatus.REJECTED}
#: Letter files are private to their owner, like the ledger (bank accounts are inside).
FILE_MODE = 0o600


# --- printable -----------------------------------------------------------------------------


def unprintable(fields: dict[str, str]) -> list[Msg]:
    """One message per character of `fields` (field -> text) that no letter font has: what
    store editing and imports warn of at once, and what stops a letter before it is issued."""
    from dealer_app.letters.fonts import unprintable as missing

    return [
        Msg("letter.unprintable_char", {"field": name, "char": ch, "code": f"U+{ord(ch):04X}"})
        for name, text in fields.items()
        if text
        for ch in missing(text)
    ]


def store_unprintable(store_name: str, partner_name: str = "", **more: str) -> list[Msg]:
    """Characters of a store's printed details (its name, its partner's name, address, bank)
    that a payout letter could not print."""
    return unprintable({"store_name": store_name, "partner_name": partner_name, **more})


# --- issuing -------------------------------------------------------------------------------


def _snapshot(ctx: Context, sub: Subsidy, number: str, settings: dict) -> LetterData:
    store = store_rows.get_store(ctx.ledger, sub.store_code)
    partner = store_rows.get_partner(ctx.ledger, store.partner_id or 0)
    policy = policy_store.by_id(ctx.ledger, subsidy_store.policy_id_of(ctx.ledger, sub.id))
    region = {r.code: r for r in store_rows.regions(ctx.ledger)}[store.region]
    entry, entry_hash = audit_store.last_entry(ctx.ledger)
    zh, en = policy.names()
    fen = sub.amount * 100
    paid = sub.status is SubsidyStatus.PAID and bool(sub.paid_at)
    handlers = tuple(h for h in settings.get("letter_handlers") or () if h)
    base: dict[str, Any] = dict(
        number=number,
        issue_date=ctx.today(),
        policy_code=policy.code,
        policy_name_zh=zh,
        policy_name_en=en or zh,
        policy_version=sub.policy_version,
        store_code=store.code,
        store_name=store.name,
        store_city=store.city,
        region_code=region.code,
        region_name_zh=region.name_zh,
        partner_name=partner.name,
        partner_address=partner.address,
        partner_bank=partner.bank,
        partner_account=partner.account,
        partner_credit_code=partner.credit_code or "",
        amount_fen=fen,
        amount_figures=format_fen(fen),
        amount_words=capital_amount(fen),
        issuer_name_zh=settings["issuer_name_zh"],
        issuer_name_en=settings.get("issuer_name_en") or "",
        issuer_address=settings["issuer_address"],
        body_zh="",
        body_en="",
        subsidy_id=sub.id,
        paid_on=(sub.paid_at or "")[:10] if paid else "",
        payment_reference=(sub.payment_reference or "") if paid else "",
        handlers=handlers or LetterData.__dataclass_fields__["handlers"].default,
        audit_entry=entry,
        audit_hash=entry_hash[:16],
    )
    fields = LetterData(**base).fields_for_body()
    if paid:
        zh_template = settings.get("letter_body_paid_zh") or DEFAULT_BODY_PAID_ZH
        en_template = settings.get("letter_body_paid_en") or DEFAULT_BODY_PAID_EN
    else:
        zh_template = settings.get("letter_body_zh") or DEFAULT_BODY_ZH
        en_template = settings.get("letter_body_en") or DEFAULT_BODY_EN
    base["body_zh"] = fill_body(zh_template, fields)
    base["body_en"] = fill_body(en_template, fields)
    return LetterData(**base)


@dataclass
class Issued:
    """The letters of the subsidies asked for, and those no letter could be issued for (a
    character no font prints: one message per character)."""

    records: list[LetterRecord] = field(default_factory=list)
    refused: list[Msg] = field(default_factory=list)


def _letter_subsidies(ctx: Context, subsidy_ids: Sequence[int]) -> list[Subsidy]:
    """The subsidies asked for, each approved or paid and in the user's regions (else refused:
    nothing is issued)."""
    subs = subsidy_store.list_where(ctx.ledger, ids=list(subsidy_ids))
    found = {s.id for s in subs}
    missing = [i for i in subsidy_ids if i not in found]
    if missing:
        raise NotFound("subsidy.not_found", id=missing[0])
    for s in subs:
        require_region(ctx, s.region, "letter.issue", Msg("what.subsidy", {"id": s.id}))
        if s.status not in LETTER_STATUSES:
            raise Conflict(
                "letter.subsidy_status", subsidy=s.id, store=s.store_code, status=s.status.value
            )
    return subs


def _unprintable_letter(s: Subsidy, data: LetterData) -> Msg | None:
    problems = unprintable(data.printed_fields())
    if not problems:
        return None
    return Msg("letter.unprintable", {"subsidy": s.id, "store": s.store_code, "problems": problems})


@dataclass(frozen=True)
class PreviewLetter:
    """A letter as the preview shows it: issued (its number and prints so far) or a draft
    (`number` None: no number is taken until it is printed or saved)."""

    subsidy_id: int
    number: str | None
    print_count: int
    data: LetterData

    @property
    def draft(self) -> bool:
        return self.number is None


@dataclass
class Preview:
    letters: list[PreviewLetter] = field(default_factory=list)
    refused: list[Msg] = field(default_factory=list)


def preview_letters(ctx: Context, subsidy_ids: Sequence[int]) -> Preview:
    """The letters of the subsidies as they would print, writing nothing: those issued already
    as they are, the others as drafts (草稿 / DRAFT, no number taken). Refused as `issue_letters`
    refuses; a letter that would print a character no font has is in `refused`."""
    require(ctx, "letter.issue")
    settings = all_settings(ctx.ledger)
    out = Preview()
    with ctx.ledger.snapshot():
        subs = _letter_subsidies(ctx, subsidy_ids)
        existing = letter_store.list_for(ctx.ledger, [s.id for s in subs])
        for s in subs:
            rec = existing.get(s.id)
            if rec is not None:
                out.letters.append(
                    PreviewLetter(s.id, rec.number, rec.print_count, letter_data(rec))
                )
                continue
            data = _snapshot(ctx, s, DRAFT_NUMBER, settings)
            refused = _unprintable_letter(s, data)
            if refused is not None:
                out.refused.append(refused)
                continue
            out.letters.append(PreviewLetter(s.id, None, 0, data))
    return out


def render_preview(
    letters: Sequence[PreviewLetter],
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> bytes:
    """The preview PDF: drafts marked 草稿 / DRAFT, issued letters as their next print would be
    (the original, or a copy once printed). Counts nothing."""
    return _render(
        [(p.data, p.print_count > 0, p.draft) for p in letters],  # type: ignore[misc]
        progress,
        should_stop,
    )


def issue_letters(ctx: Context, subsidy_ids: Sequence[int]) -> Issued:
    """The letter of each subsidy, issuing those that have none yet, in one transaction.

    Refused (nothing issued) if any subsidy is not approved or paid, or outside the user's
    region. A subsidy whose letter would print a character no font has gets no letter (and no
    number is taken): its characters are in `refused`."""
    require(ctx, "letter.issue")
    settings = all_settings(ctx.ledger)
    fmt = settings.get("letter_number_format") or DEFAULT_NUMBER_FORMAT
    out = Issued()
    with ctx.ledger.atomic():
        subs = _letter_subsidies(ctx, subsidy_ids)
        existing = letter_store.list_for(ctx.ledger, [s.id for s in subs])
        regions = {r.code: r.name_zh for r in store_rows.regions(ctx.ledger)}
        year = ctx.today().year
        for s in subs:
            rec = existing.get(s.id)
            if rec is None:
                seq = letter_store.next_seq(ctx.ledger, s.policy_code, s.region, year)
                number = letter_number(
                    fmt,
                    policy=s.policy_code,
                    region=s.region,
                    region_zh=regions.get(s.region, s.region),
                    year=year,
                    seq=seq,
                )
                data = _snapshot(ctx, s, number, settings)
                refused = _unprintable_letter(s, data)
                if refused is not None:
                    out.refused.append(refused)
                    continue
                digest = letter_digest(data)
                letter_store.insert(
                    ctx.ledger,
                    number=number,
                    subsidy_id=s.id,
                    policy_code=s.policy_code,
                    region=s.region,
                    year=year,
                    seq=seq,
                    snapshot=data.to_json_dict(),
                    digest=digest,
                    now=ctx.now(),
                    user=ctx.user.name,
                )
                record(
                    ctx,
                    "letter.issue",
                    "letter",
                    number,
                    {"subsidy": s.id, "store": s.store_code, "amount": s.amount, "digest": digest},
                )
                rec = letter_store.by_number(ctx.ledger, number)
            out.records.append(rec)
    return out


def letter_data(rec: LetterRecord) -> LetterData:
    return LetterData.from_json_dict(rec.snapshot)


def letters_for_subsidies(ctx: Context, subsidy_ids: Sequence[int]) -> dict[int, LetterRecord]:
    return letter_store.list_for(ctx.ledger, list(subsidy_ids))


# --- prints --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Print:
    """One claimed print of a letter: `place` 1 is the original, any later one a copy."""

    record: LetterRecord
    place: int

    @property
    def copy(self) -> bool:
        return self.place > 1

    @property
    def number(self) -> str:
        return self.record.number


def render(
    records: Sequence[LetterRecord],
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> bytes:
    """A preview PDF of the given letters: as the next print of each would be (the original
    for a letter never printed, a copy otherwise). Counts nothing: printing claims its prints
    (`claim_prints`) and renders again. `should_stop()` returning True stops before the next
    letter (raises `Cancelled`)."""
    return _render([(letter_data(r), r.print_count > 0) for r in records], progress, should_stop)


def render_prints(
    prints: Sequence[Print],
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> bytes:
    """One PDF of claimed prints, each an original or a copy as its claim decided."""
    return _render([(letter_data(p.record), p.copy) for p in prints], progress, should_stop)


def _render(
    items: list[tuple[LetterData, bool]] | list[tuple[LetterData, bool, bool]],
    progress: Progress | None,
    should_stop: Callable[[], bool] | None,
) -> bytes:
    from dealer_app.letters.render import RenderCancelled, render_batch
    from dealer_app.services.batch import Cancelled

    try:
        return render_batch(items, progress, should_stop)
    except RenderCancelled as exc:
        raise Cancelled() from exc


def claim_prints(ctx: Context, letter_numbers: Sequence[str], how: str = "print") -> list[Print]:
    """Count one print (`how` "print") or file ("file") of each letter, in one transaction,
    and say which each is: the statement that counts a print decides whether it is the
    original, so of two programs printing the same letter at once only one gets it. A void
    letter is refused (nothing is counted). Render the returned prints, then print or write
    them; if that fails, `release_prints` gives them back."""
    require(ctx, "letter.print")
    out: list[Print] = []
    if ctx.ledger.copy_of is not None:
        # A read-only copy (the server is away): every print is a copy, marked 副本, and
        # counts nothing (the shared ledger counts its prints).
        for number in letter_numbers:
            rec = letter_store.by_number(ctx.ledger, number)
            if rec.void:
                raise Conflict(
                    "letter.void_print",
                    number=number,
                    when=rec.voided_at or "",
                    by=rec.voided_by or "",
                )
            out.append(Print(rec, max(rec.print_count, 1) + 1))
        return out
    with ctx.ledger.atomic():
        for number in letter_numbers:
            rec = letter_store.by_number(ctx.ledger, number)
            require_region(ctx, rec.region, "letter.print", Msg("what.letter", {"number": number}))
            if rec.void:
                raise Conflict(
                    "letter.void_print",
                    number=number,
                    when=rec.voided_at or "",
                    by=rec.voided_by or "",
                )
            place = letter_store.add_print(ctx.ledger, rec.id)
            record(ctx, f"letter.{how}", "letter", number, {"print": place, "copy": place > 1})
            out.append(Print(rec, place))
    return out


def release_prints(ctx: Context, prints: Sequence[Print]) -> None:
    """Give back prints that were claimed but not made (the render, the printer or the disk
    failed), each only while no later print of its letter was counted: an original given back
    is the original again; once a later print was counted, it stays spent (never two
    originals)."""
    if not prints or ctx.ledger.copy_of is not None:
        return
    with ctx.ledger.atomic():
        for p in prints:
            if letter_store.take_back_print(ctx.ledger, p.record.id, p.place):
                record(ctx, "letter.release", "letter", p.number, {"print": p.place})


@contextlib.contextmanager
def printing(
    ctx: Context, letter_numbers: Sequence[str], how: str = "print"
) -> Iterator[list[Print]]:
    """Claim the prints; give them back if the block raises (nothing was made)."""
    prints = claim_prints(ctx, letter_numbers, how)
    try:
        yield prints
    except BaseException:
        try:
            release_prints(ctx, prints)
        except DealerError:  # the first failure is the one to report
            logger.exception("could not give back %d letter prints", len(prints))
        raise


# --- files ---------------------------------------------------------------------------------


def print_file_name(p: Print) -> str:
    """NUMBER.pdf for the original, NUMBER-copy2.pdf for the second print, and so on: a copy
    never takes the original's name."""
    return f"{p.number}.pdf" if not p.copy else f"{p.number}-copy{p.place}.pdf"


def write_new(path: Path, data: bytes) -> Path:
    """Write `data` to `path`, or to "name (2).pdf" and so on when `path` exists: never over
    a file. The file is complete or absent (written aside, then linked into place) and
    readable by its owner only. Returns where it went."""
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=".dealer-", suffix=".part", dir=folder)  # mode 0600
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            for attempt in range(1, 1000):
                target = (
                    path
                    if attempt == 1
                    else path.with_name(f"{path.stem} ({attempt}){path.suffix}")
                )
                try:
                    os.link(tmp, target)  # fails if the name is taken: no overwrite, no race
                except FileExistsError:
                    continue
                except OSError:  # a file system without hard links (FAT, some shares)
                    if target.exists():
                        continue
                    os.rename(tmp, target)
                    return target
                return target
            raise FileExistsError(path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    except OSError as exc:
        raise InvalidInput(
            "letters.save_failed", path=str(path), detail=str(exc.strerror or exc)
        ) from exc


@dataclass
class LettersResult:
    files: list[Path] = field(default_factory=list)
    originals: int = 0
    copies: int = 0
    numbers: list[str] = field(default_factory=list)
    refused: list[Msg] = field(default_factory=list)

    def summary(self) -> Msg:
        return Msg(
            "letters.summary",
            {
                "count": len(self.numbers),
                "originals": self.originals,
                "copies": self.copies,
                "files": len(self.files),
                "folder": str(self.files[0].parent) if self.files else "",
            },
        )

    def as_dict(self) -> dict:
        return {
            "files": [str(p) for p in self.files],
            "originals": self.originals,
            "copies": self.copies,
            "numbers": self.numbers,
            "refused": self.refused,
        }


def generate_to_folder(
    ctx: Context,
    policy_code: str,
    out_dir: Path | str,
    *,
    region: str | None = None,
    single_pdf: bool = False,
    progress: Progress | None = None,
    workers: int = 2,
) -> LettersResult:
    """Letters for every approved or paid subsidy of a policy (in the user's scope, optionally one
    region) into `out_dir`: one PDF per letter (the original NUMBER.pdf, a copy
    NUMBER-copyN.pdf), or one batch PDF. Letters that cannot be printed are in `refused`."""
    require(ctx, "letter.issue")
    policy = policy_store.current(ctx.ledger, policy_code)
    region = region.strip().upper() if region else None
    if region:
        codes = {r.code for r in store_rows.regions(ctx.ledger)}
        if region not in codes:
            raise InvalidInput("letters.region", region=region, choices=sorted(codes))
        require_region(ctx, region, "letter.issue")
    subs = [
        s
        for s in subsidy_store.list_where(
            ctx.ledger, regions=scope(ctx.user), policy_code=policy.code
        )
        if s.status in LETTER_STATUSES and (region is None or s.region == region)
    ]
    if not subs:
        raise Conflict("letters.none", policy=policy.code, region=region or "")
    out = Path(out_dir)
    try:
        out.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(
            "letters.out", path=str(out), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    issued = issue_letters(ctx, [s.id for s in subs])
    records = sorted(issued.records, key=lambda r: r.number)
    result = LettersResult(numbers=[r.number for r in records], refused=issued.refused)
    if not records:
        return result
    with printing(ctx, result.numbers, "file") as prints:
        result.copies = sum(1 for p in prints if p.copy)
        result.originals = len(prints) - result.copies
        if single_pdf:
            name = f"{policy.code}-{region or 'ALL'}-{ctx.today():%Y%m%d}.pdf"
            result.files.append(write_new(out / name, render_prints(prints, progress)))
        else:
            _write_each(ctx, prints, out, result, progress, workers)
    return result


def _write_each(
    ctx: Context,
    prints: list[Print],
    out: Path,
    result: LettersResult,
    progress: Progress | None,
    workers: int,
) -> None:
    """One file per print, written as the letters arrive; on a failure the prints not yet
    written are given back (those written stay counted: their files exist)."""
    from dealer_app.letters.render import iter_render_many

    pdfs = iter_render_many([(letter_data(p.record), p.copy) for p in prints], workers=workers)
    done = 0
    try:
        for p, pdf in zip(prints, pdfs, strict=True):
            result.files.append(write_new(out / print_file_name(p), pdf))
            done += 1
            if progress and (done % 25 == 0 or done == len(prints)):
                progress(done, len(prints))
    except BaseException:
        release_prints(ctx, prints[done:])
        del prints[done:]  # `printing` gives back only what is left (nothing)
        raise


# --- checking a letter ---------------------------------------------------------------------


class Standing(StrEnum):
    GENUINE = "genuine"  # exactly the letter the ledger issued, and valid
    VOID = "void"  # the ledger issued it, but its subsidy was cancelled: it is not valid
    ALTERED = "altered"  # names a letter of the ledger but differs from it
    UNKNOWN = "unknown"  # not a letter of this ledger


@dataclass
class LetterCheck:
    """What the ledger says of one letter (a file, a page range of a batch, or a QR code)."""

    number: str | None
    standing: Standing
    copy: bool = False
    differences: list[Msg] = field(default_factory=list)
    subsidy: int | None = None
    voided_at: str | None = None
    voided_by: str | None = None
    pages: str = ""  # "3-4" for a letter inside a batch file

    @property
    def genuine(self) -> bool:
        return self.standing is Standing.GENUINE

    def summary(self) -> Msg:
        return Msg(
            f"letter.check.{self.standing.value}",
            {
                "number": self.number or "",
                "copy": "yes" if self.copy else "no",
                "when": self.voided_at or "",
                "by": self.voided_by or "",
                "subsidy": self.subsidy or 0,
                "pages": self.pages,
            },
        )

    def as_dict(self) -> dict:
        return {
            "number": self.number,
            "standing": self.standing.value,
            "genuine": self.genuine,
            "copy": self.copy,
            "void": self.standing is Standing.VOID,
            "voided_at": self.voided_at,
            "voided_by": self.voided_by,
            "subsidy": self.subsidy,
            "pages": self.pages,
            "summary": self.summary(),
            "differences": self.differences,
        }


#: Exit codes of `letters verify`: 0 genuine, 1 altered or unknown, 3 void.
EXIT_VOID = 3


@dataclass
class Verdict:
    """The check of a file or a QR code: one `LetterCheck` per letter it holds."""

    source: str
    letters: list[LetterCheck]
    problems: list[Msg] = field(default_factory=list)  # about the file as a whole

    @property
    def genuine(self) -> bool:
        return bool(self.letters) and not self.problems and all(c.genuine for c in self.letters)

    @property
    def void(self) -> bool:
        return (
            not self.problems
            and any(c.standing is Standing.VOID for c in self.letters)
            and all(c.standing in (Standing.GENUINE, Standing.VOID) for c in self.letters)
        )

    @property
    def exit_code(self) -> int:
        return 0 if self.genuine else EXIT_VOID if self.void else 1

    # The first letter's, for a file of one letter.
    @property
    def number(self) -> str | None:
        return self.letters[0].number if self.letters else None

    @property
    def copy(self) -> bool:
        return bool(self.letters) and self.letters[0].copy

    @property
    def differences(self) -> list[Msg]:
        return self.problems + [d for c in self.letters for d in c.differences]

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "genuine": self.genuine,
            "void": self.void,
            "number": self.number,
            "copy": self.copy,
            "problems": self.problems,
            "letters": [c.as_dict() for c in self.letters],
        }


def _standing(ctx: Context, rec: LetterRecord, check: LetterCheck) -> LetterCheck:
    """Fill in the ledger's side of a letter that matches: its subsidy's state now."""
    check.subsidy = rec.subsidy_id
    sub = subsidy_store.get(ctx.ledger, rec.subsidy_id)
    if rec.void or sub.status in VOIDING_STATUSES:
        check.standing = Standing.VOID
        check.voided_at = rec.voided_at or sub.decided_at
        check.voided_by = rec.voided_by or sub.decided_by
    if letter_digest(letter_data(rec)) != rec.digest:
        check.standing = Standing.ALTERED
        check.differences.insert(0, Msg("letter.diff.ledger_altered", {"number": rec.number}))
    return check


def _record_for(ctx: Context, number: str) -> LetterRecord | None:
    try:
        rec = letter_store.by_number(ctx.ledger, number)
    except NotFound:
        return None
    require_region(ctx, rec.region, "letter.verify", Msg("what.letter", {"number": number}))
    return rec


def verify_qr(ctx: Context, payload: str) -> Verdict:
    """Check the text of a letter's QR code (as a USB scanner types it, or pasted) against the
    ledger: genuine (original or copy), void, altered or unknown."""
    require(ctx, "letter.verify")
    try:
        code = parse_qr_payload(payload)
    except InvalidInput as exc:
        return Verdict("QR", [LetterCheck(None, Standing.UNKNOWN, differences=[exc.msg])])
    rec = _record_for(ctx, code.number)
    if rec is None:
        return Verdict(
            "QR",
            [
                LetterCheck(
                    code.number,
                    Standing.UNKNOWN,
                    bool(code.copy),
                    [Msg("letter.not_found", {"number": code.number})],
                )
            ],
        )
    check = LetterCheck(code.number, Standing.GENUINE, bool(code.copy))
    if code.amount_fen != rec.snapshot.get("amount_fen"):
        check.differences.append(
            Msg(
                "qr.diff.amount",
                {
                    "found": format_fen(code.amount_fen),
                    "expected": format_fen(rec.snapshot["amount_fen"]),
                },
            )
        )
    if code.digest16 != rec.digest[:16]:
        check.differences.append(Msg("qr.diff.digest", {"found": code.digest16}))
    data = letter_data(rec)
    if code.version == 2:
        if (code.audit_entry, code.audit_hash16) != (
            data.audit_entry,
            data.audit_hash[:16] or "0" * 16,
        ):
            check.differences.append(Msg("letter.diff.anchor", {"entry": code.audit_entry}))
        broken = anchor_broken(ctx, data)
        if broken is not None:
            check.differences.append(broken)
    if check.differences:
        check.standing = Standing.ALTERED
        check.subsidy = rec.subsidy_id
    else:
        _standing(ctx, rec, check)
    return Verdict("QR", [check])


def verify_pdf(ctx: Context, path: Path | str) -> Verdict:
    """Is this PDF a letter (or a batch of letters) the ledger issued, unaltered, and valid?"""
    from dealer_app.letters.verify import FileProblem, check_file

    require(ctx, "letter.verify")
    path = Path(path)
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            "letters.unreadable", path=str(path), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    try:
        found, problems = check_file(pdf, lambda number: _expected(ctx, number))
    except FileProblem as exc:
        return Verdict(path.name, [], [exc.msg])
    checks: list[LetterCheck] = []
    for item in found:
        check = LetterCheck(
            item.number,
            Standing.GENUINE,
            item.copy,
            list(item.differences),
            pages=item.pages,
        )
        if item.record is not None:
            broken = anchor_broken(ctx, letter_data(item.record))
            if broken is not None:
                check.differences.append(broken)
        if item.record is None:
            check.standing = Standing.UNKNOWN
        elif check.differences:
            check.standing = Standing.ALTERED
            check.subsidy = item.record.subsidy_id
        else:
            _standing(ctx, item.record, check)
        checks.append(check)
    return Verdict(path.name, checks, problems)


def anchor_broken(ctx: Context, data: LetterData) -> Msg | None:
    """A letter carries the audit chain's position and hash when it was issued (its anchor):
    the ledger's log must still hold that entry with that hash. A log rewritten since (even
    one that chains again) no longer does."""
    if not data.audit_entry and not data.audit_hash:
        return None  # a letter from before anchors
    held = audit_store.hash_of(ctx.ledger, data.audit_entry)
    if held is None or held[:16] != data.audit_hash[:16]:
        return Msg("letter.diff.log_changed", {"entry": data.audit_entry})
    return None


def _expected(ctx: Context, number: str) -> tuple[LetterRecord, LetterData] | None:
    rec = _record_for(ctx, number)
    return None if rec is None else (rec, letter_data(rec))
