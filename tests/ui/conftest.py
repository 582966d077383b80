"""Fixtures for the GUI tests: a tmp data folder (so QSettings and ledgers never touch the real
user folders), a small ledger built once per session and copied per test, a running task
manager, a signed-in main window."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

PASSWORD = "password1"
TODAY = "2025-12-16"

#: (code, name, partner, region, province, city, type, opened, status)
STORES = [
    (
        "C001",
        "武汉光谷汽车融合店",
        "武汉光谷汽车销售服务有限公司",
        "CENTRAL",
        "湖北",
        "武汉",
        "car_integration_store",
        "2024-05-01",
        "open",
    ),
    (
        "C002",
        "武汉汉口交付中心",
        "武汉汉口汽车销售服务有限公司",
        "CENTRAL",
        "湖北",
        "武汉",
        "delivery_center",
        "2025-03-10",
        "open",
    ),
    (
        "C003",
        "长沙岳麓汽车融合店",
        "长沙岳麓汽车销售服务有限公司",
        "CENTRAL",
        "湖南",
        "长沙",
        "car_integration_store",
        "2025-12-15",
        "open",
    ),
    (
        "C004",
        "郑州二七零售店",
        "郑州二七商贸有限公司",
        "CENTRAL",
        "河南",
        "郑州",
        "retail_store",
        "2023-01-05",
        "open",
    ),
    (
        "C005",
        "衡阳雁峰汽车融合店",
        "衡阳雁峰汽车销售服务有限公司",
        "CENTRAL",
        "湖南",
        "衡阳",
        "car_integration_store",
        None,
        "planned",
    ),
    (
        "E001",
        "上海浦东汽车融合店",
        "上海浦东汽车销售服务有限公司",
        "EAST",
        "上海",
        "上海",
        "car_integration_store",
        "2022-08-08",
        "open",
    ),
    (
        "E002",
        "杭州西湖交付中心",
        "杭州西湖汽车销售服务有限公司",
        "EAST",
        "浙江",
        "杭州",
        "delivery_center",
        "2025-06-30",
        "open",
    ),
    (
        "E003",
        "南京鼓楼售后服务中心",
        "南京鼓楼汽车服务有限公司",
        "EAST",
        "江苏",
        "南京",
        "service_center",
        "2021-04-01",
        "open",
    ),
    (
        "N001",
        "北京海淀汽车融合店",
        "北京海淀汽车销售服务有限公司",
        "NORTH",
        "北京",
        "北京",
        "car_integration_store",
        "2024-12-31",
        "open",
    ),
    (
        "N002",
        "天津滨海店中店",
        "天津滨海商贸有限公司",
        "NORTH",
        "天津",
        "天津",
        "store_in_store",
        "2024-02-02",
        "open",
    ),
    (
        "S001",
        "广州天河汽车融合店",
        "广州天河汽车销售服务有限公司",
        "SOUTH",
        "广东",
        "广州",
        "car_integration_store",
        "2025-01-01",
        "open",
    ),
    (
        "S002",
        "深圳南山汽车融合店",
        "深圳南山汽车销售服务有限公司",
        "SOUTH",
        "广东",
        "深圳",
        "car_integration_store",
        "2025-12-14",
        "open",
    ),
]
ELIGIBLE_CODES = {"C001", "C002", "E001", "E002", "N001", "S001", "S002"}


def _build_template(path: Path) -> None:
    from dealer_app.domain.models import Store, StoreStatus, StoreType
    from dealer_app.services.context import fixed_clock
    from dealer_app.services.setup import init_ledger
    from dealer_app.services.stores import save_store
    from dealer_app.services.users import add_user, sign_in

    clock = fixed_clock(dt.date(2025, 12, 16))
    ledger = init_ledger(path, PASSWORD, clock)
    try:
        admin = sign_in(ledger, "admin", PASSWORD, clock)
        add_user(admin, "hq", "hq_finance", None, PASSWORD)
        add_user(admin, "hq2", "hq_finance", None, PASSWORD)
        add_user(admin, "mgr.central", "regional_manager", "CENTRAL", PASSWORD)
        from dealer_app.storage import settings as settings_store

        # A training ledger dated 2025-12-16 (as `settings set business_date` makes it, minus
        # the audit entry: the audit screen's tests count this template's entries).
        with ledger.atomic():
            settings_store.put(ledger, "business_date", TODAY)
        hq = sign_in(ledger, "hq", PASSWORD, clock)
        for code, name, partner, region, province, city, kind, opened, status in STORES:
            save_store(
                hq,
                Store(
                    code=code,
                    name=name,
                    partner_name=partner,
                    region=region,
                    province=province,
                    city=city,
                    store_type=StoreType(kind),
                    established_on=dt.date.fromisoformat(opened) if opened else None,
                    status=StoreStatus(status),
                ),
                new=True,
            )
    finally:
        ledger.close()


@pytest.fixture(scope="session")
def ledger_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "ledger.sqlite3"
    _build_template(path)
    return path


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Everything the app writes (ledgers, desktop.ini settings, logs) goes under tmp_path."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("DEALER_APP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def ledger_path(data_dir: Path, ledger_template: Path) -> Path:
    path = data_dir / "ledger.sqlite3"
    shutil.copy(ledger_template, path)
    return path


@pytest.fixture
def tasks(qapp, data_dir: Path) -> Iterator:  # noqa: ANN001
    from dealer_app.ui.tasks import TaskManager

    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def wait_idle(qtbot, tasks):  # noqa: ANN001, ANN201
    """Wait until every op (and the ops their results started) has finished."""

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: tasks.idle, timeout=timeout)
        qtbot.wait(30)  # results may start further ops (page fetches)
        qtbot.waitUntil(lambda: tasks.idle, timeout=timeout)

    return wait


#: The template's people, whose logins a server ledger keeps for the whole session.
TEMPLATE_PEOPLE = ("admin", "hq", "hq2", "mgr.central")


@pytest.fixture(scope="session")
def ui_server(ledger_template: Path):
    """A server of the GUI tests' own, holding the template ledger (moved in with `migrate`)
    as a template database; None when no PostgreSQL server binaries are installed."""
    from pg_cluster import SUPERUSER, SUPERUSER_PASSWORD, Cluster, why_unavailable

    if why_unavailable():
        yield None
        return
    from dealer_app.services.migrate import migrate

    cluster = Cluster().start()
    try:
        su = cluster.superuser_conn()
        su.execute("CREATE DATABASE uitpl")
        su.close()
        url = cluster.url("uitpl")
        migrate(
            ledger_template,
            url,
            "admin",
            PASSWORD,
            owner=SUPERUSER,
            owner_password=SUPERUSER_PASSWORD,
        )
        # The others' passwords, set as the server's administrator would (not through the
        # ledger: its audit log stays the template's, entry for entry)
        from psycopg import sql

        from dealer_app.storage.pg import scram_verifier

        su = cluster.superuser_conn()
        for name in TEMPLATE_PEOPLE[1:]:
            su.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(scram_verifier(PASSWORD))
                )
            )
        su.close()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def ledger_location(backend: str, request, ledger_path: Path):  # noqa: ANN001
    """The test's ledger: the file, or (backend pg) a server database copied from the template."""
    if backend != "pg":
        yield ledger_path
        return
    cluster = request.getfixturevalue("ui_server")
    if cluster is None:
        from pg_cluster import why_unavailable

        pytest.skip(why_unavailable())
    import os

    from dealer_app.storage.pg_schema import database_settings, role_names, role_prefix

    db = f"ui{os.getpid()}_{len(request.node.nodeid) % 9973}_{id(request) % 10007}"
    su = cluster.superuser_conn()
    su.execute(f'CREATE DATABASE "{db}" TEMPLATE uitpl')
    database_settings(su.cursor(), db, role_names(role_prefix("uitpl")))
    su.close()
    yield cluster.url(db)
    su = cluster.superuser_conn()
    try:
        su.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        keep = ", ".join(f"'{n}'" for n in ("postgres", *TEMPLATE_PEOPLE))
        for (name,) in su.execute(
            f"SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname NOT IN ({keep})"
        ).fetchall():
            su.execute(f'DROP ROLE IF EXISTS "{name}"')
    finally:
        su.close()


