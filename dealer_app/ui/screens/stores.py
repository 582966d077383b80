"""Stores: a lazily fetched table of every store the user may see, filters, search, add / edit,
and the import wizard."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealer_app.domain.models import StoreFilter, StoreStatus, StoreType, User
from dealer_app.services import stores as store_service
from dealer_app.ui.formatting import count, store_status_label, store_type_label
from dealer_app.ui.models.store_table import COL_CODE, PAGE_SIZE, StoreTableModel
from dealer_app.ui.screens.base import Screen, hide_unless
from dealer_app.ui.tasks import Topic, run_op
from dealer_app.ui.widgets.search import SearchField

KEY_HEADER = "stores/header"


class StoresScreen(Screen):
    key = "stores"
    icon = QStyle.StandardPixmap.SP_DirHomeIcon
    concerns = frozenset({Topic.STORES, Topic.CLOSURES})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Stores")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return True

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self._request = 0
        self._total: int | None = None

        head, self.count_label = self.heading(self.tr("Stores"))

        self.search = SearchField(self.tr("Search code, name, partner or city…"))
        self.search.setObjectName("storeSearch")
        self.search.setMinimumWidth(280)
        self.search.search.connect(lambda _t: self.apply_filter())

        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionFilter")
        regions = session.visible_regions
        if not session.user.region:
            self.region_combo.addItem(self.tr("All regions"), None)
        for r in regions:
            self.region_combo.addItem(session.region_name(r.code), r.code)
        self.region_combo.setEnabled(self.region_combo.count() > 1)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("typeFilter")
        self.type_combo.addItem(self.tr("All types"), None)
        for t in StoreType:
            self.type_combo.addItem(store_type_label(t), t.value)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("All statuses"), None)
        for st in StoreStatus:
            self.status_combo.addItem(store_status_label(st), st.value)
        for combo in (self.region_combo, self.type_combo, self.status_combo):
            combo.activated.connect(lambda _i: self.apply_filter())

        self.add_button = QPushButton(self.tr("&Add store…"))
        self.add_button.setObjectName("addStore")
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_store)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editStore")
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importStores")
        self.import_button.clicked.connect(self.import_file)
        hide_unless(session.is_operator, self.add_button, self.edit_button, self.import_button)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.region_combo)
        bar.addWidget(self.type_combo)
        bar.addWidget(self.status_combo)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.add_button)

        self.model = StoreTableModel(self._fetch_rows, session.region_name)
        self.table = QTableView()
        self.table.setObjectName("storeTable")
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
        # fits 1280 px beside the sidebar, every column on screen (an office laptop)
        for col, width in enumerate((80, 200, 200, 90, 70, 140, 96, 70)):
            self.table.setColumnWidth(col, width)
        state = self._settings_header()
        if state is not None:
            header.restoreState(state)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        # Connected after the initial sort: the first show loads the ids (Screen.showEvent),
        # so the sorts above need not ask the worker for them (three times) as well.
        self.model.sort_requested.connect(lambda _k, _d: self.apply_filter())
        from dealer_app.ui import grid_actions
        from dealer_app.ui.models.rows_table import screen_title

        grid_actions.install(
            self.table,
            lambda: screen_title(self.table),
            lambda ctx: store_service.store_rows_for(ctx, list(self.model.ids)),
            self._filter_words,
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # -- state -------------------------------------------------------------------------------
    def _settings_header(self) -> QByteArray | None:
        from dealer_app.ui import settings as desk

        value = desk.settings().value(KEY_HEADER)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(KEY_HEADER, self.table.horizontalHeader().saveState())

    def search_field(self) -> QLineEdit:
        return self.search

    def _filter_words(self) -> list[str]:
        """The filter in words, for an export's first lines."""
        words = [
            combo.currentText()
            for combo in (self.region_combo, self.type_combo, self.status_combo)
            if combo.currentData()
        ]
        if self.search.text().strip():
            words.append(self.search.text().strip())
        return words

    def current_filter(self) -> StoreFilter:
        return StoreFilter(
            region=self.region_combo.currentData(),
            store_type=self.type_combo.currentData(),
            status=self.status_combo.currentData(),
            search=self.search.text().strip(),
        )

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._total = None
        self.model.invalidate()
        self.apply_filter()

    def apply_filter(self) -> None:
        f = self.current_filter()
        key, descending = self.model.sort_key, self.model.descending
        need_total = self._total is None
        self._request += 1
        request = self._request

        def load(ctx):  # noqa: ANN001, ANN202 - runs on the worker
            # the ids, the first page and (once) the total: one round trip to a shared ledger
            return store_service.store_page(
                ctx, f, key, descending, PAGE_SIZE, with_total=need_total
            )

        run_op(self, load, lambda result: self._show_ids(request, *result))

    def _show_ids(
        self, request: int, ids: list[int], rows: dict[int, tuple], total: int | None
    ) -> None:
        if request != self._request:
            return  # a newer filter was asked for meanwhile
        if total is not None:
            self._total = total
        selected = self.selected_id()
        self.model.set_ids(ids)
        self.model.prime(rows)
        if selected in ids:
            self.table.selectRow(ids.index(selected))
        shown, total_n = len(ids), self._total or 0
        if shown == total_n:
            self.count_label.setText(
                self.tr("1 store") if shown == 1 else self.tr("{n} stores").format(n=count(shown))
            )
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} stores").format(
                    shown=count(shown), total=count(total_n)
                )
            )
        self._update_buttons()

    def _fetch_rows(self, ids: list[int], deliver) -> None:  # noqa: ANN001
        run_op(self, lambda ctx: store_service.store_rows_for(ctx, ids), deliver)

    # -- selection and actions ---------------------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return self.model.id_at(row) if row is not None else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_row() is not None)

    def add_store(self) -> None:
        from dealer_app.ui.dialogs.store_edit import StoreDialog

        if not self.session.is_operator:
            return
        dialog = StoreDialog(self.session, None, self)
        dialog.open()

    def edit_selected(self, index: QModelIndex | None = None) -> None:
        from dealer_app.ui.dialogs.store_edit import StoreDialog

        if not self.session.is_operator:
            return
        row = self.selected_row()
        code = self.model.code_at(row) if row is not None else None
        if code is None:
            return

        def show(store) -> None:  # noqa: ANN001
            StoreDialog(self.session, store, self).open()

        run_op(self, lambda ctx: store_service.get_store(ctx, code), show)

    def import_file(self) -> None:
        from dealer_app.ui.dialogs.import_wizard import ImportWizard

        if not self.session.is_operator:
            return
        ImportWizard(self).open()
