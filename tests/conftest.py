"""Shared fixtures: throwaway data folders, opened databases, the demo on a fixed day, Qt offscreen.

``--backend postgresql`` runs the database tests on PostgreSQL instead of SQLite: the ``db``
fixture and ``$ACTIONPLAN_DB`` (which the command line reads) then name a fresh database on
the server of ``$ACTIONPLAN_TEST_POSTGRES_URL``, or on a throwaway server started for the run.
Tests marked ``sqlite_only`` are skipped there.
"""

import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp(prefix="actionplan-mpl-"))
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest  # noqa: E402

TODAY = date(2026, 11, 28)
FIXTURES = Path(__file__).parent / "fixtures"


# ---------------------------------------------------------------- seeds and the skip policy


@pytest.hookimpl(trylast=True)  # after pytest-randomly has chosen its seed
def pytest_configure(config):
    """Hypothesis draws from the seed that orders the tests, so one number replays a whole run."""
    seed = getattr(config.option, "randomly_seed", None)
    if isinstance(seed, int) and config.getoption("hypothesis_seed", None) is None:
        from hypothesis import core

        core.global_force_seed = seed


def pytest_report_header(config):
    seed = getattr(config.option, "randomly_seed", None)
    if isinstance(seed, int):
        return f"Hypothesis seed: {seed} (replay the order and the examples with --randomly-seed={seed})"
    return None


_SKIPPED: list[str] = []


def pytest_runtest_logreport(report):
    if report.skipped and not hasattr(report, "wasxfail"):
        _SKIPPED.append(report.nodeid)


def pytest_terminal_summary(terminalreporter):
    if os.environ.get("CI") and _SKIPPED:
        terminalreporter.write_line(
            f"CI is set and {len(_SKIPPED)} test(s) were skipped: in CI every tool and service a test "
            "needs must be there, so a skip fails the run.",
            red=True,
        )


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("CI") and _SKIPPED and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_addoption(parser):
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="the database of the db fixture and the command line (see tests/postgres_server.py)",
    )


def pytest_collection_modifyitems(config, items):
    """Leave out, rather than skip, what cannot run on this pass's server.

    With ``--backend postgresql`` the tests that use what only a SQLite file has are not run (the
    main pass runs them); on a server given by $ACTIONPLAN_TEST_POSTGRES_URL, which the tests
    cannot make check a password, the tests of a refused or kept password are not run either
    (the main pass runs them on a throwaway server of its own). Left out, they are reported as
    deselected, so a skip still means something is missing.
    """
    import postgres_server

    external = bool(os.environ.get(postgres_server.URL_ENV))
    on_server = config.getoption("--backend") == "postgresql"
    kept, left_out = [], []
    for item in items:
        if (on_server and item.get_closest_marker("sqlite_only")) or (
            external and item.get_closest_marker("password_server")
        ):
            left_out.append(item)
        else:
            kept.append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


def on_postgresql(config) -> bool:
    return config.getoption("--backend") == "postgresql"


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for the whole run (skips the test when none can be had)."""
    import postgres_server as pg

    reason = pg.why_not_available()
    if reason:
        pytest.skip(f"no PostgreSQL server: {reason}")
    server = pg.Server().start()
    yield server
    server.stop()


@pytest.fixture
def database_url(request, tmp_path):
    """The URL of this test's database: a SQLite file in the data folder, or a fresh PostgreSQL one."""
    if not on_postgresql(request.config):
        return f"sqlite:///{tmp_path / 'data' / 'actionplan.db'}"
    server = request.getfixturevalue("postgres_server")
    url = server.fresh_database()
    request.addfinalizer(lambda: server.drop(url))
    return url


@pytest.fixture(autouse=True)
def _isolated_environment(request, tmp_path, monkeypatch):
    """No test touches the real user data folder; on PostgreSQL the command line gets its database."""
    monkeypatch.setenv("ACTIONPLAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ACTIONPLAN_DB", raising=False)
    monkeypatch.setenv("ACTIONPLAN_LANG", "en")  # English whatever the machine's locale; --lang still wins
    if on_postgresql(request.config) and not request.node.get_closest_marker("sqlite_only"):
        monkeypatch.setenv("ACTIONPLAN_DB", request.getfixturevalue("database_url"))


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that switches to Welsh (``--lang cy`` in process) leaves English behind it."""
    yield
    from actionplan import i18n

    if i18n.current_language() != i18n.DEFAULT:
        i18n.set_language(i18n.DEFAULT)


@pytest.fixture(autouse=True)
def _pinned_clock(request, monkeypatch):
    """Every test runs on TODAY through the application's one clock, whatever the machine's date.

    Child processes get it through ``$ACTIONPLAN_TODAY``. A test that means "today, whatever
    it is" says so with ``@pytest.mark.real_clock`` and gets the unpinned clock.
    """
    from actionplan import clock

    if request.node.get_closest_marker("real_clock"):
        monkeypatch.delenv(clock.TODAY_ENV, raising=False)
        clock.pin(None)
        yield
        return
    monkeypatch.setenv(clock.TODAY_ENV, TODAY.isoformat())
    clock.pin(TODAY)
    yield
    clock.pin(None)


@pytest.fixture
def fake_keyring():
    """An in-memory keyring for the test (this machine has none the ``keyring`` package can use)."""
    import fake_keyring as fake

    memory, previous = fake.install()
    yield memory
    fake.restore(previous)


@pytest.fixture
def no_keyring():
    """No keyring at all, as on a headless machine, whatever this machine has."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir, database_url):
    """An empty, migrated database: a SQLite file in a temporary folder (or PostgreSQL, see above)."""
    from actionplan.services import open_database

    database = open_database(database_url, backups_dir=data_dir / "backups", create=True)
    yield database
    database.close()


@pytest.fixture
def plan(db):
    """A plan made from the Prevent template, starting on 01/04/2026."""
    from actionplan.services import plans

    return plans.create_plan(
        db.unit_of_work(), "Test plan", template="prevent", period_start=date(2026, 4, 1)
    )


@pytest.fixture
def demo_db(db):
    """The demo partnership (60 people, seed 1) as on TODAY; returns (database, plan id)."""
    from actionplan import demo

    result = demo.generate(db.unit_of_work(), people=60, seed=1, today=TODAY)
    return db, result.plan_id


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test on any attempt to open a socket connection or look up a host name.

    Yields the list of attempts (each also raises at once, so code that swallows the error is
    still caught by the list).
    """
    import socket

    attempts: list[str] = []

    def refuse(what: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network access during a test: {what}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    yield attempts
    assert attempts == [], f"the application tried to use the network: {attempts}"


@pytest.fixture
def far_from_utc():
    """The machine's time zone thirteen hours from UTC, for the rule that a time without a zone is UTC."""
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Auckland"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()
