"""The application opens no network connection of its own: the main command-line scenarios, watched.

Every socket connect and host-name lookup made from Python fails the test (``no_network`` in
conftest). A second test runs the commands as separate programs under ``strace`` and looks for
any connect() to an internet address, which also catches libraries written in C.
PostgreSQL tests connect to a local server on purpose and are not part of these scenarios.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from actionplan.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures"


def scenario(data_dir: Path, out: Path) -> list[list[str]]:
    base = ["--data-dir", str(data_dir), "--passphrase-env", "PLAN_PASSPHRASE"]
    return [
        [*base, "init"],
        [*base, "demo"],
        [*base, "status", "--json"],
        [
            *base,
            "import",
            str(FIXTURES / "council_key_personnel.xlsx"),
            "--org",
            "Northvale Council",
            "--skip-invalid",
            "--rejects",
            str(out / "rejects.xlsx"),
        ],  # fmt: skip
        [*base, "import", str(FIXTURES / "police_training_matrix.xlsx"), "--skip-invalid"],
        [*base, "export", str(out / "plan.xlsx")],
        [
            *base,
            "export",
            str(out / "pack.xlsx"),
            "--partner",
            "Northvale Council",
            "--password-env",
            "PACK_PASSWORD",
        ],
        [*base, "import", str(out / "pack.xlsx"), "--password-env", "PACK_PASSWORD", "--dry-run"],
        [*base, "chart", "burnup", str(out / "burnup.png")],
        [*base, "report", str(out / "pack.pdf")],
        [*base, "calendar", str(out / "deadlines.ics")],
        [*base, "purge-leavers", "--dry-run"],
        [*base, "backup"],
    ]


@pytest.fixture
def secrets(monkeypatch):
    monkeypatch.setenv("PLAN_PASSPHRASE", "correct horse battery staple")
    monkeypatch.setenv("PACK_PASSWORD", "maple-otter-quill-47")


def test_the_main_scenarios_open_no_connection(no_network, secrets, data_dir, tmp_path, capsys):
    for argv in scenario(data_dir, tmp_path):
        assert main(argv) in (0, 1), (argv, capsys.readouterr().err)
    assert no_network == []


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_no_internet_connection_is_attempted_even_from_c_libraries(secrets, data_dir, tmp_path):
    probe = subprocess.run(
        ["strace", "-f", "-e", "trace=connect", "-o", os.devnull, "true"], capture_output=True
    )
    if probe.returncode != 0:
        pytest.skip("tracing processes is not permitted here")
    log = tmp_path / "connect.log"
    for argv in scenario(data_dir, tmp_path)[:3] + scenario(data_dir, tmp_path)[9:10]:
        completed = subprocess.run(
            [
                "strace",
                "-f",
                "-qq",
                "-e",
                "trace=connect",
                "-o",
                str(log),
                sys.executable,
                "-m",
                "actionplan",
                *argv,
            ],
            capture_output=True,
            text=True,
            timeout=600,
            env=dict(os.environ),
        )
        assert completed.returncode in (0, 1), completed.stderr
        internet = [line for line in log.read_text().splitlines() if re.search(r"AF_INET6?\b", line)]
        assert internet == [], (argv, internet)
