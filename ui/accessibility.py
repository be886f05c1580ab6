"""Names for the parts of controls that Qt builds itself, so a screen reader can say each one.

A line edit's clear button and an editable combo box's inner line edit have no accessible name
of their own; one event filter on the application names them from the control they belong to
when they are first shown, wherever the control is made.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("accessibility", text)


def _owner_name(widget: QWidget) -> str:
    """The accessible name of ``widget``, else the text of the label it is the buddy of."""
    name = widget.accessibleName()
    if name:
        return name
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").rstrip(":").strip()
    return ""


def name_inner_parts(widget: QObject) -> None:
    """Give the Qt-made inner parts of ``widget`` a name if they have none."""
    if widget.accessibleName():
        return
    if isinstance(widget, QToolButton) and isinstance(widget.parent(), QLineEdit):
        owner = _owner_name(widget.parent())
        widget.setAccessibleName(tr("Clear {}").format(owner).strip() if owner else tr("Clear"))
    elif isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
        widget.setAccessibleName(_owner_name(widget.parent()))


class InnerPartNamer(QObject):
    """The application-wide event filter that calls :func:`name_inner_parts` on Show."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and isinstance(watched, (QToolButton, QLineEdit)):
            name_inner_parts(watched)
        return False


def install(app: QApplication | None = None) -> None:
    """Install the namer on the application once."""
    app = app or QApplication.instance()
    if app is None or app.property("actionplanInnerPartNamer"):
        return
    namer = InnerPartNamer(app)
    app.installEventFilter(namer)
    app.setProperty("actionplanInnerPartNamer", True)
