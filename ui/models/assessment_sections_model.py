"""The self-assessment's sections: title, weakest rating, questions assessed, change on last year."""

from typing import Any

from PySide6.QtCore import Qt

from actionplan.assessment.readmodels import SectionView
from ui.models.assessment_ratings import change_text, colour_role, rating_text
from ui.models.base import ITEM_ROLE, ReadModelTableModel

SECTION, SECTION_RATING, SECTION_ASSESSED, SECTION_CHANGE = range(4)


class SectionsModel(ReadModelTableModel[SectionView]):
    """One row per section: its title, weakest rating, questions assessed, and change on last year."""

    item_role = ITEM_ROLE

    set_sections = ReadModelTableModel.set_rows
    section_at = ReadModelTableModel.row_at

    def _id(self, item: SectionView) -> Any:
        return item.key

    def _header_texts(self) -> dict[int, str]:
        return {
            SECTION: self.tr("Section"),
            SECTION_RATING: self.tr("Weakest"),
            SECTION_ASSESSED: self.tr("Assessed"),
            SECTION_CHANGE: self.tr("On last year"),
        }

    def _header_tooltip(self, section: int) -> str | None:
        if section == SECTION_RATING:
            return self.tr("The lowest rating given to a question of the section")
        if section == SECTION_CHANGE:
            return self.tr("The change in the section's mean rating (1 to 4) since last year's assessment")
        return None

    def _text(self, item: SectionView, column: int) -> str | None:
        if column == SECTION:
            return f"{item.key}. {item.title}"
        if column == SECTION_RATING:
            return rating_text(item.summary.rating)
        if column == SECTION_ASSESSED:
            return f"{item.summary.assessed}/{item.summary.questions}"
        if column == SECTION_CHANGE:
            return change_text(item.summary, item.last_year)
        return None

    def _data(self, item: SectionView, column: int, role: int) -> Any:
        if column == SECTION_RATING and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return colour_role(item.summary.rating, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SECTION:
                return "\n\n".join(t for t in (f"{item.key}. {item.title}", item.note) if t)
            if column == SECTION_CHANGE and item.last_year is not None:
                now = "—" if item.summary.score is None else f"{item.summary.score:.1f}"
                last = "—" if item.last_year.score is None else f"{item.last_year.score:.1f}"
                return self.tr("Mean rating {now} this year, {last} last year").format(now=now, last=last)
        return None
