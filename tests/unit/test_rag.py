"""The action RAG rule: every outcome, its explanation, edge days and the override's reason."""

from datetime import date, timedelta

import pytest

from actionplan.domain.enums import ActionStatus as St
from actionplan.domain.enums import Rag
from actionplan.domain.rag import ActionFacts, RagSettings, check_override, compute_rag
from actionplan.errors import ValidationError

ON = date(2026, 3, 19)


def rag(**kw):
    values = dict(status=St.IN_PROGRESS, due_date=date(2026, 9, 30), start_date=date(2026, 1, 1), progress=50)
    values.update(kw)
    return compute_rag(ActionFacts(**values), ON)


def test_overdue_is_red_and_says_by_how_much():
    result = rag(due_date=date(2026, 3, 7))
    assert result.rag is Rag.RED
    assert result.explanation == "Red: due 07/03/2026, 12 days overdue"


def test_one_day_overdue():
    assert rag(due_date=ON - timedelta(days=1)).explanation.endswith("1 day overdue")


def test_due_today_is_amber_not_red():
    result = rag(due_date=ON)
    assert result.rag is Rag.AMBER
    assert "due today" in result.explanation


def test_due_inside_the_window_is_amber():
    assert rag(due_date=ON + timedelta(days=30)).rag is Rag.AMBER
    assert rag(due_date=ON + timedelta(days=31), progress=100).rag is Rag.GREEN


def test_blocked_is_red():
    result = rag(status=St.BLOCKED)
    assert result.rag is Rag.RED and result.explanation == "Red: blocked"


def test_complete_is_its_own_colour():
    result = rag(status=St.COMPLETE, completed_on=date(2026, 3, 1), due_date=date(2026, 1, 1))
    assert result.rag is Rag.COMPLETE
    assert result.explanation == "Complete: completed 01/03/2026"


def test_cancelled_has_no_rag():
    assert rag(status=St.CANCELLED).rag is None


def test_not_started_after_its_start_is_amber():
    result = rag(status=St.NOT_STARTED, progress=0)
    assert result.rag is Rag.AMBER and "not started" in result.explanation


def test_behind_schedule_is_amber():
    # 77 of 272 days gone (28%); 0% progress is more than 25 points behind.
    result = rag(progress=0, start_date=date(2026, 1, 1))
    assert result.rag is Rag.AMBER
    assert "0% done" in result.explanation


def test_on_track_is_green():
    result = rag()
    assert result.rag is Rag.GREEN
    assert result.explanation == "Green: on track, due 30/09/2026"


def test_no_due_date_is_amber():
    assert rag(due_date=None).explanation == "Amber: no due date set"


def test_override_wins_and_keeps_the_rule_in_the_explanation():
    result = rag(due_date=date(2026, 3, 7), rag_override=Rag.AMBER, rag_override_reason="Agreed extension")
    assert result.rag is Rag.AMBER
    assert result.overridden and result.computed is Rag.RED
    assert "Agreed extension" in result.explanation and "Red: due 07/03/2026" in result.explanation


def test_complete_ignores_an_override():
    assert rag(status=St.COMPLETE, rag_override=Rag.RED, rag_override_reason="x").rag is Rag.COMPLETE


def test_override_needs_a_reason():
    with pytest.raises(ValidationError) as info:
        check_override(Rag.GREEN, "   ")
    assert info.value.field == "rag_override_reason"
    check_override(Rag.GREEN, "Board agreed")
    check_override(None, "")


def test_settings_change_the_window():
    facts = ActionFacts(St.IN_PROGRESS, due_date=ON + timedelta(days=20), progress=90)
    assert compute_rag(facts, ON, RagSettings(amber_window_days=10)).rag is Rag.GREEN


# ---------------------------------------------------------------- rules stated one by one


def behind(progress: int, settings: RagSettings | None = None):
    """An action 60% of the way from its start to its due date (60 of 100 days gone)."""
    start = ON - timedelta(days=60)
    facts = ActionFacts(
        St.IN_PROGRESS, due_date=start + timedelta(days=100), start_date=start, progress=progress
    )
    return compute_rag(facts, ON, settings or RagSettings())


def test_behind_schedule_starts_beyond_the_margin():
    # 60% of the time gone: 35% done is exactly 25 points behind (on track); 34% is behind.
    assert behind(35).rag is Rag.GREEN
    result = behind(34)
    assert result.rag is Rag.AMBER
    assert result.explanation == "Amber: 34% done with 60% of the time gone"
    assert behind(39, RagSettings(behind_margin=20)).rag is Rag.AMBER
    assert behind(40, RagSettings(behind_margin=20)).rag is Rag.GREEN


def test_starting_today_is_not_late():
    facts = ActionFacts(St.NOT_STARTED, due_date=ON + timedelta(days=90), start_date=ON)
    assert compute_rag(facts, ON).rag is Rag.GREEN
    later = ActionFacts(St.NOT_STARTED, due_date=ON + timedelta(days=90), start_date=ON - timedelta(days=1))
    result = compute_rag(later, ON)
    assert result.rag is Rag.AMBER
    assert result.explanation == "Amber: not started; it was to start on 18/03/2026"


def test_every_explanation_word_for_word():
    assert rag(status=St.CANCELLED).explanation == "Cancelled: no RAG"
    assert rag(status=St.COMPLETE).explanation == "Complete"
    assert rag(due_date=ON + timedelta(days=3)).explanation == "Amber: due in 3 days (22/03/2026)"
    assert rag(due_date=None).rag is Rag.AMBER
    assert rag(due_date=date(2026, 3, 7), status=St.BLOCKED).explanation.startswith("Red: due 07/03/2026")


def test_the_override_explanation_word_for_word():
    result = rag(due_date=date(2026, 3, 7), rag_override=Rag.GREEN, rag_override_reason="  Board agreed ")
    assert result.explanation == (
        "Green (set by hand): Board agreed. The rule says: Red: due 07/03/2026, 12 days overdue"
    )
    assert result.rag is Rag.GREEN and result.overridden and result.computed is Rag.RED
    plain = rag()
    assert not plain.overridden and plain.computed is None


def test_the_override_reason_message():
    with pytest.raises(ValidationError, match=r"^Give a reason for setting the RAG by hand\.$"):
        check_override(Rag.RED, "")
