"""The owner field of an action: a drop-down over ``OwnersModel`` that finds a person as you type."""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QListView,
    QWidget,
)

from ui.models.base import Index
from ui.models.owners_model import OwnersModel
from ui.widgets import ComboDelegate

# How many characters wide the field is made: not the widest of tens of thousands of names,
# which Qt would measure one by one.
OWNER_FIELD_CHARACTERS = 22


def owner_combo(model: OwnersModel, parent: QWidget | None = None) -> QComboBox:
    """An editable drop-down over ``model``: typing part of a name (or organisation) offers the
    people whose label holds it; choosing one sets ``currentData`` to their id."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setModel(model)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(OWNER_FIELD_CHARACTERS)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    # One row's height serves for all: the lists are not measured a row at a time.
    for view in (combo.view(), completer.popup()):
        if isinstance(view, QListView):
            view.setUniformItemSizes(True)
    line = combo.lineEdit()
    line.editingFinished.connect(lambda: _show_choice(combo))
    return combo


def _show_choice(combo: QComboBox) -> None:
    """Words typed that name nobody, left in the field: put back the owner still chosen, so the
    field never shows a name other than the one that will be saved."""
    chosen = combo.itemText(combo.currentIndex())
    if combo.currentText() != chosen:
        combo.setEditText(chosen)


@contextmanager
def completer_paused(combo: QComboBox) -> Iterator[None]:
    """Change ``combo``'s list or choice without a search of every person.

    Qt hands the completer a newly chosen label as if it were typed, and the completer then
    reads every row's label to find it (34,263 in a county): meanwhile it is given no rows.
    """
    completer = combo.completer()
    model = completer.model()
    completer.setModel(None)
    try:
        yield
    finally:
        completer.setCompletionPrefix("")
        completer.setModel(model)


def select_owner(combo: QComboBox, owner_id: int | None) -> None:
    """Make the person with id ``owner_id`` (None: no owner) the combo's choice, else "no owner"."""
    model = combo.model()
    assert isinstance(model, OwnersModel)
    with completer_paused(combo):
        combo.setCurrentIndex(max(model.row_of(owner_id), 0))


class OwnerDelegate(ComboDelegate):
    """Edits an owner cell (EditRole: the owner's id) with ``owner_combo``; choosing commits at once."""

    def __init__(self, model: OwnersModel, parent: QObject | None = None):
        super().__init__(lambda _index: [], parent)  # the items are the model's
        self.model = model

    def new_combo(self, parent: QWidget, index: Index) -> QComboBox:
        return owner_combo(self.model, parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        select_owner(editor, index.data(Qt.ItemDataRole.EditRole))
