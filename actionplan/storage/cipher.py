"""Encryption at rest with SQLCipher: telling a protected file, keyed connections, re-encrypting a file.

A protected database is a SQLCipher 4 file (AES-256, a key derived from the passphrase with
PBKDF2-HMAC-SHA512, every page authenticated). Its first 16 bytes are a random salt, so it
does not begin with "SQLite format 3" and plain SQLite cannot read it. Inside it is an
ordinary SQLite database: WAL, foreign keys, the busy timeout and Alembic work as before.

The passphrase is only ever held in memory: it is given to SQLCipher with ``PRAGMA key`` on
every new connection and never written anywhere.
"""

import contextlib
import logging
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from actionplan.errors import DatabaseError, ValidationError
from actionplan.i18n import _
from actionplan.private_files import create_private_file, tighten_database

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8
LOCK_TIMEOUT_S = 1.0
CACHE_KIB = 64 * 1024  # page cache of a protected database's connections (SQLite's default is 2 MB)

# Files that begin like this are something else, never a protected database.
_OTHER_MAGIC = (
    b"PK\x03\x04",
    b"%PDF",
    b"\xd0\xcf\x11\xe0",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"{\\rtf",
    b"\x1f\x8b",
)


class PassphraseError(DatabaseError):
    """A protected database was opened without its passphrase, or with a wrong one."""


class DatabaseInUseError(DatabaseError):
    """The database is open in another window or program, so it cannot be re-encrypted now."""


def cipher_module() -> Any:
    """The SQLCipher DB-API module (``sqlcipher3``), or a one-sentence error when it is missing."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise DatabaseError(
            _("Protected databases need the sqlcipher3 package, which is not installed.")
        ) from exc
    return dbapi2


def check_new_passphrase(passphrase: str | None) -> str:
    """Refuse a missing or short passphrase for protecting a database."""
    if not passphrase or len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            _("A database passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE),
            field="passphrase",
        )
    return passphrase


def quoted(passphrase: str) -> str:
    """The passphrase as an SQL string literal for ``PRAGMA key`` (quotes doubled)."""
    return "'" + passphrase.replace("'", "''") + "'"


def file_state(path: Path) -> str:
    """What the file at ``path`` is: "missing", "empty", "plain" (SQLite), "protected" or "other".

    A SQLCipher file has no signature (it begins with random salt), so "protected" means
    "not SQLite, and not any other kind of file we recognise"; only the passphrase proves it.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except FileNotFoundError:
        return "missing"
    except IsADirectoryError:
        return "other"
    except OSError as exc:  # unreadable (permissions, a locked file): say so, not a traceback
        raise DatabaseError(
            _("Cannot read the database at {path}: {reason}.").format(path=path, reason=exc.strerror)
        ) from exc
    if not head:
        return "empty"
    if head.startswith(SQLITE_HEADER):
        return "plain"
    if head.startswith(_OTHER_MAGIC) or len(head) < 512:
        return "other"
    printable = sum(1 for b in head if 32 <= b < 127 or b in (9, 10, 13))
    if printable > len(head) * 0.9:
        return "other"  # a text file
    return "protected"


def is_protected_file(path: Path) -> bool:
    return file_state(path) == "protected"


