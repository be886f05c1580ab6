"""The ``actionplan`` command: with a subcommand it runs the core's command line, without one the window.

It lives in ``ui`` so the arrows stay one-way: the core never imports the window.
"""

import argparse
import sys
from collections.abc import Sequence

from actionplan import cli


def _open_window(args: argparse.Namespace) -> int:
    try:
        from ui.app import run_app
    except ImportError as exc:  # Qt missing or broken: say so in one line
        print(f"actionplan: the desktop application cannot start: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.run(argv, no_command=_open_window)


if __name__ == "__main__":
    sys.exit(main())
