"""The dashboard's line "3 of 8 partners have returned their updates", a link to the Requests page."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from actionplan.requests.status import ReturnsSummary


class ReturnsLink(QPushButton):
    """A flat button showing how many partners have returned their latest update request.

    Hidden until a request has been sent for the plan; clicking it (or Enter) opens the
    Requests page. The words carry the figures; colour adds nothing they do not say.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("returnsLink")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QPushButton#returnsLink { text-align: left; text-decoration: underline; }")
        self.setToolTip(self.tr("Open the Requests page"))
        self.setVisible(False)

    def show_summary(self, summary: ReturnsSummary | None) -> None:
        if summary is None or not summary.total:
            self.setVisible(False)
            return
        text = summary.sentence()
        if summary.overdue:
            text += "; " + self.tr("%n overdue", "", summary.overdue)
        self.setText(text)
        self.setAccessibleName(text + ". " + self.tr("Open the Requests page"))
        self.setVisible(True)
