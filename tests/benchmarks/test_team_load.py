"""Team mode under load: eight processes on one PostgreSQL database for a minute, then on one SQLite file.

Run: .venv/bin/python -m pytest tests/benchmarks/test_team_load.py -m benchmark -s
(LOAD_SECONDS=10 for a shorter run.) The work and the checks are ``scripts/load_test.py``'s:
no error, no lost update, every attendance recorded once; the operations per second of each
backend are printed (docs/team-mode.md keeps the figures).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.benchmark, pytest.mark.postgres]

ROOT = Path(__file__).resolve().parents[2]
SECONDS = os.environ.get("LOAD_SECONDS", "60")


def test_eight_processes_on_postgresql_then_on_sqlite(postgres_server, tmp_path):
    url = postgres_server.empty_database()
    try:
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "load_test.py"),
                "--postgres",
                url,
                "--sqlite",
                str(tmp_path / "load.db"),
                "--processes",
                "8",
                "--seconds",
                SECONDS,
            ],
            capture_output=True,
            text=True,
            timeout=2 * float(SECONDS) + 600,
            cwd=ROOT,
        )
    finally:
        postgres_server.drop(url)
    print("\n" + result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(("PostgreSQL:", "SQLite:"))]
    assert len(lines) == 2
    for line in lines:
        assert "errors 0, lost updates 0, attendance missing 0, duplicates 0" in line
