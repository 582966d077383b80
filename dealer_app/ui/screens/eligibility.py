"""Eligibility: every store's verdict under a policy, totals, and bulk proposals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.models import User
from dealer_app.services import subsidies as subsidy_service
from dealer_app.services.batch import Outcome
from dealer_app.services.eligibility import EligibilityTotals, eligibility, totals
from dealer_app.services.policies import list_policies
from dealer_app.ui.formatting import count, policy_title, tier_label, yuan
from dealer_app.ui.models.eligibility_table import (
    COL_CODE,
    SHOW_ALL,
    SHOW_ELIGIBLE,
    SHOW_NOT_ELIGIBLE,
    SHOW_TO_PROPOSE,
    EligibilityTableModel,
    can_propose,
)
from dealer_app.ui.screens.base import Screen, hide_unless
from dealer_app.ui.tasks import Topic, run_op, run_op_with_progress
from dealer_app.ui.widgets.search import SearchField

KEY_HEADER = "eligibility/header"


class EligibilityScreen(Screen):
    key = "eligibility"
    icon = QStyle.StandardPixmap.SP_DialogApplyButton
    concerns = frozenset({Topic.STORES, Topic.SUBSIDIES, Topic.POLICIES, Topic.PERFORMANCE})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Eligibility")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return True

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self.policy_code: str | None = None
        self.last_result: Outcome[str] | None = None

        head, self.summary = self.heading(self.tr("Eligibility"))

        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("policyCombo")
        self.policy_combo.setMinimumWidth(300)
        self.policy_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.policy_combo.activated.connect(lambda _i: self.reload())
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("showFilter")
        self.show_combo.addItem(self.tr("All stores"), SHOW_ALL)
        self.show_combo.addItem(self.tr("Eligible"), SHOW_ELIGIBLE)
        self.show_combo.addItem(self.tr("Not eligible"), SHOW_NOT_ELIGIBLE)
        self.show_combo.addItem(self.tr("Eligible, not yet proposed"), SHOW_TO_PROPOSE)
        self.show_combo.activated.connect(lambda _i: self._filter())
        self.search = SearchField(self.tr("Search code, name or reason…"))
        self.search.setObjectName("eligibilitySearch")
        self.search.search.connect(lambda _t: self._filter())
        self.select_button = QPushButton(self.tr("Select all to propose"))
        self.select_button.setObjectName("selectProposable")
        self.select_button.clicked.connect(self.select_proposable)
        self.propose_button = QPushButton(self.tr("&Propose subsidies…"))
        self.propose_button.setObjectName("proposeButton")
        self.propose_button.setProperty("primary", True)
        self.propose_button.clicked.connect(self.propose_selected)
        hide_unless(session.is_operator, self.select_button, self.propose_button)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Policy:")))
        bar.addWidget(self.policy_combo)
        bar.addWidget(self.show_combo)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.select_button)
        bar.addWidget(self.propose_button)

        self.model = EligibilityTableModel(session.region_name)
        self.table = QTableView()
        self.table.setObjectName("eligibilityTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        for col, width in enumerate((90, 190, 110, 64, 90, 140, 120, 400)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        from dealer_app.ui import settings as desk

        desk.restore_state(self.table.horizontalHeader(), KEY_HEADER)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        from dealer_app.ui import grid_actions
        from dealer_app.ui.models.rows_table import screen_title

        grid_actions.install(self.table, lambda: screen_title(self.table))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.tier_table = self._small_table([self.tr("Tier"), self.tr("Stores"), self.tr("Amount")])
        self.tier_table.setObjectName("tierTotals")
        # Regions run across (a column per region) so the totals take three lines, not ten.
        self.region_table = QTableWidget(2, 0)
        self.region_table.setObjectName("regionTotals")
        self.region_table.setVerticalHeaderLabels([self.tr("Stores"), self.tr("Amount")])
        self.region_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.region_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.region_table.setShowGrid(False)
        self.region_table.verticalHeader().setDefaultSectionSize(24)
        self.region_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        totals = QHBoxLayout()
        totals.setSpacing(16)
        for title, table, stretch in (
            (self.tr("Totals by tier"), self.tier_table, 4),
            (self.tr("Totals by region"), self.region_table, 9),
        ):
            box = QVBoxLayout()
            box.setSpacing(4)
            label = QLabel(title)
            label.setObjectName("sectionTitle")
            box.addWidget(label)
            box.addWidget(table)
            box.addStretch(1)
            totals.addLayout(box, stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(totals)
        self._update_buttons()

    def _small_table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setShowGrid(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(24)
        return table

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(KEY_HEADER, self.table.horizontalHeader().saveState())

    def search_field(self) -> QLineEdit:
        return self.search

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        wanted = self.policy_combo.currentData() or self.policy_code

        def load(ctx):  # noqa: ANN001, ANN202 - worker
            policies = list_policies(ctx)
            if not policies:
                return policies, None, [], totals([])
            codes = [p.code for p in policies]
            code = wanted if wanted in codes else ("YE2025" if "YE2025" in codes else codes[0])
            rows = eligibility(ctx, code)
            return policies, code, rows, totals(rows)

        run_op(self, load, self._show)

    def _show(self, result: tuple) -> None:
        policies, code, rows, sums = result
        self.policy_code = code
        self.policy_combo.blockSignals(True)
        self.policy_combo.clear()
        for p in policies:
            self.policy_combo.addItem(policy_title(p), p.code)
        if code:
            self.policy_combo.setCurrentIndex(self.policy_combo.findData(code))
        self.policy_combo.blockSignals(False)
        self.model.set_rows(rows)
        # the totals of what is shown: all of it, or what the filter and search leave
        self._show_totals(sums if len(self.model.rows) == len(rows) else totals(self.model.rows))

    def _show_totals(self, t: EligibilityTotals) -> None:
        self.summary.setText(
            self.tr("{eligible} eligible · {not_eligible} not eligible · {amount} in all").format(
                eligible=count(t.eligible),
                not_eligible=count(t.not_eligible),
                amount=yuan(t.amount),
            )
        )
        total = (self.tr("All eligible"), t.eligible, t.amount)
        self._fill(
            self.tier_table,
            [(tier_label(k) or "–", n, a) for k, (n, a) in sorted(t.by_tier.items())],
            total,
        )
        order = {r.code: i for i, r in enumerate(self.session.regions)}
        by_region = sorted(t.by_region.items(), key=lambda kv: order.get(kv[0], 99))
        columns = [(self.session.region_name(k), n, a) for k, (n, a) in by_region]
        columns.append((self.tr("All"), t.eligible, t.amount))
        table = self.region_table
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([label for label, _n, _a in columns])
        for col, (_label, n, amount) in enumerate(columns):
            for row, text in ((0, count(n)), (1, yuan(amount))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == len(columns) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, col, item)
        table.horizontalHeader().setSectionResizeMode(
            len(columns) - 1, QHeaderView.ResizeMode.ResizeToContents
        )
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height() + 2 * 24 + 2 * table.frameWidth() + 2
        )

    @staticmethod
    def _fill(
        table: QTableWidget, rows: list[tuple[str, int, int]], total: tuple[str, int, int]
    ) -> None:
        """Rows, then a bold total row; the table is as tall as its rows."""
        table.setRowCount(len(rows) + 1)
        for i, (label, n, amount) in enumerate([*rows, total]):
            cells = [
                QTableWidgetItem(label),
                QTableWidgetItem(count(n)),
                QTableWidgetItem(yuan(amount)),
            ]
            for col, item in enumerate(cells):
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if i == len(rows):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(i, col, item)
        height = table.horizontalHeader().sizeHint().height() + sum(
            table.rowHeight(r) for r in range(table.rowCount())
        )
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def _filter(self) -> None:
        self.model.set_filter(self.show_combo.currentData(), self.search.text())
        self._show_totals(totals(self.model.rows))  # the summaries follow the search

    # -- proposing ---------------------------------------------------------------------------
    def selected_proposable(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [
            self.model.row_at(i.row()).result.store_code
            for i in sorted(rows, key=lambda i: i.row())
            if can_propose(self.model.row_at(i.row()))
        ]

    def _update_buttons(self) -> None:
        n = len(self.selected_proposable()) if self.table.selectionModel() else 0
        self.propose_button.setEnabled(n > 0)
        self.propose_button.setText(
            self.tr("&Propose {n} subsidies…").format(n=count(n))
            if n > 1
            else self.tr("&Propose 1 subsidy…")
            if n == 1
            else self.tr("&Propose subsidies…")
        )

    def select_proposable(self) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        last_col = self.model.columnCount() - 1
        start = None
        for i, row in enumerate([*self.model.rows, None]):
            ok = row is not None and can_propose(row)
            if ok and start is None:
                start = i
            elif not ok and start is not None:
                selection.select(self.model.index(start, 0), self.model.index(i - 1, last_col))
                start = None
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def propose_selected(self) -> None:
        codes = self.selected_proposable()
        policy = self.policy_code
        if not codes or not policy:
            return
        amount = sum(r.result.amount for r in self.model.rows if r.result.store_code in set(codes))
        answer = QMessageBox.question(
            self,
            self.tr("Propose subsidies"),
            self.tr("Propose {n} subsidies under {policy}, {amount} in all?").format(
                n=count(len(codes)), policy=policy, amount=yuan(amount)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.start_propose(policy, codes)

    def start_propose(self, policy: str, codes: list[str]) -> None:
        run_op_with_progress(
            self,
            lambda ctx, progress: subsidy_service.propose_many(ctx, policy, codes, progress),
            self._proposed,
            title=self.tr("Propose subsidies"),
            label=self.tr("Proposing {n} subsidies…").format(n=count(len(codes))),
        )

    def _proposed(self, result: Outcome[str]) -> None:
        self.last_result = result
        box = QMessageBox(self)
        box.setObjectName("proposeResult")
        box.setWindowTitle(self.tr("Propose subsidies"))
        box.setIcon(
            QMessageBox.Icon.Information if not result.refused else QMessageBox.Icon.Warning
        )
        text = self.tr("Subsidies proposed: {n}.").format(n=count(len(result.done)))
        if result.refused:
            text += " " + self.tr("Refused: {n}:").format(n=count(len(result.refused)))
            lines = [f"{code}: {i18n.text(why)}" for code, why in result.refused]
            text += "\n" + "\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else "")
            box.setDetailedText("\n".join(lines))
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
