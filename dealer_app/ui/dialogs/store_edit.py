"""Add or edit one store, with the service's validation messages shown beside the fields."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from dealer_app import i18n
from dealer_app.domain.errors import DealerError, InvalidInput
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Store, StoreStatus, StoreType
from dealer_app.domain.parsing import parse_date
from dealer_app.services import stores as store_service
from dealer_app.services.letters import store_unprintable
from dealer_app.ui.formatting import store_status_label, store_type_label
from dealer_app.ui.session import SessionInfo
from dealer_app.ui.tasks import run_op
from dealer_app.ui.widgets.fit import grow_to_fit

VALIDATE_DELAY_MS = 400


class DateField(QWidget):
    """A date typed as text (2024-12-31, 2024/12/31, 2024年12月31日) or picked from a calendar;
    empty means "not known yet". `picked` is emitted when a date is chosen from the calendar
    (typing emits the line edit's `textEdited`)."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.calendar.clicked.connect(lambda d: (self._pick(d), menu.close()))
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def _sync_calendar(self) -> None:
        try:
            day = self.date()
        except ValueError:
            day = None
        if day:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _pick(self, d: QDate) -> None:
        self.edit.setText(d.toString("yyyy-MM-dd"))
        self.picked.emit()

    def date(self) -> dt.date | None:
        """The date, None when empty; ValueError with a plain sentence when it is not a date."""
        text = self.edit.text().strip()
        return parse_date(text) if text else None

    def set_date(self, day: dt.date | None) -> None:
        self.edit.setText(day.isoformat() if day else "")


class StoreDialog(QDialog):
    """`store=None` adds a store; otherwise edits it. Saves through services.stores.save_store."""

    def __init__(self, session: SessionInfo, store: Store | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.original = store
        self.new = store is None
        self.saved: Store | None = None
        self.setObjectName("storeDialog")
        self.setWindowTitle(
            self.tr("Add store")
            if self.new
            else self.tr("Edit store {code}").format(code=store.code)
        )
        self.setMinimumWidth(560)
        self.touched: set[str] = set()
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.name = QLineEdit()
        self.partner_name = QLineEdit()
        self.partner_credit_code = QLineEdit()
        self.partner_credit_code.setPlaceholderText(self.tr("18 characters, optional"))
        self.partner_bank = QLineEdit()
        self.partner_account = QLineEdit()
        self.region = QComboBox()
        for r in session.visible_regions:
            self.region.addItem(session.region_name(r.code), r.code)
        self.province = QLineEdit()
        self.city = QLineEdit()
        self.address = QLineEdit()
        self.store_type = QComboBox()
        for t in StoreType:
            self.store_type.addItem(store_type_label(t), t.value)
        self.established_on = DateField()
        self.status = QComboBox()
        for st in StoreStatus:
            self.status.addItem(store_status_label(st), st.value)

        store_rows = [
            ("code", self.tr("Store code"), self.code),
            ("name", self.tr("Store name"), self.name),
            ("store_type", self.tr("Type"), self.store_type),
            ("status", self.tr("Status"), self.status),
            ("established_on", self.tr("Opening date"), self.established_on),
            ("region", self.tr("Region"), self.region),
            ("province", self.tr("Province"), self.province),
            ("city", self.tr("City"), self.city),
            ("address", self.tr("Address"), self.address),
        ]
        partner_rows = [
            ("partner_name", self.tr("Company name"), self.partner_name),
            ("partner_credit_code", self.tr("Credit code"), self.partner_credit_code),
            ("partner_bank", self.tr("Bank"), self.partner_bank),
            ("partner_account", self.tr("Account"), self.partner_account),
        ]
        groups = []
        for title, rows in (
            (self.tr("Store"), store_rows),
            (self.tr("Dealer partner"), partner_rows),
        ):
            group = QGroupBox(title)
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for name, label, widget in rows:
                widget.setObjectName(f"field_{name}")
                error = QLabel("")
                error.setObjectName(f"error_{name}")
                error.setProperty("role", "fieldError")
                error.setWordWrap(True)
                error.setVisible(False)
                box = QVBoxLayout()
                box.setSpacing(2)
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(widget)
                box.addWidget(error)
                form.addRow(label, box)
                self.errors[name] = error
                self.fields[name] = widget
            groups.append(group)
            if rows is partner_rows:
                self.bank_button = QPushButton(self.tr("Change &bank details…"))
                self.bank_button.setObjectName("changeBankButton")
                self.bank_button.setToolTip(
                    self.tr(
                        "Where this partner is paid: changed on its own, for all its stores, "
                        "once a second person confirms it"
                    )
                )
                self.bank_button.clicked.connect(self.change_bank)
                self.bank_button.setVisible(False)
                form.addRow("", self.bank_button)

        self.banner = QLabel("")
        self.banner.setObjectName("dialogError")
        self.banner.setProperty("role", "fieldError")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        # A character no letter font has: said as it is typed (the store can still be saved).
        self.print_warning = QLabel("")
        self.print_warning.setObjectName("printWarning")
        self.print_warning.setWordWrap(True)
        self.print_warning.setStyleSheet(
            "QLabel#printWarning { background: #fef3c7; color: #78350f; border: 1px solid"
            " #f59e0b; border-radius: 6px; padding: 6px 10px; }"
        )
        self.print_warning.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in groups:
            layout.addWidget(group)
        layout.addWidget(self.print_warning)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        if store is not None:
            self._load(store)
        else:
            self.status.setCurrentIndex(self.status.findData(StoreStatus.OPEN.value))
        self._restrict_status()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate)
        for name, widget in self.fields.items():
            if isinstance(widget, DateField):  # a date from the calendar checks again too
                widget.picked.connect(lambda n=name: self._touch(n))
            edit = widget.edit if isinstance(widget, DateField) else widget
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(lambda _t, n=name: self._touch(n))
            elif isinstance(edit, QComboBox):
                edit.activated.connect(lambda _i, n=name: self._touch(n))
        for edit in (self.name, self.partner_name, self.partner_bank, self.city):
            edit.textChanged.connect(lambda _t: self._check_printable())
        self._check_printable()

    def _check_printable(self) -> None:
        problems = store_unprintable(
            self.name.text(),
            self.partner_name.text(),
            partner_bank=self.partner_bank.text(),
            store_city=self.city.text(),
        )
        if problems:
            self.print_warning.setText(i18n.text(Msg("store.unprintable", {"problems": problems})))
        self.print_warning.setVisible(bool(problems))

    # -- form <-> Store ----------------------------------------------------------------------
    def _load(self, s: Store) -> None:
        self.code.setText(s.code)
        self.code.setReadOnly(True)
        # The partner's payee details are its own: shown here, changed with their own action.
        for edit in (self.partner_bank, self.partner_account):
            edit.setReadOnly(True)
            edit.setToolTip(self.tr("Change where the partner is paid with “Change bank details…”"))
        self.bank_button.setVisible(s.partner_id is not None)
        self.name.setText(s.name)
        self.partner_name.setText(s.partner_name)
        self.partner_credit_code.setText(s.partner_credit_code or "")
        self.partner_bank.setText(s.partner_bank)
        self.partner_account.setText(s.partner_account)
        index = self.region.findData(s.region)
        if index < 0:  # a store outside the visible regions (should not happen): show its code
            self.region.addItem(s.region, s.region)
            index = self.region.count() - 1
        self.region.setCurrentIndex(index)
        self.province.setText(s.province)
        self.city.setText(s.city)
        self.address.setText(s.address)
        self.store_type.setCurrentIndex(self.store_type.findData(s.store_type.value))
        self.established_on.set_date(s.established_on)
        self.status.setCurrentIndex(self.status.findData(s.status.value))

    def _restrict_status(self) -> None:
        """Closing and closed come only from closure proposals: not choosable here."""
        current = self.original.status.value if self.original else None
        model = self.status.model()
        for i in range(self.status.count()):
            value = self.status.itemData(i)
            allowed = (
                value in (StoreStatus.PLANNED.value, StoreStatus.OPEN.value) or value == current
            )
            model.item(i).setEnabled(allowed)

    def store_from_form(self) -> tuple[Store | None, dict[str, str]]:
        """The Store the form describes, or the problems found before asking the service."""
        problems: dict[str, str] = {}
        try:
            opened = self.established_on.date()
        except ValueError as exc:
            opened = None
            problems["established_on"] = i18n.text(exc)
        o = self.original
        store = Store(
            code=self.code.text(),
            name=self.name.text(),
            partner_name=self.partner_name.text(),
            region=self.region.currentData() or "",
            province=self.province.text().strip(),
            city=self.city.text(),
            store_type=StoreType(self.store_type.currentData()),
            established_on=opened,
            status=StoreStatus(self.status.currentData()),
            address=self.address.text().strip(),
            partner_credit_code=self.partner_credit_code.text().strip() or None,
            partner_bank=self.partner_bank.text().strip(),
            partner_account=self.partner_account.text().strip(),
            closed_on=o.closed_on if o else None,
            partner_id=o.partner_id if o else None,
            id=o.id if o else None,
            row_version=o.row_version if o else 0,
        )
        return store, problems

    # -- validation --------------------------------------------------------------------------
    def _touch(self, name: str) -> None:
        self.touched.add(name)
        self._timer.start()

    def show_problems(self, problems: dict[str, str], only_touched: bool = False) -> None:
        for name, label in self.errors.items():
            text = i18n.text(problems.get(name, ""))
            if only_touched and name not in self.touched:
                text = ""
            label.setText(text)
            label.setVisible(bool(text))
        unplaced = [f"{k}: {i18n.text(v)}" for k, v in problems.items() if k not in self.errors]
        self.show_banner("\n".join(unplaced) if not only_touched else "")

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        grow_to_fit(self)

    def validate(self) -> None:
        """Ask the service what is wrong so far; show it beside the fields the user touched."""
        store, local = self.store_from_form()

        def check(ctx):  # noqa: ANN001, ANN202
            return store_service.validate_store(ctx, store)

        run_op(self, check, lambda problems: self.show_problems({**problems, **local}, True))

    def save(self) -> None:
        self._timer.stop()
        store, local = self.store_from_form()
        if local:
            # every problem at once: the service checks the rest while the date is unreadable
            self.touched.update(local)

            def check(ctx):  # noqa: ANN001, ANN202
                return store_service.validate_store(ctx, store)

            def show(problems: dict) -> None:
                self.touched.update(problems)
                self.show_problems({**problems, **local})

            run_op(self, check, show)
            return
        self.buttons.setEnabled(False)
        self.show_banner("")
        new = self.new
        run_op(
            self,
            lambda ctx: store_service.save_store(ctx, store, new=new),
            self._saved,
            self._failed,
        )

    def change_bank(self) -> None:
        from dealer_app.ui.dialogs.partner_bank import PartnerBankDialog

        if self.original is None or self.original.partner_id is None:
            return
        dialog = PartnerBankDialog(
            self.original.partner_id,
            self.original.partner_name,
            self.partner_bank.text(),
            self.partner_account.text(),
            self,
        )
        dialog.open()

    def _resolve_conflict(self, error: DealerError) -> None:
        """Someone saved the store since this dialog read it: show both values, let the person
        keep theirs (saved over the other version, on purpose) or take the other's."""
        rows = "".join(
            "<tr><td>{f}</td><td>{mine}</td><td>{theirs}</td></tr>".format(
                f=html.escape(i18n.render("word.field_label." + c["field"], {})),
                mine=html.escape(self._shown(c["field"], c["yours"])),
                theirs=html.escape(self._shown(c["field"], c["theirs"])),
            )
            for c in error.params.get("fields", [])
        )
        box = QMessageBox(self)
        box.setObjectName("storeConflict")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed by someone else"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            "<p>{msg}</p><table cellspacing='0' cellpadding='4' border='1'>"
            "<tr><th></th><th>{mine}</th><th>{theirs}</th></tr>{rows}</table>".format(
                msg=html.escape(i18n.text(error)),
                mine=html.escape(self.tr("Yours")),
                theirs=html.escape(self.tr("Saved by {name}").format(name=error.params["by"])),
                rows=rows,
            )
        )
        keep = box.addButton(self.tr("&Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        take = box.addButton(self.tr("&Take theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        version = int(error.params["version"])

        def chosen(button: QAbstractButton) -> None:
            if button is keep and self.original is not None:
                self.original.row_version = version
                self.save()
            elif button is take:
                self._take_theirs()

        box.buttonClicked.connect(chosen)
        self.conflict_box = box
        box.open()

    def _shown(self, field: str, value: str) -> str:
        if field == "store_type" and value:
            return store_type_label(value)
        if field == "status" and value:
            return store_status_label(value)
        if field == "region" and value:
            return self.session.region_name(value)
        return value or "—"

    def _take_theirs(self) -> None:
        code = self.code.text()

        def show(store: Store) -> None:
            self.original = store
            self._load(store)
            self.show_banner("")

        run_op(self, lambda ctx: store_service.get_store(ctx, code), show)

    def _saved(self, store: Store) -> None:
        self.saved = store
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, InvalidInput) and isinstance(error.params.get("problems"), dict):
            self.touched.update(error.params["problems"])
            self.show_problems(error.params["problems"])
        elif isinstance(error, DealerError):
            if error.code == "store.changed_meanwhile":
                self._resolve_conflict(error)
            elif error.code == "store.exists":
                self.show_problems({"code": i18n.text(error)})
            else:
                self.show_banner(i18n.text(error))
