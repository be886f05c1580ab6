"""The command line on a fresh data folder: init, demo, status --json, backup/restore, exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actionplan.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_status_on_a_fresh_data_dir(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "init", "--template", "prevent")
    assert code == 0 and "Created the plan" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "demo")
    assert code == 0 and "60 people" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "status", "--json", "--as-of", "2026-11-28")
    assert code == 0
    data = json.loads(out)
    assert data["plan"] == "Northvale Prevent Partnership 2026/27"
    assert data["as_of"] == "2026-11-28"
    assert data["people"] >= 40 and data["organisations"] >= 7
    assert data["actions"]["total"] >= 10
    assert set(data["actions"]["by_rag"]) == {"red", "amber", "green", "complete"}
    assert set(data["actions"]["by_status"]) == {
        "not_started",
        "in_progress",
        "complete",
        "blocked",
        "cancelled",
    }
    assert sum(data["actions"]["by_status"].values()) == data["actions"]["total"]
    assert data["actions"]["overdue"] >= 1
    assert len(data["requirements"]) >= 3
    first = data["requirements"][0]
    assert set(first) == {
        "course",
        "title",
        "deadline",
        "target",
        "audience",
        "compliant",
        "expiring",
        "expired",
        "due",
        "overdue",
        "exempt",
        "percent",
        "rag",
    }
    states = {
        k: sum(r[k] for r in data["requirements"]) for k in ("compliant", "expiring", "expired", "overdue")
    }
    assert all(states.values()), states  # the demo has a mix of every state
    assert first["audience"] == sum(
        first[k] for k in ("compliant", "expiring", "expired", "due", "overdue", "exempt")
    )


def test_plain_status_prints_a_summary(capsys, data_dir):
    run(capsys, "--data-dir", str(data_dir), "demo")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "status")
    assert code == 0 and "Training requirements:" in out and "HO-AWR" in out


def test_plan_can_be_chosen_by_name(capsys, data_dir):
    run(capsys, "--data-dir", str(data_dir), "init", "--plan", "Area A")
    run(capsys, "--data-dir", str(data_dir), "init", "--plan", "Area B")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--plan", "Area A", "status", "--json")
    assert json.loads(out)["plan"] == "Area A"
    code, _, err = run(capsys, "--data-dir", str(data_dir), "--plan", "Nowhere", "status")
    assert code == 2 and "no plan called 'Nowhere'" in err


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: None, "There is no database at"),
        (
            lambda d: (d.mkdir(parents=True), (d / "actionplan.db").write_text("not a database")),
            "not an action plan database",
        ),
    ],
)
def test_unusable_database_gives_exit_2_and_one_sentence(capsys, data_dir, setup, message):
    setup(data_dir)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "status")
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_newer_database_gives_exit_2(capsys, data_dir):
    import sqlite3

    run(capsys, "--data-dir", str(data_dir), "init")
    conn = sqlite3.connect(data_dir / "actionplan.db")
    conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "--data-dir", str(data_dir), "status")
    assert code == 2 and "newer version of the application" in err


def _as_unprivileged_user(call) -> tuple[int, str]:
    """Run ``call()`` -> exit status in a child process that has dropped root's privileges.

    Root reads every file whatever its mode, so a test of an unreadable file needs an ordinary
    user: the child takes the "nobody" account (modules already imported stay usable). Returns
    the exit status and what the child wrote on stderr.
    """
    import pwd

    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    err_read, err_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 99
        try:
            os.close(read_end)
            os.close(err_read)
            os.dup2(err_write, 2)
            sys.stderr = os.fdopen(2, "w", closefd=False)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            code = call()
        except BaseException:  # noqa: BLE001 - reported to the parent through stderr
            import traceback

            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os.write(write_end, str(code).encode())
            os._exit(0)
    os.close(write_end)
    os.close(err_write)
    with os.fdopen(read_end) as status, os.fdopen(err_read) as err:
        code, stderr = status.read(), err.read()
    os.waitpid(pid, 0)
    return int(code or 99), stderr


def test_unreadable_database_gives_exit_2(capsys, tmp_path):
    import shutil
    import tempfile

    # A folder outside the test's own private temporary folder, so an ordinary user can reach it.
    folder = Path(tempfile.mkdtemp(prefix="actionplan-unreadable-"))
    try:
        data_dir = folder / "data"
        run(capsys, "--data-dir", str(data_dir), "init")
        run(capsys, "--data-dir", str(data_dir), "status")  # loads every module status needs
        database = data_dir / "actionplan.db"
        if os.geteuid() == 0:
            import pwd

            nobody = pwd.getpwnam("nobody")
            for path in (folder, *folder.rglob("*")):
                os.chown(path, nobody.pw_uid, nobody.pw_gid)
            database.chmod(0)
            code, err = _as_unprivileged_user(lambda: main(["--data-dir", str(data_dir), "status"]))
        else:
            database.chmod(0)
            code, _, err = run(capsys, "--data-dir", str(data_dir), "status")
        assert code == 2 and "Cannot read" in err, err
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_db_option_and_environment(capsys, tmp_path, monkeypatch):
    target = tmp_path / "elsewhere.db"
    code, _, _ = run(capsys, "--db", str(target), "init")
    assert code == 0 and target.exists()
    monkeypatch.setenv("ACTIONPLAN_DB", f"sqlite:///{target}")
    code, out, _ = run(capsys, "status", "--json")
    assert code == 0 and json.loads(out)["plan"] == "Prevent partnership plan"


def test_backup_then_restore(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "init", "--plan", "Kept")
    dest = tmp_path / "copy.db"
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "backup", str(dest))
    assert code == 0 and dest.exists()
    run(capsys, "--data-dir", str(data_dir), "init", "--plan", "Added later")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "restore", str(dest))
    assert code == 0 and "Restored" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "status", "--json")
    assert json.loads(out)["plan"] == "Kept"
    assert list((data_dir / "backups").glob("*before-restore.db"))


def test_restore_refuses_a_file_that_is_not_a_backup(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "init")
    bogus = tmp_path / "x.db"
    bogus.write_bytes(b"PK\x03\x04 zip, not sqlite")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "restore", str(bogus))
    assert code == 2 and "not an action plan database" in err


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["status", "--nonsense"])
    assert info.value.code == 2


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert "actionplan" in capsys.readouterr().out


def test_python_dash_m_runs_the_core(data_dir):
    result = subprocess.run(
        [sys.executable, "-m", "actionplan", "--data-dir", str(data_dir), "status"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "actionplan init" in result.stderr


def test_undo_takes_the_latest_change_that_can_be_undone(capsys, data_dir):
    run(capsys, "--data-dir", str(data_dir), "init", "--plan", "First")
    run(capsys, "--data-dir", str(data_dir), "init", "--plan", "Second")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "undo")
    assert code == 0 and "Undid" in out
    code, _, err = run(capsys, "--data-dir", str(data_dir), "--plan", "Second", "status")
    assert code == 2 and "no plan called 'Second'" in err
    # The first plan made the course catalogue, which nothing else uses now: it can go too.
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "undo")
    assert code == 0


def test_undo_passes_over_the_bulk_loaded_demo(capsys, data_dir):
    run(capsys, "--data-dir", str(data_dir), "demo")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "undo")
    assert code == 0 and "nothing to undo" in out
