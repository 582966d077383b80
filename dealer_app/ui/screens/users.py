"""Users (administrators only): every account with its role, region and lock; add users, change
roles and regions, reset passwords, lock and unlock. The services' answers are shown in a banner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.errors import DealerError
from dealer_app.domain.models import Role, User
from dealer_app.services import users as user_service
from dealer_app.ui.formatting import count, role_label
from dealer_app.ui.screens.base import Screen
from dealer_app.ui.tasks import Topic, run_op
from dealer_app.ui.widgets.message_banner import BAD, OK, MessageBanner

COL_NAME, COL_ROLE, COL_REGION, COL_STATUS = range(4)
_LOCKED = QColor("#b91c1c")
_ACTIVE = QColor("#15803d")


class UsersScreen(Screen):
    key = "users"
    icon = QStyle.StandardPixmap.SP_DirLinkIcon
    concerns = frozenset({Topic.USERS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Users")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return user.role == Role.ADMIN

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self.users: list[User] = []
        self.dialog: QWidget | None = None
        self._select_next: str | None = None

        head, self.count_label = self.heading(self.tr("Users"))

        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.setObjectName("addUser")
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.role_button.setObjectName("changeRole")
        self.role_button.clicked.connect(self.change_role)
        self.password_button = QPushButton(self.tr("Reset &password…"))
        self.password_button.setObjectName("resetPassword")
        self.password_button.clicked.connect(self.reset_password)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setObjectName("lockUser")
        self.lock_button.clicked.connect(self.toggle_lock)
        bar = QHBoxLayout()
        hint = QLabel(
            self.tr(
                "Regional managers act on their own region; HQ finance on all regions and "
                "marks payouts paid; administrators manage users, policies and settings."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.password_button)
        bar.addWidget(self.role_button)
        bar.addWidget(self.add_button)

        self.banner = MessageBanner()
        self.banner.setObjectName("usersBanner")

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("userTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("User"), self.tr("Role"), self.tr("Region"), self.tr("Status")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        h = self.table.horizontalHeader()
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        h.setHighlightSections(False)
        for col, width in ((COL_NAME, 220), (COL_ROLE, 200), (COL_REGION, 200)):
            self.table.setColumnWidth(col, width)
        h.setStretchLastSection(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self.change_role())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        run_op(self, user_service.list_users, self._show)

    def _show(self, users: list[User]) -> None:
        selected = self.selected_user()
        wanted = self._select_next or (selected.name if selected is not None else None)
        if self._select_next and any(u.name == self._select_next for u in users):
            self._select_next = None
        self.users = users
        n = len(users)
        locked = sum(1 for u in users if u.locked)
        text = self.tr("1 user") if n == 1 else self.tr("{n} users").format(n=count(n))
        if locked:
            text += " · " + self.tr("{n} locked").format(n=count(locked))
        self.count_label.setText(text)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(n)
        for row, u in enumerate(users):
            you = u.name == self.session.user.name
            cells = [
                u.name + (" " + self.tr("(you)") if you else ""),
                role_label(u.role),
                self.session.region_name(u.region) if u.region else "–",
                self.tr("Locked") if u.locked else self.tr("Active"),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.name)
                if col == COL_STATUS:
                    item.setForeground(QBrush(_LOCKED if u.locked else _ACTIVE))
                    if u.locked:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        if wanted is not None:
            self.select_user(wanted)
        self._update_buttons()

    def select_user(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_NAME)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                self.table.selectRow(row)
                return

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), COL_NAME)
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((u for u in self.users if u.name == name), None)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for b in (self.role_button, self.password_button, self.lock_button):
            b.setEnabled(user is not None)
        self.lock_button.setText(
            self.tr("&Unlock") if user is not None and user.locked else self.tr("&Lock")
        )

    # -- actions -----------------------------------------------------------------------------
    def _open(self, dialog, on_done) -> None:  # noqa: ANN001
        self.dialog = dialog
        dialog.accepted.connect(on_done)
        dialog.open()

    def add_user(self) -> None:
        from dealer_app.ui.dialogs.user_edit import AddUserDialog

        dialog = AddUserDialog(self.session, self)

        def done() -> None:
            u = dialog.result_user
            if u is None:
                return
            where = (
                self.tr(" in {region}").format(region=self.session.region_name(u.region))
                if u.region
                else ""
            )
            self._message_after_reload(
                u.name,
                OK,
                self.tr("{name} was added as {role}{where}. They can sign in now.").format(
                    name=u.name, role=role_label(u.role), where=where
                ),
            )

        self._open(dialog, done)

    def change_role(self) -> None:
        from dealer_app.ui.dialogs.user_edit import RoleDialog

        user = self.selected_user()
        if user is None:
            return
        dialog = RoleDialog(self.session, user, self)

        def done() -> None:
            u = dialog.result_user
            if u is not None:
                self.banner.show_message(
                    OK,
                    self.tr("{name} is now {role}{where}.").format(
                        name=u.name,
                        role=role_label(u.role),
                        where=self.tr(" in {region}").format(
                            region=self.session.region_name(u.region)
                        )
                        if u.region
                        else "",
                    ),
                    self.tr("The change applies the next time {name} signs in.").format(
                        name=u.name
                    ),
                )

        self._open(dialog, done)

    def reset_password(self) -> None:
        from dealer_app.ui.dialogs.user_edit import PasswordDialog

        user = self.selected_user()
        if user is None:
            return
        dialog = PasswordDialog(self.session, user, self)
        self._open(
            dialog,
            lambda: self.banner.show_message(
                OK, self.tr("The password of {name} was reset.").format(name=user.name)
            ),
        )

    def toggle_lock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        lock = not user.locked
        if lock:
            answer = QMessageBox.question(
                self,
                self.tr("Lock account"),
                self.tr(
                    "Lock the account {name}? They cannot sign in until an administrator "
                    "unlocks it. Their past work stays in the ledger."
                ).format(name=user.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.set_locked(user.name, lock)

    def set_locked(self, name: str, lock: bool) -> None:
        self.lock_button.setEnabled(False)

        def done(_r: object) -> None:
            self.banner.show_message(
                OK,
                self.tr("{name} is locked and cannot sign in.").format(name=name)
                if lock
                else self.tr("{name} is unlocked and can sign in again.").format(name=name),
            )

        def failed(error: BaseException) -> None:
            self._update_buttons()
            if isinstance(error, DealerError):
                self.banner.show_message(BAD, i18n.text(error))

        run_op(
            self,
            lambda ctx: user_service.set_locked(ctx, name, lock),
            done,
            failed,
        )

    def _message_after_reload(self, name: str, state: str, text: str) -> None:
        """Show `text` now and select `name` once the list (reloaded by ledger_changed) has it."""
        self.banner.show_message(state, text)
        self._select_next = name
