"""The demo generator: realistic mix, deterministic by seed, bulk inserts at scale."""

from datetime import date

from sqlalchemy import inspect, text

from actionplan import demo
from actionplan.services import open_database

TODAY = date(2026, 11, 28)


TABLES = (
    "organisation",
    "plan",
    "theme",
    "objective",
    "course",
    "training_requirement",
    "requirement_exemption",
    "person",
    "training_record",
    "meeting",
    "action",
    "action_update",
)


def _dump(database) -> list:
    """Every demo table's rows, without the wall-clock timestamps."""
    dump = []
    with database.engine.connect() as conn:
        for table in TABLES:
            columns = [
                c["name"]
                for c in inspect(conn).get_columns(table)
                if c["name"] not in ("created_at", "updated_at", "closed_at")
            ]
            dump.append(conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")).all())
    return dump


def test_same_seed_gives_the_same_data(tmp_path):
    dumps = []
    for name in ("a", "b"):
        database = open_database(f"sqlite:///{tmp_path / name}.db", create=True)
        demo.generate(database.unit_of_work(), people=200, seed=42, today=TODAY)
        dumps.append(_dump(database))
        database.close()
    assert dumps[0][1][:3] and dumps[0] == dumps[1]


def test_different_seed_gives_different_people(tmp_path):
    names = []
    for seed in (1, 2):
        database = open_database(f"sqlite:///{tmp_path / str(seed)}.db", create=True)
        demo.generate(database.unit_of_work(), people=50, seed=seed, today=TODAY)
        with database.engine.connect() as conn:
            names.append(conn.execute(text("SELECT uuid FROM person ORDER BY id")).all())
        database.close()
    assert names[0] != names[1]


def test_demo_twice_is_refused(demo_db):
    import pytest

    from actionplan.errors import ValidationError

    db, _ = demo_db
    with pytest.raises(ValidationError, match="already in this database"):
        demo.generate(db.unit_of_work(), people=10)


def test_scaled_demo_uses_more_organisations(db):
    result = demo.generate(db.unit_of_work(), people=2000, seed=3, today=TODAY)
    assert result.people == 2000
    assert result.training_records > 4000
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM organisation")).scalar() >= 8
