"""Start-up: the sign-in dialog shows while the ledger is still being opened; its integrity check
runs in the background, writes wait for it, and a ledger that fails it is closed with a message
whether the user has signed in yet or not; the start imports neither the screens nor the heavy
libraries."""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialogButtonBox

from dealer_app.ui.dialogs.sign_in import SignInDialog

PASSWORD = "password1"  # as in conftest.py
PAGE = 4096


def _submit_at_once(dialog: SignInDialog, name: str, password: str) -> None:
    """What a fast user (or the benchmark) does: type and press Enter before the check ends."""
    dialog.name_edit.setText(name)
    dialog.password_edit.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _session_state(qtbot, controller) -> dict:  # noqa: ANN001
    from dealer_app.ui.tasks import run_session_op

    out: dict = {}
    run_session_op(
        None,
        lambda s: {"ctx": s.ctx, "pending": s.pending, "ledger": s.ledger},
        out.update,
    )
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    return out


def test_the_dialog_shows_before_the_check_and_a_quick_sign_in_waits_for_it(
    qtbot, data_dir, ledger_path, qapp
):
    from dealer_app.ui.app import AppController

    controller = AppController()
    try:
        controller.start(ledger_path)
        dialog = controller.dialog  # shown at once, not after the worker opened the ledger
        assert isinstance(dialog, SignInDialog)
        assert dialog.checking
        assert not controller.tasks.idle  # the ledger is being opened and checked
        _submit_at_once(dialog, "hq", PASSWORD)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        window = controller.window
        qtbot.addWidget(window)
        assert window.session.user.name == "hq"
        assert window.session.ledger_path == ledger_path
        assert dialog.info is window.session  # loaded on the worker with the sign-in
        window.close()
    finally:
        controller.shutdown()


