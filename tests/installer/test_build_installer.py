"""The frozen application, built, checked and packaged by build_installer.py (marker ``installer``).

Not run by default (it takes a few minutes): ``python -m pytest -m installer``. It needs the
build extra (``pip install -e '.[build]'``). Windows and macOS are built by the release workflow.
"""

import json
import platform
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from actionplan import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.installer,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the release workflow builds the others"),
]


def test_build_installer_makes_a_checked_linux_archive(tmp_path, capsys):
    out, work = tmp_path / "dist", tmp_path / "build"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "build_installer.py"),
            "--out",
            str(out),
            "--work",
            str(work),
            "--runs",
            "3",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    with capsys.disabled():  # the figures, in CI's log too
        print(
            "\n"
            + "\n".join(
                line for line in result.stdout.splitlines() if line.startswith(("bundle:", "--smoke-test"))
            )
        )

    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["version"] == __version__
    assert report["size_bytes"] < 200_000_000
    assert {
        "smoke test",
        "Prevent template",
        "import",
        "export and re-import",
        "report",
        "--as-of",
        "upgrade of a schema-0001 database",
        "open a spreadsheet (Open with)",
        "default data folder",
    } <= set(report["checks"])
    assert report["startup_frozen_s"] > 0 and report["startup_unfrozen_s"] > 0

    archive = Path(report["package"])
    assert archive.name == f"actionplan-{__version__}-linux-{platform.machine()}.tar.gz"
    top = f"actionplan-{__version__}"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        entry = tar.extractfile(f"{top}/actionplan.desktop").read().decode("utf-8")
        executable = tar.getmember(f"{top}/actionplan")
    assert executable.mode & 0o111
    assert f"{top}/icons/hicolor/256x256/apps/actionplan.png" in names
    assert f"{top}/_internal/actionplan/storage/migrations/env.py" in names
    assert not any("/pandas/" in name or "QtWebEngine" in name or "/tests/" in name for name in names)
    assert "MimeType=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;" in entry
    assert "Exec=actionplan %f" in entry
