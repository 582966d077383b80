"""Closures: the inefficient, loss-making candidates with their metrics, proposing their closure,
and the proposals waiting for a second person's decision (approve with a closing date, or
reject). The services decide; a refusal comes back as their message."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Closure, ClosureStatus, StoreType, User
from dealer_app.domain.todo import CLOSURE_TODO, mine_to_do, refusal
from dealer_app.services import closures as closure_service
from dealer_app.services.closures import CandidateRow
from dealer_app.services.dashboard import CLOSURE_LOSS_REFERENCE
from dealer_app.ui.dialogs.batch import Outcome, by_id, report, run_batch
from dealer_app.ui.dialogs.decision import CloseDateDialog, CommentDialog
from dealer_app.ui.formatting import count, store_type_label, yuan
from dealer_app.ui.models.closure_tables import (
    CAND_LOSS,
    CL_ID,
    CandidateTableModel,
    ClosureTableModel,
)
from dealer_app.ui.models.rows_table import (
    first_selected_row,
    reselect,
    selected_rows,
    setup_table,
)
from dealer_app.ui.screens.base import Screen, enable_for, hide_unless
from dealer_app.ui.tasks import Topic, run_op
from dealer_app.ui.widgets.search import SearchField

KEY_CAND_HEADER = "closures/candidates_header"
KEY_PROP_HEADER = "closures/proposals_header"
KEY_TAB = "closures/tab"

#: The queue of the proposals this person may decide now (domain/todo.py).
MINE = "mine"

PROPOSAL_QUEUES = [
    (MINE, QT_TRANSLATE_NOOP("ClosuresScreen", "For me")),
    (ClosureStatus.PROPOSED.value, QT_TRANSLATE_NOOP("ClosuresScreen", "Proposed")),
    (ClosureStatus.APPROVED.value, QT_TRANSLATE_NOOP("ClosuresScreen", "Approved")),
    (ClosureStatus.REJECTED.value, QT_TRANSLATE_NOOP("ClosuresScreen", "Rejected")),
    (None, QT_TRANSLATE_NOOP("ClosuresScreen", "All")),
]


class ClosuresScreen(Screen):
    key = "closures"
    icon = QStyle.StandardPixmap.SP_TrashIcon
    concerns = frozenset(
        {Topic.CLOSURES, Topic.STORES, Topic.PERFORMANCE, Topic.SUBSIDIES, Topic.SETTINGS}
    )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Closures")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return True

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        from dealer_app.ui import settings as desk

        self.last_outcome: Outcome | None = None
        self._request = 0
        operator = session.is_operator

        head, self.summary = self.heading(self.tr("Closures"))

        # -- candidates ---------------------------------------------------------------------
        self.cand_search = SearchField(self.tr("Search code, name, region or type…"))
        self.cand_search.setObjectName("candidateSearch")
        self.cand_search.search.connect(lambda _t: self._filter_candidates())
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionFilter")
        if not session.user.region:
            self.region_combo.addItem(self.tr("All regions"), None)
        for r in session.visible_regions:
            self.region_combo.addItem(session.region_name(r.code), r.code)
        self.region_combo.setEnabled(self.region_combo.count() > 1)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("typeFilter")
        self.type_combo.addItem(self.tr("All types"), None)
        for t in StoreType:
            self.type_combo.addItem(store_type_label(t), t.value)
        for combo in (self.region_combo, self.type_combo):
            combo.activated.connect(lambda _i: self._filter_candidates())
        self.propose_button = QPushButton(self.tr("&Propose closure…"))
        self.propose_button.setObjectName("proposeClosureButton")
        self.propose_button.setProperty("primary", True)
        self.propose_button.setToolTip(self.tr("Propose closing the selected stores (Enter)"))
        self.propose_button.clicked.connect(self.propose_selected)
        hide_unless(operator, self.propose_button)
        cand_bar = QHBoxLayout()
        cand_bar.addWidget(self.cand_search, 2)
        cand_bar.addWidget(self.region_combo)
        cand_bar.addWidget(self.type_combo)
        cand_bar.addStretch(1)
        cand_bar.addWidget(self.propose_button)

        self.cand_model = CandidateTableModel(session.region_name)
        self.cand_table = QTableView()
        self.cand_table.setObjectName("candidateTable")
        setup_table(self.cand_table, self.cand_model)
        self._restore_header(self.cand_table, KEY_CAND_HEADER)
        self.cand_table.sortByColumn(CAND_LOSS, Qt.SortOrder.DescendingOrder)
        self.cand_table.activated.connect(lambda _i: self.propose_selected())
        self.cand_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.cand_model.modelReset.connect(self._update_buttons)
        self.cand_totals = QLabel("")
        self.cand_totals.setObjectName("candidateTotals")
        self.cand_totals.setTextFormat(Qt.TextFormat.RichText)
        self.cand_totals.setStyleSheet("color: #374151;")

        cand_page = QWidget()
        cand_layout = QVBoxLayout(cand_page)
        cand_layout.setContentsMargins(0, 8, 0, 0)
        cand_layout.addLayout(cand_bar)
        # old performance data: said before anyone proposes on it
        self.stale_note = QLabel("")
        self.stale_note.setObjectName("stalePerformance")
        self.stale_note.setWordWrap(True)
        self.stale_note.setStyleSheet(
            "background: #fffbeb; color: #78350f; border: 1px solid #fcd34d;"
            " border-radius: 6px; padding: 6px 10px;"
        )
        self.stale_note.setVisible(False)
        cand_layout.addWidget(self.stale_note)
        cand_layout.addWidget(self.cand_table, 1)
        cand_layout.addWidget(self.cand_totals)

        # -- proposals ----------------------------------------------------------------------
        self.status_tabs = QTabBar()
        self.status_tabs.setObjectName("closureStatusTabs")
        self.status_tabs.setDrawBase(False)
        self.status_tabs.setExpanding(False)
        for status, _text in PROPOSAL_QUEUES:
            self.status_tabs.setTabData(self.status_tabs.addTab(""), status)
        self._label_status_tabs({})
        if not operator:  # "For me" holds nothing for those who decide no closures
            self.status_tabs.setCurrentIndex(self.status_tabs.count() - 1)
        self.status_tabs.currentChanged.connect(lambda _i: self._filter_proposals())
        self.prop_search = SearchField(self.tr("Search id, store, name or user…"))
        self.prop_search.setObjectName("proposalSearch")
        self.prop_search.search.connect(lambda _t: self._filter_proposals())
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.approve_button.setObjectName("approveClosureButton")
        self.approve_button.setProperty("primary", True)
        self.approve_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.approve_button.setToolTip(
            self.tr("Approve the selected closures: the stores close (Ctrl+Shift+A)")
        )
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton(self.tr("&Reject…"))
        self.reject_button.setObjectName("rejectClosureButton")
        self.reject_button.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reject_button.setToolTip(
            self.tr("Reject the selected closures: the stores stay open (Ctrl+Shift+R)")
        )
        self.reject_button.clicked.connect(self.reject_selected)
        hide_unless(operator, self.approve_button, self.reject_button)
        prop_bar = QHBoxLayout()
        prop_bar.addWidget(self.status_tabs)
        prop_bar.addWidget(self.prop_search, 1)
        prop_bar.addWidget(self.reject_button)
        prop_bar.addWidget(self.approve_button)

        self.prop_model = ClosureTableModel(session.region_name)
        self.prop_table = QTableView()
        self.prop_table.setObjectName("closureTable")
        setup_table(self.prop_table, self.prop_model)
        self._restore_header(self.prop_table, KEY_PROP_HEADER)
        self.prop_table.sortByColumn(CL_ID, Qt.SortOrder.AscendingOrder)
        self.prop_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.prop_model.modelReset.connect(self._update_buttons)
        self.booked_label = QLabel("")
        self.booked_label.setObjectName("lossBooked")
        self.booked_label.setStyleSheet("color: #374151;")

        prop_page = QWidget()
        prop_layout = QVBoxLayout(prop_page)
        prop_layout.setContentsMargins(0, 8, 0, 0)
        prop_layout.addLayout(prop_bar)
        prop_layout.addWidget(self.prop_table, 1)
        prop_layout.addWidget(self.booked_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("closureTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(cand_page, "")
        self.tabs.addTab(prop_page, "")
        self.tabs.setCurrentIndex(1 if desk.get_str(KEY_TAB) == "proposals" else 0)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self._label_tabs(0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    # -- state -------------------------------------------------------------------------------
    @staticmethod
    def _restore_header(table: QTableView, key: str) -> None:
        from dealer_app.ui import settings as desk

        desk.restore_state(table.horizontalHeader(), key)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(KEY_CAND_HEADER, self.cand_table.horizontalHeader().saveState())
        settings.setValue(KEY_PROP_HEADER, self.prop_table.horizontalHeader().saveState())
        settings.setValue(KEY_TAB, "proposals" if self.tabs.currentIndex() == 1 else "candidates")

    def search_field(self) -> QLineEdit:
        return self.prop_search if self.tabs.currentIndex() == 1 else self.cand_search

    def show_proposals(self, status: str | None = ClosureStatus.PROPOSED.value) -> None:
        self.tabs.setCurrentIndex(1)
        for i in range(self.status_tabs.count()):
            if self.status_tabs.tabData(i) == status:
                self.status_tabs.setCurrentIndex(i)

    def show_candidates(self) -> None:
        self.tabs.setCurrentIndex(0)

    def _label_tabs(self, candidates: int, waiting: int) -> None:
        self.tabs.setTabText(0, self.tr("Candidates ({n})").format(n=count(candidates)))
        self.tabs.setTabText(1, self.tr("Proposals ({n} waiting)").format(n=count(waiting)))

    def _label_status_tabs(self, counts: dict[str, int]) -> None:
        total = sum(v for k, v in counts.items() if k != MINE)
        for i, (status, text) in enumerate(PROPOSAL_QUEUES):
            n = total if status is None else counts.get(status, 0)
            self.status_tabs.setTabText(
                i,
                self.tr("{label} ({n})").format(
                    label=QCoreApplication.translate("ClosuresScreen", text), n=count(n)
                ),
            )

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._request += 1
        request = self._request

        def load(ctx):  # noqa: ANN001, ANN202 - runs on the worker
            return (
                closure_service.candidates(ctx),
                closure_service.list_closures(ctx),
                closure_service.loss_booked(ctx),
                closure_service.stale_performance(ctx),
            )

        run_op(self, load, lambda result: self._show(request, *result))

    def _show(
        self,
        request: int,
        candidates: list[CandidateRow],
        closures: list[Closure],
        booked: tuple[int, int],
        stale: Msg | None = None,
    ) -> None:
        if request != self._request:
            return
        self.stale_note.setText(i18n.text(stale) if stale is not None else "")
        self.stale_note.setVisible(stale is not None)
        keep_c = [r.candidate.store_code for r in selected_rows(self.cand_table)]
        anchor_c = first_selected_row(self.cand_table)
        keep_p = [c.id for c in selected_rows(self.prop_table)]
        anchor = first_selected_row(self.prop_table)
        self.cand_model.set_rows(candidates)
        self._filter_candidates()
        reselect(self.cand_table, keep_c, anchor_c)
        self.prop_model.set_rows(closures)
        self._filter_proposals()
        reselect(self.prop_table, keep_p, anchor)
        counts = self.prop_model.counts()
        counts[MINE] = sum(1 for c in closures if self._mine(c))
        self._label_status_tabs(counts)
        waiting = counts.get(ClosureStatus.PROPOSED.value, 0)
        self._label_tabs(len(candidates), waiting)
        n_booked, loss = booked
        ref = CLOSURE_LOSS_REFERENCE
        self.booked_label.setText(
            self.tr(
                "Stores closed: {n} · one-time loss booked {loss} ({pct}% of the {ref} reference)"
            ).format(
                n=count(n_booked),
                loss=yuan(loss),
                pct=f"{loss * 100 / ref:.1f}",
                ref=yuan(ref),  # one money format in one sentence
            )
        )
        self.summary.setText(
            self.tr("Candidates: {c} · proposals waiting: {w} · stores closed: {n}").format(
                c=count(len(candidates)), w=count(waiting), n=count(n_booked)
            )
        )

    def _filter_candidates(self) -> None:
        region, kind = self.region_combo.currentData(), self.type_combo.currentData()

        def keep(r: CandidateRow) -> bool:
            return (region is None or r.region == region) and (
                kind is None or r.candidate.store_type.value == kind
            )

        self.cand_model.set_filter(keep, self.cand_search.text())
        self._show_candidate_totals()

    def _show_candidate_totals(self) -> None:
        rows = self.cand_model.rows
        loss = sum(r.candidate.estimated_loss for r in rows)
        ref = CLOSURE_LOSS_REFERENCE
        text = self.tr(
            "Candidates shown: <b>{n}</b> · estimated one-time loss <b>{loss}</b> "
            "({pct}% of the {ref} reference)"
        ).format(n=count(len(rows)), loss=yuan(loss), pct=f"{loss * 100 / ref:.0f}", ref=yuan(ref))
        blocked = sum(1 for r in rows if r.has_approved_unpaid_subsidy)
        if blocked:
            text += (
                " · <span style='color:#b45309'>"
                + self.tr("⚠ with an approved, unpaid subsidy: {n}").format(n=count(blocked))
                + "</span>"
            )
        self.cand_totals.setText(text)

    def _mine(self, c: Closure) -> bool:
        return mine_to_do(self.session.user, c, CLOSURE_TODO)

    def _filter_proposals(self) -> None:
        status = self.status_tabs.tabData(self.status_tabs.currentIndex())
        if status == MINE:
            keep = self._mine
        elif status:
            keep = lambda c: c.status.value == status  # noqa: E731
        else:
            keep = None
        self.prop_model.set_filter(keep, self.prop_search.text())

    # -- selection ---------------------------------------------------------------------------
    def selected_candidates(self) -> list[CandidateRow]:
        return selected_rows(self.cand_table)

    def selected_proposals(self, action: str = "closure.approve") -> list[Closure]:
        """The selected proposals this person may take `action` on now (four eyes, region)."""
        user = self.session.user
        return [c for c in selected_rows(self.prop_table) if refusal(user, action, c) is None]

    def _update_buttons(self) -> None:
        operator = self.session.is_operator
        self.propose_button.setEnabled(operator and bool(self.selected_candidates()))
        on_proposals = self.tabs.currentIndex() == 1
        chosen = selected_rows(self.prop_table)
        # Hidden tabs' buttons are not visible, so their shortcuts only act on the shown tab.
        for button, action in (
            (self.approve_button, "closure.approve"),
            (self.reject_button, "closure.reject"),
        ):
            enable_for(button, self.session.user, action, chosen, operator and on_proposals)

    # -- actions -----------------------------------------------------------------------------
    def propose_selected(self) -> None:
        rows = self.selected_candidates()
        if not rows or not self.session.is_operator:
            return
        from dealer_app.ui.dialogs.closure_propose import ProposeClosureDialog

        dialog = ProposeClosureDialog(rows, self)
        dialog.accepted.connect(
            lambda: self.start_propose(
                [(r.candidate.store_code, dialog.loss_for(r)) for r in rows], dialog.comment()
            )
        )
        dialog.open()

    def approve_selected(self) -> None:
        closures = self.selected_proposals()
        if not closures or not self.session.is_operator:
            return
        dialog = CloseDateDialog(
            self._heading(
                self.tr("Approve closing {store} {name} (closure {id})?"),
                self.tr("Approve closing {n} stores (estimated loss {loss})?"),
                closures,
            ),
            self.tr("The store closes on the date below; its proposed subsidies are cancelled.")
            if len(closures) == 1
            else self.tr(
                "The stores close on the date below; their proposed subsidies are cancelled."
            ),
            self.session.today(),
            self,
        )
        dialog.accepted.connect(
            lambda: self.start_approve(closures, dialog.closed_on(), dialog.comment())
        )
        dialog.open()

    def reject_selected(self) -> None:
        closures = self.selected_proposals("closure.reject")
        if not closures or not self.session.is_operator:
            return
        dialog = CommentDialog(
            self.tr("Reject closure"),
            self._heading(
                self.tr("Reject closing {store} {name} (closure {id})?"),
                self.tr("Reject closing {n} stores (estimated loss {loss})?"),
                closures,
            ),
            self.tr("&Reject"),
            details=self.tr("The store stays open.")
            if len(closures) == 1
            else self.tr("The stores stay open."),
            required=True,
            parent=self,
        )
        dialog.accepted.connect(lambda: self.start_reject(closures, dialog.comment()))
        dialog.open()

    @staticmethod
    def _heading(one: str, many: str, closures: list[Closure]) -> str:
        """Whole translated sentences: `one` with {store}, {name}, {id}; `many` with {n}, {loss}."""
        if len(closures) == 1:
            c = closures[0]
            return one.format(store=c.store_code, name=c.store_name, id=c.id)
        return many.format(
            n=count(len(closures)), loss=yuan(sum(c.estimated_loss for c in closures))
        )

    # The start_* methods run the services' batch actions; tests call them directly too.
    def start_propose(self, items: list[tuple[str, int | None]], comment: str = "") -> None:
        self._run(
            lambda ctx, progress: closure_service.propose_many(ctx, items, comment, progress),
            lambda item: item[0],
            self.tr("Propose closure"),
            self.tr("Proposing closures…"),
            self.tr("Closures proposed: {n}."),
        )

    def start_approve(self, closures: list[Closure], closed_on, comment: str = "") -> None:  # noqa: ANN001
        ids, known = [c.id for c in closures], by_id(closures)
        self._run(
            lambda ctx, progress: closure_service.approve_many(
                ctx, ids, closed_on, comment, progress
            ),
            lambda i: self._describe(known[i]),
            self.tr("Approve closure"),
            self.tr("Closing stores…"),
            self.tr("Closures approved: {n}; the stores are closed."),
        )

    def start_reject(self, closures: list[Closure], comment: str) -> None:
        ids, known = [c.id for c in closures], by_id(closures)
        self._run(
            lambda ctx, progress: closure_service.reject_many(ctx, ids, comment, progress),
            lambda i: self._describe(known[i]),
            self.tr("Reject closure"),
            self.tr("Rejecting closures…"),
            self.tr("Closures rejected: {n}."),
        )

    @staticmethod
    def _describe(c: Closure) -> str:
        return f"#{c.id} {c.store_code}"

    def _run(self, action, describe, title: str, label: str, done_text: str) -> None:  # noqa: ANN001
        """`action(ctx, progress)`: a batch action of the closures service."""
        self.last_outcome = None

        def done(outcome: Outcome) -> None:
            self.last_outcome = outcome
            report(self, outcome, title=title, done_text=done_text, describe=describe)

        run_batch(self, action, done, title=title, label=label)
