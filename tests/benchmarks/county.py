"""The county-scale benchmark suite (issue: instant at 50,000 people): every job beside its baseline.

Run from a checkout: ``python -m tests.benchmarks`` (``--quick`` for a small smoke run,
``--only ROW`` for one row, ``--runs N``). It makes the county data set once (cached in the
temporary folder), then runs each job and its baseline alternately, ``--runs`` times each, as
whole processes under ``nice``, and prints job, figure, baseline, ratio, goal and MET/SHORT.

Figures are CPU seconds (user + system) of the child process, from ``os.wait4`` (the same
counters as ``resource.getrusage(RUSAGE_CHILDREN)``, one child at a time), medians of the runs;
the wall-clock medians are printed too. Peak memory is the child's ``ru_maxrss``. CPU time is
the steadier figure on a shared machine; the budgets are ratios, so both sides of a row are
measured the same way in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-28"
COUNTY = 50_000
TRAINING_RECORDS = 150_000
NICE = 10

# --------------------------------------------------------------------------- running processes


@dataclass
class Run:
    """One finished child process: CPU and wall seconds, peak memory (MiB), exit status."""

    cpu: float
    wall: float
    rss_mib: float
    code: int
    out: str = ""


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "ACTIONPLAN_TODAY": TODAY,
            "QT_QPA_PLATFORM": "offscreen",
            "MPLBACKEND": "Agg",
            "PYTHONPATH": str(ROOT),
        }
    )
    env.setdefault("MPLCONFIGDIR", str(cache_root() / "mpl"))
    env.pop("ACTIONPLAN_DB", None)
    env.pop("ACTIONPLAN_DATA_DIR", None)
    # An installed copy runs from compiled bytecode (pip compiles at install, the bundle holds
    # .pyc files): without this a shell with PYTHONDONTWRITEBYTECODE set would have every job
    # compile the application's modules again on each start (``compile_sources``).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra or {})
    return env


def compile_sources() -> None:
    """Compile the application's modules once, as installing it does, before anything is timed."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "actionplan", "ui", "tests/benchmarks"],
        cwd=ROOT,
        env=environment(),
        check=True,
    )


