"""One section's questions: rating, the suggestion from the plan's data, last year's rating, evidence."""

from typing import Any

from PySide6.QtCore import Qt

from actionplan.assessment.readmodels import QuestionView
from ui.models.assessment_ratings import colour_role, rating_text
from ui.models.base import ITEM_ROLE, ReadModelTableModel

Q_ID, Q_TEXT, Q_RATING, Q_SUGGESTED, Q_LAST_YEAR, Q_EVIDENCE = range(6)


class QuestionsModel(ReadModelTableModel[QuestionView]):
    """One row per question of a section: rating, the data's suggestion, last year's, evidence count."""

    item_role = ITEM_ROLE

    set_questions = ReadModelTableModel.set_rows
    question_at = ReadModelTableModel.row_at

    def _id(self, item: QuestionView) -> Any:
        return item.key

    def _header_texts(self) -> dict[int, str]:
        return {
            Q_ID: self.tr("ID"),
            Q_TEXT: self.tr("Question"),
            Q_RATING: self.tr("Rating"),
            Q_SUGGESTED: self.tr("Suggested"),
            Q_LAST_YEAR: self.tr("Last year"),
            Q_EVIDENCE: self.tr("Evidence"),
        }

    def _header_tooltip(self, section: int) -> str | None:
        if section == Q_SUGGESTED:
            return self.tr("What the plan's own data points to; it never changes your rating")
        return None

    def _text(self, item: QuestionView, column: int) -> str | None:
        if column == Q_ID:
            return item.key
        if column == Q_TEXT:
            return item.text
        if column == Q_RATING:
            return rating_text(item.rating)
        if column == Q_SUGGESTED:
            return item.suggestion.rating.label if item.suggestion else ""
        if column == Q_LAST_YEAR:
            return item.last_year.label if item.last_year else ""
        if column == Q_EVIDENCE:
            return str(len(item.evidence)) if item.evidence else ""
        return None

    def _data(self, item: QuestionView, column: int, role: int) -> Any:
        colour_roles = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
        if column == Q_RATING and role in colour_roles:
            return colour_role(item.rating, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Q_TEXT:
                return item.text
            if column == Q_SUGGESTED and item.suggestion is not None:
                return "\n".join(item.suggestion.reasons)
            if column == Q_RATING:
                return item.rating.meaning
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Q_EVIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
