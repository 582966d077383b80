"""Partners (the dealer companies behind stores) and their payee details.

A partner's bank and account are where its subsidies are paid and what its payout letters
print. A store edit or an import never changes them: changing them is its own action, audited
with the details before and after. A regional manager may change them only for a partner whose
stores are all in their region (a partner shared with another region is HQ finance's); the next
letters print the new details.
"""

from __future__ import annotations

from dealer_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Partner, Role
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import require
from dealer_app.storage import stores as store_rows

MAX_BANK = 100
MAX_ACCOUNT = 40


def list_partners(ctx: Context, search: str = "") -> list[Partner]:
    """Partners with at least one store the user may see (all for HQ and administrators)."""
    found = store_rows.list_partners(ctx.ledger, search[:200])
    if ctx.user.role != Role.REGIONAL_MANAGER:
        return found
    return [p for p in found if ctx.user.region in store_rows.partner_regions(ctx.ledger, p.id)]


def get_partner(ctx: Context, key: str | int) -> Partner:
    """A partner by id, by credit code or by the code of one of its stores."""
    text = str(key).strip()
    pid = None
    if text.isdigit() and len(text) < 12:
        pid = int(text)
    else:
        pid = store_rows.partner_id_by_key(ctx.ledger, text)
    if pid is None:
        raise NotFound("partner.not_found", id=text)
    return store_rows.get_partner(ctx.ledger, pid)


def may_change_bank(ctx: Context, partner_id: int) -> bool:
    regions = store_rows.partner_regions(ctx.ledger, partner_id)
    if ctx.user.role == Role.HQ_FINANCE:
        return True
    return ctx.user.role == Role.REGIONAL_MANAGER and regions == {ctx.user.region}


def change_bank(
    ctx: Context, partner_id: int, bank: str, account: str, reason: str = ""
) -> Partner:
    """Change where a partner is paid. Audited ("partner.bank") with before and after."""
    require(ctx, "partner.bank")
    bank, account, reason = bank.strip(), " ".join(account.split()), reason.strip()
    if not bank or len(bank) > MAX_BANK or any(ord(c) < 32 for c in bank):
        raise InvalidInput("partner.bank_invalid", most=MAX_BANK)
    digits = account.replace(" ", "").replace("-", "")
    if not digits.isascii() or not digits.isdigit() or not 6 <= len(digits) <= MAX_ACCOUNT:
        raise InvalidInput("partner.account_invalid", most=MAX_ACCOUNT)
    with ctx.ledger.atomic():
        before = store_rows.get_partner(ctx.ledger, partner_id)
        if not may_change_bank(ctx, partner_id):
            regions = sorted(store_rows.partner_regions(ctx.ledger, partner_id))
            raise PermissionDenied(
                "partner.bank_other_region", partner=before.name, regions=regions
            )
        if (before.bank, before.account) == (bank, account):
            return before
        store_rows.set_partner_bank(ctx.ledger, partner_id, bank, account)
        record(
            ctx,
            "partner.bank",
            "partner",
            partner_id,
            {
                "partner": before.name,
                "credit_code": before.credit_code,
                "before": {"bank": before.bank, "account": before.account},
                "after": {"bank": bank, "account": account},
                "reason": reason,
            },
        )
        return store_rows.get_partner(ctx.ledger, partner_id)


def payee_differences(held: Partner, bank: str, account: str, name: str) -> list[Msg]:
    """How a store's form or an import row would change a partner it names (it does not)."""
    out = []
    if name and name != held.name:
        out.append(Msg("partner.differs.name", {"held": held.name, "given": name}))
    if bank and bank != held.bank:
        out.append(Msg("partner.differs.bank", {"held": held.bank or "-", "given": bank}))
    if account and " ".join(account.split()) != held.account:
        out.append(Msg("partner.differs.account", {"held": held.account or "-", "given": account}))
    return out
