"""``python -m tests.benchmarks``: the county-scale suite (see ``tests/benchmarks/county.py``)."""

import sys

from tests.benchmarks.county import main

sys.exit(main())
