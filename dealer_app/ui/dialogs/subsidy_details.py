"""One subsidy, every recorded field, read-only (Enter on the subsidies list)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dealer_app.domain.models import Partner, Subsidy
from dealer_app.ui.formatting import subsidy_status_label, tier_label, yuan
from dealer_app.ui.models.rows_table import when_text
from dealer_app.ui.session import SessionInfo


class SubsidyDetailsDialog(QDialog):
    def __init__(
        self,
        session: SessionInfo,
        sub: Subsidy,
        parent: QWidget | None = None,
        payee: Partner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subsidyDetails")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Subsidy {id}").format(id=sub.id))
        self.setMinimumWidth(460)
        title = QLabel(f"{sub.store_code} · {sub.store_name}")
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

        def add(label: str, value: str) -> None:
            if not value:
                return
            field = QLabel(value)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)

        add(self.tr("Subsidy:"), str(sub.id))
        add(self.tr("Region:"), session.region_name(sub.region))
        add(
            self.tr("Policy:"),
            self.tr("{code}, version {version}").format(
                code=sub.policy_code, version=sub.policy_version
            ),
        )
        add(self.tr("Amount:"), yuan(sub.amount))
        if payee is not None:  # where the money goes: checked before paying
            add(self.tr("Paid to:"), payee.name)
            add(self.tr("Bank:"), payee.bank)
            add(self.tr("Account:"), payee.account)
        add(self.tr("Tier:"), tier_label(sub.tier))
        add(self.tr("Status:"), subsidy_status_label(sub.status))
        add(
            self.tr("Proposed:"),
            self.tr("{when} by {who}").format(when=when_text(sub.proposed_at), who=sub.proposed_by),
        )
        if sub.approved_by:
            add(
                self.tr("Decided:"),
                self.tr("{when} by {who}").format(
                    when=when_text(sub.decided_at), who=sub.approved_by
                ),
            )
        add(self.tr("Comment:"), sub.comment)
        if sub.paid_by:
            add(
                self.tr("Paid:"),
                self.tr("{when} by {who}").format(when=when_text(sub.paid_at), who=sub.paid_by),
            )
        add(self.tr("Payment reference:"), sub.payment_reference or "")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
