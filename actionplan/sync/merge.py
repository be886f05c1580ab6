"""Comparing a plan in two databases with the values at their last copy: what to write, what conflicts.

"Theirs" is the source database's value, "ours" the target's, as in the import, and the rule
is the import's (``exchange.conflicts.judge``) with the last copy in place of the export:

- a field changed only in the source since the last copy is copied; one changed only in the
  target is left as it is (the next copy the other way takes it back);
- a field changed on both sides, differently, is a conflict: reported, and left as the target
  has it unless ``prefer`` says which side wins;
- with no copy between the two yet, every field that differs is a conflict (nobody can tell
  which side changed it).

A record deleted on one side since the last copy is deleted on the other, unless the other
side changed it since (a conflict on the field ``record``) or rows there still refer to it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from actionplan.domain.enums import ActionStatus, Rag, Sector
from actionplan.exchange.conflicts import Verdict, judge
from actionplan.exchange.preview import Resolution, shown_value
from actionplan.i18n import _
from actionplan.sync.entities import BY_ENTITY, COUNTED, KINDS, ORG, Kind, Record
from actionplan.sync.state import THIS_COPY, Point

MISSING = object()
_LISTS_ORGS = ("action", "training_requirement")  # hold organisations' UUIDs in a list
RECORD = "record"  # the conflict's field when one side deleted the record and the other changed it


@dataclass
class Conflict:
    """A field (or the whole record) changed in both databases since the last copy.

    ``ours`` is the target's value, ``theirs`` the source's, ``base`` the value at the last
    copy (None when there was none); all shown values, as the import shows them.
    """

    entity: str
    uuid: str
    label: str
    field: str
    ours: str
    theirs: str
    base: str | None
    resolution: Resolution | None = None
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "id": self.uuid,
            "field": self.field,
            "ours": self.ours,
            "theirs": self.theirs,
        }


@dataclass
class Write:
    """One planned change of the target: create, update (``values`` holds the changed fields) or delete."""

    kind: Kind
    op: str
    uuid: str
    values: dict[str, Any]
    target: Record | None = None


@dataclass
class MergePlan:
    """Everything a copy will do, worked out before anything is written."""

    writes: list[Write] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    # The new sync points, in each database's own UUIDs and values, with the batch that wrote
    # them (``THIS_COPY``: this copy's); and the ones to remove.
    target_points: dict[tuple[str, str], tuple[dict[str, Any], str]] = field(default_factory=dict)
    source_points: dict[tuple[str, str], tuple[dict[str, Any], str]] = field(default_factory=dict)
    dropped_target: set[tuple[str, str]] = field(default_factory=set)
    dropped_source: set[tuple[str, str]] = field(default_factory=set)
    # Source UUID -> target UUID, by entity, for records the two databases gave different UUIDs.
    renamed: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.resolution is None]


class Names:
    """How conflicts name records and show values: organisations, people, themes by name."""

    def __init__(self, *closures: dict[str, dict[str, Record]]):
        self.closures = closures
        self.labels: dict[str, str] = {}  # made when first asked for: only conflicts need them

    def of(self, uuid: str | None) -> str:
        if not uuid:
            return ""
        if uuid not in self.labels:
            self.labels[uuid] = uuid
            for closure in self.closures:
                found = next(((e, r[uuid]) for e, r in closure.items() if uuid in r), None)
                if found is not None:
                    self.labels[uuid] = label(BY_ENTITY[found[0]], found[1].values, self)
                    break
        return self.labels[uuid]


def label(kind: Kind, values: dict[str, Any], names: "Names | None" = None) -> str:
    """A record as a message names it: an action by reference and title, a person by name."""
    name_of = names.of if names else (lambda uuid: uuid or "")
    entity = kind.entity
    if entity == "action":
        return " ".join(p for p in (values["ref"], values["title"]) if p)
    if entity == "person":
        return " ".join(p for p in (values["first_name"], values["last_name"]) if p)
    if entity == "course":
        return values["code"]
    if entity == "training_requirement":
        return values["title"] or name_of(values["course"])
    if entity == "training_record":
        day = shown_value(_day(values["completed_on"]))
        return f"{name_of(values['person'])}: {name_of(values['course'])} {day}"
    if entity == "requirement_exemption":
        return f"{name_of(values['person'])} ({name_of(values['requirement'])})"
    if entity == "meeting":
        return values["title"] or shown_value(_day(values["held_on"]))
    if entity == "action_update":
        return f"{name_of(values['action'])}, {shown_value(_day(values['on_date']))}"
    return str(values.get("name", ""))


def _day(text: Any) -> Any:
    if isinstance(text, str):
        try:
            return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
        except ValueError:
            return text
    return text


def shown(kind: Kind, name: str, value: Any, names: Names) -> str:
    """A value as the user reads it (the import's way): names for links, words for states, dd/mm/yyyy."""
    if value is MISSING:
        return ""
    if name == "partners" or name == "organisation_uuids":
        return ", ".join(sorted(names.of(u) for u in value or ()))
    if any(ref.name == name for ref in kind.refs):
        return names.of(value)
    if value is not None and name == "status":
        return ActionStatus(value).label
    if value is not None and name == "rag_override":
        return Rag(value).label
    if value is not None and name == "sector":
        try:
            return Sector(value).label
        except ValueError:
            return str(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return _("(figures)")
    return shown_value(_day(value))


class Merger:
    """Works out the MergePlan for one plan's records of a source and a target database.

    Args:
        source, target: the plan's records on each side (``Side.closure``).
        candidates: ``candidates(kind, uuids)`` -> the target's records of that kind that may
            match: those with the given UUIDs and, for kinds matched by a natural key, the others.
        exists_in_source: ``exists_in_source(entity, uuids)`` -> which UUIDs the source still has.
        target_base, source_base: the sync points each database keeps for the other;
            ``source_base`` is None when both databases hold the same points (the usual case:
            each copy writes both), and then only the target's are read.
        prefer: which side wins a conflict (None: neither; it is reported and left).
        undone: copy batches undone since (in either database): their points are not used, as
            the records they wrote are no longer what both databases had.
    """

    def __init__(
        self,
        source: dict[str, dict[str, Record]],
        target: dict[str, dict[str, Record]],
        candidates: Callable[[Kind, list[str]], dict[str, Record]],
        exists_in_source: Callable[[str, list[str]], set[str]],
        target_base: dict[tuple[str, str], Point],
        source_base: dict[tuple[str, str], Point] | None,
        prefer: Resolution | None,
        undone: set[str] | None = None,
    ):
        self.source = source
        self.target = target
        self.candidates = candidates
        self.exists_in_source = exists_in_source
        self.target_base = target_base
        self.in_sync = source_base is None
        self.source_base = source_base or {}
        self.prefer = prefer
        self.undone = undone or set()
        self.plan = MergePlan()
        # Records matched by a natural key under different UUIDs, both ways, by entity.
        self.s2t: dict[str, dict[str, str]] = {}
        self.t2s: dict[str, dict[str, str]] = {}
        self.names = Names(source, target)

    # -- translating between the two databases' UUIDs ----------------------------------------

    def _map(self, entity: str, uuid: str | None) -> str | None:
        return None if uuid is None else self.s2t.get(entity, {}).get(uuid, uuid)

    def _back(self, entity: str, uuid: str | None) -> str | None:
        return None if uuid is None else self.t2s.get(entity, {}).get(uuid, uuid)

    def _translate(self, kind: Kind, values: dict[str, Any], mapper: Callable) -> dict[str, Any]:
        linked = {ref.entity for ref in kind.refs} | ({ORG} if kind.entity in _LISTS_ORGS else set())
        if not any(self.s2t.get(entity) for entity in linked):
            return values  # nothing it links to has another UUID there (the usual case)
        result = dict(values)
        for ref in kind.refs:
            result[ref.name] = mapper(ref.entity, values.get(ref.name))
        if "partners" in values:
            result["partners"] = sorted(mapper(ORG, u) for u in values["partners"] or ())
        if "organisation_uuids" in values:
            result["organisation_uuids"] = [mapper(ORG, u) for u in values["organisation_uuids"] or ()]
        return result

    def to_target(self, kind: Kind, values: dict[str, Any]) -> dict[str, Any]:
        return self._translate(kind, values, self._map)

    def to_source(self, kind: Kind, values: dict[str, Any]) -> dict[str, Any]:
        return self._translate(kind, values, self._back)

    def _point(self, kind: Kind, target_uuid: str, source_uuid: str) -> tuple[Point | None, bool]:
        """The newer of the two databases' valid points, and whether it is the source's."""
        ours = self.target_base.get((kind.entity, target_uuid))
        theirs = self.source_base.get((kind.entity, source_uuid))
        ours = ours if ours is not None and ours.batch not in self.undone else None
        theirs = theirs if theirs is not None and theirs.batch not in self.undone else None
        if theirs is not None and (ours is None or theirs.at > ours.at):
            return theirs, True
        return ours, False

    def base(self, kind: Kind, target_uuid: str, source_uuid: str) -> dict[str, Any] | None:
        """The values at the last copy, in the target's UUIDs (None: never copied, or undone since)."""
        point, from_source = self._point(kind, target_uuid, source_uuid)
        if point is None:
            return None
        return self.to_target(kind, point.values) if from_source else point.values

    def _keep_points(
        self, kind: Kind, target_uuid: str, source_uuid: str, values: dict[str, Any], *, written: bool = False
    ) -> None:
        """The new sync point of a record: written by this copy, or as its last point said."""
        if written:
            batch = THIS_COPY
        else:
            point, _from_source = self._point(kind, target_uuid, source_uuid)
            batch = point.batch if point is not None else ""
        # Only points that change are written (most records are as they were at the last copy).
        kept = self.target_base.get((kind.entity, target_uuid))
        if kept is None or (kept.values, kept.batch) != (values, batch):
            self.plan.target_points[(kind.entity, target_uuid)] = (values, batch)
        theirs = self.to_source(kind, values)
        if self.in_sync:  # the source holds what the target holds, in its own UUIDs
            kept = self.target_base.get((kind.entity, target_uuid))
            kept_values = self.to_source(kind, kept.values) if kept is not None else None
        else:
            kept = self.source_base.get((kind.entity, source_uuid))
            kept_values = kept.values if kept is not None else None
        if kept is None or (kept_values, kept.batch) != (theirs, batch):
            self.plan.source_points[(kind.entity, source_uuid)] = (theirs, batch)

    def _drop_points(self, kind: Kind, target_uuid: str, source_uuid: str) -> None:
        self.plan.dropped_target.add((kind.entity, target_uuid))
        self.plan.dropped_source.add((kind.entity, source_uuid))

    # -- the merge --------------------------------------------------------------------------------

    def run(self) -> MergePlan:
        for kind in KINDS:
            self._kind(kind)
        self.plan.renamed = self.s2t
        return self.plan

    def _kind(self, kind: Kind) -> None:
        sources = self.source[kind.entity]
        found = self.candidates(kind, list(sources))
        by_key: dict[tuple, Record] = {}
        for record in found.values():
            key = record.key(kind)
            if key is not None and record.uuid not in sources:
                by_key.setdefault(key, record)
        matched: set[str] = set()
        for uuid, record in sources.items():
            values = self.to_target(kind, record.values)
            target = found.get(uuid)
            if target is None:
                key = Record(0, uuid, values).key(kind)
                candidate = by_key.get(key) if key is not None else None
                if candidate is not None and candidate.uuid not in matched:
                    target = candidate
            if target is not None:
                matched.add(target.uuid)
                if target.uuid != uuid:
                    self.s2t.setdefault(kind.entity, {})[uuid] = target.uuid
                    self.t2s.setdefault(kind.entity, {})[target.uuid] = uuid
                self._pair(kind, record, values, target)
            else:
                self._only_in_source(kind, record, values)
        gone = [u for u in self.target[kind.entity] if u not in matched]
        if gone:
            still_there = self.exists_in_source(kind.entity, gone)
            for uuid in gone:
                if uuid not in still_there:
                    self._only_in_target(kind, self.target[kind.entity][uuid])

    def _conflict(
        self, kind: Kind, uuid: str, values: dict[str, Any], name: str, ours: Any, theirs: Any, base: Any
    ) -> Conflict:
        conflict = Conflict(
            entity=kind.entity,
            uuid=uuid,
            label=label(kind, values, self.names),
            field=name,
            ours=shown(kind, name, ours, self.names) if name != RECORD else ours,
            theirs=shown(kind, name, theirs, self.names) if name != RECORD else theirs,
            base=None
            if base is MISSING
            else (shown(kind, name, base, self.names) if name != RECORD else base),
            resolution=self.prefer,
        )
        self.plan.conflicts.append(conflict)
        return conflict

    def _pair(self, kind: Kind, source: Record, theirs: dict[str, Any], target: Record) -> None:
        ours = target.values
        base = self.base(kind, target.uuid, source.uuid)
        changes: dict[str, Any] = {}
        new_base: dict[str, Any] = {}
        unresolved = False
        for name in kind.names:
            mine, yours = ours.get(name), theirs.get(name)
            before = base.get(name, MISSING) if base is not None else MISSING
            if mine == yours:
                new_base[name] = yours
                continue
            verdict = Verdict.CONFLICT if before is MISSING else judge(yours, mine, before)
            if verdict is Verdict.TAKE:
                changes[name] = yours
                new_base[name] = yours
            elif verdict is Verdict.KEEP:
                new_base[name] = yours
            else:
                conflict = self._conflict(kind, target.uuid, ours, name, mine, yours, before)
                if conflict.resolution is Resolution.THEIRS:
                    changes[name] = yours
                    new_base[name] = yours
                elif conflict.resolution is Resolution.OURS:
                    new_base[name] = yours  # the next copy the other way takes ours back
                else:
                    unresolved = True
                    if before is not MISSING:
                        new_base[name] = before
        if kind.entity == "action" and changes:
            _complete_consistently(ours, theirs, changes)
        self._keep_points(kind, target.uuid, source.uuid, new_base, written=bool(changes))
        if changes:
            self.plan.writes.append(Write(kind, "update", target.uuid, changes, target))
            self.plan.updated[kind.counted_as] += 1
        elif not unresolved:
            self.plan.unchanged[kind.counted_as] += 1

    def _only_in_source(self, kind: Kind, source: Record, theirs: dict[str, Any]) -> None:
        base = self.base(kind, source.uuid, source.uuid)
        if base is None:  # new in the source since the last copy (or never copied)
            self.plan.writes.append(Write(kind, "create", source.uuid, theirs))
            self.plan.created[kind.counted_as] += 1
            self._keep_points(kind, source.uuid, source.uuid, theirs, written=True)
            return
        # Deleted in the target since the last copy.
        changed = any(theirs.get(name) != base.get(name, MISSING) for name in kind.names)
        if not changed:
            return  # it stays deleted; the next copy the other way deletes it there
        conflict = self._conflict(kind, source.uuid, theirs, RECORD, _("(deleted)"), _("(changed)"), MISSING)
        conflict.message = _("deleted here since the last copy, and changed in the other database")
        if conflict.resolution is Resolution.THEIRS:
            self.plan.writes.append(Write(kind, "create", source.uuid, theirs))
            self.plan.created[kind.counted_as] += 1
            self._keep_points(kind, source.uuid, source.uuid, theirs, written=True)
        elif conflict.resolution is Resolution.OURS:
            self._keep_points(kind, source.uuid, source.uuid, theirs)  # unchanged next time: deleted there

    def _only_in_target(self, kind: Kind, target: Record) -> None:
        base = self.base(kind, target.uuid, target.uuid)
        if base is None:
            return  # new in the target: the next copy the other way takes it there
        # Deleted in the source since the last copy.
        changed = any(target.values.get(name) != base.get(name, MISSING) for name in kind.names)
        if not changed:
            self.plan.writes.append(Write(kind, "delete", target.uuid, {}, target))
            self.plan.updated[kind.counted_as] += 1
            self._drop_points(kind, target.uuid, target.uuid)
            return
        conflict = self._conflict(
            kind, target.uuid, target.values, RECORD, _("(changed)"), _("(deleted)"), MISSING
        )
        conflict.message = _("deleted in the other database since the last copy, and changed here")
        if conflict.resolution is Resolution.THEIRS:
            self.plan.writes.append(Write(kind, "delete", target.uuid, {}, target))
            self.plan.updated[kind.counted_as] += 1
            self._drop_points(kind, target.uuid, target.uuid)
        elif conflict.resolution is Resolution.OURS:
            self._drop_points(kind, target.uuid, target.uuid)  # new again: the next copy takes it back


def hold_deletions_in_use(merger: Merger, in_use: Callable[[str, int, set[tuple[str, int]]], bool]) -> None:
    """Keep the records the plan would delete that target rows staying behind still refer to.

    ``in_use(entity, id, leaving)`` says whether rows other than ``leaving`` (the (entity, id) of
    every record being deleted) refer to it. Each one kept is a conflict no choice can resolve:
    its sync point stays, so it comes up again until someone deals with what uses it.
    """
    plan = merger.plan
    while True:
        deletes = [w for w in plan.writes if w.op == "delete" and w.target is not None]
        leaving = {(w.kind.entity, w.target.id) for w in deletes}  # type: ignore[union-attr]
        held = [w for w in deletes if in_use(w.kind.entity, w.target.id, leaving)]  # type: ignore[union-attr]
        if not held:
            return
        for write in held:
            assert write.target is not None
            kind = write.kind
            plan.writes.remove(write)
            plan.updated[kind.counted_as] -= 1
            plan.dropped_target.discard((kind.entity, write.uuid))
            plan.dropped_source.discard((kind.entity, write.uuid))
            conflict = merger._conflict(
                kind, write.uuid, write.target.values, RECORD, _("(in use)"), _("(deleted)"), MISSING
            )
            conflict.resolution = None
            conflict.message = _("deleted in the other database since the last copy, and still used here")


def _complete_consistently(ours: dict[str, Any], theirs: dict[str, Any], changes: dict[str, Any]) -> None:
    """A complete action has a completion date and an open one none, whichever fields were taken."""
    status = changes.get("status", ours.get("status"))
    completed = changes.get("completed_on", ours.get("completed_on"))
    if status == ActionStatus.COMPLETE.value and not completed:
        changes["completed_on"] = theirs.get("completed_on") or ours.get("completed_on")
    elif status != ActionStatus.COMPLETE.value and completed:
        changes["completed_on"] = None
    if changes.get("completed_on", MISSING) == ours.get("completed_on"):
        changes.pop("completed_on")
