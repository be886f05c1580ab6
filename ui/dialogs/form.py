"""Form dialogs: fields with their error sentence shown underneath, saved through a page's callback."""

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from actionplan import clock
from actionplan.errors import ActionPlanError, StaleEditError, ValidationError
from ui.stale import offer_reload, reload_pages
from ui.widgets import DateEdit, FieldError


def plain_label(text: str) -> str:
    """A label's text without its mnemonic ampersand or colon, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")


def make_date_edit(value: date | None = None, *, allow_empty: bool = False, name: str = "") -> DateEdit:
    """A dd/mm/yyyy date field with a calendar pop-up (``allow_empty``: it may hold "No date")."""
    edit = DateEdit(allow_empty=allow_empty)
    edit.set_value(value if value is not None or allow_empty else clock.today())
    if name:
        edit.setAccessibleName(name)
    return edit


class LinesEdit(QPlainTextEdit):
    """A short list of names, one a line (aliases)."""

    def __init__(self, lines: Iterable[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlainText("\n".join(lines))
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


class CheckList(QListWidget):
    """A list of choices, each with a check box; ``data`` travels with each item."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)

    def add_choice(self, text: str, data: Any, checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text, self)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def checked_data(self) -> list[Any]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Space toggles the current item, so the list works from the keyboard alone.
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class FormDialog(QDialog):
    """A dialog of labelled fields; Save hands ``values()`` to ``save`` and shows refusals at the field.

    ``save(values)`` runs the (undoable) service call. A ``ValidationError`` keeps the dialog
    open with its sentence under the field it names; other errors the user can cause show
    at the top. ``saved`` holds what ``save`` returned once the dialog closes.
    """

    def __init__(
        self, title: str, save: Callable[[dict[str, Any]], Any] | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._save = save
        self.saved: Any = None
        self._errors: dict[str, FieldError] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general_error = FieldError(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.general_error)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    def add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        aliases: Sequence[str] = (),
        form: QFormLayout | None = None,
    ) -> QWidget:
        """Add ``widget`` beside ``label`` (in ``form``, else the dialog's own form).

        Errors for ``name`` (or any of ``aliases``) show beneath the widget.
        """
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError(box)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        (form or self.form).addRow(caption, box)
        if not widget.accessibleName():
            widget.setAccessibleName(plain_label(label))
        for key in (name, *aliases):
            self._errors[key] = error
            self._widgets[key] = widget
        return widget

    def field_error(self, name: str) -> str:
        """The sentence shown for ``name`` (empty when none), for tests and assistive tools."""
        label = self._errors.get(name)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    def show_error(self, field: str | None, message: str) -> None:
        label = self._errors.get(field or "")
        if label is None:
            self.general_error.show_error(message)
            return
        label.show_error(message)
        widget = self._widgets[field or ""]
        widget.setAccessibleDescription(message)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        self.general_error.clear_error()
        for label in self._errors.values():
            label.clear_error()
        for widget in self._widgets.values():
            widget.setAccessibleDescription("")

    def values(self) -> dict[str, Any]:
        """The fields' values, named as the service expects them."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            values = self.values()
            self.saved = self._save(values) if self._save is not None else values
        except ValidationError as exc:
            self.show_error(exc.field, str(exc))
            return
        except StaleEditError as exc:  # someone else saved the record first
            self.show_error(None, str(exc))
            offer_reload(self, exc, self._reload)
            return
        except ActionPlanError as exc:
            self.show_error(None, str(exc))
            return
        super().accept()

    def _reload(self) -> None:
        """Close the form (its values are out of date) and have the pages read the record again."""
        reload = reload_pages(self.parent())
        self.reject()
        reload()