def _damaged_copy(path: Path) -> bytes:
    """The ledger with the pages of its letters table and indexes overwritten (nothing the
    sign-in reads): the file still starts like a ledger, only the integrity check finds the
    damage."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(path)) as conn:
        pages = [
            r[0]
            for r in conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'letters' AND rootpage > 0"
            )
        ]
    data = bytearray(path.read_bytes())
    noise = random.Random(7)
    for page in pages:
        start = (page - 1) * PAGE
        data[start : start + PAGE] = noise.randbytes(PAGE)
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def held_check(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201 - a threading.Event
    """The background integrity check waits for the returned gate before it reads the file (a
    ledger too big to check before the user has signed in, made deterministic)."""
    import threading

    from dealer_app.storage.db import IntegrityCheck

    gate = threading.Event()
    real = IntegrityCheck._check

    def held(self):  # noqa: ANN001, ANN202
        assert gate.wait(20), "the test never released the integrity check"
        return real(self)

    monkeypatch.setattr(IntegrityCheck, "_check", held)
    yield gate
    gate.set()


def _ends_refused(qtbot, controller, ledger_path: Path, damaged: bytes):  # noqa: ANN001, ANN202
    """The common end of a damaged ledger: the message box, no main window, nothing open on the
    worker, the file exactly as it was."""
    from dealer_app.ui.dialogs.unusable import UnusableLedgerBox

    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnusableLedgerBox), timeout=10_000)
    box = controller.dialog
    assert "is damaged" in box.informativeText()
    qtbot.waitUntil(lambda: controller.tasks.idle, timeout=10_000)
    assert controller.window is None
    state = _session_state(qtbot, controller)
    assert state == {"ctx": None, "pending": None, "ledger": None}
    controller.tasks.shutdown()  # closes the worker's connection: the file is as it will stay
    assert ledger_path.read_bytes() == damaged  # never written to
    return box


def test_a_damaged_ledger_is_refused_whenever_its_check_ends(qtbot, data_dir, ledger_path, qapp):
    """Typed at once, on a real damaged file: whether the check ends before or after the
    sign-in, the end is the same."""
    from dealer_app.domain.errors import LedgerUnusable
    from dealer_app.storage.db import open_ledger
    from dealer_app.ui.app import AppController

    damaged = _damaged_copy(ledger_path)
    with pytest.raises(LedgerUnusable) as refused:
        open_ledger(ledger_path)  # the command line checks before anything else
    assert refused.value.code == "ledger.damaged"

    controller = AppController()
    try:
        controller.start(ledger_path)
        dialog = controller.dialog
        assert isinstance(dialog, SignInDialog)
        _submit_at_once(dialog, "hq", PASSWORD)
        box = _ends_refused(qtbot, controller, ledger_path, damaged)
        assert not dialog.isVisible()
        box.close()
    finally:
        controller.shutdown()


def test_a_check_failing_before_the_sign_in_closes_the_dialog(
    qtbot, data_dir, ledger_path, qapp, held_check
):
    from dealer_app.ui.app import AppController

    damaged = _damaged_copy(ledger_path)
    controller = AppController()
    try:
        controller.start(ledger_path)
        dialog = controller.dialog
        assert isinstance(dialog, SignInDialog)
        qtbot.waitUntil(lambda: controller.tasks.idle, timeout=10_000)  # opened; check held
        held_check.set()  # the user is still typing when the check fails
        box = _ends_refused(qtbot, controller, ledger_path, damaged)
        assert not dialog.isVisible() and dialog.user is None
        box.close()
    finally:
        controller.shutdown()


def test_after_a_sign_in_writes_wait_for_the_check_and_a_failed_check_closes_the_window(
    qtbot, data_dir, ledger_path, qapp, held_check
):
    """The check of a big ledger may end after the user is in: the main window shows at once,
    a write waits for the check and is refused when it fails; then the window closes."""
    from dealer_app.domain.errors import LedgerUnusable
    from dealer_app.ui.app import AppController
    from dealer_app.ui.tasks import run_op

    damaged = _damaged_copy(ledger_path)
    controller = AppController()
    try:
        controller.start(ledger_path)
        _submit_at_once(controller.dialog, "hq", PASSWORD)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        window = controller.window
        assert window.isVisible() and window.session.user.name == "hq"

        def write(ctx) -> None:  # noqa: ANN001 - any write: it waits for the check first
            with ctx.ledger.atomic():
                ctx.ledger.execute("UPDATE settings SET value = value")

        outcome: list = []
        run_op(None, write, outcome.append, outcome.append)
        assert not controller.tasks.idle and outcome == []  # waiting for the check
        held_check.set()
        qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
        assert isinstance(outcome[0], LedgerUnusable) and outcome[0].code == "ledger.damaged"
        box = _ends_refused(qtbot, controller, ledger_path, damaged)
        assert not shiboken6.isValid(window) or not window.isVisible()
        backups = data_dir / "ledger-backups"
        assert not backups.exists() or not list(backups.glob("auto-*"))  # no damaged copy
        box.close()
    finally:
        controller.shutdown()


def test_the_days_copy_is_made_in_the_background_after_the_check(
    qtbot, data_dir, ledger_path, qapp, held_check
):
    from dealer_app.ui.app import AppController

    controller = AppController()
    try:
        controller.start(ledger_path)
        _submit_at_once(controller.dialog, "hq", PASSWORD)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        qtbot.addWidget(controller.window)
        import datetime as dt

        # Named by the machine's date: copies are kept by the real calendar, whatever the
        # training ledger's business date says.
        copy = data_dir / "ledger-backups" / f"auto-ledger-{dt.date.today():%Y-%m-%d}.sqlite3"
        assert not copy.exists()  # the sign-in did not wait for it; it waits for the check
        held_check.set()
        qtbot.waitUntil(copy.exists, timeout=10_000)
        controller.window.close()
    finally:
        controller.shutdown()


def test_a_sign_in_to_a_damaged_second_ledger_does_not_fall_back_to_the_open_one(
    qtbot, data_dir, ledger_path, qapp
):
    import shutil

    from dealer_app.ui.app import AppController
    from dealer_app.ui.dialogs.unusable import UnusableLedgerBox

    other = data_dir / "other.sqlite3"
    shutil.copy(ledger_path, other)
    _damaged_copy(other)
    controller = AppController()
    try:
        controller.start(ledger_path)
        _submit_at_once(controller.dialog, "hq", PASSWORD)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        first = controller.window
        qtbot.addWidget(first)

        first.open_ledger_requested.emit(other)  # File > Open ledger… chose the damaged file
        dialog = controller.dialog
        assert isinstance(dialog, SignInDialog) and dialog.ledger_path == other
        _submit_at_once(dialog, "mgr.central", PASSWORD)
        qtbot.waitUntil(lambda: isinstance(controller.dialog, UnusableLedgerBox), timeout=10_000)
        qtbot.waitUntil(lambda: controller.tasks.idle, timeout=10_000)
        assert dialog.user is None
        assert controller.window is first  # still the first ledger's window, as hq
        state = _session_state(qtbot, controller)
        assert state["ctx"].user.name == "hq"
        assert state["ledger"].path == ledger_path and state["pending"] is None
        controller.dialog.close()
        first.close()
    finally:
        controller.shutdown()


def test_the_sign_in_goes_only_to_the_ledger_its_dialog_names(qtbot, tasks, ledger_path, tmp_path):
    from dealer_app.ui.dialogs.sign_in import sign_in_to
    from dealer_app.ui.tasks import NotSignedIn, run_session_op

    outcomes: list = []

    def attempt(fn) -> None:  # noqa: ANN001
        run_session_op(None, fn, outcomes.append, outcomes.append)
        qtbot.waitUntil(lambda: tasks.idle)

    # Nothing opened for this sign-in (its check failed, or it is still to come).
    attempt(lambda s: sign_in_to(s, ledger_path, "hq", PASSWORD, True))
    attempt(lambda s: s.open(ledger_path))
    # Another file than the one that was opened and checked.
    attempt(lambda s: sign_in_to(s, tmp_path / "other.sqlite3", "hq", PASSWORD, True))
    attempt(lambda s: sign_in_to(s, ledger_path, "hq", PASSWORD, True))
    refused, _opened, other, signed_in = outcomes
    assert isinstance(refused, NotSignedIn)
    assert isinstance(other, NotSignedIn)
    user, info = signed_in
    assert user.name == "hq" and info.ledger_path == ledger_path
    # Switching user on the ledger that is open: nothing pending, the current one is used.
    attempt(lambda s: sign_in_to(s, ledger_path, "mgr.central", PASSWORD, False))
    assert outcomes[-1][0].name == "mgr.central"
    attempt(lambda s: sign_in_to(s, ledger_path, "hq", PASSWORD, True))  # nothing pending now
    assert isinstance(outcomes[-1], NotSignedIn)


def test_the_start_imports_no_screen_and_no_heavy_library():
    code = (
        "import sys\n"
        "from dealer_app.logging_setup import setup_logging\n"
        "from dealer_app.ui.app import AppController, create_application\n"
        "from dealer_app.ui.dialogs.sign_in import SignInDialog\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    heavy = ("reportlab", "openpyxl", "pypdf", "sqlite_utils", "PySide6.QtCharts", "PySide6.QtPdf")
    assert [m for m in out if m.startswith(heavy)] == []
    assert [m for m in out if m.startswith("dealer_app.ui.screens")] == []
    assert "dealer_app.ui.main_window" not in out
    # Only the light seam the worker thread needs to open a ledger and sign in (no use case,
    # no domain models: those come with the main window).
    seam = {
        "dealer_app.services",
        "dealer_app.services.session",
        "dealer_app.services.changes",
        "dealer_app.services.batch",
    }
    assert [m for m in out if m.startswith("dealer_app.services") and m not in seam] == []
    assert "dealer_app.domain.models" not in out