def key_connection(connection: Any, passphrase: str) -> None:
    """Give a new SQLCipher connection its passphrase, before anything else reads the file."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our one sentence, not a log line
    cursor.execute(f"PRAGMA key = {quoted(passphrase)}")
    cursor.close()


def connect(
    path: Path, passphrase: str | None, *, read_only: bool = False, timeout: float = 5.0, cipher: bool = False
) -> Any:
    """A DB-API connection to the file: SQLCipher keyed with ``passphrase``, else plain sqlite3.

    Args:
        cipher: use SQLCipher even for a plain file (to export it to a protected one).
    """
    target: str | Path = path
    uri = False
    if read_only:
        target, uri = path.resolve().as_uri() + "?mode=ro", True
    if passphrase is None and not cipher:
        return sqlite3.connect(target, uri=uri, timeout=timeout)
    connection = cipher_module().connect(str(target), uri=uri, timeout=timeout)
    if passphrase is None:
        connection.execute("PRAGMA cipher_log_level = NONE")
    else:
        key_connection(connection, passphrase)
    return connection


def wrong_passphrase(path: Path) -> PassphraseError:
    return PassphraseError(
        _(
            "The passphrase for {path} is not right (or the file is not an action plan database): "
            "nothing was changed."
        ).format(path=path)
    )


def verify_passphrase(path: Path, passphrase: str) -> None:
    """Check the passphrase opens the file, reading only (no file is created or changed).

    Raises:
        PassphraseError: the passphrase is wrong, or the file is not a database.
    """
    try:
        connection = connect(path, passphrase, read_only=True)
    except Exception as exc:  # noqa: BLE001 - any DB-API error here means the file cannot be opened
        raise wrong_passphrase(path) from exc
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # noqa: BLE001
        raise wrong_passphrase(path) from exc
    finally:
        connection.close()


def needs_passphrase(path: Path) -> PassphraseError:
    """The error for a protected database opened without a passphrase."""
    return PassphraseError(
        _(
            "{path} is protected with a passphrase: give it with --passphrase-env VAR (the name of an "
            "environment variable holding it), or type it when asked."
        ).format(path=path)
    )


def copy(source: Path, destination: Path, source_key: str | None, destination_key: str | None) -> None:
    """Copy a database with SQLite's online backup, consistently even while it is in use.

    Between two protected files the pages are re-encrypted with the destination's key; a
    plain file is copied as it is. A copy between a plain and a protected file goes through
    ``sqlcipher_export`` (``rewrite_copy``). The destination is made private first.
    """
    if (source_key is None) != (destination_key is None):
        rewrite_copy(source, destination, source_key, destination_key)
        return
    create_private_file(destination)
    src = connect(source, source_key, read_only=True)
    try:
        dst = connect(destination, destination_key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tighten_database(destination)


def rewrite_copy(
    source: Path, destination: Path, source_key: str | None, destination_key: str | None
) -> None:
    """Write a copy of ``source`` to a new file ``destination`` with another key (None: plain)."""
    connection = connect(source, source_key, read_only=True, cipher=True)
    try:
        connection.isolation_level = None
        _export(connection, destination, destination_key)
    finally:
        connection.close()


def _export(connection: Any, destination: Path, key: str | None) -> None:
    """``sqlcipher_export`` of the connection's database into a new private file."""
    create_private_file(destination)
    connection.execute(f"ATTACH DATABASE ? AS rewritten KEY {quoted(key or '')}", (str(destination),))
    try:
        connection.execute("SELECT sqlcipher_export('rewritten')")
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA rewritten.user_version = {int(version)}")
    finally:
        connection.execute("DETACH DATABASE rewritten")
    tighten_database(destination)


def _check_copy(path: Path, key: str | None) -> None:
    """Open the new file with its key and check it through, then make WAL its journal mode."""
    connection = connect(path, key)
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise DatabaseError(
                _("The re-encrypted copy did not check out; the database was left as it was.")
            )
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def exclusive(path: Path, passphrase: str | None) -> Iterator[Any]:
    """A connection holding the database for itself: no other window or program can read or write.

    Raises:
        PassphraseError: the passphrase does not open it.
        DatabaseInUseError: another window or program has it open.
    """
    module = cipher_module()
    connection = module.connect(str(path), timeout=LOCK_TIMEOUT_S, isolation_level=None)
    try:
        if passphrase is not None:
            key_connection(connection, passphrase)
        else:
            connection.execute("PRAGMA cipher_log_level = NONE")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except module.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise _in_use(path) from exc
            raise wrong_passphrase(path) from exc
        try:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")  # the exclusive lock is kept until the connection closes
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except module.OperationalError as exc:
            raise _in_use(path) from exc
        yield connection
    finally:
        connection.close()


def _in_use(path: Path) -> DatabaseInUseError:
    return DatabaseInUseError(
        _(
            "{path} is open in another window or program: close it there and try again; nothing was changed."
        ).format(path=path)
    )


def rewrite(path: Path, current: str | None, new: str | None) -> None:
    """Re-encrypt the database file in place: from ``current`` to ``new`` (None means plain).

    The database is held exclusively, exported with ``sqlcipher_export`` to a new private file
    beside it, checked, and then put in the old file's place in one rename: a crash at any
    point leaves either the old file or the new one, never half of each.

    Raises:
        PassphraseError: ``current`` does not open the file.
        DatabaseInUseError: another window or program has the database open.
    """
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        with exclusive(path, current) as connection:
            _export(connection, temporary, new)
            _check_copy(temporary, new)
            try:
                os.replace(temporary, path)  # POSIX: while the old file is still held
                replaced = True
            except PermissionError:  # Windows cannot replace an open file: replace it just after
                replaced = False
        if not replaced:
            os.replace(temporary, path)
    except BaseException:
        for leftover in (temporary, *(temporary.with_name(temporary.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    tighten_database(path)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
