"""``new_uuid`` takes its random bytes from ``os.urandom`` a batch at a time: never the same twice."""

import os
import sys
import threading
import uuid

import pytest

from actionplan.storage import models


def test_uuids_are_version_4_and_all_different_across_many_batches():
    made = [models.new_uuid() for _ in range(models._UUID_BATCH * 3 + 7)]
    assert len(set(made)) == len(made)
    assert all(str(uuid.UUID(u)) == u and uuid.UUID(u).version == 4 for u in made)


def test_threads_never_take_the_same_digits():
    made: list[list[str]] = [[] for _ in range(8)]

    def make(out: list[str]) -> None:
        out.extend(models.new_uuid() for _ in range(2000))

    threads = [threading.Thread(target=make, args=(out,)) for out in made]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [u for out in made for u in out]
    assert len(every) == 16_000 and len(set(every)) == 16_000


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32", reason="POSIX fork")
def test_a_forked_child_does_not_repeat_its_parents_next_uuids():
    models.new_uuid()  # a batch under way: most of it still to be taken
    assert models._uuid_digits
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover (the child)
        try:
            os.close(read_end)
            os.write(write_end, "\n".join(models.new_uuid() for _ in range(10)).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        child = pipe.read().split("\n")
    os.waitpid(pid, 0)
    parent = [models.new_uuid() for _ in range(10)]
    assert len(child) == 10 and not set(child) & set(parent)
