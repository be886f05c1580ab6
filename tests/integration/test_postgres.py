"""PostgreSQL as the backend: the same migrations, services and demo data as on SQLite.

Runs against ``$ACTIONPLAN_TEST_POSTGRES_URL`` when set; otherwise starts a throwaway server
when PostgreSQL's binaries are installed (as CI does), and is skipped when neither is there.
"""

import glob
import json
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from actionplan.cli import main

pytestmark = pytest.mark.postgres


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="module")
def server_url():
    given = os.environ.get("ACTIONPLAN_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    pytest.importorskip("psycopg")
    bin_dir = _binaries()
    if bin_dir is None or os.geteuid() != 0 or shutil.which("su") is None:
        pytest.skip("no PostgreSQL server to test against")
    folder = Path(tempfile.mkdtemp(prefix="actionplan-pg-"))
    shutil.chown(folder, "postgres")
    port = 55000 + os.getpid() % 1000

    # The server keeps the real clock: CI moves this process's clock with libfaketime, whose
    # preloaded library cannot share its state with a process running as another user.
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD" and not k.startswith("FAKETIME")}

    def as_postgres(command: str) -> None:
        subprocess.run(
            ["su", "postgres", "-c", command], check=True, capture_output=True, timeout=120, env=env
        )

    as_postgres(f"{bin_dir}/initdb -D {folder}/data -A trust -U postgres")
    as_postgres(f"{bin_dir}/pg_ctl -D {folder}/data -o '-p {port} -k {folder}' -l {folder}/log -w start")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        as_postgres(f"{bin_dir}/pg_ctl -D {folder}/data -m fast -w stop")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(server_url):
    """A fresh, empty database on the server for one test."""
    from sqlalchemy import create_engine, text

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield server_url.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


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
