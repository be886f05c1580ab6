"""The organisations page: the partnership's organisations, their sector and specified-authority flag."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from actionplan.errors import ActionPlanError
from actionplan.services import organisations
from actionplan.services.readmodels import OrganisationView
from ui.context import AppContext
from ui.dialogs.organisation_dialog import OrganisationDialog
from ui.models.organisations_model import (
    COL_NAME,
    COL_SPECIFIED,
    ORGANISATION_ROLE,
    SORT_ROLE,
    OrganisationsModel,
)
from ui.pages.page_support import PageLoader, read_only_table, run_steps
from ui.resources import icon
from ui.undo import run_undoable
from ui.widgets import confirm


class OrganisationsPage(QWidget):
    """Add, edit and delete the organisations in the partnership."""

    page_id = "organisations"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.dialog: OrganisationDialog | None = None
        self.model = OrganisationsModel(self)
        self.view, self.proxy = read_only_table(self.model, SORT_ROLE, self.tr("Organisations"), self)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # any column: name, short name, sector, other names
        self.view.setSelectionMode(self.view.SelectionMode.ExtendedSelection)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisations…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(icon("add"), self.tr("&Add organisation…"))
        self.add_button.setAccessibleName(self.tr("Add an organisation"))
        self.edit_button = QPushButton(icon("update"), self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected organisation"))
        self.delete_button = QPushButton(icon("delete"), self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected organisation"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Organisations summary"))
        note = QLabel(
            self.tr(
                "Specified authorities have the Prevent duty under the Counter-Terrorism and Security Act "
                "2015. Other names are the spellings partners use in their spreadsheets, so imports find "
                "the right organisation."
            )
        )
        note.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.add_button.clicked.connect(lambda: self.open_organisation(None))
        self.edit_button.clicked.connect(lambda: self.open_organisation(self.selected_organisation()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.activated.connect(lambda _i: self.open_organisation(self.selected_organisation()))
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.proxy.modelReset.connect(self._update)
        self.proxy.rowsInserted.connect(self._update)
        self.proxy.rowsRemoved.connect(self._update)
        self.loader = PageLoader(self, context, self._make_load, self._apply, self.status)
        self._update()

    # --- page contract -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Organisations")

    def refresh(self) -> None:
        self.loader.run()

    def search_widget(self) -> QLineEdit:
        return self.search

    def new_item_text(self) -> str:
        return self.tr("New organisation…")

    def add_new(self) -> None:
        self.open_organisation(None)

    # --- loading -------------------------------------------------------------------------

    def _make_load(self):
        context = self.context
        return lambda _progress: organisations.list_organisations(context.uow())

    def _apply(self, result: list[OrganisationView] | None) -> None:
        first = self.model.rowCount() == 0
        self.model.set_organisations(result or [])
        if first and result:
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(COL_NAME, max(self.view.columnWidth(COL_NAME), 240))
            self.view.setColumnWidth(COL_SPECIFIED, max(self.view.columnWidth(COL_SPECIFIED), 150))
        self._update()

    def _update(self, *_args: Any) -> None:
        selected = self.selected_organisations()
        self.add_button.setEnabled(self.context.db is not None)
        self.edit_button.setEnabled(len(selected) == 1)
        self.delete_button.setEnabled(bool(selected))
        total = self.model.rowCount()
        specified = sum(1 for r in range(total) if self.model.organisation_at(r).specified_authority)
        text = self.tr("1 organisation") if total == 1 else self.tr("%n organisations", "", total)
        self.status.setText(
            text + "; " + self.tr("%1 specified authorities").replace("%1", str(specified)) if total else text
        )

    # --- selection and editing ------------------------------------------------------------------

    def selected_organisations(self) -> list[OrganisationView]:
        return [index.data(ORGANISATION_ROLE) for index in self.view.selectionModel().selectedRows()]

    def selected_organisation(self) -> OrganisationView | None:
        chosen = self.selected_organisations()
        return chosen[0] if len(chosen) == 1 else None

    def select_organisation(self, organisation_id: int) -> None:
        row = self.model.row_of(organisation_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())

    def open_organisation(self, organisation: OrganisationView | None) -> OrganisationDialog | None:
        if self.context.db is None:
            return None
        self.dialog = OrganisationDialog(
            lambda values: self._save(organisation, values), organisation, parent=self
        )
        self.dialog.open()
        return self.dialog

    def _save(self, organisation: OrganisationView | None, values: dict) -> OrganisationView:
        name = values["name"].strip()
        if organisation is None:
            saved = run_undoable(
                self.context,
                self.tr("Add organisation %1").replace("%1", name),
                lambda uow: organisations.create_organisation(uow, **values),
            )
        else:
            saved = run_undoable(
                self.context,
                self.tr("Edit organisation %1").replace("%1", name),
                lambda uow: organisations.update_organisation(
                    uow, organisation.id, expected_version=organisation.version, **values
                ),
            )
        self.select_organisation(saved.id)
        return saved

    def delete_selected(self) -> None:
        """Delete the selected organisations after asking (refused while they still have people)."""
        chosen = self.selected_organisations()
        if not chosen:
            return
        if len(chosen) == 1:
            question = self.tr("Delete %1?").replace("%1", chosen[0].name)
            text = self.tr("Delete organisation %1").replace("%1", chosen[0].name)
        else:
            question = self.tr("Delete these %n organisations?", "", len(chosen))
            text = self.tr("Delete %n organisations", "", len(chosen))
        question += " " + self.tr("You can undo this with Edit > Undo.")
        if not confirm(self, self.tr("Delete organisations"), question, self.tr("Delete")):
            return
        steps = [
            lambda i=org.id: run_undoable(
                self.context, text, lambda uow: organisations.delete_organisation(uow, i)
            )
            for org in chosen
        ]
        try:
            run_steps(self.context, text, steps)
        except ActionPlanError as exc:
            self.context.report_error(exc)
