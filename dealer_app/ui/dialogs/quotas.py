"""Policies → Regional quotas… (HQ finance): split a policy's national budget into per-region
allocations. Each region: what it has approved or paid, and its quota (empty: none). Saved
through services.policies.set_quotas, which refuses quotas over the budget or below what a
region has already committed; the refusal is shown here, nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.errors import DealerError
from dealer_app.services import policies as policy_service
from dealer_app.ui.formatting import yuan
from dealer_app.ui.session import SessionInfo
from dealer_app.ui.tasks import run_op


class QuotaDialog(QDialog):
    def __init__(
        self,
        session: SessionInfo,
        code: str,
        budget: int,
        quotas: dict[str, int],
        committed: dict[str, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quotaDialog")
        self.code = code
        self.saved: dict[str, int] | None = None
        self.setWindowTitle(
            QCoreApplication.translate("QuotaDialog", "Regional quotas — {code}").format(code=code)
        )
        intro = QLabel(
            QCoreApplication.translate(
                "QuotaDialog",
                "Split the national budget of {budget} among the regions (optional). An "
                "approval that would take a region past its quota is refused. Leave a region "
                "empty for no quota.",
            ).format(budget=yuan(budget))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(session.regions), 3)
        self.table.setObjectName("quotaTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("QuotaDialog", "Region"),
                QCoreApplication.translate("QuotaDialog", "Approved or paid"),
                QCoreApplication.translate("QuotaDialog", "Quota (yuan)"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.edits: dict[str, QLineEdit] = {}
        for row, region in enumerate(session.regions):
            name = QTableWidgetItem(session.region_name(region.code))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            used = QTableWidgetItem(yuan(committed.get(region.code, 0)))
            used.setFlags(Qt.ItemFlag.ItemIsEnabled)
            used.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, used)
            edit = QLineEdit(str(quotas[region.code]) if region.code in quotas else "")
            edit.setObjectName(f"quota_{region.code}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(QCoreApplication.translate("QuotaDialog", "no quota"))
            self.table.setCellWidget(row, 2, edit)
            self.edits[region.code] = edit
        self.message = QLabel("")
        self.message.setObjectName("quotaMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def values(self) -> dict[str, int | None] | None:
        """region -> quota (None: no quota); None when a field is not a whole number."""
        out: dict[str, int | None] = {}
        for region, edit in self.edits.items():
            text = edit.text().strip().replace(",", "").replace("，", "")
            if not text:
                out[region] = None
            elif text.isdigit():
                out[region] = int(text)
            else:
                self.show_message(
                    QCoreApplication.translate(
                        "QuotaDialog", "Type the quota as a whole number of yuan, e.g. 2000000."
                    )
                )
                edit.setFocus()
                return None
        return out

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        values = self.values()
        if values is None:
            return
        self.buttons.setEnabled(False)
        code = self.code
        run_op(
            self,
            lambda ctx: policy_service.set_quotas(ctx, code, values),
            self._saved,
            self._failed,
        )

    def _saved(self, quotas: dict[str, int]) -> None:
        self.saved = quotas
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, DealerError):
            self.show_message(i18n.text(error))
