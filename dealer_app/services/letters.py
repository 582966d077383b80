"""Payout letters, the ledger side: numbers, snapshots, print counts, files, verification.

A letter is issued once per approved or paid subsidy: its number (`<POLICY>-<REGION>-000123`,
gapless per policy and region, never reused), the snapshot of everything it prints and that
snapshot's digest are written in one transaction with the audit entry. Rendering always works from
the snapshot, so a reprint is the same letter; every print after the first is marked 副本 / COPY.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dealer_app.domain.errors import Conflict, InvalidInput, NotFound
from dealer_app.domain.letters import (
    DEFAULT_BODY_EN,
    DEFAULT_BODY_ZH,
    LetterData,
    fill_body,
    letter_digest,
)
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Subsidy, SubsidyStatus
from dealer_app.domain.money import capital_amount, format_fen
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import require, require_region, scope
from dealer_app.services.settings import all_settings
from dealer_app.storage import letters as letter_store
from dealer_app.storage import policies as policy_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import subsidies as subsidy_store
from dealer_app.storage.letters import LetterRecord

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
LETTER_STATUSES = {SubsidyStatus.APPROVED, SubsidyStatus.PAID}


def letter_number(policy_code: str, region: str, seq: int) -> str:
    return f"{policy_code}-{region}-{seq:06d}"


def _snapshot(ctx: Context, sub: Subsidy, number: str, settings: dict) -> LetterData:
    store = store_rows.get_store(ctx.ledger, sub.store_code)
    partner = store_rows.get_partner(ctx.ledger, store.partner_id or 0)
    policy = policy_store.by_id(ctx.ledger, _policy_id(ctx, sub.id))
    region = {r.code: r for r in store_rows.regions(ctx.ledger)}[store.region]
    fen = sub.amount * 100
    base = dict(
        number=number,
        issue_date=ctx.today(),
        policy_code=policy.code,
        policy_name=policy.name,
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
        issuer_name=settings["issuer_name_zh"]
        + (f" / {settings['issuer_name_en']}" if settings.get("issuer_name_en") else ""),
        issuer_address=settings["issuer_address"],
        body_zh="",
        body_en="",
        subsidy_id=sub.id,
    )
    draft = LetterData(**base)
    fields = draft.fields_for_body()
    base["body_zh"] = fill_body(settings.get("letter_body_zh") or DEFAULT_BODY_ZH, fields)
    base["body_en"] = fill_body(settings.get("letter_body_en") or DEFAULT_BODY_EN, fields)
    return LetterData(**base)


def _policy_id(ctx: Context, subsidy_id: int) -> int:
    return subsidy_store.policy_id_of(ctx.ledger, subsidy_id)


def issue_letters(ctx: Context, subsidy_ids: Sequence[int]) -> list[LetterRecord]:
    """The letter of each subsidy, issuing those that have none yet, in one transaction.

    Refused (nothing issued) if any subsidy is not approved or paid, or outside the user's region."""
    require(ctx, "letter.issue")
    settings = all_settings(ctx.ledger)
    out: list[LetterRecord] = []
    with ctx.ledger.atomic():
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
        existing = letter_store.list_for(ctx.ledger, [s.id for s in subs])
        for s in subs:
            rec = existing.get(s.id)
            if rec is None:
                seq = letter_store.next_seq(ctx.ledger, s.policy_code, s.region)
                number = letter_number(s.policy_code, s.region, seq)
                data = _snapshot(ctx, s, number, settings)
                digest = letter_digest(data)
                letter_store.insert(
                    ctx.ledger,
                    number=number,
                    subsidy_id=s.id,
                    policy_code=s.policy_code,
                    region=s.region,
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
                    {
                        "subsidy": s.id,
                        "store": s.store_code,
                        "amount": s.amount,
                        "digest": digest,
                    },
                )
                rec = letter_store.by_number(ctx.ledger, number)
            out.append(rec)
    return out


def letter_data(rec: LetterRecord) -> LetterData:
    return LetterData.from_json_dict(rec.snapshot)


