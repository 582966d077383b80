"""Policies: the current version of every policy, its rules, budget use and version history;
admins create and edit policies (a new version each time) in the policy dialog, whose what-if
panel shows a draft's effect before it is saved. Other roles see everything read-only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.models import Policy, User
from dealer_app.domain.policies import LumpSumTerms, terms
from dealer_app.services import audit as audit_service
from dealer_app.services import policies as policy_service
from dealer_app.services.subsidies import BudgetStatus, budget_status, list_subsidies
from dealer_app.ui import settings as desk
from dealer_app.ui.dialogs.policy_edit import PolicyDialog, kind_label
from dealer_app.ui.formatting import count, policy_name, tier_label, yuan
from dealer_app.ui.models.audit_table import time_text
from dealer_app.ui.screens.base import Screen, hide_unless
from dealer_app.ui.tasks import Topic, run_op

KEY_SPLIT = "policies/splitter"

COL_CODE, COL_NAME, COL_VERSION, COL_BUDGET = range(4)


# -- text for rules and version differences (pure) ----------------------------------------------
def tier_span(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{start} – {end}"
    if end:
        return QCoreApplication.translate("PoliciesScreen", "up to {end}").format(end=end)
    if start:
        return QCoreApplication.translate("PoliciesScreen", "from {start}").format(start=start)
    return QCoreApplication.translate("PoliciesScreen", "any date")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def rules_text(p: Policy) -> str:
    """The rules in one line: '≤2024-12-31: ¥100,000 · 2025-01-01 – 2025-12-14: ¥500,000'."""
    rules = terms(p)
    tr = QCoreApplication.translate
    if isinstance(rules, LumpSumTerms):
        return " · ".join(
            f"{tier_span(_iso(t.start), _iso(t.end))}: {yuan(t.amount)}" for t in rules.tiers
        )
    return tr(
        "PoliciesScreen", "{rate} per vehicle · ≥ {target} vehicles a year in {years} · {period}"
    ).format(
        rate=yuan(rules.rate),
        target=count(rules.target),
        years=rules.target_years_text,
        period=tier_span(_iso(rules.period_start), _iso(rules.period_end)),
    )


def _plain(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


#: A policy's fields and rule parameters as the history table names them (never their keys).
FIELD_WORDS = {
    "valid_from": QT_TRANSLATE_NOOP("PoliciesScreen", "valid from"),
    "valid_to": QT_TRANSLATE_NOOP("PoliciesScreen", "valid to"),
    "start": QT_TRANSLATE_NOOP("PoliciesScreen", "from"),
    "end": QT_TRANSLATE_NOOP("PoliciesScreen", "to"),
    "amount": QT_TRANSLATE_NOOP("PoliciesScreen", "amount"),
    "store_types": QT_TRANSLATE_NOOP("PoliciesScreen", "store types"),
    "rate": QT_TRANSLATE_NOOP("PoliciesScreen", "rate per vehicle"),
    "target": QT_TRANSLATE_NOOP("PoliciesScreen", "vehicle target"),
    "years": QT_TRANSLATE_NOOP("PoliciesScreen", "years"),
    "last_target_year": QT_TRANSLATE_NOOP("PoliciesScreen", "last target year"),
    "period_start": QT_TRANSLATE_NOOP("PoliciesScreen", "period from"),
    "period_end": QT_TRANSLATE_NOOP("PoliciesScreen", "period to"),
}


def _field(key: str) -> str:
    found = FIELD_WORDS.get(key)
    return QCoreApplication.translate("PoliciesScreen", found) if found else key


def version_changes(before: Policy | None, after: Policy) -> list[str]:
    """What `after` changed compared with `before`, as short phrases for the history table."""
    tr = QCoreApplication.translate
    if before is None:
        return [tr("PoliciesScreen", "first version")]
    out: list[str] = []
    if before.name != after.name:
        out.append(tr("PoliciesScreen", "name"))
    if before.budget != after.budget:
        out.append(
            tr("PoliciesScreen", "budget {old} → {new}").format(
                old=yuan(before.budget), new=yuan(after.budget)
            )
        )
    for key, old, new in (
        ("valid_from", before.valid_from, after.valid_from),
        ("valid_to", before.valid_to, after.valid_to),
    ):
        if old != new:
            out.append(f"{_field(key)} {_plain(old)} → {_plain(new)}")
    b, a = before.params, after.params
    old_tiers = {t.get("name"): t for t in b.get("tiers", [])}
    new_tiers = {t.get("name"): t for t in a.get("tiers", [])}
    for name, tier in new_tiers.items():
        old = old_tiers.get(name)
        if old is None:
            out.append(tr("PoliciesScreen", "tier {name} added").format(name=tier_label(name)))
            continue
        for field in ("start", "end", "amount"):
            if old.get(field) != tier.get(field):
                out.append(
                    f"{tier_label(name)} {_field(field)}"
                    f" {_plain(old.get(field))} → {_plain(tier.get(field))}"
                )
    for name in old_tiers.keys() - new_tiers.keys():
        out.append(tr("PoliciesScreen", "tier {name} removed").format(name=tier_label(name)))
    for key in sorted((set(a) | set(b)) - {"tiers"}):
        if b.get(key) != a.get(key):
            out.append(f"{_field(key)} {_plain(b.get(key))} → {_plain(a.get(key))}")
    return out or [tr("PoliciesScreen", "no change in the rules")]


class PoliciesScreen(Screen):
    key = "policies"
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView
    concerns = frozenset({Topic.POLICIES, Topic.SUBSIDIES})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Policies")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return True

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self.policies: list[Policy] = []
        self.current: Policy | None = None
        self.history: list[Policy] = []
        self.dialog: PolicyDialog | None = None
        self._request = 0
        self._select_next: str | None = None  # a policy just saved, once the list has it

        heading = QLabel(self.tr("Policies"))
        heading.setObjectName("screenTitle")
        self.count_label = QLabel("")
        self.count_label.setObjectName("countLabel")
        self.new_button = QPushButton(self.tr("&New policy…"))
        self.new_button.setObjectName("newPolicy")
        self.new_button.clicked.connect(self.new_policy)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editPolicy")
        self.edit_button.setProperty("primary", True)
        self.edit_button.setToolTip(
            self.tr("Change the selected policy; saving makes a new version")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        hide_unless(session.is_admin, self.new_button, self.edit_button)
        self.quota_button = QPushButton(self.tr("Regional &quotas…"))
        self.quota_button.setObjectName("policyQuotas")
        self.quota_button.setToolTip(
            self.tr("Split the selected policy's budget among the regions (HQ finance)")
        )
        self.quota_button.clicked.connect(self.edit_quotas)
        from dealer_app.domain.workflow import may

        hide_unless(may(session.role, "policy.quota"), self.quota_button)
        head = QHBoxLayout()
        head.addWidget(heading)
        head.addSpacing(12)
        head.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.quota_button)
        head.addWidget(self.new_button)
        head.addWidget(self.edit_button)
        self.read_only_note = QLabel(
            self.tr(
                "Only an administrator can create or change policies; you see them as they are."
            )
        )
        self.read_only_note.setObjectName("hint")
        hide_unless(not session.is_admin, self.read_only_note)

        self.list = QTableWidget(0, 4)
        self.list.setObjectName("policyList")
        self.list.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Version"), self.tr("Budget")]
        )
        self._table_look(self.list)
        h = self.list.horizontalHeader()
        h.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(COL_VERSION, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(COL_BUDGET, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_selected())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self._build_details())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([340, 700])
        desk.restore_state(self.splitter, KEY_SPLIT)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        table.horizontalHeader().setHighlightSections(False)

    def _build_details(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("policyDetails")
        self.detail_title = QLabel("")
        self.detail_title.setObjectName("dialogTitle")
        self.detail_title.setWordWrap(True)
        self.detail_name = QLabel("")
        self.detail_name.setWordWrap(True)
        self.detail_name.setStyleSheet("color: #4b5563;")
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(4)
        self.facts: dict[str, QLabel] = {}
        for key, label in (
            ("kind", self.tr("Kind")),
            ("budget", self.tr("Budget")),
            ("committed", self.tr("Committed (approved + paid)")),
            ("proposed", self.tr("Proposed, awaiting approval")),
            ("validity", self.tr("Valid")),
            ("types", self.tr("Eligible store types")),
        ):
            value = QLabel("")
            value.setObjectName(f"policyFact_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(label + ":", value)
            self.facts[key] = value

        rules_title = QLabel(self.tr("Rules of the current version"))
        rules_title.setObjectName("sectionTitle")
        self.rules = QTableWidget(0, 3)
        self.rules.setObjectName("policyRules")
        self._table_look(self.rules)
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rules.horizontalHeader().setStretchLastSection(False)

        versions_title = QLabel(self.tr("Version history"))
        versions_title.setObjectName("sectionTitle")
        self.versions = QTableWidget(0, 6)
        self.versions.setObjectName("policyVersions")
        self.versions.setHorizontalHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Saved"),
                self.tr("By"),
                self.tr("Budget"),
                self.tr("Subsidies"),
                self.tr("What changed"),
            ]
        )
        self._table_look(self.versions)
        vh = self.versions.horizontalHeader()
        for col in range(5):
            vh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        vh.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.versions.horizontalHeaderItem(4).setToolTip(
            self.tr("Subsidies proposed under each version; they keep it when the policy changes")
        )
        self.versions.setMinimumHeight(120)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_name)
        layout.addLayout(facts)
        layout.addWidget(rules_title)
        layout.addWidget(self.rules)
        layout.addWidget(versions_title)
        layout.addWidget(self.versions, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        out = QWidget()
        out_layout = QVBoxLayout(out)
        out_layout.setContentsMargins(0, 0, 0, 0)
        out_layout.addWidget(scroll)
        return out

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(KEY_SPLIT, self.splitter.saveState())

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        wanted = self.selected_code() or (self.current.code if self.current else None)
        run_op(self, policy_service.list_policies, lambda ps: self._show_list(ps, wanted))

    def _show_list(self, policies: list[Policy], wanted: str | None) -> None:
        self.policies = policies
        if self._select_next and any(p.code == self._select_next for p in policies):
            wanted, self._select_next = self._select_next, None
        n = len(policies)
        self.count_label.setText(
            self.tr("1 policy") if n == 1 else self.tr("{n} policies").format(n=count(n))
        )
        self.list.blockSignals(True)
        self.list.setRowCount(n)
        for row, p in enumerate(policies):
            cells = [p.code, policy_name(p), str(p.version), yuan(p.budget)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.code)
                if col in (COL_VERSION, COL_BUDGET):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col == COL_NAME:
                    item.setToolTip(policy_name(p))
                self.list.setItem(row, col, item)
        self.list.blockSignals(False)
        codes = [p.code for p in policies]
        if codes:
            if wanted not in codes:
                wanted = "YE2025" if "YE2025" in codes else codes[0]  # the seeded policy first
            self.list.selectRow(codes.index(wanted))
        self._selection_changed()

    def selected_code(self) -> str | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        if not rows:
            return None
        item = self.list.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_policy(self, code: str) -> None:
        for row in range(self.list.rowCount()):
            if self.list.item(row, 0).data(Qt.ItemDataRole.UserRole) == code:
                self.list.selectRow(row)
                return

    def _selection_changed(self) -> None:
        code = self.selected_code()
        self._update_buttons()
        if code is None:
            self.current = None
            self._show_details(None, [], None, {}, {})
            return
        self._request += 1
        request = self._request

        def load(ctx):  # noqa: ANN001, ANN202 - worker
            history = policy_service.versions(ctx, code)
            status = budget_status(ctx, code)
            saved = {
                e.entity_id: (e.at, e.user)
                for e in audit_service.entries(ctx, action="policy.save", limit=100_000)
                if e.entity_id.startswith(code + "@")
            }
            per_version: dict[int, int] = {}
            for sub in list_subsidies(ctx, None, code):
                per_version[sub.policy_version] = per_version.get(sub.policy_version, 0) + 1
            return history, status, saved, per_version

        def show(result) -> None:  # noqa: ANN001
            if request == self._request:
                history, status, saved, per_version = result
                policy = next((p for p in self.policies if p.code == code), None)
                self._show_details(policy, history, status, saved, per_version)

        run_op(self, load, show)

    def _show_details(
        self,
        p: Policy | None,
        history: list[Policy],
        status: BudgetStatus | None,
        saved: dict[str, tuple[str, str]],
        per_version: dict[int, int],
    ) -> None:
        self.current = p
        self.history = history
        if p is None:
            self.detail_title.setText(self.tr("No policy selected"))
            self.detail_name.setText("")
            for label in self.facts.values():
                label.setText("")
            self.rules.setRowCount(0)
            self.versions.setRowCount(0)
            return
        self.detail_title.setText(self.tr("{code} · version {n}").format(code=p.code, n=p.version))
        self.detail_name.setText(policy_name(p))
        self.facts["kind"].setText(kind_label(p.kind))
        self.facts["budget"].setText(yuan(p.budget))
        if status is not None:
            share = status.committed / p.budget if p.budget else 0.0
            self.facts["committed"].setText(
                self.tr("{amount} ({share} of the budget; {left} left)").format(
                    amount=yuan(status.committed),
                    share=f"{share:.1%}",
                    left=yuan(status.left),
                )
            )
            self.facts["proposed"].setText(yuan(status.proposed))
        validity = tier_span(
            p.valid_from.isoformat() if p.valid_from else None,
            p.valid_to.isoformat() if p.valid_to else None,
        )
        self.facts["validity"].setText(validity)
        self.facts["types"].setText(i18n.fmt("labels.store_type", list(terms(p).store_types)))
        self._fill_rules(p)
        self._fill_versions(history, saved, per_version)
        self._update_buttons()

    def _fill_rules(self, p: Policy) -> None:
        rules = terms(p)
        if isinstance(rules, LumpSumTerms):
            self.rules.setColumnCount(3)
            self.rules.setHorizontalHeaderLabels(
                [self.tr("Tier"), self.tr("Stores opened"), self.tr("Amount")]
            )
            rows = [
                (tier_label(t.name), tier_span(_iso(t.start), _iso(t.end)), yuan(t.amount))
                for t in rules.tiers
            ]
        else:
            self.rules.setColumnCount(2)
            self.rules.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Value")])
            rows = [
                (self.tr("Amount per vehicle delivered"), yuan(rules.rate)),
                (
                    self.tr("Partner's yearly target"),
                    self.tr("{n} vehicles").format(n=count(rules.target)),
                ),
                (self.tr("Met in each of"), rules.target_years_text),
                (
                    self.tr("Vehicles paid for"),
                    tier_span(_iso(rules.period_start), _iso(rules.period_end)),
                ),
            ]
        self.rules.setRowCount(len(rows))
        rh = self.rules.horizontalHeader()
        rh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.rules.columnCount()):
            rh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == 2 or (c == 1 and len(row) == 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.rules.setItem(r, c, item)
        height = self.rules.horizontalHeader().height() + 26 * len(rows)
        self.rules.setFixedHeight(height + 2 * self.rules.frameWidth() + 2)

    def _fill_versions(
        self,
        history: list[Policy],
        saved: dict[str, tuple[str, str]],
        per_version: dict[int, int],
    ) -> None:
        rows = []
        previous: Policy | None = None
        for v in history:
            at, user = saved.get(f"{v.code}@{v.version}", ("", ""))
            rows.append((v, at, user, version_changes(previous, v)))
            previous = v
        rows.reverse()  # newest first
        self.versions.setRowCount(len(rows))
        for r, (v, at, user, what) in enumerate(rows):
            current = self.current is not None and v.version == self.current.version
            cells = [
                self.tr("{n} (current)").format(n=v.version) if current else str(v.version),
                time_text(at) if at else self.tr("with the ledger"),
                user or "–",
                yuan(v.budget),
                count(per_version.get(v.version, 0)),
                "; ".join(what),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 5:
                    item.setToolTip(rules_text(v) + "\n" + "\n".join(what))
                self.versions.setItem(r, c, item)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.session.is_admin and self.current is not None)

    # -- actions -----------------------------------------------------------------------------
    def new_policy(self) -> PolicyDialog | None:
        if not self.session.is_admin:
            return None
        return self._open_dialog(None, 1)

    def edit_quotas(self) -> None:
        """HQ finance: the selected policy's regional quotas (dialogs/quotas.py)."""
        if self.current is None:
            return
        code, budget = self.current.code, self.current.budget

        def load(ctx):  # noqa: ANN001, ANN202 - on the worker
            from dealer_app.services.subsidies import committed_by_region

            return policy_service.quotas(ctx, code), committed_by_region(ctx, code)

        def show(found) -> None:  # noqa: ANN001
            from dealer_app.ui.dialogs.quotas import QuotaDialog

            self.quota_dialog = QuotaDialog(self.session, code, budget, *found, parent=self)
            self.quota_dialog.open()

        run_op(self, load, show)

    def edit_selected(self) -> PolicyDialog | None:
        if not self.session.is_admin or self.current is None:
            return None
        next_version = max((v.version for v in self.history), default=self.current.version) + 1
        return self._open_dialog(self.current, next_version)

    def _saved(self, policy: Policy | None) -> None:
        if policy is not None:
            self._select_next = policy.code
            self.select_policy(policy.code)  # already listed when it was an edit

    def _open_dialog(self, policy: Policy | None, next_version: int) -> PolicyDialog:
        dialog = PolicyDialog(self.session, policy, next_version, self)
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        self.dialog = dialog
        dialog.open()
        return dialog
