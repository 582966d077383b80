"""Payout letters: approved and paid subsidies with their letter number and print count; select,
generate (issue the numbers, render on the worker with a cancellable progress dialog), preview,
print or save; and check a letter PDF someone brings back against the ledger."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.domain.models import User
from dealer_app.services import letters as letter_service
from dealer_app.services import subsidies as subsidy_service
from dealer_app.services.context import Context
from dealer_app.services.policies import list_policies
from dealer_app.ui.formatting import count, policy_title, yuan
from dealer_app.ui.models.letter_table import (
    COL_ID,
    LetterRow,
    LetterTableModel,
)
from dealer_app.ui.models.rows_table import select_keys, selected_rows, setup_table
from dealer_app.ui.screens.base import Screen, hide_unless
from dealer_app.ui.tasks import Cancelled, Topic, run_op, run_op_with_progress
from dealer_app.ui.widgets.search import SearchField

KEY_HEADER = "letters/header"
KEY_FOLDER = "letters/last_folder"

SHOW_LETTER_SUBSIDIES, SHOW_NO_LETTER, SHOW_NOT_PRINTED, SHOW_PRINTED, SHOW_ALL = range(5)
SHOW_OPTIONS = [
    (SHOW_LETTER_SUBSIDIES, QT_TRANSLATE_NOOP("LettersScreen", "Approved and paid")),
    (SHOW_NO_LETTER, QT_TRANSLATE_NOOP("LettersScreen", "No letter yet")),
    (SHOW_NOT_PRINTED, QT_TRANSLATE_NOOP("LettersScreen", "Issued, never printed")),
    (SHOW_PRINTED, QT_TRANSLATE_NOOP("LettersScreen", "Printed")),
    (SHOW_ALL, QT_TRANSLATE_NOOP("LettersScreen", "All subsidies")),
]


def _shown(mode: int) -> Callable[[LetterRow], bool] | None:
    if mode == SHOW_ALL:
        return None
    if mode == SHOW_NO_LETTER:
        return lambda r: r.can_have_letter and r.letter is None
    if mode == SHOW_NOT_PRINTED:
        return lambda r: r.letter is not None and r.print_count == 0
    if mode == SHOW_PRINTED:
        return lambda r: r.print_count > 0
    return lambda r: r.can_have_letter


class LettersScreen(Screen):
    key = "letters"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView
    concerns = frozenset({Topic.LETTERS, Topic.SUBSIDIES, Topic.POLICIES, Topic.STORES})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Letters")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return True

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        from dealer_app.ui import settings as desk

        self.policy_code: str | None = None
        self.preview = None  # the open LetterPreviewDialog, if any
        self.last_verdict = None
        self._request = 0

        head, self.summary = self.heading(self.tr("Payout letters"))

        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("policyCombo")
        self.policy_combo.setMinimumWidth(300)
        self.policy_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.policy_combo.activated.connect(lambda _i: self.reload())
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("showFilter")
        for mode, text in SHOW_OPTIONS:
            self.show_combo.addItem(QCoreApplication.translate("LettersScreen", text), mode)
        self.show_combo.activated.connect(lambda _i: self._filter())
        self.search = SearchField(self.tr("Search subsidy, store, name or letter number…"))
        self.search.setObjectName("letterSearch")
        self.search.search.connect(lambda _t: self._filter())
        self.generate_button = QPushButton(self.tr("&Generate letters…"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setProperty("primary", True)
        self.generate_button.setShortcut(QKeySequence("Ctrl+G"))
        self.generate_button.setToolTip(
            self.tr("Issue the selected subsidies' letters and preview them (Enter, Ctrl+G)")
        )
        self.generate_button.clicked.connect(self.generate_selected)
        hide_unless(session.is_operator, self.generate_button)
        self.verify_button = QPushButton(self.tr("&Verify a letter PDF…"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setToolTip(
            self.tr("Check that a letter's PDF file is exactly what the ledger issued")
        )
        self.verify_button.clicked.connect(self.choose_and_verify)
        self.check_button = QPushButton(self.tr("&Check a letter…"))
        self.check_button.setObjectName("checkLetterButton")
        self.check_button.setShortcut(QKeySequence("Ctrl+K"))
        self.check_button.setToolTip(
            self.tr(
                "Scan or paste the QR code of a paper letter and check it against the ledger (Ctrl+K)"
            )
        )
        self.check_button.clicked.connect(self.open_check)
        self.check_dialog = None

        bar = QHBoxLayout()
        policy_label = QLabel(self.tr("&Policy:"))
        policy_label.setBuddy(self.policy_combo)
        bar.addWidget(policy_label)
        bar.addWidget(self.policy_combo)
        bar.addWidget(self.show_combo)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.check_button)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.generate_button)

        self.model = LetterTableModel(session.region_name)
        self.table = QTableView()
        self.table.setObjectName("letterTable")
        setup_table(self.table, self.model)
        desk.restore_state(self.table.horizontalHeader(), KEY_HEADER)
        self.table.sortByColumn(COL_ID, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.generate_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.selection_label = QLabel("")
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.setStyleSheet("color: #4b5563;")
        hint = QLabel(
            self.tr(
                "Letters are issued only for approved or paid subsidies. The first print (or "
                "save) of a letter is the original; every later one is marked 副本 / COPY."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.selection_label)
        bottom.addStretch(1)
        bottom.addWidget(hint, 3)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- state -------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(KEY_HEADER, self.table.horizontalHeader().saveState())

    def search_field(self) -> QLineEdit:
        return self.search

    def set_show(self, mode: int) -> None:
        self.show_combo.setCurrentIndex(self.show_combo.findData(mode))
        self._filter()

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        wanted = self.policy_combo.currentData() or self.policy_code
        self._request += 1
        request = self._request

        def load(ctx: Context):  # noqa: ANN202 - runs on the worker
            policies = list_policies(ctx)
            codes = [p.code for p in policies]
            if not codes:
                return policies, None, []
            code = wanted if wanted in codes else ("YE2025" if "YE2025" in codes else codes[0])
            subs = subsidy_service.list_subsidies(ctx, None, code)
            letters = letter_service.letters_for_subsidies(ctx, [s.id for s in subs])
            return policies, code, [LetterRow(s, letters.get(s.id)) for s in subs]

        run_op(self, load, lambda result: self._show(request, *result))

    def _show(self, request: int, policies: list, code: str | None, rows: list[LetterRow]) -> None:
        if request != self._request:
            return
        keep = [r.id for r in selected_rows(self.table)]
        self.policy_code = code
        self.policy_combo.blockSignals(True)
        self.policy_combo.clear()
        for p in policies:
            self.policy_combo.addItem(policy_title(p), p.code)
        if code:
            self.policy_combo.setCurrentIndex(self.policy_combo.findData(code))
        self.policy_combo.blockSignals(False)
        self.model.set_rows(rows)
        self._filter()
        select_keys(self.table, keep)
        eligible = [r for r in rows if r.can_have_letter]
        issued = [r for r in eligible if r.letter is not None]
        printed = [r for r in issued if r.print_count > 0]
        self.summary.setText(
            self.tr("Approved or paid: {n} · letters issued: {issued} · printed: {printed}").format(
                n=count(len(eligible)), issued=count(len(issued)), printed=count(len(printed))
            )
        )

    def _filter(self) -> None:
        self.model.set_filter(_shown(self.show_combo.currentData()), self.search.text())
        self._update_buttons()

    # -- selection ---------------------------------------------------------------------------
    def selected(self) -> list[LetterRow]:
        return [r for r in selected_rows(self.table) if r.can_have_letter]

    def _update_buttons(self) -> None:
        rows = self.selected()
        self.generate_button.setEnabled(self.session.is_operator and bool(rows))
        if rows:
            new = sum(1 for r in rows if r.letter is None)
            text = self.tr("{n} selected · {amount}").format(
                n=count(len(rows)), amount=yuan(sum(r.subsidy.amount for r in rows))
            )
            if new:
                text += " · " + self.tr("new letter numbers to issue: {n}").format(n=count(new))
            self.selection_label.setText(text)
        else:
            shown = self.model.rows
            self.selection_label.setText(
                self.tr("{n} shown · {amount} in all").format(
                    n=count(len(shown)), amount=yuan(sum(r.subsidy.amount for r in shown))
                )
            )

    # -- generate ----------------------------------------------------------------------------
    def generate_selected(self) -> None:
        rows = self.selected()
        if rows and self.session.is_operator:
            self.generate([r.id for r in rows])

    def generate(
        self, ids: list[int], on_done: Callable[[list[Any], bytes], None] | None = None
    ) -> None:
        """Preview the letters of subsidies `ids` (those not issued yet as drafts: no number is
        taken until they are printed or saved), rendered on the worker (or call `on_done`)."""
        done = on_done or self.show_preview

        def rendered(result: tuple[list[Any], bytes]) -> None:
            done(*result)

        def previewed(result: letter_service.Preview) -> None:
            if result.refused:
                self._show_refused(result.refused)
            if result.letters:
                self.render_letters(result.letters, rendered)

        run_op(
            self,
            lambda ctx: letter_service.preview_letters(ctx, ids),
            previewed,
        )

    def _show_refused(self, refused: list) -> None:
        box = QMessageBox(self)
        box.setObjectName("lettersRefused")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Payout letters"))
        box.setText(
            self.tr("{n} letters cannot be printed:").format(n=count(len(refused)))
            + "\n\n"
            + "\n\n".join(i18n.text(m) for m in refused[:5])
        )
        if len(refused) > 5:
            box.setDetailedText("\n\n".join(i18n.text(m) for m in refused))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def render_letters(
        self, records: list[Any], on_done: Callable[[tuple[list[Any], bytes]], None]
    ) -> None:
        """Render `records` to one PDF on the worker; Cancel stops between letters."""
        stop = threading.Event()

        def work(ctx: Context, progress: Callable[[int, int], None]) -> tuple[list[Any], bytes]:
            def tick(done: int, total: int) -> None:
                try:
                    progress(done, total)
                except Cancelled:
                    stop.set()  # the render stops before the next letter (raises Cancelled)

            return records, letter_service.render_preview(records, tick, stop.is_set)

        n = len(records)
        run_op_with_progress(
            self,
            work,
            on_done,
            title=self.tr("Payout letters"),
            label=self.tr("Rendering 1 letter…")
            if n == 1
            else self.tr("Rendering {n} letters…").format(n=count(n)),
        )

    def show_preview(self, records: list[Any], pdf: bytes) -> None:
        from dealer_app.ui.dialogs.letter_preview import LetterPreviewDialog

        ids = [r.subsidy_id for r in records]
        if self.preview is not None:
            try:
                self.preview.close()
            except RuntimeError:
                pass  # already deleted
        dialog = LetterPreviewDialog(ids, records, pdf, self.generate, self)
        # The old preview is deleted later than this one is made: forget only the one that goes.
        dialog.destroyed.connect(lambda *_: self._preview_closed(dialog))
        self.preview = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()  # Ctrl+P / Ctrl+S act on it at once

    def _preview_closed(self, dialog) -> None:  # noqa: ANN001
        if self.preview is dialog:
            self.preview = None

    # -- verify ------------------------------------------------------------------------------
    def choose_and_verify(self) -> None:
        from dealer_app.ui import settings as desk

        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Verify a letter PDF"),
            desk.get_str(KEY_FOLDER, str(Path.home())),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if path:
            self.verify(Path(path))

    def verify(self, path: Path) -> None:
        run_op(
            self,
            lambda ctx: letter_service.verify_pdf(ctx, path),
            lambda verdict: self._show_verdict(path, verdict),
        )

    def _show_verdict(self, path: Path, verdict) -> None:  # noqa: ANN001 - services.letters.Verdict
        from dealer_app.ui.dialogs.check_letter import verdict_text

        self.last_verdict = verdict
        standing, text = verdict_text(verdict)
        box = QMessageBox(self)
        box.setObjectName("verifyResult")
        box.setProperty("standing", standing)
        box.setWindowTitle(self.tr("Verify a letter PDF"))
        box.setIcon(
            QMessageBox.Icon.Information
            if standing == "genuine"
            else QMessageBox.Icon.Critical
            if standing == "void"
            else QMessageBox.Icon.Warning
        )
        lines = text.split("\n")
        box.setText(f"{path.name}\n\n" + "\n".join(lines[:14]))
        if len(lines) > 14:
            box.setDetailedText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- check a paper letter ----------------------------------------------------------------
    def open_check(self) -> None:
        from dealer_app.ui.dialogs.check_letter import CheckLetterDialog

        if self.check_dialog is None:
            self.check_dialog = CheckLetterDialog(self)
        self.check_dialog.show()
        self.check_dialog.raise_()
        self.check_dialog.activateWindow()
        self.check_dialog.code.setFocus()
