"""Protected databases (SQLCipher): unreadable without the passphrase, every command works with it."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from actionplan.cli import main
from actionplan.errors import ValidationError
from actionplan.protection.passphrase import change_passphrase, protect_database, remove_protection
from actionplan.services import open_database, people, plans
from actionplan.storage.cipher import DatabaseInUseError, PassphraseError, file_state

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a different long passphrase"
FIXTURES = Path(__file__).parent.parent / "fixtures"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def secrets_env(monkeypatch):
    monkeypatch.setenv("PLAN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("NEW_PASSPHRASE", NEW_PASSPHRASE)
    monkeypatch.setenv("WRONG_PASSPHRASE", "not the passphrase at all")


@pytest.fixture
def protected(capsys, data_dir, secrets_env):
    """A protected database with the demo partnership, made through the command line."""
    base = ["--data-dir", str(data_dir)]
    assert run(capsys, *base, "init", "--passphrase-env", "PLAN_PASSPHRASE")[0] == 0
    assert run(capsys, *base, "demo", "--passphrase-env", "PLAN_PASSPHRASE")[0] == 0
    return data_dir / "actionplan.db"


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file under ``folder`` with its modification time and bytes."""
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_a_protected_database_is_not_sqlite_and_plain_sqlite_cannot_read_it(protected):
    data = protected.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"Northvale" not in data and b".example" not in data
    assert file_state(protected) == "protected"
    connection = sqlite3.connect(protected)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    connection.close()


