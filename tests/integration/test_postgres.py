"""PostgreSQL as the backend: the same migrations, services and demo data as on SQLite.

Runs against ``$ACTIONPLAN_TEST_POSTGRES_URL`` when set; otherwise starts a throwaway server
when PostgreSQL's binaries are installed (as CI does), and is skipped when neither is there
(``tests/postgres_server.py``).
"""

import json

import pytest

from actionplan.cli import main

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(postgres_server):
    """A fresh, empty database on the server for one test (migrated by the code under test)."""
    url = postgres_server.empty_database()
    yield url
    postgres_server.drop(url)


def _status(capsys, *db_args) -> dict:
    assert main([*db_args, "demo", "--people", "300", "--seed", "5"]) == 0
    capsys.readouterr()
    assert main([*db_args, "status", "--json", "--as-of", "2026-11-28"]) == 0
    return json.loads(capsys.readouterr().out)


def test_same_seed_gives_the_same_figures_on_postgresql_and_sqlite(capsys, pg_url, tmp_path):
    on_postgres = _status(capsys, "--db", pg_url)
    on_sqlite = _status(capsys, "--db", str(tmp_path / "same.db"))
    assert on_postgres == on_sqlite
    assert on_postgres["people"] > 250


def test_services_and_undo_on_postgresql(pg_url):
    from datetime import date

    from actionplan.services import actions, history, open_database, plans

    db = open_database(pg_url)
    try:
        plan = plans.create_plan(db.unit_of_work(), "PG plan", period_start=date(2026, 4, 1))
        action = actions.create_action(db.unit_of_work(), plan.id, "Train staff", progress=10)
        edit = db.unit_of_work()
        actions.update_action(edit, action.id, progress=70)
        history.undo_batch(db.unit_of_work(), edit.batch_id)
        assert actions.get_action(db.unit_of_work(), action.id).progress == 10
    finally:
        db.close()
