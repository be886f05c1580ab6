"""Holding the cycle collector off for a bulk load: cycles are still freed, and a pause inside another
leaves the collector to the outer one."""

import gc
import weakref

from actionplan.bulk import gc_paused


class _Node:
    def __init__(self) -> None:
        self.other: object = None


def test_cycles_made_while_paused_are_still_collected():
    with gc_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
    assert gone() is not None  # a cycle: reference counting alone does not free it
    gc.collect()
    assert gone() is None


def test_a_nested_or_disabled_pause_leaves_the_collector_off():
    gc.disable()
    try:
        with gc_paused():
            kept = [[n] for n in range(5_000)]
        assert not gc.isenabled()
        assert gc.get_count()[0] >= 5_000  # nothing collected: the caller's own pause ends later
    finally:
        gc.enable()
    assert len(kept) == 5_000