def test_a_protected_database_keeps_wal_foreign_keys_and_the_busy_timeout(protected):
    db = open_database(f"sqlite:///{protected}", passphrase=PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert db.protected
    finally:
        db.close()


def test_every_command_works_with_passphrase_env_before_or_after_it(capsys, protected, data_dir, tmp_path):
    base = ["--data-dir", str(data_dir)]
    secret = ["--passphrase-env", "PLAN_PASSPHRASE"]
    code, out, _ = run(capsys, *base, "status", "--json", *secret)
    assert code == 0 and json.loads(out)["people"] >= 40
    code, out, _ = run(capsys, *base, *secret, "status")
    assert code == 0 and "Northvale" in out
    workbook = tmp_path / "plan.xlsx"
    assert run(capsys, *base, "export", str(workbook), *secret)[0] == 0
    code, out, _ = run(capsys, *base, "import", str(workbook), "--dry-run", *secret)
    assert code == 0 and "Dry run" in out
    code, _, _ = run(capsys, *base, *secret, "import", str(FIXTURES / "trust_elearning_export.csv"),
                     "--org", "Northvale NHS Trust", "--skip-invalid")  # fmt: skip
    assert code in (0, 1)
    assert run(capsys, *base, "chart", "themes", str(tmp_path / "themes.svg"), *secret)[0] == 0
    assert run(capsys, *base, "report", str(tmp_path / "pack.pdf"), *secret)[0] == 0
    assert run(capsys, *base, "calendar", str(tmp_path / "deadlines.ics"), *secret)[0] == 0
    code, out, _ = run(capsys, *base, "undo", *secret)
    assert code == 0 and "Undid" in out
    code, out, _ = run(capsys, *base, "purge-leavers", "--dry-run", "--json", *secret)
    assert code == 0 and json.loads(out)["dry_run"] is True
    db = open_database(f"sqlite:///{protected}", passphrase=PASSPHRASE)
    email = people.list_people(db.unit_of_work())[0].email
    db.close()
    code, out, _ = run(capsys, *base, "subject-access", email, str(tmp_path / "sar.xlsx"), *secret)
    assert code == 0 and "Wrote everything held" in out
    code, out, _ = run(capsys, *base, "backup", str(tmp_path / "copy.db"), *secret)
    assert code == 0 and file_state(tmp_path / "copy.db") == "protected"
    code, out, _ = run(capsys, *base, "restore", str(tmp_path / "copy.db"), *secret)
    assert code == 0 and "Restored" in out


@pytest.mark.parametrize("given", [None, "WRONG_PASSPHRASE", "UNSET_VARIABLE"])
def test_a_wrong_or_missing_passphrase_is_one_sentence_exit_2_and_touches_nothing(
    capsys, protected, data_dir, given, monkeypatch
):
    monkeypatch.delenv("UNSET_VARIABLE", raising=False)
    before = snapshot(data_dir)
    argv = ["--data-dir", str(data_dir), "status"] + (["--passphrase-env", given] if given else [])
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actionplan: ") and lines[0].endswith(".")
    if given is None:
        assert "protected with a passphrase" in err and "--passphrase-env" in err
    elif given == "WRONG_PASSPHRASE":
        assert "passphrase" in err and "not right" in err
    else:
        assert "UNSET_VARIABLE holds no value" in err
    assert snapshot(data_dir) == before


def test_a_passphrase_given_for_a_plain_database_is_refused(capsys, data_dir, secrets_env):
    base = ["--data-dir", str(data_dir)]
    assert run(capsys, *base, "init")[0] == 0
    code, _, err = run(capsys, *base, "status", "--passphrase-env", "PLAN_PASSPHRASE")
    assert code == 2 and "is not protected with a passphrase" in err


def test_a_short_passphrase_is_refused_when_creating(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("SHORT", "short")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "init", "--passphrase-env", "SHORT")
    assert code == 2 and "at least 8 characters" in err
    assert not (data_dir / "actionplan.db").exists()


def test_changing_and_removing_the_passphrase(capsys, protected, data_dir):
    base = ["--data-dir", str(data_dir)]
    before = run(capsys, *base, "status", "--json", "--passphrase-env", "PLAN_PASSPHRASE")[1]
    code, out, _ = run(
        capsys,
        *base,
        "change-passphrase",
        "--passphrase-env",
        "PLAN_PASSPHRASE",
        "--new-passphrase-env",
        "NEW_PASSPHRASE",
    )
    assert code == 0 and "Changed the passphrase" in out
    assert run(capsys, *base, "status", "--passphrase-env", "PLAN_PASSPHRASE")[0] == 2
    assert run(capsys, *base, "status", "--json", "--passphrase-env", "NEW_PASSPHRASE")[1] == before
    assert file_state(protected) == "protected"
    code, out, _ = run(capsys, *base, "unprotect", "--passphrase-env", "NEW_PASSPHRASE")
    assert code == 0 and "no longer protected" in out
    assert protected.read_bytes().startswith(b"SQLite format 3")
    assert run(capsys, *base, "status", "--json")[1] == before
    code, out, _ = run(capsys, *base, "protect", "--new-passphrase-env", "PLAN_PASSPHRASE")
    assert code == 0 and "Protected" in out
    assert run(capsys, *base, "status", "--json", "--passphrase-env", "PLAN_PASSPHRASE")[1] == before
    assert not list(data_dir.glob(".*.part*")) and not list(data_dir.glob("*.part"))


def test_protecting_records_it_in_the_change_log_and_refuses_the_wrong_state(db, plan):
    with pytest.raises(ValidationError, match="not protected"):
        change_passphrase(db, NEW_PASSPHRASE)
    with pytest.raises(ValidationError, match="at least 8"):
        protect_database(db, "short")
    change = protect_database(db, PASSPHRASE)
    database = change.database
    try:
        with pytest.raises(ValidationError, match="already protected"):
            protect_database(database, NEW_PASSPHRASE)
        with pytest.raises(ValidationError, match="same as the current"):
            change_passphrase(database, PASSPHRASE)
        from actionplan.services import history

        latest = history.list_batches(database.unit_of_work())[0]
        assert latest.description == "Protected the database with a passphrase" and not latest.undoable
        assert plans.list_plans(database.unit_of_work())[0].name == "Test plan"
    finally:
        database.close()


def test_backups_of_a_protected_database_are_protected_and_restore(protected, data_dir):
    db = open_database(f"sqlite:///{protected}", backups_dir=data_dir / "backups", passphrase=PASSPHRASE)
    try:
        count = len(people.list_people(db.unit_of_work(), people.PeopleFilter(include_leavers=True)))
        backup = db.backup()
        assert file_state(backup) == "protected"
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(backup).execute("SELECT * FROM person").fetchall()
        people.delete_people(db.unit_of_work(), [people.list_people(db.unit_of_work())[0].id])
        safety = db.restore(backup)
        assert file_state(safety) == "protected"
        after = len(people.list_people(db.unit_of_work(), people.PeopleFilter(include_leavers=True)))
        assert after == count
    finally:
        db.close()


def test_protecting_re_encrypts_the_backups_and_a_changed_passphrase_still_restores_them(db, plan):
    plain_backup = db.backup()
    assert file_state(plain_backup) == "plain"
    change = protect_database(db, PASSPHRASE)
    assert change.backups_converted == 1
    assert file_state(plain_backup) == "protected"  # no readable copy is left behind
    changed = change_passphrase(change.database, NEW_PASSPHRASE)
    assert changed.backups_converted == 1
    database = changed.database
    try:
        assert database.restore(plain_backup) is not None  # opens with the current passphrase
        assert plans.list_plans(database.unit_of_work())[0].name == "Test plan"
    finally:
        database.close()
    removed = remove_protection(open_database(db.url, backups_dir=db.backups_dir, passphrase=NEW_PASSPHRASE))
    try:
        assert not removed.database.protected
        assert all(file_state(p) == "plain" for p in db.backups_dir.glob("*.db"))
    finally:
        removed.database.close()


def test_a_plain_backup_restores_into_a_protected_database_which_stays_protected(tmp_path, db, plan):
    plain = db.backup(tmp_path / "plain-copy.db")
    protected_db = protect_database(db, PASSPHRASE).database
    try:
        protected_db.restore(plain)
        assert file_state(protected_db.path) == "protected"
        assert plans.list_plans(protected_db.unit_of_work())[0].name == "Test plan"
    finally:
        protected_db.close()


def test_a_backup_made_with_an_earlier_passphrase_needs_it(capsys, protected, data_dir, tmp_path):
    base = ["--data-dir", str(data_dir)]
    old = tmp_path / "old.db"
    assert run(capsys, *base, "backup", str(old), "--passphrase-env", "PLAN_PASSPHRASE")[0] == 0
    run(
        capsys,
        *base,
        "change-passphrase",
        "--passphrase-env",
        "PLAN_PASSPHRASE",
        "--new-passphrase-env",
        "NEW_PASSPHRASE",
    )
    code, _, err = run(capsys, *base, "restore", str(old), "--passphrase-env", "NEW_PASSPHRASE")
    assert code == 2 and "not right" in err
    code, out, _ = run(
        capsys,
        *base,
        "restore",
        str(old),
        "--passphrase-env",
        "NEW_PASSPHRASE",
        "--backup-passphrase-env",
        "PLAN_PASSPHRASE",
    )
    assert code == 0 and "Restored" in out
    assert run(capsys, *base, "status", "--passphrase-env", "NEW_PASSPHRASE")[0] == 0


def test_the_passphrase_cannot_change_while_another_program_has_the_database_open(protected, data_dir):
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(protected)],
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
        env={**os.environ, "PLAN_PASSPHRASE": PASSPHRASE},
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        db = open_database(f"sqlite:///{protected}", backups_dir=data_dir / "backups", passphrase=PASSPHRASE)
        before = protected.read_bytes()
        with pytest.raises(DatabaseInUseError, match="open in another window or program"):
            change_passphrase(db, NEW_PASSPHRASE)
        assert protected.read_bytes() == before
        db.close()
    finally:
        holder.communicate("done\n", timeout=30)


