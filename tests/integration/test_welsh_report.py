"""``actionplan --lang cy report pack.pdf`` writes the meeting pack in Welsh."""

import shutil
import subprocess
import sys

from actionplan import i18n
from actionplan.reports.meeting_pack import pack_blocks, pack_content, pack_text
from tests.conftest import TODAY

WELSH = ["Pecyn cyfarfod y bartneriaeth", "Camau gweithredu yn hwyr", "Yn y pecyn hwn"]
ENGLISH = ["Partnership meeting pack", "Actions overdue", "In this pack"]


def test_the_pack_text_is_welsh_with_lang_cy(demo_db):
    db, plan_id = demo_db
    i18n.set_language("cy")
    try:
        text = pack_text(pack_blocks(pack_content(db, plan_id, on=TODAY)))
    finally:
        i18n.set_language("en")
    for words in WELSH:
        assert words in text
    for words in ENGLISH:
        assert words not in text


def test_the_report_command_writes_a_welsh_pdf(demo_db, data_dir, tmp_path):
    out = tmp_path / "pecyn.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "actionplan", "--lang", "cy", "--data-dir", str(data_dir), "report", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Ysgrifennwyd y pecyn cyfarfod" in result.stdout  # the command's own sentence, in Welsh
    assert out.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):  # poppler-utils: the words on the pages themselves
        extracted = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        squashed = " ".join(extracted.split())
        assert "Pecyn cyfarfod" in squashed and "Camau gweithredu" in squashed


def test_status_is_welsh_with_lang_cy(demo_db, data_dir):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "actionplan",
            "--lang",
            "cy",
            "--data-dir",
            str(data_dir),
            "--as-of",
            TODAY.isoformat(),
            "status",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Camau gweithredu:" in out and "heb ddechrau" in out and "coch" in out
    assert "COCH" in out and "wedi dod i ben" in out
    for english in ("not started", "in progress", " overdue,", " expired,", "RED", "amber "):
        assert english not in out