@pytest.fixture
def sign_in(qtbot, tasks, ledger_location, wait_idle):  # noqa: ANN001, ANN201
    """sign_in(user) -> SessionInfo, through the worker like the sign-in dialog does."""
    from dealer_app.ui.session import load_session_info
    from dealer_app.ui.tasks import run_op, run_session_op

    def do(user: str = "hq"):  # noqa: ANN202
        out: dict = {}
        run_session_op(None, lambda s: (s.open(ledger_location), s.sign_in(user, PASSWORD)))
        run_op(None, load_session_info, lambda info: out.setdefault("info", info))
        qtbot.waitUntil(lambda: "info" in out, timeout=10_000)
        wait_idle()
        return out["info"]

    return do


@pytest.fixture
def main_window(qtbot, sign_in, wait_idle):  # noqa: ANN001, ANN201
    """main_window(user) -> a shown MainWindow signed in as `user`."""
    from dealer_app.ui.main_window import MainWindow

    def make(user: str = "hq") -> MainWindow:
        window = MainWindow(sign_in(user))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        wait_idle()
        return window

    return make


@pytest.fixture
def worker_call(qtbot, wait_idle):  # noqa: ANN001, ANN201
    """worker_call(fn) -> fn(ctx) run on the ledger worker (the test's own reads of the ledger)."""
    from dealer_app.ui.tasks import run_op

    def call(fn):  # noqa: ANN001, ANN202
        out: dict = {}
        run_op(None, fn, lambda r: out.setdefault("r", r), lambda e: out.setdefault("e", e))
        qtbot.waitUntil(lambda: bool(out), timeout=10_000)
        if "e" in out:
            raise out["e"]
        return out["r"]

    return call


def type_text(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Type like a user: keys for ASCII, an input-method commit for Chinese (what a pinyin IME
    sends; QTest cannot synthesise non-ASCII key presses)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def type_into():  # noqa: ANN201
    """type_into(qtbot, widget, text): type ASCII or Chinese into a line edit."""
    return type_text


def find_top_level(object_name: str):  # noqa: ANN201
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        if w.objectName() == object_name and w.isVisible():
            return w
    return None


@pytest.fixture
def top_level():  # noqa: ANN201
    """top_level(object_name) -> the visible top-level widget with that name, or None."""
    return find_top_level


@pytest.fixture(autouse=True)
def _close_boxes(qapp) -> Iterator[None]:  # noqa: ANN001
    yield
    from PySide6.QtWidgets import QApplication, QMessageBox

    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


def as_user(location: Path | str, user: str, fn):  # noqa: ANN001, ANN201
    """Run `fn(ctx)` as `user` on the test's ledger (a file, or a server ledger through that
    user's own login) before, or beside, the GUI's own session."""
    from dealer_app.services.users import sign_in
    from dealer_app.storage.db import open_ledger
    from dealer_app.storage.location import is_server_location
    from dealer_app.storage.pg import open_server

    if is_server_location(location):
        ledger = open_server(str(location), user, PASSWORD)
    else:
        ledger = open_ledger(location)
    try:
        return fn(sign_in(ledger, user, PASSWORD))
    finally:
        ledger.close()
