"""Build ActionPlan's installer: a PyInstaller bundle, checked as a user would run it, then packaged.

    python build_installer.py [--debug] [--out DIR] [--work DIR] [--runs N]

1. Icons (.png, .ico, .icns) drawn from resources/icons/app.svg, and Windows version
   information, both from ``actionplan.__version__``; nothing generated is kept in git.
2. PyInstaller with packaging/actionplan.spec: one folder, ``OUT/actionplan`` (on macOS also
   ``OUT/ActionPlan.app``).
3. Checks of the bundle: what it holds (no test code, pandas or QtWebEngine; the resources,
   templates, migrations and translations) and its size (under 200 MB).
4. The frozen executable run on throwaway data folders: ``--version``, ``--smoke-test``,
   ``init`` (Prevent template), ``import`` of sample workbooks, ``export`` and re-import,
   ``report``, ``chart``, ``--as-of``, the data folder, a schema-0001 database upgraded, and a
   spreadsheet given on the command line ("Open with"); on Linux also on a real X display.
5. Start-up time: the frozen ``--smoke-test`` against the unfrozen one (medians).
6. The package for this platform: Linux ``.tar.gz`` with a desktop entry; Windows Inno Setup
   installer; macOS ``.dmg``.

Exit status 0 when every step passed, 1 when one failed (the reason is printed).
"""

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPEC = ROOT / "packaging" / "actionplan.spec"
FIXTURES = ROOT / "tests" / "fixtures"
NAME = "actionplan"
APP_NAME = "ActionPlan"
DESCRIPTION = "Prevent partnership action plan and key personnel training manager"
SIZE_LIMIT = 200_000_000  # bytes, "under 200 MB"
STARTUP_RATIO_LIMIT = 1.5
DATA_TABLES = ("plan", "organisation", "person", "training_record", "action", "meeting", "change_batch")
SAMPLE_FILES = ("partnership_action_plan.xlsx", "police_training_matrix.xlsx", "trust_elearning_export.csv")
PDF_PAGE = re.compile(rb"/Type\s*/Page[^s]")
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
IS_WINDOWS = sys.platform == "win32"
IS_MACOS = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")

# Python packages and Qt parts that must not be in the bundle.
FORBIDDEN_PACKAGES = (
    "pandas",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "tkinter",
    "tests",
    "importlinter",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
)
FORBIDDEN_FILE_PARTS = ("QtWebEngine", "Qt6WebEngine", "Qt6Quick", "Qt6Qml", "pandas", "pytest")


class BuildFailed(Exception):
    """A step that did not work; its message says what and why, in one line."""


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


# -- version, icons and Windows version information -----------------------------------------------


