"""Colours and words for RAG and compliance states, readable in light and dark palettes.

Colour is never the only signal: every state also has a letter or word (WCAG 1.4.1), and
each colour pair below keeps the text at 4.5:1 contrast or better.
"""

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from actionplan.domain.enums import ComplianceState, Rag
from actionplan.domain.palette import RAG_LIGHT, STATE_LIGHT

# (background, text) for light palettes; dark palettes use the deeper shade with light text.
_RAG_LIGHT = RAG_LIGHT
_RAG_DARK = {
    Rag.RED: ("#7a1f1a", "#ffe4e1"),
    Rag.AMBER: ("#6b4a00", "#fff3d6"),
    Rag.GREEN: ("#1c5a32", "#e3f7e8"),
    Rag.COMPLETE: ("#1d4476", "#e3eeff"),
}
_STATE_LIGHT = {**STATE_LIGHT, ComplianceState.NOT_REQUIRED: ("", "")}
_STATE_DARK = {
    ComplianceState.COMPLIANT: ("#1c5a32", "#e3f7e8"),
    ComplianceState.EXPIRING: ("#6b5200", "#fff3d6"),
    ComplianceState.EXPIRED: ("#7a2a22", "#ffe4e1"),
    ComplianceState.DUE: ("#3a4350", "#eef2f7"),
    ComplianceState.OVERDUE: ("#8f1d14", "#ffffff"),
    ComplianceState.EXEMPT: ("#4a3470", "#f1e9ff"),
    ComplianceState.NOT_REQUIRED: ("", ""),
}
STATE_LETTER = {
    ComplianceState.COMPLIANT: "✓",
    ComplianceState.EXPIRING: "E",
    ComplianceState.EXPIRED: "X",
    ComplianceState.DUE: "D",
    ComplianceState.OVERDUE: "!",
    ComplianceState.EXEMPT: "–",
    ComplianceState.NOT_REQUIRED: "",
}


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def rag_colours(rag: Rag | None) -> tuple[QColor, QColor] | None:
    """(background, text) for a RAG, or None for no RAG."""
    if rag is None:
        return None
    bg, fg = (_RAG_DARK if is_dark() else _RAG_LIGHT)[rag]
    return QColor(bg), QColor(fg)


def state_colours(state: ComplianceState) -> tuple[QColor, QColor] | None:
    """(background, text) for a compliance state, or None where no colour is shown."""
    bg, fg = (_STATE_DARK if is_dark() else _STATE_LIGHT)[state]
    if not bg:
        return None
    return QColor(bg), QColor(fg)
