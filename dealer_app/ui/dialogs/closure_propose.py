"""Propose closing one store (its estimated one-time loss editable, pre-filled with the per-type
default from the settings) or several (each with its default). Warns about stores that have an
approved, unpaid subsidy: the proposal is allowed, its approval will be refused until the
subsidy is paid or cancelled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.services.closures import CandidateRow
from dealer_app.ui.formatting import count, yuan
from dealer_app.ui.models.closure_tables import blocked_text

MAX_LOSS = 2_000_000_000  # QSpinBox is 32-bit; no single store's closure loses more than this


class ProposeClosureDialog(QDialog):
    def __init__(self, rows: list[CandidateRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setObjectName("proposeClosureDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Propose closure"))
        self.setMinimumWidth(520)
        single = len(rows) == 1
        first = rows[0]
        total_default = sum(r.candidate.estimated_loss for r in rows)
        if single:
            heading_text = self.tr("Propose closing {store} {name}").format(
                store=first.candidate.store_code, name=first.store_name
            )
            details_text = i18n.text(first.candidate.reason)
        else:
            heading_text = self.tr("Propose closing {n} stores").format(n=count(len(rows)))
            lines = [f"{r.candidate.store_code}  {r.store_name}" for r in rows[:8]]
            if len(rows) > 8:
                lines.append(self.tr("… and {n} more").format(n=count(len(rows) - 8)))
            details_text = "\n".join(lines)
        heading = QLabel(heading_text)
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        details = QLabel(details_text)
        details.setObjectName("dialogSubtitle")
        details.setWordWrap(True)

        form = QFormLayout()
        self.loss_edit = QSpinBox()
        self.loss_edit.setObjectName("lossEdit")
        self.loss_edit.setRange(0, MAX_LOSS)
        self.loss_edit.setSingleStep(1_000)
        self.loss_edit.setGroupSeparatorShown(True)
        self.loss_edit.setPrefix("¥ ")
        self.loss_edit.setValue(min(first.candidate.estimated_loss, MAX_LOSS))
        self.loss_edit.setVisible(single)
        self.loss_hint = QLabel(
            self.tr("Default for this store type: {amount}").format(
                amount=yuan(first.candidate.estimated_loss)
            )
            if single
            else self.tr("The default for each store's type: {amount} in all").format(
                amount=yuan(total_default)
            )
        )
        self.loss_hint.setObjectName("hint")
        if single:
            self.loss_edit.setMinimumWidth(160)
            row = QHBoxLayout()
            row.addWidget(self.loss_edit)
            row.addWidget(self.loss_hint, 1)
            label = QLabel(self.tr("Estimated one-time &loss:"))
            label.setBuddy(self.loss_edit)
            form.addRow(label, row)
        else:
            form.addRow(self.tr("Estimated one-time loss:"), self.loss_hint)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(70)
        self.comment_edit.setPlaceholderText(self.tr("Optional"))
        form.addRow(self.tr("&Comment:"), self.comment_edit)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addLayout(form)

        blocked = [r for r in rows if r.has_approved_unpaid_subsidy]
        self.warning: QLabel | None = None
        if blocked:
            if single:
                text = blocked_text(first)
            else:
                codes = ", ".join(r.candidate.store_code for r in blocked[:6])
                if len(blocked) > 6:
                    codes += ", …"
                text = self.tr(
                    "Stores with an approved subsidy that is not paid yet: {codes}. Their "
                    "closures can be proposed, but not approved until those subsidies are paid "
                    "or cancelled."
                ).format(codes=codes)
            icon = QLabel()
            icon.setPixmap(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24)
            )
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.warning = QLabel(text)
            self.warning.setObjectName("closureWarning")
            self.warning.setWordWrap(True)
            box = QHBoxLayout()
            box.addWidget(icon)
            box.addWidget(self.warning, 1)
            frame = QWidget()
            frame.setObjectName("warningFrame")
            frame.setStyleSheet(
                "QWidget#warningFrame { background: #fef3c7; border: 1px solid #f59e0b;"
                " border-radius: 6px; } QWidget#warningFrame QLabel { color: #78350f;"
                " background: transparent; border: none; }"
            )
            frame.setLayout(box)
            layout.addWidget(frame)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(
            self.tr("&Propose closure") if single else self.tr("&Propose closures")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter in the comment is a new line
            QShortcut(QKeySequence(keys), self, self.accept)
        if single:
            self.loss_edit.setFocus()
            self.loss_edit.selectAll()
        else:
            self.comment_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def loss_for(self, row: CandidateRow) -> int | None:
        """The loss to propose for `row`: the edited figure for a single store, else None (the
        service takes the per-type default)."""
        if len(self.rows) == 1:
            return self.loss_edit.value()
        return None

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()
