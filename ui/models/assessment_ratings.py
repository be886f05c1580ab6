"""How the self-assessment's tables show a rating: its colour pair in the window's palette, mark and word."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from actionplan.assessment.ratings import Rating, Summary
from actionplan.domain.enums import Rag
from ui.theme import rag_colours

_AS_RAG = {
    Rating.NOT_MET: Rag.RED,
    Rating.PARTIALLY_MET: Rag.AMBER,
    Rating.MET: Rag.GREEN,
    Rating.EXCEEDING: Rag.COMPLETE,
}


def rating_colours(rating: Rating | None) -> tuple[QColor, QColor] | None:
    """(background, text) for a rating in the window's palette; None for not assessed."""
    rag = _AS_RAG.get(rating) if rating is not None else None
    return rag_colours(rag) if rag is not None else None


def rating_text(rating: Rating | None) -> str:
    """The rating's mark and word ("✓ Met"), so colour is never the only signal."""
    return f"{rating.letter} {rating.label}" if rating is not None else "—"


def colour_role(rating: Rating | None, role: int) -> Any:
    colours = rating_colours(rating)
    if colours is None:
        return None
    return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]


def change_text(now: Summary, last: Summary | None) -> str:
    if last is None or now.score is None or last.score is None:
        return ""
    delta = now.score - last.score
    if abs(delta) < 0.05:
        return "="
    return f"▲ {delta:+.1f}" if delta > 0 else f"▼ {delta:+.1f}"