def run(argv: Sequence[str], *, env: dict[str, str] | None = None, check: bool = True, cwd=None) -> Run:
    """Run ``argv`` under ``nice`` as one child; its own rusage from ``os.wait4``."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        child = subprocess.Popen(
            ["nice", "-n", str(NICE), *argv],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env or environment(),
            cwd=cwd or ROOT,
        )
        _pid, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    result = Run(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, child.returncode, text)
    if check and result.code != 0:
        raise RuntimeError(f"{' '.join(map(str, argv))} exited {result.code}:\n{text[-3000:]}")
    return result


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def app(data_dir: Path, *args: str) -> list[str]:
    return python("-m", "ui.launcher", "--data-dir", str(data_dir), *args)


# --------------------------------------------------------------------------- the data set


def cache_root() -> Path:
    root = Path(
        os.environ.get("ACTIONPLAN_BENCH_CACHE") or Path(tempfile.gettempdir()) / "actionplan-benchmarks"
    )
    root.mkdir(parents=True, exist_ok=True)
    return root


@dataclass
class DataSet:
    """The folders and files every row uses, for ``people`` people."""

    people: int
    root: Path
    demo_seconds: float | None = None

    @property
    def county(self) -> Path:
        return self.root / "county"

    @property
    def demo(self) -> Path:
        return self.root / "demo"

    @property
    def export(self) -> Path:
        return self.root / "county-export.xlsx"

    @property
    def people_book(self) -> Path:
        return self.root / "county-people.xlsx"

    @property
    def training_book(self) -> Path:
        return self.root / "county-training.xlsx"

    @property
    def cells(self) -> Path:
        return self.root / "county-export-cells.pickle"

    @property
    def empty(self) -> Path:
        return self.root / "empty"


def make_data(people: int, training: int, log: Callable[[str], None]) -> DataSet:
    """The county database (``demo --people``), its export, the people and training workbooks."""
    data = DataSet(people, cache_root() / f"county-{people}")
    done = data.root / "done.json"
    if done.exists():
        data.demo_seconds = json.loads(done.read_text()).get("demo_seconds")
        upgrade_cached(data)
        return data
    shutil.rmtree(data.root, ignore_errors=True)
    data.root.mkdir(parents=True)
    log(f"making the data set for {people:,} people in {data.root} (once)")
    made = run(app(data.county, "demo", "--people", str(people), "--seed", "7"))
    data.demo_seconds = made.wall
    run(app(data.demo, "demo"))
    run(app(data.empty, "init"))
    run(app(data.county, "export", str(data.export)))
    run(
        python(
            "-m", "tests.benchmarks.baselines", "make-books", str(data.export), str(data.root), str(training)
        )
    )
    done.write_text(json.dumps({"demo_seconds": data.demo_seconds}))
    return data


def upgrade_cached(data: DataSet) -> None:
    """Bring the cached databases to the newest schema once, so that no timed job migrates them
    (a migration backs the file up first: the jobs would be timing the upgrade, not the work)."""
    from actionplan.services import open_database
    from actionplan.storage.database import head_revision

    head = head_revision()
    for folder in (data.county, data.demo, data.empty):
        path = folder / "actionplan.db"
        with contextlib.closing(sqlite3.connect(path)) as conn:
            stamped = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if stamped != head:
            open_database(f"sqlite:///{path}", backups_dir=folder / "backups").close()


def fresh_copy(source: Path, into: Path) -> Path:
    shutil.rmtree(into, ignore_errors=True)
    shutil.copytree(source, into, ignore=shutil.ignore_patterns("backups", "logs"))
    return into


# --------------------------------------------------------------------------- rows


@dataclass
class Row:
    """One line of the table: a job, its baseline (or none) and the goal."""

    name: str
    job: str
    baseline: str
    goal: str
    figure: float | None = None  # the job's median (seconds, MiB or ms)
    base: float | None = None
    ratio: float | None = None
    met: bool | None = None
    unit: str = "s"
    notes: list[str] = field(default_factory=list)


def alternate(
    job: Callable[[], Run], baseline: Callable[[], Run] | None, runs: int
) -> tuple[list[Run], list[Run]]:
    """Run job and baseline in turn, ``runs`` times each."""
    jobs, bases = [], []
    for _ in range(runs):
        jobs.append(job())
        if baseline is not None:
            bases.append(baseline())
    return jobs, bases


def cpu(runs: list[Run]) -> float:
    return statistics.median(r.cpu for r in runs)


def wall(runs: list[Run]) -> float:
    return statistics.median(r.wall for r in runs)


def compare(row: Row, jobs: list[Run], bases: list[Run], limit: float) -> Row:
    row.figure, row.base = cpu(jobs), cpu(bases)
    row.ratio = row.figure / row.base
    row.met = row.ratio <= limit
    row.notes.append(f"wall {wall(jobs):.2f} s / {wall(bases):.2f} s = {wall(jobs) / wall(bases):.2f}")
    return row


def row_import_people(data: DataSet, runs: int, work: Path) -> list[Row]:
    book = str(data.people_book)

    def job() -> Run:
        folder = fresh_copy(data.empty, work / "import-people")
        return run(app(folder, "import", "--kind", "people", book))

    calamine = lambda: run(python("-m", "tests.benchmarks.baselines", "calamine", book))  # noqa: E731
    openpyxl = lambda: run(python("-m", "tests.benchmarks.baselines", "openpyxl", book))  # noqa: E731
    jobs, bases = alternate(job, calamine, runs)
    _, opx = alternate(lambda: jobs[0], openpyxl, runs)
    first = compare(
        Row("import-people", f"import {data.people:,} people", "calamine read", "<= 3x"), jobs, bases, 3
    )
    second = compare(
        Row("import-people", "  (same import)", "openpyxl read-only pass", "<= 0.5x"), jobs, opx, 0.5
    )
    return [first, second]


def row_import_training(data: DataSet, runs: int, work: Path) -> list[Row]:
    book = str(data.training_book)

    def job() -> Run:
        folder = fresh_copy(data.county, work / "import-training")
        done = run(app(folder, "import", "--kind", "training", "--skip-invalid", book), check=False)
        if done.code not in (0, 1):  # 1: a few rows rejected (and left out), as the demo's data has
            raise RuntimeError(done.out[-3000:])
        return done

    calamine = lambda: run(python("-m", "tests.benchmarks.baselines", "calamine", book))  # noqa: E731
    jobs, bases = alternate(job, calamine, runs)
    records = json.loads((data.root / "books.json").read_text())["training"]
    return [compare(Row("import-training", f"import {records:,} training records", "calamine read", "<= 3x"),
                    jobs, bases, 3)]  # fmt: skip


def row_export(data: DataSet, runs: int, work: Path) -> list[Row]:
    out = work / "export.xlsx"
    plain = work / "plain.xlsx"
    job = lambda: run(app(data.county, "export", str(out)))  # noqa: E731
    base = lambda: run(python("-m", "tests.benchmarks.baselines", "write-only", str(data.cells), str(plain)))  # noqa: E731
    jobs, bases = alternate(job, base, runs)
    cells = json.loads((data.root / "books.json").read_text())["cells"]
    return [
        compare(
            Row("export", "full export", f"openpyxl write-only, {cells:,} cells", "<= 1.3x"), jobs, bases, 1.3
        )
    ]


def forget_kept(folder: Path) -> None:
    """Drop the compliance counts kept in ``folder``'s database: the next run counts afresh, as it
    does after any change of the data (see ``services.kept_counts``)."""
    with contextlib.closing(sqlite3.connect(folder / "actionplan.db")) as conn, conn:
        conn.execute("DELETE FROM kept_figures")


def warmed(source: Path, into: Path, *args: str, env: dict[str, str] | None = None) -> Path:
    """A fresh copy of ``source``, opened once with ``args`` (upgraded if need be, counts kept)."""
    folder = fresh_copy(source, into)
    run(app(folder, *args), env=env)
    return folder


def row_status(data: DataSet, runs: int, work: Path) -> list[Row]:
    county = warmed(data.county, work / "status-county", "status", "--json")
    demo = warmed(data.demo, work / "status-demo", "status", "--json")
    job = lambda: run(app(county, "status", "--json"))  # noqa: E731
    base = lambda: run(app(demo, "status", "--json"))  # noqa: E731
    jobs, bases = alternate(job, base, runs)
    rows = [compare(Row("status", "status --json (county)", "status --json (demo)", "<= 2x"), jobs, bases, 2)]

    def afresh(folder: Path) -> Callable[[], Run]:
        def counted() -> Run:
            forget_kept(folder)
            return run(app(folder, "status", "--json"))

        return counted

    jobs, bases = alternate(afresh(county), afresh(demo), runs)
    row = compare(Row("status-afresh", "  same, first after a change", "same, demo", "-"), jobs, bases, 2)
    row.met = None  # what the kept counts spare: shown, not a goal
    rows.append(row)
    return rows


def smoke(folder: Path, pages: str | None = None) -> Run:
    extra = {"ACTIONPLAN_SMOKE_PAGES": pages} if pages else {}
    return run(app(folder, "--smoke-test"), env=environment(extra))


def row_window(data: DataSet, runs: int, work: Path) -> list[Row]:
    county = fresh_copy(data.county, work / "window")
    smoke(county, "dashboard")  # upgraded if need be, the counts kept
    job = lambda: smoke(county, "dashboard")  # noqa: E731
    base = lambda: run(python("-m", "tests.benchmarks.baselines", "bare-window"))  # noqa: E731
    jobs, bases = alternate(job, base, runs)
    row = compare(
        Row("window", "open window, dashboard (county)", "bare PySide6 window", "<= 4x, < 1 s"),
        jobs,
        bases,
        4,
    )
    row.met = bool(row.met and row.figure is not None and row.figure < 1.0)

    def afresh() -> Run:
        forget_kept(county)
        return smoke(county, "dashboard")

    jobs, bases = alternate(afresh, base, runs)
    first = compare(
        Row("window-afresh", "  same, first after a change", "bare PySide6 window", "-"), jobs, bases, 4
    )
    first.met = None
    return [row, first]


def row_smoke(data: DataSet, runs: int, work: Path) -> list[Row]:
    county = fresh_copy(data.county, work / "smoke-county")
    demo = fresh_copy(data.demo, work / "smoke-demo")
    for folder in (county, demo):  # upgraded if need be, the counts kept: as every later start finds them
        smoke(folder)
    jobs, bases = alternate(lambda: smoke(county), lambda: smoke(demo), runs)
    rows = [compare(Row("smoke", "--smoke-test (county)", "--smoke-test (demo)", "<= 2x"), jobs, bases, 2)]
    peak = max(r.rss_mib for r in jobs)
    rows.append(Row("memory", "peak memory, --smoke-test (county)", "-", "< 400 MB", figure=peak * 1.048576,
                    unit="MB", met=peak * 1.048576 < 400))  # fmt: skip
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        profile = work / "lo-profile"

        def office() -> Run:
            out = work / "lo-out"
            shutil.rmtree(out, ignore_errors=True)
            user = f"-env:UserInstallation={profile.as_uri()}"
            return run(
                [soffice, user, "--headless", "--convert-to", "csv", "--outdir", str(out), str(data.export)]
            )

        office()  # the first run makes the profile: not counted
        _, bases = alternate(lambda: jobs[0], office, runs)
        label = "soffice --convert-to csv, county export"
        rows.append(compare(Row("libreoffice", "--smoke-test (county)", label, "<= 1x"), jobs, bases, 1))
    else:
        rows.append(Row("libreoffice", "--smoke-test (county)", "soffice not installed", "<= 1x"))
    return rows


def row_demo(data: DataSet, runs: int, work: Path) -> list[Row]:
    times = []
    for _ in range(runs):
        folder = work / "demo-county"
        shutil.rmtree(folder, ignore_errors=True)
        times.append(run(app(folder, "demo", "--people", str(data.people), "--seed", "7")))
    row = Row("demo", f"demo --people {data.people:,} (wall)", "-", "< 30 s", figure=wall(times))
    row.met = row.figure < 30
    row.notes.append(f"CPU {cpu(times):.2f} s")
    return [row]


def row_ui(data: DataSet, runs: int, work: Path) -> list[Row]:
    county = fresh_copy(data.county, work / "ui")
    # Opened once first, as the other window rows are: its compliance counts kept, so the
    # dashboard reads them and nothing else; the window reads the people and the compliance facts
    # ahead while the probe leaves it on the dashboard (``ui.warm_up``), or, ``--at-once``, the
    # matrix loads the facts itself (as every later run finds it after the probe's own edit).
    smoke(county, "dashboard")

    def probe(*extra: str) -> dict[str, list[float]]:
        results: dict[str, list[float]] = {}
        for _ in range(runs):
            done = run(python("-m", "tests.benchmarks.ui_probe", str(county), *extra))
            line = [x for x in done.out.splitlines() if x.startswith("{")][-1]
            for key, value in json.loads(line).items():
                results.setdefault(key, []).append(value)
        return results

    results, at_once = probe(), probe("--at-once")
    goals = {"search": ("type a letter in People search", 100), "matrix": ("matrix page first paint", 300),
             "scroll": ("matrix scrolled a page, slowest of 30", 50),
             "edit": ("one matrix edit, cells and dashboard current", 200)}  # fmt: skip
    rows = []
    for key, (label, limit) in goals.items():
        figure = statistics.median(results[key])
        rows.append(
            Row(f"ui-{key}", label, "-", f"< {limit} ms", figure=figure, unit="ms", met=figure < limit)
        )
        if key == "matrix":
            rows.append(Row("ui-matrix-at-once", "  same, shown at once after the start", "-",
                            "-", figure=statistics.median(at_once[key]), unit="ms", met=None))  # fmt: skip
    return rows


ROWS: dict[str, Callable[[DataSet, int, Path], list[Row]]] = {
    "import-people": row_import_people,
    "import-training": row_import_training,
    "export": row_export,
    "status": row_status,
    "window": row_window,
    "smoke": row_smoke,
    "ui": row_ui,
    "demo": row_demo,
}


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    return f"{value:.0f} {unit}" if unit in ("ms", "MB") else f"{value:.2f} {unit}"


def table(rows: list[Row]) -> str:
    lines = [f"{'job':44} {'figure':>10}  {'baseline':44} {'base':>8} {'ratio':>6}  {'goal':14} result"]
    for r in rows:
        result = "-" if r.met is None else ("MET" if r.met else "SHORT")
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "-"
        base = fmt(r.base, r.unit) if r.base is not None else "-"
        lines.append(
            f"{r.job:44} {fmt(r.figure, r.unit):>10}  {r.baseline:44} {base:>8} {ratio:>6}"
            f"  {r.goal:14} {result}"
        )
        for note in r.notes:
            lines.append(f"{'':56}{note}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 people, one run each: a smoke run")
    parser.add_argument("--people", type=int, default=None, help=f"people in the county (default {COUNTY:,})")
    parser.add_argument("--runs", type=int, default=None, help="runs of each job and baseline (default 3)")
    parser.add_argument("--only", action="append", choices=sorted(ROWS), help="only this row (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    args = parser.parse_args(argv)
    people = args.people or (2_000 if args.quick else COUNTY)
    runs = args.runs or (1 if args.quick else 3)
    log = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    compile_sources()
    data = make_data(people, TRAINING_RECORDS * people // COUNTY, log)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="actionplan-bench-") as tmp:
        for name in args.only or ROWS:
            log(f"running {name} ({runs} run(s) each, alternating with its baseline)")
            rows.extend(ROWS[name](data, runs, Path(tmp)))
    print(
        f"County benchmark: {people:,} people, {runs} run(s) each; CPU seconds (user + system) "
        "of the whole process, medians; ratio = job / baseline"
    )
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in rows], indent=1, default=str))
    return 0
