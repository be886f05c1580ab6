"""The import wizard's shared page parts and its first two pages: the file, and the header row and mapping."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from actionplan.exchange.preview import ENTITIES, Counts, SheetPreview
from ui.import_wizard import IMPORT_SUFFIXES
from ui.import_wizard.models import (
    MAP_COL_HEADER,
    MAP_COL_MATCH,
    MAP_COL_TARGET,
    MappingModel,
    SampleModel,
)
from ui.widgets import ComboDelegate, FieldError

if TYPE_CHECKING:
    from ui.import_wizard.wizard import ImportWizard

KINDS = (None, "people", "training", "matrix", "actions", "organisations", "assessment")
PEOPLE_KINDS = ("people", "training", "matrix")


def entity_words(widget: QWidget, counts: Counts) -> str:
    """ "27 people and 1 organisation" (the entities that are not zero), or "" for none."""
    parts = []
    for name in ENTITIES:
        n = getattr(counts, name)
        if not n:
            continue
        if name == "people":
            parts.append(widget.tr("1 person") if n == 1 else widget.tr("%n people", "", n))
        elif name == "training_records":
            parts.append(
                widget.tr("1 training record") if n == 1 else widget.tr("%n training records", "", n)
            )
        elif name == "actions":
            parts.append(widget.tr("1 action") if n == 1 else widget.tr("%n actions", "", n))
        elif name == "answers":
            parts.append(
                widget.tr("1 self-assessment answer")
                if n == 1
                else widget.tr("%n self-assessment answers", "", n)
            )
        else:
            parts.append(widget.tr("1 organisation") if n == 1 else widget.tr("%n organisations", "", n))
    if len(parts) < 2:
        return "".join(parts)
    return widget.tr("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])


def kind_label(widget: QWidget, kind: str | None) -> str:
    return {
        None: widget.tr("Detect from the headings"),
        "people": widget.tr("People (a staff list)"),
        "training": widget.tr("Training records (one completion a row)"),
        "matrix": widget.tr("Training matrix (one column a course)"),
        "actions": widget.tr("Actions (an action plan)"),
        "assessment": widget.tr("Self-assessment (ratings and commentary)"),
        "organisations": widget.tr("Organisations (partners and their Prevent contacts)"),
    }[kind]


def kind_short(widget: QWidget, kind: str | None) -> str:
    """The kind in a sentence: "a staff list", "a training matrix"."""
    return {
        None: "",
        "people": widget.tr("a staff list"),
        "training": widget.tr("training records"),
        "matrix": widget.tr("a training matrix"),
        "actions": widget.tr("an action plan"),
        "assessment": widget.tr("a self-assessment"),
        "organisations": widget.tr("a list of organisations"),
    }[kind]


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def table_view(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class TaskStrip(QWidget):
    """What the wizard is doing now: a message, a progress bar and Stop; hidden while idle."""

    def __init__(self, wizard: "ImportWizard", parent: QWidget | None = None):
        super().__init__(parent)
        self.wizard = wizard
        self.message = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(260)
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setAccessibleName(self.tr("Stop reading or importing"))
        self.stop_button.clicked.connect(wizard.cancel_task)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.stop_button)
        wizard.busy_changed.connect(self._busy)
        wizard.task_progress.connect(self._progress)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._busy(wizard.busy)

    def _busy(self, busy: bool) -> None:
        self.setVisible(busy)
        if busy:
            self.bar.setRange(0, 0)
            self.message.setText(self.tr("Working…"))

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)
        if message:
            self.message.setText(message)


class WizardPage(QWizardPage):
    """A page that redraws itself from the wizard's state while it is the current page."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.import_wizard = wizard
        self.error = FieldError(self)
        self.strip = TaskStrip(wizard, self)
        wizard.state_changed.connect(self._state_changed)

    def _state_changed(self) -> None:
        if self.import_wizard.currentPage() is self:
            self.refresh()
            self.error.show_error(self.error_text())
        self.completeChanged.emit()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.refresh()
        self.error.show_error(self.error_text())

    def error_text(self) -> str:
        """The sentence to show under the page: why it cannot go on."""
        return self.import_wizard.error

    def refresh(self) -> None:
        """Show the wizard's current state (subclasses)."""

    def sheet(self) -> SheetPreview | None:
        return self.import_wizard.sheet()


