"""The Payments screen's dialogs: gather a batch, release it (the checker's look at what is
flagged), preview and write the bank file, read the bank's results (every problem listed,
nothing applied), and write vouchers for a period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.bank_files import Profile


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def profile_combo(profiles: dict[str, Profile]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("profileCombo")
    for key, p in profiles.items():
        combo.addItem(p.name_for(i18n.is_chinese()), key)
    return combo


class NewBatchDialog(QDialog):
    """What to gather: a policy, a region, approval dates (all optional), a note."""

    def __init__(self, policies: Sequence[tuple[str, str]], regions: Sequence[tuple[str, str]],
                 today: dt.date, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("newBatchDialog")
        self.setWindowTitle(self.tr("New payment batch"))
        intro = QLabel(
            self.tr(
                "Gathers the approved subsidies that are in no batch yet, oldest approval first, as "
                "many as the batch limits allow. A second finance user reviews and releases it."
            )
        )
        intro.setWordWrap(True)
        self.policy = QComboBox()
        self.policy.setObjectName("batchPolicy")
        self.policy.addItem(self.tr("Every policy"), None)
        for code, title in policies:
            self.policy.addItem(title, code)
        self.region = QComboBox()
        self.region.setObjectName("batchRegion")
        self.region.addItem(self.tr("Every region"), None)
        for code, name in regions:
            self.region.addItem(name, code)
        self.use_dates = QCheckBox(self.tr("Approved between"))
        self.use_dates.setObjectName("batchUseDates")
        self.first = QDateEdit(_qdate(today.replace(day=1)))
        self.last = QDateEdit(_qdate(today))
        for d in (self.first, self.last):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.use_dates.toggled.connect(self.first.setEnabled)
        self.use_dates.toggled.connect(self.last.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.last)
        self.note = QLineEdit()
        self.note.setObjectName("batchNote")
        form = QFormLayout()
        form.addRow(self.tr("Policy:"), self.policy)
        form.addRow(self.tr("Region:"), self.region)
        form.addRow(self.use_dates, dates)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the batch"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)  # fmt: skip

    def values(self) -> dict:
        dates = self.use_dates.isChecked()
        return {
            "policy": self.policy.currentData(),
            "region": self.region.currentData(),
            "approved_from": _date(self.first.date()) if dates else None,
            "approved_to": _date(self.last.date()) if dates else None,
            "note": self.note.text(),
        }


class ReleaseDialog(QDialog):
    """The checker's last look: the batch's figures and every flagged payment; releasing a
    batch with flags needs the box ticked."""

    def __init__(self, number: str, count: int, total: str, flagged: list[str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("releaseDialog")
        self.setWindowTitle(self.tr("Release batch {number}").format(number=number))
        text = QLabel(
            self.tr(
                "Release batch {number}: {count} payments, {total}. From then on it is frozen and "
                "its bank file can be written."
            ).format(number=number, count=count, total=total)
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.ack = QCheckBox(self.tr("I checked these payments with the partner"))
        self.ack.setObjectName("releaseAcknowledge")
        if flagged:
            warn = QLabel(self.tr("Look at these payments before releasing:"))
            warn.setProperty("role", "fieldError")
            listing = QPlainTextEdit("\n".join(flagged))
            listing.setReadOnly(True)
            listing.setObjectName("releaseFlagged")
            layout.addWidget(warn)
            layout.addWidget(listing)
            layout.addWidget(self.ack)
        self.comment = QLineEdit()
        self.comment.setObjectName("releaseComment")
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        layout.addWidget(self.comment)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Release"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not flagged)
        self.ack.toggled.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 360 if flagged else 160)  # fmt: skip


class BankFileDialog(QDialog):
    """The bank file of a released batch in a chosen profile's layout, shown before it is
    written."""

    def __init__(self, profiles: dict[str, Profile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankFileDialog")
        self.setWindowTitle(self.tr("Bank file"))
        self.profile = profile_combo(profiles)
        self.table = QTableWidget()
        self.table.setObjectName("bankFilePreview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Write the file…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Bank's layout:"), self.profile)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(980, 460)  # fmt: skip

    def show_rows(self, headers: list[str], rows: list[list[str]], about: str) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if value.replace(".", "").isdigit() and "." in value:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.note.setText(about)


class ResultsDialog(QDialog):
    """What a bank result file did, or why nothing was applied (every problem listed)."""

    def __init__(self, title: str, text: str, problems: list[str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("resultsDialog")
        self.setWindowTitle(title)
        label = QLabel(text)
        label.setObjectName("resultsSummary")
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        if problems:
            box = QPlainTextEdit("\n".join(problems))
            box.setObjectName("resultsProblems")
            box.setReadOnly(True)
            layout.addWidget(box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 380 if problems else 160)


class VoucherDialog(QDialog):
    """A period and a format for the vouchers."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voucherDialog")
        self.setWindowTitle(self.tr("Vouchers for the books"))
        first_this = today.replace(day=1)
        last_month_end = first_this - dt.timedelta(days=1)
        self.first = QDateEdit(_qdate(last_month_end.replace(day=1)))
        self.last = QDateEdit(_qdate(last_month_end))
        for d in (self.first, self.last):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.first.setObjectName("voucherFrom")
        self.last.setObjectName("voucherTo")
        self.format = QComboBox()
        self.format.setObjectName("voucherFormat")
        self.format.addItem(self.tr("Generic XLSX"), "xlsx")
        self.format.addItem(self.tr("用友U8 text import"), "u8")
        self.again = QCheckBox(self.tr("Export again on purpose (the first file was lost)"))
        self.again.setObjectName("voucherAgain")
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.first)
        form.addRow(self.tr("To:"), self.last)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow("", self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Write…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)  # fmt: skip

    def values(self) -> tuple[dt.date, dt.date, str, bool]:
        return (_date(self.first.date()), _date(self.last.date()), self.format.currentData(),
                self.again.isChecked())  # fmt: skip
