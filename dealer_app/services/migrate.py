"""Moving in: a whole ledger file into an empty server ledger (`dealer-app migrate FILE URL`).

The file's audit chain is verified first; stores, partners, performance, policies and their
versions, subsidies, closures, letters and their numbers, settings, users and the whole audit
history are copied in one transaction, as the server ledger's owner; the chain is verified
again on the server, and the counts of both sides are returned to be shown side by side.

Users become server logins. Nobody signs in with a password that was not set for them: the
one administrator named here gets the password given; every other login has none until an
administrator sets it (`dealer-app user passwd NAME`), and locked accounts stay disabled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dealer_app.domain.errors import Conflict, InvalidInput
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Role
from dealer_app.storage import audit as audit_store
from dealer_app.storage import transfer
from dealer_app.storage import users as user_store
from dealer_app.storage.db import open_ledger


@dataclass
class Migration:
    source: dict[str, int] = field(default_factory=dict)
    dest: dict[str, int] = field(default_factory=dict)
    entries: int = 0
    #: Accounts that need a password from an administrator before they can sign in.
    without_password: list[str] = field(default_factory=list)


def migrate(
    source: Path | str,
    dest_url: str,
    admin_name: str,
    admin_password: str,
    *,
    owner: str | None = None,
    owner_password: str | None = None,
    progress: transfer.Progress | None = None,
) -> Migration:
    from dealer_app.services.users import server_secret, validate_password
    from dealer_app.storage import pg, pg_schema

    validate_password(admin_password)
    src = open_ledger(Path(source))
    try:
        with src.snapshot():
            checked, problems = audit_store.verify(src)
            if problems:
                raise InvalidInput("migrate.chain_broken", path=str(source), problem=problems[0])
            people = user_store.list_all(src)
            admin = next((u for u in people if u.name.lower() == admin_name.lower()), None)
            if admin is None or admin.role != Role.ADMIN or admin.locked:
                raise InvalidInput("migrate.no_such_admin", name=admin_name, path=str(source))
            result = Migration(source=transfer.counts(src), entries=checked)

            def copy(raw) -> None:  # noqa: ANN001 - in the schema's own transaction
                taken = pg_schema.logins_taken(raw, [u.name for u in people])
                if taken:
                    raise Conflict("migrate.logins_exist", names=", ".join(taken))
                transfer.copy_all(src, pg.PgLedger(dest_url, raw), progress)
                for u in people:
                    secret = server_secret(admin_password) if u is admin else None
                    pg_schema.create_login(raw, u.name, u.role.value, secret, not u.locked)
                    if u is not admin and not u.locked:
                        result.without_password.append(u.name)

            raw = pg_schema.initialise(dest_url, owner, owner_password, then=copy)
            try:
                dest = pg.PgLedger(dest_url, raw)
                with pg_schema.as_owner(raw), dest.snapshot():
                    result.dest = transfer.counts(dest)
                    entries, problems = audit_store.verify(dest)
                if problems or entries != checked:
                    raise InvalidInput(
                        "migrate.chain_broken",
                        path=dest.location,
                        problem=problems[0] if problems else Msg("migrate.entries_differ"),
                    )
            finally:
                raw.close()
    finally:
        src.close()
    return result
