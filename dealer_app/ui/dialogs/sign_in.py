"""Sign in to a ledger: user and password; the last user is remembered on this desktop.

At start-up the dialog shows while the worker is still opening the ledger (`checking=True`):
the user types meanwhile. A sign-in submitted before the opening has finished waits for it on
the worker (ops run in order), and it signs in only to the ledger this dialog names, and with
`checking=True` only once that ledger is open and pending. A ledger that could not be opened is
never signed in to, nor one whose background integrity check has already failed; a check that
fails later closes the ledger and its window (ui/app.py).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealer_app.domain.errors import AuthenticationFailed, DealerError, LedgerUnreachable
from dealer_app.paths import same_file
from dealer_app.ui import settings as desk
from dealer_app.ui.first_paint import after_first_paint
from dealer_app.ui.tasks import NotSignedIn, run_session_op
from dealer_app.ui.widgets.fit import grow_to_fit

if TYPE_CHECKING:
    from dealer_app.domain.models import User
    from dealer_app.services.session import Session
    from dealer_app.ui.session import SessionInfo

KEY_LAST_USER = "last_user"


def sign_in_to(
    session: Session, path: Path | str, name: str, password: str, checked_now: bool
) -> tuple[User, SessionInfo]:
    """On the worker: sign in to the ledger at `path`, never to another one. With
    `checked_now`, only to the pending ledger just opened (and checked) for this sign-in; a
    ledger whose opening failed leaves nothing pending, so the sign-in is refused. A shared
    ledger: connecting as `name` is the sign-in (the server checks the password)."""
    from dealer_app.ui.locations import is_server, same_location
    from dealer_app.ui.session import load_session_info

    if is_server(path):  # (another person on the same shared ledger: Session reconnects)
        if not same_location(session.location or "", path):
            raise NotSignedIn()
        user = session.sign_in(name, password)
        return user, load_session_info(session.require_ctx())
    ledger = session.pending if checked_now else (session.pending or session.ledger)
    if ledger is None or not same_file(ledger.path, path):
        raise NotSignedIn()
    user = session.sign_in(name, password)
    return user, load_session_info(session.require_ctx())


class SignInDialog(QDialog):
    """Signs in on the worker (Session.sign_in) and accepts with `self.user` set.

    A wrong password or a locked account is shown in the dialog, which stays open."""

    def __init__(
        self,
        ledger_path: Path | str,
        user: str | None = None,
        parent: QWidget | None = None,
        hint: str = "",
        checking: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in — Dealer Desk"))
        self.setMinimumWidth(420)
        from dealer_app.ui.locations import as_location, is_server

        self.ledger_path = as_location(ledger_path)
        self.server = is_server(self.ledger_path)
        self.checking = checking  # the ledger is being opened and checked for this dialog
        self.user: User | None = None
        self.info: SessionInfo | None = None  # the signed-in session, for the main window
        self.typed_password = ""  # the last one tried (to reach the server again later)

        title = QLabel(self.tr("Sign in to Dealer Desk"))
        title.setObjectName("dialogTitle")
        where = QLabel(self.tr("Ledger: {path}").format(path=ledger_path))
        where.setObjectName("dialogSubtitle")
        where.setWordWrap(True)
        # After the first paint: the first use of the Qt namespace builds all its enums (about
        # 11 ms), which the dialog's first paint need not wait for.
        after_first_paint(
            self,
            lambda: where.setTextInteractionFlags(
                QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
            ),
        )
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
        self.remember = QCheckBox(self.tr("&Remember the password in this computer's keychain"))
        self.remember.setObjectName("rememberPassword")
        self.remember.setVisible(False)
        if self.server:  # a shared ledger: the server checks the password; the keychain may keep it
            from dealer_app.ui import keychain

            self.remember.setVisible(True)
            self.remember.setEnabled(keychain.available())
            if not keychain.available():
                self.remember.setToolTip(self.tr("This computer has no keychain to keep it in."))
            stored = keychain.get(self.name_edit.text(), str(self.ledger_path))
            if stored:
                self.password_edit.setText(stored)
                self.remember.setChecked(True)
            form.addRow("", self.remember)
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
        # The server cannot be reached: this desktop's read-only copy (services/offline.py).
        self.offline_button = QPushButton("")
        self.offline_button.setObjectName("openOfflineCopy")
        self.offline_button.setVisible(False)
        self.offline_button.clicked.connect(self.open_offline_copy)
        layout.addWidget(self.offline_button)
        layout.addWidget(self.buttons)
        (self.password_edit if self.name_edit.text() else self.name_edit).setFocus()

    def submit(self) -> None:
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        if not name or not password:
            self.show_message(self.tr("Enter your user name and password."))
            return
        self.buttons.setEnabled(False)
        self.show_message("")
        path, checked_now = self.ledger_path, self.checking
        run_session_op(
            self,
            lambda s: sign_in_to(s, path, name, password, checked_now),
            self._signed_in,
            self._failed,
        )

    def _signed_in(self, result: tuple[User, SessionInfo]) -> None:
        self.user, self.info = result
        desk.set_value(KEY_LAST_USER, self.user.name)
        if self.server:
            from dealer_app.ui import keychain

            where = str(self.ledger_path)
            if self.remember.isChecked():
                keychain.remember(self.user.name, where, self.password_edit.text())
            else:
                keychain.forget(self.user.name, where)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if self.server and isinstance(error, AuthenticationFailed):
            from dealer_app.ui import keychain

            keychain.forget(self.name_edit.text().strip(), str(self.ledger_path))
        self.buttons.setEnabled(True)
        self.typed_password = self.password_edit.text()
        self.password_edit.clear()
        self.password_edit.setFocus()
        if isinstance(error, AuthenticationFailed | DealerError):
            from dealer_app import i18n

            self.show_message(i18n.text(error))
        if self.server and isinstance(error, LedgerUnreachable):
            self._offer_copy()

    def _offer_copy(self) -> None:
        from dealer_app import i18n
        from dealer_app.domain.messages import Msg
        from dealer_app.services.offline import find_copy

        found = find_copy(str(self.ledger_path), self.name_edit.text().strip())
        if found is not None:
            self.offline_button.setText(i18n.text(Msg("offline.offer", {"at": found.made_text})))
        self.offline_button.setVisible(found is not None)
        grow_to_fit(self)

    def open_offline_copy(self) -> None:
        """Open the read-only copy this desktop keeps of the shared ledger, as this person."""
        from dealer_app.ui.session import load_session_info

        where, name = str(self.ledger_path), self.name_edit.text().strip()
        password = self.typed_password

        def open_copy(session):  # noqa: ANN001, ANN202 - on the worker
            user = session.open_copy(where, name)
            info = load_session_info(session.require_ctx())
            return user, dataclasses.replace(info, copy_password=password)

        self.buttons.setEnabled(False)
        self.offline_button.setEnabled(False)
        run_session_op(self, open_copy, self._copy_opened, self._copy_failed)

    def _copy_opened(self, result: tuple[User, SessionInfo]) -> None:
        self.user, self.info = result
        self.accept()

    def _copy_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.offline_button.setEnabled(True)
        if isinstance(error, DealerError):
            from dealer_app import i18n

            self.show_message(i18n.text(error))

    def show_message(self, text: str) -> None:
        self.message.setProperty("role", "fieldError")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)
