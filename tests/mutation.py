"""Mutation testing of the rules and the safeguards: ``python tests/mutation.py`` (docs/testing.md).

mutmut (the ``mutation`` extra) copies the package into ``mutants/``, makes one small change at a
time to the functions in ``SCOPE`` (a ``<`` becomes ``<=``, a ``True`` becomes ``False``, a word
in a message changes...) and runs the tests that reach the changed function, fastest first.
A change that no test notices "survives": either a rule no test states, or an equivalent
change, marked in the code with ``# pragma: no mutate`` and a reason (docs/testing.md lists them).

Usage::

    python tests/mutation.py                 # what is not yet known to be caught, then the scores
    python tests/mutation.py --all           # every mutant in SCOPE again, from scratch
    python tests/mutation.py compliance rag  # only modules whose path contains these words
    python tests/mutation.py --report        # the scores of the last run, without running

mutmut keeps each mutant's result in ``mutants/``; a mutant of a function that changed since is
tested again. By default only mutants not yet caught (new, survived, or untested) are run, so
after adding a test, running again checks what it kills.

It exits 1 when the score over what was run is below ``--fail-under`` (95 by default).
"""

import argparse
import fnmatch
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The functions where a silent bug would hurt most: "*" is the whole module, else the names of
# its functions and methods ("Class.method"). The tests mutmut may run are set in
# pyproject.toml ([tool.mutmut] pytest_add_cli_args_test_selection).
SCOPE: dict[str, list[str]] = {
    # The rules: compliance states, RAG, dates, matching names, the words users see.
    "actionplan/domain/compliance.py": ["*"],
    "actionplan/domain/rag.py": ["*"],
    "actionplan/domain/dates.py": ["*"],
    "actionplan/domain/text.py": ["*"],
    "actionplan/domain/enums.py": ["*"],
    # Formula safety: text that begins = + - @ tab CR stays text, with Excel's quote prefix.
    "actionplan/exchange/workbook_style.py": [
        "excel_text",
        "_escape_one",
        "needs_text_cell",
        "SheetWriter.text_converter",
        "SheetWriter.append_cells",
        "SheetWriter._cells",
    ],
    "actionplan/exchange/export_summary.py": ["write_summary"],
    "actionplan/exchange/rejects.py": ["_put"],
    # Partner packs: only the partner's people, records, actions, role groups and organisation.
    "actionplan/exchange/export_sheets.py": [
        "write_actions",
        "add_plan_lists",
        "write_people",
        "write_training",
        "load_matrix",
        "count_rows",
    ],
    "actionplan/exchange/export.py": ["_action_rags"],
    # Aggregates: no count of 1 to 4, no percentage resting on fewer than 5 people.
    "actionplan/exchange/export_aggregate.py": ["*"],
    # Imports: all or nothing, and conflicts applied only as the user chose.
    "actionplan/exchange/importer.py": ["apply_import", "_revived", "_updates", "_resolution", "_choices"],
    "actionplan/exchange/apply.py": ["gather"],
    "actionplan/exchange/conflicts.py": ["*"],
    # The change log and its undo.
    "actionplan/storage/uow.py": ["*"],
    "actionplan/services/history.py": ["*"],
}

