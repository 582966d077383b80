"""Settings: the ledger's business settings (letter issuer and texts, closure thresholds), which
administrators edit and everyone else reads, and this desktop's interface language.

Ledger settings are saved together through services.settings.update on the worker (one audited
change holding only the fields that changed); the language goes to QSettings at once."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n as catalogue
from dealer_app.domain.errors import DealerError
from dealer_app.domain.letters import (
    BODY_PLACEHOLDERS,
    DEFAULT_BODY_EN,
    DEFAULT_BODY_PAID_EN,
    DEFAULT_BODY_PAID_ZH,
    DEFAULT_BODY_ZH,
)
from dealer_app.domain.models import StoreType, User
from dealer_app.domain.vouchers import ACCOUNT_KEYS, AUX_ITEMS
from dealer_app.services import settings as settings_service
from dealer_app.ui import i18n
from dealer_app.ui.dialogs.store_edit import DateField
from dealer_app.ui.formatting import count, store_type_label
from dealer_app.ui.screens.base import Screen, hide_unless
from dealer_app.ui.tasks import Topic, run_op
from dealer_app.ui.widgets.message_banner import BAD, INFO, OK, MessageBanner

TEXT_KEYS = ("issuer_name_zh", "issuer_name_en", "issuer_address", "letter_number_format")
BODY_KEYS = ("letter_body_zh", "letter_body_en", "letter_body_paid_zh", "letter_body_paid_en")
_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


def unknown_placeholders(template: str) -> list[str]:
    """Placeholders in `template` that letters do not fill (they print as typed)."""
    seen: list[str] = []
    for m in _PLACEHOLDER_RE.finditer(template):
        name = m.group(1)
        if name not in BODY_PLACEHOLDERS and name not in seen:
            seen.append(name)
    return seen


class SettingsScreen(Screen):
    key = "settings"
    icon = QStyle.StandardPixmap.SP_FileDialogListView
    concerns = frozenset({Topic.SETTINGS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Settings")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return True

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self.loaded: dict[str, Any] = {}
        self.last_saved: dict[str, Any] | None = None
        self._filling = False
        editable = session.is_admin

        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("screenTitle")
        self.note = QLabel(
            self.tr("Letter and closure settings apply to everyone using this ledger.")
            if editable
            else self.tr(
                "Only an administrator can change the ledger's settings; you see them as they "
                "are. The language applies to this computer only."
            )
        )
        self.note.setObjectName("countLabel")
        self.note.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(heading)
        head.addSpacing(12)
        head.addWidget(self.note, 1, Qt.AlignmentFlag.AlignBottom)

        # -- issuer ---------------------------------------------------------------------------
        self.issuer_name_zh = QLineEdit()
        self.issuer_name_en = QLineEdit()
        self.issuer_address = QLineEdit()
        self.letter_number_format = QLineEdit()
        self.letter_number_format.setToolTip(
            self.tr(
                "How letter numbers are made: {policy}, {region} or {region_zh}, {year} and "
                "{seq} (the number within the policy, region and year; {seq:06d} pads it to six "
                "digits). E.g. {policy}〔{year}〕{region_zh}{seq:04d}号"
            )
        )
        self.letter_handlers = QPlainTextEdit()
        self.letter_handlers.setObjectName("setting_letter_handlers")
        self.letter_handlers.setFixedHeight(76)
        self.letter_handlers.setToolTip(
            self.tr(
                "One line each, printed under the letter for a signature, e.g. 经办人 / Prepared by"
            )
        )
        self.letter_handlers.textChanged.connect(self._changed)
        issuer = QGroupBox(self.tr("Letter issuer"))
        issuer_form = QFormLayout(issuer)
        issuer_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        issuer_form.addRow(self.tr("Name (Chinese):"), self.issuer_name_zh)
        issuer_form.addRow(self.tr("Name (English):"), self.issuer_name_en)
        issuer_form.addRow(self.tr("Address:"), self.issuer_address)
        issuer_form.addRow(self.tr("Letter numbers:"), self.letter_number_format)
        issuer_form.addRow(self.tr("Handling lines:"), self.letter_handlers)
        for key in TEXT_KEYS:
            edit: QLineEdit = getattr(self, key)
            edit.setObjectName(f"setting_{key}")
            edit.setMaxLength(4000)
            edit.textChanged.connect(lambda _t: self._changed())

        # -- letter texts ----------------------------------------------------------------------
        body_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        self.letter_body_zh = QPlainTextEdit()
        self.letter_body_en = QPlainTextEdit()
        self.letter_body_paid_zh = QPlainTextEdit()
        self.letter_body_paid_en = QPlainTextEdit()
        self.bodies = QTabWidget()
        self.bodies.setObjectName("letterBodies")
        for key, default, label in (
            ("letter_body_zh", DEFAULT_BODY_ZH, self.tr("Chinese")),
            ("letter_body_en", DEFAULT_BODY_EN, self.tr("English")),
            ("letter_body_paid_zh", DEFAULT_BODY_PAID_ZH, self.tr("Chinese, once paid")),
            ("letter_body_paid_en", DEFAULT_BODY_PAID_EN, self.tr("English, once paid")),
        ):
            editor: QPlainTextEdit = getattr(self, key)
            editor.setObjectName(f"setting_{key}")
            editor.setFont(body_font)
            editor.setPlaceholderText(default)
            editor.setMinimumHeight(150)
            editor.textChanged.connect(self._changed)
            self.bodies.addTab(editor, label)
        placeholders = QHBoxLayout()
        placeholders.setSpacing(4)
        caption = QLabel(self.tr("Insert:"))
        caption.setObjectName("hint")
        placeholders.addWidget(caption)
        self.placeholder_buttons: list[QToolButton] = []
        flow = QGridLayout()
        flow.setHorizontalSpacing(4)
        flow.setVerticalSpacing(4)
        for i, name in enumerate(BODY_PLACEHOLDERS):
            button = QToolButton()
            button.setText("{" + name + "}")
            button.setObjectName(f"placeholder_{name}")
            button.setToolTip(self.tr("Insert {{{name}}} at the cursor").format(name=name))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _c=False, n=name: self.insert_placeholder(n))
            button.setEnabled(editable)
            self.placeholder_buttons.append(button)
            flow.addWidget(button, i // 5, i % 5)
        placeholders.addLayout(flow, 1)
        self.builtin_button = QPushButton(self.tr("Use the built-in text"))
        self.builtin_button.setObjectName("useBuiltinText")
        self.builtin_button.setToolTip(
            self.tr("Empty the text: letters then use the built-in wording shown in grey")
        )
        self.builtin_button.clicked.connect(lambda: self.current_body().setPlainText(""))
        hide_unless(editable, self.builtin_button)
        self.body_warning = QLabel("")
        self.body_warning.setObjectName("bodyWarning")
        self.body_warning.setWordWrap(True)
        self.body_warning.setStyleSheet("color: #b45309;")
        self.body_warning.setVisible(False)
        body_hint = QLabel(
            self.tr(
                "Letters print the Chinese text first, then the English. Leave a text empty to "
                "use the built-in wording (shown in grey). Placeholders in braces are filled "
                "from each letter."
            )
        )
        body_hint.setObjectName("hint")
        body_hint.setWordWrap(True)
        letters = QGroupBox(self.tr("Letter text"))
        letters_layout = QVBoxLayout(letters)
        letters_layout.addWidget(body_hint)
        letters_layout.addWidget(self.bodies, 1)
        letters_layout.addLayout(placeholders)
        letters_layout.addWidget(self.body_warning)
        builtin_row = QHBoxLayout()
        builtin_row.addStretch(1)
        builtin_row.addWidget(self.builtin_button)
        letters_layout.addLayout(builtin_row)

        # -- closure thresholds ----------------------------------------------------------------
        self.min_vehicles = QDoubleSpinBox()
        self.min_vehicles.setObjectName("setting_closure_min_avg_vehicles")
        self.min_vehicles.setRange(0, 100_000)
        self.min_vehicles.setDecimals(1)
        self.min_vehicles.setSuffix(" " + self.tr("vehicles / month"))
        self.min_revenue = QSpinBox()
        self.min_revenue.setObjectName("setting_closure_min_avg_revenue_retail")
        self.min_revenue.setRange(0, 2_000_000_000)
        self.min_revenue.setSingleStep(10_000)
        self.min_revenue.setGroupSeparatorShown(True)
        self.min_revenue.setPrefix("¥")
        self.min_revenue.setSuffix(" " + self.tr("/ month"))
        self.months = QSpinBox()
        self.months.setObjectName("setting_closure_months")
        self.months.setRange(1, 36)
        self.months.setSuffix(" " + self.tr("months"))
        self.cutoff = DateField()
        self.cutoff.setObjectName("setting_closure_cutoff")
        self.losses: dict[str, QSpinBox] = {}
        for t in StoreType:
            spin = QSpinBox()
            spin.setObjectName(f"setting_loss_{t.value}")
            spin.setRange(0, 2_000_000_000)
            spin.setSingleStep(1_000)
            spin.setGroupSeparatorShown(True)
            spin.setPrefix("¥")
            self.losses[t.value] = spin
        for spin in (self.min_vehicles, self.min_revenue, self.months, *self.losses.values()):
            spin.valueChanged.connect(lambda _v: self._changed())
            spin.setMinimumWidth(170)
        self.cutoff.edit.textChanged.connect(lambda _t: self._changed())
        closures = QGroupBox(self.tr("Closure candidates"))
        closure_form = QFormLayout(closures)
        closure_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        closure_hint = QLabel(
            self.tr(
                "Open stores established before the cutoff, inefficient (below the threshold on "
                "average over the last months) and loss-making over the same months."
            )
        )
        closure_hint.setObjectName("hint")
        closure_hint.setWordWrap(True)
        closure_form.addRow(closure_hint)
        closure_form.addRow(self.tr("Minimum vehicles:"), self.min_vehicles)
        closure_form.addRow(self.tr("Minimum retail revenue:"), self.min_revenue)
        closure_form.addRow(self.tr("Months averaged:"), self.months)
        closure_form.addRow(self.tr("Established before:"), self.cutoff)
        loss_title = QLabel(self.tr("One-time loss per closure (editable on each proposal)"))
        loss_title.setObjectName("sectionTitle")
        closure_form.addRow(loss_title)
        for t in StoreType:
            closure_form.addRow(store_type_label(t) + ":", self.losses[t.value])

        # -- payments and the books ------------------------------------------------------------
        self.max_count = QSpinBox()
        self.max_count.setObjectName("setting_payments_max_count")
        self.max_count.setRange(1, 100_000)
        self.max_count.setGroupSeparatorShown(True)
        self.max_total = QSpinBox()
        self.max_total.setObjectName("setting_payments_max_total")
        self.max_total.setRange(1, 2_000_000_000)
        self.max_total.setSingleStep(1_000_000)
        self.max_total.setGroupSeparatorShown(True)
        self.max_total.setPrefix("¥")
        self.voucher_word = QLineEdit()
        self.voucher_word.setObjectName("setting_voucher_word")
        self.voucher_word.setMaxLength(4)
        self.accounts: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        for key in ACCOUNT_KEYS:
            code, name = QLineEdit(), QLineEdit()
            code.setObjectName(f"setting_account_{key}")
            code.setMaximumWidth(110)
            name.setObjectName(f"setting_account_name_{key}")
            self.accounts[key] = (code, name)
        self.aux: dict[str, QCheckBox] = {}
        aux_labels = {"partner": self.tr("Partner"), "region": self.tr("Region"),
                      "store": self.tr("Store")}  # fmt: skip
        for item in AUX_ITEMS:
            box = QCheckBox(aux_labels[item])
            box.setObjectName(f"setting_aux_{item}")
            box.toggled.connect(lambda _c: self._changed())
            self.aux[item] = box
        for spin in (self.max_count, self.max_total):
            spin.valueChanged.connect(lambda _v: self._changed())
            spin.setMinimumWidth(170)
        for edit in (self.voucher_word, *(e for pair in self.accounts.values() for e in pair)):
            edit.textChanged.connect(lambda _t: self._changed())
        money = QGroupBox(self.tr("Payments and the books"))
        money_form = QFormLayout(money)
        money_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        money_form.addRow(self.tr("Payments per batch:"), self.max_count)
        money_form.addRow(self.tr("Total per batch:"), self.max_total)
        money_form.addRow(self.tr("Voucher word:"), self.voucher_word)
        account_labels = {
            "expense": self.tr("Subsidy expense:"),
            "payable": self.tr("Payable to dealers:"),
            "bank": self.tr("Bank:"),
            "closure_loss": self.tr("Closure loss:"),
            "closure_credit": self.tr("Closure loss, credit:"),
        }
        for key in ACCOUNT_KEYS:
            row = QHBoxLayout()
            row.addWidget(self.accounts[key][0])
            row.addWidget(self.accounts[key][1], 1)
            money_form.addRow(account_labels[key], row)
        aux_row = QHBoxLayout()
        for box in self.aux.values():
            aux_row.addWidget(box)
        aux_row.addStretch(1)
        money_form.addRow(self.tr("Auxiliary items:"), aux_row)

        # -- this computer ---------------------------------------------------------------------
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.configured_language()), 0))
        self.language.activated.connect(lambda _i: self.choose_language())
        self.language_note = QLabel(
            self.tr("Kept for this computer; the other settings are in the ledger.")
        )
        self.language_note.setObjectName("hint")
        self.language_note.setWordWrap(True)
        desktop = QGroupBox(self.tr("This computer"))
        desktop_form = QFormLayout(desktop)
        desktop_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        desktop_form.addRow(self.tr("Interface language:"), self.language)
        desktop_form.addRow(self.language_note)

        # -- layout: two columns in a scroll area, the save bar below ---------------------------
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(issuer)
        left.addWidget(letters, 1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(closures)
        right.addWidget(money)
        right.addWidget(desktop)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        page = QWidget()
        page.setLayout(columns)
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)

        self.banner = MessageBanner()
        self.banner.setObjectName("settingsBanner")
        self.state_label = QLabel("")
        self.state_label.setObjectName("settingsState")
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setObjectName("revertSettings")
        self.revert_button.clicked.connect(lambda: self._fill(self.loaded))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        hide_unless(editable, self.revert_button, self.save_button)
        foot = QHBoxLayout()
        foot.addWidget(self.state_label, 1)
        foot.addWidget(self.revert_button)
        foot.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(foot)

        if not editable:
            for key in TEXT_KEYS:
                getattr(self, key).setReadOnly(True)
            for key in (*BODY_KEYS, "letter_handlers"):
                getattr(self, key).setReadOnly(True)
            for w in (self.min_vehicles, self.min_revenue, self.months, *self.losses.values(),
                      self.max_count, self.max_total):  # fmt: skip
                w.setReadOnly(True)
                w.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            for edit in (self.voucher_word, *(e for pair in self.accounts.values() for e in pair)):
                edit.setReadOnly(True)
            for box in self.aux.values():
                box.setEnabled(False)
            self.cutoff.edit.setReadOnly(True)
            self.cutoff.button.setEnabled(False)
        self._update_state()

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        run_op(self, lambda ctx: settings_service.all_settings(ctx.ledger), self._fill)

    def _fill(self, values: dict[str, Any]) -> None:
        self.loaded = dict(values)
        self._filling = True
        try:
            for key in TEXT_KEYS:
                getattr(self, key).setText(str(values.get(key, "")))
            for key in BODY_KEYS:
                getattr(self, key).setPlainText(str(values.get(key, "")))
            self.letter_handlers.setPlainText("\n".join(values.get("letter_handlers") or []))
            self.min_vehicles.setValue(float(values.get("closure_min_avg_vehicles", 0)))
            self.min_revenue.setValue(int(values.get("closure_min_avg_revenue_retail", 0)))
            self.months.setValue(int(values.get("closure_months", 6)))
            self.cutoff.edit.setText(str(values.get("closure_cutoff", "")))
            losses = values.get("closure_loss_by_type", {}) or {}
            for t, spin in self.losses.items():
                spin.setValue(int(losses.get(t, 0)))
            self.max_count.setValue(int(values.get("payments_max_count", 500)))
            self.max_total.setValue(min(int(values.get("payments_max_total", 0)), 2_000_000_000))
            self.voucher_word.setText(str(values.get("voucher_word", "")))
            accounts = values.get("voucher_accounts", {}) or {}
            for key, (code, name) in self.accounts.items():
                code.setText(str((accounts.get(key) or {}).get("code", "")))
                name.setText(str((accounts.get(key) or {}).get("name", "")))
            chosen = set(values.get("voucher_aux") or [])
            for item, box in self.aux.items():
                box.setChecked(item in chosen)
        finally:
            self._filling = False
        self._changed()

    def form_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Every ledger setting as the form shows it, and problems found before saving."""
        problems: dict[str, str] = {}
        values: dict[str, Any] = {key: getattr(self, key).text().strip() for key in TEXT_KEYS}
        for key in BODY_KEYS:
            values[key] = getattr(self, key).toPlainText().strip()
        values["letter_handlers"] = [
            line.strip() for line in self.letter_handlers.toPlainText().splitlines() if line.strip()
        ]
        for key, label in (
            ("issuer_name_zh", self.tr("The Chinese issuer name")),
            ("issuer_name_en", self.tr("The English issuer name")),
        ):
            if not values[key]:
                problems[key] = self.tr("{what} cannot be empty: letters print it.").format(
                    what=label
                )
        values["closure_min_avg_vehicles"] = round(self.min_vehicles.value(), 1)
        values["closure_min_avg_revenue_retail"] = self.min_revenue.value()
        values["closure_months"] = self.months.value()
        try:
            day = self.cutoff.date()
        except ValueError as exc:
            day = None
            problems["closure_cutoff"] = self.tr("Cutoff: {problem}").format(problem=exc)
        if day is None and "closure_cutoff" not in problems:
            problems["closure_cutoff"] = self.tr("Give the cutoff date, e.g. 2025-01-01.")
        values["closure_cutoff"] = day.isoformat() if isinstance(day, dt.date) else ""
        values["closure_loss_by_type"] = {t: spin.value() for t, spin in self.losses.items()}
        values["payments_max_count"] = self.max_count.value()
        values["payments_max_total"] = self.max_total.value()
        values["voucher_word"] = self.voucher_word.text().strip()
        values["voucher_accounts"] = {
            key: {"code": code.text().strip(), "name": name.text().strip()}
            for key, (code, name) in self.accounts.items()
        }
        values["voucher_aux"] = [item for item, box in self.aux.items() if box.isChecked()]
        return values, problems

    def changes(self) -> dict[str, Any]:
        """The ledger settings the user changed (what `update` will receive)."""
        values, _problems = self.form_values()
        out: dict[str, Any] = {}
        for key, value in values.items():
            old = self.loaded.get(key)
            if key == "closure_min_avg_vehicles":
                same = old is not None and round(float(old), 1) == value
            elif key in ("voucher_accounts", "voucher_aux"):
                same = old == value
            elif key in ("closure_min_avg_revenue_retail", "closure_months", "payments_max_count",
                         "payments_max_total"):  # fmt: skip
                same = old is not None and int(old) == value
            elif key == "closure_loss_by_type":
                same = {k: int(v) for k, v in (old or {}).items()} == value
            elif key == "letter_handlers":
                same = list(old or []) == value
            else:
                same = (str(old).strip() if old is not None else "") == value
            if not same:
                out[key] = value
        return out

    # -- editing -----------------------------------------------------------------------------
    def current_body(self) -> QPlainTextEdit:
        return self.bodies.currentWidget()

    def insert_placeholder(self, name: str) -> None:
        editor = self.current_body()
        if editor.isReadOnly():
            return
        editor.insertPlainText("{" + name + "}")
        editor.setFocus()

    def _changed(self) -> None:
        if self._filling:
            return
        unknown = []
        for key in BODY_KEYS:
            unknown += unknown_placeholders(getattr(self, key).toPlainText())
        if unknown:
            self.body_warning.setText(
                self.tr(
                    "Not a placeholder: {names}. Letters print it exactly as written; "
                    "use one of the buttons above."
                ).format(names=", ".join("{" + n + "}" for n in dict.fromkeys(unknown)))
            )
        self.body_warning.setVisible(bool(unknown))
        self._update_state()

    def _update_state(self) -> None:
        if not self.session.is_admin:
            self.state_label.setText("")
            return
        _values, problems = self.form_values() if self.loaded else ({}, {})
        changed = self.changes() if self.loaded else {}
        if problems:
            self.state_label.setText(" ".join(problems.values()))
            self.state_label.setStyleSheet("color: #b91c1c;")
        elif changed:
            n = len(changed)
            self.state_label.setText(
                self.tr("1 unsaved change")
                if n == 1
                else self.tr("{n} unsaved changes").format(n=n)
            )
            self.state_label.setStyleSheet("color: #b45309; font-weight: 600;")
        else:
            self.state_label.setText(self.tr("No unsaved changes."))
            self.state_label.setStyleSheet("color: #6b7280;")
        self.save_button.setEnabled(bool(changed) and not problems)
        self.revert_button.setEnabled(bool(changed))

    def save(self) -> None:
        if not self.session.is_admin:
            return
        _values, problems = self.form_values()
        if problems:
            self.banner.show_message(BAD, self.tr("Not saved."), "\n".join(problems.values()))
            return
        changes = self.changes()
        if not changes:
            return
        self.save_button.setEnabled(False)

        def done(values: dict[str, Any]) -> None:
            self.last_saved = changes
            self._fill(values)
            n = len(changes)
            self.banner.show_message(
                OK,
                (
                    self.tr("1 setting saved.")
                    if n == 1
                    else self.tr("{n} settings saved.").format(n=count(n))
                ),
                self.tr(
                    "The change is recorded in the audit log. Letters already generated keep "
                    "their text; new letters and closure lists use the new settings."
                ),
            )

        def failed(error: BaseException) -> None:
            self._update_state()
            if isinstance(error, DealerError):
                self.banner.show_message(BAD, self.tr("Not saved."), catalogue.text(error))

        run_op(
            self,
            lambda ctx: settings_service.update(ctx, changes),
            done,
            failed,
        )

    def choose_language(self) -> None:
        code = self.language.currentData()
        if code == i18n.configured_language():
            return
        i18n.set_language(code)
        self.banner.show_message(
            INFO,
            self.tr("Interface language set to {language}.").format(
                language=i18n.LANGUAGES.get(code, code)
            ),
            self.tr("The window is shown again in it; nothing else changes."),
        )
        window = self.window()
        if hasattr(window, "language_requested"):  # the main window: switch now, no restart
            window.language_requested.emit(code)
