"""WCAG contrast of every colour pair of the light, dark and high-contrast themes (computed, not judged).

Text needs 4.5:1 (WCAG 1.4.3), focus rings, field borders and chart ink 3:1 (1.4.11); the RAG
and compliance colours carry words or letters, and those need 4.5:1 on their backgrounds.
"""

import pytest

from actionplan.domain.palette import RAG_LIGHT, STATE_LIGHT
from ui import theme


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_formula_gives_wcags_known_values():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


THEME_NAMES = list(theme.THEMES)


def test_there_are_light_dark_and_high_contrast_themes():
    assert {"light", "dark", "high-contrast"} <= set(THEME_NAMES)


@pytest.mark.parametrize("name", THEME_NAMES)
@pytest.mark.parametrize(("text", "background"), theme.TEXT_PAIRS)
def test_text_on_its_background_is_4_5_to_1(name, text, background):
    colours = theme.THEMES[name]
    assert ratio(colours[text], colours[background]) >= 4.5, (name, text, background)


@pytest.mark.parametrize("name", THEME_NAMES)
@pytest.mark.parametrize(("graphic", "background"), theme.GRAPHIC_PAIRS)
def test_focus_and_borders_are_3_to_1(name, graphic, background):
    colours = theme.THEMES[name]
    assert ratio(colours[graphic], colours[background]) >= 3.0, (name, graphic, background)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_rag_and_state_words_are_4_5_to_1_on_their_colours(name):
    rags, states = theme.STATE_PAIRS[name]
    low = {
        str(key): round(ratio(fg, bg), 2)
        for key, (bg, fg) in [*rags.items(), *states.items()]
        if bg and ratio(fg, bg) < 4.5
    }
    assert low == {}


def test_workbook_colours_are_4_5_to_1():
    for bg, fg in [*RAG_LIGHT.values(), *STATE_LIGHT.values()]:
        assert ratio(fg, bg) >= 4.5, (bg, fg)


def test_every_state_has_a_letter_as_well_as_a_colour():
    from actionplan.domain.enums import ComplianceState, Rag

    for state in ComplianceState:
        if state is not ComplianceState.NOT_REQUIRED:
            assert theme.STATE_LETTER[state].strip()
    assert {rag.letter for rag in Rag} == {"R", "A", "G", "B"}


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_charts_in_dark_themes_draw_light_ink_on_the_window_colour(name):
    """The dark figure: background and text as the theme's Base/Text, ink at 4.5:1."""
    from matplotlib.figure import Figure

    from ui.charts import follow_palette

    colours = theme.THEMES[name]
    fig = Figure()
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1], color="#000000")
    ax.set_title("Title", color="#000000")
    follow_palette(fig, colours["Base"], colours["Text"])
    from matplotlib.colors import to_hex

    assert to_hex(fig.get_facecolor()) == colours["Base"]
    assert to_hex(ax.title.get_color()) == colours["Text"]
    assert to_hex(ax.get_lines()[0].get_color()) == colours["Text"]
    assert ratio(colours["Text"], colours["Base"]) >= 4.5
