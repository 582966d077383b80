"""The main window: a sidebar of screens, menus, shortcuts and a status bar.

One window per signed-in session: signing in to another ledger (or as another user) builds a new
window, so no screen ever shows data of a session that ended.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dealer_app import __version__
from dealer_app.domain.models import Role
from dealer_app.paths import log_dir
from dealer_app.ui import i18n
from dealer_app.ui import settings as desk
from dealer_app.ui.formatting import role_label
from dealer_app.ui.locations import folder_for, is_server, same_location, short_name, title_name
from dealer_app.ui.screens import Screen, ScreenEntry, screens_for
from dealer_app.ui.session import SessionInfo
from dealer_app.ui.tasks import run_op, task_manager

KEY_GEOMETRY = "main_window/geometry"
KEY_STATE = "main_window/state"
KEY_SCREEN = "main_window/screen"
#: How long the line about colleagues' last changes stays in the status bar.
LIVE_LINE_MS = 60_000
#: A shared ledger's work running this long shows "Waiting for the shared ledger…".
SLOW_MS = 2_000


class MainWindow(QMainWindow):
    """Signals for what the application controller (ui/app.py) does, since they end the session:"""

    open_ledger_requested = Signal(object)  # a Path, or a shared ledger's URL
    connect_server_requested = Signal()
    new_ledger_requested = Signal()
    switch_user_requested = Signal()
    #: the interface language chosen (View → Language): the window is built again in it
    language_requested = Signal(str)
    #: (shared ledger location, user, password): open this desktop's read-only copy of it
    open_copy_requested = Signal(str, str, object)
    #: (shared ledger location, user, password): leave the read-only copy for the live ledger
    return_live_requested = Signal(str, str, object)

    def __init__(self, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(960, 600))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(200)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        self.stack.setObjectName("screenStack")

        # Screens are built (and their modules imported) when first shown: until then the stack
        # holds an empty placeholder in each screen's place. See screens/__init__.py.
        self._entries: list[ScreenEntry] = screens_for(session.user)
        self._built: dict[int, Screen] = {}
        for number, entry in enumerate(self._entries, 1):
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(self.style().standardIcon(entry.icon), entry.title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            if number <= 9:
                item.setToolTip(f"{entry.title()} (Ctrl+{number})")
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.copy_banner = self._copy_banner()
        outer.addWidget(self.copy_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.sidebar.currentRowChanged.connect(self._on_row_changed)

        self.tasks = tm = task_manager()
        tm.ledger_changed.connect(self._on_ledger_changed)
        tm.busy_changed.connect(self._on_busy)
        tm.notice.connect(self._on_notice)

        self._restore_state()
        self._count_todo()
        if session.is_offline_copy:
            self._watch_for_the_server()
        else:
            self._follow_colleagues()

    # -- construction ------------------------------------------------------------------------
    def _icon(self, pixmap: QStyle.StandardPixmap):  # noqa: ANN202
        return self.style().standardIcon(pixmap)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        sp = QStyle.StandardPixmap

        file_menu = bar.addMenu(self.tr("&File"))
        self.action_new = QAction(self._icon(sp.SP_FileIcon), self.tr("&New ledger…"), self)
        self.action_new.setShortcut(QKeySequence("Ctrl+N"))
        self.action_new.triggered.connect(self.new_ledger_requested)
        self.action_open = QAction(
            self._icon(sp.SP_DialogOpenButton), self.tr("&Open ledger…"), self
        )
        self.action_open.setShortcut(QKeySequence("Ctrl+O"))
        self.action_open.triggered.connect(self._choose_ledger)
        self.action_connect = QAction(self.tr("&Connect to a shared ledger…"), self)
        self.action_connect.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.action_connect.triggered.connect(self.connect_server_requested)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.action_backup = QAction(
            self._icon(sp.SP_DriveFDIcon), self.tr("&Back up ledger…"), self
        )
        self.action_backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.action_backup.triggered.connect(self._backup)
        # A copy holds every region, bank accounts and password hashes: administrators and HQ
        # finance only (services.backup refuses the others too).
        from dealer_app.domain.workflow import may

        self.action_backup.setVisible(may(self.session.user.role, "ledger.backup"))
        self.action_restore = QAction(self.tr("&Restore from a backup…"), self)
        self.action_restore.setObjectName("restoreAction")
        self.action_restore.triggered.connect(self._restore)
        self.action_restore.setVisible(
            may(self.session.user.role, "ledger.restore")
            and not is_server(self.session.ledger_path)
            and not self.session.is_offline_copy
        )
        self.action_switch = QAction(self.tr("Sign in as another &user…"), self)
        self.action_switch.triggered.connect(self.switch_user_requested)
        self.action_quit = QAction(self._icon(sp.SP_DialogCloseButton), self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        file_menu.addAction(self.action_new)
        file_menu.addAction(self.action_open)
        file_menu.addAction(self.action_connect)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.action_backup)
        file_menu.addAction(self.action_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.action_switch)
        file_menu.addAction(self.action_quit)

        view_menu = bar.addMenu(self.tr("&View"))
        self.screen_actions: list[QAction] = []
        group = QActionGroup(self)
        for number, entry in enumerate(self._entries, 1):
            action = QAction(entry.title(), self)
            action.setCheckable(True)
            action.setData(number - 1)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, i=number - 1: self.show_index(i))
            group.addAction(action)
            view_menu.addAction(action)
            self.screen_actions.append(action)
        view_menu.addSeparator()
        self.action_refresh = QAction(self._icon(sp.SP_BrowserReload), self.tr("&Refresh"), self)
        self.action_refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action_refresh.triggered.connect(self.refresh_current)
        view_menu.addAction(self.action_refresh)
        self.action_who = QAction(self.tr("&Who is signed in…"), self)
        self.action_who.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.action_who.triggered.connect(self._show_who)
        view_menu.addAction(self.action_who)
        self.action_find = QAction(self.tr("&Find"), self)
        self.action_find.setShortcut(QKeySequence("Ctrl+F"))
        self.action_find.triggered.connect(self.focus_search)
        view_menu.addAction(self.action_find)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_group = QActionGroup(self)
        current = i18n.configured_language()
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, c=code: self._set_language(c))
            language_group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        action_log = QAction(self.tr("Open &log folder"), self)
        action_log.triggered.connect(self._open_log_folder)
        help_menu.addAction(action_log)
        action_about = QAction(
            self._icon(sp.SP_MessageBoxInformation), self.tr("&About Dealer Desk"), self
        )
        action_about.setMenuRole(QAction.MenuRole.AboutRole)
        action_about.triggered.connect(self._about)
        help_menu.addAction(action_about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setVisible(False)
        s = self.session
        region = (
            s.region_name(s.user.region or "")
            if s.user.role == Role.REGIONAL_MANAGER
            else self.tr("All regions")
        )
        self.ledger_label = QLabel(str(s.ledger_path))
        self.ledger_label.setObjectName("ledgerLabel")
        self.ledger_label.setToolTip(
            self.tr("The shared ledger")
            if is_server(s.ledger_path)
            else self.tr("The open ledger file")
        )
        self.user_label = QLabel(f"{s.user.name} · {role_label(s.user.role)} · {region}")
        self.user_label.setObjectName("userLabel")
        # colleagues' changes, quietly; and a lost connection, plainly (ui/live.py)
        self.live_label = QLabel("")
        self.live_label.setObjectName("liveLabel")
        self.live_label.setStyleSheet("color: #4b5563;")
        self.offline_label = QLabel(
            self.tr("Cannot reach the ledger: showing what was last loaded; reconnecting…")
        )
        self.offline_label.setObjectName("offlineLabel")
        self.offline_label.setStyleSheet(
            "background: #fef3c7; color: #92400e; padding: 1px 6px; border-radius: 3px;"
        )
        self.offline_label.setVisible(False)
        self.slow_label = QLabel(self.tr("Waiting for the shared ledger…"))
        self.slow_label.setObjectName("slowLabel")
        self.slow_label.setStyleSheet(self.offline_label.styleSheet())
        self.slow_label.setVisible(False)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_MS)
        self._slow.timeout.connect(lambda: self.slow_label.setVisible(self.tasks.idle is False))
        self.copy_button = QPushButton(self.tr("Open the read-only copy"))
        self.copy_button.setObjectName("openOfflineCopy")
        self.copy_button.setVisible(False)
        self.copy_button.clicked.connect(self._open_copy)
        self._live_clear = QTimer(self)
        self._live_clear.setSingleShot(True)
        self._live_clear.setInterval(LIVE_LINE_MS)
        self._live_clear.timeout.connect(lambda: self.live_label.setText(""))
        bar.addWidget(self.live_label, 1)
        bar.addPermanentWidget(self.slow_label)
        bar.addPermanentWidget(self.offline_label)
        bar.addPermanentWidget(self.copy_button)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.ledger_label, 1)
        bar.addPermanentWidget(self.user_label)

    def _restore_state(self) -> None:
        settings = desk.settings()
        geometry = settings.value(KEY_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value(KEY_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        key = settings.value(KEY_SCREEN, "")
        keys = self.screen_keys()
        self.show_index(keys.index(key) if key in keys else 0)

    # -- screens -----------------------------------------------------------------------------
    def screen_keys(self) -> list[str]:
        """The keys of this user's screens, in sidebar order (built or not)."""
        return [entry.key for entry in self._entries]

    @property
    def screens(self) -> list[Screen]:
        """Every screen of this user, in sidebar order; builds those not shown yet."""
        return [self._screen_at(index) for index in range(len(self._entries))]

    def built_screens(self) -> list[Screen]:
        """The screens built so far (shown at least once, or asked for)."""
        return [self._built[index] for index in sorted(self._built)]

    def _screen_at(self, index: int) -> Screen:
        """The screen in sidebar row `index`, built (its module imported) on first use."""
        screen = self._built.get(index)
        if screen is not None:
            return screen
        # Made inside the stack, never a top-level widget of its own even for a moment.
        screen = self._entries[index].load()(self.session, self.stack)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, screen)
        if self.stack.currentWidget() is placeholder:
            self.stack.setCurrentWidget(screen)  # before the placeholder goes: no other page shows
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[index] = screen
        return screen

    # -- navigation --------------------------------------------------------------------------
    def show_index(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            self.sidebar.setCurrentRow(index)

    def show_screen(self, key: str) -> Screen:
        index = self.screen_keys().index(key)
        self.show_index(index)
        return self._screen_at(index)

    def screen(self, key: str) -> Screen | None:
        keys = self.screen_keys()
        return self._screen_at(keys.index(key)) if key in keys else None

    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        screen = self._screen_at(row)
        self.stack.setCurrentWidget(screen)
        self.screen_actions[row].setChecked(True)
        app_name = self.tr("Dealer Desk")
        ledger = title_name(self.session.ledger_path)
        if self.session.copy_of is not None:
            ledger = self.tr("read-only copy of {ledger} from {at}").format(
                ledger=title_name(self.session.copy_of["location"]), at=self.session.copy_of["at"]
            )
        if self.session.business_date is not None:  # a training or demo ledger: say so
            ledger += " " + self.tr("(business date {day})").format(
                day=self.session.business_date.isoformat()
            )
        self.setWindowTitle(f"{screen.title()} — {ledger} — {app_name}")

    def refresh_current(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            screen.reload()

    def focus_search(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            screen.focus_search()

    # -- what is mine to do ------------------------------------------------------------------
    def _count_todo(self) -> None:
        """The sidebar's counts: what waits for this person on the subsidies and closures
        screens (services/todo.py)."""
        from dealer_app.services import todo

        run_op(self, todo.counts, self._show_todo, lambda _error: None)

    def _show_todo(self, counts: dict[str, int]) -> None:
        self.todo = counts
        for row, entry in enumerate(self._entries):
            n = counts.get(entry.key, 0)
            item = self.sidebar.item(row)
            item.setText(f"{entry.title()} ({n})" if n else entry.title())
            if entry.key in counts:
                item.setToolTip(
                    self.tr("{n} waiting for you").format(n=n)
                    + (f" (Ctrl+{row + 1})" if row < 9 else "")
                )

    # -- signals from the task manager -------------------------------------------------------
    def _on_ledger_changed(self, changes: frozenset[str]) -> None:
        for screen in self.built_screens():  # a screen built later loads fresh data anyway
            screen.on_ledger_changed(changes)
        if changes & {"subsidies", "closures"}:
            self._count_todo()

    # -- colleagues ---------------------------------------------------------------------------
    def _follow_colleagues(self) -> None:
        """Start following the ledger's commits (a watcher thread; services/live.py)."""
        from dealer_app.services import live

        self.watcher = None
        run_op(self, live.feed_factory, self._start_watcher, lambda _error: None)

    def _start_watcher(self, following) -> None:  # noqa: ANN001 - services.live.Following
        from dealer_app.ui.live import LiveWatcher

        self.written = following.written
        self.watcher = LiveWatcher(following)
        self.watcher.changes.connect(self._on_colleagues)
        self.watcher.reachable.connect(self._on_reachable)
        self.watcher.start()

    def _on_colleagues(self, changes) -> None:  # noqa: ANN001 - list[services.live.Change]
        from dealer_app import i18n as text
        from dealer_app.services import live

        topics, line = live.summary(changes, self.written)
        if not topics:
            return
        self._on_ledger_changed(topics)
        if line is not None:
            self.live_label.setText(text.text(line))
            self._live_clear.start()

    def _on_reachable(self, reachable: bool) -> None:
        self.offline_label.setVisible(not reachable)
        self.copy_button.setVisible(not reachable and self._has_copy())
        if reachable:  # what others did meanwhile: every screen loads afresh
            from dealer_app.services.changes import ALL

            self._on_ledger_changed(ALL)

    # -- the read-only copy (services/offline.py) ------------------------------------------------
    def _copy_banner(self) -> QWidget:
        from dealer_app import i18n as text
        from dealer_app.domain.messages import Msg
        from dealer_app.ui.widgets.message_banner import WARN, MessageBanner

        banner = MessageBanner(closable=False)
        banner.setObjectName("copyBanner")
        copy_of = self.session.copy_of
        if copy_of is None:
            return banner
        banner.show_message(WARN, text.text(Msg("offline.banner", copy_of)))
        self.return_button = QPushButton(self.tr("&Return to the shared ledger"))
        self.return_button.setObjectName("returnLive")
        self.return_button.setVisible(False)
        self.return_button.clicked.connect(self._return_live)
        banner.layout().addWidget(self.return_button)
        return banner

    def _login(self) -> tuple[str, str, str | None]:
        s = self.session
        where = s.copy_of["location"] if s.copy_of else str(s.ledger_path)
        return where, s.user.name, s.copy_password

    def _has_copy(self) -> bool:
        from dealer_app.services.offline import find_copy

        where, user, _ = self._login()
        return is_server(where) and find_copy(where, user) is not None

    def _open_copy(self) -> None:
        self.open_copy_requested.emit(*self._login())

    def _return_live(self) -> None:
        self.return_live_requested.emit(*self._login())

    def _watch_for_the_server(self) -> None:
        """In a read-only copy: look for the shared ledger every few seconds; once it answers,
        offer to return to it."""
        from dealer_app.ui.live import ServerProbe

        self.watcher = ServerProbe(*self._login())
        self.watcher.reachable.connect(self._server_back)
        self.watcher.start()

    def _server_back(self, reachable: bool) -> None:
        from dealer_app import i18n as text
        from dealer_app.domain.messages import Msg
        from dealer_app.ui.widgets.message_banner import OK

        if not reachable:
            return
        self.copy_banner.show_message(
            OK,
            text.text(Msg("offline.back")),
            text.text(Msg("offline.banner", self.session.copy_of or {})),
        )
        self.return_button.setVisible(True)

    def _show_who(self) -> None:
        from dealer_app.services import live
        from dealer_app.ui.dialogs.who import WhoDialog

        run_op(self, live.who_is_here, lambda people: WhoDialog(people, self).open())

    def stop_following(self, wait: bool = False) -> None:
        watcher = getattr(self, "watcher", None)
        if watcher is not None:
            watcher.stop(wait)
            self.watcher = None

    def _on_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        # a shared ledger slow to answer: said plainly, nothing blocks meanwhile
        if busy and is_server(self.session.ledger_path):
            self._slow.start()
        else:
            self._slow.stop()
            self.slow_label.setVisible(False)

    def _on_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- actions -----------------------------------------------------------------------------
    def _choose_ledger(self) -> None:
        start = str(folder_for(self.session.ledger_path))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open ledger"),
            start,
            self.tr("Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_ledger_requested.emit(Path(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = [p for p in desk.recent_ledgers() if not same_location(p, self.session.ledger_path)]
        if not items:
            none = self.recent_menu.addAction(self.tr("No other ledgers yet"))
            none.setEnabled(False)
            return
        for number, path in enumerate(items, 1):
            where = self.tr("shared ledger") if is_server(path) else str(Path(path).parent)
            action = self.recent_menu.addAction(f"&{number} {title_name(path)}  —  {where}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_ledger_requested.emit(p))

    def _backup(self) -> None:
        from dealer_app.services.backup import backup

        folder = desk.get_str("last_backup_folder") or str(folder_for(self.session.ledger_path))
        import datetime as dt

        name = f"{short_name(self.session.ledger_path)}-{dt.date.today():%Y%m%d}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up ledger"),
            str(Path(folder) / name),
            self.tr("Dealer Desk ledgers (*.sqlite3)"),
        )
        if not path:
            return
        dest = Path(path)
        desk.set_value("last_backup_folder", str(dest.parent))
        self.statusBar().showMessage(self.tr("Backing up…"))
        replace = dest.exists()  # the file dialog asked: only an earlier backup is replaced
        run_op(
            self,
            lambda ctx: backup(ctx, dest, replace=replace, password=self.session.copy_password),
            lambda out: self.statusBar().showMessage(
                self.tr("Backed up the ledger to {path}").format(path=out), 10000
            ),
        )

    def _restore(self) -> None:
        """File → Restore from a backup… (administrators): the copy checked as the command line
        checks it, a confirmation naming it, the ledger replaced (the old one kept aside), and
        the sign-in again."""
        from dealer_app.paths import backup_dir_for

        start = str(backup_dir_for(Path(self.session.ledger_path)))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            start,
            self.tr("Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, source: Path) -> None:
        from dealer_app.services.backup import check_backup

        run_op(self, lambda _ctx: check_backup(source), lambda c: self._confirm_restore(source, c))

    def _confirm_restore(self, source: Path, checked) -> None:  # noqa: ANN001 - BackupCheck
        box = QMessageBox(self)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore from a backup"))
        box.setText(
            self.tr(
                "Replace the ledger with the copy {name} ({n} audit entries)? Everything done "
                "since that copy was made is replaced; the current ledger is kept aside in the "
                "backups folder. Everyone signs in again afterwards."
            ).format(name=source.name, n=checked.audit_entries)
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda b: self._do_restore(source) if b is restore else None)
        self.restore_box = box
        box.open()

    def _do_restore(self, source: Path) -> None:
        from dealer_app.ui.tasks import run_session_op

        self.stop_following(wait=True)  # its own connection to the file would hold it up
        path = Path(self.session.ledger_path)

        def done(aside: Path) -> None:
            self.restored = aside
            self.statusBar().showMessage(
                self.tr(
                    "The ledger was restored from {name}. The replaced ledger is kept at "
                    "{aside}. Sign in again to go on."
                ).format(name=source.name, aside=aside)
            )
            self.open_ledger_requested.emit(path)  # the sign-in, on the restored ledger

        def failed(error: BaseException) -> None:
            from dealer_app.domain.errors import DealerError
            from dealer_app.ui.tasks import show_error, show_internal_error

            if isinstance(error, DealerError):
                show_error(self, error)
            else:
                show_internal_error(self)
            self._follow_colleagues()

        run_session_op(self, lambda s: s.restore_from(source), done, failed)

    def _set_language(self, code: str) -> None:
        """Remember the choice and switch now: the application builds this window again in the
        new language (ui/app.py `switch_language`), same ledger, same person, same screen."""
        i18n.set_language(code)
        self.language_requested.emit(code)

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Dealer Desk"),
            self.tr(
                "<h3>Dealer Desk {version}</h3>"
                "<p>Stores, year-end subsidies, closures and payout letters for a car maker's "
                "dealer network.</p><p>Ledger: {path}<br>Log files: {logs}</p>"
            ).format(version=__version__, path=self.session.ledger_path, logs=log_dir()),
        )

    # -- closing -----------------------------------------------------------------------------
    def save_state(self) -> None:
        settings = desk.settings()
        settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        settings.setValue(KEY_STATE, self.saveState())
        screen = self.current_screen()
        if screen is not None:
            settings.setValue(KEY_SCREEN, screen.key)
        for s in self.built_screens():  # the others' saved state was never changed
            s.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        self.stop_following()
        tm = self.tasks
        for signal, slot in (
            (tm.ledger_changed, self._on_ledger_changed),
            (tm.busy_changed, self._on_busy),
            (tm.notice, self._on_notice),
        ):
            if shiboken6.isValid(tm):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        super().closeEvent(event)
