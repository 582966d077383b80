"""Audit: the append-only log with filters, each entry's before/after in a side panel, a Verify
button that walks the hash chain on the worker, Verify against a backup… (the log must continue
an earlier copy's: finds entries deleted from its end), and Export… for auditors (admin and
HQ)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Role, User
from dealer_app.paths import backup_dir_for
from dealer_app.services import audit as audit_service
from dealer_app.services.audit_export import export_audit
from dealer_app.ui import settings as desk
from dealer_app.ui.dialogs.store_edit import DateField
from dealer_app.ui.formatting import count
from dealer_app.ui.models.audit_table import (
    COL_ACTION,
    COL_ENTITY,
    COL_ID,
    COL_SUMMARY,
    COL_TIME,
    COL_USER,
    AuditTableModel,
    action_words,
    changes,
    entity_words,
    key_words,
    pretty_json,
    time_text,
    value_text,
)
from dealer_app.ui.screens.base import Screen, hide_unless
from dealer_app.ui.tasks import Topic, run_op
from dealer_app.ui.widgets.message_banner import BAD, INFO, OK, MessageBanner

KEY_HEADER = "audit/header"
KEY_SPLIT = "audit/splitter"
KEY_EXPORT_FOLDER = "audit/export_folder"
LIMIT = 5000
FILTER_DELAY_MS = 400
EXPORT_ROLES = frozenset({Role.ADMIN, Role.HQ_FINANCE})


def flagged_ids(problems: list[Msg]) -> set[int]:
    """The entry ids that audit verify's findings name (an entry, or entries first to last)."""
    ids: set[int] = set()
    for problem in problems:
        params = problem.params
        if isinstance(params.get("entry"), int):
            ids.add(params["entry"])
        elif isinstance(params.get("first"), int) and isinstance(params.get("last"), int):
            first, last = params["first"], params["last"]
            ids.update(range(first, min(last, first + 1000) + 1))
    return ids


