"""A plan's compliance counts kept in the database between runs, while its data is unchanged.

Counting a county (50,000 people, 150,000 training records) means reading all of it and
asking the rules about everyone: most of a second, at every start of the window and every
``status``. The counts change only when the data does (or the day), so the first count at a
data version is kept in the database (``kept_figures``) with that version, and read back while
the version is the same (``storage.data_version``: every transaction that writes counts the
version up). Reading them costs the same for 50 people as for 50,000.

A kept count is used only when everything it was worked out from is unchanged: the same data
version, the same plan and day, and the same requirements (ids, in order); anything else
counts again and keeps the new count. Figures are kept only in SQLite files (see
``storage.data_version``); on a database server they are counted every time. Keeping them is
a convenience: a database that cannot be written to at that moment (another program holds it,
or the file is read-only) simply keeps nothing.
"""

import logging
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from actionplan.domain.compliance import ComplianceCounts
from actionplan.domain.enums import ComplianceState
from actionplan.services import requirements as requirement_service
from actionplan.services.compliance import Counted, load_facts
from actionplan.services.readmodels import PersonFigures, RequirementView
from actionplan.storage import data_version
from actionplan.storage.database import BUSY_TIMEOUT_MS
from actionplan.storage.models import KeptFigures
from actionplan.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

FORMAT = 1  # of the kept JSON: counted again when it is not this one


def key_of(plan_id: int, on: date) -> str:
    return f"compliance:{plan_id}:{on.isoformat()}"


def counted(uow: UnitOfWork, plan_id: int, on: date) -> Counted:
    """The plan's counts on ``on``: as kept while the data is unchanged, else counted (and kept)."""
    key = key_of(plan_id, on)
    with uow:
        version, found = _read(uow.session.connection(), key)
    if found is not None:
        requirements = requirement_service.list_requirements(uow, plan_id)
        with uow:  # the requirements were read at the same version as the counts
            unchanged = data_version.current(uow.session.connection()) == version
        kept = decode(found, on, requirements) if unchanged else None
        if kept is not None:
            return kept
    # The version was read before the facts: after a write in between, the version has moved
    # on from the one this count is kept under, so it is never read back.
    result = Counted.of(load_facts(uow, plan_id), on)
    if version is not None:
        _keep(uow, key, version, encode(result))
    return result


def keep(uow: UnitOfWork, plan_id: int, on: date) -> None:
    """Have the plan's counts on ``on`` kept at the data version as it is now (worked out if they
    are not kept yet); nothing where counts are not kept (a database server).

    The window calls this in the background after edits, so that the next start (or ``status``)
    finds them kept even when the dashboard was not looked at after the last edit.
    """
    if data_version.keeps_figures(uow.engine):
        counted(uow, plan_id, on)


def _read(connection: Connection, key: str) -> tuple[int | None, dict[str, Any] | None]:
    """The data version, and what is kept under ``key`` at that version (or None)."""
    version = data_version.current(connection)
    if version is None:
        return None, None
    figures = connection.execute(
        select(KeptFigures.figures).where(KeptFigures.key == key, KeptFigures.version == version)
    ).scalar()
    return version, figures


def _keep(uow: UnitOfWork, key: str, version: int, figures: dict[str, Any]) -> None:
    """Keep ``figures`` under ``key`` at ``version``; what other versions kept is dropped."""
    try:
        with uow.engine.begin() as connection:
            # Without waiting: a database another program is writing to keeps nothing this time.
            connection.exec_driver_sql("PRAGMA busy_timeout = 0")
            try:
                connection.execute(
                    delete(KeptFigures).where((KeptFigures.key == key) | (KeptFigures.version != version))
                )
                connection.execute(insert(KeptFigures).values(key=key, version=version, figures=figures))
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except SQLAlchemyError as exc:
        log.info("Compliance counts not kept: %s", exc)


def encode(result: Counted) -> dict[str, Any]:
    """``result`` as JSON (its requirements by id; the organisations in their order)."""
    return {
        "format": FORMAT,
        "on": result.on.isoformat(),
        "requirements": [req.id for req in result.requirements],
        "counts": [
            [_states(totals), [[name, _states(counts)] for name, counts in by_organisation.items()]]
            for totals, by_organisation in result.counts
        ],
        "people": [
            [group, figures.key_personnel, figures.key_personnel_compliant, figures.people_overdue]
            for group, figures in result.people.items()
        ],
    }


def decode(figures: dict[str, Any], on: date, requirements: list[RequirementView]) -> Counted | None:
    """The counts kept in ``figures`` for ``requirements`` on ``on``; None when they do not fit."""
    if (
        figures.get("format") != FORMAT
        or figures.get("on") != on.isoformat()
        or figures.get("requirements") != [req.id for req in requirements]
    ):
        return None
    try:
        counts = tuple(
            (_counts(totals), {name: _counts(states) for name, states in by_organisation})
            for totals, by_organisation in figures["counts"]
        )
        people = {
            group: PersonFigures(key, compliant, overdue)
            for group, key, compliant, overdue in figures["people"]
        }
    except (KeyError, TypeError, ValueError):
        return None
    if len(counts) != len(requirements):
        return None
    return Counted(on, tuple(requirements), counts, people)


def _states(counts: ComplianceCounts) -> dict[str, int]:
    return {state.value: n for state, n in counts.counts.items()}


def _counts(states: dict[str, int]) -> ComplianceCounts:
    values = {ComplianceState(name): int(n) for name, n in states.items()}
    # In the states' own order, as a count worked out gives them.
    return ComplianceCounts({state: values[state] for state in ComplianceState if values.get(state)})
