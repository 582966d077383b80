"""Sign in to a ledger: user and password; the last user is remembered on this desktop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealer_app.domain.errors import AuthenticationFailed, DealerError
from dealer_app.domain.models import User
from dealer_app.ui import settings as desk
from dealer_app.ui.errors import error_text
from dealer_app.ui.tasks import run_session_op

KEY_LAST_USER = "last_user"


class SignInDialog(QDialog):
    """Signs in on the worker (LedgerSession.sign_in) and accepts with `self.user` set.

    A wrong password or a locked account is shown in the dialog, which stays open."""

    def __init__(
        self,
        ledger_path: Path,
        user: str | None = None,
        parent: QWidget | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in — Dealer Desk"))
        self.setMinimumWidth(420)
        self.user: User | None = None

        title = QLabel(self.tr("Sign in to Dealer Desk"))
        title.setObjectName("dialogTitle")
        where = QLabel(self.tr("Ledger: {path}").format(path=ledger_path))
        where.setObjectName("dialogSubtitle")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit(user or desk.get_str(KEY_LAST_USER) or "")
        self.name_edit.setObjectName("userName")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(hint)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "hint" if hint else "fieldError")
        self.message.setVisible(bool(hint))

        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password_edit if self.name_edit.text() else self.name_edit).setFocus()

    def submit(self) -> None:
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        if not name or not password:
            self.show_message(self.tr("Enter your user name and password."))
            return
        self.buttons.setEnabled(False)
        self.show_message("")
        run_session_op(self, lambda s: s.sign_in(name, password), self._signed_in, self._failed)

    def _signed_in(self, user: User) -> None:
        self.user = user
        desk.set_value(KEY_LAST_USER, user.name)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password_edit.clear()
        self.password_edit.setFocus()
        if isinstance(error, AuthenticationFailed | DealerError):
            self.show_message(error_text(error))

    def show_message(self, text: str) -> None:
        self.message.setProperty("role", "fieldError")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
