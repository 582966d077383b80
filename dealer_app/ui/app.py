"""The desktop application: start-up, the ledger / sign-in flow, and the main window's life.

`run_gui` is what `dealer-app` (no command) and `dealer-app gui` call. The flow:

    default or given ledger ── missing ──> welcome: create empty / demo, or open another file
            │                                   │
            ├── unusable ──> message: open another file / restore the latest backup / quit
            v                                   v
         open (worker) ──────────────────> sign in ──> main window
                   ╰── meanwhile: the sign-in dialog is shown and the user types;
                       the integrity check runs in the background (fails ──> message)

Every step is asynchronous (dialogs opened with `open()`, ledger work through the task
manager), so the event loop never blocks.

Start-up time: the sign-in dialog shows at once, while the worker opens the ledger (header,
size, schema: milliseconds). The full integrity check (`PRAGMA integrity_check` reads the whole
file: about 0.26 s at 100,000 stores, seconds from a cold disk) runs in a background thread from
then on, beside the sign-in and the first screen; every write waits for it and is refused if it
fails, and a failed check closes the ledger's sign-in dialog or main window with a message
(`_ledger_damaged`; storage/db.py `IntegrityCheck`, docs/reliability.md). The day's automatic
copy is made in the background too. While the user types, the GUI thread imports what the main
window and its first screen need. Only what the sign-in dialog needs is imported with this
module; the main window, the other dialogs and every screen on first use (screens/__init__.py).
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from dealer_app import __version__
from dealer_app.domain.errors import DealerError, LedgerUnusable
from dealer_app.paths import default_ledger_path, resource_path, same_file
from dealer_app.ui import settings as desk
from dealer_app.ui.dialogs.sign_in import SignInDialog
from dealer_app.ui.first_paint import after_first_paint
from dealer_app.ui.fonts import install_cjk_fallback
from dealer_app.ui.i18n import install_translators
from dealer_app.ui.style import apply_style
from dealer_app.ui.tasks import TaskManager, run_op, run_session_op, show_error

if TYPE_CHECKING:
    from dealer_app.ui.main_window import MainWindow
    from dealer_app.ui.session import SessionInfo

logger = logging.getLogger(__name__)

#: The GUI thread and the ledger worker share the GIL. Python's default 5 ms switch interval
#: made the worker wait up to 5 ms for it before each sqlite call while the GUI thread was busy
#: (building the sign-in dialog while the worker opens the ledger), and the GUI thread as long
#: while the worker computed; 1 ms keeps both waits short.
GIL_SWITCH_INTERVAL_S = 0.001

APP_NAME = "DealerDesk"
ORG_NAME = "DealerDesk"


class AppController(QObject):
    """Owns the task manager and the current main window; runs the ledger / sign-in flow."""

    def __init__(self, user: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = TaskManager(self)
        self.tasks.ledger_damaged.connect(self._ledger_damaged)
        self.window: MainWindow | None = None
        self.user_hint = user
        self.dialog: QWidget | None = None  # the flow's current dialog (tests look at it)

    # -- the flow ----------------------------------------------------------------------------
    def start(self, ledger_path: Path | str | None = None) -> None:
        self.open_ledger(ledger_path or default_ledger_path())

    def open_ledger(self, path: Path | str) -> None:
        from dealer_app.ui.locations import as_location, is_server

        if is_server(path):
            self.open_server(str(as_location(path)))
            return
        path = Path(path).expanduser()
        if not path.exists() or path.stat().st_size == 0:
            self.show_create(path, welcome=self.window is None)
            return
        # The worker opens and checks the ledger while the sign-in dialog is already shown;
        # a sign-in submitted meanwhile runs after the check, and only if it passed. (`dialog`
        # is bound below, before any result of the worker can be delivered.)
        run_session_op(
            self,
            lambda s: s.open(path, check_later=True),
            None,
            lambda error: self._check_failed(path, error, dialog),
        )
        dialog = self.ask_sign_in(path, checking=True)
        after_first_paint(dialog, lambda: _import_in_turns(MAIN_WINDOW_MODULES))

    def open_server(self, url: str) -> None:
        """A shared ledger: named for the sign-in, which connects (the server checks the
        password); what goes wrong then is said in the sign-in dialog."""
        from dealer_app.services.location import url_user

        run_session_op(self, lambda s: s.open(url))
        self.ask_sign_in(url, user=url_user(url) or "")  # type: ignore[arg-type]

    def connect_server(self) -> None:
        """File → Connect to a shared ledger…"""
        from dealer_app.ui.dialogs.connect_server import ConnectServerDialog

        dialog = ConnectServerDialog(self.window)
        dialog.accepted.connect(lambda: self.open_server(dialog.url))
        dialog.rejected.connect(self._maybe_quit)
        self._show_dialog(dialog)

    def _check_failed(self, path: Path, error: BaseException, dialog: SignInDialog) -> None:
        """The ledger could not be opened or failed its check: nobody signed in to it (the
        sign-in refuses a ledger that is not pending). Close its sign-in dialog, say why."""
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return  # the user cancelled the sign-in meanwhile; nothing more to say
        dialog.rejected.disconnect()  # not a cancel: no quitting, nothing pending to discard
        dialog.accepted.disconnect()  # a sign-in already on its way opens no window
        dialog.reject()
        self._open_failed(path, error)

    def _ledger_damaged(self, error: LedgerUnusable) -> None:
        """An open ledger failed the integrity check that runs in the background after opening
        (nothing was written to it: writes wait for that check). Close it, whether its sign-in
        dialog or its main window is showing, and say what is wrong as for a failed open."""
        path = Path(error.params.get("path", ""))
        run_session_op(self, lambda s: s.forget(path))  # after a sign-in already queued
        dialog, window = self.dialog, self.window
        if (
            isinstance(dialog, SignInDialog)
            and shiboken6.isValid(dialog)
            and dialog.isVisible()
            and same_file(dialog.ledger_path, path)
        ):
            self._check_failed(path, error, dialog)
        elif window is not None and same_file(window.session.ledger_path, path):
            self.window = None  # (closing it must not quit the application)
            window.removeEventFilter(self)
            window.save_state()
            window.close()
            window.deleteLater()
            self._open_failed(path, error)

    def _open_failed(self, path: Path, error: BaseException) -> None:
        from dealer_app.services.session import remedy

        found = remedy(error)
        if found is not None and found.kind == "create":
            self.show_create(path, welcome=self.window is None)
        elif found is not None:
            from dealer_app.ui.dialogs.unusable import UnusableLedgerBox

            box = UnusableLedgerBox(path, error, found.backup, self.window)
            box.finished.connect(lambda _r: self._unusable_choice(path, box.choice))
            self._show_dialog(box)
        else:
            if isinstance(error, DealerError):
                show_error(self.window, error)
            self._maybe_quit()

    def _unusable_choice(self, path: Path, choice: str) -> None:
        from dealer_app.ui.dialogs.unusable import OPEN_OTHER, RESTORE

        if choice == OPEN_OTHER:
            self.choose_and_open()
        elif choice == RESTORE:
            self.restore_latest(path)
        else:
            self._maybe_quit()

    def choose_and_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open ledger"),
            str(default_ledger_path().parent),
            self.tr("Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if chosen:
            self.open_ledger(Path(chosen))
        else:
            self._maybe_quit()

    def restore_latest(self, path: Path) -> None:
        """Put the latest backup of the ledger at `path` back, as `services.session.remedy`
        offered it (a damaged ledger, never another program's file or a newer one)."""
        from dealer_app.services.backup import latest_backup, restore

        source = latest_backup(path)
        if source is None:
            self._maybe_quit()
            return

        def do_restore(_session) -> Path:  # noqa: ANN001 - worker; the damaged file is not open
            return restore(path, source)

        run_session_op(
            self,
            do_restore,
            lambda _aside: self.open_ledger(path),
            lambda error: self._open_failed(path, error),
        )

    def show_create(self, path: Path, welcome: bool) -> None:
        from dealer_app.ui.dialogs.create_ledger import CreateLedgerDialog

        dialog = CreateLedgerDialog(path, welcome, self.window)
        state = {"opening": False}

        def open_other(other: Path) -> None:
            state["opening"] = True
            self.open_ledger(other)

        dialog.open_requested.connect(open_other)
        dialog.accepted.connect(lambda: self.ask_sign_in(dialog.created or path, user="admin"))
        dialog.rejected.connect(lambda: None if state["opening"] else self._maybe_quit())
        self._show_dialog(dialog)

    def new_ledger(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = default_ledger_path().parent
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New ledger"),
            str(folder / "ledger.sqlite3"),
            self.tr("Dealer Desk ledgers (*.sqlite3)"),
        )
        if chosen:
            self.show_create(Path(chosen), welcome=False)

    def ask_sign_in(
        self, path: Path, user: str | None = None, hint: str = "", checking: bool = False
    ) -> SignInDialog:
        """`checking`: the worker is opening and checking `path` for this sign-in."""
        dialog = SignInDialog(path, user or self.user_hint, self.window, hint, checking)
        dialog.accepted.connect(lambda: self._signed_in(dialog))
        dialog.rejected.connect(self._sign_in_cancelled)
        self._show_dialog(dialog)
        return dialog

    def switch_language(self, code: str) -> None:
        """Speak `code` from now on, without a restart: the translators and the catalogue
        switch, and the main window is built again (the ledger and the sign-in stay)."""
        from dealer_app.ui.i18n import install_translators

        install_translators(QApplication.instance(), code)
        if self.window is not None:
            self.show_main(self.window.session)

    def open_copy(self, location: str, user: str, password: str | None) -> None:
        """The shared ledger is away: open this desktop's read-only copy of it instead."""
        import dataclasses

        from dealer_app.ui.session import load_session_info

        def do(session):  # noqa: ANN001, ANN202 - on the worker
            session.open_copy(location, user)
            info = load_session_info(session.require_ctx())
            return dataclasses.replace(info, copy_password=password)

        run_session_op(self, do, self.show_main)

    def return_live(self, location: str, user: str, password: str | None) -> None:
        """Leave the read-only copy for the shared ledger (it answers again): signed in again
        with the password this person used, or asked for it."""
        from dealer_app.ui.session import load_session_info

        if not password:
            self.open_server(location)
            return

        def do(session):  # noqa: ANN001, ANN202 - on the worker
            session.open(location)
            session.sign_in(user, password)
            return load_session_info(session.require_ctx())

        run_session_op(self, do, self.show_main, lambda _error: self.open_server(location))

    def switch_user(self) -> None:
        if self.window is not None:
            self.ask_sign_in(self.window.session.ledger_path, user="")

    def _sign_in_cancelled(self) -> None:
        run_session_op(self, lambda s: s.discard_pending())
        self._maybe_quit()

    def _signed_in(self, dialog: SignInDialog) -> None:
        if dialog.info is not None:  # loaded on the worker with the sign-in
            self.show_main(dialog.info)
        else:
            from dealer_app.ui.session import load_session_info

            run_op(self, load_session_info, self.show_main)

    def show_main(self, info: SessionInfo) -> MainWindow:
        from dealer_app.ui.main_window import MainWindow

        if not info.is_offline_copy:  # (the copy is opened from its shared ledger, never by name)
            desk.add_recent_ledger(info.ledger_path)
        old = self.window
        if old is not None:
            old.save_state()
        window = MainWindow(info)
        window.open_ledger_requested.connect(self.open_ledger)
        window.connect_server_requested.connect(self.connect_server)
        window.new_ledger_requested.connect(self.new_ledger)
        window.switch_user_requested.connect(self.switch_user)
        window.open_copy_requested.connect(self.open_copy)
        window.language_requested.connect(self.switch_language)
        window.return_live_requested.connect(self.return_live)
        self.window = window
        window.installEventFilter(self)
        window.show()
        if old is not None:
            old.removeEventFilter(self)
            old.close()
            old.deleteLater()
        return window

    # -- helpers -----------------------------------------------------------------------------
    def _show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()

    def _maybe_quit(self) -> None:
        """A start-up step was cancelled: without a window there is nothing left to show."""
        if self.window is None:
            QTimer.singleShot(0, QApplication.quit)

    def eventFilter(self, obj: QObject, event) -> bool:  # noqa: ANN001, N802 - Qt override
        from PySide6.QtCore import QEvent

        if obj is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._window_closed)
        return False

    def _window_closed(self) -> None:
        if self.window is not None and not self.window.isVisible():
            QApplication.quit()

    def shutdown(self) -> None:
        self.tasks.shutdown()


