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
