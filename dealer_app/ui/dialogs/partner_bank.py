"""Ask to change where a partner is paid: bank, branch (开户行), CNAPS code (联行号), account and
account name, for all its stores at once.

Its own action (services.banking.request_change), never a side effect of a store edit or an
import: scoped (a regional manager only for a partner whose stores are all in their region),
and in effect only when a second person confirms it (Payments → Bank details to confirm, or
`dealer-app partner bank-confirm`). The form shows every problem at once, beside its field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.banking import FIELDS, BankDetails
from dealer_app.services import banking
from dealer_app.ui.tasks import run_op


class PartnerBankDialog(QDialog):
    requested = Signal(int)  # the change request's id

    def __init__(
        self, partner_id: int, name: str, bank: str, account: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerBankDialog")
        self.setWindowTitle(self.tr("Change bank details"))
        self.partner_id = partner_id
        self.result_change = None
        intro = QLabel(
            self.tr(
                "Where {name} is paid, for all its stores. A second person must confirm the "
                "change before any payment goes to the new account; until then the partner is "
                "paid as before. Both steps are recorded in the audit log."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        labels = {
            "bank": self.tr("Bank:"),
            "branch": self.tr("Branch (开户行):"),
            "cnaps": self.tr("CNAPS code (联行号):"),
            "account": self.tr("Account:"),
            "account_name": self.tr("Account name:"),
        }
        form = QFormLayout()
        for field in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"bank_{field}")
            self.edits[field] = edit
            error = QLabel("")
            error.setProperty("role", "fieldError")
            error.setWordWrap(True)
            error.setVisible(False)
            self.errors[field] = error
            form.addRow(labels[field], edit)
            form.addRow("", error)
            edit.textEdited.connect(lambda _t, f=field: self.errors[f].setVisible(False))
        self.edits["bank"].setText(bank)
        self.edits["account"].setText(account)
        self.edits["cnaps"].setPlaceholderText(self.tr("12 digits"))
        self.edits["account_name"].setPlaceholderText(name)
        self.reason = QLineEdit()
        self.reason.setObjectName("bankReason")
        self.reason.setPlaceholderText(self.tr("e.g. the partner's letter of 2025-12-10"))
        form.addRow(self.tr("Reason:"), self.reason)
        self.error = QLabel("")
        self.error.setObjectName("dialogError")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.done_label = QLabel("")
        self.done_label.setObjectName("bankRequested")
        self.done_label.setWordWrap(True)
        self.done_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Ask for confirmation")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        run_op(self, lambda ctx: banking.payee(ctx, partner_id), self._loaded, lambda _e: None)

    def _loaded(self, payee) -> None:  # noqa: ANN001 - storage Payee
        for field in FIELDS:
            value = getattr(payee.details, field)
            if value and not self.edits[field].isModified():
                self.edits[field].setText(value)

    def save(self) -> None:
        details = BankDetails(**{f: self.edits[f].text() for f in FIELDS})
        reason, pid = self.reason.text(), self.partner_id
        self.buttons.setEnabled(False)
        for label in self.errors.values():
            label.setVisible(False)
        self.error.setVisible(False)
        run_op(
            self,
            lambda ctx: banking.request_change(ctx, pid, details, reason),
            self._saved,
            self._failed,
        )

    def _saved(self, change) -> None:  # noqa: ANN001 - storage BankChange
        self.result_change = change
        self.requested.emit(change.id)
        self.done_label.setText(i18n.t("bank.requested", partner=change.partner, id=change.id))
        self.done_label.setVisible(True)
        for edit in self.edits.values():
            edit.setReadOnly(True)
        self.reason.setReadOnly(True)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        self.buttons.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        msg = getattr(error, "msg", None)
        if msg is None:
            return
        problems = msg.params.get("problems") if msg.code == "bank.details_invalid" else None
        if isinstance(problems, dict):
            for field, problem in problems.items():
                if field in self.errors:
                    self.errors[field].setText(i18n.text(problem))
                    self.errors[field].setVisible(True)
            return
        self.error.setText(i18n.text(msg))
        self.error.setVisible(True)