class _PathEdit(QLineEdit):
    """The file field: Enter reads the file rather than pressing Next."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ChooseFilePage(WizardPage):
    """Step 1: the file (typed, browsed or dropped), its sheet, what it holds and whose staff it lists."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "A staff list, training records or an action plan from a partner, as .xlsx, .xlsm, .xls, "
                ".ods or .csv. You can also drop the file on this window. Nothing is changed until the "
                "last step."
            )
        )
        self.path_edit = _PathEdit()
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setPlaceholderText(self.tr("The spreadsheet to import"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.setAcceptDrops(False)  # a dropped file goes to the wizard, which reads it
        self.path_edit.editingFinished.connect(self._path_entered)
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        self.browse_button.setAccessibleName(self.tr("Browse for the spreadsheet"))
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.activated.connect(
            lambda row: wizard.update_request(sheet=self.sheet_combo.itemData(row))
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of data"))
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(self, kind), kind)
        self.kind_combo.activated.connect(
            lambda row: wizard.update_request(kind=self.kind_combo.itemData(row))
        )
        self.org_combo = QComboBox()
        self.org_combo.setEditable(True)
        self.org_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.org_combo.setAccessibleName(self.tr("Organisation"))
        self.org_combo.lineEdit().setPlaceholderText(self.tr("Choose or type the organisation"))
        self.org_combo.currentTextChanged.connect(self._org_changed)
        self.org_note = wrapped()
        self.summary = wrapped()
        self.summary.setAccessibleName(self.tr("What the file holds"))
        self.drop_zone = QLabel()
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setWordWrap(True)
        self.drop_zone.setMinimumHeight(90)
        self.drop_zone.setMaximumHeight(180)
        # Colours from palette roles only, as in resources/style.qss, so dark and high-contrast hold.
        self.drop_zone.setStyleSheet(
            "QLabel#dropZone { border: 2px dashed palette(mid); border-radius: 10px; padding: 18px; }"
        )

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("Fi&le:"), file_row),
            (self.tr("&Sheet:"), self.sheet_combo),
            (self.tr("&Kind of data:"), self.kind_combo),
            (self.tr("&Organisation:"), self.org_combo),
        ):
            label = QLabel(text)
            buddy = self.path_edit if field is file_row else field
            label.setBuddy(buddy)
            form.addRow(label, field)
        form.addRow("", self.org_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addSpacing(10)
        layout.addWidget(self.drop_zone, 1)
        layout.addStretch(1)
        layout.addWidget(self.strip)
        wizard.reference_loaded.connect(self._fill_organisations)
        self._fill_organisations()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return self.import_wizard.ready()

    def browse(self) -> None:
        current = self.import_wizard.request.path
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet to import"),
            str(current.parent) if current else "",
            self.tr("Spreadsheets ({patterns});;All files (*)").format(
                patterns=" ".join(f"*{s}" for s in IMPORT_SUFFIXES)
            ),
        )
        if name:
            self.import_wizard.set_file(name)

    def _path_entered(self) -> None:
        text = self.path_edit.text().strip().strip('"')
        if not text:
            return
        path = Path(text).expanduser()
        request = self.import_wizard.request
        asking = self.import_wizard.password_prompt is not None  # focus went to the password prompt
        if request.path != path or (self.import_wizard.error and not self.import_wizard.busy and not asking):
            self.import_wizard.set_file(path)

    def _org_changed(self, text: str) -> None:
        if not self.org_combo.signalsBlocked():
            self.import_wizard.update_request(delay_ms=400, org=text.strip() or None)

    def _fill_organisations(self) -> None:
        text = self.org_combo.currentText()
        self.org_combo.blockSignals(True)
        self.org_combo.clear()
        self.org_combo.addItem("")
        self.org_combo.addItems(self.import_wizard.organisation_names)
        self.org_combo.setCurrentText(text)
        self.org_combo.blockSignals(False)

    def refresh(self) -> None:
        wizard = self.import_wizard
        request = wizard.request
        if request.path is not None and not self.path_edit.hasFocus():
            self.path_edit.setText(str(request.path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in wizard.file_sheets:
            self.sheet_combo.addItem(self._sheet_text(sheet), sheet.name)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(request.sheet)))
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(len(wizard.file_sheets) > 1)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(request.kind)))
        if not self.org_combo.hasFocus() and self.org_combo.currentText() != (request.org or ""):
            self.org_combo.blockSignals(True)
            self.org_combo.setCurrentText(request.org or "")
            self.org_combo.blockSignals(False)
        self._show_summary()

    def _sheet_text(self, sheet: SheetPreview) -> str:
        if sheet.skipped:
            return self.tr("{name} (cannot be imported as it is)").format(name=sheet.name)
        return self.tr("{name}: {kind}").format(name=sheet.name, kind=kind_label(self, sheet.kind))

    def _show_summary(self) -> None:
        wizard = self.import_wizard
        sheet = self.sheet()
        needs_org = (
            sheet is not None
            and sheet.kind in PEOPLE_KINDS
            and "organisation" not in {c.field for c in sheet.columns}
        )
        if needs_org and not wizard.request.org:
            self.org_note.setText(
                self.tr(
                    "⚠ This sheet has no organisation column: choose the organisation its people work for, "
                    "or new people are added without one."
                )
            )
        elif needs_org:
            self.org_note.setText(
                self.tr("Everyone in the sheet works for {org}.").format(org=wizard.request.org)
            )
        else:
            self.org_note.setText(
                self.tr("Only needed when the sheet has no organisation column; it also fills blank cells.")
            )
        self.drop_zone.setText(
            self.tr("Drop a spreadsheet here, or choose Browse…")
            if wizard.request.path is None
            else self.tr("Drop another spreadsheet here to import that one instead")
        )
        if wizard.request.path is None:
            self.summary.setText("")
        elif sheet is None or not wizard.fresh:
            self.summary.setText(self.tr("Reading the file…") if wizard.busy else "")
        elif sheet.skipped:
            self.summary.setText(sheet.skipped)
        else:
            self.summary.setText(
                self.tr(
                    "The sheet “{sheet}” reads as {kind}: headings on row {header}, {rows} rows of data. "
                    "Next, check how its columns are read."
                ).format(
                    sheet=sheet.name,
                    kind=kind_short(self, sheet.kind),
                    header=sheet.header_row,
                    rows=len(sheet.rows),
                )
            )


