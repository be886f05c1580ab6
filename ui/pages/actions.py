"""The Action plan page: the filterable table of actions with inline editing, and the detail panel."""

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionplan.domain.enums import ActionStatus, Rag
from actionplan.errors import ActionPlanError, ValidationError
from actionplan.services import actions as action_service
from actionplan.services.actions import ActionFilter
from actionplan.services.readmodels import ActionView
from ui.context import AppContext
from ui.dialogs.rag_override import RagOverrideDialog
from ui.models.actions_model import (
    DUE,
    LEAD,
    OWNER,
    PROGRESS,
    RAG,
    REF,
    STATUS,
    THEME,
    TITLE,
    ActionFilterProxy,
    ActionsModel,
)
from ui.models.owners_model import OwnersModel
from ui.pages.action_detail import ActionDetail, Lookups, PageData, action_label, load_page_data, next_ref
from ui.pages.owner_choice import OwnerDelegate
from ui.resources import icon
from ui.undo import run_undoable
from ui.widgets import (
    BadgeDelegate,
    ComboDelegate,
    DateDelegate,
    FieldError,
    ProgressDelegate,
    RefreshWhenVisible,
)


class ActionsPage(QWidget):
    """Actions by theme with search as you type, filters, inline edits, and a detail panel below."""

    page_id = "actions"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self._pending_select: int | None = None
        self._pending_filter: dict[str, Any] = {}  # filter choices waiting for the page to load
        self._switching = False
        self._lookups = Lookups()

        self.model = ActionsModel(on_edit=self._save_inline, parent=self)
        self.owner_choices = OwnersModel(self.tr("(no owner)"), parent=self)  # the owner cells' list
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search actions (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search actions"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self._apply_filters)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of actions shown"))

        self.add_button = self._button("add", self.tr("&New action"), self.add_new)
        self.duplicate_button = self._button("duplicate", self.tr("D&uplicate"), self.duplicate_selected)
        self.delete_button = self._button("delete", self.tr("&Delete"), self.delete_selected)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            top.addWidget(button)

        self.theme_filter = self._filter_combo(self.tr("Theme filter"), self.tr("All themes"))
        self.status_filter = self._filter_combo(self.tr("Status filter"), self.tr("All statuses"))
        for status in ActionStatus:
            self.status_filter.addItem(status.label, status)
        self.rag_filter = self._filter_combo(self.tr("RAG filter"), self.tr("All RAG ratings"))
        for rag in Rag:
            self.rag_filter.addItem(rag.label, rag)
        self.lead_filter = self._filter_combo(self.tr("Lead organisation filter"), self.tr("All leads"))
        self.owner_filter = self._filter_combo(self.tr("Owner filter"), self.tr("All owners"))
        self.due_filter = self._filter_combo(self.tr("Due date filter"), self.tr("Any due date"))
        self.due_filter.addItem(self.tr("Overdue"), ActionFilterProxy.DUE_OVERDUE)
        self.due_filter.addItem(self.tr("Due in the next 30 days"), ActionFilterProxy.DUE_SOON)
        self.clear_filters_button = QPushButton(self.tr("C&lear filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        filter_label = QLabel(self.tr("Show:"))
        filters.addWidget(filter_label)
        for combo in self._filter_combos():
            filters.addWidget(combo)
        filters.addWidget(self.clear_filters_button)
        filters.addStretch(1)

        self.table_error = FieldError()
        self.table = self._build_table()
        self.detail = ActionDetail(context)
        self.detail.saved.connect(self.model.update_action)
        self.detail.rag_requested.connect(self.set_rag_by_hand)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([420, 280])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table_error)
        layout.addWidget(self.splitter, 1)

        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._refresher = RefreshWhenVisible(self, self.refresh)
        context.data_changed.connect(self._refresher.request)
        context.plan_changed.connect(self._refresher.request)
        context.database_changed.connect(self._refresher.request)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Action plan")

    # -- building --------------------------------------------------------------------------------

    def _button(self, icon_name: str, text: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _filter_combo(self, name: str, all_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(all_text, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(230)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def _filter_combos(self) -> list[QComboBox]:
        return [
            self.theme_filter,
            self.status_filter,
            self.rag_filter,
            self.lead_filter,
            self.owner_filter,
            self.due_filter,
        ]

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("actionsTable")
        table.setAccessibleName(self.tr("Actions"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(REF, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        table.setItemDelegateForColumn(
            STATUS, ComboDelegate(lambda _i: [(s.label, s.value) for s in ActionStatus], table)
        )
        table.setItemDelegateForColumn(OWNER, OwnerDelegate(self.owner_choices, table))
        table.setItemDelegateForColumn(DUE, DateDelegate(table, allow_empty=True))
        table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(table))
        table.setItemDelegateForColumn(RAG, BadgeDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        for column, sample in (
            (REF, "10.10"),
            (THEME, "Working in partnership"),
            (LEAD, "NHS Trust"),
            (OWNER, "Hannah Nowak"),
            (DUE, "28/11/2026"),
            (STATUS, "Not started"),
            (PROGRESS, "100%" + " " * 12),
            (RAG, "Complete *"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 30)
        header.setSectionHidden(THEME, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._table_menu)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _header_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column in (REF, TITLE):
                continue
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(pos))

    def _table_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(icon("add"), self.tr("New action"), self.add_new)
        if self.selected_actions():
            menu.addAction(icon("duplicate"), self.tr("Duplicate"), self.duplicate_selected)
            menu.addAction(icon("flag"), self.tr("Set RAG by hand…"), self.set_rag_by_hand)
            menu.addSeparator()
            menu.addAction(icon("delete"), self.tr("Delete"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        self._generation += 1
        generation = self._generation
        if db is None or plan_id is None:
            self._show(PageData([], Lookups()))
            return
        self.context.tasks.run(
            lambda _progress: load_page_data(db, plan_id, today),
            on_done=lambda data: self._show(data) if generation == self._generation else None,
        )

    def _show(self, data: PageData) -> None:
        selected = [a.id for a in self.selected_actions()]
        current = self.detail.action.id if self.detail.action else None
        self._lookups = data.lookups
        self.owner_choices.set_people(data.lookups.people)
        self.proxy.today = self.context.today
        self.model.set_short_names({o.id: o.short_name for o in data.lookups.organisations if o.short_name})
        self._switching = True  # the panel is brought up to date below, once
        try:
            self.model.set_actions(data.actions)
            self._fill_filters(data)
        finally:
            self._switching = False
        self.detail.set_lookups(data.lookups)
        if self._pending_select is not None and self.model.row_of(self._pending_select) is not None:
            self.select_action(self._pending_select)
            self._pending_select = None
        elif selected:
            self._select_ids(selected)
        if current is not None and not self.detail.dirty:
            row = self.model.row_of(current)
            self.detail.set_action(self.model.action_at(row) if row is not None else None)
        self._update_count()
        self._update_buttons()

    def _fill_filters(self, data: PageData) -> None:
        lookups = data.lookups
        owners = sorted({(a.owner_name, a.owner_id) for a in data.actions if a.owner_id is not None})
        leads = {a.lead_organisation_id for a in data.actions}
        for combo, items in (
            (self.theme_filter, [(t.name, t.id) for t in lookups.themes]),
            (self.lead_filter, [(o.name, o.id) for o in lookups.organisations if o.id in leads]),
            (self.owner_filter, owners),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in items:
                combo.addItem(label, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self._apply_filters()
        if self._pending_filter:  # asked for before the drop-downs were filled: once only
            self.apply_filter(**self._pending_filter)
            self._pending_filter = {}

    # -- filtering ---------------------------------------------------------------------------

    def _apply_filters(self) -> None:
        status, rag = self.status_filter.currentData(), self.rag_filter.currentData()
        flt = ActionFilter(  # a combo gives enum values back as plain text
            text=self.search.text(),
            theme_id=self.theme_filter.currentData(),
            status=ActionStatus(status) if status else None,
            rag=Rag(rag) if rag else None,
            lead_organisation_id=self.lead_filter.currentData(),
            owner_id=self.owner_filter.currentData(),
        )
        self.proxy.set_filter(flt, self.due_filter.currentData() or ActionFilterProxy.DUE_ANY)
        self._update_count()

    def clear_filters(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._apply_filters()

    def apply_filter(self, **options: Any) -> None:
        """Show only some actions (the dashboard's figures and charts use this): ``due``, ``rag``,
        ``status``, ``theme_id``, ``lead_organisation_id``, ``owner_id``, ``text``; ``action_id`` selects one.

        Choices the drop-downs do not offer yet (the page is still loading) are applied once it has loaded.
        """
        self.clear_filters()
        combos = {
            "due": self.due_filter,
            "rag": self.rag_filter,
            "status": self.status_filter,
            "theme_id": self.theme_filter,
            "lead_organisation_id": self.lead_filter,
            "owner_id": self.owner_filter,
        }
        for key, value in options.items():
            if key == "text":
                self.search.setText(value)
            elif key == "action_id" and not self.select_action(value):
                self._pending_select = value
            elif key in combos:
                combo = combos[key]
                if combo.findData(value) < 0:
                    self._pending_filter = options
                combo.setCurrentIndex(max(combo.findData(value), 0))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(
                self.tr("1 action") if total == 1 else self.tr("{n} actions").format(n=total)
            )
        else:
            self.count_label.setText(self.tr("{shown} of {total} actions").format(shown=shown, total=total))

    # -- selection -----------------------------------------------------------------------------

    def selected_actions(self) -> list[ActionView]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.action_at(r) for r in rows if 0 <= r < self.model.rowCount()]

    def current_action(self) -> ActionView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            selected = self.selected_actions()
            return selected[0] if selected else None
        return self.model.action_at(self.proxy.mapToSource(index).row())

    def select_action(self, action_id: int) -> bool:
        """Select the action's row (clearing filters that hide it) and show it in the panel."""
        row = self.model.row_of(action_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, REF))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, REF))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        self._switching = True
        try:
            selection.clearSelection()
            for action_id in ids:
                row = self.model.row_of(action_id)
                if row is None:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row, REF))
                if index.isValid():
                    selection.select(
                        index,
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
        finally:
            self._switching = False

    def _selection_changed(self, *_args: object) -> None:
        if self._switching:
            return
        action = self.current_action()
        shown = self.detail.action
        leaving = shown is not None and (action is None or action.id != shown.id)
        if leaving and self.detail.dirty and not self.detail.save():
            # Keep the refused, unsaved edit in view so the user can put it right.
            QTimer.singleShot(0, lambda: self._reselect(shown.id))
            return
        if leaving or not self.detail.dirty:
            self.detail.set_action(action)
        self._update_buttons()

    def _reselect(self, action_id: int) -> None:
        self._switching = True
        try:
            self.select_action(action_id)
        finally:
            self._switching = False

    def _update_buttons(self) -> None:
        has_plan = self.context.plan_id is not None
        selected = bool(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(has_plan)
        self.duplicate_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # -- editing -------------------------------------------------------------------------------

    def _save_inline(self, action: ActionView, field: str, value: Any) -> ActionView | None:
        self.table_error.clear_error()
        try:
            return run_undoable(
                self.context,
                self.tr("Edit action {ref}").format(ref=action_label(action)),
                lambda uow: action_service.update_action(
                    uow,
                    action.id,
                    today=self.context.today,
                    expected_version=action.version,
                    **{field: value},
                ),
            )
        except ValidationError as exc:
            self.table_error.show_error(f"{action_label(action)}: {exc}")
        except ActionPlanError as exc:
            self.context.report_error(exc)
        return None

    def add_new(self) -> None:
        """Add an action in the theme being looked at, select it and put the cursor in its title."""
        plan_id = self.context.plan_id
        if plan_id is None or self.context.db is None:
            return
        theme_id = self.theme_filter.currentData()
        current = self.current_action()
        if theme_id is None and current is not None:
            theme_id = current.theme_id
        if theme_id is None and self._lookups.themes:
            theme_id = self._lookups.themes[0].id
        position = next((t.position for t in self._lookups.themes if t.id == theme_id), None)
        ref = next_ref(self.model.actions(), position)
        title = self.tr("New action")
        try:
            view = run_undoable(
                self.context,
                self.tr("Add action {ref}").format(ref=ref or title),
                lambda uow: action_service.create_action(
                    uow, plan_id, title, ref=ref, theme_id=theme_id, today=self.context.today
                ),
            )
        except ActionPlanError as exc:
            self.context.report_error(exc)
            return
        self._after_create(view)

    def _after_create(self, view: ActionView) -> None:
        if self.select_action(view.id):
            self.detail.focus_title()
        else:
            self._pending_select = view.id  # the reload is still running

    def duplicate_selected(self) -> None:
        action = self.current_action()
        if action is None:
            return
        try:
            view = run_undoable(
                self.context,
                self.tr("Duplicate action {ref}").format(ref=action_label(action)),
                lambda uow: action_service.duplicate_action(uow, action.id),
            )
        except ActionPlanError as exc:
            self.context.report_error(exc)
            return
        self._after_create(view)

    def delete_selected(self) -> None:
        """Delete the selected actions (Delete key); Edit > Undo brings them back."""
        chosen = self.selected_actions()
        if not chosen:
            return
        text = (
            self.tr("Delete action {ref}").format(ref=action_label(chosen[0]))
            if len(chosen) == 1
            else self.tr("Delete {n} actions").format(n=len(chosen))
        )
        ids = [a.id for a in chosen]
        self.detail.set_action(None)
        try:
            run_undoable(self.context, text, lambda uow: action_service.delete_actions(uow, ids))
        except ActionPlanError as exc:
            self.context.report_error(exc)
            return
        self.context.show_message(self.tr("{what}. Undo with Ctrl+Z.").format(what=text))

    def set_rag_by_hand(self) -> RagOverrideDialog | None:
        """Open the "Set RAG by hand" dialog for the current action (returned for tests)."""
        action = self.current_action()
        if action is None:
            return None
        label = action_label(action)

        def submit(rag: Rag | None, reason: str) -> None:
            text = (
                self.tr("Set RAG of action {ref}").format(ref=label)
                if rag
                else self.tr("Use the RAG rule for action {ref}").format(ref=label)
            )
            run_undoable(
                self.context,
                text,
                lambda uow: action_service.set_rag_override(
                    uow, action.id, rag, reason, expected_version=action.version
                ),
            )

        dialog = RagOverrideDialog(action, submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- window hooks ----------------------------------------------------------------------------

    def commit_pending(self) -> bool:
        """Save the detail panel's unsaved changes (before closing); False if they were refused."""
        return self.detail.save()

    def search_widget(self) -> QLineEdit:
        return self.search

    def new_item_text(self) -> str:
        return self.tr("New action")

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("actions/header", self.table.horizontalHeader().saveState())
        settings.setValue("actions/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value("actions/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value("actions/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def index_of(self, action_id: int, column: int) -> QModelIndex:
        """The table (proxy) index of an action's cell, or an invalid index when it is hidden."""
        row = self.model.row_of(action_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, column))
