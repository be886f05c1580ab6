"""Which planned writes an import applies (``gather``) and the choices it applies them with.

Plans and rows made by hand: no database, no file. The rules: a rejected row and a row held
back (deleted here since the export) take no part; every plan a row reaches is written once,
with what it refers to (a new person's new organisation, a new record's new person, a new
action's new theme, objective, lead, owner and partners) written before it.
"""

import gc
import weakref
from datetime import date

import pytest

from actionplan.assessment.import_rows import AnswerPlan
from actionplan.errors import ValidationError
from actionplan.exchange.apply import gather
from actionplan.exchange.importer import _choices, _resolution, _revived, _updates
from actionplan.exchange.plans import ActionPlanned, NamedPlan, OrgPlan, OrgUpdate, PersonPlan, RecordPlan
from actionplan.exchange.preview import (
    Conflict,
    FieldChange,
    ImportPreview,
    Outcome,
    Resolution,
    RowOutcome,
    SheetPreview,
)

TYPES = [OrgPlan, OrgUpdate, NamedPlan, PersonPlan, RecordPlan, ActionPlanned, AnswerPlan]


def person(org=None, uuid="p") -> PersonPlan:
    return PersonPlan(existing_id=None, uuid=uuid, values={"organisation": org})


def action(theme=None, objective=None, lead=None, owner=None, partners=None, uuid="a") -> ActionPlanned:
    values = {"theme_id": theme, "objective_id": objective, "lead_organisation_id": lead, "owner_id": owner}
    return ActionPlanned(existing_id=None, uuid=uuid, values=values, partners=partners)


def test_gather_returns_every_kind_of_plan_even_when_empty():
    found = gather([])
    assert list(found) == TYPES and all(v == [] for v in found.values())


def test_a_new_person_brings_their_new_organisation_and_a_record_its_person():
    org = OrgPlan("Harbour Trust")
    ann = person(org)
    record = RecordPlan(ann, 1, date(2025, 1, 1), None, "")
    found = gather([RowOutcome(2, Outcome.NEW, plans=[record])])
    assert found[RecordPlan] == [record] and found[PersonPlan] == [ann] and found[OrgPlan] == [org]


def test_an_action_brings_its_theme_objective_lead_owner_and_partners():
    theme, objective = NamedPlan("Theme", 1), NamedPlan("Objective", 1)
    lead, partner, other = OrgPlan("Lead"), OrgPlan("Partner"), OrgPlan("Other")
    owner_org = OrgPlan("Owner's")
    owner = person(owner_org)
    planned = action(theme, objective, lead, owner, partners=[partner, 7, None, other])
    found = gather([RowOutcome(2, Outcome.NEW, plans=[planned])])
    assert found[ActionPlanned] == [planned]
    assert found[NamedPlan] == [theme, objective]
    assert found[OrgPlan] == [lead, owner_org, partner, other]
    assert found[PersonPlan] == [owner]


def test_existing_rows_and_ids_are_not_plans():
    planned = action(3, 4, 5, 6, partners=None)
    found = gather([RowOutcome(2, Outcome.UPDATED, plans=[planned, None, 9])])
    assert found[ActionPlanned] == [planned]
    assert sum(len(v) for v in found.values()) == 1


def test_each_plan_once_in_order_of_first_use():
    org = OrgPlan("Shared")
    ann, bo = person(org, "ann"), person(org, "bo")
    update = OrgUpdate(existing_id=3, uuid="o", values={})
    answer = AnswerPlan(existing_id=1, uuid="x", key="k", values={}, base={})
    rows = [
        RowOutcome(2, Outcome.NEW, plans=[bo, update]),
        RowOutcome(3, Outcome.UNCHANGED, plans=[ann, bo, answer]),
        RowOutcome(4, Outcome.CONFLICT, plans=[ann, update]),
    ]
    found = gather(rows)
    assert found[PersonPlan] == [bo, ann] and found[OrgPlan] == [org]
    assert found[OrgUpdate] == [update] and found[AnswerPlan] == [answer]


def test_rejected_and_held_rows_take_no_part():
    org = OrgPlan("Only through the rejected row")
    rejected = RowOutcome(2, Outcome.REJECTED, plans=[person(org, "r")])
    held = RowOutcome(3, Outcome.CONFLICT, plans=[person(None, "h")], held=True)
    kept = person(None, "k")
    found = gather([rejected, held, RowOutcome(4, Outcome.NEW, plans=[kept])])
    assert found[PersonPlan] == [kept] and found[OrgPlan] == []


def test_gathered_plans_are_freed_with_their_rows_without_the_cycle_collector():
    # A cycle around the plans (a closure calling itself) kept 50,000 of them for the collector.
    ann = person(OrgPlan("Harbour Trust"))
    gone = weakref.ref(ann)
    enabled = gc.isenabled()
    gc.disable()
    try:
        found = gather([RowOutcome(2, Outcome.NEW, plans=[ann])])
        assert found[PersonPlan] == [ann]
        del ann, found
        assert gone() is None
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------- the choices


