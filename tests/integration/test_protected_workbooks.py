"""Password-protected workbooks: encrypted exports Excel and LibreOffice open, and imports read in memory."""

import builtins
import io
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest

from actionplan.cli import main
from actionplan.errors import PasswordNeededError
from actionplan.exchange.importer import preview_import
from actionplan.protection.workbooks import OLE_MAGIC, encrypt_in_place

FIXTURES = Path(__file__).parent.parent / "fixtures"
PASSWORD = "maple-otter-quill-harbour-47"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("PACK_PASSWORD", PASSWORD)
    monkeypatch.setenv("WRONG_PASSWORD", "not the password")
    base = ["--data-dir", str(data_dir)]
    assert run(capsys, *base, "init")[0] == 0
    assert run(capsys, *base, "demo")[0] == 0
    return base


def decrypt(path: Path, password: str = PASSWORD) -> io.BytesIO:
    out = io.BytesIO()
    with path.open("rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        office.load_key(password=password)
        office.decrypt(out)
    out.seek(0)
    return out


def test_a_protected_export_is_an_encrypted_office_file(capsys, demo, tmp_path):
    pack = tmp_path / "pack.xlsx"
    code, out, _ = run(
        capsys,
        *demo,
        "export",
        str(pack),
        "--partner",
        "Northvale Council",
        "--password-env",
        "PACK_PASSWORD",
    )
    assert code == 0 and "protected with a password" in out
    data = pack.read_bytes()
    assert data[:8] == OLE_MAGIC == bytes.fromhex("D0CF11E0A1B11AE1")
    assert b"PK\x03\x04" not in data[:4096] and b"Northvale" not in data
    workbook = openpyxl.load_workbook(decrypt(pack), read_only=True)
    assert {"Summary", "People", "Actions", "Training records"} <= set(workbook.sheetnames)
    people = list(workbook["People"].iter_rows(values_only=True))
    assert len(people) > 5 and "Record ID" in people[0]
    assert not list(tmp_path.glob(".*part"))


def test_a_protected_export_re_imports_unchanged_with_password_env(capsys, demo, tmp_path):
    pack = tmp_path / "pack.xlsx"
    run(capsys, *demo, "export", str(pack), "--password-env", "PACK_PASSWORD")
    code, out, _ = run(capsys, *demo, "import", str(pack), "--json", "--password-env", "PACK_PASSWORD")
    assert code == 0
    report = json.loads(out)
    assert report["applied"] is True and report["exported_at"]  # known as our own export coming back
    imported = [s for s in report["sheets"] if s["kind"]]
    assert imported and all(s["rejected"] == 0 and s["conflicts"] == 0 for s in imported)
    assert all(sum(s["created"].values()) == 0 and sum(s["updated"].values()) == 0 for s in imported)
    assert sum(sum(s["unchanged"].values()) for s in imported) > 50


@pytest.mark.parametrize("variable", [None, "WRONG_PASSWORD"])
def test_without_the_password_the_refusal_names_it(capsys, demo, tmp_path, variable):
    pack = tmp_path / "pack.xlsx"
    run(capsys, *demo, "export", str(pack), "--password-env", "PACK_PASSWORD")
    argv = [*demo, "import", str(pack)] + (["--password-env", variable] if variable else [])
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    if variable is None:
        assert "“pack.xlsx” is protected with a password" in err and "--password-env" in err
    else:
        assert "The password for “pack.xlsx” is not right" in err


def test_a_short_export_password_is_refused_before_anything_is_written(capsys, demo, tmp_path, monkeypatch):
    monkeypatch.setenv("SHORT", "abc")
    code, _, err = run(capsys, *demo, "export", str(tmp_path / "pack.xlsx"), "--password-env", "SHORT")
    assert code == 2 and "at least 8 characters" in err
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".*"))


def test_nothing_decrypted_is_written_to_disk(demo, data_dir, tmp_path, monkeypatch):
    from actionplan.services import open_database, plans

    pack = tmp_path / "pack.xlsx"
    main([*demo, "export", str(pack), "--password-env", "PACK_PASSWORD"])
    db = open_database(f"sqlite:///{data_dir / 'actionplan.db'}")
    plan = plans.find_plan(db.unit_of_work())
    written: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def watch_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            written.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def watch_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            written.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    def watch_temporary(name: str):
        real = getattr(tempfile, name)

        def made(*args, **kwargs):
            written.append(f"tempfile.{name}")
            return real(*args, **kwargs)

        return made

    monkeypatch.setattr(builtins, "open", watch_open)
    monkeypatch.setattr(io, "open", watch_open)
    monkeypatch.setattr(os, "open", watch_os_open)
    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, watch_temporary(name))
    try:
        preview = preview_import(db, pack, plan_id=plan.id, password=PASSWORD)
    finally:
        monkeypatch.undo()
        db.close()
    assert written == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "pack.xlsx"]
    assert preview.imported_sheets and preview.exported_at is not None


