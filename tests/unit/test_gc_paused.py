"""Holding the cycle collector off for a bulk load leaves nothing for it to walk on the way out."""

import gc
import weakref

from actionplan.bulk import gc_paused


class _Node:
    def __init__(self) -> None:
        self.other: object = None


def test_the_objects_made_while_paused_are_not_walked_when_the_collector_comes_back():
    gc.collect()
    runs: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            runs.append(info["generation"])

    with gc_paused():
        kept = [[n] for n in range(50_000)]  # tracked objects, far past the youngest threshold
        assert gc.get_count()[0] > gc.get_threshold()[0]
        gc.callbacks.append(record)
    try:
        after = [[n] for n in range(100)]  # allocations right after: no pass over the load
    finally:
        gc.callbacks.remove(record)
    assert gc.isenabled()
    assert runs == []
    # Promoted to the oldest generation without a collection, none left frozen.
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(kept[0]) in oldest and id(kept[-1]) in oldest
    assert gc.get_freeze_count() == 0
    assert len(after) == 100


def test_cycles_made_while_paused_are_still_collected():
    with gc_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
    assert gone() is not None  # a cycle: reference counting alone does not free it
    gc.collect()
    assert gone() is None


def test_a_nested_or_disabled_pause_promotes_nothing():
    gc.disable()
    try:
        with gc_paused():
            kept = [[n] for n in range(5_000)]
        assert not gc.isenabled()
        assert gc.get_count()[0] >= 5_000  # left as it was: the caller's own pause ends later
    finally:
        gc.enable()
    assert len(kept) == 5_000
