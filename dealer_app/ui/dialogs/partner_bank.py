"""Change where a partner is paid: its bank and account, for all its stores at once.

Its own action (services.partners.change_bank), never a side effect of a store edit or an
import: scoped (a regional manager only for a partner whose stores are all in their region),
audited with the details before and after; the next payout letters print the new details.
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
from dealer_app.services import partners as partner_service
from dealer_app.ui.tasks import run_op


class PartnerBankDialog(QDialog):
    changed = Signal(str, str)  # bank, account

    def __init__(
        self, partner_id: int, name: str, bank: str, account: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerBankDialog")
        self.setWindowTitle(self.tr("Change bank details"))
        self.partner_id = partner_id
        self.result_partner = None
        intro = QLabel(
            self.tr(
                "Where {name} is paid, for all its stores. The change is recorded in the audit "
                "log with the details before and after; letters issued from now on print the new "
                "details."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.bank = QLineEdit(bank)
        self.bank.setObjectName("bankName")
        self.account = QLineEdit(account)
        self.account.setObjectName("bankAccount")
        self.reason = QLineEdit()
        self.reason.setObjectName("bankReason")
        self.reason.setPlaceholderText(self.tr("e.g. the partner's letter of 2025-12-10"))
        form = QFormLayout()
        form.addRow(self.tr("Bank:"), self.bank)
        form.addRow(self.tr("Account:"), self.account)
        form.addRow(self.tr("Reason:"), self.reason)
        self.error = QLabel("")
        self.error.setObjectName("dialogError")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 240)

    def save(self) -> None:
        bank, account, reason = self.bank.text(), self.account.text(), self.reason.text()
        pid = self.partner_id
        self.buttons.setEnabled(False)
        run_op(
            self,
            lambda ctx: partner_service.change_bank(ctx, pid, bank, account, reason),
            self._saved,
            self._failed,
        )

    def _saved(self, partner) -> None:  # noqa: ANN001 - domain Partner
        self.result_partner = partner
        self.changed.emit(partner.bank, partner.account)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        msg = getattr(error, "msg", None)
        if msg is not None:
            self.error.setText(i18n.text(msg))
            self.error.setVisible(True)
