"""The full export at county scale (DESIGN §7) against a plain openpyxl write-only workbook.

Run: .venv/bin/python -m pytest tests/benchmarks/test_export_benchmark.py -m benchmark -s
(EXPORT_BENCH_ROUNDS=3 takes the best of three of each.)

The plain workbook holds exactly the cells the export wrote (read back with calamine), as
plain values on the same sheets, written with ``Workbook(write_only=True)`` and ``append``.
The export's time includes everything it does: the queries, the compliance of every person,
the styles, drop-downs and print set-up, saving, and the change-log entry.
"""

import os
import time
from datetime import date

import pytest
from openpyxl import Workbook

from actionplan import demo
from actionplan.exchange.export import export_workbook
from actionplan.exchange.reader import read_file
from actionplan.services import open_database

pytestmark = pytest.mark.benchmark

TODAY = date(2026, 11, 28)
PEOPLE = 50_000
TARGET_RATIO = 1.3
ROUNDS = int(os.environ.get("EXPORT_BENCH_ROUNDS", "1"))


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    folder = tmp_path_factory.mktemp("county")
    db = open_database(f"sqlite:///{folder / 'county.db'}", backups_dir=folder / "backups", create=True)
    started = time.perf_counter()
    result = demo.generate(db.unit_of_work(), people=PEOPLE, seed=7, today=TODAY)
    print(
        f"\ncounty database: {result.people} people, {result.training_records} training records, "
        f"{result.organisations} organisations in {time.perf_counter() - started:.1f} s"
    )
    yield db, result.plan_id
    db.close()


def plain_workbook(sheets, path) -> None:
    workbook = Workbook(write_only=True)
    for sheet in sheets:
        ws = workbook.create_sheet(sheet.name)
        for row in sheet.rows:
            ws.append(row)
    workbook.save(path)


def test_full_export_against_plain_openpyxl(county, tmp_path):
    db, plan_id = county
    exported, plain = tmp_path / "export.xlsx", tmp_path / "plain.xlsx"
    export_times, plain_times = [], []
    sheets = None
    for _round in range(ROUNDS):
        started = time.perf_counter()
        result = export_workbook(db.unit_of_work(), plan_id, exported, on=TODAY)
        export_times.append(time.perf_counter() - started)
        if sheets is None:
            sheets = read_file(exported)
        started = time.perf_counter()
        plain_workbook(sheets, plain)
        plain_times.append(time.perf_counter() - started)
    cells = sum(len(s.rows) * s.width for s in sheets)
    ratio = min(export_times) / min(plain_times)
    print(
        f"full export: {min(export_times):.1f} s for {cells:,} cells "
        f"({', '.join(f'{k} {v:,}' for k, v in result.sheets.items())})\n"
        f"plain openpyxl write-only, same cells: {min(plain_times):.1f} s\n"
        f"ratio: {ratio:.2f} (target {TARGET_RATIO}); "
        f"files: {exported.stat().st_size / 1e6:.1f} MB and {plain.stat().st_size / 1e6:.1f} MB"
    )
    assert result.sheets["People"] == PEOPLE
    assert ratio < 2 * TARGET_RATIO  # a regression guard; the figure to watch is printed
