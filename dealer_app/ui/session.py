"""What the GUI knows about the signed-in session: a plain snapshot, safe on the GUI thread.

The live `Context` (with its sqlite connection) stays on the worker; screens get this instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from dealer_app.domain.models import Region, Role, User
from dealer_app.services.permissions import OPERATORS
from dealer_app.ui.formatting import region_label


@dataclass(frozen=True)
class SessionInfo:
    ledger_path: Path | str  # a shared ledger: its URL (without a password)
    user: User
    regions: tuple[Region, ...]  # every region of the ledger, in display order
    business_date: dt.date | None = None  # a training or demo ledger's date (else the machine's)
    #: A shared ledger's copy (File → Back up) gets the password its maker signed in with.
    copy_password: str | None = field(default=None, repr=False)
    #: A read-only copy of a shared ledger (the server was away): {"location", "at"}.
    copy_of: dict[str, str] | None = None

    @property
    def is_offline_copy(self) -> bool:
        return self.copy_of is not None

    def today(self) -> dt.date:
        return self.business_date or dt.date.today()

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def is_admin(self) -> bool:
        return self.user.role == Role.ADMIN

    @property
    def is_regional_manager(self) -> bool:
        return self.user.role == Role.REGIONAL_MANAGER

    @property
    def is_operator(self) -> bool:
        """May maintain stores, import, propose, approve and close (not an administrator)."""
        return self.user.role in OPERATORS

    @property
    def visible_regions(self) -> tuple[Region, ...]:
        """The regions this user sees: a regional manager only their own."""
        if self.user.role == Role.REGIONAL_MANAGER:
            return tuple(r for r in self.regions if r.code == self.user.region)
        return self.regions

    def region(self, code: str) -> Region | None:
        return next((r for r in self.regions if r.code == code), None)

    def region_name(self, code: str) -> str:
        return region_label(self.region(code), code)

    def region_short(self, code: str) -> str:
        """For chart axes: "Central" rather than "Central China" (Chinese names are short)."""
        return self.region_name(code).removesuffix(" China")


def load_session_info(ctx) -> SessionInfo:  # noqa: ANN001 - runs on the worker with a Context
    from dealer_app.services.stores import regions

    today = ctx.today()
    return SessionInfo(
        ctx.ledger.location if ctx.ledger.is_server else ctx.ledger.path,
        User(**_user_fields(ctx.user)),
        tuple(regions(ctx)),
        today if today != ctx.machine_today() else None,
        getattr(ctx.ledger, "password", None),
        ctx.ledger.copy_of,
    )


def _user_fields(user: User) -> dict:
    return {
        "name": user.name,
        "role": user.role,
        "region": user.region,
        "locked": user.locked,
        "id": user.id,
        "row_version": user.row_version,
    }
