"""Load test for team mode: eight processes recording attendance and editing actions on one database.

Each process runs the application's own services in a loop for the time given: half the
operations record a session's attendance for ten people picked at random (the same person may
be picked by another process for the same session at the same moment), half read an action and
save it back with one more on its ``position`` counter, passing the version read, as the window
does; a save refused as stale is read again and retried, as a user who reloads would. At the
end the script checks that nothing failed and nothing was lost: every action's counter went up
by exactly the number of saves the processes made, and every attendance asked for is recorded
once. Then it prints the operations per second.

Run from the repository (CI's throwaway server, or any empty PostgreSQL database you may use):

    .venv/bin/python scripts/load_test.py --postgres postgresql+psycopg://USER@HOST:PORT/DB
    .venv/bin/python scripts/load_test.py --sqlite /tmp/load.db

With both, PostgreSQL runs first, then the SQLite file. ``tests/benchmarks/test_team_load.py``
runs both against a throwaway server.
"""

import argparse
import multiprocessing
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DAY = date(2026, 11, 28)  # every process's "today" (attendance must not be in the future)
PEOPLE = 400
SESSION_SIZE = 10


@dataclass
class WorkerResult:
    operations: int = 0
    attendance_calls: int = 0
    records_created: int = 0
    saves: Counter = field(default_factory=Counter)  # action id -> successful saves
    stale_retries: int = 0
    wanted: set = field(default_factory=set)  # (person id, course id, date) asked for
    errors: list = field(default_factory=list)


def _worker(url: str, seconds: float, seed: int, queue: multiprocessing.Queue) -> None:
    os.environ["ACTIONPLAN_TODAY"] = DAY.isoformat()
    from actionplan.errors import ActionPlanError, StaleEditError
    from actionplan.services import actions, courses, open_database, people, plans, training

    result = WorkerResult()
    rng = random.Random(seed)
    db = open_database(url)
    try:
        plan = plans.find_plan(db.unit_of_work())
        action_ids = [a.id for a in actions.list_actions(db.unit_of_work(), plan.id, DAY)]
        person_ids = [p.id for p in people.list_people(db.unit_of_work())]
        course_ids = [c.id for c in courses.list_courses(db.unit_of_work())]
        sessions = [DAY - timedelta(days=d) for d in range(1, 31)]  # a month of sessions to share
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if rng.random() < 0.5:
                    course, day = rng.choice(course_ids), rng.choice(sessions)
                    chosen = rng.sample(person_ids, SESSION_SIZE)
                    done = training.record_attendance(db.unit_of_work(), course, day, chosen)
                    result.attendance_calls += 1
                    result.records_created += done.created
                    result.wanted.update((p, course, day) for p in chosen)
                else:
                    action_id = rng.choice(action_ids)
                    while True:
                        seen = actions.get_action(db.unit_of_work(), action_id, DAY)
                        try:
                            actions.update_action(
                                db.unit_of_work(),
                                action_id,
                                today=DAY,
                                expected_version=seen.version,
                                position=seen.position + 1,
                            )
                            break
                        except StaleEditError:
                            result.stale_retries += 1  # someone saved it first: read again, save again
                    result.saves[action_id] += 1
                result.operations += 1
            except ActionPlanError as exc:
                result.errors.append(str(exc))
    finally:
        db.close()
    queue.put(result)


def prepare(url: str, *, create: bool) -> None:
    """Fill an empty database with the demo partnership."""
    os.environ["ACTIONPLAN_TODAY"] = DAY.isoformat()
    from actionplan import demo
    from actionplan.services import open_database

    db = open_database(url, create=create)
    try:
        demo.generate(db.unit_of_work(), people=PEOPLE, seed=11, today=DAY)
    finally:
        db.close()


def _state(url: str) -> tuple[dict[int, int], set[tuple[int, int, date]], int]:
    from sqlalchemy import select

    from actionplan.services import open_database
    from actionplan.storage.models import Action, TrainingRecord

    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            positions = dict(conn.execute(select(Action.id, Action.position)).all())
            records = {
                (p, c, d)
                for p, c, d in conn.execute(
                    select(TrainingRecord.person_id, TrainingRecord.course_id, TrainingRecord.completed_on)
                )
            }
            count = len(conn.execute(select(TrainingRecord.id)).all())
        return positions, records, count
    finally:
        db.close()


@dataclass
class LoadReport:
    backend: str
    processes: int
    seconds: float
    operations: int
    attendance_calls: int
    saves: int
    stale_retries: int
    records_created: int
    errors: list[str]
    lost_updates: int
    missing_attendance: int
    duplicate_records: int

    @property
    def per_second(self) -> float:
        return self.operations / self.seconds

    def line(self) -> str:
        return (
            f"{self.backend}: {self.processes} processes, {self.seconds:.0f} s: {self.operations} operations "
            f"({self.per_second:.1f}/s): {self.attendance_calls} attendance records of {SESSION_SIZE} "
            f"({self.records_created} completions added), {self.saves} action saves "
            f"({self.stale_retries} refused as stale and retried); errors {len(self.errors)}, "
            f"lost updates {self.lost_updates}, attendance missing {self.missing_attendance}, "
            f"duplicates {self.duplicate_records}"
        )

    @property
    def clean(self) -> bool:
        return (
            not self.errors
            and not self.lost_updates
            and not self.missing_attendance
            and not self.duplicate_records
        )


def run_load(url: str, *, backend: str, processes: int = 8, seconds: float = 60.0) -> LoadReport:
    """Run the load on a prepared database and check what it left."""
    before_positions, before_records, before_count = _state(url)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_worker, args=(url, seconds, n, queue)) for n in range(processes)]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=seconds + 300) for _ in workers]
    for worker in workers:
        worker.join(60)
    elapsed = time.monotonic() - started
    saves: Counter = Counter()
    wanted: set = set()
    for result in results:
        saves.update(result.saves)
        wanted |= result.wanted
    after_positions, after_records, after_count = _state(url)
    lost = sum(
        1 for action_id, n in saves.items() if after_positions[action_id] != before_positions[action_id] + n
    )
    created = sum(r.records_created for r in results)
    return LoadReport(
        backend=backend,
        processes=processes,
        seconds=min(elapsed, seconds) if elapsed else seconds,
        operations=sum(r.operations for r in results),
        attendance_calls=sum(r.attendance_calls for r in results),
        saves=sum(saves.values()),
        stale_retries=sum(r.stale_retries for r in results),
        records_created=created,
        errors=[e for r in results for e in r.errors],
        lost_updates=lost,
        missing_attendance=len(wanted - after_records),
        duplicate_records=(after_count - before_count) - created,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="URL of an empty PostgreSQL database to fill and load")
    parser.add_argument("--sqlite", type=Path, help="a SQLite file to create and load")
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    if not args.postgres and not args.sqlite:
        parser.error("give --postgres URL, --sqlite FILE, or both")
    reports = []
    for backend, url, create in (
        ("PostgreSQL", args.postgres, False),
        ("SQLite", f"sqlite:///{args.sqlite.resolve()}" if args.sqlite else None, True),
    ):
        if not url:
            continue
        prepare(url, create=create)
        report = run_load(url, backend=backend, processes=args.processes, seconds=args.seconds)
        print(report.line(), flush=True)
        for error in report.errors[:5]:
            print(f"  error: {error}")
        reports.append(report)
    return 0 if all(r.clean for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