class _FieldDelegate(ComboDelegate):
    """The field drop-down of a mapping row; its list is as wide as its longest choice."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        combo = super().createEditor(parent, option, index)
        assert isinstance(combo, QComboBox)
        combo.setAccessibleName(
            self.tr("Field for column {header}").format(header=index.siblingAtColumn(MAP_COL_HEADER).data())
        )
        for row in range(combo.count()):
            combo.setItemData(row, combo.itemText(row), Qt.ItemDataRole.ToolTipRole)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        return combo


class MappingPage(WizardPage):
    """Step 2: the header row, each column's field (with how sure the guess is), and a sample as read."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self.setTitle(self.tr("Check the headings and columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the sheet and the field it fills. Where a guess is wrong, choose the right "
                "field, or Ignore to leave the column out; the sample shows the first rows as they will "
                "be read."
            )
        )
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 30)
        self.header_spin.setAccessibleName(self.tr("Header row"))
        self.header_spin.setToolTip(self.tr("The row of the sheet that holds the column headings"))
        self.header_spin.valueChanged.connect(self._header_changed)
        header_label = QLabel(self.tr("Headings are on &row:"))
        header_label.setBuddy(self.header_spin)
        self.kind_note = wrapped()
        self.model = MappingModel(self)
        self.model.target_changed.connect(wizard.set_override)
        self.view = table_view(self.tr("Columns and the fields they fill"))
        self.view.setModel(self.model)
        self.delegate = _FieldDelegate(lambda _index: self.model.choices(), self.view)
        self.view.setItemDelegateForColumn(MAP_COL_TARGET, self.delegate)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        self.model.modelReset.connect(self._open_editors)
        self.sample_model = SampleModel(self)
        self.sample_view = table_view(self.tr("Sample of the first rows as they will be read"))
        self.sample_view.setModel(self.sample_model)
        self.sample_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sample_view.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        top = QHBoxLayout()
        top.addWidget(header_label)
        top.addWidget(self.header_spin)
        top.addSpacing(18)
        top.addWidget(self.kind_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        layout.addWidget(
            section(self.tr("Sample: the first rows as they will be read (row numbers as in the file)"))
        )
        layout.addWidget(self.sample_view, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.strip)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        sheet = self.sheet()
        return self.import_wizard.ready() and sheet is not None and sheet.skipped is None

    def error_text(self) -> str:
        sheet = self.sheet()
        skipped = sheet.skipped if sheet is not None and self.import_wizard.fresh else None
        return self.import_wizard.error or skipped or ""

    def _header_changed(self, value: int) -> None:
        if not self.header_spin.signalsBlocked():
            self.import_wizard.update_request(delay_ms=400, header_row=value)

    def _open_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MAP_COL_TARGET))

    def refresh(self) -> None:
        wizard = self.import_wizard
        sheet = self.sheet()
        if sheet is None:
            self.model.set_columns([])
            self.sample_model.set_sample([], [])
            return
        last_row = max([r.row for r in sheet.rows] + [sheet.header_row or 1, 30])
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(last_row)
        self.header_spin.setValue(wizard.request.header_row or sheet.header_row or 1)
        self.header_spin.blockSignals(False)
        if sheet.kind:
            text = self.tr(
                "Sheet “{sheet}”, read as {kind}. If that is wrong, change the kind of data on the "
                "first page."
            )
        else:
            text = self.tr(
                "Sheet “{sheet}”: its kind is not recognised yet. Map its columns, or choose the kind "
                "of data on the first page."
            )
        text = text.format(sheet=sheet.name, kind=kind_short(self, sheet.kind))
        if sheet.profile:
            text += " " + self.tr("The corrections made to this partner's last file are applied.")
        self.kind_note.setText(text)
        if wizard.fresh or self.model.rowCount() == 0:
            first = sheet.rows[0].cells if sheet.rows else []
            self.model.set_columns(
                sheet.columns, first, set(wizard.request.overrides), wizard.mapping_choices()
            )
            self.sample_model.set_sample(sheet.columns, sheet.rows)
            self._size_columns()

    def _size_columns(self) -> None:
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(MAP_COL_HEADER, min(max(self.view.columnWidth(MAP_COL_HEADER), 160), 280))
        self.view.setColumnWidth(MAP_COL_TARGET, 330)
        self.view.setColumnWidth(MAP_COL_MATCH, max(self.view.columnWidth(MAP_COL_MATCH), 120))
        self.sample_view.resizeColumnsToContents()
        for column in range(self.sample_model.columnCount()):
            self.sample_view.setColumnWidth(column, min(self.sample_view.columnWidth(column) + 8, 260))
