"""The import wizard's last two pages: the preview of every row, and applying it (or saving the rejects)."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from actionplan.exchange.preview import Outcome, Resolution
from ui.import_wizard.models import (
    CON_COL_CHOICE,
    CON_COL_RECORD,
    CON_COL_ROW,
    OUT_COL_DETAILS,
    OUT_COL_OUTCOME,
    OUT_COL_RECORD,
    ConflictsModel,
    OutcomesFilter,
    OutcomesModel,
    choice_label,
    outcome_label,
)
from ui.import_wizard.pages import WizardPage, entity_words, section, table_view, wrapped
from ui.pages.dashboard import FigureCard
from ui.widgets import BadgeDelegate, ComboDelegate

if TYPE_CHECKING:
    from ui.import_wizard.wizard import ImportWizard


class PreviewPage(WizardPage):
    """Step 3: what the import would do, in counts and row by row, with the notes to check."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self.setTitle(self.tr("Preview the changes"))
        self.setSubTitle(
            self.tr(
                "Nothing has been saved yet. Each row of the sheet is new, updated (with what changes), "
                "unchanged, rejected (with the reason), or in conflict (changed here and in the file since "
                "it was exported: you choose on the next page). Choose a figure to see its rows."
            )
        )
        self.cards: dict[Outcome, FigureCard] = {}
        cards = QHBoxLayout()
        for outcome in Outcome:
            card = FigureCard(outcome_label(outcome))
            card.clicked.connect(lambda _c=False, o=outcome: self.show_outcome(o.value))
            self.cards[outcome] = card
            cards.addWidget(card, 1)
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("Show rows"))
        self.filter_combo.addItem(self.tr("All rows"), None)
        for outcome in Outcome:
            self.filter_combo.addItem(outcome_label(outcome), outcome.value)
        self.filter_combo.currentIndexChanged.connect(
            lambda row: self.proxy.set_outcome(self.filter_combo.itemData(row))
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the rows…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the rows"))
        self.model = OutcomesModel(self)
        self.proxy = OutcomesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = table_view(self.tr("What each row does"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setItemDelegateForColumn(OUT_COL_OUTCOME, BadgeDelegate(self.view))
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Notes to check"))
        self.warnings.setWordWrap(True)
        self.warnings_title = section(self.tr("Notes to check"))

        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.filter_combo)
        find_label = QLabel(self.tr("Fin&d:"))
        find_label.setBuddy(self.search)
        bar = QHBoxLayout()
        bar.addWidget(show_label)
        bar.addWidget(self.filter_combo)
        bar.addSpacing(12)
        bar.addWidget(find_label)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addWidget(self.strip)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        sheet = self.sheet()
        return self.import_wizard.ready() and sheet is not None and sheet.skipped is None

    def show_outcome(self, outcome: str | None) -> None:
        """Show only the rows with ``outcome`` ("rejected", …), or every row for None."""
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(outcome)))

    def refresh(self) -> None:
        sheet = self.sheet()
        if sheet is None or not self.import_wizard.fresh:
            return
        self.model.set_rows(sheet.rows)
        counts = {
            Outcome.NEW: sheet.created,
            Outcome.UPDATED: sheet.updated,
            Outcome.UNCHANGED: sheet.unchanged,
        }
        for outcome, card in self.cards.items():
            rows = sheet.count(outcome)
            if outcome is Outcome.REJECTED:
                detail = (
                    self.tr("rows with a problem: see why below") if rows else self.tr("no problems found")
                )
            elif outcome is Outcome.CONFLICT:
                detail = (
                    self.tr("changed here and in the file: choose on the next page")
                    if rows
                    else self.tr("none")
                )
            else:
                detail = entity_words(self, counts[outcome]) or self.tr("nothing")
            alert = outcome in (Outcome.REJECTED, Outcome.CONFLICT) and rows > 0
            card.set_figure(str(rows), detail, alert=alert)
        # Conflicts only arise when an export comes back: otherwise their figure is noise.
        self.cards[Outcome.CONFLICT].setVisible(sheet.count(Outcome.CONFLICT) > 0)
        self.warnings.clear()
        for warning in sheet.warnings:
            where = self.tr("Row {row}").format(row=warning.row) if warning.row else ""
            if warning.column:
                where = f"{where}, {warning.column}" if where else warning.column
            self.warnings.addItem(f"{where}: {warning.message}" if where else warning.message)
        lines = min(max(self.warnings.count(), 1), 5)
        self.warnings.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self.warnings.setVisible(bool(sheet.warnings))
        self.warnings_title.setVisible(bool(sheet.warnings))
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(OUT_COL_OUTCOME, max(self.view.columnWidth(OUT_COL_OUTCOME), 110))
        self.view.setColumnWidth(OUT_COL_RECORD, min(self.view.columnWidth(OUT_COL_RECORD), 260))
        self.view.setColumnWidth(OUT_COL_DETAILS, max(self.view.columnWidth(OUT_COL_DETAILS), 200))


