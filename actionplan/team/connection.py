"""Connecting to a team database: the server's details, its URL, and opening it with the stored password.

A team database is a PostgreSQL database on a server the partnership's IT runs
(``docs/team-mode.md``). Its URL never holds the password: the password comes from the
operating system's keyring (``credentials.Keyring``), from the window when it asks, or, for
the command line, from PostgreSQL's own ``PGPASSWORD`` variable or ``~/.pgpass`` file.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from actionplan.errors import DatabaseError, DatabasePasswordError, ValidationError
from actionplan.i18n import _
from actionplan.services import Database, open_database
from actionplan.storage.backends import is_password_error, os_user
from actionplan.team.credentials import Keyring

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
TLS_MODES = ("prefer", "require", "verify-full")  # libpq's sslmode values offered in the window


@dataclass(frozen=True)
class ServerDetails:
    """What the window asks for: the server, its port, the database, the user and how to use TLS."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: str = "prefer"

    def checked(self) -> "ServerDetails":
        """The details trimmed, or a ValidationError naming the field at fault."""
        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        if not host:
            raise ValidationError(_("Give the name or address of the database server."), field="host")
        if any(c in host for c in "/@ "):
            raise ValidationError(
                _("“{host}” is not a server name: give only its name or address.").format(host=host),
                field="host",
            )
        if not database:
            raise ValidationError(_("Give the name of the database on the server."), field="database")
        if not user:
            raise ValidationError(_("Give your user name on the database server."), field="user")
        if not 1 <= int(self.port) <= 65535:
            raise ValidationError(_("The port must be a number from 1 to 65535."), field="port")
        if self.tls not in TLS_MODES:
            raise ValidationError(_("Choose how the connection is encrypted."), field="tls")
        return ServerDetails(host, database, user, int(self.port), self.tls)

    @property
    def url(self) -> str:
        """The SQLAlchemy URL, without a password."""
        query = {} if self.tls == "prefer" else {"sslmode": self.tls}
        url = URL.create(
            DRIVER, username=self.user, host=self.host, port=self.port, database=self.database, query=query
        )
        return url.render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str | None) -> "ServerDetails | None":
        """The details of a PostgreSQL URL (to fill the window's form), None for anything else."""
        if not url:
            return None
        try:
            parsed = make_url(url)
        except ArgumentError:
            return None
        if parsed.get_backend_name() != "postgresql":
            return None
        tls = str(parsed.query.get("sslmode", "prefer"))
        return cls(
            host=parsed.host or "",
            database=parsed.database or "",
            user=parsed.username or "",
            port=parsed.port or DEFAULT_PORT,
            tls=tls if tls in TLS_MODES else "prefer",
        )


def default_user() -> str:
    """The user name to offer first: the one the person logged in to this computer with."""
    return os_user()


def is_server_url(url: str) -> bool:
    try:
        return make_url(url).get_backend_name() not in ("sqlite",)
    except ArgumentError:
        return False


def open_server(
    url: str,
    *,
    password: str | None = None,
    keyring: Keyring | None = None,
    backups_dir: Path | None = None,
) -> Database:
    """Open a database on a server; without ``password``, the one in the keyring (if any) is used.

    A refused or missing password is a DatabasePasswordError, so the window can ask for it.
    """
    if password is None and make_url(url).password is None:
        password = (keyring or Keyring()).password(url)
    try:
        return open_database(url, backups_dir=backups_dir, password=password)
    except DatabaseError as exc:
        if is_password_error(exc):
            user = make_url(url).username or ""
            raise DatabasePasswordError(
                _(
                    "The database server refused the password for {user} (or needs one): give the "
                    "password in File > Connect to a team database…, or, for the command line, in "
                    "$PGPASSWORD or ~/.pgpass."
                ).format(user=user)
            ) from exc
        raise


def open_any(
    url: str, *, backups_dir: Path | None = None, create: bool = False, passphrase: str | None = None
) -> Database:
    """Open a SQLite file (protected with ``passphrase`` or not) or a server database (with its
    stored password), as the command line does."""
    if is_server_url(url):
        return open_server(url, backups_dir=backups_dir)
    return open_database(url, backups_dir=backups_dir, create=create, passphrase=passphrase)
