"""View → Who is signed in…: the people connected to a shared ledger now (services/live.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.messages import Msg
from dealer_app.ui.formatting import role_label

if TYPE_CHECKING:
    from dealer_app.services.live import Presence


class WhoDialog(QDialog):
    """`people`: who is signed in (None: a ledger file, which cannot know)."""

    def __init__(self, people: list[Presence] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whoDialog")
        self.setWindowTitle(i18n.text(Msg("live.who_title")))
        layout = QVBoxLayout(self)
        self.note = QLabel("")
        self.note.setObjectName("whoNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("whoTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("WhoDialog", "Name"),
                QCoreApplication.translate("WhoDialog", "Role"),
                QCoreApplication.translate("WhoDialog", "Region"),
                QCoreApplication.translate("WhoDialog", "Signed in since"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(False)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)
        self._fill(people)

    def _fill(self, people: list[Presence] | None) -> None:
        if people is None:
            self.note.setText(i18n.text(Msg("live.who_file")))
            self.table.setVisible(False)
            return
        others = [p for p in people if not p.me]
        self.note.setText(i18n.text(Msg("live.who_none")) if not others else "")
        self.note.setVisible(not others)
        self.table.setRowCount(len(people))
        for row, p in enumerate(people):
            you = QCoreApplication.translate("WhoDialog", "{name} (you)")
            name = you.format(name=p.name) if p.me else p.name
            region = i18n.render("live.region", {"region": p.region}) if p.region else "—"
            since = (p.since or "—").replace("T", " ")[:16]
            for col, value in enumerate((name, role_label(p.role.value), region, since)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.setSortingEnabled(True)
