"""The action page's owner lists at county size: key personnel and current owners, read by the database."""

from actionplan.services import actions, people
from actionplan.services.people import PeopleFilter
from tests.conftest import TODAY
from ui.pages import action_detail


def test_below_the_limit_everyone_can_own_an_action(demo_db):
    db, plan_id = demo_db
    data = action_detail.load_page_data(db, plan_id, TODAY)
    assert data.lookups.people == people.list_people(db.unit_of_work(), PeopleFilter(on=TODAY))


def test_above_the_limit_the_owners_are_key_personnel_and_the_current_owners(demo_db, monkeypatch):
    db, plan_id = demo_db
    everyone = people.list_people(db.unit_of_work(), PeopleFilter(on=TODAY))
    staff = [p for p in everyone if not p.key_personnel]
    listed = actions.list_actions(db.unit_of_work(), plan_id, TODAY)
    actions.update_action(db.unit_of_work(), listed[0].id, owner_id=staff[0].id)
    monkeypatch.setattr(action_detail, "ALL_PEOPLE_LIMIT", len(everyone) - 1)
    data = action_detail.load_page_data(db, plan_id, TODAY)
    owners = {a.owner_id for a in data.actions}
    expected = [p for p in everyone if p.key_personnel or p.id in owners]
    left_out = {p.id for p in staff if p.id not in owners}
    assert staff[0].id in owners and left_out
    assert data.lookups.people == expected
    assert not left_out & {p.id for p in data.lookups.people}
    monkeypatch.setattr(action_detail, "ALL_PEOPLE_LIMIT", len(everyone))
    assert action_detail.load_page_data(db, plan_id, TODAY).lookups.people == everyone
