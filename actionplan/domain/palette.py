"""The light palette for RAG and compliance states, shared by the window and exported workbooks.

Each entry is (background, text) with 4.5:1 contrast or better. The window has a dark variant
of its own (``ui/theme.py``); a workbook is always light.
"""

from actionplan.domain.enums import ComplianceState, Rag

RAG_LIGHT: dict[Rag, tuple[str, str]] = {
    Rag.RED: ("#f8d3d0", "#7a1712"),
    Rag.AMBER: ("#fde7b8", "#6b4300"),
    Rag.GREEN: ("#d3efd9", "#14532d"),
    Rag.COMPLETE: ("#d6e4f7", "#123d73"),
}
STATE_LIGHT: dict[ComplianceState, tuple[str, str]] = {
    ComplianceState.COMPLIANT: ("#d3efd9", "#14532d"),
    ComplianceState.EXPIRING: ("#fff1c2", "#6b4300"),
    ComplianceState.EXPIRED: ("#f6c9c4", "#7a1712"),
    ComplianceState.DUE: ("#e4e8ee", "#2b3440"),
    ComplianceState.OVERDUE: ("#e8a49c", "#5c0f0a"),
    ComplianceState.EXEMPT: ("#e9e1f5", "#3d2566"),
}
