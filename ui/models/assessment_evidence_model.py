"""One answer's evidence: what it is, what it showed when linked, what it shows on the assessment date."""

from typing import Any

from PySide6.QtCore import Qt

from actionplan.assessment.readmodels import EvidenceView, evidence_kind_label
from actionplan.domain.dates import format_date
from actionplan.domain.enums import Rag
from ui.models.base import ITEM_ROLE, ReadModelTableModel
from ui.theme import rag_colours

E_KIND, E_LABEL, E_THEN, E_NOW = range(4)


class EvidenceModel(ReadModelTableModel[EvidenceView]):
    """One row per piece of evidence: what it is, what it showed when linked, what it shows now."""

    item_role = ITEM_ROLE

    set_evidence = ReadModelTableModel.set_rows
    evidence_at = ReadModelTableModel.row_at

    def _header_texts(self) -> dict[int, str]:
        return {
            E_KIND: self.tr("Kind"),
            E_LABEL: self.tr("Evidence"),
            E_THEN: self.tr("When linked"),
            E_NOW: self.tr("Now"),
        }

    def _header_tooltip(self, section: int) -> str | None:
        if section == E_THEN:
            return self.tr("What it showed when it was linked")
        if section == E_NOW:
            return self.tr("What it shows on the assessment's date")
        return None

    def _text(self, item: EvidenceView, column: int) -> str | None:
        if column == E_KIND:
            return evidence_kind_label(item.kind)
        if column == E_LABEL:
            return item.label
        if column == E_THEN:
            return item.then or format_date(item.linked_on)
        if column == E_NOW:
            return item.now
        return None

    def _data(self, item: EvidenceView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == E_LABEL:
            return "\n".join(t for t in (item.label, item.location) if t)
        if role == Qt.ItemDataRole.ForegroundRole and column == E_NOW and (item.missing or item.overdue):
            colours = rag_colours(Rag.RED)
            return colours[1] if colours else None
        return None
