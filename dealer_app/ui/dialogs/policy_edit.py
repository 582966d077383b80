"""Create or edit a subsidy policy of either kind, with a what-if panel that shows the draft's
effect over every store BEFORE it is saved (stores gaining / losing eligibility, changed amounts,
total cost old → new against the budget and the amount already committed).

The draft is checked on the GUI thread with the services' own pure validation
(services.policies.validate → domain validate_policy_params); the what-if runs on the ledger
worker, debounced, and a result that arrives after a newer draft was asked for is dropped.
Saving makes a new version (services.policies.save_policy); subsidies keep their version.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.errors import DealerError, InvalidInput
from dealer_app.domain.models import Policy, PolicyKind, StoreType, join_names
from dealer_app.domain.parsing import parse_date, parse_yuan
from dealer_app.domain.policies import LumpSumTerms, terms
from dealer_app.services import policies as policy_service
from dealer_app.services.policies import WhatIf
from dealer_app.ui.dialogs.store_edit import DateField
from dealer_app.ui.formatting import count, store_type_label, yuan
from dealer_app.ui.session import SessionInfo
from dealer_app.ui.tasks import run_op
from dealer_app.ui.widgets.fit import grow_to_fit
from dealer_app.ui.widgets.message_banner import BAD, MessageBanner

WHAT_IF_DELAY_MS = 500
LIST_MAX = 500  # stores listed per what-if tab (the counts are always complete)


TIER_COL_NAME, TIER_COL_START, TIER_COL_END, TIER_COL_AMOUNT = range(4)

_AMBER = "#b45309"
_GREEN = "#15803d"
_RED = "#b91c1c"


def kind_label(kind: str) -> str:
    return i18n.label("policy_kind", kind)


def parse_amount(text: str) -> int | str:
    """'150,000,000', '¥500 000', '500000元', '１，２３４' -> int (the one parser of typed and
    imported amounts, `parse_yuan`); anything else comes back as typed so the policy validation
    names it ("amount 'abc' is not a whole number of yuan")."""
    try:
        return parse_yuan(text)
    except ValueError:
        return text.strip()


def date_param(text: str) -> str | None:
    """A tier or period date as the parameters hold it: ISO text, None when empty, else the
    text as typed (validation says it is not a date)."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_date(text).isoformat()
    except ValueError:
        return text


