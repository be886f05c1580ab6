"""Files holding personal data are the user's alone: 0600 files in 0700 folders on POSIX.

The database and its -wal, -shm and -journal files, backups, logs, rejects workbooks and
subject access workbooks are made through these helpers. Files that already exist are
tightened when the application opens them, so a database made by an older version (0644)
becomes private the next time it is used.

On Windows, files take the permissions of their folder; the data folder is in the user's
own profile (``%LOCALAPPDATA%``), which other users cannot read, so nothing is changed there.
"""

import contextlib
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def enforced() -> bool:
    """Whether modes are set: on POSIX systems (Linux, macOS)."""
    return os.name == "posix"


def _chmod(path: Path, mode: int) -> None:
    try:
        current = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if current & 0o077 == 0:
        return  # already private (perhaps stricter still): leave it
    try:
        path.chmod(mode)
    except OSError as exc:  # someone else's file: it cannot be ours to tighten, but say so
        log.warning("Could not make %s private: %s", path, exc.strerror or exc)


def private_folder(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` (and its missing parents) if needed, readable by the user only."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if enforced():
        _chmod(folder, FOLDER_MODE)
    return folder


def tighten(path: str | os.PathLike[str]) -> None:
    """Make an existing file readable and writable by the user only (nothing happens if it is missing)."""
    if enforced():
        _chmod(Path(path), FILE_MODE)


def tighten_database(path: str | os.PathLike[str]) -> None:
    """Tighten a SQLite database file and the -wal, -shm and -journal files beside it."""
    path = Path(path)
    tighten(path)
    for suffix in SQLITE_SIDE_FILES:
        tighten(path.with_name(path.name + suffix))


def create_private_file(path: str | os.PathLike[str]) -> Path:
    """Create an empty file readable by the user only, or tighten it when it already exists.

    SQLite gives a database's -wal, -shm and -journal files the permissions of the database
    file itself, so creating the file first makes all of them private.
    """
    path = Path(path)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path)
    else:
        os.close(handle)
    return path


@contextlib.contextmanager
def open_private(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open ``path`` for writing (truncated), readable by the user only, as a binary file."""
    path = Path(path)
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    if enforced():
        with contextlib.suppress(OSError):
            os.fchmod(handle, FILE_MODE)  # it may have existed with wider permissions
    with os.fdopen(handle, "wb") as stream:
        yield stream
