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


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """The catalogue's language is the process's: a test that speaks Chinese (a command with
    --lang zh_CN) leaves English behind for the next test of its worker."""
    yield
    from dealer_app import i18n

    if i18n.language() != "en":
        i18n.set_language("en")


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


# --- both backends ------------------------------------------------------------------------------
#: Test folders whose ledger tests run on both backends (the rest use the single-file ledger).
BOTH_BACKENDS = ("storage", "services", "cli", "security")


def pytest_collection_modifyitems(config, items):  # noqa: ANN001
    """A test runs on PostgreSQL too when it uses a ledger, lives in one of BOTH_BACKENDS and is
    not marked `sqlite_only` (it is about the file itself: backups, damage, permissions)."""
    keep, drop = [], []
    for item in items:
        spec = getattr(item, "callspec", None)
        if spec is not None and spec.params.get("backend") == "pg":
            folder = Path(str(item.fspath)).parent.name
            chosen = any(
                m.args and m.args[0] == "backend" for m in item.iter_markers("parametrize")
            )
            if not chosen and (
                folder not in BOTH_BACKENDS or item.get_closest_marker("sqlite_only")
            ):
                drop.append(item)
                continue
        keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(params=["sqlite", "pg"])
def backend(request) -> str:  # noqa: ANN001
    return request.param


@pytest.fixture(scope="session")
def pg_server():
    """This test process's throwaway PostgreSQL cluster with a seeded template ledger."""
    from pg_cluster import SUPERUSER, SUPERUSER_PASSWORD, Cluster, why_unavailable

    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    from dealer_app.services.context import fixed_clock
    from dealer_app.services.setup import init_server

    cluster = Cluster().start()
    try:
        su = cluster.superuser_conn()
        su.execute("CREATE DATABASE tpl")
        su.close()
        init_server(
            cluster.url("tpl"),
            PASSWORD,
            fixed_clock(DEC_16_2025),
            owner=SUPERUSER,
            owner_password=SUPERUSER_PASSWORD,
        )
        yield cluster
    finally:
        cluster.stop()


class PgLedgers:
    """One test's server ledger: a database copied from the template, connections per login."""

    counter = 0

    def __init__(self, cluster) -> None:  # noqa: ANN001
        PgLedgers.counter += 1
        self.cluster = cluster
        self.db = f"t{os.getpid()}_{PgLedgers.counter}"
        su = cluster.superuser_conn()
        su.execute(f'CREATE DATABASE "{self.db}" TEMPLATE tpl')
        from dealer_app.storage.pg_schema import database_settings, role_names, role_prefix

        database_settings(su.cursor(), self.db, role_names(role_prefix("tpl")))
        su.close()
        self.url = cluster.url(self.db)
        self.open: list = []

    def connect(self, name: str, password: str = PASSWORD):
        from dealer_app.storage.pg import open_server

        led = open_server(self.url, name, password)
        self.open.append(led)
        return led

    def close(self) -> None:
        for led in self.open:
            led.close()
        su = self.cluster.superuser_conn()
        try:
            su.execute(f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)')
            drop_test_logins(su)
        finally:
            su.close()


def empty_server_database(request) -> str:  # noqa: ANN001
    """The URL of a new empty database on this process's test server, dropped (with the logins
    the test made) when the test ends."""
    cluster = request.getfixturevalue("pg_server")
    PgLedgers.counter += 1
    db = f"e{os.getpid()}_{PgLedgers.counter}"
    su = cluster.superuser_conn()
    su.execute(f'CREATE DATABASE "{db}"')
    su.close()

    def drop() -> None:
        su = cluster.superuser_conn()
        try:
            su.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
            drop_test_logins(su)
            prefix = f"dd_{db}_"
            for (name,) in su.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (prefix + "%",)
            ).fetchall():
                su.execute(f'DROP OWNED BY "{name}" CASCADE')
                su.execute(f'DROP ROLE IF EXISTS "{name}"')
        finally:
            su.close()

    request.addfinalizer(drop)
    return cluster.url(db)


def drop_test_logins(su) -> None:  # noqa: ANN001
    """Every login a test made (the template's admin and the superuser stay)."""
    rows = su.execute(
        "SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname NOT IN ('postgres', 'admin')"
    ).fetchall()
    for (name,) in rows:
        su.execute(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def ledger(backend: str, request, ledger_path: Path, seeded_template: Path):  # noqa: ANN001
    """A fresh, seeded ledger (7 regions, YE2025, admin with PASSWORD): a copy of the template,
    exactly what `init_ledger` (or on PostgreSQL `init_server`) makes; connected as admin."""
    if backend == "pg":
        pgl = PgLedgers(request.getfixturevalue("pg_server"))
        try:
            led = pgl.connect("admin")
            led.test_servers = pgl
            yield led
        finally:
            pgl.close()
        return
    import shutil

    from dealer_app.storage.db import open_ledger

    shutil.copyfile(seeded_template, ledger_path)
    led = open_ledger(ledger_path)
    yield led
    led.close()


def ledger_as(ledger, name: str):  # noqa: ANN001, ANN201
    """The ledger as `name` works in it: the same object for a file; on a server, a connection
    of that login's own (the database knows who acts from the login, never from the program)."""
    if not ledger.is_server:
        return ledger
    return ledger.test_servers.connect(name)


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
        return Context(ledger_as(ledger, user.name), user, clock or fixed_clock(DEC_16_2025))

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
