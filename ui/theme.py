"""Themes and the colours and words for RAG and compliance states, in light, dark and high contrast.

Colour is never the only signal: every state also has a letter or word (WCAG 1.4.1), and
each colour pair below keeps the text at 4.5:1 contrast or better; tests/unit/test_contrast.py
checks every pair of every theme. The themes are plain data (``THEMES``): "system" keeps the
operating system's palette (its dark mode included), the others set a palette of their own.
"""

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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
    table = _RAG_HIGH if is_high_contrast() else _RAG_DARK if is_dark() else _RAG_LIGHT
    bg, fg = table[rag]
    return QColor(bg), QColor(fg)


def state_colours(state: ComplianceState) -> tuple[QColor, QColor] | None:
    """(background, text) for a compliance state, or None where no colour is shown."""
    table = _STATE_HIGH if is_high_contrast() else _STATE_DARK if is_dark() else _STATE_LIGHT
    bg, fg = table[state]
    if not bg:
        return None
    return QColor(bg), QColor(fg)


# -- themes -------------------------------------------------------------------------------------

Role = QPalette.ColorRole
SYSTEM = "system"
# Each theme: palette role -> colour. Text roles are checked at 4.5:1 against the backgrounds
# they are drawn on (TEXT_PAIRS), the focus and edge colours at 3:1 (GRAPHIC_PAIRS).
THEMES: dict[str, dict[str, str]] = {
    "light": {
        "Window": "#f3f3f3",
        "WindowText": "#1a1a1a",
        "Base": "#ffffff",
        "AlternateBase": "#eef1f5",
        "Text": "#1a1a1a",
        "Button": "#e8e8e8",
        "ButtonText": "#1a1a1a",
        "Highlight": "#1f5fa8",
        "HighlightedText": "#ffffff",
        "ToolTipBase": "#ffffdc",
        "ToolTipText": "#1a1a1a",
        "PlaceholderText": "#5c5c5c",
        "Link": "#0b57a4",
        "BrightText": "#ffffff",
        "Mid": "#767676",
        "Midlight": "#d4d4d4",
    },
    "dark": {
        "Window": "#202124",
        "WindowText": "#e8eaed",
        "Base": "#18191b",
        "AlternateBase": "#26282c",
        "Text": "#e8eaed",
        "Button": "#2f3136",
        "ButtonText": "#e8eaed",
        "Highlight": "#8ab4f8",
        "HighlightedText": "#0b1a30",
        "ToolTipBase": "#2f3136",
        "ToolTipText": "#e8eaed",
        "PlaceholderText": "#a0a4aa",
        "Link": "#8ab4f8",
        "BrightText": "#ffffff",
        "Mid": "#8a8f98",
        "Midlight": "#3c4043",
    },
    "high-contrast": {
        "Window": "#000000",
        "WindowText": "#ffffff",
        "Base": "#000000",
        "AlternateBase": "#141414",
        "Text": "#ffffff",
        "Button": "#000000",
        "ButtonText": "#ffffff",
        "Highlight": "#ffff00",
        "HighlightedText": "#000000",
        "ToolTipBase": "#000000",
        "ToolTipText": "#ffffff",
        "PlaceholderText": "#d0d0d0",
        "Link": "#00ffff",
        "BrightText": "#ffffff",
        "Mid": "#ffffff",
        "Midlight": "#9a9a9a",
    },
}
# (text role, background role) pairs drawn in the window: 4.5:1 at least.
TEXT_PAIRS = [
    ("WindowText", "Window"),
    ("WindowText", "AlternateBase"),  # the navigation list
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("Link", "Base"),
    ("Link", "Window"),
]
# (graphic role, background role): focus rings, borders of fields and cards: 3:1 at least.
GRAPHIC_PAIRS = [("Highlight", "Window"), ("Highlight", "Base"), ("Mid", "Window"), ("Mid", "Base")]
# High contrast: the dark state colours with a stronger text.
_RAG_HIGH = {rag: (bg, "#ffffff") for rag, (bg, _fg) in _RAG_DARK.items()}
_STATE_HIGH = {state: (bg, "#ffffff" if bg else "") for state, (bg, _fg) in _STATE_DARK.items()}
STATE_PAIRS: dict[str, tuple[dict, dict]] = {
    "light": (_RAG_LIGHT, _STATE_LIGHT),
    "dark": (_RAG_DARK, _STATE_DARK),
    "high-contrast": (_RAG_HIGH, _STATE_HIGH),
}
_current = SYSTEM


def theme_names() -> list[str]:
    return [SYSTEM, *THEMES]


def theme_label(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        SYSTEM: QCoreApplication.translate("theme", "As the system"),
        "light": QCoreApplication.translate("theme", "Light"),
        "dark": QCoreApplication.translate("theme", "Dark"),
        "high-contrast": QCoreApplication.translate("theme", "High contrast"),
    }
    return labels[name]


def make_palette(name: str) -> QPalette:
    """The QPalette of theme ``name`` (a key of ``THEMES``)."""
    palette = QPalette()
    for role_name, colour in THEMES[name].items():
        role = getattr(Role, role_name)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
        disabled = QColor(colour)
        if role_name in ("WindowText", "Text", "ButtonText"):
            disabled = QColor(THEMES[name]["PlaceholderText"])
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, name: str) -> str:
    """Use theme ``name`` ("system" or a key of ``THEMES``); an unknown name means "system"."""
    global _current
    if name not in THEMES:
        name = SYSTEM
    if name != SYSTEM:
        app.setStyle("Fusion")  # the platform styles ignore parts of a custom palette
        app.setPalette(make_palette(name))
    _current = name
    return name


def current_theme() -> str:
    return _current


def is_high_contrast() -> bool:
    return _current == "high-contrast"
