"""Payments (HQ finance): batches for the bank with maker and checker, their bank files, the
bank's results, payments the bank refused, changes of bank details to confirm, the reports
(owed by region and age, payments by month, the reconciliation) and vouchers for the books.

A regional manager sees only the bank details tab (changes of their partners' details to
confirm); an auditor and an administrator read everything and change nothing. Every action is
a service call through run_op; an action a person may not take is disabled with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.models import Role, User
from dealer_app.services import bank_profiles, banking, money_reports, payments, vouchers
from dealer_app.services import policies as policy_service
from dealer_app.ui.dialogs.payments import (
    BankFileDialog,
    NewBatchDialog,
    ReleaseDialog,
    ResultsDialog,
    VoucherDialog,
)
from dealer_app.ui.formatting import policy_title, yuan
from dealer_app.ui.models.payment_tables import (
    BankChangeTableModel,
    BatchLineTableModel,
    BatchTableModel,
    FailureTableModel,
)
from dealer_app.ui.models.rows_table import select_keys, selected_rows, setup_table
from dealer_app.ui.screens.base import Screen, hide_unless
from dealer_app.ui.tasks import Topic, run_op, show_error
from dealer_app.ui.widgets.charts import BarChartView

KEY_SPLIT = "payments/split"
READERS = (Role.HQ_FINANCE, Role.AUDITOR, Role.ADMIN)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsScreen", text)


class PaymentsScreen(Screen):
    key = "payments"
    icon = QStyle.StandardPixmap.SP_DriveNetIcon
    concerns = frozenset({Topic.PAYMENTS, Topic.SUBSIDIES, Topic.SETTINGS, Topic.STORES})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Payments")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return user.role in (*READERS, Role.REGIONAL_MANAGER)

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self.user = session.user
        self.finance = self.user.role == Role.HQ_FINANCE
        self.reader = self.user.role in READERS
        self.profiles = bank_profiles.profiles()[0]
        self.selected_batch: Any = None
        self.last_dialog: QWidget | None = None  # for tests: the dialog an action opened
        title_row, self.summary = self.heading(self.title())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("paymentsTabs")
        if self.reader:
            self.tabs.addTab(self._batches_tab(), self.tr("Batches"))
            self.tabs.addTab(self._failures_tab(), self.tr("Refused by the bank"))
        self.tabs.addTab(self._changes_tab(), self.tr("Bank details to confirm"))
        if self.reader:
            self.tabs.addTab(self._reports_tab(), self.tr("Reports"))
            self.tabs.addTab(self._vouchers_tab(), self.tr("Vouchers"))
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.tabs, 1)

    # -- building ------------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot, tip: str = "") -> QPushButton:  # noqa: ANN001
        b = QPushButton(text)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def _batches_tab(self) -> QWidget:
        w = QWidget()
        self.new_button = self._button(
            self.tr("&New batch…"),
            "newBatchButton",
            self.new_batch,
            self.tr("Gather approved subsidies into a draft batch"),
        )
        self.release_button = self._button(
            self.tr("&Release…"),
            "releaseButton",
            self.release,
            self.tr("The checker's release (not the maker)"),
        )
        self.cancel_button = self._button(
            self.tr("Cancel batch…"), "cancelBatchButton", self.cancel_batch
        )
        self.file_button = self._button(
            self.tr("Bank &file…"),
            "bankFileButton",
            self.bank_file,
            self.tr("Preview and write the bank's batch-transfer file"),
        )
        self.results_button = self._button(
            self.tr("Read bank &results…"), "resultsButton", self.choose_results
        )
        bar = QHBoxLayout()
        for b in (
            self.new_button,
            self.release_button,
            self.cancel_button,
            self.file_button,
            self.results_button,
        ):
            bar.addWidget(b)
            if b is not self.file_button:
                hide_unless(self.finance, b)
        bar.addStretch(1)
        self.batch_model = BatchTableModel()
        self.batch_table = QTableView()
        self.batch_table.setObjectName("batchTable")
        setup_table(self.batch_table, self.batch_model, multi=False)
        self.batch_table.selectionModel().selectionChanged.connect(self._batch_selected)
        self.line_model = BatchLineTableModel()
        self.line_table = QTableView()
        self.line_table.setObjectName("lineTable")
        setup_table(self.line_table, self.line_model)
        self.batch_note = QLabel("")
        self.batch_note.setObjectName("batchNote")
        self.batch_note.setWordWrap(True)
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.batch_note)
        lv.addWidget(self.line_table, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.batch_table)
        self.split.addWidget(lower)
        self.split.setSizes([200, 320])
        state = QSettings().value(KEY_SPLIT)
        if state is not None:
            self.split.restoreState(state)
        v = QVBoxLayout(w)
        v.addLayout(bar)
        v.addWidget(self.split, 1)
        self._update_batch_buttons()
        return w  # fmt: skip

    def _failures_tab(self) -> QWidget:
        w = QWidget()
        intro = QLabel(
            self.tr(
                "Payments the bank refused. Their subsidies are approved again: correct the payee's "
                "bank details (a change a second person confirms), then pay them in a new batch."
            )
        )
        intro.setWordWrap(True)
        self.failure_model = FailureTableModel()
        self.failure_table = QTableView()
        self.failure_table.setObjectName("failureTable")
        setup_table(self.failure_table, self.failure_model)
        self.retry_button = self._button(
            self.tr("Pay again in a new batch"), "retryButton", self.retry_failures
        )
        hide_unless(self.finance, self.retry_button)
        v = QVBoxLayout(w)
        v.addWidget(intro)
        v.addWidget(self.failure_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        v.addLayout(row)
        return w  # fmt: skip

    def _changes_tab(self) -> QWidget:
        w = QWidget()
        intro = QLabel(
            self.tr(
                "A change of a partner's bank details takes effect only when a second person "
                "confirms it. Check it with the partner (by a known telephone number, not one in "
                "the request) before confirming."
            )
        )
        intro.setWordWrap(True)
        self.change_model = BankChangeTableModel()
        self.change_table = QTableView()
        self.change_table.setObjectName("changeTable")
        setup_table(self.change_table, self.change_model, multi=False)
        self.change_table.selectionModel().selectionChanged.connect(self._update_change_buttons)
        self.confirm_button = self._button(
            self.tr("&Confirm"), "confirmChangeButton", lambda: self.decide_change("confirm")
        )
        self.reject_change_button = self._button(
            self.tr("Re&ject"), "rejectChangeButton", lambda: self.decide_change("reject")
        )
        self.withdraw_button = self._button(
            self.tr("&Withdraw my request"),
            "withdrawButton",
            lambda: self.decide_change("withdraw"),
        )
        operator = self.user.role in (Role.HQ_FINANCE, Role.REGIONAL_MANAGER)
        row = QHBoxLayout()
        for b in (self.confirm_button, self.reject_change_button, self.withdraw_button):
            hide_unless(operator, b)
            row.addWidget(b)
        row.addStretch(1)
        v = QVBoxLayout(w)
        v.addWidget(intro)
        v.addWidget(self.change_table, 1)
        v.addLayout(row)
        self._update_change_buttons()
        return w  # fmt: skip

    def _reports_tab(self) -> QWidget:
        w = QWidget()
        self.owed_chart = BarChartView(self.tr("Owed by region (approved, not yet paid)"))
        self.owed_chart.setObjectName("owedChart")
        self.month_chart = BarChartView(self.tr("Paid by month"), "#16a34a")
        self.month_chart.setObjectName("monthChart")
        self.owed_table = QTableWidget()
        self.owed_table.setObjectName("owedTable")
        self.owed_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.owed_table.verticalHeader().setVisible(False)
        self.owed_as_of = QLabel("")
        owed_box = QVBoxLayout()
        owed_box.addWidget(self.owed_as_of)
        owed_box.addWidget(self.owed_table, 1)
        self.reconcile_text = QPlainTextEdit()
        self.reconcile_text.setObjectName("reconcileText")
        self.reconcile_text.setReadOnly(True)
        self.workbook_button = self._button(
            self.tr("Export the reports…"), "workbookButton", self.choose_workbook
        )
        charts = QHBoxLayout()
        charts.addWidget(self.owed_chart, 1)
        charts.addWidget(self.month_chart, 1)
        texts = QHBoxLayout()
        texts.addLayout(owed_box, 1)
        texts.addWidget(self.reconcile_text, 1)
        row = QHBoxLayout()
        row.addWidget(self.workbook_button)
        row.addStretch(1)
        v = QVBoxLayout(w)
        v.addLayout(charts, 3)
        v.addLayout(texts, 2)
        v.addLayout(row)
        return w  # fmt: skip

    def _vouchers_tab(self) -> QWidget:
        w = QWidget()
        intro = QLabel(
            self.tr(
                "Balanced journal entries for a period: accruals of approvals, their reversal when "
                "cancelled, payments and closure losses, with the account codes of the settings. A "
                "period is exported once; exporting it again says so."
            )
        )
        intro.setWordWrap(True)
        self.voucher_button = self._button(
            self.tr("Write &vouchers…"), "voucherButton", self.write_vouchers
        )
        hide_unless(self.finance, self.voucher_button)
        self.exports_text = QPlainTextEdit()
        self.exports_text.setObjectName("exportsText")
        self.exports_text.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.voucher_button)
        row.addStretch(1)
        v = QVBoxLayout(w)
        v.addWidget(intro)
        v.addLayout(row)
        v.addWidget(QLabel(self.tr("Exported so far:")))
        v.addWidget(self.exports_text, 1)
        return w  # fmt: skip

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        reader = self.reader

        def load(ctx):  # noqa: ANN001, ANN202 - on the worker
            out: dict[str, Any] = {"changes": banking.changes(ctx)}
            if reader:
                out["batches"] = payments.batches(ctx)
                out["failures"] = payments.failures(ctx)
                out["owed"] = money_reports.liabilities(ctx)
                out["months"] = money_reports.payments_by_month(ctx)
                out["reconcile"] = money_reports.reconcile(ctx)
                out["exports"] = vouchers.exports(ctx)
            return out

        run_op(self, load, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        if hasattr(error, "msg"):
            show_error(self, error)  # type: ignore[arg-type]

    def _show(self, data: dict[str, Any]) -> None:
        self.change_model.set_rows(
            sorted(data["changes"], key=lambda c: (c.status != "pending", -c.id))
        )
        pending = sum(1 for c in data["changes"] if c.status == "pending")
        self._update_change_buttons()
        if not self.reader:
            self.summary.setText(self.tr("Bank details to confirm: {n}").format(n=pending))
            return
        keep = self.selected_batch.id if self.selected_batch else None
        self.batch_model.set_rows(data["batches"])
        if keep is not None:
            select_keys(self.batch_table, [keep])
        self.failure_model.set_rows(data["failures"])
        self._show_reports(data)
        drafts = sum(1 for b in data["batches"] if b.status == "draft")
        released = sum(1 for b in data["batches"] if b.status == "released")
        self.summary.setText(
            self.tr(
                "To release: {drafts} · at the bank: {released} · refused: {failures} · bank "
                "details to confirm: {pending}"
            ).format(
                drafts=drafts, released=released, failures=len(data["failures"]), pending=pending
            )
        )
        self._batch_selected()  # fmt: skip

    def _show_reports(self, data: dict[str, Any]) -> None:
        owed, months, rec = data["owed"], data["months"], data["reconcile"]
        names = [self.session.region_short(r) for r in owed.regions]
        self.owed_chart.setVisible(owed.total > 0)
        self.owed_chart.set_data(
            names,
            [owed.region_total(r) / 10_000 for r in owed.regions],
            self.tr("10,000 yuan"),
            vertical_labels=not i18n.is_chinese(),
        )
        shown = months.months[-12:]
        self.month_chart.setVisible(months.total > 0)
        self.month_chart.set_data(
            shown, [months.month_total(m) / 10_000 for m in shown], self.tr("10,000 yuan")
        )
        self.owed_as_of.setText(i18n.t("report.as_of", day=owed.as_of))
        head = [i18n.t("report.col.region")] + [i18n.t(f"report.age.{b}") for b in owed.buckets]
        rows = [
            [self.session.region_name(r)]
            + [owed.amounts.get((r, b), 0) for b in owed.buckets]
            + [owed.region_total(r)]
            for r in owed.regions
            if owed.region_total(r)
        ]
        rows.append(
            [i18n.t("report.col.total")]
            + [owed.bucket_total(b) for b in owed.buckets]
            + [owed.total]
        )
        t = self.owed_table
        t.clear()
        t.setColumnCount(len(head) + 1)
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels(head + [i18n.t("report.col.total")])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                item = QTableWidgetItem(value if j == 0 else yuan(value))
                if j:
                    item.setTextAlignment(right)
                if i == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                t.setItem(i, j, item)
        t.resizeColumnsToContents()
        self.owed_text_for_tests = "\n".join(
            " ".join(t.item(i, j).text() for j in range(t.columnCount()))
            for i in range(t.rowCount())
        )
        sep = i18n.t("sep.field")
        rec_lines = [f"{i18n.text(what)}{sep}{yuan(amount)}" for what, amount in rec.figures]
        rec_lines.append("")
        rec_lines += [i18n.t("report.difference", what=d) for d in rec.differences]
        rec_lines += [i18n.text(n) for n in rec.notes]
        rec_lines.append(
            i18n.t("report.reconcile_clean")
            if rec.clean
            else i18n.t("report.reconcile_differences", count=len(rec.differences))
        )
        self.reconcile_text.setPlainText("\n".join(rec_lines))
        repeat = self.tr("(a repeat)")
        self.exports_text.setPlainText(
            "\n".join(
                f"{e.period_from} – {e.period_to}  {e.format}  {e.vouchers}  "
                f"{yuan(e.debit_total // 100)}  {e.exported_by}  {e.exported_at[:16]}"
                + (f"  {repeat}" if e.repeat_of else "")
                for e in data["exports"]
            )
        )
        # fmt: skip

    # -- batches -------------------------------------------------------------------------------
    def _batch_selected(self, *_args: Any) -> None:
        rows = selected_rows(self.batch_table)
        self.selected_batch = rows[0] if rows else None
        self._update_batch_buttons()
        if self.selected_batch is None:
            self.line_model.set_rows([])
            self.batch_note.setText("")
            return
        number = self.selected_batch.number
        run_op(self, lambda ctx: payments.review(ctx, number), self._show_review, self._failed)

    def _show_review(self, review) -> None:  # noqa: ANN001 - services.payments.Review
        if self.selected_batch is None or review.batch.id != self.selected_batch.id:
            return
        self.selected_batch = review.batch
        self.review = review
        self.line_model.set_rows(review.lines)
        notes = [i18n.text(p) for p in review.problems]
        flagged = len(review.flagged)
        if flagged and review.batch.status == "draft":
            notes.append(self.tr("{n} payments to look at before releasing").format(n=flagged))
        self.batch_note.setText("  ".join(notes))
        self._update_batch_buttons()

    def _update_batch_buttons(self) -> None:
        b = self.selected_batch
        me = self.user.name.casefold()
        draft = b is not None and b.status == "draft"
        self.release_button.setEnabled(draft and b.created_by.casefold() != me)
        self.release_button.setToolTip(
            self.tr("You made this batch: a second finance user releases it (four eyes)")
            if draft and b.created_by.casefold() == me
            else self.tr("The checker's release (not the maker)")
        )
        self.cancel_button.setEnabled(
            b is not None and b.status in ("draft", "released") and not b.paid and not b.failed
        )
        self.file_button.setEnabled(b is not None and b.status in ("released", "closed"))
        # fmt: skip

    def new_batch(self) -> None:
        def load(ctx):  # noqa: ANN001, ANN202
            return policy_service.list_policies(ctx)

        def ask(found) -> None:  # noqa: ANN001
            dialog = NewBatchDialog(
                [(p.code, policy_title(p)) for p in found],
                [(r.code, self.session.region_name(r.code)) for r in self.session.visible_regions],
                self.session.today(),
                self,
            )
            dialog.accepted.connect(lambda: self._make_batch(dialog.values()))
            self.last_dialog = dialog
            dialog.open()  # fmt: skip

        run_op(self, load, ask, self._failed)

    def _make_batch(self, values: dict) -> None:
        def done(built) -> None:  # noqa: ANN001 - services.payments.Built
            self.selected_batch = built.batch
            text = i18n.t(
                "batch.created",
                number=built.batch.number,
                count=built.batch.count,
                total=built.batch.total,
            )
            if built.left_out:
                text += "\n" + i18n.t("batch.left_out", count=built.left_out)
            self.notice(text)  # fmt: skip

        run_op(self, lambda ctx: payments.create_batch(ctx, **values), done, self._failed)

    def release(self) -> None:
        b, review = self.selected_batch, getattr(self, "review", None)
        if b is None or review is None:
            return
        flagged = [
            i18n.t(
                "batch.flag_line",
                reference=r.line.reference,
                partner=r.line.partner,
                flags=[f.value for f in r.flags],
            )
            for r in review.flagged
        ]
        dialog = ReleaseDialog(b.number, b.count, yuan(b.total), flagged, self)
        number = b.number

        def go() -> None:
            ack, comment = dialog.ack.isChecked(), dialog.comment.text()
            run_op(
                self,
                lambda ctx: payments.release(ctx, number, acknowledge=ack, comment=comment),
                lambda done: self.notice(
                    i18n.t("batch.released", number=done.number, count=done.count, total=done.total)
                ),
                self._failed,
            )

        dialog.accepted.connect(go)
        self.last_dialog = dialog
        dialog.open()  # fmt: skip

    def cancel_batch(self) -> None:
        b = self.selected_batch
        if b is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel batch {number}").format(number=b.number),
            self.tr("Why? (its subsidies stay approved, free for another batch)"),
        )
        if ok:
            self.cancel_batch_with(reason)  # fmt: skip

    def cancel_batch_with(self, reason: str) -> None:
        number = self.selected_batch.number
        run_op(self, lambda ctx: payments.cancel_batch(ctx, number, reason),
               lambda done: self.notice(i18n.t("batch.cancelled", number=done.number)),
               self._failed)  # fmt: skip

    def bank_file(self) -> None:
        b = self.selected_batch
        if b is None:
            return
        dialog = BankFileDialog(self.profiles, self)
        number = b.number

        def preview() -> None:
            profile = self.profiles[dialog.profile.currentData()]
            run_op(self, lambda ctx: payments.bank_rows(ctx, number, profile),
                   lambda result: dialog.show_rows(*result, self.tr(
                       "{n} rows, {total}. Every cell is written as text; amounts in yuan with "
                       "two decimals.").format(n=len(result[1]), total=yuan(b.total))),
                   self._failed)  # fmt: skip

        def save() -> None:
            profile = self.profiles[dialog.profile.currentData()]
            suffix = "csv" if profile.format == "csv" else "xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Write the bank file"),
                f"{number}.{suffix}",
                f"{suffix.upper()} (*.{suffix})",
            )
            if path:
                self.write_bank_file_to(Path(path), profile.key)  # fmt: skip

        dialog.profile.currentIndexChanged.connect(preview)
        dialog.accepted.connect(save)
        self.last_dialog = dialog
        dialog.open()
        preview()

    def write_bank_file_to(self, path: Path, profile_key: str) -> None:
        number, profile = self.selected_batch.number, self.profiles[profile_key]
        run_op(self, lambda ctx: payments.write_bank_file(ctx, number, profile, path),
               lambda out: self.notice(i18n.t("batch.file_written", number=number,
                                              path=str(out), count=self.selected_batch.count,
                                              total=self.selected_batch.total)),
               self._failed)  # fmt: skip

    def choose_results(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The bank's result file"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv *.txt)"),
        )
        if path:
            keys = list(self.profiles)
            key = keys[0]
            if len(keys) > 1:
                names = [p.name_for(i18n.is_chinese()) for p in self.profiles.values()]
                item, ok = QInputDialog.getItem(
                    self, self.tr("The bank's layout"), self.tr("Read it as:"), names, 0, False
                )
                if not ok:
                    return
                key = keys[names.index(item)]
            self.read_results_from(Path(path), key)  # fmt: skip

    def read_results_from(self, path: Path, profile_key: str) -> None:
        profile = self.profiles[profile_key]

        def done(report) -> None:  # noqa: ANN001 - services.payments.ResultReport
            problems = [i18n.text(p) for p in report.problems]
            if problems:
                text = i18n.t(
                    "result.refused", file=report.file, count=len(problems), problems=[]
                ).strip()
            elif not report.paid and not report.failed:
                text = i18n.t("result.nothing_new", file=report.file)
            else:
                text = i18n.t(
                    "result.applied",
                    file=report.file,
                    paid=report.paid,
                    total=report.paid_total,
                    failed=report.failed,
                    already=report.already,
                )
                if report.batches_closed:
                    text += "\n" + i18n.t("result.closed", numbers=report.batches_closed)
            if report.still_processing and not problems:
                text += "\n" + i18n.t("result.still_processing", count=report.still_processing)
            if report.seen_before:
                text += "\n" + i18n.t(
                    "result.seen_before", by=report.seen_before[0], at=report.seen_before[1]
                )
            dialog = ResultsDialog(self.tr("Bank results"), text, problems, self)
            self.last_dialog = dialog
            dialog.open()  # fmt: skip

        run_op(self, lambda ctx: payments.import_results(ctx, path, profile), done, self._failed)

    def retry_failures(self) -> None:
        ids = [f.subsidy_id for f in selected_rows(self.failure_table)] or [
            f.subsidy_id for f in self.failure_model.rows
        ]
        if ids:
            self._make_batch({"ids": ids})  # fmt: skip

    # -- bank details --------------------------------------------------------------------------
    def _update_change_buttons(self, *_args: Any) -> None:
        rows = selected_rows(self.change_table)
        c = rows[0] if rows else None
        pending = c is not None and c.status == "pending"
        own = pending and c.requested_by.casefold() == self.user.name.casefold()
        for b in (self.confirm_button, self.reject_change_button):
            b.setEnabled(pending and not own)
            b.setToolTip(
                self.tr("You asked for this change: a second person confirms it") if own else ""
            )
        self.withdraw_button.setEnabled(own)  # fmt: skip

    def decide_change(self, action: str) -> None:
        rows = selected_rows(self.change_table)
        if not rows:
            return
        cid = rows[0].id
        fn = {"confirm": banking.confirm, "reject": banking.reject, "withdraw": banking.withdraw}[
            action
        ]

        def done(change) -> None:  # noqa: ANN001
            if change.status == "confirmed":
                d = change.details
                self.notice(
                    i18n.t(
                        "bank.confirmed",
                        partner=change.partner,
                        bank=d.bank,
                        branch=d.branch,
                        account=d.account,
                        name=d.account_name,
                    )
                )
            else:
                self.notice(i18n.t("bank.decided", id=change.id, status=change.status))

        run_op(self, lambda ctx: fn(ctx, cid), done, self._failed)  # fmt: skip

    # -- reports and vouchers ------------------------------------------------------------------
    def choose_workbook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the reports"), "reports.xlsx", "XLSX (*.xlsx)"
        )
        if path:
            self.write_workbook_to(Path(path))  # fmt: skip

    def write_workbook_to(self, path: Path) -> None:
        run_op(self, lambda ctx: money_reports.write_workbook(ctx, path),
               lambda out: self.notice(i18n.t("report.written", path=str(out))),
               self._failed)  # fmt: skip

    def write_vouchers(self) -> None:
        dialog = VoucherDialog(self.session.today(), self)

        def go() -> None:
            first, last, fmt, again = dialog.values()
            suffix = "txt" if fmt == "u8" else "xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Write the vouchers"),
                f"vouchers_{first}_{last}.{suffix}",
                f"{suffix.upper()} (*.{suffix})",
            )
            if path:
                self.write_vouchers_to(Path(path), first, last, fmt, again)  # fmt: skip

        dialog.accepted.connect(go)
        self.last_dialog = dialog
        dialog.open()

    def write_vouchers_to(self, path: Path, first, last, fmt: str, again: bool = False) -> None:  # noqa: ANN001
        def done(out) -> None:  # noqa: ANN001 - services.vouchers.Exported
            vs = out.vouchers
            self.notice(i18n.t("vouchers.written", count=len(vs.vouchers), entries=vs.entries,
                               first=first, last=last, path=str(out.path), debit=vs.debit,
                               credit=vs.credit))  # fmt: skip

        run_op(self, lambda ctx: vouchers.export(ctx, first, last, fmt, path, again=again),
               done, self._failed)  # fmt: skip

    # -- misc ----------------------------------------------------------------------------------
    def notice(self, text: str) -> None:
        """Say what was done, in the status line (the main window's), and here."""
        if self.reader:
            self.batch_note.setText(text)
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 15_000)

    def save_state(self, settings: QSettings) -> None:
        if self.reader:
            settings.setValue(KEY_SPLIT, self.split.saveState())
