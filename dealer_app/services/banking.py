"""Where a partner is paid, changed with four eyes.

A change of a partner's bank details is requested by one person and takes effect only when a
second person confirms it (PRODUCT.md: the classic fraud is a payee's account changed by a
fraudster). Until then the partner is paid to the old details; payment batches read the details
in effect when they are released, and flag details younger than 30 days. The request, the
confirmation (action "bank.confirm", with the details before and after), a rejection and a
withdrawal are each audited. A regional manager acts only on partners whose stores are all in
their region; HQ finance on every partner.
"""

from __future__ import annotations

from dealer_app.domain import banking
from dealer_app.domain.banking import BankDetails
from dealer_app.domain.errors import Conflict, InvalidInput, PermissionDenied
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Role
from dealer_app.domain.workflow import BankChangeStatus
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import require, require_not_proposer, require_transition
from dealer_app.storage import payments as pay_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage.payments import BankChange, Payee

MAX_REASON = 500


def _what(change_id: int) -> Msg:
    return Msg("what.bank_change", {"id": change_id})


def may_act_on(ctx: Context, partner_id: int) -> bool:
    """HQ finance: every partner; a regional manager: partners wholly in their region."""
    if ctx.user.role == Role.HQ_FINANCE:
        return True
    regions = store_rows.partner_regions(ctx.ledger, partner_id)
    return ctx.user.role == Role.REGIONAL_MANAGER and regions == {ctx.user.region}


def _require_partner(ctx: Context, partner_id: int, name: str) -> None:
    if not may_act_on(ctx, partner_id):
        regions = sorted(store_rows.partner_regions(ctx.ledger, partner_id))
        raise PermissionDenied("partner.bank_other_region", partner=name, regions=regions)


def payee(ctx: Context, partner_id: int) -> Payee:
    return pay_store.payee(ctx.ledger, int(partner_id))


def with_defaults(held: Payee, given: BankDetails) -> BankDetails:
    """`given` with each empty field taken from the details in effect (a request may change only
    the account), the account name defaulting to the partner's name."""
    now = held.details
    d = given.normalised()
    merged = BankDetails(
        d.bank or now.bank,
        d.branch or now.branch,
        d.cnaps or now.cnaps,
        d.account or now.account,
        d.account_name or now.account_name or held.name,
    )
    return merged


def request_change(
    ctx: Context, partner_id: int, details: BankDetails, reason: str = ""
) -> BankChange:
    """Ask for new bank details; they take effect when a second person confirms them."""
    require(ctx, "bank.request")
    reason = (reason or "").strip()
    if len(reason) > MAX_REASON:
        raise InvalidInput("bank.reason_long", most=MAX_REASON)
    with ctx.ledger.atomic():
        held = pay_store.payee(ctx.ledger, int(partner_id))
        _require_partner(ctx, held.partner_id, held.name)
        waiting = pay_store.pending_change(ctx.ledger, held.partner_id)
        if waiting is not None:
            raise Conflict(
                "bank.already_pending",
                partner=held.name,
                id=waiting.id,
                by=waiting.requested_by,
                at=waiting.requested_at,
            )
        wanted = with_defaults(held, details)
        found = banking.problems(wanted)
        if found:
            raise InvalidInput("bank.details_invalid", problems=found)
        if not banking.changed_fields(held.details, wanted):
            raise InvalidInput("bank.unchanged", partner=held.name)
        cid = pay_store.insert_change(
            ctx.ledger, held.partner_id, wanted, reason, ctx.user.name, ctx.now()
        )
        record(
            ctx,
            "bank.request",
            "partner",
            held.partner_id,
            {
                "change": cid,
                "partner": held.name,
                "credit_code": held.credit_code,
                "before": _as_dict(held.details),
                "after": _as_dict(wanted),
                "reason": reason,
            },
        )
        return pay_store.get_change(ctx.ledger, cid)


def _as_dict(d: BankDetails) -> dict[str, str]:
    return {f: getattr(d, f) for f in banking.FIELDS}


def _decide(ctx: Context, change_id: int, action: str, comment: str) -> BankChange:
    require(ctx, action)
    comment = (comment or "").strip()[:MAX_REASON]
    with ctx.ledger.atomic():
        change = pay_store.get_change(ctx.ledger, int(change_id))
        _require_partner(ctx, change.partner_id, change.partner)
        require_transition(
            action, change.status, _what(change.id), change.decided_by, change.decided_at
        )
        if action == "bank.withdraw":
            if change.requested_by.casefold() != ctx.user.name.casefold():
                raise PermissionDenied(
                    "bank.withdraw_not_own", id=change.id, by=change.requested_by
                )
        else:
            require_not_proposer(
                ctx, change.requested_by, _what(change.id), "permission.four_eyes_bank"
            )
        status = {
            "bank.confirm": BankChangeStatus.CONFIRMED,
            "bank.reject": BankChangeStatus.REJECTED,
            "bank.withdraw": BankChangeStatus.WITHDRAWN,
        }[action]
        now = ctx.now()
        pay_store.decide_change(ctx.ledger, change.id, status.value, ctx.user.name, now, comment)
        data: dict = {"change": change.id, "partner": change.partner, "comment": comment,
                      "requested_by": change.requested_by}  # fmt: skip
        if action == "bank.confirm":
            before = pay_store.payee(ctx.ledger, change.partner_id)
            pay_store.set_payee(ctx.ledger, change.partner_id, change.details, now)
            data["before"] = _as_dict(before.details)
            data["after"] = _as_dict(change.details)
        record(ctx, action, "partner", change.partner_id, data)
        return pay_store.get_change(ctx.ledger, change.id)


def confirm(ctx: Context, change_id: int, comment: str = "") -> BankChange:
    """The second person's confirmation: from now on the partner is paid to the new details."""
    return _decide(ctx, change_id, "bank.confirm", comment)


def reject(ctx: Context, change_id: int, comment: str = "") -> BankChange:
    return _decide(ctx, change_id, "bank.reject", comment)


def withdraw(ctx: Context, change_id: int, comment: str = "") -> BankChange:
    return _decide(ctx, change_id, "bank.withdraw", comment)


def changes(ctx: Context, status: str | None = None) -> list[BankChange]:
    """Requests this person may see (a regional manager: partners with a store in their
    region)."""
    found = pay_store.list_changes(ctx.ledger, status)
    if ctx.user.role != Role.REGIONAL_MANAGER:
        return found
    return [
        c for c in found
        if ctx.user.region in store_rows.partner_regions(ctx.ledger, c.partner_id)
    ]  # fmt: skip


def to_confirm(ctx: Context) -> list[BankChange]:
    """Pending requests this person may confirm (not their own)."""
    if ctx.user.role not in (Role.HQ_FINANCE, Role.REGIONAL_MANAGER):
        return []
    # (may_act_on implies the region filter of `changes`: it is not asked twice per request)
    return [
        c for c in pay_store.list_changes(ctx.ledger, BankChangeStatus.PENDING.value)
        if c.requested_by.casefold() != ctx.user.name.casefold()
        and may_act_on(ctx, c.partner_id)
    ]  # fmt: skip