def render(
    records: Sequence[LetterRecord],
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> bytes:
    """One PDF of the given letters: originals for letters never printed, copies otherwise.
    `should_stop()` returning True stops before the next letter (raises `Cancelled`)."""
    from dealer_app.letters.render import RenderCancelled, render_batch
    from dealer_app.services.batch import Cancelled

    try:
        return render_batch(
            [(letter_data(r), r.print_count > 0) for r in records], progress, should_stop
        )
    except RenderCancelled as exc:
        raise Cancelled() from exc


def mark_printed(ctx: Context, letter_numbers: Sequence[str], how: str = "print") -> None:
    """Count a print (or a save to file) of each letter; the next render is a COPY."""
    require(ctx, "letter.print")
    with ctx.ledger.atomic():
        for number in letter_numbers:
            rec = letter_store.by_number(ctx.ledger, number)
            require_region(ctx, rec.region, "letter.print", Msg("what.letter", {"number": number}))
            letter_store.add_print(ctx.ledger, rec.id)
            record(
                ctx,
                f"letter.{how}",
                "letter",
                number,
                {"print": rec.print_count + 1, "copy": rec.print_count > 0},
            )


def letters_for_subsidies(ctx: Context, subsidy_ids: Sequence[int]) -> dict[int, LetterRecord]:
    return letter_store.list_for(ctx.ledger, list(subsidy_ids))


@dataclass
class LettersResult:
    files: list[Path] = field(default_factory=list)
    originals: int = 0
    copies: int = 0
    numbers: list[str] = field(default_factory=list)

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
        }


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


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
    region) into `out_dir`: one PDF per letter named by its number, or one batch PDF."""
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
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(
            "letters.out", path=str(out), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    records = issue_letters(ctx, [s.id for s in subs])
    records.sort(key=lambda r: r.number)
    result = LettersResult(numbers=[r.number for r in records])
    result.copies = sum(1 for r in records if r.print_count > 0)
    result.originals = len(records) - result.copies
    if single_pdf:
        pdf = render(records, progress)
        name = f"{policy.code}-{region or 'ALL'}-{ctx.today():%Y%m%d}.pdf"
        _write_atomically(out / name, pdf)
        result.files.append(out / name)
    else:
        from dealer_app.letters.render import iter_render_many

        items = [(letter_data(r), r.print_count > 0) for r in records]
        # One pool for the whole batch; files are written as the letters arrive, in order.
        pdfs = iter_render_many(items, workers=workers)
        for done, (rec, pdf) in enumerate(zip(records, pdfs, strict=True), start=1):
            path = out / f"{rec.number}.pdf"
            _write_atomically(path, pdf)
            result.files.append(path)
            if progress and (done % 25 == 0 or done == len(items)):
                progress(done, len(items))
    mark_printed(ctx, result.numbers, "file")
    return result


@dataclass
class Verdict:
    genuine: bool
    number: str | None
    copy: bool
    differences: list[Msg]


def verify_pdf(ctx: Context, path: Path | str) -> Verdict:
    """Is this PDF a letter the ledger issued, unaltered?"""
    from dealer_app.letters.verify import compare_letter, read_letter_pdf

    path = Path(path)
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            "letters.unreadable", path=str(path), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    try:
        seen = read_letter_pdf(pdf)
    except Exception as exc:  # noqa: BLE001 - anything unreadable is simply not a letter
        return Verdict(
            False,
            None,
            False,
            [Msg("letter.diff.not_a_letter", {"file": path.name, "detail": str(exc)})],
        )
    number = getattr(seen, "number", None)
    if not number:
        return Verdict(False, None, False, [Msg("letter.diff.no_number", {"file": path.name})])
    try:
        rec = letter_store.by_number(ctx.ledger, number)
    except NotFound:
        return Verdict(False, number, False, [Msg("letter.not_found", {"number": number})])
    require_region(ctx, rec.region, "letter.verify", Msg("what.letter", {"number": number}))
    expected = letter_data(rec)
    differences: list[Msg] = []
    if letter_digest(expected) != rec.digest:
        differences.append(Msg("letter.diff.ledger_altered", {"number": number}))
    differences += compare_letter(pdf, expected)
    return Verdict(not differences, number, bool(getattr(seen, "copy", False)), differences)
