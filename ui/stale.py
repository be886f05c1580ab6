"""The answer to a stale edit: "changed by X at T, reload?" instead of overwriting someone's change.

The core refuses an edit of a record someone else saved after this window read it
(``StaleEditError``). The window shows who and when, and offers to reload the page, which
shows their change; what was typed here and not saved stays on screen until then.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from actionplan.errors import StaleEditError


def tr(text: str) -> str:
    return QCoreApplication.translate("StaleEdit", text)


def offer_reload(parent: QWidget | None, exc: StaleEditError, reload: Callable[[], None]) -> QMessageBox:
    """Say who changed the record and when, with Reload (the default) and Keep my page.

    The box is window-modal and does not block the caller; ``reload`` runs when Reload is chosen.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Changed by someone else"), str(exc), parent=parent)
    box.setObjectName("staleEditMessage")
    box.setInformativeText(
        tr(
            "Reload shows the record as it is now; what you typed here and did not save is then "
            "gone. Choose Keep my page to copy it first."
        )
    )
    reload_button = box.addButton(tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
    reload_button.setObjectName("reloadButton")
    keep_button = box.addButton(tr("&Keep my page"), QMessageBox.ButtonRole.RejectRole)
    keep_button.setObjectName("keepButton")
    box.setDefaultButton(reload_button)
    box.setEscapeButton(keep_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: reload() if button is reload_button else None)
    box.open()
    return box


def reload_pages(widget: QObject | None) -> Callable[[], None]:
    """A reload for a dialog's Reload: tells the pages of the window it belongs to to read again."""

    def reload() -> None:
        found: QObject | None = widget
        while found is not None:
            context = getattr(found, "context", None)
            if context is not None and hasattr(context, "notify_changed"):
                context.notify_changed()
                return
            found = found.parent()

    return reload
