"""The command line on a pinned day: --as-of (before or after the command) and $ACTIONPLAN_TODAY agree."""

import json
import os
import subprocess
import sys

import openpyxl
import pytest

from actionplan.cli import main


@pytest.fixture
def demo_dir(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo"]) == 0  # made on the tests' day, 28/11/2026
    capsys.readouterr()
    return data_dir


def _status(capsys, *argv) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _status_in_a_process(data_dir, **env) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "actionplan", "--data-dir", str(data_dir), "status", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_as_of_and_the_environment_give_the_same_figures_and_differ_from_today(demo_dir, capsys):
    d = str(demo_dir)
    after = _status(capsys, "--data-dir", d, "status", "--json", "--as-of", "2027-03-31")
    before = _status(capsys, "--data-dir", d, "--as-of", "31/03/2027", "status", "--json")
    from_env = _status_in_a_process(demo_dir, ACTIONPLAN_TODAY="2027-03-31")
    today = _status(capsys, "--data-dir", d, "status", "--json")
    assert after == before == from_env
    assert after["as_of"] == "2027-03-31" and today["as_of"] == "2026-11-28"
    assert after["actions"]["overdue"] > today["actions"]["overdue"]
    assert [r["overdue"] + r["expired"] for r in after["requirements"]] != [
        r["overdue"] + r["expired"] for r in today["requirements"]
    ]
    # The pin lasts for the command only.
    assert _status(capsys, "--data-dir", d, "status", "--json")["as_of"] == "2026-11-28"


@pytest.mark.real_clock  # the environment alone sets the day here
def test_as_of_wins_over_the_environment(demo_dir, capsys, monkeypatch):
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2031-01-01")
    data = _status(capsys, "--data-dir", str(demo_dir), "status", "--json", "--as-of", "2027-03-31")
    assert data["as_of"] == "2027-03-31"
    assert _status(capsys, "--data-dir", str(demo_dir), "status", "--json")["as_of"] == "2031-01-01"


@pytest.mark.real_clock
def test_a_malformed_environment_day_is_a_usage_error(demo_dir, capsys, monkeypatch):
    monkeypatch.setenv("ACTIONPLAN_TODAY", "31/02/2027")
    assert main(["--data-dir", str(demo_dir), "status"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "actionplan: ACTIONPLAN_TODAY is set to '31/02/2027', which is not a date: write it as 2027-03-31."
    )


def test_a_malformed_as_of_is_a_usage_error(demo_dir, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(demo_dir), "status", "--as-of", "31/02/2027"])
    assert info.value.code == 2
    assert "'31/02/2027' is not a date" in capsys.readouterr().err


def test_export_report_chart_and_calendar_take_the_day(demo_dir, capsys, tmp_path):
    d = str(demo_dir)
    out = tmp_path / "plan.xlsx"
    assert main(["--data-dir", d, "export", str(out), "--as-of", "2027-03-31"]) == 0
    book = openpyxl.load_workbook(out, read_only=True)
    cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
    assert any("31/03/2027" in c for c in cells)
    assert not any("28/11/2026" in c for c in cells)
    book.close()

    assert main(["--data-dir", d, "--as-of", "2027-03-31", "report", str(tmp_path / "pack.pdf")]) == 0
    assert b"meeting pack as at 31/03/2027" in (tmp_path / "pack.pdf").read_bytes()

    assert (
        main(["--data-dir", d, "chart", "themes", str(tmp_path / "themes.svg"), "--as-of", "2027-03-31"]) == 0
    )
    assert "31/03/2027" in (tmp_path / "themes.svg").read_text()

    assert main(["--data-dir", d, "calendar", str(tmp_path / "a.ics"), "--as-of", "2027-03-31"]) == 0
    assert main(["--data-dir", d, "calendar", str(tmp_path / "b.ics")]) == 0
    capsys.readouterr()
    later, now = (tmp_path / "a.ics").read_text(), (tmp_path / "b.ics").read_text()
    assert "DTSTAMP:20270331T" in later and "DTSTAMP:20261128T" in now

    def counts(text: str) -> list[str]:  # the training deadlines carry the figures of the day
        lines = text.replace("\r\n ", "").replace("\n ", "").splitlines()  # unfold RFC 5545 lines
        return [line for line in lines if line.startswith("DESCRIPTION:") and "overdue" in line]

    assert counts(later) != counts(now)


@pytest.mark.parametrize(
    "command",
    [["status"], ["init"], ["demo"], ["import", "x.xlsx"], ["export", "x.xlsx"], ["backup"], ["undo"]],
)
def test_every_command_accepts_as_of_after_it(command, capsys):
    from actionplan.cli import build_parser

    args = build_parser().parse_args([*command, "--as-of", "2027-03-31"])
    assert str(args.as_of) == "2027-03-31"
    args = build_parser().parse_args(["--as-of", "2028-02-29", *command])
    assert str(args.as_of) == "2028-02-29"
    assert build_parser().parse_args(command).as_of is None
