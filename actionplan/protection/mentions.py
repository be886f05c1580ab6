"""Finding what the change log holds about people: the entries and batches that mention them.

An entry mentions a person when it is about their own row (the person's UUID), about a row
that points at them (a training record or exemption with their ``person_id``, an action they
own), or when its values hold their email address or full name as text (an owner typed as a
name, an action update). Subject access lists them; a purge removes the personal values.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Text, cast, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from actionplan.storage.models import ChangeEntry

CHUNK = 500  # ids per IN list: well under every database's limit of parameters


@dataclass(frozen=True)
class PersonRef:
    """Who to look for: the row's id and UUID, and the words that identify them in text."""

    id: int
    uuid: str
    full_name: str = ""
    email: str = ""


def _chunks(values: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _as_logged(text: str) -> str:
    """Text as the JSON column stores it (non-ASCII letters escaped), for a LIKE over the values."""
    return json.dumps(text)[1:-1]


def _like(text: str) -> str:
    escaped = _as_logged(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _structural(people: Sequence[PersonRef]) -> ColumnElement[bool]:
    ids = [p.id for p in people]
    uuids = [p.uuid for p in people]
    person_ref = or_(
        ChangeEntry.new["person_id"].as_integer().in_(ids),
        ChangeEntry.old["person_id"].as_integer().in_(ids),
    )
    owner_ref = or_(
        ChangeEntry.new["owner_id"].as_integer().in_(ids),
        ChangeEntry.old["owner_id"].as_integer().in_(ids),
    )
    return or_(
        (ChangeEntry.entity == "person") & ChangeEntry.entity_uuid.in_(uuids),
        ChangeEntry.entity.in_(("training_record", "requirement_exemption")) & person_ref,
        (ChangeEntry.entity == "action") & owner_ref,
    )


def _textual(people: Sequence[PersonRef]) -> list[ColumnElement[bool]]:
    clauses = []
    for person in people:
        for words in (person.email, person.full_name):
            if len(words.strip()) >= 5:  # a short fragment would match far too much
                pattern = _like(words)
                clauses.append(cast(ChangeEntry.new, Text).like(pattern, escape="\\"))
                clauses.append(cast(ChangeEntry.old, Text).like(pattern, escape="\\"))
    return clauses


def entries_about(session: Session, people: Sequence[PersonRef], *, text: bool = True) -> list[ChangeEntry]:
    """The change-log entries that mention any of ``people``, oldest first.

    Args:
        text: also find entries whose values hold a person's email or full name as text.
    """
    found: dict[int, ChangeEntry] = {}
    for group in _chunks(list(people)):
        clauses = [_structural(group)]
        if text:
            clauses.extend(_textual(group))
        for entry in session.execute(select(ChangeEntry).where(or_(*clauses))).scalars():
            found[entry.id] = entry
    return [found[key] for key in sorted(found)]