def _first_screen_module() -> str:
    from dealer_app.ui.main_window import KEY_SCREEN
    from dealer_app.ui.screens import SCREENS

    key = desk.settings().value(KEY_SCREEN, "")
    first = next((e for e in SCREENS if e.key == key), SCREENS[0])
    return f"dealer_app.ui.screens.{first.module}"


#: What the main window, the screen it opens on and the worker's sign-in import: imported while
#: the user types (or the ledger is checked), not after sign-in. In this order, each in a turn of
#: its own (the models and the main window's own body are each 6-20 ms; the main window's first
#: use of the Qt namespace builds its enums in the dialog's first turn after painting).
MAIN_WINDOW_MODULES: list[str | Callable[[], str]] = [
    "dealer_app.domain.models",
    "dealer_app.ui.screens",
    "dealer_app.ui.main_window",
    _first_screen_module,
    "dealer_app.services.users",
    "dealer_app.services.backup",
    "dealer_app.services.stores",
]


def _import_in_turns(modules: list[str | Callable[[], str]]) -> None:
    """Import `modules` (a name, or a function returning one) on the GUI thread, one per turn of
    the event loop, so that keystrokes are handled in between. A module that fails is left for
    its real use to report."""
    todo = list(modules)

    def step() -> None:
        if not todo:
            return
        name = todo.pop(0)
        try:
            importlib.import_module(name if isinstance(name, str) else name())
        except Exception:  # noqa: BLE001 - raised again, and shown, where the module is used
            logger.exception("could not import %s ahead of use", name)
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An exception escaping a slot on the GUI thread: log it, tell the user plainly."""
    logger.error("uncaught exception on the GUI thread", exc_info=(kind, value, tb))
    if isinstance(value, DealerError):
        show_error(QApplication.activeWindow(), value)
        return
    from dealer_app.ui.tasks import show_internal_error

    show_internal_error(QApplication.activeWindow())


def create_application(lang: str | None = None) -> QApplication:
    """The QApplication with name, fonts, translations (`lang`, else the configured language)
    and style set (once)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)  # dialogs come and go between steps; we quit ourselves
    icon = QIcon()  # hand-drawn small sizes stay crisp in title bars and task bars
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"dealer-desk-{size}.png")))
    app.setWindowIcon(icon)
    app.setDesktopFileName("dealer-desk")  # matches packaging's dealer-desk.desktop (Linux)
    install_cjk_fallback(app)
    install_translators(app, lang)
    apply_style(app)
    return app


def run_gui(ledger_path: Path | str | None, user: str | None, lang: str | None = None) -> int:
    """Open the desktop application on `ledger_path` (default: the data folder's ledger), in
    `lang` (default: the language chosen in Settings, else the system's)."""
    from dealer_app.logging_setup import setup_logging

    setup_logging()
    app = create_application(lang)
    sys.excepthook = _excepthook
    controller = AppController(user)
    controller.start(ledger_path)
    try:
        return app.exec()
    finally:
        if controller.window is not None:
            controller.window.save_state()
        controller.shutdown()
