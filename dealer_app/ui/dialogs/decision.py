"""Small dialogs that ask for what a decision needs: a comment, a payment reference, a date.

They only gather input; the screen that opened them calls the service and shows its answer.
All are opened with `open()` (no nested event loop); connect to `accepted`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_COMMENT = 2000
MAX_REFERENCE = 100


class _DecisionDialog(QDialog):
    def __init__(self, title: str, heading: str, details: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.heading = QLabel(heading)
        self.heading.setObjectName("dialogTitle")
        self.heading.setWordWrap(True)
        self.details = QLabel(details)
        self.details.setObjectName("dialogSubtitle")
        self.details.setWordWrap(True)
        self.details.setVisible(bool(details))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        # Enter in a multi-line comment is a new line; Ctrl+Enter confirms from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._confirm)

    def _confirm(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class CommentDialog(_DecisionDialog):
    """Approve or reject with a comment. `required=True` (rejections) keeps OK disabled until
    a reason is typed: whoever reads the refusal later needs to know why."""

    def __init__(
        self,
        title: str,
        heading: str,
        ok_text: str,
        *,
        details: str = "",
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, heading, details, parent)
        self.setObjectName("commentDialog")
        self.required = required
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(90)
        self.comment_edit.setPlaceholderText(
            self.tr("Why it is rejected (required)") if required else self.tr("Optional")
        )
        self.form.addRow(
            self.tr("&Reason:") if required else self.tr("&Comment:"), self.comment_edit
        )
        self.ok_button.setText(ok_text)
        self.comment_edit.textChanged.connect(self._validate)
        self._validate()
        self.comment_edit.setFocus()  # type at once; Ctrl+Enter confirms

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()

    def _validate(self) -> None:
        text = self.comment()
        self.ok_button.setEnabled((bool(text) or not self.required) and len(text) <= MAX_COMMENT)


class PaymentDialog(_DecisionDialog):
    """Mark approved subsidies paid: the bank transfer's reference is required."""

    def __init__(self, heading: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark paid"), heading, details, parent)
        self.setObjectName("paymentDialog")
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("referenceEdit")
        self.reference_edit.setMaxLength(MAX_REFERENCE)
        self.reference_edit.setPlaceholderText(self.tr("e.g. CMB-20251216-000123"))
        self.form.addRow(self.tr("Payment &reference:"), self.reference_edit)
        self.ok_button.setText(self.tr("Mark &paid"))
        self.reference_edit.textChanged.connect(self._validate)
        self._validate()
        self.reference_edit.setFocus()

    def reference(self) -> str:
        return self.reference_edit.text().strip()

    def _validate(self) -> None:
        self.ok_button.setEnabled(bool(self.reference()))


class CloseDateDialog(_DecisionDialog):
    """Approve closures: the closing date (default today) and an optional comment."""

    def __init__(
        self, heading: str, details: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Approve closure"), heading, details, parent)
        self.setObjectName("closeDateDialog")
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("closingDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.comment_edit = QLineEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setMaxLength(MAX_COMMENT)
        self.comment_edit.setPlaceholderText(self.tr("Optional"))
        self.form.addRow(self.tr("&Closing date:"), self.date_edit)
        self.form.addRow(self.tr("&Comment:"), self.comment_edit)
        self.ok_button.setText(self.tr("&Approve and close"))
        self.date_edit.setFocus()

    def closed_on(self) -> dt.date:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def comment(self) -> str:
        return self.comment_edit.text().strip()
