"""The parts of build_installer.py that need no PyInstaller: icons, version information, install.sh.

The whole build is tested by tests/installer (marker ``installer``).
"""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


@pytest.fixture(scope="module")
def build_installer():
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2.10", (2, 10, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
    ],
)
def test_windows_version_numbers(build_installer, version, numbers):
    assert build_installer.numeric_version(version) == numbers


def test_windows_version_information_carries_the_package_version(build_installer, tmp_path):
    path = build_installer.write_version_info(tmp_path / "version.txt", "1.4.2")
    text = path.read_text(encoding="utf-8")
    assert "filevers=(1, 4, 2, 0)" in text
    assert "StringStruct('FileVersion', '1.4.2')" in text
    assert "StringStruct('OriginalFilename', 'actionplan.exe')" in text
    assert "StringTable('080904B0'" in text  # UK English, Unicode


def test_icons_are_drawn_from_the_svg_for_every_platform(build_installer, tmp_path):
    folder = build_installer.make_icons(tmp_path / "icons")
    with Image.open(folder / "actionplan.ico") as ico:
        assert sorted(ico.info["sizes"]) == sorted((s, s) for s in build_installer.ICO_SIZES)
    with Image.open(folder / "actionplan.icns") as icns:
        assert icns.size == (1024, 1024)
    with Image.open(folder / "actionplan.png") as png:
        assert png.size == (256, 256)
        assert png.getpixel((128, 20))[3] == 255  # the shield is drawn, not an empty square
        assert png.getpixel((1, 1))[3] == 0  # with transparent rounded corners
    assert sorted(int(p.stem) for p in (folder / "png").glob("*.png")) == list(build_installer.ICON_SIZES)


def test_the_desktop_entry_offers_to_open_spreadsheets():
    entry = (LINUX / "actionplan.desktop").read_text(encoding="utf-8")
    assert "Exec=actionplan %f" in entry
    assert "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;" in entry
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run(
            [validator, str(LINUX / "actionplan.desktop")], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")
def test_install_sh_installs_and_removes_the_menu_entry(tmp_path):
    unpacked = tmp_path / "Programs" / "actionplan-1.0"
    (unpacked / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (unpacked / "icons" / "hicolor" / "48x48" / "apps" / "actionplan.png").write_bytes(b"png")
    (unpacked / "actionplan").write_text("#!/bin/sh\n")
    for name in ("install.sh", "actionplan.desktop"):
        shutil.copy(LINUX / name, unpacked / name)
    home = tmp_path / "home"
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    entry = home / ".local" / "share" / "applications" / "actionplan.desktop"
    assert f'Exec="{unpacked}/actionplan" %f' in entry.read_text(encoding="utf-8")
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "actionplan.png").is_file()
    assert (home / ".local" / "bin" / "actionplan").resolve() == unpacked / "actionplan"

    subprocess.run(
        ["sh", str(unpacked / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not entry.exists()
    assert not (home / ".local" / "bin" / "actionplan").exists()
    assert (unpacked / "actionplan").is_file()  # the program itself stays where the user put it


def test_the_trimmed_icu_data_keeps_the_core_english_and_welsh(build_installer):
    items = [
        "cnvalias.icu", "uemoji.icu", "nfkc.nrm", "root.res", "en.res", "en_GB.res", "cy.res", "fr.res",
        "de_AT.res", "pool.res", "res_index.res", "supplementalData.res", "zoneinfo64.res",
        "ibm-1390_P110-2003.cnv", "coll/ucadata.icu", "coll/root.res", "coll/cy.res", "coll/zh.res",
        "brkitr/cjdict.dict", "brkitr/char.brk", "brkitr/en.res", "brkitr/ja.res", "zone/en_GB.res",
        "zone/ar.res", "translit/root.res", "translit/el.res",
    ]  # fmt: skip
    kept = build_installer.icu_items_kept(items)
    assert kept == [
        "cnvalias.icu", "uemoji.icu", "nfkc.nrm", "root.res", "en.res", "en_GB.res", "cy.res",
        "pool.res", "res_index.res", "supplementalData.res", "zoneinfo64.res", "coll/ucadata.icu",
        "coll/root.res", "coll/cy.res", "brkitr/cjdict.dict", "brkitr/char.brk", "brkitr/en.res",
        "zone/en_GB.res", "translit/root.res",
    ]  # fmt: skip
