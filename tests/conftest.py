"""Shared fixtures. QT_QPA_PLATFORM is set before anything can import PySide6: without a
display Qt would abort otherwise. Every test gets its own data folder, so nothing touches the
real user's ledger, logs or backups."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import datetime as dt  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

PASSWORD = "password1"
#: A fixed moment inside YE2025's validity, for services that read the clock.
DEC_16_2025 = dt.datetime(2025, 12, 16, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("DEALER_APP_DATA_DIR", str(data))
    monkeypatch.delenv("DEALER_APP_PASSWORD", raising=False)
    monkeypatch.delenv("DEALER_APP_NEW_PASSWORD", raising=False)
    monkeypatch.delenv("DEALER_APP_USER", raising=False)
    monkeypatch.setenv("DEALER_APP_TODAY", "2099-01-01")  # must move nothing (one clock)
    return data


@pytest.fixture(scope="session", autouse=True)
def _one_hash_per_password():
    """A new account's password hash is a real scrypt hash (signing in checks it for real), but
    the same password is hashed once per test session, not for every user of every test: the
    suite adds thousands of users and a hash takes 50 ms."""
    from dealer_app.services import users

    real = users.hash_password
    known: dict[str, str] = {}

    def hash_once(password: str) -> str:
        if password not in known:
            known[password] = real(password)
        return known[password]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "hash_password", hash_once)
        yield


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, seeded ledger made once per test session; each test gets a copy of the file."""
    from dealer_app.services.context import fixed_clock
    from dealer_app.services.setup import init_ledger

    path = tmp_path_factory.mktemp("seeded") / "ledger.sqlite3"
    init_ledger(path, PASSWORD, fixed_clock(DEC_16_2025)).close()
    return path


@pytest.fixture
def ledger(ledger_path: Path, seeded_template: Path):
    """A fresh, seeded ledger (7 regions, YE2025, admin with PASSWORD): a copy of the template,
    exactly what `init_ledger` makes."""
    import shutil

    from dealer_app.storage.db import open_ledger

    shutil.copyfile(seeded_template, ledger_path)
    led = open_ledger(ledger_path)
    yield led
    led.close()


@pytest.fixture
def admin(ledger):
    from dealer_app.services.context import Context, fixed_clock
    from dealer_app.storage import users

    return Context(ledger, users.get(ledger, "admin"), fixed_clock(DEC_16_2025))


@pytest.fixture
def make_user(ledger, admin) -> Callable:
    """make_user(name, role, region=None) -> a signed-in Context for a new user."""
    from dealer_app.services.context import Context, fixed_clock
    from dealer_app.services.users import add_user

    def make(name: str, role: str, region: str | None = None, clock=None):
        user = add_user(admin, name, role, region, PASSWORD)
        return Context(ledger, user, clock or fixed_clock(DEC_16_2025))

    return make


@pytest.fixture
def add_store(admin, make_user) -> Callable:
    """add_store(code, established_on, store_type=..., status=..., region=...) via the services."""
    from dealer_app.domain.models import Store, StoreStatus, StoreType
    from dealer_app.services.stores import save_store

    holder = {}

    def add(
        code: str,
        established_on: dt.date | None,
        store_type: StoreType = StoreType.CAR_INTEGRATION_STORE,
        status: StoreStatus = StoreStatus.OPEN,
        region: str = "CENTRAL",
        partner: str = "湖北华通汽车销售服务有限公司",
        on: dt.date | None = None,
    ):
        """`on`: the day the store is entered (an open store cannot open after it)."""
        if "ctx" not in holder:
            holder["ctx"] = make_user("store.keeper", "hq_finance")
        ctx = holder["ctx"]
        if on is not None:
            from dealer_app.services.context import Context, fixed_clock

            ctx = Context(ctx.ledger, ctx.user, fixed_clock(on))
        return save_store(
            ctx,
            Store(
                code,
                f"门店{code}",
                partner,
                region,
                "湖北",
                "武汉",
                store_type,
                established_on,
                status,
            ),
            new=True,
        )

    return add
