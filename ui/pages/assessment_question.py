"""One self-assessment question on the Assessment page: rating, commentary, suggestion, last year, evidence.

The panel holds no data work: it shows a ``QuestionView`` and asks the page (by signals) to
save, link or remove evidence, or turn the gap into an action. The suggestion is shown beside
the rating and applied only when the assessor chooses "Use the suggestion".
"""

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionplan.assessment.ratings import Rating
from actionplan.assessment.readmodels import QuestionView
from actionplan.domain.dates import format_date
from ui.models.assessment_evidence_model import E_LABEL, EvidenceModel
from ui.models.assessment_ratings import rating_text
from ui.resources import icon


def _wrapped(text: str = "", *, grey: bool = False, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if grey:
        label.setObjectName("hint")
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        label.setFont(font)
    return label


class QuestionPanel(QWidget):
    """The selected question: what it asks, its rating and commentary, the data's view, its evidence."""

    save_requested = Signal(dict)  # {"rating": Rating, "commentary": str, "assessor": str}
    add_evidence_requested = Signal()
    remove_evidence_requested = Signal(int)  # the evidence's id
    create_action_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question: QuestionView | None = None
        self._loading = False
        self.heading = _wrapped(bold=True)
        self.heading.setAccessibleName(self.tr("Question"))
        self.guidance = _wrapped(grey=True)
        self.aggregate_note = _wrapped()
        self.aggregate_note.setObjectName("warning")
        self.aggregate_note.setAccessibleName(self.tr("Aggregate information only"))

        self.rating = QComboBox()
        self.rating.setAccessibleName(self.tr("Rating"))
        for rating in Rating:
            self.rating.addItem(rating_text(rating), rating)
            self.rating.setItemData(self.rating.count() - 1, rating.meaning, Qt.ItemDataRole.ToolTipRole)
        self.rating.currentIndexChanged.connect(self._changed)
        self.use_suggestion = QPushButton(self.tr("&Use the suggestion"))
        self.use_suggestion.setAccessibleName(self.tr("Use the suggested rating"))
        self.use_suggestion.setToolTip(
            self.tr("Set the rating to what the plan's data suggests (you can change it)")
        )
        self.use_suggestion.clicked.connect(self._take_suggestion)
        rating_row = QHBoxLayout()
        rating_row.addWidget(self.rating)
        rating_row.addWidget(self.use_suggestion)
        rating_row.addStretch(1)
        self.suggestion = _wrapped()
        self.suggestion.setAccessibleName(self.tr("Suggested rating and its reasons"))
        self.last_year = _wrapped(grey=True)
        self.commentary = QPlainTextEdit()
        self.commentary.setAccessibleName(self.tr("Commentary"))
        self.commentary.setTabChangesFocus(True)
        self.commentary.setPlaceholderText(
            self.tr("What is in place, what the evidence shows, what is missing")
        )
        self.commentary.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.commentary.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.commentary.textChanged.connect(self._changed)
        self.assessor = QLineEdit()
        self.assessor.setAccessibleName(self.tr("Assessor"))
        self.assessor.textEdited.connect(self._changed)
        self.answered = QLabel()
        self.answered.setObjectName("hint")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the rating and commentary"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )

        form = QFormLayout()
        caption = QLabel(self.tr("&Rating"))
        caption.setBuddy(self.rating)
        form.addRow(caption, rating_row)
        form.addRow("", self.suggestion)
        form.addRow("", self.last_year)
        caption = QLabel(self.tr("&Commentary"))
        caption.setBuddy(self.commentary)
        form.addRow(caption, self.commentary)
        caption = QLabel(self.tr("Ass&essor"))
        caption.setBuddy(self.assessor)
        assessor_row = QHBoxLayout()
        assessor_row.addWidget(self.assessor, 1)
        assessor_row.addWidget(self.answered)
        assessor_row.addWidget(self.save_button)
        form.addRow(caption, assessor_row)

        self.evidence_model = EvidenceModel(self)
        self.evidence = QTableView()
        self.evidence.setModel(self.evidence_model)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence.verticalHeader().hide()
        self.evidence.horizontalHeader().setSectionResizeMode(E_LABEL, QHeaderView.ResizeMode.Stretch)
        self.evidence.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.evidence.setWordWrap(True)
        self.evidence.doubleClicked.connect(lambda _index: self.open_selected())
        self.add_button = QPushButton(icon("add"), self.tr("&Add evidence…"))
        self.add_button.setAccessibleName(self.tr("Add evidence"))
        self.add_button.clicked.connect(self.add_evidence_requested)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the document"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(icon("delete"), self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the evidence"))
        self.remove_button.clicked.connect(self._remove)
        self.action_button = QPushButton(icon("actions"), self.tr("Create an ac&tion…"))
        self.action_button.setAccessibleName(self.tr("Create an action for this gap"))
        self.action_button.setToolTip(
            self.tr("Add an action to the plan for this gap, linked back as its evidence")
        )
        self.action_button.clicked.connect(self.create_action_requested)
        self.evidence.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.guidance)
        layout.addWidget(self.aggregate_note)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Evidence")))
        layout.addWidget(self.evidence, 1)
        layout.addLayout(buttons)
        self.set_question(None)

    # -- showing ------------------------------------------------------------------------------

    def set_question(self, question: QuestionView | None, note: str = "") -> None:
        """Show ``question`` (None: nothing chosen); ``note`` is its section's (Channel: aggregate only)."""
        self.question = question
        self._loading = True
        self.setEnabled(question is not None)
        q = question
        self.heading.setText(f"{q.key}  {q.text}" if q else self.tr("Choose a question"))
        self.guidance.setText(q.guidance if q else "")
        self.guidance.setVisible(bool(q and q.guidance))
        self.aggregate_note.setText(f"⚠ {note}" if q and q.aggregate_only and note else "")
        self.aggregate_note.setVisible(bool(q and q.aggregate_only and note))
        self.rating.setCurrentIndex(self.rating.findData(q.rating if q else Rating.NOT_ASSESSED))
        self.commentary.setPlainText(q.commentary if q else "")
        self.assessor.setText(q.assessor if q else "")
        self.answered.setText(
            self.tr("rated on {date}").format(date=format_date(q.answered_on)) if q and q.answered_on else ""
        )
        self.suggestion.setText(self._suggestion_text(q))
        self.last_year.setText(
            self.tr("Last year: {rating}").format(rating=q.last_year.label) if q and q.last_year else ""
        )
        self.last_year.setVisible(bool(q and q.last_year))
        self.evidence_model.set_evidence(q.evidence if q else ())
        self._loading = False
        self.save_button.setEnabled(False)
        self._update_buttons()

    def _suggestion_text(self, q: QuestionView | None) -> str:
        if q is None:
            return ""
        if q.suggestion is None:
            return self.tr("No suggestion: the plan's data does not speak to this question.")
        lines = [
            self.tr("Suggested from the plan's data: {rating}").format(
                rating=rating_text(q.suggestion.rating)
            )
        ]
        lines += [f"• {reason}" for reason in q.suggestion.reasons]
        if q.differs_from_suggestion:
            lines.append(self.tr("Your rating differs from the suggestion: say why in the commentary."))
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        q = self.question
        dirty = self.save_button.isEnabled()
        self.use_suggestion.setEnabled(
            q is not None and q.suggestion is not None and self.current_rating() is not q.suggestion.rating
        )
        selected = self.selected_evidence()
        self.remove_button.setEnabled(selected is not None)
        self.open_button.setEnabled(
            selected is not None and selected.kind == "document" and bool(selected.location)
        )
        self.action_button.setEnabled(q is not None and q.is_gap and q.answer_id is not None and not dirty)
        self.action_button.setToolTip(
            self.tr("Add an action to the plan for this gap, linked back as its evidence")
            if q is not None and q.is_gap
            else self.tr("Rate the question Not met or Partially met (and save) to turn it into an action")
        )

    # -- editing ------------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading or self.question is None:
            return
        self.save_button.setEnabled(self.is_dirty())
        self._update_buttons()

    def _take_suggestion(self) -> None:
        q = self.question
        if q is not None and q.suggestion is not None:
            self.rating.setCurrentIndex(self.rating.findData(q.suggestion.rating))
            self.commentary.setFocus()

    def current_rating(self) -> Rating:
        """The rating chosen (Qt hands the item's data back as plain text)."""
        return Rating(self.rating.currentData())

    def values(self) -> dict[str, Any]:
        return {
            "rating": self.current_rating(),
            "commentary": self.commentary.toPlainText().strip(),
            "assessor": self.assessor.text().strip(),
        }

    def is_dirty(self) -> bool:
        q = self.question
        if q is None:
            return False
        v = self.values()
        return v["rating"] is not q.rating or v["commentary"] != q.commentary or v["assessor"] != q.assessor

    def save(self) -> None:
        if self.is_dirty():
            self.save_button.setEnabled(False)
            self.save_requested.emit(self.values())

    def selected_evidence(self):
        rows = self.evidence.selectionModel().selectedRows()
        return self.evidence_model.evidence_at(rows[0].row()) if rows else None

    def _remove(self) -> None:
        selected = self.selected_evidence()
        if selected is not None:
            self.remove_evidence_requested.emit(selected.id)

    def open_selected(self) -> None:
        selected = self.selected_evidence()
        if selected is None or selected.kind != "document" or not selected.location:
            return
        location = selected.location
        url = QUrl(location) if "://" in location else QUrl.fromLocalFile(location)
        QDesktopServices.openUrl(url)