_HOLD = """
import os, sys
from actionplan.services import open_database, plans
db = open_database("sqlite:///" + sys.argv[1], passphrase=os.environ["PLAN_PASSPHRASE"])
connection = db.engine.connect()
plans.list_plans(db.unit_of_work())
print("open", flush=True)
sys.stdin.readline()
connection.close()
db.close()
"""

_WRITER = """
import os, sys
from actionplan.services import open_database, people
db = open_database("sqlite:///" + sys.argv[1], passphrase=os.environ["PLAN_PASSPHRASE"])
for n in range(15):
    people.create_person(db.unit_of_work(), first_name=sys.argv[2], last_name=f"Writer {n}")
db.close()
"""


def test_two_programs_write_to_a_protected_database_at_once(protected, secrets_env):
    env = {**os.environ, "PLAN_PASSPHRASE": PASSPHRASE}
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(protected), name], env=env)
        for name in ("Alpha", "Beta")
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    db = open_database(f"sqlite:///{protected}", passphrase=PASSPHRASE)
    try:
        everyone = people.list_people(db.unit_of_work(), people.PeopleFilter(include_leavers=True))
        assert sum(p.first_name in ("Alpha", "Beta") for p in everyone) == 30
    finally:
        db.close()


def test_opening_with_a_wrong_passphrase_raises_without_creating_files(protected, data_dir):
    before = snapshot(data_dir)
    with pytest.raises(PassphraseError):
        open_database(f"sqlite:///{protected}", passphrase="not the passphrase")
    assert snapshot(data_dir) == before
