"""Opening a database: the engine with its SQLite pragmas, migrations on open, backups and restore."""

import logging
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel

from actionplan import clock
from actionplan.errors import DatabaseError, DatabaseTooNewError
from actionplan.i18n import _
from actionplan.private_files import create_private_file, private_folder, tighten_database
from actionplan.storage import (
    cipher,
    data_version,
    models,  # noqa: F401  (registers the tables)
)
from actionplan.storage.backends import database_user, server_engine_options

if TYPE_CHECKING:
    from actionplan.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000
DEFAULT_BACKUP_RETENTION = 20


def _set_sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, passphrase: str | None = None, *, password: str | None = None) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout.

    With ``passphrase`` the SQLite file is a SQLCipher one: every new connection is keyed
    before anything else reads it, then gets the same pragmas as a plain one. ``password`` is
    for a database server (kept out of the URL, which is shown and remembered).
    """
    try:
        parsed = make_url(url)
    except SQLAlchemyError as exc:
        raise DatabaseError(_("'{url}' is not a database path or URL.").format(url=url)) from exc
    if parsed.get_backend_name() == "sqlite":
        options: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
        if passphrase is not None:
            options["module"] = cipher.cipher_module()
        engine = create_engine(url, **options)
        if passphrase is not None:
            secret = passphrase

            def _key(dbapi_connection: Any, _record: object) -> None:
                cipher.key_connection(dbapi_connection, secret)
                # Every page read from disk is decrypted: keep more of them decrypted in memory.
                dbapi_connection.execute(f"PRAGMA cache_size = -{cipher.CACHE_KIB}")

            event.listen(engine, "connect", _key, insert=True)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    if passphrase is not None:
        raise DatabaseError(
            _(
                "A passphrase protects a SQLite database file; a database server keeps its data safe "
                "with its own encryption."
            )
        )
    try:
        server_url, options = server_engine_options(parsed, password)
        return create_engine(server_url, **options)
    except (SQLAlchemyError, ImportError) as exc:
        raise DatabaseError(
            _("Cannot use the database at {url}: {reason}.").format(url=url, reason=exc)
        ) from exc


# Alembic costs about half a second to import; opening a database that is already at the newest
# revision (almost every start) needs only the revision's name, so it is imported when needed.
if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def check_sqlite_file(path: Path, passphrase: str | None = None, *, verify: bool = True) -> None:
    """Refuse a file that is missing, unreadable or not a SQLite database, in one sentence.

    A protected (SQLCipher) file needs its passphrase, which is checked reading only, so a
    wrong one changes nothing; a passphrase given for a plain file is refused too, so nobody
    believes a database protected that is not. With ``verify`` False the caller checks the
    passphrase itself (``open_database`` does, on the engine's first connection, so that the key
    is derived only once).
    """
    if not path.exists():
        raise DatabaseError(
            _("There is no database at {path}: run 'actionplan init' to create one.").format(path=path)
        )
    if path.is_dir():
        raise DatabaseError(_("{path} is a folder, not a database file.").format(path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseError(
            _("Cannot read the database at {path}: {reason}.").format(path=path, reason=exc.strerror)
        ) from exc
    state = cipher.file_state(path) if header else "empty"
    if state == "protected":
        if passphrase is None:
            raise cipher.needs_passphrase(path)
        if verify:
            cipher.verify_passphrase(path, passphrase)
    elif state == "plain" and passphrase is not None:
        raise cipher.PassphraseError(
            _(
                "{path} is not protected with a passphrase: leave out the passphrase, or protect the "
                "database first ('actionplan protect')."
            ).format(path=path)
        )
    elif state == "other":
        raise DatabaseError(
            _("{path} is not an action plan database (it is not a SQLite file).").format(path=path)
        )


class Database:
    """An open, migrated database: its URL, engine and backup folder.

    The passphrase of a protected database is kept in memory only, for its backups.
    """

    def __init__(self, url: str, engine: Engine, backups_dir: Path | None, passphrase: str | None = None):
        self.url = url
        self.engine = engine
        self.backups_dir = backups_dir
        self._passphrase = passphrase
        self._user: str | None = None

    @property
    def protected(self) -> bool:
        """Whether the database is encrypted with a passphrase (SQLCipher)."""
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        return self._passphrase

    @property
    def user(self) -> str:
        """Who the change log names for changes made here: the database user, or the OS user for SQLite."""
        if self._user is None:
            self._user = database_user(self.engine)
        return self._user

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    def unit_of_work(self, **kwargs: object) -> "UnitOfWork":
        from actionplan.storage.uow import UnitOfWork

        kwargs.setdefault("user", self.user)
        return UnitOfWork(self.engine, **kwargs)  # type: ignore[arg-type]

    def backup(self, destination: Path | None = None, *, reason: str = "manual") -> Path:
        """Copy the database, consistently even while it is open, and prune old backups.

        The copy is private to the user, and a protected database's copy is protected with the
        same passphrase.
        """
        source = self.path
        if source is None:
            raise DatabaseError(
                _("Backups are made for SQLite databases only; use your database server's own backup tool.")
            )
        if destination is None:
            if self.backups_dir is None:
                raise DatabaseError(_("No backup folder is set for this database."))
            private_folder(self.backups_dir)
            stamp = clock.now().strftime("%Y%m%d-%H%M%S-%f")
            destination = self.backups_dir / f"{source.stem}-{stamp}-{reason}.db"
        elif destination.is_dir():
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            destination = destination / f"{source.stem}-{stamp}.db"
        destination.parent.mkdir(parents=True, exist_ok=True)
        _sqlite_copy(source, destination, self._passphrase, self._passphrase)
        if self.backups_dir is not None and destination.parent == self.backups_dir:
            prune_backups(self.backups_dir, DEFAULT_BACKUP_RETENTION)
        return destination

    def restore(self, backup_file: Path, *, backup_passphrase: str | None = None) -> Path:
        """Replace this database's content with ``backup_file``, backing up the current one first.

        The database keeps its own protection: a plain backup restored into a protected
        database is encrypted with its passphrase, and the other way round. A protected backup
        is read with ``backup_passphrase``, else with this database's passphrase.

        Returns the path of the safety backup made before restoring.
        """
        target = self.path
        if target is None:
            raise DatabaseError(_("Restore works on SQLite databases only."))
        backup_key = _backup_key(backup_file, backup_passphrase or self._passphrase)
        check_sqlite_file(backup_file, backup_key)
        _check_revision_of_file(backup_file, backup_key)
        safety = self.backup(reason="before-restore")
        self.engine.dispose()
        if (backup_key is None) == (self._passphrase is None):
            _sqlite_copy(backup_file, target, backup_key, self._passphrase)
        else:  # re-encrypt (or decrypt) into a private file beside it, then copy that in
            staging = target.with_name(f".{target.name}.restoring")
            staging.unlink(missing_ok=True)
            try:
                cipher.rewrite_copy(backup_file, staging, backup_key, self._passphrase)
                _sqlite_copy(staging, target, self._passphrase, self._passphrase)
            finally:
                staging.unlink(missing_ok=True)
        self.engine.dispose()
        migrate(self)
        return safety

    def close(self) -> None:
        self.engine.dispose()


def _backup_key(backup_file: Path, passphrase: str | None) -> str | None:
    """The key to read a backup with: the passphrase when the backup is protected, else None."""
    if cipher.file_state(backup_file) == "protected":
        if passphrase is None:
            raise cipher.needs_passphrase(backup_file)
        return passphrase
    return None


def _sqlite_copy(
    source: Path, destination: Path, source_key: str | None, destination_key: str | None
) -> None:
    try:
        cipher.copy(source, destination, source_key, destination_key)
    except DatabaseError:
        raise
    except Exception as exc:  # noqa: BLE001 - sqlite3 and sqlcipher3 errors share no base class
        if not _is_dbapi_error(exc):
            raise
        raise DatabaseError(
            _("Could not copy the database {source}: {reason}.").format(source=source, reason=exc)
        ) from exc


def _is_dbapi_error(exc: BaseException) -> bool:
    import sqlite3

    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3")


def prune_backups(folder: Path, keep: int) -> None:
    backups = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in backups[keep:]:
        old.unlink(missing_ok=True)


_REVISION_LINE = re.compile(r'^(down_revision|revision)\b[^=]*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


@lru_cache(maxsize=1)
def _head_from_files() -> str | None:
    """The newest revision by reading the migration files' ``revision`` lines (no Alembic); None
    when the chain does not have exactly one head (Alembic then decides)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for kind, name in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (revisions if kind == "revision" else parents).add(name)
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def _stamped_revision(engine: Engine) -> str | None:
    """The database's revision read with plain SQL; None when it has no stamp (or no table)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _check_revision_of_file(path: Path, passphrase: str | None = None) -> None:
    conn = cipher.connect(path, passphrase, read_only=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:  # noqa: BLE001 - sqlite3 or sqlcipher3
        if not _is_dbapi_error(exc):
            raise
        raise DatabaseError(_("{path} is not an action plan database.").format(path=path)) from exc
    finally:
        conn.close()
    if row is None or row[0] not in _known_revisions():
        raise DatabaseTooNewError(
            _(
                "{path} was made by a newer version of the application: update the "
                "application before restoring it."
            ).format(path=path)
        )


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(database: Database, *, on_backup: Callable[[Path], None] | None = None) -> None:
    """Bring the schema to the code's version.

    A fresh database is created and stamped; an older one is backed up, then upgraded; one
    from a newer version of the application is refused.
    """
    engine = database.engine
    try:
        stamped = _stamped_revision(engine)
        if stamped is not None and stamped == _head_from_files():
            return  # already at the newest revision: nothing for Alembic to do
        from alembic import command

        config = alembic_config()
        revision = current_revision(engine)
        if revision is None:
            if "plan" in inspect(engine).get_table_names():
                raise DatabaseError(
                    _("{name} has tables but no version stamp, so it cannot be upgraded.").format(
                        name=database.display_name
                    )
                )
            SQLModel.metadata.create_all(engine)
            with engine.begin() as conn:
                config.attributes["connection"] = conn
                command.stamp(config, "head")
                conn.execute(text("INSERT INTO data_version (id, n) VALUES (1, 0)"))
            return
        if revision not in _known_revisions():
            raise DatabaseTooNewError(
                _(
                    "The database {name} was made by a newer version of the application: "
                    "update the application to open it."
                ).format(name=database.display_name)
            )
        if revision == head_revision():
            return
        if database.path is not None:
            backup = database.backup(reason=f"before-upgrade-{revision}")
            log.info("Backed up %s to %s before upgrading", database.display_name, backup)
            if on_backup:
                on_backup(backup)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.execute(text(data_version.BUMP))  # what was kept was worked out by older code
    except SQLAlchemyError as exc:
        raise DatabaseError(
            _("Cannot open the database {name}: {reason}.").format(
                name=database.display_name, reason=str(exc.orig if hasattr(exc, "orig") else exc)
            )
        ) from exc


def _check_key(engine: Engine, path: Path) -> None:
    """Open the first pooled connection, which proves the passphrase (the key is derived once).

    A wrong key fails on the first read of the file's first page, before anything is written.
    """
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        engine.dispose()
        if "not a database" in str(exc):
            raise cipher.wrong_passphrase(path) from exc
        raise DatabaseError(
            _("Cannot open the database {path}: {reason}.").format(
                path=path, reason=getattr(exc, "orig", exc)
            )
        ) from exc


def open_database(
    url: str,
    *,
    backups_dir: Path | None = None,
    create: bool = False,
    passphrase: str | None = None,
    password: str | None = None,
) -> Database:
    """Open (and migrate) the database at ``url``.

    Args:
        url: a SQLAlchemy URL.
        backups_dir: where automatic backups go (SQLite only).
        create: make a new SQLite file when none exists; otherwise a missing file is an error.
        passphrase: the passphrase of a protected database; with ``create``, a new file is
            made protected with it.

    Raises:
        DatabaseError: the file is missing or not a database; ``PassphraseError`` when a
            protected one is opened without its passphrase or with a wrong one (nothing is
            changed), or a passphrase is given for a plain one.
        password: for a database server, when the URL carries none (it is never stored in it).
    """
    path = sqlite_path(url)
    if path is not None:
        if create and not path.exists():
            if passphrase is not None:
                cipher.check_new_passphrase(passphrase)
            try:
                if not path.parent.exists():
                    private_folder(path.parent)
                create_private_file(path)
            except OSError as exc:
                raise DatabaseError(
                    _("Cannot create the database {path}: {reason}.").format(
                        path=path, reason=exc.strerror or exc
                    )
                ) from exc
        else:
            check_sqlite_file(path, passphrase, verify=False)
        tighten_database(path)
    engine = make_engine(url, passphrase, password=password)
    if path is not None and passphrase is not None:
        _check_key(engine, path)
    database = Database(url, engine, backups_dir, passphrase)
    try:
        migrate(database)
    except Exception:
        database.close()
        raise
    data_version.count_writes(engine)
    return database
