"""A PostgreSQL server for the tests: the one named by $ACTIONPLAN_TEST_POSTGRES_URL, or a throwaway one.

A throwaway cluster is started with Debian's binaries as the ``postgres`` user on a local port
(CI runs as root), and removed when the tests end. Each test gets a fresh database, copied from
a migrated template so that no test pays for the migrations.
"""

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

URL_ENV = "ACTIONPLAN_TEST_POSTGRES_URL"
PASSWORD_ROLE = "actionplan_pw"  # on a throwaway server, the one role that must give a password


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


def why_not_available() -> str | None:
    """Why no server can be had here (None when one can)."""
    if os.environ.get(URL_ENV):
        return None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    if binaries() is None:
        return "PostgreSQL's binaries are not installed"
    if os.geteuid() != 0 or shutil.which("su") is None:
        return f"set ${URL_ENV}, or run as root so a throwaway server can be started"
    return None


class Server:
    """A server (given, or started here) and the databases made on it for tests."""

    def __init__(self) -> None:
        self.admin_url = os.environ.get(URL_ENV, "")
        self.folder: Path | None = None
        self.template: str | None = None
        self._admin = None
        self.password_role: str | None = None  # set when this server checks that role's password

    # -- the server ------------------------------------------------------------------------------

    def start(self) -> "Server":
        if self.admin_url:
            return self
        bin_dir = binaries()
        assert bin_dir is not None
        self.folder = Path(tempfile.mkdtemp(prefix="actionplan-pg-"))
        shutil.chown(self.folder, "postgres")
        port = 55000 + os.getpid() % 1000
        self._as_postgres(f"{bin_dir}/initdb -D {self.folder}/data -A trust -U postgres")
        # Everyone is trusted (the tests connect as they like) except one role, whose password is
        # checked as a real server checks every user's (pg_hba.conf is read top down).
        hba = self.folder / "data" / "pg_hba.conf"
        checked = "".join(
            f"host all {PASSWORD_ROLE} {address} scram-sha-256\n" for address in ("127.0.0.1/32", "::1/128")
        )
        hba.write_text(checked + hba.read_text())
        self.password_role = PASSWORD_ROLE
        # A throwaway server need not survive a power cut: no waiting for the disk (much faster).
        quick = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._as_postgres(
            f"{bin_dir}/pg_ctl -D {self.folder}/data -o '-p {port} -k {self.folder} {quick}' "
            f"-l {self.folder}/log -w start"
        )
        self.admin_url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        return self

    def stop(self) -> None:
        if self.template:
            self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        if self._admin is not None:
            self._admin.dispose()
        if self.folder is not None:
            bin_dir = binaries()
            self._as_postgres(f"{bin_dir}/pg_ctl -D {self.folder}/data -m fast -w stop")
            shutil.rmtree(self.folder, ignore_errors=True)

    def _as_postgres(self, command: str) -> None:
        # The server keeps the real clock: CI moves the tests' clock with libfaketime, whose
        # preloaded library cannot share its state with a process running as another user.
        env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD" and not k.startswith("FAKETIME")}
        subprocess.run(
            ["su", "postgres", "-c", command], check=True, capture_output=True, timeout=120, env=env
        )

    # -- databases -------------------------------------------------------------------------------

    def _execute(self, sql: str) -> None:
        from sqlalchemy import create_engine, text

        if self._admin is None:
            self._admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def url_of(self, name: str, user: str | None = None) -> str:
        """The URL of a database on this server, as the admin or as ``user`` (no password in it)."""
        url = self.admin_url.rsplit("/", 1)[0] + f"/{name}"
        if user is not None:
            from sqlalchemy.engine import make_url

            url = make_url(url).set(username=user, password=None).render_as_string(hide_password=False)
        return url

    def add_role(self, database_url: str, name: str, password: str | None = None) -> str:
        """A login role that may read and change the application's tables in one database, as IT
        would make for each coordinator (docs/team-mode.md); returns its URL for that database."""
        database = database_url.rsplit("/", 1)[1]
        login = f"LOGIN PASSWORD '{password}'" if password else "LOGIN"
        self._execute(f'CREATE ROLE "{name}" {login}')
        from sqlalchemy import create_engine, text

        owner = create_engine(database_url, isolation_level="AUTOCOMMIT")
        with owner.connect() as conn:
            conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{name}"'))
            conn.execute(
                text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{name}"')
            )
            conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{name}"'))
        owner.dispose()
        return self.url_of(database, user=name)

    def drop_role(self, database_url: str, name: str) -> None:
        """Remove a role made by ``add_role``, with what it was granted in that database."""
        from sqlalchemy import create_engine, text

        owner = create_engine(database_url, isolation_level="AUTOCOMMIT")
        with owner.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{name}"'))
        owner.dispose()
        self._execute(f'DROP ROLE IF EXISTS "{name}"')

    def empty_database(self) -> str:
        """A new database with nothing in it (not even the schema)."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        self._execute(f'CREATE DATABASE "{name}"')
        return self.url_of(name)

    def fresh_database(self) -> str:
        """A new database holding the application's schema at its newest version, and no data."""
        if self.template is None:
            from actionplan.services import open_database

            name = f"actionplan_template_{os.getpid()}_{uuid.uuid4().hex[:6]}"
            self._execute(f'CREATE DATABASE "{name}"')
            open_database(self.url_of(name)).close()  # creates the tables and stamps the revision
            self.template = name
        name = f"t_{uuid.uuid4().hex[:12]}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self.url_of(name)

    def drop(self, url: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