def conflict(sheet="People", row=2, name="job_title", resolution=None) -> Conflict:
    return Conflict(sheet, row, name, name, "at export", "ours", "theirs", resolution=resolution)


def test_a_row_deleted_here_is_revived_only_when_its_record_conflict_takes_theirs():
    assert _revived(
        RowOutcome(2, Outcome.CONFLICT, conflicts=[conflict(name="record", resolution=Resolution.THEIRS)])
    )
    assert not _revived(
        RowOutcome(2, Outcome.CONFLICT, conflicts=[conflict(name="record", resolution=Resolution.OURS)])
    )
    assert not _revived(RowOutcome(2, Outcome.CONFLICT, conflicts=[conflict(name="record")]))
    assert not _revived(RowOutcome(2, Outcome.CONFLICT, conflicts=[conflict(resolution=Resolution.THEIRS)]))
    both = [conflict(resolution=Resolution.OURS), conflict(name="record", resolution=Resolution.THEIRS)]
    assert _revived(RowOutcome(2, Outcome.CONFLICT, conflicts=both))


def test_a_row_counts_as_updated_when_something_of_it_is_written():
    change = FieldChange("team", "A", "B")
    assert _updates(RowOutcome(2, Outcome.UPDATED))
    for outcome in (Outcome.NEW, Outcome.UNCHANGED, Outcome.REJECTED):
        assert not _updates(
            RowOutcome(2, outcome, changes=[change], conflicts=[conflict(resolution=Resolution.THEIRS)])
        )
    # A conflict row: updated by its plain changes or by a conflict that took theirs.
    assert _updates(
        RowOutcome(2, Outcome.CONFLICT, changes=[change], conflicts=[conflict(resolution=Resolution.OURS)])
    )
    assert _updates(
        RowOutcome(
            2,
            Outcome.CONFLICT,
            conflicts=[conflict(resolution=Resolution.OURS), conflict(resolution=Resolution.THEIRS)],
        )
    )
    assert not _updates(RowOutcome(2, Outcome.CONFLICT, conflicts=[conflict(resolution=Resolution.OURS)]))
    assert not _updates(RowOutcome(2, Outcome.CONFLICT, conflicts=[conflict()]))
    # A revived row is new, not updated.
    revived = [conflict(name="record", resolution=Resolution.THEIRS)]
    assert not _updates(RowOutcome(2, Outcome.CONFLICT, changes=[change], conflicts=revived))


def test_a_choice_is_theirs_or_ours_in_any_case_and_spacing():
    assert _resolution(None, "x") is None
    assert _resolution(" Theirs ", "x") is Resolution.THEIRS
    assert _resolution("OURS", "x") is Resolution.OURS
    assert _resolution(Resolution.THEIRS, "x") is Resolution.THEIRS
    with pytest.raises(ValidationError) as refused:
        _resolution("mine", "row 4")
    assert str(refused.value) == "“mine” is not a choice for row 4: choose theirs or ours."
    assert refused.value.field == "prefer"
    with pytest.raises(ValidationError):
        _resolution("", "x")


def preview_with(*conflicts: Conflict) -> ImportPreview:
    from pathlib import Path

    sheet = SheetPreview(
        "People", kind="people", rows=[RowOutcome(c.row, Outcome.CONFLICT, conflicts=[c]) for c in conflicts]
    )
    return ImportPreview(Path("returned.xlsx"), plan_id=1, today=date(2026, 11, 28), sheets=[sheet])


def test_each_conflict_takes_its_own_choice_else_the_general_one_else_none():
    first, second, third = conflict(row=2), conflict(row=3), conflict(row=4, name="team")
    preview = preview_with(first, second, third)
    listed = [first, second, third]
    assert _choices(preview, listed, None, None) == {id(c): None for c in listed}
    assert _choices(preview, listed, "ours", {}) == {id(c): Resolution.OURS for c in listed}
    chosen = _choices(preview, listed, "ours", {second.key: "Theirs"})
    assert chosen == {id(first): Resolution.OURS, id(second): Resolution.THEIRS, id(third): Resolution.OURS}
    chosen = _choices(preview, listed, None, {third.key: Resolution.OURS})
    assert chosen == {id(first): None, id(second): None, id(third): Resolution.OURS}
    assert _choices(preview, [first], "theirs", {third.key: "ours"}) == {id(first): Resolution.THEIRS}


def test_a_choice_for_a_conflict_not_in_the_preview_or_not_a_choice_is_refused():
    first = conflict(row=2)
    preview = preview_with(first)
    with pytest.raises(ValidationError) as refused:
        _choices(preview, [first], None, {("People", 3, "job_title"): "ours"})
    assert str(refused.value) == "There is no conflict in the field job_title on row 3 of the sheet “People”."
    assert refused.value.field == "resolutions"
    with pytest.raises(ValidationError, match="^“both” is not a choice for row 2: choose theirs or ours"):
        _choices(preview, [first], None, {first.key: "both"})
    with pytest.raises(ValidationError, match="^“all” is not a choice for every conflict: choose"):
        _choices(preview, [first], "all", None)
