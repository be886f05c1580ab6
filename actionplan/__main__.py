"""Run the core's command line: ``python -m actionplan``."""

import sys

from actionplan.cli import main

sys.exit(main())
