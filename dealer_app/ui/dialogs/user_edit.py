"""Account dialogs for administrators: add a user, change a role (and region), set a password.

Each checks what it can on the GUI thread (names, password length and repetition) with the
services' own rules, then calls the service on the worker; the service's refusals (a name taken,
an unknown region, an administrator demoting themselves) are shown beside the field they concern
or above the buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.errors import DealerError, InvalidInput
from dealer_app.domain.models import Role, User
from dealer_app.services import users as user_service
from dealer_app.ui.formatting import role_label
from dealer_app.ui.session import SessionInfo
from dealer_app.ui.tasks import run_op
from dealer_app.ui.widgets.fit import grow_to_fit

#: service error code -> the field whose message it is
_FIELD_OF = {
    "user.exists": "name",
    "user.bad_name": "name",
    "user.password_short": "password",
    "user.bad_region": "region",
    "user.region_not_allowed": "region",
    "user.bad_role": "role",
    "user.self_demote": "role",
}


class _AccountDialog(QDialog):
    """Shared layout: a form whose rows each carry an inline error label, a banner, buttons."""

    def __init__(self, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_user: User | None = None
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.title = QLabel("")
        self.title.setObjectName("dialogTitle")
        self.banner = QLabel("")
        self.banner.setObjectName("dialogError")
        self.banner.setProperty("role", "fieldError")
        self.banner.setStyleSheet("color: #b91c1c;")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"field_{key}")
        error = QLabel("")
        error.setObjectName(f"error_{key}")
        error.setProperty("role", "fieldError")
        error.setStyleSheet("color: #b91c1c;")
        error.setWordWrap(True)
        error.setVisible(False)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, box)
        self.errors[key] = error

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
        rest = [text for key, text in problems.items() if key not in self.errors]
        self.banner.setText("\n".join(rest))
        self.banner.setVisible(bool(rest))
        grow_to_fit(self)

    def problems(self) -> dict[str, str]:
        """What is wrong before asking the service (override)."""
        return {}

    def submit(self) -> None:
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            return
        self.buttons.setEnabled(False)
        self.run()

    def run(self) -> None:  # override: call the service through run_op
        raise NotImplementedError

    def done_ok(self, user: User | None = None) -> None:
        self.result_user = user
        self.accept()

    def failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, DealerError):
            field = _FIELD_OF.get(error.code, "")
            self.show_problems({field or "_": i18n.text(error)})

    def build_role_fields(self, session: SessionInfo) -> None:
        """Role and region combos: the region applies to regional managers only."""
        self.role = _role_combo()
        self.region = QComboBox()
        self.region.addItem(QCoreApplication.translate("UserDialogs", "Choose a region…"), None)
        for r in session.regions:
            self.region.addItem(session.region_name(r.code), r.code)
        self.region_hint = QLabel(
            QCoreApplication.translate("UserDialogs", "Only regional managers have a region.")
        )
        self.region_hint.setObjectName("hint")
        self.role.currentIndexChanged.connect(lambda _i: self.sync_region())

    def sync_region(self) -> None:
        manager = self.role.currentData() == Role.REGIONAL_MANAGER.value
        self.region.setEnabled(manager)
        if not manager:
            self.region.setCurrentIndex(0)
        self.region_hint.setVisible(not manager)

    def role_problems(self) -> dict[str, str]:
        if self.role.currentData() == Role.REGIONAL_MANAGER.value and not self.region.currentData():
            return {
                "region": QCoreApplication.translate(
                    "UserDialogs", "A regional manager needs a region: choose one."
                )
            }
        return {}


def _password_problems(first: str, second: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    try:
        user_service.validate_password(first)
    except InvalidInput as exc:
        problems["password"] = i18n.text(exc)
    if not problems and first != second:
        problems["repeat"] = QCoreApplication.translate(
            "UserDialogs", "The two passwords differ; type the same password twice."
        )
    return problems


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for r in (Role.REGIONAL_MANAGER, Role.HQ_FINANCE, Role.AUDITOR, Role.ADMIN):
        combo.addItem(role_label(r), r.value)
    return combo


class AddUserDialog(_AccountDialog):
    def __init__(self, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(QCoreApplication.translate("UserDialogs", "Add user"))
        self.title.setText(QCoreApplication.translate("UserDialogs", "Add a user"))
        self.ok_button.setText(QCoreApplication.translate("UserDialogs", "&Add user"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("UserDialogs", "e.g. mgr.central2"))
        self.name.setMaxLength(40)
        self.build_role_fields(session)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            QCoreApplication.translate("UserDialogs", "at least {n} characters").format(
                n=user_service.MIN_PASSWORD_LENGTH
            )
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row("name", QCoreApplication.translate("UserDialogs", "User name:"), self.name)
        self.add_row("role", QCoreApplication.translate("UserDialogs", "Role:"), self.role)
        self.add_row("region", QCoreApplication.translate("UserDialogs", "Region:"), self.region)
        self.form.addRow("", self.region_hint)
        self.add_row(
            "password", QCoreApplication.translate("UserDialogs", "Password:"), self.password
        )
        self.add_row(
            "repeat", QCoreApplication.translate("UserDialogs", "Repeat password:"), self.repeat
        )
        self.sync_region()
        self.name.setFocus()

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        try:
            user_service.validate_name(self.name.text())
        except InvalidInput as exc:
            problems["name"] = i18n.text(exc)
        problems.update(self.role_problems())
        problems.update(_password_problems(self.password.text(), self.repeat.text()))
        return problems

    def run(self) -> None:
        name, role = self.name.text().strip(), self.role.currentData()
        region, password = self.region.currentData(), self.password.text()
        run_op(
            self,
            lambda ctx: user_service.add_user(ctx, name, role, region, password),
            self.done_ok,
            self.failed,
        )


class RoleDialog(_AccountDialog):
    def __init__(self, session: SessionInfo, user: User, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.user = user
        self.setObjectName("roleDialog")
        self.setWindowTitle(QCoreApplication.translate("UserDialogs", "Change role"))
        self.title.setText(
            QCoreApplication.translate("UserDialogs", "Role of {name}").format(name=user.name)
        )
        self.ok_button.setText(QCoreApplication.translate("UserDialogs", "&Save"))
        self.build_role_fields(session)
        self.add_row("role", QCoreApplication.translate("UserDialogs", "Role:"), self.role)
        self.add_row("region", QCoreApplication.translate("UserDialogs", "Region:"), self.region)
        self.form.addRow("", self.region_hint)
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.sync_region()
        if user.region:
            self.region.setCurrentIndex(max(self.region.findData(user.region), 0))

    def problems(self) -> dict[str, str]:
        return self.role_problems()

    def run(self) -> None:
        name, role, region = self.user.name, self.role.currentData(), self.region.currentData()
        version = self.user.row_version
        run_op(
            self,
            lambda ctx: user_service.set_role(ctx, name, role, region, version),
            self.done_ok,
            self.failed,
        )


class PasswordDialog(_AccountDialog):
    def __init__(self, session: SessionInfo, user: User, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.user = user
        self.setObjectName("passwordDialog")
        self.setWindowTitle(QCoreApplication.translate("UserDialogs", "Reset password"))
        self.title.setText(
            QCoreApplication.translate("UserDialogs", "New password for {name}").format(
                name=user.name
            )
        )
        self.ok_button.setText(QCoreApplication.translate("UserDialogs", "&Set password"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            QCoreApplication.translate("UserDialogs", "at least {n} characters").format(
                n=user_service.MIN_PASSWORD_LENGTH
            )
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(
            "password", QCoreApplication.translate("UserDialogs", "New password:"), self.password
        )
        self.add_row(
            "repeat", QCoreApplication.translate("UserDialogs", "Repeat password:"), self.repeat
        )
        note = QLabel(
            QCoreApplication.translate(
                "UserDialogs",
                "Give the password to {name} in person; they can change it after signing in. "
                "A temporary lock after wrong passwords is lifted too.",
            ).format(name=user.name)
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.password.setFocus()

    def problems(self) -> dict[str, str]:
        return _password_problems(self.password.text(), self.repeat.text())

    def run(self) -> None:
        name, password = self.user.name, self.password.text()
        run_op(
            self,
            lambda ctx: user_service.reset_password(ctx, name, password),
            lambda _r: self.done_ok(None),
            self.failed,
        )