class AuditScreen(Screen):
    key = "audit"
    icon = QStyle.StandardPixmap.SP_FileDialogInfoView
    concerns = frozenset({Topic.AUDIT})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Audit")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return True

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self._request = 0
        self.last_verify: tuple[int, list[str]] | None = None
        self.last_export: int | None = None
        self.last_four_eyes: list = []

        head, self.count_label = self.heading(self.tr("Audit log"))

        self.user_combo = QComboBox()
        self.user_combo.setObjectName("auditUserFilter")
        self.user_combo.setMinimumWidth(140)
        self.user_combo.addItem(self.tr("All users"), None)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("auditActionFilter")
        self.action_combo.setMinimumWidth(190)
        self.action_combo.setToolTip(
            self.tr("An action, or a group of actions such as subsidy.* (every subsidy action)")
        )
        self.action_combo.addItem(self.tr("All actions"), None)
        for combo in (self.user_combo, self.action_combo):
            combo.activated.connect(lambda _i: self.apply_filter())
        self.date_from = DateField()
        self.date_from.setObjectName("auditDateFrom")
        self.date_to = DateField()
        self.date_to.setObjectName("auditDateTo")
        for field in (self.date_from, self.date_to):
            field.edit.setMaximumWidth(110)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        for field in (self.date_from, self.date_to):
            field.edit.textChanged.connect(lambda _t: self._timer.start())
            field.edit.returnPressed.connect(self.apply_filter)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("auditClearFilters")
        self.clear_button.clicked.connect(self.clear_filters)

        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.setProperty("primary", True)
        self.verify_button.setToolTip(
            self.tr(
                "Recompute every entry's hash and check that each follows the one before it: "
                "an entry changed, deleted or inserted outside Dealer Desk is named."
            )
        )
        self.verify_button.clicked.connect(self.verify)
        self.against_button = QPushButton(self.tr("Verify against a &backup…"))
        self.against_button.setObjectName("auditVerifyAgainst")
        self.against_button.setToolTip(
            self.tr(
                "Also check that the log continues the log of an earlier copy of this ledger "
                "(a backup or the day's automatic copy): entries deleted from the end of the "
                "log are found only this way."
            )
        )
        self.against_button.clicked.connect(self.choose_copy)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.setToolTip(
            self.tr("The whole log with its hashes, as CSV or Excel, for auditors")
        )
        self.export_button.clicked.connect(self.choose_export)
        hide_unless(session.role in EXPORT_ROLES, self.export_button)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("User:")))
        bar.addWidget(self.user_combo)
        bar.addWidget(QLabel(self.tr("Action:")))
        bar.addWidget(self.action_combo)
        bar.addWidget(QLabel(self.tr("From:")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("To:")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        # The actions on the title's line: the filter row keeps its room for the dates.
        head.addWidget(self.export_button)
        head.addWidget(self.against_button)
        head.addWidget(self.verify_button)

        self.banner = MessageBanner()
        self.banner.setObjectName("auditBanner")

        self.model = AuditTableModel()
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        widths = {
            COL_ID: 52,
            COL_TIME: 136,
            COL_USER: 100,
            COL_ACTION: 124,
            COL_ENTITY: 112,
            COL_SUMMARY: 160,
        }
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        desk.restore_state(header, KEY_HEADER)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_ID, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.model.modelReset.connect(self._show_details)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._build_details())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 340])
        split_state = desk.settings().value(KEY_SPLIT)
        if isinstance(split_state, QByteArray) and not split_state.isEmpty():
            self.splitter.restoreState(split_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    def _build_details(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("auditDetails")
        self.detail_title = QLabel(self.tr("Select an entry to see its details."))
        self.detail_title.setObjectName("sectionTitle")
        self.detail_meta = QFormLayout()
        self.detail_meta.setContentsMargins(0, 0, 0, 0)
        self.detail_meta.setHorizontalSpacing(12)
        self.detail_meta.setVerticalSpacing(2)
        self.meta_labels: dict[str, QLabel] = {}
        for key, label in (
            ("at", self.tr("Time")),
            ("user", self.tr("User")),
            ("action", self.tr("Action")),
            ("entity", self.tr("Entity")),
        ):
            value = QLabel("")
            value.setObjectName(f"auditDetail_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.detail_meta.addRow(label + ":", value)
            self.meta_labels[key] = value
        self.changes_title = QLabel(self.tr("Changes"))
        self.changes_title.setObjectName("sectionTitle")
        self.changes_table = QTableWidget(0, 3)
        self.changes_table.setObjectName("auditChanges")
        self.changes_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.changes_table.verticalHeader().setVisible(False)
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_table.setWordWrap(False)
        self.changes_table.setShowGrid(False)
        self.changes_table.verticalHeader().setDefaultSectionSize(24)
        h = self.changes_table.horizontalHeader()
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.data_title = QLabel(self.tr("Recorded data (JSON)"))
        self.data_title.setObjectName("sectionTitle")
        self.data_view = QPlainTextEdit()
        self.data_view.setObjectName("auditData")
        self.data_view.setReadOnly(True)
        self.data_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.data_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.detail_title)
        layout.addLayout(self.detail_meta)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes_table)
        layout.addWidget(self.data_title)
        layout.addWidget(self.data_view, 3)
        for w in (self.changes_title, self.changes_table, self.data_title, self.data_view):
            w.setVisible(False)
        return panel

    # -- state -------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(KEY_HEADER, self.table.horizontalHeader().saveState())
        settings.setValue(KEY_SPLIT, self.splitter.saveState())

    def current_filters(self) -> tuple[dict[str, str], dict[str, str]]:
        """(filters for services.audit.entries, problems with the dates typed by field)."""
        filters: dict[str, str] = {}
        problems: dict[str, str] = {}
        user, action = self.user_combo.currentData(), self.action_combo.currentData()
        if user:
            filters["user"] = user
        if action:
            filters["action"] = action
        for key, field, label in (
            ("date_from", self.date_from, self.tr("From")),
            ("date_to", self.date_to, self.tr("To")),
        ):
            try:
                day = field.date()
            except ValueError as exc:
                problems[key] = f"{label}: {exc}"
                continue
            if day is not None:
                filters[key] = day.isoformat()
        if filters.get("date_from", "") > filters.get("date_to", "9999"):
            problems["date_to"] = self.tr("The end date is before the start date.")
        return filters, problems

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.apply_filter()

    def clear_filters(self) -> None:
        self.user_combo.setCurrentIndex(0)
        self.action_combo.setCurrentIndex(0)
        for field in (self.date_from, self.date_to):
            field.edit.blockSignals(True)
            field.edit.clear()
            field.edit.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        filters, problems = self.current_filters()
        for key, field in (("date_from", self.date_from), ("date_to", self.date_to)):
            field.edit.setStyleSheet("border: 1px solid #dc2626;" if key in problems else "")
        if problems:
            self.count_label.setText(" ".join(problems.values()))
            self.count_label.setStyleSheet("color: #b91c1c;")
            return
        self.count_label.setStyleSheet("")
        self._request += 1
        request = self._request

        def load(ctx):  # noqa: ANN001, ANN202 - runs on the worker
            users, actions = audit_service.filter_values(ctx)
            try:
                rows = audit_service.entries(ctx, limit=LIMIT, **filters)
            except ValueError:  # an entry's data is not JSON: the file was edited by hand
                rows = None
            flagged = audit_service.four_eyes(ctx) if may_read_all else []
            return rows, users, actions, flagged

        may_read_all = not self.session.is_regional_manager
        run_op(self, load, lambda result: self._show(request, *result))

    def _show(self, request: int, rows, users: list[str], actions: list[str], flagged=()) -> None:  # noqa: ANN001
        if request != self._request:
            return
        self.model.set_notes({m.params["entry"]: i18n.text(m) for m in flagged})
        self.last_four_eyes = list(flagged)
        self._fill_combo(self.user_combo, [(u, u) for u in users])
        groups: dict[str, list[str]] = {}
        for a in actions:
            groups.setdefault(a.split(".", 1)[0], []).append(a)
        items: list[tuple[str, str]] = []
        for group, members in groups.items():
            if len(members) > 1:
                items.append((self.tr("{group}.* (all)").format(group=group), group + "."))
            items.extend(("    " + a if len(members) > 1 else a, a) for a in members)
        self._fill_combo(self.action_combo, items)
        if rows is None:
            self.model.set_entries([])
            self.count_label.setText("")
            self.banner.show_message(
                BAD,
                self.tr("The audit log cannot be listed: an entry's data is not readable."),
                self.tr(
                    "The ledger file was changed outside Dealer Desk. Press Verify chain to see "
                    "which entries are affected, and restore the latest good backup."
                ),
            )
            return
        selected = self.selected_entry()
        self.model.set_entries(rows)
        n = len(rows)
        text = self.tr("1 entry") if n == 1 else self.tr("{n} entries").format(n=count(n))
        if n >= LIMIT:
            text = self.tr("the newest {n} entries; narrow the filters to see older ones").format(
                n=count(n)
            )
        self.count_label.setText(text)
        row = self.model.row_of(selected.id) if selected is not None else None
        self.table.selectRow(row if row is not None else 0)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, data in items:
            combo.addItem(label, data)
        index = combo.findData(current) if current else 0
        if index < 0:  # the chosen value has no entries any more: keep it, it still filters
            combo.addItem(current, current)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    # -- details -----------------------------------------------------------------------------
    def selected_entry(self):  # noqa: ANN201
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.entry_at(index.row())

    def _show_details(self) -> None:
        e = self.selected_entry()
        parts = (self.changes_title, self.changes_table, self.data_title, self.data_view)
        if e is None:
            self.detail_title.setText(self.tr("Select an entry to see its details."))
            for label in self.meta_labels.values():
                label.setText("")
            for w in parts:
                w.setVisible(False)
            return
        self.detail_title.setText(self.tr("Entry #{id}").format(id=e.id))
        self.meta_labels["at"].setText(time_text(e.at))
        self.meta_labels["at"].setToolTip(e.at)
        self.meta_labels["user"].setText(e.user)
        # in words, the recorded codes beside them (the raw record is below, whole)
        self.meta_labels["action"].setText(f"{action_words(e.action)} ({e.action})")
        self.meta_labels["entity"].setText(entity_words(e.entity, e.entity_id))
        diff = changes(e.data)
        self.changes_table.setRowCount(len(diff))
        for row, (key, old, new) in enumerate(diff):
            for col, text in enumerate((key_words(key), value_text(old), value_text(new))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.changes_table.setItem(row, col, item)
        rows_height = sum(self.changes_table.rowHeight(r) for r in range(len(diff)))
        self.changes_table.setFixedHeight(
            min(self.changes_table.horizontalHeader().height() + rows_height, 260)
            + 2 * self.changes_table.frameWidth()
            + 2
        )
        self.changes_title.setVisible(bool(diff))
        self.changes_table.setVisible(bool(diff))
        self.data_title.setVisible(True)
        self.data_view.setVisible(True)
        self.data_view.setPlainText(pretty_json(e.data))
        if e.id in self.model.flagged:
            self.detail_title.setText(
                self.tr("Entry #{id} — named by the last verification").format(id=e.id)
            )

    # -- verify ------------------------------------------------------------------------------
    def verify(self) -> None:
        self._verifying()
        run_op(self, audit_service.verify, self._verified, self._verify_failed)

    def choose_copy(self) -> None:
        from dealer_app.ui.locations import folder_for, is_server

        where = self.session.ledger_path
        folder = folder_for(where) if is_server(where) else backup_dir_for(where)
        if not folder.is_dir():
            folder = folder_for(where)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Verify against a backup"),
            str(folder),
            self.tr("Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.verify_against(Path(path))

    def verify_against(self, copy: Path) -> None:
        self._verifying()
        run_op(
            self,
            lambda ctx: audit_service.verify_against(ctx, copy),
            lambda v: self._verified((v.entries, v.problems), v),
            self._verify_failed,
        )

    def _verifying(self) -> None:
        self.verify_button.setEnabled(False)
        self.against_button.setEnabled(False)
        self.verify_button.setText(self.tr("Verifying…"))

    def _verify_done(self) -> None:
        self.verify_button.setEnabled(True)
        self.against_button.setEnabled(True)
        self.verify_button.setText(self.tr("&Verify chain"))

    def _verified(
        self, result: tuple[int, list[str]], against: audit_service.Verification | None = None
    ) -> None:
        self._verify_done()
        checked, problems = result
        self.last_verify = (checked, list(problems))
        self.model.set_flagged(flagged_ids(problems))
        self._show_details()
        if not problems:
            text = self.tr(
                "Chain intact: {n} entries checked, none altered, missing or out of order."
            ).format(n=count(checked))
            if against is not None:
                text += " " + self.tr(
                    "It continues the log of {file} ({m} entries, the last written {at})."
                ).format(
                    file=against.copy.name,
                    m=count(against.copy_entries),
                    at=time_text(against.copy_last_at) if against.copy_last_at else "–",
                )
            self.banner.show_message(OK, text)
            return
        shown = problems[:8]
        body = "\n".join("• " + i18n.text(p) for p in shown)
        if len(problems) > len(shown):
            body += "\n" + self.tr("…and {n} more.").format(n=count(len(problems) - len(shown)))
        body += "\n" + self.tr(
            "The ledger file was changed outside Dealer Desk. Keep this file for investigation "
            "and restore the latest good backup."
        )
        self.banner.show_message(
            BAD,
            self.tr("The audit chain is broken: {k} problems in {n} entries.").format(
                k=count(len(problems)), n=count(checked)
            )
            if len(problems) != 1
            else self.tr("The audit chain is broken: 1 problem in {n} entries.").format(
                n=count(checked)
            ),
            body,
        )

    def _verify_failed(self, error: BaseException) -> None:
        self._verify_done()
        from dealer_app.domain.errors import DealerError

        if isinstance(error, DealerError):
            self.banner.show_message(BAD, self.tr("Could not verify the chain."), i18n.text(error))

    # -- export ------------------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.session.role not in EXPORT_ROLES:
            return
        folder = desk.get_str(KEY_EXPORT_FOLDER) or str(Path.home())
        from dealer_app.ui.locations import short_name

        name = f"audit-log-{short_name(self.session.ledger_path)}-{dt.date.today():%Y%m%d}.xlsx"
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), str(Path(folder) / name), f"{xlsx};;{csv}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if chosen == csv else ".xlsx")
        desk.set_value(KEY_EXPORT_FOLDER, str(target.parent))
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        self.export_button.setEnabled(False)

        def done(n: int) -> None:
            self.export_button.setEnabled(True)
            self.last_export = n
            self.banner.show_message(
                INFO,
                self.tr("Exported {n} entries to {path}.").format(n=count(n), path=target),
                self.tr("The export itself is recorded in the audit log."),
            )

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            from dealer_app.domain.errors import DealerError

            if isinstance(error, DealerError):
                self.banner.show_message(BAD, self.tr("Nothing was exported."), i18n.text(error))

        run_op(self, lambda ctx: export_audit(ctx, target), done, failed)
