"""Benchmark: a protected (SQLCipher) database against a plain one, side by side.

Run with::

    .venv/bin/python -m pytest tests/benchmarks/test_protection_benchmark.py -m benchmark -s \
        --benchmark-enable

``status --json`` is timed as the whole command (a new process each time, as a user or a
script runs it) on the demo partnership and on the county-scale one (50,000 people); the
import is a 50,000-row people workbook, previewed and applied into a fresh database. Plain and
protected runs alternate, so both see the same load on the machine; the best of the rounds
is compared, and each protected figure must stay within 1.3 times the plain one.
"""

import os
import random
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from actionplan.exchange.importer import apply_import, preview_import
from actionplan.services import open_database, plans
from actionplan.storage import cipher

pytestmark = pytest.mark.benchmark

PASSPHRASE = "correct horse battery staple"
LIMIT = 1.3
STATUS_ROUNDS = 7
IMPORT_ROUNDS = 3
PEOPLE = 50_000
ORGANISATIONS = [f"Northvale School {n}" for n in range(1, 41)] + ["Northvale Council", "Northvale Police"]


def _cli(*argv: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "actionplan", *argv], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - started
    assert completed.returncode == 0, completed.stderr
    return elapsed


def _pair(folder: Path, people: int) -> tuple[Path, Path]:
    """The demo partnership in a plain database and the same data protected with a passphrase."""
    env = dict(os.environ, ACTIONPLAN_TODAY="2026-11-28")
    plain = folder / "plain.db"
    _cli("--db", str(plain), "demo", "--people", str(people), env=env)
    protected = folder / "protected.db"
    shutil.copy(plain, protected)
    cipher.rewrite(protected, None, PASSPHRASE)
    return plain, protected


@pytest.fixture(scope="module")
def demo_pair(tmp_path_factory) -> tuple[Path, Path]:
    return _pair(tmp_path_factory.mktemp("demo"), 60)


@pytest.fixture(scope="module")
def county_pair(tmp_path_factory) -> tuple[Path, Path]:
    return _pair(tmp_path_factory.mktemp("county"), PEOPLE)


def _status_side_by_side(pair: tuple[Path, Path], what: str) -> float:
    plain, protected = pair
    env = dict(os.environ, ACTIONPLAN_TODAY="2026-11-28", BENCH_PASSPHRASE=PASSPHRASE)
    plain_times, protected_times = [], []
    for _ in range(STATUS_ROUNDS):
        plain_times.append(_cli("--db", str(plain), "status", "--json", env=env))
        protected_times.append(
            _cli("--db", str(protected), "status", "--json", "--passphrase-env", "BENCH_PASSPHRASE", env=env)
        )
    best_plain, best_protected = min(plain_times), min(protected_times)
    ratio = best_protected / best_plain
    print(
        f"\nstatus --json, {what}: plain {best_plain:.2f} s, protected {best_protected:.2f} s "
        f"(best of {STATUS_ROUNDS}, whole process); ratio {ratio:.2f} (limit {LIMIT})"
    )
    return ratio


def test_status_json_on_the_demo_partnership(demo_pair):
    assert _status_side_by_side(demo_pair, "demo partnership (60 people)") <= LIMIT


def test_status_json_at_county_scale(county_pair):
    assert _status_side_by_side(county_pair, f"county ({PEOPLE:,} people)") <= LIMIT


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    """50,000 people below a title row, as a county HR system might export them."""
    path = tmp_path_factory.mktemp("workbook") / "county_people.xlsx"
    rng = random.Random(50_000)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Key personnel")
    sheet.append(["Northvale county: Prevent key personnel"])
    sheet.append([])
    sheet.append(["Staff No", "Forename", "Surname", "Email", "Job title", "Organisation", "Start date"])
    for n in range(PEOPLE):
        start = date(2008, 1, 1) + timedelta(days=rng.randint(0, 6000))
        first, last = rng.choice(["Aisha", "Ben", "Siobhán"]), rng.choice(["Ahmed", "O'Brien"])
        organisation = ORGANISATIONS[n % len(ORGANISATIONS)]
        sheet.append(
            [f"NV{100_000 + n}", first, last, f"person.{n}@northvale.example", "Teacher", organisation, start]
        )
    book.save(path)
    return path


def _import(folder: Path, workbook: Path, passphrase: str | None) -> float:
    database = open_database(f"sqlite:///{folder / 'actionplan.db'}", create=True, passphrase=passphrase)
    try:
        plan = plans.create_plan(database.unit_of_work(), "County plan", template="prevent")
        started = time.perf_counter()
        preview = preview_import(database, workbook, plan_id=plan.id, today=date(2026, 1, 1))
        result = apply_import(database, preview)
        elapsed = time.perf_counter() - started
        assert result.created.people == PEOPLE
    finally:
        database.close()
    return elapsed


def test_importing_50000_people_into_a_protected_database(workbook, tmp_path):
    plain_times, protected_times = [], []
    for number in range(IMPORT_ROUNDS):
        plain_times.append(_import(tmp_path / f"plain{number}", workbook, None))
        protected_times.append(_import(tmp_path / f"protected{number}", workbook, PASSPHRASE))
    best_plain, best_protected = min(plain_times), min(protected_times)
    ratio = best_protected / best_plain
    print(
        f"\nimport of {PEOPLE:,} people (preview + apply): plain {best_plain:.2f} s, protected "
        f"{best_protected:.2f} s (best of {IMPORT_ROUNDS}); ratio {ratio:.2f} (limit {LIMIT})"
    )
    assert ratio <= LIMIT