SEPARATOR = "ǁ"  # mutmut's separator between a class and its method in a mutant's name
DETECTED = {"killed", "timeout", "caught by type check", "segfault"}
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped"}
STATUS |= {36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout", 37: "typed"}


def module_of(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def patterns(path: str, names: list[str]) -> list[str]:
    """mutmut's names for the mutants of these functions (shell-style patterns)."""
    module = module_of(path)
    if names == ["*"]:
        return [f"{module}.*"]
    found = []
    for name in names:
        if "." in name:
            cls, method = name.split(".")
            found.append(f"{module}.x{SEPARATOR}{cls}{SEPARATOR}{method}__mutmut_*")
        else:
            found.append(f"{module}.x_{name}__mutmut_*")
    return found


def results(scope: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    """{module path: {mutant name: status}} from the last run, for the mutants in scope."""
    found = {}
    for path, names in scope.items():
        meta = ROOT / "mutants" / f"{path}.meta"
        if not meta.exists():
            found[path] = {}
            continue
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        wanted = patterns(path, names)
        found[path] = {
            name: STATUS.get(code, "not checked" if code is None else "suspicious")
            for name, code in codes.items()
            if any(fnmatch.fnmatchcase(name, p) for p in wanted)
        }
    return found


def pending(scope: dict[str, list[str]]) -> list[str]:
    """Patterns for the functions with a mutant not yet caught; a changed module entirely.

    Mutants are numbered per function, and a change to the code renumbers them, so pending
    work is named function by function (mutmut tests every mutant it is given again).
    """
    found = results(scope)
    names: list[str] = []
    for path, funcs in scope.items():
        meta = ROOT / "mutants" / f"{path}.meta"
        if not meta.exists() or (ROOT / path).stat().st_mtime > meta.stat().st_mtime:
            names += patterns(path, funcs)
            continue
        names += sorted(
            {f"{n.partition('__mutmut_')[0]}__mutmut_*" for n, s in found[path].items() if s not in DETECTED}
        )
    return names


def report(found: dict[str, dict[str, str]]) -> float:
    """Print the score per module and every survivor; returns the overall score in %."""
    total = Counter()
    print(f"\n{'module':<44} {'mutants':>8} {'detected':>9} {'survived':>9} {'score':>7}")
    for path, statuses in found.items():
        counts = Counter(statuses.values())
        detected = sum(n for s, n in counts.items() if s in DETECTED)
        score = 100.0 * detected / len(statuses) if statuses else 100.0
        total["mutants"] += len(statuses)
        total["detected"] += detected
        survived = len(statuses) - detected
        print(f"{module_of(path):<44} {len(statuses):>8} {detected:>9} {survived:>9} {score:>6.1f}%")
    overall = 100.0 * total["detected"] / total["mutants"] if total["mutants"] else 100.0
    print(
        f"{'all':<44} {total['mutants']:>8} {total['detected']:>9} "
        f"{total['mutants'] - total['detected']:>9} {overall:>6.1f}%"
    )
    left = [(name, s) for statuses in found.values() for name, s in statuses.items() if s not in DETECTED]
    if left:
        print("\nNot detected (see each with: mutmut show NAME):")
        for name, status in left:
            print(f"  {status:<12} {name}")
    return overall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="run only modules whose path contains one of these")
    parser.add_argument("--all", action="store_true", help="test every mutant in scope again")
    parser.add_argument("--report", action="store_true", help="print the last run's scores; run nothing")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    parser.add_argument("--fail-under", type=float, default=95.0, help="the lowest acceptable score (%%)")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    scope = {p: n for p, n in SCOPE.items() if not args.modules or any(m in p for m in args.modules)}
    if not scope:
        parser.error(f"no module in scope matches {args.modules}")
    if not args.report:
        mutmut = Path(sys.executable).with_name("mutmut")
        if not mutmut.exists():
            print("mutmut is not installed: pip install -e '.[test,mutation]'", file=sys.stderr)
            return 2
        names = pending(scope) if not args.all else []
        if not args.all and not names:
            print("Every mutant in scope is caught.")
            return int(report(results(scope)) < args.fail_under)
        names = names or [p for path, funcs in scope.items() for p in patterns(path, funcs)]
        command = [str(mutmut), "run", "--max-children", str(args.jobs), *names]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("CI", None)  # a mutant the tests skip is not a failing run
        finished = subprocess.run(command, env=env, check=False)
        if finished.returncode != 0:
            print(f"mutmut stopped with exit status {finished.returncode}.", file=sys.stderr)
            return finished.returncode
    score = report(results(scope))
    return 0 if score >= args.fail_under else 1


if __name__ == "__main__":
    sys.exit(main())