def amount_text(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def signed_yuan(amount: int) -> str:
    return ("+" if amount > 0 else "") + yuan(amount)


class TierDelegate(QStyledItemDelegate):
    """Shows an empty start or end date as a grey "open" (the tier has no bound there)."""

    def initStyleOption(self, option, index) -> None:  # noqa: ANN001, N802 - Qt override
        super().initStyleOption(option, index)
        if index.column() in (TIER_COL_START, TIER_COL_END) and not option.text:
            option.text = QCoreApplication.translate("PolicyDialog", "open")
            option.palette.setColor(QPalette.ColorRole.Text, QColor("#9ca3af"))


class WhatIfPanel(QFrame):
    """Shows one WhatIf: totals, budget, and the stores that gain, lose or change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIfPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#whatIfPanel { background: #ffffff; border: 1px solid #e5e7eb;"
            " border-radius: 8px; }"
            " QLabel#whatIfFigure { font-weight: 600; }"
            " QLabel#whatIfDelta { font-size: 13pt; font-weight: 600; }"
        )
        self.result: WhatIf | None = None
        title = QLabel(self.tr("Effect before saving"))
        title.setObjectName("sectionTitle")
        self.state = QLabel("")
        self.state.setObjectName("whatIfState")
        self.state.setStyleSheet("color: #6b7280;")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.state)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.total_old = self._figure()
        self.total_new = self._figure()
        self.delta = QLabel("")
        self.delta.setObjectName("whatIfDelta")
        self.budget = self._figure()
        self.committed = self._figure()
        self.headroom = self._figure()
        rows = [
            (self.tr("Eligible total now"), self.total_old),
            (self.tr("Eligible total with the draft"), self.total_new),
            (self.tr("Change"), self.delta),
            (self.tr("Budget"), self.budget),
            (self.tr("Already committed (approved + paid)"), self.committed),
            (self.tr("Budget left after the draft's total"), self.headroom),
        ]
        for i, (caption, value) in enumerate(rows):
            label = QLabel(caption)
            label.setStyleSheet("color: #4b5563;")
            grid.addWidget(label, i, 0)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, i, 1)
        grid.setColumnStretch(0, 1)
        self.total_old.setObjectName("whatIfOldTotal")
        self.total_new.setObjectName("whatIfNewTotal")
        self.budget.setObjectName("whatIfBudget")
        self.committed.setObjectName("whatIfCommitted")
        self.headroom.setObjectName("whatIfHeadroom")

        self.bar = QProgressBar()
        self.bar.setObjectName("whatIfBar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar_note = QLabel("")
        self.bar_note.setObjectName("whatIfBudgetNote")
        self.bar_note.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("whatIfTabs")
        self.gaining = self._list([self.tr("Code"), self.tr("Store"), self.tr("Amount")])
        self.gaining.setObjectName("whatIfGaining")
        self.losing = self._list([self.tr("Code"), self.tr("Store"), self.tr("Amount")])
        self.losing.setObjectName("whatIfLosing")
        self.changed = self._list(
            [self.tr("Code"), self.tr("Store"), self.tr("Now"), self.tr("Draft")]
        )
        self.changed.setObjectName("whatIfChanged")
        for table in (self.gaining, self.losing, self.changed):
            self.tabs.addTab(table, "")
        self._tab_titles(0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addWidget(self.bar)
        layout.addWidget(self.bar_note)
        layout.addWidget(self.tabs, 1)
        self.set_waiting(self.tr("Change the draft to see its effect."))

    @staticmethod
    def _figure() -> QLabel:
        label = QLabel("–")
        label.setObjectName("whatIfFigure")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _list(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        h = table.horizontalHeader()
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in range(2, len(headers)):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _tab_titles(self, gaining: int, losing: int, changed: int) -> None:
        self.tabs.setTabText(0, self.tr("Gaining ({n})").format(n=count(gaining)))
        self.tabs.setTabText(1, self.tr("Losing ({n})").format(n=count(losing)))
        self.tabs.setTabText(2, self.tr("Amount changed ({n})").format(n=count(changed)))

    def set_waiting(self, text: str) -> None:
        self.state.setText(text)

    def show_result(self, w: WhatIf, names: dict[str, tuple[str, str]]) -> None:
        self.result = w
        self.state.setText(self.tr("Up to date"))
        self.total_old.setText(yuan(w.old_total))
        self.total_new.setText(yuan(w.new_total))
        self.delta.setText(signed_yuan(w.delta) if w.delta else self.tr("no change"))
        colour = _AMBER if w.delta > 0 else _GREEN if w.delta < 0 else "#374151"
        self.delta.setStyleSheet(f"color: {colour};")
        self.budget.setText(
            yuan(w.new_budget)
            if w.budget in (0, w.new_budget)
            else f"{yuan(w.budget)} → {yuan(w.new_budget)}"
        )
        self.committed.setText(yuan(w.committed))
        headroom = w.new_budget - w.new_total
        self.headroom.setText(yuan(headroom))
        self.headroom.setStyleSheet(f"color: {_RED};" if headroom < 0 else "")
        share = w.new_total / w.new_budget if w.new_budget > 0 else 0.0
        self.bar.setValue(round(min(share, 1.0) * 1000))
        over = w.new_total > w.new_budget
        self.bar.setStyleSheet(
            "QProgressBar { border: none; background: #e5e7eb; border-radius: 4px; }"
            f" QProgressBar::chunk {{ background: {_RED if over else '#2563eb'};"
            " border-radius: 4px; }"
        )
        if w.new_budget <= 0:
            note = self.tr("Give the policy a budget to compare the total with.")
            self.bar_note.setStyleSheet(f"color: {_RED};")
        elif over:
            note = self.tr(
                "Paying every eligible store would take {total}, {over} more than the budget "
                "of {budget}: approvals stop when the budget is used up."
            ).format(
                total=yuan(w.new_total),
                over=yuan(w.new_total - w.new_budget),
                budget=yuan(w.new_budget),
            )
            self.bar_note.setStyleSheet(f"color: {_RED};")
        else:
            note = self.tr("Paying every eligible store would use {share} of the budget.").format(
                share=f"{share:.1%}"
            )
            self.bar_note.setStyleSheet("color: #4b5563;")
        if w.committed > w.new_budget:
            note += " " + self.tr(
                "The budget is below the {committed} already committed: saving is refused."
            ).format(committed=yuan(w.committed))
            self.bar_note.setStyleSheet(f"color: {_RED};")
        self.bar_note.setText(note)

        def name(code: str) -> str:
            return names.get(code, ("", ""))[0]

        self._fill(self.gaining, [(c, name(c), signed_yuan(a)) for c, a in w.gaining])
        self._fill(self.losing, [(c, name(c), yuan(-a)) for c, a in w.losing])
        self._fill(self.changed, [(c, name(c), yuan(o), yuan(n)) for c, o, n in w.changed])
        self._tab_titles(len(w.gaining), len(w.losing), len(w.changed))
        for i, n in enumerate((len(w.gaining), len(w.losing), len(w.changed))):
            if n:
                self.tabs.setCurrentIndex(i)
                break

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        shown = rows[:LIST_MAX]
        table.setRowCount(len(shown) + (1 if len(rows) > LIST_MAX else 0))
        for r, row in enumerate(shown):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        if len(rows) > LIST_MAX:
            more = QTableWidgetItem(
                QCoreApplication.translate("WhatIfPanel", "…and {n} more").format(
                    n=count(len(rows) - LIST_MAX)
                )
            )
            table.setItem(len(shown), 1, more)

    def codes(self, which: str) -> list[str]:
        """The store codes listed in the 'gaining', 'losing' or 'changed' tab (tests)."""
        table = {"gaining": self.gaining, "losing": self.losing, "changed": self.changed}[which]
        return [
            table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0) is not None
        ]


class PolicyDialog(QDialog):
    """`policy=None` creates a policy; otherwise edits `policy` (its current version) and
    saving creates version `next_version`. Admins only (the service checks it again)."""

    def __init__(
        self,
        session: SessionInfo,
        policy: Policy | None,
        next_version: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.original = copy.deepcopy(policy) if policy is not None else None
        self.next_version = next_version if policy is not None else 1
        self.saved: Policy | None = None
        self.problems: list[str] = []
        self._request = 0
        self._loading = False
        self.setObjectName("policyDialog")
        self.setWindowTitle(
            self.tr("New policy")
            if policy is None
            else self.tr("Edit policy {code}").format(code=policy.code)
        )
        self.resize(1120, 720)

        # -- the general fields --------------------------------------------------------------
        self.code = QLineEdit()
        self.code.setObjectName("policyCode")
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. YE2026"))
        self.name = QLineEdit()  # the Chinese name: what a Chinese letter prints in 《》
        self.name.setObjectName("policyName")
        self.name.setPlaceholderText(self.tr("e.g. 2026年度经销商年终补贴"))
        self.name_en = QLineEdit()
        self.name_en.setObjectName("policyNameEn")
        self.name_en.setPlaceholderText(self.tr("e.g. 2026 year-end dealer subsidy"))
        self.kind = QComboBox()
        self.kind.setObjectName("policyKind")
        for k in PolicyKind:
            self.kind.addItem(kind_label(k), k.value)
        self.budget = QLineEdit()
        self.budget.setObjectName("policyBudget")
        self.budget.setPlaceholderText(self.tr("whole yuan, e.g. 150,000,000"))
        self.valid_from = DateField()
        self.valid_from.setObjectName("policyValidFrom")
        self.valid_to = DateField()
        self.valid_to.setObjectName("policyValidTo")
        validity = QHBoxLayout()
        validity.addWidget(self.valid_from, 1)
        validity.addWidget(QLabel(self.tr("to")))
        validity.addWidget(self.valid_to, 1)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name (Chinese):"), self.name)
        form.addRow(self.tr("Name (English):"), self.name_en)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Budget (yuan):"), self.budget)
        form.addRow(self.tr("Valid from:"), validity)

        # -- lump sum: the tier table ----------------------------------------------------------
        self.tiers = QTableWidget(0, 4)
        self.tiers.setObjectName("policyTiers")
        self.tiers.setHorizontalHeaderLabels(
            [self.tr("Tier name"), self.tr("Opened from"), self.tr("Opened to"), self.tr("Amount")]
        )
        self.tiers.verticalHeader().setVisible(False)
        self.tiers.verticalHeader().setDefaultSectionSize(26)
        h = self.tiers.horizontalHeader()
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        h.setSectionResizeMode(TIER_COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((TIER_COL_START, 104), (TIER_COL_END, 104), (TIER_COL_AMOUNT, 96)):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.tiers.setColumnWidth(col, width)
        self.tiers.setMinimumHeight(130)
        self.tiers.setItemDelegate(TierDelegate(self.tiers))
        self.add_tier_button = QPushButton(self.tr("Add tier"))
        self.add_tier_button.setObjectName("addTier")
        self.add_tier_button.clicked.connect(lambda: self.add_tier())
        self.remove_tier_button = QPushButton(self.tr("Remove tier"))
        self.remove_tier_button.setObjectName("removeTier")
        self.remove_tier_button.clicked.connect(self.remove_tier)
        tier_buttons = QHBoxLayout()
        hint = QLabel(
            self.tr("Dates are inclusive; leave a date empty for an open end. Amounts in yuan.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        tier_buttons.addWidget(hint, 1)
        tier_buttons.addWidget(self.add_tier_button)
        tier_buttons.addWidget(self.remove_tier_button)
        lump = QWidget()
        lump_layout = QVBoxLayout(lump)
        lump_layout.setContentsMargins(0, 0, 0, 0)
        lump_layout.addWidget(self.tiers, 1)
        lump_layout.addLayout(tier_buttons)

        # -- per vehicle ---------------------------------------------------------------------
        self.rate = self._spin(1, 10_000_000, "policyRate")
        self.target = self._spin(1, 10_000_000, "policyTarget")
        self.years = self._spin(1, 20, "policyYears")
        self.last_year = self._spin(1900, 9999, "policyLastYear")
        self.last_year.setGroupSeparatorShown(False)
        self.period_start = DateField()
        self.period_start.setObjectName("policyPeriodStart")
        self.period_end = DateField()
        self.period_end.setObjectName("policyPeriodEnd")
        period = QHBoxLayout()
        period.addWidget(self.period_start, 1)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.period_end, 1)
        vehicle = QWidget()
        vehicle_form = QFormLayout(vehicle)
        vehicle_form.setContentsMargins(0, 0, 0, 0)
        vehicle_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        vehicle_form.addRow(self.tr("Yuan per vehicle:"), self.rate)
        vehicle_form.addRow(self.tr("Yearly target (vehicles):"), self.target)
        vehicle_form.addRow(self.tr("Years in a row:"), self.years)
        vehicle_form.addRow(self.tr("Last target year:"), self.last_year)
        vehicle_form.addRow(self.tr("Vehicles paid from:"), period)
        vehicle_hint = QLabel(
            self.tr(
                "A store qualifies when its partner delivered at least the target in each of the "
                "years ending with the last target year; it gets the rate × its own vehicles "
                "delivered in the period."
            )
        )
        vehicle_hint.setObjectName("hint")
        vehicle_hint.setWordWrap(True)
        vehicle_form.addRow(vehicle_hint)

        self.kind_pages = QStackedWidget()
        self.kind_pages.addWidget(lump)
        self.kind_pages.addWidget(vehicle)

        # -- store types ---------------------------------------------------------------------
        self.type_boxes: dict[str, QCheckBox] = {}
        types = QGridLayout()
        types.setHorizontalSpacing(16)
        for i, t in enumerate(StoreType):
            box = QCheckBox(store_type_label(t))
            box.setObjectName(f"type_{t.value}")
            self.type_boxes[t.value] = box
            types.addWidget(box, i // 3, i % 3)

        self.problems_label = QLabel("")
        self.problems_label.setObjectName("policyProblems")
        self.problems_label.setProperty("role", "fieldError")
        self.problems_label.setStyleSheet(f"color: {_RED};")
        self.problems_label.setWordWrap(True)
        self.problems_label.setVisible(False)

        rules_title = QLabel(self.tr("Rules"))
        rules_title.setObjectName("sectionTitle")
        types_title = QLabel(self.tr("Eligible store types"))
        types_title.setObjectName("sectionTitle")
        self.heading = QLabel(
            self.tr("New policy")
            if policy is None
            else self.tr("Edit {code} — version {old} becomes version {new}").format(
                code=policy.code, old=policy.version, new=self.next_version
            )
        )
        self.heading.setObjectName("dialogTitle")
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.heading)
        left.addLayout(form)
        left.addWidget(types_title)
        left.addLayout(types)
        left.addWidget(rules_title)
        left.addWidget(self.kind_pages, 1)
        left.addWidget(self.problems_label)

        self.what_if = WhatIfPanel()
        self.what_if.setMinimumWidth(430)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 5)
        body.addWidget(self.what_if, 4)

        self.banner = MessageBanner(closable=False)
        self.banner.setObjectName("policyBanner")
        self.version_note = QLabel("")
        self.version_note.setObjectName("policyVersionNote")
        self.version_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("policySave")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(self.version_note, 1)
        foot.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(body, 1)
        layout.addWidget(self.banner)
        layout.addLayout(foot)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WHAT_IF_DELAY_MS)
        self._timer.timeout.connect(self.update_what_if)

        self._load(policy)
        self._connect_changes()
        self.changed()

    @staticmethod
    def _spin(low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setGroupSeparatorShown(True)
        spin.setMaximumWidth(160)
        return spin

    # -- form <-> Policy ---------------------------------------------------------------------
    def _load(self, p: Policy | None) -> None:
        self._loading = True
        try:
            if p is None:
                self.kind.setCurrentIndex(0)
                self.add_tier("tier_1", "", "", "")
                for t in (StoreType.CAR_INTEGRATION_STORE, StoreType.DELIVERY_CENTER):
                    self.type_boxes[t.value].setChecked(True)
                self.rate.setValue(666)
                self.target.setValue(1200)
                self.years.setValue(3)
                self.last_year.setValue(dt.date.today().year - 1)
                self._show_kind()
                return
            self.code.setText(p.code)
            self.code.setReadOnly(True)
            self.code.setStyleSheet("background: #f3f4f6; color: #374151;")
            self.code.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            zh, en = p.names()
            self.name.setText(zh)
            self.name_en.setText(en if en != zh else "")
            self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
            self.kind.setEnabled(False)
            self.kind.setToolTip(self.tr("The kind of a saved policy stays; create a new policy."))
            self.budget.setText(f"{p.budget:,}")
            self.valid_from.set_date(p.valid_from)
            self.valid_to.set_date(p.valid_to)
            rules = terms(p)
            for t in rules.store_types:
                if t in self.type_boxes:
                    self.type_boxes[t].setChecked(True)
            if isinstance(rules, LumpSumTerms):
                for tier in rules.tiers:
                    self.add_tier(
                        tier.name,
                        tier.start.isoformat() if tier.start else "",
                        tier.end.isoformat() if tier.end else "",
                        amount_text(tier.amount),
                    )
            else:
                self.rate.setValue(rules.rate)
                self.target.setValue(rules.target)
                self.years.setValue(rules.years)
                self.last_year.setValue(rules.last_target_year)
                self.period_start.edit.setText(rules.period_start.isoformat())
                self.period_end.edit.setText(rules.period_end.isoformat())
            self._show_kind()
            # an edit is usually about the rules: start there
            if p.kind == PolicyKind.LUMP_SUM_BY_OPENING_DATE:
                self.tiers.setFocus()
            else:
                self.rate.setFocus()
        finally:
            self._loading = False

    def _connect_changes(self) -> None:
        for edit in (self.code, self.name, self.name_en, self.budget):
            edit.textChanged.connect(lambda _t: self.changed())
        for field in (self.valid_from, self.valid_to, self.period_start, self.period_end):
            field.edit.textChanged.connect(lambda _t: self.changed())
        for spin in (self.rate, self.target, self.years, self.last_year):
            spin.valueChanged.connect(lambda _v: self.changed())
        for box in self.type_boxes.values():
            box.toggled.connect(lambda _c: self.changed())
        self.tiers.itemChanged.connect(lambda _i: self.changed())
        self.kind.currentIndexChanged.connect(lambda _i: (self._show_kind(), self.changed()))

    def _show_kind(self) -> None:
        lump = self.kind.currentData() == PolicyKind.LUMP_SUM_BY_OPENING_DATE.value
        self.kind_pages.setCurrentIndex(0 if lump else 1)

    def add_tier(self, name: str = "", start: str = "", end: str = "", amount: str = "") -> int:
        row = self.tiers.rowCount()
        was = self.tiers.blockSignals(True)
        self.tiers.insertRow(row)
        for col, text in enumerate((name, start, end, amount)):
            item = QTableWidgetItem(text)
            if col == TIER_COL_AMOUNT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tiers.setItem(row, col, item)
        self.tiers.blockSignals(was)
        if not self._loading:
            self.changed()
        return row

    def remove_tier(self) -> None:
        rows = sorted({i.row() for i in self.tiers.selectedIndexes()}, reverse=True)
        if not rows and self.tiers.currentRow() >= 0:
            rows = [self.tiers.currentRow()]
        for row in rows:
            self.tiers.removeRow(row)
        self.changed()

    def set_tier_cell(self, row: int, col: int, text: str) -> None:
        """Type `text` into a tier cell as an edit would (tests, keyboard users)."""
        item = self.tiers.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.tiers.setItem(row, col, item)
        item.setText(text)

    def _cell(self, row: int, col: int) -> str:
        item = self.tiers.item(row, col)
        return item.text().strip() if item is not None else ""

    def params(self) -> dict[str, Any]:
        types = [t for t, box in self.type_boxes.items() if box.isChecked()]
        if self.kind.currentData() == PolicyKind.LUMP_SUM_BY_OPENING_DATE.value:
            tiers = []
            for r in range(self.tiers.rowCount()):
                cells = [self._cell(r, c) for c in range(4)]
                if not any(cells):
                    continue  # an empty row the user added and left
                tiers.append(
                    {
                        "name": cells[TIER_COL_NAME],
                        "start": date_param(cells[TIER_COL_START]),
                        "end": date_param(cells[TIER_COL_END]),
                        "amount": parse_amount(cells[TIER_COL_AMOUNT]),
                    }
                )
            return {"tiers": tiers, "store_types": types}
        return {
            "rate": self.rate.value(),
            "target": self.target.value(),
            "years": self.years.value(),
            "last_target_year": self.last_year.value(),
            "period_start": date_param(self.period_start.edit.text()),
            "period_end": date_param(self.period_end.edit.text()),
            "store_types": types,
        }

    def draft(self) -> tuple[Policy, list[str]]:
        """The Policy the form describes and the problems with it (empty when it can be saved)."""
        problems: list[str] = []
        dates: dict[str, dt.date | None] = {}
        for key, field, label in (
            ("from", self.valid_from, self.tr("Valid from")),
            ("to", self.valid_to, self.tr("Valid to")),
        ):
            try:
                dates[key] = field.date()
            except ValueError as exc:
                dates[key] = None
                problems.append(f"{label}: {i18n.text(exc)}")
        budget = parse_amount(self.budget.text())
        policy = Policy(
            code=self.code.text().strip().upper(),
            name=join_names(self.name.text(), self.name_en.text()),
            name_zh=self.name.text().strip(),
            name_en=self.name_en.text().strip(),
            kind=PolicyKind(self.kind.currentData()),
            params=self.params(),
            budget=budget if isinstance(budget, int) else 0,
            version=self.next_version,
            valid_from=dates["from"],
            valid_to=dates["to"],
        )
        try:
            policy_service.validate(policy)
        except InvalidInput as exc:
            found = exc.params.get("problems")
            problems.extend(found if isinstance(found, list) else [exc.msg])
        return policy, problems

    # -- live checks and the what-if ---------------------------------------------------------
    def changed(self) -> None:
        if self._loading:
            return
        policy, problems = self.draft()
        self.problems = problems
        if problems:
            shown = problems[:6]
            text = "\n".join("• " + _sentence(i18n.text(p)) for p in shown)
            if len(problems) > len(shown):
                text += "\n" + self.tr("…and {n} more.").format(n=len(problems) - len(shown))
            self.problems_label.setText(text)
        self.problems_label.setVisible(bool(problems))
        if self.isVisible():
            grow_to_fit(self)
        self.save_button.setEnabled(not problems)
        self._update_version_note(policy)
        if policy_service.validate_policy_params(policy.kind, policy.params) or not policy.code:
            self._timer.stop()
            self._request += 1  # a result still on its way is for an older draft
            self.what_if.set_waiting(
                self.tr("Give a code to see the effect.")
                if not policy.code
                else self.tr("Fix the rules to see the effect.")
            )
            return
        self.what_if.set_waiting(self.tr("Calculating…"))
        self._timer.start()

    def _update_version_note(self, policy: Policy) -> None:
        if self.original is None:
            text = self.tr(
                "Saving creates policy {code}, version 1. Stores can then be proposed under it."
            ).format(code=policy.code or "…")
        elif policy_service.only_budget_changed(self.original, policy):
            text = self.tr(
                "Only the budget changes: version {n} of {code} keeps its rules and amounts."
            ).format(n=self.original.version, code=policy.code)
        else:
            text = self.tr(
                "Saving creates version {n} of {code}; existing subsidies keep their version "
                "and amounts, new proposals use version {n}."
            ).format(n=self.next_version, code=policy.code)
        self.version_note.setText(text)

    def update_what_if(self) -> None:
        """Evaluate the current draft over every store on the worker (now, not debounced)."""
        self._timer.stop()
        policy, _problems = self.draft()
        if policy_service.validate_policy_params(policy.kind, policy.params) or not policy.code:
            return
        self._request += 1
        request = self._request

        def compute(ctx):  # noqa: ANN001, ANN202 - worker
            from dealer_app.services.stores import get_store

            result = policy_service.what_if(ctx, policy)
            codes = (
                [c for c, _ in result.gaining[:LIST_MAX]]
                + [c for c, _ in result.losing[:LIST_MAX]]
                + [c for c, _o, _n in result.changed[:LIST_MAX]]
            )
            names: dict[str, tuple[str, str]] = {}
            for code in codes:
                try:
                    store = get_store(ctx, code)
                except DealerError:
                    continue
                names[code] = (store.name, store.region)
            return result, names

        def failed(error: BaseException) -> None:
            if request == self._request:
                self.what_if.set_waiting(
                    i18n.text(error) if isinstance(error, DealerError) else self.tr("Failed.")
                )

        run_op(self, compute, lambda out: self._show_what_if(request, *out), failed)

    def _show_what_if(self, request: int, result: WhatIf, names: dict) -> None:
        if request != self._request:
            return  # the draft changed meanwhile; a newer result is coming
        self.what_if.show_result(result, names)
        # what the what-if says cannot be saved cannot be submitted either
        below = result.committed > result.new_budget
        self.save_button.setEnabled(not self.problems and not below)
        self.save_button.setToolTip(
            self.tr("The budget is below the {committed} already committed.").format(
                committed=yuan(result.committed)
            )
            if below
            else ""
        )

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        policy, problems = self.draft()
        if problems:
            self.changed()
            return
        w = self.what_if.result
        effect = ""
        if w is not None:
            effect = "\n\n" + self.tr("Eligible total: {old} → {new} ({delta}).").format(
                old=yuan(w.old_total), new=yuan(w.new_total), delta=signed_yuan(w.delta)
            )
        if self.original is None:
            question = self.tr("Create policy {code}?").format(code=policy.code)
        elif policy_service.only_budget_changed(self.original, policy):
            question = self.tr("Change the budget of {code} to {budget}?").format(
                code=policy.code, budget=yuan(policy.budget)
            )
        else:
            question = self.tr(
                "Save {code} as version {n}?\n\nExisting subsidies keep version {old} and "
                "their amounts; new proposals use version {n}."
            ).format(code=policy.code, n=self.next_version, old=self.original.version)
        answer = QMessageBox.question(self, self.windowTitle(), question + effect)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.buttons.setEnabled(False)
        self.banner.clear()
        based_on = self.original.version if self.original is not None else 0
        seen_budget = self.original.budget if self.original is not None else None
        run_op(
            self,
            lambda ctx: policy_service.save_policy(ctx, policy, based_on, seen_budget),
            self._saved,
            self._failed,
        )

    def _saved(self, policy: Policy) -> None:
        self.saved = policy
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, DealerError):
            self.banner.show_message(BAD, self.tr("The policy was not saved."), i18n.text(error))


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text
