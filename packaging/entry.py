"""The frozen application's entry point: the same ``actionplan`` command as the installed package."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
