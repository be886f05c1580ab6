"""Benchmark: importing a 50,000-row people workbook, against plain calamine and openpyxl reads.

Run with::

    .venv/bin/python -m pytest tests/benchmarks/test_import_benchmark.py -m benchmark -s --benchmark-enable

The ratios printed compare preview + apply (into a fresh database) with reading the same
file with python-calamine alone and with openpyxl's read-only ``iter_rows`` alone, timed in
the same process (wall clock and CPU time, best of the rounds).
"""

import random
import time
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from actionplan.exchange.importer import apply_import, preview_import
from actionplan.services import open_database, plans

pytestmark = pytest.mark.benchmark

PEOPLE = 50_000
ROUNDS = 3
FIRST = ["Aisha", "Ben", "Chloë", "Daniel", "Eleanor", "Farhan", "Grace", "Harry", "Imran", "Jade", "Siobhán"]
LAST = [
    "Ahmed",
    "Hussain",
    "O'Brien",
    "Vaughan",
    "Brown",
    "Iqbal",
    "Patel",
    "Walker",
    "Ó Súilleabháin",
    "Jones",
]
ORGANISATIONS = [f"Northvale School {n}" for n in range(1, 41)] + ["Northvale Council", "Northvale Police"]
TITLES = ["Teacher", "Social Worker", "Police Constable", "Youth Worker", "Designated Safeguarding Lead"]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    """50,000 people below a title row, as a county HR system might export them (built once)."""
    path = tmp_path_factory.mktemp("benchmark") / "county_people.xlsx"
    rng = random.Random(50_000)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Key personnel")
    sheet.append(["Northvale county: Prevent key personnel"])
    sheet.append([])
    sheet.append(["Staff No", "Forename", "Surname", "Email", "Job title", "Organisation", "Team",
                  "Role group", "Key personnel", "Start date"])  # fmt: skip
    for n in range(PEOPLE):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        start = date(2008, 1, 1) + timedelta(days=rng.randint(0, 6000))
        sheet.append([
            f"NV{100_000 + n}", first, last, f"person.{n}@northvale.example", rng.choice(TITLES),
            ORGANISATIONS[n % len(ORGANISATIONS)], f"Team {n % 25}", "Frontline practitioner",
            "Y" if n % 3 else "N", start if n % 2 else start.strftime("%d/%m/%Y"),
        ])  # fmt: skip
    book.save(path)
    return path


def _best(fn, rounds: int = ROUNDS) -> tuple[float, float]:
    """Best wall-clock and CPU seconds of ``rounds`` runs."""
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def _calamine_read(path: Path) -> int:
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        return len(workbook.get_sheet_by_index(0).to_python())
    finally:
        workbook.close()


def _openpyxl_read(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def test_import_50000_people(workbook, tmp_path, benchmark):
    rounds = iter(range(100))
    timings: list[tuple[float, float, float]] = []

    def fresh_database():
        folder = tmp_path / f"round{next(rounds)}"
        database = open_database(f"sqlite:///{folder / 'actionplan.db'}", create=True)
        plan = plans.create_plan(database.unit_of_work(), "County plan", template="prevent")
        return (database, plan.id), {}

    def import_file(database, plan_id):
        wall, cpu = time.perf_counter(), time.process_time()
        preview = preview_import(database, workbook, plan_id=plan_id, today=date(2026, 1, 1))
        previewed = time.perf_counter()
        result = apply_import(database, preview)
        timings.append((previewed - wall, time.perf_counter() - previewed, time.process_time() - cpu))
        database.close()
        return preview, result

    preview, result = benchmark.pedantic(import_file, setup=fresh_database, rounds=ROUNDS, iterations=1)
    assert preview.rejected == 0 and len(preview.sheets[0].rows) == PEOPLE
    assert result.created.people == PEOPLE and result.created.organisations == len(ORGANISATIONS)

    assert _calamine_read(workbook) == PEOPLE + 3
    assert _openpyxl_read(workbook) == PEOPLE + 3
    calamine_wall, calamine_cpu = _best(lambda: _calamine_read(workbook))
    openpyxl_wall, openpyxl_cpu = _best(lambda: _openpyxl_read(workbook))
    best = min(timings, key=lambda t: t[0] + t[1])
    import_wall, import_cpu = best[0] + best[1], min(t[2] for t in timings)
    print()
    print(f"50,000-row people workbook ({workbook.stat().st_size / 1e6:.1f} MB), best of {ROUNDS}:")
    print(f"  calamine read           {calamine_wall:6.2f} s wall {calamine_cpu:6.2f} s CPU")
    print(f"  openpyxl read-only pass {openpyxl_wall:6.2f} s wall {openpyxl_cpu:6.2f} s CPU")
    print(f"  import: preview         {best[0]:6.2f} s")
    print(f"          apply           {best[1]:6.2f} s")
    print(f"          total           {import_wall:6.2f} s wall {import_cpu:6.2f} s CPU")
    for name, wall, cpu in (
        ("calamine", calamine_wall, calamine_cpu),
        ("openpyxl", openpyxl_wall, openpyxl_cpu),
    ):
        print(f"  import / {name} read  {import_wall / wall:5.1f}x wall {import_cpu / cpu:5.1f}x CPU")
