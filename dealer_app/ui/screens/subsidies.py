"""Subsidies: the queues by status, the policy's budget, and the decisions (approve, reject,
cancel, mark paid). Every decision is the service's: a refusal (four eyes, budget, region, role)
comes back as its message."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QRectF,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealer_app.domain.models import Role, Subsidy, SubsidyStatus, User
from dealer_app.domain.todo import SUBSIDY_TODO, mine_to_do, refusal
from dealer_app.services import subsidies as subsidy_service
from dealer_app.services.policies import list_policies
from dealer_app.services.subsidies import BudgetStatus
from dealer_app.ui.dialogs.batch import Outcome, by_id, report, run_batch
from dealer_app.ui.dialogs.decision import CommentDialog, PaymentDialog
from dealer_app.ui.formatting import count, policy_title, yuan, yuan_compact
from dealer_app.ui.models.rows_table import (
    first_selected_row,
    reselect,
    selected_rows,
    setup_table,
)
from dealer_app.ui.models.subsidy_table import COL_ID, SubsidyTableModel
from dealer_app.ui.screens.base import Screen, enable_for, hide_unless
from dealer_app.ui.tasks import Topic, run_op
from dealer_app.ui.widgets.search import SearchField

KEY_HEADER = "subsidies/header"
KEY_STATUS = "subsidies/status"

PAID_COLOUR = QColor("#15803d")
APPROVED_COLOUR = QColor("#2563eb")
PROPOSED_COLOUR = QColor("#f59e0b")
TRACK_COLOUR = QColor("#e5e7eb")
OVER_COLOUR = QColor("#b91c1c")

#: (status value or None for all, tab text source)
#: The queue of what this person may decide or pay now (domain/todo.py).
MINE = "mine"

QUEUES = [
    (MINE, QT_TRANSLATE_NOOP("SubsidiesScreen", "For me")),
    (SubsidyStatus.PROPOSED.value, QT_TRANSLATE_NOOP("SubsidiesScreen", "Proposed")),
    (SubsidyStatus.APPROVED.value, QT_TRANSLATE_NOOP("SubsidiesScreen", "Approved")),
    (SubsidyStatus.PAID.value, QT_TRANSLATE_NOOP("SubsidiesScreen", "Paid")),
    (SubsidyStatus.REJECTED.value, QT_TRANSLATE_NOOP("SubsidiesScreen", "Rejected")),
    (SubsidyStatus.CANCELLED.value, QT_TRANSLATE_NOOP("SubsidiesScreen", "Cancelled")),
    (None, QT_TRANSLATE_NOOP("SubsidiesScreen", "All")),
]


class BudgetBar(QWidget):
    """Paid and approved (what counts against the budget) as solid segments, proposed as a
    hatched segment after them; a red end mark when proposals would overrun the budget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: BudgetStatus | None = None
        self.setMinimumHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(400, 14)

    def set_status(self, status: BudgetStatus | None) -> None:
        self.status = status
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        clip = QPainterPath()
        clip.addRoundedRect(r, 4, 4)
        p.setClipPath(clip)
        p.fillRect(r, TRACK_COLOUR)
        b = self.status
        if b is not None and b.budget > 0:
            x = r.left()

            def segment(amount: int, brush: QBrush) -> None:
                nonlocal x
                w = r.width() * max(amount, 0) / b.budget
                w = min(w, r.right() - x)
                if w > 0:
                    p.fillRect(QRectF(x, r.top(), w, r.height()), brush)
                    x += w

            segment(b.paid, QBrush(PAID_COLOUR))
            segment(b.approved, QBrush(APPROVED_COLOUR))
            start = x
            segment(b.proposed, QBrush(QColor("#fde68a")))
            p.setClipRect(QRectF(start, r.top(), x - start, r.height()))
            p.setClipPath(clip, Qt.ClipOperation.IntersectClip)
            p.fillRect(r, QBrush(PROPOSED_COLOUR, Qt.BrushStyle.BDiagPattern))
            p.setClipPath(clip)
            if b.committed + b.proposed > b.budget:
                p.fillRect(QRectF(r.right() - 3, r.top(), 3, r.height()), OVER_COLOUR)
        p.setClipping(False)
        p.setPen(QPen(QColor("#d1d5db"), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(r, 4, 4)
        p.end()


class BudgetPanel(QFrame):
    """The chosen policy's budget: the bar and its legend in figures."""

    def __init__(
        self, region_name: Callable[[str], str] = str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.region_name = region_name
        self.setObjectName("budgetPanel")
        self.setStyleSheet(
            "QFrame#budgetPanel { background: #ffffff; border: 1px solid #e5e7eb;"
            " border-radius: 8px; }"
            "QFrame#budgetPanel QLabel { background: transparent; }"
        )
        self.caption = QLabel("")
        self.caption.setObjectName("budgetCaption")
        self.caption.setStyleSheet("font-weight: 600; color: #374151;")
        self.left_label = QLabel("")
        self.left_label.setObjectName("budgetLeft")
        self.left_label.setStyleSheet("color: #374151;")
        self.bar = BudgetBar()
        self.legend = QLabel("")
        self.legend.setObjectName("budgetLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet("color: #4b5563;")
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addStretch(1)
        top.addWidget(self.left_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.legend)
        # a regional manager's own region beside the national figures: every figure its scope
        self.region_line = QLabel("")
        self.region_line.setObjectName("budgetRegion")
        self.region_line.setStyleSheet("color: #1e3a8a;")
        self.region_line.setVisible(False)
        layout.addWidget(self.region_line)

    def set_status(self, b: BudgetStatus | None) -> None:
        self.bar.set_status(b)
        if b is None:
            self.caption.setText(self.tr("No policy in this ledger"))
            self.left_label.setText("")
            self.legend.setText("")
            return
        self.caption.setText(
            self.tr("{policy} budget {budget} · national").format(
                policy=b.policy_code, budget=yuan(b.budget)
            )
        )
        if b.region is not None:
            text = self.tr("{region}: {committed} approved or paid · {proposed} proposed").format(
                region=self.region_name(b.region),
                committed=yuan(b.region_committed),
                proposed=yuan(b.region_proposed),
            )
            if b.region_quota is not None:
                text += " · " + self.tr("quota {quota}, {left} left").format(
                    quota=yuan(b.region_quota),
                    left=yuan(max(b.region_quota - b.region_committed, 0)),
                )
            self.region_line.setText(text)
        self.region_line.setVisible(b.region is not None)
        pct = b.committed * 100 / b.budget if b.budget else 0.0
        if b.left >= 0:
            left = self.tr("{left} left · {pct}% committed").format(
                left=yuan(b.left), pct=f"{pct:.1f}"
            )
        else:
            left = self.tr("{over} over budget").format(over=yuan(-b.left))
        self.left_label.setText(left)

        def item(colour: QColor, text: str, hatched: bool = False) -> str:
            style = (
                f"background:{colour.name()};"
                if not hatched
                else f"background:#fde68a; border:1px solid {colour.name()};"
            )
            return (
                f"<span style='{style} color:{colour.name()}'>&nbsp;&nbsp;&nbsp;</span>&nbsp;{text}"
            )

        parts = [
            item(PAID_COLOUR, self.tr("Paid {amount}").format(amount=yuan(b.paid))),
            item(
                APPROVED_COLOUR,
                self.tr("Approved, not paid {amount}").format(amount=yuan(b.approved)),
            ),
            item(
                PROPOSED_COLOUR, self.tr("Proposed {amount}").format(amount=yuan(b.proposed)), True
            ),
        ]
        legend = "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts)
        if b.committed + b.proposed > b.budget:
            legend += (
                "&nbsp;&nbsp;&nbsp;&nbsp;<span style='color:#b91c1c'>"
                + self.tr("Approving every proposal would exceed the budget by {over}").format(
                    over=yuan(b.committed + b.proposed - b.budget)
                )
                + "</span>"
            )
        self.legend.setText(legend)
        self.setToolTip(
            self.tr(
                "Approved and paid {committed} of {budget}; proposals waiting {proposed}."
            ).format(
                committed=yuan_compact(b.committed),
                budget=yuan_compact(b.budget),
                proposed=yuan_compact(b.proposed),
            )
        )


class SubsidiesScreen(Screen):
    key = "subsidies"
    icon = QStyle.StandardPixmap.SP_DialogYesButton
    concerns = frozenset(
        {Topic.SUBSIDIES, Topic.POLICIES, Topic.STORES, Topic.CLOSURES, Topic.LETTERS}
    )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Subsidies")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return True

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self.policy_code: str | None = None
        self.budget: BudgetStatus | None = None
        self.last_outcome: Outcome | None = None
        self._request = 0
        can_decide = session.is_operator
        can_pay = session.role == Role.HQ_FINANCE

        head, self.summary = self.heading(self.tr("Subsidies"))

        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("policyCombo")
        self.policy_combo.setMinimumWidth(300)
        self.policy_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.policy_combo.activated.connect(lambda _i: self.reload())
        self.search = SearchField(self.tr("Search id, store, name, user or reference…"))
        self.search.setObjectName("subsidySearch")
        self.search.search.connect(lambda _t: self._filter())
        bar = QHBoxLayout()
        policy_label = QLabel(self.tr("&Policy:"))
        policy_label.setBuddy(self.policy_combo)
        bar.addWidget(policy_label)
        bar.addWidget(self.policy_combo)
        bar.addWidget(self.search, 1)

        self.budget_panel = BudgetPanel(session.region_name)

        self.tabs = QTabBar()
        self.tabs.setObjectName("statusTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        for status, _text in QUEUES:
            i = self.tabs.addTab("")
            self.tabs.setTabData(i, status)
        self._label_tabs({})
        from dealer_app.ui import settings as desk

        acts = can_decide or can_pay  # "For me" holds nothing for the others
        saved = desk.get_str(KEY_STATUS, MINE if acts else "all")
        if saved == MINE and not acts:
            saved = "all"
        for i in range(self.tabs.count()):
            if (self.tabs.tabData(i) or "all") == saved:
                self.tabs.setCurrentIndex(i)
        self.tabs.currentChanged.connect(lambda _i: self._filter())

        self.details_button = QPushButton(self.tr("&Details…"))
        self.details_button.setObjectName("detailsButton")
        self.details_button.setToolTip(self.tr("Every recorded field of the subsidy (Enter)"))
        self.details_button.clicked.connect(self.show_details)
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setProperty("primary", True)
        self.approve_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.approve_button.setToolTip(self.tr("Approve the selected proposals (Ctrl+Shift+A)"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton(self.tr("&Reject…"))
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reject_button.setToolTip(self.tr("Reject the selected proposals (Ctrl+Shift+R)"))
        self.reject_button.clicked.connect(self.reject_selected)
        self.cancel_button = QPushButton(self.tr("Ca&ncel subsidy…"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(
            self.tr("Withdraw proposed or approved, unpaid subsidies (frees their budget)")
        )
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.pay_button = QPushButton(self.tr("&Mark paid…"))
        self.pay_button.setObjectName("payButton")
        self.pay_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pay_button.setToolTip(
            self.tr("Record the bank transfer of approved subsidies (HQ finance, Ctrl+Shift+P)")
        )
        self.pay_button.clicked.connect(self.pay_selected)
        hide_unless(can_decide, self.approve_button, self.reject_button, self.cancel_button)
        hide_unless(can_pay, self.pay_button)

        # the queues on a row of their own: every tab visible on an office laptop (1280 px)
        queues = QHBoxLayout()
        queues.addWidget(self.tabs)
        queues.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        if not acts:  # an empty action bar says why
            self.watch_note = QLabel(
                self.tr("Subsidies are decided by regional managers and HQ finance; you can look.")
            )
            self.watch_note.setObjectName("hint")
            actions.addWidget(self.watch_note)
        actions.addWidget(self.details_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.pay_button)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.approve_button)

        self.model = SubsidyTableModel(session.region_name)
        self.table = QTableView()
        self.table.setObjectName("subsidyTable")
        setup_table(self.table, self.model)
        self.table.describe_filter = lambda: [
            w
            for w in (
                self.policy_combo.currentText(),
                self.tabs.tabText(self.tabs.currentIndex()),
                self.search.text().strip(),
            )
            if w
        ]
        desk.restore_state(self.table.horizontalHeader(), KEY_HEADER)
        self.table.sortByColumn(COL_ID, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.show_details())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.selection_label = QLabel("")
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.setStyleSheet("color: #4b5563;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.budget_panel)
        layout.addLayout(queues)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.selection_label)
        self._update_buttons()

    # -- state -------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(KEY_HEADER, self.table.horizontalHeader().saveState())
        settings.setValue(KEY_STATUS, self.current_status() or "all")

    def search_field(self) -> QLineEdit:
        return self.search

    def current_status(self) -> str | None:
        return self.tabs.tabData(self.tabs.currentIndex())

    def set_status_filter(self, status: str | None) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.tabData(i) == status:
                self.tabs.setCurrentIndex(i)

    def _label_tabs(self, counts: dict[str, int]) -> None:
        total = sum(v for k, v in counts.items() if k != MINE)
        for i, (status, text) in enumerate(QUEUES):
            n = total if status is None else counts.get(status, 0)
            self.tabs.setTabText(
                i,
                self.tr("{label} ({n})").format(
                    label=QCoreApplication.translate("SubsidiesScreen", text), n=count(n)
                ),
            )

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        wanted = self.policy_combo.currentData() or self.policy_code
        self._request += 1
        request = self._request

        def load(ctx):  # noqa: ANN001, ANN202 - runs on the worker
            policies = list_policies(ctx)
            codes = [p.code for p in policies]
            if not codes:
                return policies, None, [], None
            code = wanted if wanted in codes else ("YE2025" if "YE2025" in codes else codes[0])
            return (
                policies,
                code,
                subsidy_service.list_subsidies(ctx, None, code),
                subsidy_service.budget_status(ctx, code),
            )

        run_op(self, load, lambda result: self._show(request, *result))

    def _show(self, request: int, policies: list, code: str | None, subs: list, budget) -> None:  # noqa: ANN001
        if request != self._request:
            return
        keep = [s.id for s in selected_rows(self.table)]
        anchor = first_selected_row(self.table)
        self.policy_code = code
        self.budget = budget
        self.policy_combo.blockSignals(True)
        self.policy_combo.clear()
        for p in policies:
            self.policy_combo.addItem(policy_title(p), p.code)
        if code:
            self.policy_combo.setCurrentIndex(self.policy_combo.findData(code))
        self.policy_combo.blockSignals(False)
        self.model.set_rows(subs)
        self._filter()
        reselect(self.table, keep, anchor)
        counts = self.model.counts()
        counts[MINE] = sum(1 for s in subs if self._mine(s))
        self._label_tabs(counts)
        self.budget_panel.set_status(budget)
        waiting = counts.get(SubsidyStatus.PROPOSED.value, 0)
        self.summary.setText(
            self.tr("Subsidies: {n} · waiting for a decision: {waiting}").format(
                n=count(len(subs)), waiting=count(waiting)
            )
        )

    def _mine(self, s: Subsidy) -> bool:
        return mine_to_do(self.session.user, s, SUBSIDY_TODO)

    def _filter(self) -> None:
        status = self.current_status()
        if status == MINE:
            keep = self._mine
        elif status:
            keep = lambda s: s.status.value == status  # noqa: E731
        else:
            keep = None
        self.model.set_filter(keep, self.search.text())

    # -- selection ---------------------------------------------------------------------------
    def selected(self) -> list[Subsidy]:
        return selected_rows(self.table)

    def _with(self, action: str) -> list[Subsidy]:
        """The selected subsidies this person may take `action` on now."""
        user = self.session.user
        return [s for s in self.selected() if refusal(user, action, s) is None]

    def _update_buttons(self) -> None:
        subs = self.selected()
        self.details_button.setEnabled(len(subs) >= 1)
        user = self.session.user
        for button, action in (
            (self.approve_button, "subsidy.approve"),
            (self.reject_button, "subsidy.reject"),
            (self.cancel_button, "subsidy.cancel"),
            (self.pay_button, "subsidy.pay"),
        ):
            enable_for(button, user, action, subs)
        if subs:
            self.selection_label.setText(
                self.tr("{n} selected · {amount}").format(
                    n=count(len(subs)), amount=yuan(sum(s.amount for s in subs))
                )
            )
        else:
            # the totals of what is shown: they follow the queue and the search
            shown = self.model.rows
            self.selection_label.setText(
                self.tr("{n} shown · {amount} in all").format(
                    n=count(len(shown)), amount=yuan(sum(s.amount for s in shown))
                )
            )

    @staticmethod
    def _describe(s: Subsidy) -> str:
        return f"#{s.id} {s.store_code}"

    @staticmethod
    def _heading(one: str, many: str, subs: list[Subsidy]) -> str:
        """`one` (a translated template with {id}, {store}, {name}, {amount}) for one subsidy,
        else `many` (with {n}, {amount}): whole sentences, so translators can order them."""
        if len(subs) == 1:
            s = subs[0]
            return one.format(id=s.id, store=s.store_code, name=s.store_name, amount=yuan(s.amount))
        return many.format(n=count(len(subs)), amount=yuan(sum(s.amount for s in subs)))

    @staticmethod
    def _list(subs: list[Subsidy], limit: int = 8) -> str:
        lines = [f"#{s.id}  {s.store_code}  {s.store_name}  {yuan(s.amount)}" for s in subs[:limit]]
        if len(subs) > limit:
            lines.append(
                QCoreApplication.translate("SubsidiesScreen", "… and {n} more").format(
                    n=count(len(subs) - limit)
                )
            )
        return "\n".join(lines) if len(subs) > 1 else ""

    # -- actions -----------------------------------------------------------------------------
    def show_details(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            subs = self.selected()
            if not subs:
                return
            sid = subs[0].id
        else:
            sid = self.model.row_at(index.row()).id
        from dealer_app.ui.dialogs.subsidy_details import SubsidyDetailsDialog

        def load(ctx):  # noqa: ANN001, ANN202 - runs on the worker
            from dealer_app.services.partners import get_partner

            sub = subsidy_service.get(ctx, sid)
            return sub, get_partner(ctx, sub.store_code)  # who is paid, as the ledger holds it

        run_op(
            self,
            load,
            lambda found: SubsidyDetailsDialog(self.session, found[0], self, found[1]).open(),
        )

    def approve_selected(self) -> None:
        subs = self._with("subsidy.approve")
        if not subs:
            return
        details = self._list(subs)
        b = self.budget
        if b is not None:
            after = b.committed + sum(s.amount for s in subs)
            line = self.tr(
                "Budget {budget}: {committed} approved or paid now, {after} after."
            ).format(budget=yuan(b.budget), committed=yuan(b.committed), after=yuan(after))
            if after > b.budget:
                line += " " + self.tr(
                    "That is over the budget: approvals beyond it will be refused."
                )
            details = (details + "\n\n" + line).strip()
        dialog = CommentDialog(
            self.tr("Approve subsidies"),
            self._heading(
                self.tr("Approve subsidy {id} ({store} {name}, {amount})?"),
                self.tr("Approve {n} subsidies, {amount} in all?"),
                subs,
            ),
            self.tr("&Approve"),
            details=details,
            parent=self,
        )
        dialog.accepted.connect(lambda: self.start_approve(subs, dialog.comment()))
        dialog.open()

    def reject_selected(self) -> None:
        subs = self._with("subsidy.reject")
        if not subs:
            return
        dialog = CommentDialog(
            self.tr("Reject subsidies"),
            self._heading(
                self.tr("Reject subsidy {id} ({store} {name}, {amount})?"),
                self.tr("Reject {n} subsidies, {amount} in all?"),
                subs,
            ),
            self.tr("&Reject"),
            details=self._list(subs),
            required=True,
            parent=self,
        )
        dialog.accepted.connect(lambda: self.start_reject(subs, dialog.comment()))
        dialog.open()

    def cancel_selected(self) -> None:
        subs = self._with("subsidy.cancel")
        if not subs:
            return
        dialog = CommentDialog(
            self.tr("Cancel subsidies"),
            self._heading(
                self.tr("Cancel subsidy {id} ({store} {name}, {amount})?"),
                self.tr("Cancel {n} subsidies, {amount} in all?"),
                subs,
            ),
            self.tr("Cancel &subsidy") if len(subs) == 1 else self.tr("Cancel &subsidies"),
            details=(
                self._list(subs)
                + "\n\n"
                + self.tr(
                    "A cancelled subsidy is final; its amount no longer counts against the budget."
                )
            ).strip(),
            parent=self,
        )
        dialog.accepted.connect(lambda: self.start_cancel(subs, dialog.comment()))
        dialog.open()

    def pay_selected(self) -> None:
        subs = self._with("subsidy.pay")
        if not subs:
            return
        details = self._list(subs)
        if len(subs) > 1:
            details += "\n\n" + self.tr(
                "The same reference is recorded for each (one batch transfer)."
            )
        heading = self._heading(
            self.tr("Record the payment of subsidy {id} ({store} {name}, {amount})"),
            self.tr("Record the payment of {n} subsidies, {amount} in all"),
            subs,
        )
        dialog = PaymentDialog(heading, details, self)
        dialog.accepted.connect(lambda: self.start_pay(subs, dialog.reference()))
        dialog.open()

    # The start_* methods run the services' batch actions; tests call them directly too.
    def start_approve(self, subs: list[Subsidy], comment: str = "") -> None:
        self._run(
            subs,
            lambda ctx, ids, progress: subsidy_service.approve_many(ctx, ids, comment, progress),
            self.tr("Approve subsidies"),
            self.tr("Approving…"),
            self.tr("Approved: {n}."),
        )

    def start_reject(self, subs: list[Subsidy], comment: str) -> None:
        self._run(
            subs,
            lambda ctx, ids, progress: subsidy_service.reject_many(ctx, ids, comment, progress),
            self.tr("Reject subsidies"),
            self.tr("Rejecting…"),
            self.tr("Rejected: {n}."),
        )

    def start_cancel(self, subs: list[Subsidy], comment: str = "") -> None:
        self._run(
            subs,
            lambda ctx, ids, progress: subsidy_service.cancel_many(ctx, ids, comment, progress),
            self.tr("Cancel subsidies"),
            self.tr("Cancelling…"),
            self.tr("Cancelled: {n}."),
        )

    def start_pay(self, subs: list[Subsidy], reference: str) -> None:
        self._run(
            subs,
            lambda ctx, ids, progress: subsidy_service.pay_many(ctx, ids, reference, progress),
            self.tr("Mark paid"),
            self.tr("Recording payments…"),
            self.tr("Marked paid: {n}."),
        )

    def _run(self, subs, action, title: str, label: str, done_text: str) -> None:  # noqa: ANN001
        """`action(ctx, ids, progress)`: a batch action of the subsidies service."""
        self.last_outcome = None
        ids = [s.id for s in subs]
        known = by_id(subs)

        def done(outcome: Outcome) -> None:
            self.last_outcome = outcome
            report(
                self,
                outcome,
                title=title,
                done_text=done_text,
                describe=lambda i: self._describe(known[i]),
            )

        run_batch(
            self, lambda ctx, progress: action(ctx, ids, progress), done, title=title, label=label
        )
