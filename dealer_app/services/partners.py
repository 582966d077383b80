"""Partners (the dealer companies behind stores) and their payee details.

A partner's bank and account are where its subsidies are paid and what its payout letters
print. A store edit or an import never changes them: changing them is its own action with four
eyes (services/banking.py: one person requests, a second confirms). A regional manager may
change them only for a partner whose stores are all in their region (a partner shared with
another region is HQ finance's); the next letters print the new details.
"""

from __future__ import annotations

from dealer_app.domain.errors import NotFound
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Partner, Role
from dealer_app.services.context import Context
from dealer_app.storage import stores as store_rows


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
