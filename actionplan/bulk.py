"""Making many small objects at once (county scale: 50,000 people, 250,000 matrix cells).

Each few hundred new objects set off Python's cycle collector, and its fuller passes walk every
object the process holds (a window at county scale holds millions), so a bulk load spends much
of its time there. ``gc_paused`` holds the collector off while a load makes objects that cannot
form cycles (tuples, frozen read models, rows); reference counting frees them as usual.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cycle collector held off for a bulk load (see above); left as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