def package_version() -> str:
    sys.path.insert(0, str(ROOT))
    from actionplan import __version__

    return __version__


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` -> (0, 1, 0, 0): Windows version resources take four numbers (no "rc1" or "+local")."""
    release = re.match(r"\d+(\.\d+)*", version)  # 1.2.0rc1 -> 1.2.0
    numbers = [int(part) for part in release.group().split(".")][:4] if release else []
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def make_icons(folder: Path) -> Path:
    """Draw resources/icons/app.svg with Qt's SVG renderer into PNGs, an .ico and an .icns."""
    from io import BytesIO

    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = ROOT / "resources" / "icons" / "app.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise BuildFailed(f"{source} is not an SVG image that Qt can draw")
    png_folder = folder / "png"
    png_folder.mkdir(parents=True, exist_ok=True)
    images = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        (png_folder / f"{size}.png").write_bytes(bytes(data))
        images[size] = Image.open(BytesIO(bytes(data))).convert("RGBA")
    shutil.copyfile(png_folder / "256.png", folder / f"{NAME}.png")
    images[256].save(
        folder / f"{NAME}.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    images[1024].save(
        folder / f"{NAME}.icns", format="ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 1024]
    )
    with Image.open(folder / f"{NAME}.ico") as ico:
        if len(ico.info.get("sizes", ())) != len(ICO_SIZES):
            raise BuildFailed(
                f"the Windows icon holds {len(ico.info.get('sizes', ()))} sizes, not {len(ICO_SIZES)}"
            )
    with Image.open(folder / f"{NAME}.icns") as icns:
        if icns.size != (1024, 1024):
            raise BuildFailed("the macOS icon has no 1024 x 1024 image")
    print(f"icons: {NAME}.png, {NAME}.ico ({len(ICO_SIZES)} sizes), {NAME}.icns, png/ {ICON_SIZES}")
    return folder


VERSION_INFO = """# Windows version information for {name}.exe, generated by build_installer.py.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('080904B0', [
        StringStruct('CompanyName', '{app}'),
        StringStruct('FileDescription', '{app}: {description}'),
        StringStruct('FileVersion', '{version}'),
        StringStruct('InternalName', '{name}'),
        StringStruct('LegalCopyright', 'The {app} authors'),
        StringStruct('OriginalFilename', '{name}.exe'),
        StringStruct('ProductName', '{app}'),
        StringStruct('ProductVersion', '{version}')
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])
  ]
)
"""


def write_version_info(path: Path, version: str) -> Path:
    """PyInstaller's version resource (UK English, Unicode) with the package's version."""
    text = VERSION_INFO.format(
        name=NAME, app=APP_NAME, description=DESCRIPTION, version=version, numbers=numeric_version(version)
    )
    # What PyInstaller does with it: evaluate it with its version-resource classes. Here stand-ins
    # record the call, so a malformed file fails on every platform, not only on Windows.
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct")
    stand_ins = {name: (lambda *a, _n=name, **k: (_n, a, k)) for name in (*names, "VarFileInfo", "VarStruct")}
    root = eval(compile(text, str(path), "eval"), {"__builtins__": {}}, stand_ins)  # noqa: S307 (our own text)
    if root[0] != "VSVersionInfo":
        raise BuildFailed("the Windows version information is not a VSVersionInfo")
    path.write_text(text, encoding="utf-8")
    print(f"Windows version information: {version} {numeric_version(version)}")
    return path


# -- PyInstaller -------------------------------------------------------------------------------------


@dataclass
class Bundle:
    folder: Path  # the one-folder bundle (on macOS, the .app)
    executable: Path  # the command-line executable
    version: str
    checks: list[str] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)


def run_pyinstaller(
    out: Path, work: Path, icons: Path, version_file: Path, debug: bool, version: str
) -> Bundle:
    log = work / "pyinstaller.log"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(out),
        "--workpath",
        str(work / "pyinstaller"),
        str(SPEC),
        "--",
        "--icons",
        str(icons),
        "--version-file",
        str(version_file),
    ]
    if debug:
        command.append("--debug")
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as handle:
        result = subprocess.run(command, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT, check=False)
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
        print("\n".join(tail))
        raise BuildFailed(f"PyInstaller failed (exit {result.returncode}); its log is {log}")
    print(f"PyInstaller: {time.monotonic() - started:.0f} s (log: {log})")
    if IS_MACOS:
        folder = out / f"{APP_NAME}.app"
        executable = folder / "Contents" / "MacOS" / NAME
    else:
        folder = out / NAME
        executable = folder / (NAME + (".exe" if IS_WINDOWS else ""))
    if not executable.is_file():
        raise BuildFailed(f"PyInstaller made no {executable}")
    return Bundle(folder, executable, version)


# -- ICU data (Linux) -------------------------------------------------------------------------------

# Qt on Linux links ICU, whose data library (31 MB) holds every locale of the world, legacy code
# pages and word dictionaries. The application speaks English and Welsh and reads and writes
# Unicode: the trimmed data keeps the core tables (normalisation, properties, names, time zones,
# collation's UCA table), every word-break dictionary, and the locale bundles of root, English
# and Welsh (other locales fall back to root, as ICU does for any locale it lacks).
ICU_LOCALES = re.compile(r"^(root|en|en_GB|en_001|en_150|cy|cy_GB|pool|res_index)\.res$")
ICU_LOCALE_BUNDLE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")


def icu_items_kept(items: Sequence[str]) -> list[str]:
    """Which items of ICU's data package the trimmed one keeps."""
    kept = []
    for item in items:
        name = item.rsplit("/", 1)[-1]
        if name.endswith(".cnv"):
            continue  # legacy code pages
        if "/" in item and name.endswith(".res") and not ICU_LOCALES.match(name):
            continue  # another locale's collation, names, currencies, units, zones, spellings
        if "/" not in item and ICU_LOCALE_BUNDLE.match(name) and not ICU_LOCALES.match(name):
            continue
        kept.append(item)
    return kept


def trim_icu_data(bundle: Bundle, work: Path) -> None:
    """Replace the bundle's ``libicudata.so.NN`` with one holding only what the application uses.

    The data is taken out of the library's read-only section, repacked with ICU's ``icupkg``
    (Debian: icu-devtools) and assembled into a library of the same name and symbol with gcc.
    """
    found = sorted(data_folder(bundle).rglob("libicudata.so.*"))
    if not found:
        print("no ICU data library in the bundle")
        return
    library = found[0]
    major = library.name.rsplit(".", 1)[-1]
    symbol, package_name = f"icudt{major}_dat", f"icudt{major}l"
    for tool in ("icupkg", "gcc", "objdump"):
        if shutil.which(tool) is None:
            raise BuildFailed(f"trimming ICU's data needs {tool} (Debian: icu-devtools, gcc, binutils)")
    shutil.rmtree(work, ignore_errors=True)
    (work / "items").mkdir(parents=True)
    (work / "out").mkdir()
    (work / "full").mkdir()
    table = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    match = re.search(rf"^([0-9a-f]+)\s.*\s([0-9a-f]+)\s+{symbol}$", table, re.M)
    if match is None:
        raise BuildFailed(f"{library.name} has no symbol {symbol}")
    address, length = int(match[1], 16), int(match[2], 16)
    sections = subprocess.run(
        ["objdump", "-h", str(library)], capture_output=True, text=True, check=True
    ).stdout
    rodata = re.search(r"\.rodata\s+([0-9a-f]+)\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", sections)
    if rodata is None:
        raise BuildFailed(f"{library.name} has no .rodata section")
    offset = int(rodata[3], 16) + address - int(rodata[2], 16)
    original = work / "full" / f"{package_name}.dat"  # icupkg takes the package name from the file
    original.write_bytes(library.read_bytes()[offset : offset + length])
    listed = subprocess.run(["icupkg", "-l", str(original)], capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        raise BuildFailed(f"icupkg cannot read {library.name}'s data: {listed.stderr.strip()[-300:]}")
    items = listed.stdout.split()
    kept = icu_items_kept(items)
    (work / "kept.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
    trimmed = work / "out" / f"{package_name}.dat"  # the file name is the items' package name
    run_tool(["icupkg", "-x", str(work / "kept.txt"), "-d", str(work / "items"), str(original)], "icupkg")
    run_tool(
        ["icupkg", "-a", str(work / "kept.txt"), "-s", str(work / "items"), "new", str(trimmed)], "icupkg"
    )
    source = work / "icudata.S"
    source.write_text(
        "    .section .rodata\n"
        f"    .globl {symbol}\n"
        f"    .type {symbol}, @object\n"
        "    .balign 16\n"
        f"{symbol}:\n"
        f'    .incbin "{trimmed}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    made = work / library.name
    run_tool(
        ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(made), str(source)], "gcc"
    )
    before = library.stat().st_size
    shutil.copyfile(made, library)
    print(
        f"{library.name}: {before / 1e6:.1f} MB -> {library.stat().st_size / 1e6:.1f} MB "
        f"({len(kept)} of {len(items)} items)"
    )


# -- what the bundle holds ---------------------------------------------------------------------------


def bundle_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def data_folder(bundle: Bundle) -> Path:
    """Where the bundle keeps its files (``sys._MEIPASS`` of the frozen application)."""
    if IS_MACOS:
        return bundle.folder / "Contents" / "Frameworks"
    return bundle.folder / "_internal"


def python_modules(bundle: Bundle) -> list[str]:
    """The modules inside the executable's archive (PYZ) and the files beside it."""
    from PyInstaller.archive.readers import pkg_archive_contents

    return list(pkg_archive_contents(str(bundle.executable), recursive=True))


def check_contents(bundle: Bundle) -> None:
    size, count = bundle_size(bundle.folder)
    bundle.facts.update(size_bytes=size, files=count)
    print(f"bundle: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB) in {count} files: {bundle.folder}")
    if size >= SIZE_LIMIT:
        raise BuildFailed(f"the bundle is {size / 1e6:.1f} MB, over the {SIZE_LIMIT / 1e6:.0f} MB limit")

    modules = python_modules(bundle)
    files = [p.relative_to(bundle.folder).as_posix() for p in bundle.folder.rglob("*")]
    unwanted = sorted(
        {m for m in modules for bad in FORBIDDEN_PACKAGES if m == bad or m.startswith(bad + ".")}
        | {m for m in modules if "tests" in m.split(".") or m.split(".")[-1].startswith("test_")}
        | {f for f in files for bad in FORBIDDEN_FILE_PARTS if bad in f}
    )
    if unwanted:
        raise BuildFailed(f"the bundle holds what it must not: {', '.join(unwanted[:12])}")
    print(f"no test code, pandas, QtWebEngine or QtQuick among {len(modules)} modules and {len(files)} files")

    inside = data_folder(bundle)
    wanted = [Path("resources") / p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*")]
    wanted = [p for p in wanted if (ROOT / p).is_file() and p.suffix not in {".pro", ".md"}]
    for pattern in (
        "actionplan/templates/*.json",
        "actionplan/storage/migrations/*.py",
        "actionplan/storage/migrations/*.mako",
        "actionplan/storage/migrations/versions/*.py",
        "actionplan/locale/**/*.po",
        "actionplan/locale/**/*.mo",
    ):
        wanted += [p.relative_to(ROOT) for p in ROOT.glob(pattern)]
    missing = [p.as_posix() for p in wanted if not (inside / p).is_file()]
    plugins = qt_plugins_wanted()
    missing += [name for name in plugins if not list(inside.glob(f"PySide6/**/plugins/{name}*"))]
    if missing:
        raise BuildFailed(f"the bundle lacks {', '.join(missing[:12])}")
    translations = [p for p in wanted if p.suffix in {".po", ".mo", ".ts", ".qm"}]
    print(
        f"{len(wanted)} application files present (resources, templates, migrations, "
        f"{len(translations)} translations) and Qt plugins {', '.join(p.split('/')[-1] for p in plugins)}"
    )


def qt_plugins_wanted() -> list[str]:
    names = ["platforms/*offscreen", "imageformats/*svg", "iconengines/*svgicon"]
    if IS_LINUX:
        names.append("platforms/libqxcb")
    elif IS_WINDOWS:
        names.append("platforms/qwindows")
    elif IS_MACOS:
        names.append("platforms/libqcocoa")
    return names


# -- the frozen application at work ------------------------------------------------------------------


class Frozen:
    """Runs the frozen executable with a clean environment: offscreen Qt, no user paths."""

    def __init__(self, bundle: Bundle, scratch: Path):
        self.bundle = bundle
        self.scratch = scratch
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("ACTIONPLAN_")}
        self.env.update(QT_QPA_PLATFORM="offscreen", MPLCONFIGDIR=str(scratch / "mpl"))
        self.env.pop("PYTHONPATH", None)

    def folder(self, name: str) -> Path:
        path = self.scratch / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def run(
        self, *args: object, env: dict[str, str] | None = None, prefix: Sequence[str] = (), timeout: int = 300
    ) -> subprocess.CompletedProcess:
        command = [*prefix, str(self.bundle.executable), *map(str, args)]
        try:
            return subprocess.run(
                command,
                env={**self.env, **(env or {})},
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise BuildFailed(f"'{' '.join(command[-4:])}' did not finish in {timeout} s") from exc

    def ok(self, *args: object, **kwargs) -> subprocess.CompletedProcess:
        """Run and insist on exit status 0."""
        result = self.run(*args, **kwargs)
        if result.returncode != 0:
            said = (result.stderr.strip() or result.stdout.strip()).splitlines()[-8:]
            raise BuildFailed(
                f"'actionplan {' '.join(map(str, args))}' exited {result.returncode}: " + " | ".join(said)
            )
        return result

    def json(self, *args: object, **kwargs) -> dict:
        return json.loads(self.ok(*args, **kwargs).stdout)


def check(bundle: Bundle, name: str, action: Callable[[], str]) -> None:
    started = time.monotonic()
    try:
        detail = action()
    except BuildFailed as exc:
        raise BuildFailed(f"frozen check '{name}' failed: {exc}") from exc
    except (AssertionError, OSError, ValueError, KeyError, sqlite3.Error) as exc:
        raise BuildFailed(f"frozen check '{name}' failed: {type(exc).__name__}: {exc}") from exc
    bundle.checks.append(name)
    print(f"  ok  {name} ({time.monotonic() - started:.1f} s): {detail}", flush=True)


def frozen_checks(bundle: Bundle, scratch: Path) -> None:
    app = Frozen(bundle, scratch)
    data = app.folder("data")

    def version() -> str:
        said = app.ok("--version").stdout.strip()
        assert said == f"actionplan {bundle.version}", f"--version says {said!r}"
        return said

    def smoke() -> str:
        result = app.ok("--data-dir", app.folder("smoke"), "--smoke-test")
        assert "smoke test passed" in result.stdout, result.stdout
        return f"{result.stdout.count(': ok (')} pages loaded"

    def data_dir_from_environment() -> str:
        said = app.ok("init", env={"ACTIONPLAN_DATA_DIR": str(data)}).stdout
        assert (data / "actionplan.db").is_file(), said
        return f"init with ACTIONPLAN_DATA_DIR made {data.name}/actionplan.db"

    def default_data_dir() -> str:
        home = app.folder("home")
        env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
        expected = platform_data_dir(env)
        app.ok("init", "--template", "blank", env=env)
        assert (expected / "actionplan.db").is_file(), f"no database in {expected}"
        return f"{expected.relative_to(home)}/actionplan.db (platformdirs)"

    def prevent_template() -> str:
        template = json.loads(
            (ROOT / "actionplan" / "templates" / "prevent.json").read_text(encoding="utf-8")
        )
        status = app.json("--data-dir", data, "status", "--json")
        courses = sorted(r["course"] for r in status["requirements"])
        assert courses == sorted(r["course"] for r in template["requirements"]), courses
        return f"{len(courses)} requirements: {', '.join(courses)}"

    def imports() -> str:
        said = []
        for name in SAMPLE_FILES:
            result = app.json("--data-dir", data, "import", FIXTURES / name, "--json")
            created = sum(result["created"].values())
            assert result["applied"] and result["rejected"] == 0 and created > 0, result
            said.append(f"{name} +{created}")
        return "; ".join(said)

    def export_and_reimport() -> str:
        out = app.folder("out") / "export.xlsx"
        app.ok("--data-dir", data, "export", out)
        with zipfile.ZipFile(out) as workbook:
            assert "xl/workbook.xml" in workbook.namelist()
        again = app.json("--data-dir", data, "import", out, "--dry-run", "--json")
        changed = sum(again["created"].values()) + sum(again["updated"].values()) + again["rejected"]
        assert changed == 0, again
        return f"{out.stat().st_size} bytes; re-import: {sum(again['unchanged'].values())} rows unchanged"

    def report() -> str:
        pdf = app.folder("out") / "pack.pdf"
        app.ok("--data-dir", data, "report", pdf)
        content = pdf.read_bytes()
        assert content.startswith(b"%PDF") and b"DejaVuSans" in content, "not a PDF with its fonts"
        pages = len(re.findall(PDF_PAGE, content))
        return f"{pages} pages, {len(content)} bytes"

    def welsh() -> str:
        # The window's .ts, the core's .po and Babel's Welsh locale data, read from the bundle.
        window = app.ok("--data-dir", data, "--lang", "cy", "--smoke-test").stdout
        assert "smoke test passed" in window and "Hunanasesiad" in window, window
        status = app.ok("--data-dir", data, "--lang", "cy", "status").stdout
        assert "Camau gweithredu" in status and "heb ddechrau" in status, status
        pdf = app.folder("out") / "pecyn.pdf"
        said = app.ok("--data-dir", data, "--lang", "cy", "report", pdf).stdout
        assert pdf.read_bytes().startswith(b"%PDF") and "Ysgrifennwyd" in said, said
        return "window, status and meeting pack in Welsh"

    def charts() -> str:
        out = app.folder("out")
        app.ok("--data-dir", data, "chart", "burnup", out / "burnup.png")
        app.ok("--data-dir", data, "chart", "themes", out / "themes.svg")
        assert (out / "burnup.png").read_bytes().startswith(b"\x89PNG")
        assert b"<svg" in (out / "themes.svg").read_bytes()[:500]
        return "burnup.png, themes.svg"

    def as_of() -> str:
        before = app.json("--as-of", "31/03/2027", "--data-dir", data, "status", "--json")
        after = app.json("--data-dir", data, "status", "--json", "--as-of", "2028-02-29")
        assert before["as_of"] == "2027-03-31" and after["as_of"] == "2028-02-29", (
            before["as_of"],
            after["as_of"],
        )
        return "31/03/2027 before the command, 2028-02-29 after it"

    def upgrade() -> str:
        from actionplan.storage.database import head_revision

        folder = app.folder("upgrade")
        old = FIXTURES / "schema_0001.sqlite"
        shutil.copyfile(old, folder / "actionplan.db")
        status = app.json("--data-dir", folder, "--plan", "1", "status", "--json")
        before, after = table_counts(old), table_counts(folder / "actionplan.db")
        revision = after.pop("revision")
        assert before.pop("revision") == "0001" and revision == head_revision(), (
            f"left at revision {revision}"
        )
        assert all(after[table] == count for table, count in before.items()), (before, after)
        backups = list((folder / "backups").glob("*before-upgrade-0001.db"))
        assert len(backups) == 1, "no backup made before the upgrade"
        return (
            f"0001 -> {revision}; plan '{status['plan']}', {before['person']} people, "
            f"{before['action']} actions kept; backup {backups[0].name}"
        )

    def protected() -> str:
        folder = app.folder("protected")
        secrets = {"AP_PASSPHRASE": "frozen passphrase 2026", "AP_PASSWORD": "frozen workbook pass"}
        app.ok("--data-dir", folder, "--passphrase-env", "AP_PASSPHRASE", "demo", env=secrets)
        head = (folder / "actionplan.db").read_bytes()[:16]
        assert not head.startswith(b"SQLite format 3"), "the database is not encrypted"
        status = app.json(
            "--data-dir", folder, "status", "--json", "--passphrase-env", "AP_PASSPHRASE", env=secrets
        )
        pack = app.folder("out") / "protected.xlsx"
        app.ok(
            "--data-dir",
            folder,
            "--passphrase-env",
            "AP_PASSPHRASE",
            "export",
            pack,
            "--password-env",
            "AP_PASSWORD",
            env=secrets,
        )
        assert pack.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1"), "the workbook is not encrypted"
        again = app.json(
            "--data-dir",
            folder,
            "--passphrase-env",
            "AP_PASSPHRASE",
            "--password-env",
            "AP_PASSWORD",
            "import",
            pack,
            "--dry-run",
            "--json",
            env=secrets,
        )
        changed = sum(again["created"].values()) + sum(again["updated"].values()) + again["rejected"]
        assert changed == 0, again
        return f"SQLCipher database ({status['people']} people), encrypted export re-imported unchanged"

    def rooms() -> str:
        assessment = app.json("--data-dir", data, "assessment", "--json")
        sections = len(assessment["sections"])
        assert sections == 8, f"{sections} sections"
        requests = app.json("--data-dir", data, "requests", "status", "--json")
        return f"self-assessment with {sections} sections; {len(requests['requests'])} update requests"

    def team_driver() -> str:
        result = app.run("--db", "postgresql+psycopg://nobody@127.0.0.1:9/none", "status", timeout=60)
        said = (result.stderr or result.stdout).strip()
        assert result.returncode == 2 and "No module named" not in said and "Traceback" not in said, said
        return "PostgreSQL driver present: " + said.splitlines()[-1][:90]

    def open_with() -> str:
        result = app.ok("--data-dir", data, "--smoke-test", FIXTURES / "council_key_personnel.xlsx")
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith("import wizard: ok")), None)
        assert line, result.stdout
        return line

    def real_display() -> str:
        xvfb_run = shutil.which("xvfb-run")
        if not xvfb_run:
            return "skipped: xvfb-run is not installed"
        prefix = [xvfb_run, "-a", "-s", "-screen 0 1280x800x24"]
        env = {"QT_QPA_PLATFORM": "xcb"}
        result = app.ok("--data-dir", app.folder("xcb"), "--smoke-test", env=env, prefix=prefix)
        assert "smoke test passed" in result.stdout
        return "the smoke test passed on an X display (xcb)"

    checks: list[tuple[str, Callable[[], str]]] = [
        ("version", version),
        ("smoke test", smoke),
        ("data folder from ACTIONPLAN_DATA_DIR", data_dir_from_environment),
        ("Prevent template", prevent_template),
        ("import", imports),
        ("export and re-import", export_and_reimport),
        ("report", report),
        ("Welsh (--lang cy)", welsh),
        ("charts", charts),
        ("--as-of", as_of),
        ("upgrade of a schema-0001 database", upgrade),
        ("protected database and workbook", protected),
        ("self-assessment and update requests", rooms),
        ("team database driver", team_driver),
        ("open a spreadsheet (Open with)", open_with),
    ]
    if not IS_WINDOWS:  # Windows finds the user's folders through the shell, not the environment
        checks.insert(3, ("default data folder", default_data_dir))
    if IS_LINUX:
        checks.append(("X display", real_display))
    for name, action in checks:
        check(bundle, name, action)


def table_counts(path: Path) -> dict[str, object]:
    """Rows in the tables that hold users' data, and the schema revision, of a database file."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        counts: dict[str, object] = {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
            for table in DATA_TABLES
        }
        counts["revision"] = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    return counts


def platform_data_dir(env: dict[str, str]) -> Path:
    """Where platformdirs puts the data folder under ``env`` (as the frozen application will)."""
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        from platformdirs import user_data_dir

        from actionplan.paths import APP_AUTHOR
        from actionplan.paths import APP_NAME as DATA_NAME

        return Path(user_data_dir(DATA_NAME, APP_AUTHOR))
    finally:
        os.environ.clear()
        os.environ.update(saved)


# -- start-up time --------------------------------------------------------------------------------------


def startup_times(bundle: Bundle, scratch: Path, runs: int) -> None:
    """The frozen and the unfrozen ``--smoke-test`` in turn on fresh data folders: medians and ratio."""
    app = Frozen(bundle, scratch)
    unfrozen = [sys.executable, "-m", "ui.launcher"]
    commands = {"frozen": [str(bundle.executable)], "unfrozen": unfrozen}
    times: dict[str, list[float]] = {"frozen": [], "unfrozen": []}
    for index in range(runs + 1):  # the first round warms the disk cache and is not counted
        for label, command in commands.items():
            folder = app.folder(f"timing-{label}-{index}")
            started = time.perf_counter()
            result = subprocess.run(
                [*command, "--data-dir", str(folder), "--smoke-test"],
                env=app.env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            elapsed = time.perf_counter() - started
            if result.returncode != 0:
                raise BuildFailed(
                    f"the {label} smoke test failed while timing it: {result.stderr.strip()[-300:]}"
                )
            if index:
                times[label].append(elapsed)
    frozen, plain = statistics.median(times["frozen"]), statistics.median(times["unfrozen"])
    ratio = frozen / plain
    bundle.facts.update(
        startup_frozen_s=round(frozen, 3),
        startup_unfrozen_s=round(plain, 3),
        startup_ratio=round(ratio, 3),
        startup_runs=runs,
    )
    spread = {k: f"{min(v):.2f}-{max(v):.2f}" for k, v in times.items()}
    print(
        f"--smoke-test, median of {runs}: frozen {frozen:.2f} s (range {spread['frozen']}), unfrozen "
        f"{plain:.2f} s (range {spread['unfrozen']}): ratio {ratio:.2f} (limit {STARTUP_RATIO_LIMIT})"
    )
    if ratio > STARTUP_RATIO_LIMIT:
        print(
            f"WARNING: the frozen start-up is {ratio:.2f} times the unfrozen one (over {STARTUP_RATIO_LIMIT})"
        )


# -- packages ---------------------------------------------------------------------------------------------


def package(bundle: Bundle, out: Path, work: Path, icons: Path) -> Path:
    if IS_LINUX:
        return package_linux(bundle, out, work, icons)
    if IS_WINDOWS:
        return package_windows(bundle, out, icons)
    if IS_MACOS:
        return package_macos(bundle, out, work)
    raise BuildFailed(f"there is no package for {sys.platform}")


def package_linux(bundle: Bundle, out: Path, work: Path, icons: Path) -> Path:
    """``actionplan-VERSION-linux-ARCH.tar.gz``: the bundle, a desktop entry, icons, install.sh."""
    top = f"{NAME}-{bundle.version}"
    staging = work / "package" / top
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(bundle.folder, staging, symlinks=True)
    linux = ROOT / "packaging" / "linux"
    shutil.copyfile(linux / f"{NAME}.desktop", staging / f"{NAME}.desktop")
    shutil.copyfile(linux / "install.sh", staging / "install.sh")
    (staging / "install.sh").chmod(0o755)
    shutil.copyfile(icons / f"{NAME}.png", staging / f"{NAME}.png")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        target = staging / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons / "png" / f"{size}.png", target)
    scalable = staging / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "app.svg", scalable)
    archive = out / f"{top}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=top)
    check_linux_archive(bundle, archive, top, work)
    return archive


def check_linux_archive(bundle: Bundle, archive: Path, top: str, work: Path) -> None:
    """Unpack the archive, run its executable, and install its desktop entry into a scratch home."""
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        for wanted in (f"{top}/{NAME}", f"{top}/{NAME}.desktop", f"{top}/{NAME}.png", f"{top}/install.sh"):
            if wanted not in names:
                raise BuildFailed(f"the archive lacks {wanted}")
        entry = tar.extractfile(f"{top}/{NAME}.desktop").read().decode("utf-8")  # type: ignore[union-attr]
        if XLSX_MIME not in entry or "%f" not in entry:
            raise BuildFailed("the desktop entry does not offer to open .xlsx files")
        scratch = Path(tempfile.mkdtemp(prefix="unpacked-", dir=work))
        if hasattr(tarfile, "tar_filter"):  # Python 3.11.4 and later
            tar.extractall(scratch, filter="tar")
        else:
            tar.extractall(scratch)  # noqa: S202 (our own archive, just made)
    unpacked = scratch / top
    said = subprocess.run([str(unpacked / NAME), "--version"], capture_output=True, text=True, check=False)
    if said.stdout.strip() != f"actionplan {bundle.version}":
        raise BuildFailed(f"the unpacked executable does not run: {said.stderr.strip()[-300:]}")
    home = scratch / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    installed = subprocess.run(
        [str(unpacked / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    desktop = home / ".local" / "share" / "applications" / f"{NAME}.desktop"
    if installed.returncode != 0 or not desktop.is_file():
        raise BuildFailed(f"install.sh did not install the desktop entry: {installed.stderr.strip()[-300:]}")
    text = desktop.read_text(encoding="utf-8")
    if f"Exec={unpacked / NAME} %f" not in text and f'Exec="{unpacked / NAME}" %f' not in text:
        raise BuildFailed(f"the installed desktop entry does not run {unpacked / NAME}")
    validator = shutil.which("desktop-file-validate")
    if validator:
        valid = subprocess.run([validator, str(desktop)], capture_output=True, text=True, check=False)
        if valid.returncode != 0:
            raise BuildFailed(f"desktop-file-validate: {valid.stdout.strip()} {valid.stderr.strip()}")
    shutil.rmtree(scratch, ignore_errors=True)
    size = archive.stat().st_size
    bundle.facts["package_bytes"] = size
    print(
        f"{archive.name}: {size / 1e6:.1f} MB; unpacked, it runs, and install.sh installs its desktop entry"
    )


def find_inno_setup() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def package_windows(bundle: Bundle, out: Path, icons: Path) -> Path:
    """``ActionPlan-VERSION-windows-setup.exe`` from packaging/windows/actionplan.iss (Inno Setup 6)."""
    iscc = find_inno_setup()
    if iscc is None:
        raise BuildFailed(
            "Inno Setup 6 is not installed (ISCC.exe): install it, e.g. 'choco install innosetup'"
        )
    numbers = ".".join(map(str, numeric_version(bundle.version)))
    result = subprocess.run(
        [
            str(iscc),
            "/Q",
            f"/DAppVersion={bundle.version}",
            f"/DFileVersion={numbers}",
            f"/DBundleDir={bundle.folder}",
            f"/DOutputDir={out}",
            f"/DIconFile={icons / (NAME + '.ico')}",
            str(ROOT / "packaging" / "windows" / "actionplan.iss"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    installer = out / f"{APP_NAME}-{bundle.version}-windows-setup.exe"
    if result.returncode != 0 or not installer.is_file():
        raise BuildFailed(f"Inno Setup failed: {(result.stdout + result.stderr).strip()[-500:]}")
    bundle.facts["package_bytes"] = installer.stat().st_size
    print(f"{installer.name}: {installer.stat().st_size / 1e6:.1f} MB")
    return installer


def package_macos(bundle: Bundle, out: Path, work: Path) -> Path:
    """``ActionPlan-VERSION-macos.dmg``: the .app (signed and notarised when configured) and /Applications."""
    identity = os.environ.get("ACTIONPLAN_CODESIGN_IDENTITY")
    if identity:
        entitlements = ROOT / "packaging" / "macos" / "entitlements.plist"
        run_tool(
            ["codesign", "--force", "--deep", "--options", "runtime", "--timestamp"]
            + ["--entitlements", str(entitlements), "--sign", identity, str(bundle.folder)],
            "codesign",
        )
    staging = work / "dmg"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    shutil.copytree(bundle.folder, staging / bundle.folder.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    dmg = out / f"{APP_NAME}-{bundle.version}-macos.dmg"
    run_tool(
        ["hdiutil", "create", "-volname", f"{APP_NAME} {bundle.version}", "-srcfolder", str(staging)]
        + ["-ov", "-format", "UDZO", str(dmg)],
        "hdiutil",
    )
    profile = os.environ.get("ACTIONPLAN_NOTARY_PROFILE")
    if identity and profile:
        run_tool(
            ["xcrun", "notarytool", "submit", str(dmg), "--keychain-profile", profile, "--wait"], "notarytool"
        )
        run_tool(["xcrun", "stapler", "staple", str(dmg)], "stapler")
    bundle.facts["package_bytes"] = dmg.stat().st_size
    print(f"{dmg.name}: {dmg.stat().st_size / 1e6:.1f} MB" + ("" if identity else " (not signed)"))
    return dmg


def run_tool(command: list[str], name: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildFailed(f"{name} failed: {(result.stdout + result.stderr).strip()[-500:]}")


# -- the whole build -------------------------------------------------------------------------------------


def build(out: Path, work: Path, *, debug: bool = False, runs: int = 5) -> dict[str, object]:
    """Every step; returns the facts written to ``OUT/build-report.json``. Raises BuildFailed."""
    started = time.monotonic()
    version = package_version()
    out.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    print(
        f"{APP_NAME} {version} for {sys.platform} ({platform.machine()}), Python {platform.python_version()}"
    )

    step("Icons and version information")
    icons = make_icons(work / "icons")
    version_file = write_version_info(work / "version_info.txt", version)

    step("PyInstaller" + (" (debug: console build)" if debug else ""))
    bundle = run_pyinstaller(out, work, icons, version_file, debug, version)

    if IS_LINUX:
        step("Trim Qt's ICU data to the languages the application speaks")
        trim_icu_data(bundle, work / "icu")

    step("What the bundle holds")
    check_contents(bundle)

    scratch = Path(tempfile.mkdtemp(prefix="frozen-checks-", dir=work))
    try:
        step("The frozen application at work (throwaway data folders)")
        frozen_checks(bundle, scratch)
        step("Start-up time")
        startup_times(bundle, scratch, runs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    step("Package")
    made = package(bundle, out, work, icons)

    facts: dict[str, object] = {
        "version": version,
        "platform": sys.platform,
        "machine": platform.machine(),
        "bundle": str(bundle.folder),
        "package": str(made),
        "checks": bundle.checks,
        **bundle.facts,
        "build_seconds": round(time.monotonic() - started),
    }
    (out / "build-report.json").write_text(json.dumps(facts, indent=2) + "\n", encoding="utf-8")
    step("Done")
    print(
        f"{made.name}: bundle {facts['size_bytes'] / 1e6:.1f} MB, {len(bundle.checks)} frozen checks passed, "
        f"start-up {facts['startup_frozen_s']:.2f} s frozen / {facts['startup_unfrozen_s']:.2f} s unfrozen "
        f"(x{facts['startup_ratio']:.2f}), built in {facts['build_seconds']} s"
    )
    return facts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="console build, with the bootloader's messages")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="bundle and package (default: dist)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work (default: build)"
    )
    parser.add_argument("--runs", type=int, default=5, help="timed start-ups of each kind (default: 5)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    try:
        build(args.out.resolve(), args.work.resolve(), debug=args.debug, runs=args.runs)
    except BuildFailed as exc:
        print(f"\nbuild_installer: FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
