"""Opening a database: the engine with its SQLite pragmas, migrations on open, backups and restore."""

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel

from actionplan import clock
from actionplan.errors import DatabaseError, DatabaseTooNewError
from actionplan.i18n import _
from actionplan.storage import models  # noqa: F401  (registers the tables)
from actionplan.storage.backends import database_user, server_engine_options

if TYPE_CHECKING:
    from actionplan.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000
DEFAULT_BACKUP_RETENTION = 20


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, *, password: str | None = None) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout.

    ``password`` is for a database server (kept out of the URL, which is shown and remembered).
    """
    try:
        parsed = make_url(url)
    except SQLAlchemyError as exc:
        raise DatabaseError(_("'{url}' is not a database path or URL.").format(url=url)) from exc
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    try:
        server_url, options = server_engine_options(parsed, password)
        return create_engine(server_url, **options)
    except (SQLAlchemyError, ImportError) as exc:
        raise DatabaseError(
            _("Cannot use the database at {url}: {reason}.").format(url=url, reason=exc)
        ) from exc


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
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


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is missing, unreadable or not a SQLite database, in one sentence."""
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
    if header and header != b"SQLite format 3\x00":
        raise DatabaseError(
            _("{path} is not an action plan database (it is not a SQLite file).").format(path=path)
        )


class Database:
    """An open, migrated database: its URL, engine and backup folder."""

    def __init__(self, url: str, engine: Engine, backups_dir: Path | None):
        self.url = url
        self.engine = engine
        self.backups_dir = backups_dir
        self._user: str | None = None

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
        """Copy the database, consistently even while it is open, and prune old backups."""
        source = self.path
        if source is None:
            raise DatabaseError(
                _("Backups are made for SQLite databases only; use your database server's own backup tool.")
            )
        if destination is None:
            if self.backups_dir is None:
                raise DatabaseError(_("No backup folder is set for this database."))
            self.backups_dir.mkdir(parents=True, exist_ok=True)
            stamp = clock.now().strftime("%Y%m%d-%H%M%S-%f")
            destination = self.backups_dir / f"{source.stem}-{stamp}-{reason}.db"
        elif destination.is_dir():
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            destination = destination / f"{source.stem}-{stamp}.db"
        destination.parent.mkdir(parents=True, exist_ok=True)
        _sqlite_copy(source, destination)
        if self.backups_dir is not None and destination.parent == self.backups_dir:
            prune_backups(self.backups_dir, DEFAULT_BACKUP_RETENTION)
        return destination

    def restore(self, backup_file: Path) -> Path:
        """Replace this database's content with ``backup_file``, backing up the current one first.

        Returns the path of the safety backup made before restoring.
        """
        target = self.path
        if target is None:
            raise DatabaseError(_("Restore works on SQLite databases only."))
        check_sqlite_file(backup_file)
        _check_revision_of_file(backup_file)
        safety = self.backup(reason="before-restore")
        self.engine.dispose()
        _sqlite_copy(backup_file, target)
        self.engine.dispose()
        migrate(self)
        return safety

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_copy(source: Path, destination: Path) -> None:
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(destination)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise DatabaseError(
            _("Could not copy the database {source}: {reason}.").format(source=source, reason=exc)
        ) from exc


def prune_backups(folder: Path, keep: int) -> None:
    backups = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in backups[keep:]:
        old.unlink(missing_ok=True)


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _check_revision_of_file(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
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
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(database: Database, *, on_backup: Callable[[Path], None] | None = None) -> None:
    """Bring the schema to the code's version.

    A fresh database is created and stamped; an older one is backed up, then upgraded; one
    from a newer version of the application is refused.
    """
    engine = database.engine
    config = alembic_config()
    try:
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
    except SQLAlchemyError as exc:
        raise DatabaseError(
            _("Cannot open the database {name}: {reason}.").format(
                name=database.display_name, reason=str(exc.orig if hasattr(exc, "orig") else exc)
            )
        ) from exc


def open_database(
    url: str, *, backups_dir: Path | None = None, create: bool = False, password: str | None = None
) -> Database:
    """Open (and migrate) the database at ``url``.

    Args:
        url: a SQLAlchemy URL.
        backups_dir: where automatic backups go (SQLite only).
        create: make a new SQLite file when none exists; otherwise a missing file is an error.
        password: for a database server, when the URL carries none (it is never stored in it).
    """
    path = sqlite_path(url)
    if path is not None:
        if create and not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    _("Cannot create the folder {folder}: {reason}.").format(
                        folder=path.parent, reason=exc.strerror
                    )
                ) from exc
        else:
            check_sqlite_file(path)
    database = Database(url, make_engine(url, password=password), backups_dir)
    try:
        migrate(database)
    except Exception:
        database.close()
        raise
    return database
