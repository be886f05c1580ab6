"""``actionplan copy``: a plan moved between a team database and a laptop, and merged back.

The team database is the ``db`` fixture (SQLite, or PostgreSQL with ``--backend postgresql``);
the laptop is always a SQLite file, as a coordinator's offline copy is.
"""

import json
from datetime import date

import pytest

from actionplan.cli import main
from actionplan.domain.enums import ActionStatus, RecordSource
from actionplan.errors import ValidationError
from actionplan.services import actions, dashboard, history, open_database, people, plans, training
from actionplan.sync.copy import copy_plan
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("demo_db")


@pytest.fixture
def team(demo_db):
    db, plan_id = demo_db
    return db


@pytest.fixture
def laptop(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'laptop.db'}", create=True)
    yield database
    database.close()


def _plan(db):
    return plans.find_plan(db.unit_of_work())


def _actions(db) -> dict[str, actions.ActionView]:
    return {a.uuid: a for a in actions.list_actions(db.unit_of_work(), _plan(db).id, TODAY)}


def _figures(db) -> dict:
    data = dashboard.status_summary(db.unit_of_work(), _plan(db).id, TODAY).to_json()
    data.pop("people")  # the database's people; a copy holds only those the plan uses
    data.pop("organisations")
    return data


def _by_title(db, title):
    return next(a for a in _actions(db).values() if a.title == title)


def test_a_first_copy_brings_the_plan_with_the_same_ids_figures_and_history(team, laptop):
    result = copy_plan(team, laptop)
    assert result.created["plans"] == 1 and result.created["actions"] == len(_actions(team))
    assert result.conflicts == []
    assert _figures(laptop) == _figures(team)
    assert set(_actions(laptop)) == set(_actions(team))  # the same UUIDs
    source_updates = {
        u.uuid for a in _actions(team).values() for u in actions.list_updates(team.unit_of_work(), a.id)
    }
    copied_updates = {
        u.uuid for a in _actions(laptop).values() for u in actions.list_updates(laptop.unit_of_work(), a.id)
    }
    assert copied_updates == source_updates and source_updates
    batches = history.list_batches(laptop.unit_of_work())
    copy_batch = batches[0]
    assert copy_batch.source == "copy" and copy_batch.undoable
    copied = [b for b in batches if b.copied]
    assert copied and not any(b.undoable for b in copied)  # the team's own history, to read
    with pytest.raises(ValidationError, match="made in another database"):
        history.undo_batch(laptop.unit_of_work(), copied[0].id)
    again = copy_plan(team, laptop)
    assert sum(again.created.values()) == sum(again.updated.values()) == 0
    assert again.unchanged["actions"] == len(_actions(team))


def test_laptop_to_team_to_laptop_merges_both_sides_and_reports_the_one_conflict(team, laptop):
    copy_plan(team, laptop)
    titles = sorted(a.title for a in _actions(team).values() if a.requirement_id is None)
    both, laptop_only, team_only = titles[0], titles[1], titles[2]
    person = people.list_people(team.unit_of_work())[0]
    course = training.list_records(team.unit_of_work(), person.id)

    # In the meeting, offline: the laptop moves two actions on and records a completion.
    on_laptop = _by_title(laptop, both)
    actions.update_action(laptop.unit_of_work(), on_laptop.id, status=ActionStatus.BLOCKED)
    actions.update_action(
        laptop.unit_of_work(), _by_title(laptop, laptop_only).id, progress=90, notes="Agreed"
    )
    actions.add_update(laptop.unit_of_work(), on_laptop.id, "Waiting for the venue", on_date=TODAY)
    course_id = course[0].course_id if course else 1
    laptop_person = next(p for p in people.list_people(laptop.unit_of_work()) if p.uuid == person.uuid)
    training.add_record(
        laptop.unit_of_work(), laptop_person.id, course_id, date(2026, 11, 20), source=RecordSource.SESSION
    )
    # Meanwhile at the office: the same action's status otherwise, another action, a job title.
    actions.update_action(team.unit_of_work(), _by_title(team, both).id, status=ActionStatus.COMPLETE)
    actions.update_action(
        team.unit_of_work(), _by_title(team, team_only).id, description="Rescoped by the board"
    )
    people.update_person(team.unit_of_work(), person.id, job_title="Head of Safeguarding")

    back = copy_plan(laptop, team)
    assert [c.to_json() for c in back.conflicts] == [
        {"entity": "action", "id": on_laptop.uuid, "field": "status", "ours": "Complete", "theirs": "Blocked"}
    ]
    assert back.updated["actions"] == 1  # the laptop-only edit; the conflicting action is left alone
    assert back.created["training_records"] == 1 and back.created["action_updates"] == 1
    merged = _by_title(team, laptop_only)
    assert (merged.progress, merged.notes) == (90, "Agreed")
    assert _by_title(team, both).status is ActionStatus.COMPLETE  # ours kept: nothing lost
    assert _by_title(team, team_only).description == "Rescoped by the board"  # the team's own edit stays
    assert people.get_person(team.unit_of_work(), person.id).job_title == "Head of Safeguarding"

    out = copy_plan(team, laptop)  # and the team's edits go out to the laptop
    assert [(c.field, c.ours, c.theirs) for c in out.conflicts] == [("status", "Blocked", "Complete")]
    assert _by_title(laptop, team_only).description == "Rescoped by the board"
    assert people.get_person(laptop.unit_of_work(), laptop_person.id).job_title == "Head of Safeguarding"
    assert _by_title(laptop, laptop_only).progress == 90

    settled = copy_plan(laptop, team, prefer="theirs")  # the meeting's decision wins
    assert [c.resolution.value for c in settled.conflicts] == ["theirs"]
    assert _by_title(team, both).status is ActionStatus.BLOCKED
    final = copy_plan(team, laptop)
    assert final.conflicts == [] and sum(final.updated.values()) == 0
    assert _figures(laptop) == _figures(team)


