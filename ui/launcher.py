"""The ``actionplan`` command: with a subcommand it runs the core's command line, without one the window.

``actionplan FILE.xlsx`` opens the window and starts the import wizard on the file ("Open with").

It lives in ``ui`` so the arrows stay one-way: the core never imports the window.
"""

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from actionplan import cli

# What "Open with" may hand over: the files the import wizard reads.
OPEN_SUFFIXES = (".xlsx", ".xlsm", ".csv")


def load_window() -> Callable[[argparse.Namespace], int]:
    """The window's entry point (``ui.app.run_app``), its modules imported core first.

    Once PySide6 is imported, its ``__feature__`` support reads the source of every module
    imported after it (to see whether the module mentions PySide6). The core's storage
    libraries (SQLAlchemy, SQLModel, pydantic: some 300 modules, many of them long) are
    therefore imported before Qt, which spares that reading at every start.
    """
    import actionplan.services  # noqa: F401 (imported for its libraries, before Qt)
    from ui.app import run_app

    return run_app


def _open_window(args: argparse.Namespace, open_file: str | None = None) -> int:
    try:
        run_app = load_window()
    except ImportError as exc:  # Qt missing or broken: say so in one line
        print(f"actionplan: the desktop application cannot start: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    args.open_file = Path(open_file) if open_file else None
    return run_app(args)


def split_open_file(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """``actionplan [options] FILE.xlsx`` (what "Open with" runs): the arguments without FILE, and FILE.

    FILE is the only argument besides the global options, and names a spreadsheet (so it can
    never be a command). Anything else is left whole for the command line to judge.
    """
    argv = list(argv)
    probe = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    cli.add_global_options(probe)
    probe.add_argument("rest", nargs="*")
    try:
        known, _unknown = probe.parse_known_args(argv)
    except argparse.ArgumentError:  # a bad option value: the real parser says what is wrong
        return argv, None
    if len(known.rest) != 1 or not known.rest[0].lower().endswith(OPEN_SUFFIXES):
        return argv, None
    at = len(argv) - 1 - argv[::-1].index(known.rest[0])
    return argv[:at] + argv[at + 1 :], known.rest[0]


def main(argv: Sequence[str] | None = None) -> int:
    args, open_file = split_open_file(sys.argv[1:] if argv is None else argv)
    return cli.run(args, no_command=lambda parsed: _open_window(parsed, open_file))


if __name__ == "__main__":
    sys.exit(main())
