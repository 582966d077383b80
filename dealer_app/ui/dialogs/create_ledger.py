"""Create a ledger: empty (with an admin password) or the demo network. Also the welcome dialog
of a first start, which can open an existing file instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.errors import DealerError
from dealer_app.ui.tasks import run_session_op
from dealer_app.ui.widgets.fit import grow_to_fit

MIN_PASSWORD = 8


def demo_available() -> bool:
    try:
        from dealer_app.services import demo  # noqa: F401
    except ImportError:
        return False
    return True


class CreateLedgerDialog(QDialog):
    """Creates the ledger at `path` on the worker; it is left pending for the sign-in.

    `welcome=True` is the first-start variant: a greeting and an "Open an existing ledger…"
    button, which emits `open_requested(path)` and closes the dialog."""

    open_requested = Signal(Path)

    def __init__(self, path: Path, welcome: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.created: Path | None = None
        self.demo = False
        self.setObjectName("welcomeDialog" if welcome else "createLedgerDialog")
        self.setWindowTitle(self.tr("Welcome to Dealer Desk") if welcome else self.tr("New ledger"))
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        if welcome:
            title = QLabel(self.tr("Welcome to Dealer Desk"))
            title.setObjectName("dialogTitle")
            intro = QLabel(
                self.tr(
                    "Dealer Desk keeps stores, subsidies and closures in one ledger file. There "
                    "is no ledger here yet. Create one to start:"
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(title)
            layout.addWidget(intro)
        where = QLabel(self.tr("New ledger file: {path}").format(path=self.path))
        where.setObjectName("dialogSubtitle")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)

        self.empty_radio = QRadioButton(self.tr("Create an &empty ledger"))
        self.empty_radio.setObjectName("createEmpty")
        self.demo_radio = QRadioButton(
            self.tr("Create the &demo ledger (a realistic sample network to try things out)")
        )
        self.demo_radio.setObjectName("createDemo")
        group = QButtonGroup(self)
        group.addButton(self.empty_radio)
        group.addButton(self.demo_radio)
        self.empty_radio.setChecked(True)
        if not demo_available():
            self.demo_radio.setEnabled(False)
            self.demo_radio.setToolTip(self.tr("The demo network is not part of this version."))
        layout.addWidget(self.empty_radio)
        layout.addWidget(self.demo_radio)

        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Administrator user:"), QLabel("admin"))
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "At least {n} characters. In the demo ledger every demo user (hq.finance, "
                "mgr.central, …) gets this password too."
            ).format(n=MIN_PASSWORD)
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.message = QLabel("")
        self.message.setObjectName("createMessage")
        self.message.setProperty("role", "fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        if welcome:
            open_button = QPushButton(self.tr("&Open an existing ledger…"))
            open_button.setObjectName("openExisting")
            open_button.clicked.connect(self._open_existing)
            self.buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def _open_existing(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open ledger"),
            str(self.path.parent),
            self.tr("Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_requested.emit(Path(path))
            self.done(QDialog.DialogCode.Rejected)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)

    def submit(self) -> None:
        password = self.password.text()
        if len(password) < MIN_PASSWORD:
            self.show_message(
                self.tr("The password is too short: use at least {n} characters.").format(
                    n=MIN_PASSWORD
                )
            )
            return
        if password != self.repeat.text():
            self.show_message(self.tr("The two passwords differ."))
            return
        self.show_message("")
        self.buttons.setEnabled(False)
        demo = self.demo_radio.isChecked()
        self.demo = demo
        path = self.path
        if demo:
            run_session_op(
                self,
                lambda s, progress: s.create(path, password, True, progress),
                self._created,
                self._failed,
                progress_title=self.tr("Demo ledger"),
                label=self.tr("Building the demo network…"),
            )
        else:
            run_session_op(self, lambda s: s.create(path, password), self._created, self._failed)

    def _created(self, path: Path) -> None:
        self.created = path
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, DealerError):
            self.show_message(i18n.text(error))