class ApplyPage(WizardPage):
    """Step 4: all or nothing, or the valid rows; save the rejects; apply, then the result."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self.setTitle(self.tr("Apply the import"))
        self.setSubTitle(
            self.tr(
                "The import is saved in one step, which Edit > Undo (Ctrl+Z) takes back as a whole. "
                "Rejected rows can be saved to a workbook to send back to the partner."
            )
        )
        self.summary = wrapped()
        self.summary.setAccessibleName(self.tr("What the import does"))
        self.all_or_nothing = QRadioButton(self.tr("&All or nothing: import only if every row is valid"))
        self.all_or_nothing.setAccessibleName(self.tr("All or nothing"))
        self.all_note = wrapped()
        self.all_note.setIndent(24)
        self.valid_rows = QRadioButton(self.tr("Apply the &valid rows and leave out the rejected ones"))
        self.valid_rows.setAccessibleName(self.tr("Apply the valid rows"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.all_or_nothing)
        self.choice.addButton(self.valid_rows)
        self.choice.buttonToggled.connect(lambda *_a: self._update_buttons())
        self.save_button = QPushButton(self.tr("Save &rejected rows…"))
        self.save_button.setAccessibleName(self.tr("Save the rejected rows to a workbook"))
        self.save_button.clicked.connect(self.choose_rejects_file)
        self.saved_note = wrapped()
        self.apply_button = QPushButton(self.tr("A&pply import"))
        self.apply_button.setAccessibleName(self.tr("Apply the import"))
        self.apply_button.clicked.connect(self.apply)
        self.result_label = wrapped()
        self.result_label.setObjectName("sectionTitle")
        self.result_label.setAccessibleName(self.tr("Result"))

        how = QGroupBox(self.tr("How to import"))
        how_layout = QVBoxLayout(how)
        how_layout.addWidget(self.all_or_nothing)
        how_layout.addWidget(self.all_note)
        how_layout.addWidget(self.valid_rows)
        self.conflicts_box = QGroupBox(self.tr("Changed here and in the file"))
        self.conflicts_note = wrapped()
        self.conflicts_model = ConflictsModel(self)
        self.conflicts_model.choices_changed.connect(self._update_buttons)
        self.conflicts_view = table_view(self.tr("Conflicts to choose"))
        self.conflicts_view.setModel(self.conflicts_model)
        self.conflicts_view.verticalHeader().hide()
        self.choice_delegate = ComboDelegate(
            lambda _index: [(choice_label(r), r.value) for r in (Resolution.OURS, Resolution.THEIRS)],
            self.conflicts_view,
        )
        self.conflicts_view.setItemDelegateForColumn(CON_COL_CHOICE, self.choice_delegate)
        self.keep_all = QPushButton(self.tr("&Keep ours for all"))
        self.keep_all.setAccessibleName(self.tr("Keep our values for every conflict"))
        self.keep_all.clicked.connect(lambda: self.conflicts_model.choose_all(Resolution.OURS))
        self.take_all = QPushButton(self.tr("&Take theirs for all"))
        self.take_all.setAccessibleName(self.tr("Take the file's values for every conflict"))
        self.take_all.clicked.connect(lambda: self.conflicts_model.choose_all(Resolution.THEIRS))
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.keep_all)
        conflict_buttons.addWidget(self.take_all)
        conflict_buttons.addStretch(1)
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.addWidget(self.conflicts_note)
        conflicts_layout.addLayout(conflict_buttons)
        conflicts_layout.addWidget(self.conflicts_view)
        self.rejects_box = QGroupBox(self.tr("Rejected rows"))
        rejects = QHBoxLayout(self.rejects_box)
        rejects.addWidget(self.save_button)
        rejects.addWidget(self.saved_note, 1)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        apply_row.addWidget(self.strip, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(how)
        layout.addWidget(self.conflicts_box, 1)
        layout.addWidget(self.rejects_box)
        layout.addSpacing(10)
        layout.addLayout(apply_row)
        layout.addSpacing(6)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        wizard.rejects_saved.connect(self._rejects_saved)
        wizard.applied.connect(self._applied)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        result = self.import_wizard.result
        return result is not None and result.applied

    def error_text(self) -> str:
        return self.import_wizard.error or self.import_wizard.notice

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        sheet = self.sheet()
        rejected = sheet.rejected if sheet is not None else 0
        self.choice.setExclusive(False)
        self.all_or_nothing.setChecked(rejected == 0)
        self.valid_rows.setChecked(False)
        self.choice.setExclusive(True)
        self.saved_note.setText("")
        self.result_label.setText("")
        self.conflicts_model.set_rows(sheet.rows if sheet is not None else [])
        super().initializePage()

    def refresh(self) -> None:
        wizard = self.import_wizard
        sheet = self.sheet()
        if sheet is None:
            return
        rejected = sheet.rejected
        created, updated = entity_words(self, sheet.created), entity_words(self, sheet.updated)
        file = wizard.request.path.name if wizard.request.path else ""
        if created and updated:
            text = self.tr("Importing “{file}” adds {created} and updates {updated}.")
        elif created:
            text = self.tr("Importing “{file}” adds {created}.")
        elif updated:
            text = self.tr("Importing “{file}” updates {updated}.")
        elif sheet.conflicts:
            text = self.tr("Importing “{file}” changes only what you choose for the conflicts below.")
        else:
            text = self.tr("Every valid row of “{file}” is in the database already: nothing changes.")
        text = text.format(file=file, created=created, updated=updated)
        if rejected == 1:
            text += " " + self.tr("1 row was rejected.")
        elif rejected:
            text += " " + self.tr("{n} rows were rejected.").format(n=rejected)
        self.summary.setText(text)
        self.all_or_nothing.setEnabled(rejected == 0)
        self.valid_rows.setEnabled(rejected > 0)
        self.all_note.setText(
            self.tr(
                "Not possible: rejected rows would stop the whole import. Fix them in the file and import it "
                "again, or apply the valid rows."
            )
            if rejected
            else self.tr("Every row is valid.")
        )
        self.save_button.setEnabled(rejected > 0 and not wizard.busy)
        if not rejected:
            self.saved_note.setText(self.tr("No rows were rejected."))
        conflicts = self.conflicts_model.rowCount()
        self.conflicts_box.setVisible(conflicts > 0)
        if conflicts:
            self.conflicts_note.setText(
                (
                    self.tr(
                        "1 field was changed here since “{file}” was exported, and changed differently "
                        "in the file. Nothing is imported until you choose which value to keep."
                    )
                    if conflicts == 1
                    else self.tr(
                        "{n} fields were changed here since “{file}” was exported, and changed differently "
                        "in the file. Nothing is imported until you choose which value to keep for each."
                    )
                ).format(n=conflicts, file=file)
            )
            self.conflicts_view.resizeColumnsToContents()
            self.conflicts_view.setColumnWidth(
                CON_COL_RECORD, min(self.conflicts_view.columnWidth(CON_COL_RECORD), 260)
            )
            self.conflicts_view.setColumnWidth(
                CON_COL_ROW, max(self.conflicts_view.columnWidth(CON_COL_ROW), 40)
            )
            self.conflicts_view.setColumnWidth(
                CON_COL_CHOICE, max(self.conflicts_view.columnWidth(CON_COL_CHOICE), 120)
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        wizard = self.import_wizard
        done = wizard.result is not None and wizard.result.applied
        chosen = self.choice.checkedButton() is not None and self.conflicts_model.open_count() == 0
        self.apply_button.setEnabled(chosen and wizard.ready() and not done)
        for button in (self.keep_all, self.take_all):
            button.setEnabled(not done)
        self.conflicts_view.setEditTriggers(
            self.conflicts_view.EditTrigger.NoEditTriggers
            if done
            else self.conflicts_view.EditTrigger.CurrentChanged
            | self.conflicts_view.EditTrigger.SelectedClicked
            | self.conflicts_view.EditTrigger.EditKeyPressed
        )
        if done:  # the rejects can still be saved afterwards
            self.all_or_nothing.setEnabled(False)
            self.valid_rows.setEnabled(False)

    def apply(self) -> None:
        self.import_wizard.apply(
            skip_invalid=self.valid_rows.isChecked(), resolutions=self.conflicts_model.resolutions()
        )

    def choose_rejects_file(self) -> None:
        wizard = self.import_wizard
        path = wizard.request.path
        start = str(path.with_name(f"{path.stem} - rejected rows.xlsx")) if path else ""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected rows"), start, self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            if not name.lower().endswith(".xlsx"):
                name += ".xlsx"
            wizard.save_rejects(name)

    def _rejects_saved(self, path: Path, written: int) -> None:
        text = (
            self.tr("Saved 1 rejected row to {path}.")
            if written == 1
            else self.tr("Saved {n} rejected rows to {path}.")
        )
        self.saved_note.setText(text.format(n=written, path=path))

    def _applied(self, result) -> None:
        wizard = self.import_wizard
        if not result.applied:
            self.result_label.setText(
                self.tr("Nothing was imported: choose ours or theirs for every conflict.")
                if result.unresolved and not result.skipped_rows
                else self.tr("Nothing was imported: some rows were rejected.")
            )
            return
        created = entity_words(self, result.created)
        updated = entity_words(self, result.updated)
        parts = []
        if created:
            parts.append(self.tr("added {what}").format(what=created))
        if updated:
            parts.append(self.tr("updated {what}").format(what=updated))
        text = (
            self.tr("Imported: {changes}.").format(changes="; ".join(parts))
            if parts
            else self.tr("Nothing needed changing: every row is already in the database.")
        )
        if result.skipped_rows:
            text += " " + self.tr("{n} rejected rows were left out.").format(n=result.skipped_rows)
        if result.took_theirs or result.kept_ours:
            text += " " + self.tr("Conflicts: {theirs} took the file's value, {ours} kept ours.").format(
                theirs=result.took_theirs, ours=result.kept_ours
            )
        for note in result.notes:  # an update request this file answers, marked returned
            text += " " + note
        if result.batch_id is not None:
            text += " " + self.tr("Edit > Undo (Ctrl+Z) takes the whole import back.")
        self.result_label.setText(text)
        self._update_buttons()
        wizard.button(wizard.WizardButton.FinishButton).setFocus()
