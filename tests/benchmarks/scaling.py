"""How cost grows with the county: the main jobs at 1,000, 10,000 and 50,000 people.

``python -m tests.benchmarks.scaling [--sizes 1000,10000,50000] [--chart docs/county-scaling.png]``
runs each job once per size (whole process, CPU seconds of the child as in
``tests.benchmarks.county``), beside the plain calamine read and openpyxl write-only baselines,
prints a table and, with ``--chart``, draws it.
"""

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.benchmarks import county

JOBS = (
    "import people",
    "calamine read",
    "export",
    "openpyxl write-only",
    "status --json",
    "status, first after a change",
    "--smoke-test",
)


def measure(data: county.DataSet, work: Path) -> dict[str, float]:
    base = [sys.executable, "-m", "tests.benchmarks.baselines"]
    folder = county.fresh_copy(data.empty, work / "import")
    figures = {
        "import people": county.run(
            county.app(folder, "import", "--kind", "people", str(data.people_book))
        ).cpu,
        "calamine read": county.run([*base, "calamine", str(data.people_book)]).cpu,
        "export": county.run(county.app(data.county, "export", str(work / "export.xlsx"))).cpu,
        "openpyxl write-only": county.run(
            [*base, "write-only", str(data.cells), str(work / "plain.xlsx")]
        ).cpu,
    }
    # As a user finds the database: upgraded, and the counts kept by the run before.
    warm = county.warmed(data.county, work / "status", "status", "--json")
    figures["status --json"] = county.run(county.app(warm, "status", "--json")).cpu
    county.forget_kept(warm)
    figures["status, first after a change"] = county.run(county.app(warm, "status", "--json")).cpu
    smoke = county.fresh_copy(data.county, work / "smoke")
    county.smoke(smoke)
    figures["--smoke-test"] = county.smoke(smoke).cpu
    return figures


def chart(results: dict[int, dict[str, float]], path: Path) -> None:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 4.2), dpi=100)
    axes = figure.add_subplot()
    sizes = sorted(results)
    for job in JOBS:
        style = "--" if job in ("calamine read", "openpyxl write-only") else "-"
        axes.plot(sizes, [results[s][job] for s in sizes], style, marker="o", label=job)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("people in the county")
    axes.set_ylabel("CPU seconds, whole process")
    axes.set_title("Cost against county size (dashed: plain-library baselines)")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.scaling", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--chart", type=Path)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    log = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    results: dict[int, dict[str, float]] = {}
    county.compile_sources()
    for size in sizes:
        data = county.make_data(size, county.TRAINING_RECORDS * size // county.COUNTY, log)
        log(f"measuring {size:,} people")
        with tempfile.TemporaryDirectory(prefix="actionplan-scaling-") as tmp:
            results[size] = measure(data, Path(tmp))
    print("CPU seconds (user + system) of the whole process, one run each")
    print(f"{'job':30}" + "".join(f"{s:>12,}" for s in sizes))
    for job in JOBS:
        print(f"{job:30}" + "".join(f"{results[s][job]:12.2f}" for s in sizes))
    if args.chart:
        chart(results, args.chart)
        print(f"chart written to {args.chart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
