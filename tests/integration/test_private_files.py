"""Files holding personal data are the user's alone: 0600 files in 0700 folders, old ones tightened."""

import os
import stat
from pathlib import Path

import pytest

from actionplan.cli import main
from actionplan.paths import resolve_paths
from actionplan.services import open_database, people

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
FIXTURES = Path(__file__).parent.parent / "fixtures"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask():
    """The permissive umask most desktops use, so a private file is private because we made it so."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_database_its_wal_and_shm_and_its_folders_are_private(data_dir):
    paths = resolve_paths(data_dir).ensure()
    db = open_database(f"sqlite:///{paths.database}", backups_dir=paths.backups, create=True)
    try:
        people.create_person(db.unit_of_work(), first_name="Ann", last_name="Lee")
        with db.engine.connect():  # the write-ahead log and shared memory exist while it is open
            assert Path(f"{paths.database}-wal").exists() and Path(f"{paths.database}-shm").exists()
            for name in ("", "-wal", "-shm"):
                assert mode(Path(f"{paths.database}{name}")) == 0o600, name
        backup = db.backup()
    finally:
        db.close()
    assert mode(backup) == 0o600
    for folder in (paths.data_dir, paths.backups, paths.logs):
        assert mode(folder) == 0o700, folder


def test_files_made_readable_by_others_are_tightened_when_opened(data_dir):
    paths = resolve_paths(data_dir).ensure()
    db = open_database(f"sqlite:///{paths.database}", create=True)
    db.close()
    os.chmod(paths.data_dir, 0o755)
    os.chmod(paths.database, 0o644)
    journal = Path(f"{paths.database}-journal")
    journal.write_bytes(b"")
    os.chmod(journal, 0o644)
    resolve_paths(data_dir).ensure()
    db = open_database(f"sqlite:///{paths.database}")
    db.close()
    assert mode(paths.data_dir) == 0o700
    assert mode(paths.database) == 0o600
    assert mode(journal) == 0o600


def test_a_backup_to_a_chosen_file_is_private_too(db, tmp_path):
    copy = db.backup(tmp_path / "elsewhere" / "copy.db")
    assert mode(copy) == 0o600


def test_a_database_named_outside_the_data_folder_is_private_but_its_folder_is_left_alone(tmp_path, capsys):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    assert main(["--db", str(shared / "team.db"), "init"]) == 0
    assert mode(shared / "team.db") == 0o600
    assert mode(shared) == 0o755  # a folder the user chose is theirs to decide about


def test_rejects_and_subject_access_workbooks_are_private(capsys, data_dir, tmp_path):
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "init"]) == 0
    rejects = tmp_path / "rejects.xlsx"
    main([*base, "import", str(FIXTURES / "council_key_personnel.xlsx"), "--org", "Northvale Council",
          "--rejects", str(rejects), "--dry-run"])  # fmt: skip
    assert rejects.exists() and mode(rejects) == 0o600
    db = open_database(f"sqlite:///{data_dir / 'actionplan.db'}")
    person = people.create_person(
        db.unit_of_work(), first_name="Ann", last_name="Lee", email="ann.lee@x.example"
    )
    db.close()
    report = tmp_path / "sar.xlsx"
    assert main([*base, "subject-access", person.email, str(report)]) == 0
    assert mode(report) == 0o600
