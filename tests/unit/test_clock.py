"""The one clock: the only reader of the system date, and how it is pinned."""

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from actionplan import clock
from actionplan.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]
CLOCK_MODULE = ROOT / "actionplan" / "clock.py"

# Calls that read the operating system's date or time. Durations (time.monotonic,
# time.perf_counter) are not dates and stay allowed.
_READERS = {
    ("date", "today"),
    ("datetime", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QTime", "currentTime"),
}


def system_clock_reads(source: str) -> list[tuple[int, str]]:
    """Every place ``source`` reaches for the system clock: (line, "date.today"), in order."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute):
            continue
        base = node.value
        name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", None)
        if (name, node.attr) in _READERS:
            found.append((node.lineno, f"{name}.{node.attr}"))
        elif isinstance(base, ast.Name) and base.id == "time" and node.attr in {"strftime", "asctime"}:
            found.append((node.lineno, f"time.{node.attr}"))
    return sorted(found)


def project_sources() -> list[Path]:
    files = [*(ROOT / "actionplan").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    files += [p for p in ROOT.glob("*.py")]
    return sorted(p for p in files if p != CLOCK_MODULE)


def test_nothing_but_the_clock_module_reads_the_system_clock():
    stray = [
        f"{path.relative_to(ROOT)}:{line}: {call}"
        for path in project_sources()
        for line, call in system_clock_reads(path.read_text(encoding="utf-8"))
    ]
    assert stray == []


def test_the_scan_finds_every_spelling_of_a_clock_read():
    source = """
import datetime as dt
from datetime import date, datetime
import time
a = date.today()
b = datetime.now(UTC)
c = dt.datetime.utcnow()
d = dt.date.today()
e = time.time()
f = QDate.currentDate()
g = QDateTime.currentDateTime()
factory = date.today  # a reference, not a call, still reads the clock later
ok = time.monotonic()
ok2 = clock.today()
ok3 = datetime.strptime("2026", "%Y")
"""
    assert [call for _line, call in system_clock_reads(source)] == [
        "date.today",
        "datetime.now",
        "datetime.utcnow",
        "date.today",
        "time.time",
        "QDate.currentDate",
        "QDateTime.currentDateTime",
        "date.today",
    ]
    assert len(project_sources()) > 100  # the scan really looks at the project


def test_the_clock_module_itself_reads_the_system():
    assert {call for _line, call in system_clock_reads(CLOCK_MODULE.read_text())} == {
        "date.today",
        "datetime.now",
    }


@pytest.mark.real_clock
def test_unpinned_the_clock_is_the_real_date():
    # This test means "today, whatever it is": nothing is pinned.
    assert clock.pinned_day() is None
    assert clock.today() == date.today()  # the comparison with the system is the point
    assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 5


def test_tests_run_on_a_pinned_day():
    assert clock.today() == date(2026, 11, 28)
    assert clock.now().astimezone().date() == date(2026, 11, 28)
    assert clock.now().tzinfo is UTC


def test_pinned_nests_and_restores():
    with clock.pinned(date(2027, 3, 31)):
        assert clock.today() == date(2027, 3, 31)
        with clock.pinned(date(2028, 2, 29)):
            assert clock.today() == date(2028, 2, 29)
        with clock.pinned(None):  # None leaves the pin as it is
            assert clock.today() == date(2027, 3, 31)
        assert clock.now().astimezone().date() == date(2027, 3, 31)
    assert clock.today() == date(2026, 11, 28)


@pytest.mark.real_clock
def test_the_environment_pins_the_day(monkeypatch):
    monkeypatch.setenv(clock.TODAY_ENV, "2027-03-31")
    assert clock.today() == date(2027, 3, 31)
    monkeypatch.setenv(clock.TODAY_ENV, "29/02/2028")
    assert clock.today() == date(2028, 2, 29)
    with clock.pinned(date(2031, 1, 1)):  # --as-of wins over the environment
        assert clock.today() == date(2031, 1, 1)


@pytest.mark.real_clock
@pytest.mark.parametrize("text", ["2027-02-30", "tomorrow", "31.03.2027"])
def test_a_malformed_environment_day_is_one_clear_sentence(monkeypatch, text):
    monkeypatch.setenv(clock.TODAY_ENV, text)
    with pytest.raises(ValidationError) as caught:
        clock.today()
    assert str(caught.value) == (
        f"ACTIONPLAN_TODAY is set to '{text}', which is not a date: write it as 2027-03-31."
    )


def test_parse_day_reads_iso_and_day_first():
    assert clock.parse_day(" 2027-03-31 ") == date(2027, 3, 31)
    assert clock.parse_day("01/02/2027") == date(2027, 2, 1)
    with pytest.raises(ValidationError):
        clock.parse_day("02/31/2027")