def test_a_protected_partner_file_gets_its_rejects_back_protected_with_the_same_password(
    capsys, demo, tmp_path
):
    partner_file = tmp_path / "council.xlsx"
    shutil.copy(FIXTURES / "council_key_personnel.xlsx", partner_file)
    encrypt_in_place(partner_file, PASSWORD)
    rejects = tmp_path / "rejects.xlsx"
    code, out, _ = run(capsys, *demo, "import", str(partner_file), "--org", "Northvale Council",
                       "--rejects", str(rejects), "--dry-run", "--password-env", "PACK_PASSWORD")  # fmt: skip
    assert code == 1 and "Saved 3 rejected rows" in out
    assert rejects.read_bytes()[:8] == OLE_MAGIC
    sheet = openpyxl.load_workbook(decrypt(rejects)).active
    assert [c.value for c in sheet[1]][-2:] == ["Row in original file", "Reason"]


def test_the_preview_says_a_password_is_needed_in_a_way_the_window_can_tell(demo, data_dir, tmp_path):
    from actionplan.services import open_database, plans

    partner_file = tmp_path / "council.xlsx"
    shutil.copy(FIXTURES / "council_key_personnel.xlsx", partner_file)
    encrypt_in_place(partner_file, PASSWORD)
    db = open_database(f"sqlite:///{data_dir / 'actionplan.db'}")
    try:
        plan = plans.find_plan(db.unit_of_work())
        with pytest.raises(PasswordNeededError) as missing:
            preview_import(db, partner_file, plan_id=plan.id)
        assert not missing.value.wrong
        with pytest.raises(PasswordNeededError) as wrong:
            preview_import(db, partner_file, plan_id=plan.id, password="wrong password")
        assert wrong.value.wrong
        preview = preview_import(
            db, partner_file, plan_id=plan.id, password=PASSWORD, org="Northvale Council"
        )
        assert preview.rejected == 3
    finally:
        db.close()


# ---------------------------------------------------------------- LibreOffice

_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub OpenWithPassword(inUrl As String, pwd As String, outUrl As String)
  Dim args(1) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  args(1).Name = &quot;Password&quot;
  args(1).Value = pwd
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args)
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  doc.storeToURL(outUrl, out)
  doc.close(True)
End Sub
</script:module>
"""


def libreoffice_open(source: Path, password: str, out: Path, profile: Path) -> subprocess.CompletedProcess:
    """Open ``source`` in Calc with ``password`` (the password field of its load options) and save it plain.

    ``soffice --convert-to`` has no way to pass a password, so a one-line Basic macro in a
    throwaway profile loads the file as the password dialog would, and saves a copy to compare.
    """
    if not profile.exists():
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--norestore",
                f"-env:UserInstallation={profile.as_uri()}",
                "--terminate_after_init",
            ],
            capture_output=True,
            timeout=240,
            check=False,
        )
        (profile / "user" / "basic" / "Standard" / "Module1.xba").write_text(_MACRO, encoding="utf-8")
    call = f'macro:///Standard.Module1.OpenWithPassword("{source.as_uri()}","{password}","{out.as_uri()}")'
    return subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}", call],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_a_protected_export_with_its_password(capsys, demo, tmp_path):
    pack = tmp_path / "pack.xlsx"
    run(
        capsys,
        *demo,
        "export",
        str(pack),
        "--partner",
        "Northvale Council",
        "--password-env",
        "PACK_PASSWORD",
    )
    profile = tmp_path / "lo-profile"
    opened = tmp_path / "opened.xlsx"
    completed = libreoffice_open(pack, PASSWORD, opened, profile)
    assert opened.exists(), completed.stderr or completed.stdout
    ours = openpyxl.load_workbook(decrypt(pack), read_only=True)["People"]
    theirs = openpyxl.load_workbook(opened, read_only=True)["People"]
    ours_rows = [row[:6] for row in ours.iter_rows(values_only=True)]
    theirs_rows = [row[:6] for row in theirs.iter_rows(values_only=True)][: len(ours_rows)]
    assert theirs_rows == ours_rows
