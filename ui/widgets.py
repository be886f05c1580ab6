"""Shared widgets and delegates: UK date editors, drop-down and progress editors, RAG badges, field errors."""

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QMessageBox,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from actionplan import clock
from actionplan.errors import ActionPlanError
from ui import theme

log = logging.getLogger(__name__)

DATE_FORMAT = "dd/MM/yyyy"  # Qt's pattern for the UK dates users read everywhere
NO_DATE = QDate(1900, 1, 1)  # the minimum of a nullable date edit, shown as "No date"

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("widgets", text)


# -- dates ---------------------------------------------------------------------------------------


def to_qdate(value: date | None) -> QDate:
    """A Python date as a QDate (an invalid QDate for no date)."""
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate | date | None) -> date | None:
    """A QDate (or date) as a Python date; None for an invalid or "No date" value."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    if not value.isValid() or value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A dd/mm/yyyy date field with a calendar pop-up; with ``allow_empty`` it can hold no date."""

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False):
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        if allow_empty:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(tr("No date"))
        self.calendarWidget().installEventFilter(self)
        self.setDate(to_qdate(clock.today()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # An empty field opens its calendar on this month, not on 1900.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = clock.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)

    def value(self) -> date | None:
        return from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        if value is None and self.allow_empty:
            self.setDate(NO_DATE)
        elif value is not None:
            self.setDate(to_qdate(value))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Delete or Backspace on a whole selection clears an optional date.
        clearing = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if self.allow_empty and clearing and self.lineEdit().selectedText() == self.lineEdit().text():
            self.setDate(NO_DATE)
            return
        super().keyPressEvent(event)


# -- messages ------------------------------------------------------------------------------------


def error_message(exc: BaseException) -> str:
    """The sentence to show for an error: the core's own sentence, never a traceback."""
    if isinstance(exc, ActionPlanError):
        return str(exc)
    log.error("Unexpected error", exc_info=exc)
    return tr("Something went wrong: {reason}. Nothing more was changed; the details are in the log.").format(
        reason=type(exc).__name__
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> QMessageBox:
    """Show the error's sentence in a window-modal message box that does not block the caller."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or tr("Action plan"),
        error_message(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("errorMessage")
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """Ask a yes/cancel question; ``yes_text`` names what happens ("Delete", "Undo")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


class FieldError(QLabel):
    """A message under a form field saying what is wrong with it; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setAccessibleName(tr("Error"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._apply_colour()
        self.hide()

    def _apply_colour(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff9a90" if theme.is_dark() else "#a4161a"))
        self.setPalette(palette)

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.setText("")
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply_colour()
        super().changeEvent(event)


# -- refresh ---------------------------------------------------------------------------------------


class RefreshWhenVisible(QObject):
    """Refreshes a page now if it is on screen, otherwise the next time it is shown.

    Pages call ``request()`` from ``data_changed``/``plan_changed``: a hidden page does no work
    until the user goes to it.
    """

    def __init__(self, page: QWidget, refresh: Callable[[], None]):
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self.stale = True
        page.installEventFilter(self)

    def request(self) -> None:
        if self._page.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False


# -- delegates -------------------------------------------------------------------------------------


class DateDelegate(QStyledItemDelegate):
    """Edits a date cell with a dd/mm/yyyy field and calendar; the model's EditRole is a date or None."""

    def __init__(self, parent: QObject | None = None, *, allow_empty: bool = True):
        super().__init__(parent)
        self.allow_empty = allow_empty

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = DateEdit(parent, allow_empty=self.allow_empty)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, DateEdit)
        value = from_qdate(index.data(Qt.ItemDataRole.EditRole))
        if value is None and not editor.allow_empty:
            value = clock.today()
        editor.set_value(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, DateEdit)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class ComboDelegate(QStyledItemDelegate):
    """Edits a cell with a drop-down of (label, value) pairs given by ``options(index)``.

    The model's EditRole holds the value; choosing an item commits at once.
    """

    def __init__(self, options: Callable[[Index], list[tuple[str, Any]]], parent: QObject | None = None):
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = self.new_combo(parent, index)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def new_combo(self, parent: QWidget, index: Index) -> QComboBox:
        """The drop-down for ``index`` with its items (a subclass may give another kind)."""
        combo = QComboBox(parent)
        for label, value in self.options(index):
            combo.addItem(label, value)
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        for row in range(editor.count()):
            if editor.itemData(row) == current:
                editor.setCurrentIndex(row)
                return

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _paint_plain_cell(option: QStyleOptionViewItem, painter: QPainter, index: Index, delegate) -> None:
    """The cell's selection and focus, without its text or background colour."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    opt.backgroundBrush = QBrush()
    style = opt.widget.style() if opt.widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


def _colour(value: Any) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return None


class BadgeDelegate(QStyledItemDelegate):
    """Draws the cell's text as a rounded badge in its Background/Foreground role colours (RAG, states).

    The word stays in the badge, so colour is never the only signal.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        _paint_plain_cell(option, painter, index, self)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        background = _colour(index.data(Qt.ItemDataRole.BackgroundRole))
        if not text:
            return
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 18, option.rect.width() - 8)
        height = min(metrics.height() + 6, option.rect.height() - 4)
        rect = QRect(option.rect.left() + 6, option.rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if background is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(rect, height / 2, height / 2)
        foreground = _colour(index.data(Qt.ItemDataRole.ForegroundRole))
        painter.setPen(foreground or option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), option.fontMetrics.height() + 10))


class ProgressDelegate(QStyledItemDelegate):
    """Shows a percentage as a slim bar with its number; edits it with a 0–100 % spin box."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        _paint_plain_cell(option, painter, index, self)
        value = index.data(Qt.ItemDataRole.EditRole)
        if value is None:
            return
        value = max(0, min(100, int(value)))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = f"{value}%"
        text_width = option.fontMetrics.horizontalAdvance("100%") + 6
        bar = QRect(
            option.rect.left() + 6,
            option.rect.center().y() - 3,
            max(10, option.rect.width() - text_width - 18),
            6,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        if value:
            fill = QRect(bar)
            fill.setWidth(max(6, bar.width() * value // 100))
            painter.setBrush(
                palette.color(
                    QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
                )
            )
            painter.drawRoundedRect(fill, 3, 3)
        painter.setPen(
            palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        text_rect = QRect(bar.right() + 8, option.rect.top(), text_width, option.rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSingleStep(5)
        spin.setSuffix("%")
        spin.setAccessibleName(tr("Progress"))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(option.fontMetrics.horizontalAdvance("100%") + 90, option.fontMetrics.height() + 10)


def file_written_box(
    parent: QWidget, title: str, text: str, path: Path, informative: str = ""
) -> QMessageBox:
    """A non-blocking message saying a file was written, with Open and Open the folder buttons."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    if informative:
        box.setInformativeText(informative)
    tr = QCoreApplication.translate
    open_file = box.addButton(tr("FileWrittenBox", "&Open"), QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(tr("FileWrittenBox", "Open the &folder"), QMessageBox.ButtonRole.ActionRole)
    open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