def test_prefer_ours_keeps_the_target_and_the_next_copy_back_takes_it(team, laptop):
    copy_plan(team, laptop)
    title = next(iter(_actions(team).values())).title
    actions.update_action(laptop.unit_of_work(), _by_title(laptop, title).id, notes="laptop")
    actions.update_action(team.unit_of_work(), _by_title(team, title).id, notes="team")
    result = copy_plan(laptop, team, prefer="ours")
    assert [(c.field, c.resolution.value) for c in result.conflicts] == [("notes", "ours")]
    assert _by_title(team, title).notes == "team"
    back = copy_plan(team, laptop)
    assert back.conflicts == [] and _by_title(laptop, title).notes == "team"


def test_deletions_travel_unless_the_other_side_changed_the_record(team, laptop):
    copy_plan(team, laptop)
    first, second = sorted(_actions(laptop).values(), key=lambda a: a.title)[:2]
    actions.delete_actions(laptop.unit_of_work(), [first.id, second.id])
    actions.update_action(team.unit_of_work(), _by_title(team, second.title).id, notes="Still needed")
    result = copy_plan(laptop, team)
    assert first.uuid not in _actions(team)
    assert second.uuid in _actions(team)
    assert [(c.entity, c.uuid, c.field) for c in result.conflicts] == [("action", second.uuid, "record")]
    # The deleted action does not come back to the laptop; the one changed at the office is a conflict.
    back = copy_plan(team, laptop)
    assert first.uuid not in _actions(laptop)
    assert [(c.uuid, c.field) for c in back.conflicts] == [(second.uuid, "record")]


def test_undoing_a_copy_takes_it_all_back_and_the_next_copy_brings_it_again(team, laptop):
    result = copy_plan(team, laptop)
    history.undo_batch(laptop.unit_of_work(), result.batch_id)
    assert plans.list_plans(laptop.unit_of_work()) == []
    again = copy_plan(team, laptop)
    assert again.created["actions"] == len(_actions(team))
    assert set(_actions(laptop)) == set(_actions(team))


def test_copying_a_database_into_itself_is_refused(team):
    with pytest.raises(ValidationError, match="same database"):
        copy_plan(team, team)


def test_the_command_line_prints_the_counts_and_conflicts_as_json(team, tmp_path, capsys):
    laptop = tmp_path / "offline.db"
    assert main(["copy", "--from", team.url, "--to", str(laptop), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert set(first) == {"created", "updated", "unchanged", "conflicts"}
    assert first["created"]["actions"] == len(_actions(team)) and first["conflicts"] == []
    assert set(first["created"]) >= {"people", "training_records", "actions", "organisations"}
    offline = open_database(f"sqlite:///{laptop}")
    try:
        title = next(iter(_actions(team).values())).title
        actions.update_action(offline.unit_of_work(), _by_title(offline, title).id, progress=11)
        actions.update_action(team.unit_of_work(), _by_title(team, title).id, progress=22)
    finally:
        offline.close()
    code = main(["copy", "--from", str(laptop), "--to", team.url])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{title}, progress: conflict: ours “22”, theirs “11”" in out
    assert "--prefer theirs" in out
    assert main(["copy", "--from", str(laptop), "--to", team.url, "--json", "--prefer", "theirs"]) == 0
    settled = json.loads(capsys.readouterr().out)
    assert [(c["field"], c["ours"], c["theirs"]) for c in settled["conflicts"]] == [("progress", "22", "11")]
    assert _by_title(team, title).progress == 11
