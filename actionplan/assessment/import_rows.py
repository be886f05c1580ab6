"""Rows of a returned self-assessment workbook: each matched to its answer, with the ratings,
commentary and assessor a colleague changed planned as updates (the importer's kind "assessment").

A row is matched by its Record ID (the answer's UUID), else by its Question ID, else by its
question's words, in the plan's most recent assessment. Only Rating, Commentary and Assessor
are applied; a blank cell changes nothing. When the file is one of our exports coming back,
a field changed here since the export and changed differently in the file is a conflict, as
for actions and people (``actionplan.exchange.conflicts``).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from actionplan.assessment.ratings import Rating, parse_rating
from actionplan.domain.text import match_key
from actionplan.exchange.cells import RowReader, SheetInput
from actionplan.exchange.conflicts import Verdict, judge
from actionplan.exchange.matching import ImportState, is_uuid
from actionplan.exchange.preview import Conflict, FieldChange, Outcome, RowOutcome, shown_value
from actionplan.i18n import _
from actionplan.storage.models import (
    Assessment,
    AssessmentAnswer,
    AssessmentQuestion,
    utc_now,
)
from actionplan.storage.uow import UnitOfWork

APPLIED = ("rating", "commentary", "assessor")
_LIMITS = {"commentary": 20_000, "assessor": 200}
_STATE_KEY = "assessment"


@dataclass(eq=False)
class AnswerPlan:
    """An answer the import may update: ``values`` as they will be, ``base`` as stored."""

    existing_id: int
    uuid: str
    key: str
    values: dict[str, Any]
    base: dict[str, Any]
    conflicts: dict[str, tuple[Conflict, Any]] = field(default_factory=dict)

    is_new = False

    def changed_fields(self) -> list[str]:
        return [k for k in APPLIED if self.values[k] != self.base[k]]


class AnswerData:
    """The plan's answers, indexed by UUID and by question (in the most recent assessment)."""

    def __init__(self, session: Any, plan_id: int):
        rows = session.execute(
            select(
                AssessmentAnswer.id,
                AssessmentAnswer.uuid,
                AssessmentAnswer.rating,
                AssessmentAnswer.commentary,
                AssessmentAnswer.assessor,
                AssessmentQuestion.key,
                AssessmentQuestion.text,
                Assessment.plan_id,
                Assessment.id,
                Assessment.assessed_on,
            )
            .join(AssessmentQuestion, AssessmentQuestion.id == AssessmentAnswer.question_id)
            .join(Assessment, Assessment.id == AssessmentAnswer.assessment_id)
        ).all()
        self.by_uuid: dict[str, tuple[int, dict[str, Any]]] = {}
        self.other_plans: set[str] = set()
        latest: tuple[date, int] | None = None
        for row in rows:
            answer_id, uuid, rating, commentary, assessor, key, text, owner, assessment_id, on = row
            if owner != plan_id:
                self.other_plans.add(uuid.lower())
                continue
            values = {
                "rating": rating,
                "commentary": commentary,
                "assessor": assessor,
                "key": key,
                "text": text,
                "assessment_id": assessment_id,
            }
            self.by_uuid[uuid.lower()] = (answer_id, values)
            if latest is None or (on, assessment_id) > latest:
                latest = (on, assessment_id)
        self.latest = latest[1] if latest else None
        self.by_key: dict[str, str] = {}
        self.by_text: dict[str, str] = {}
        for uuid, (_id, values) in self.by_uuid.items():
            if values["assessment_id"] == self.latest:
                self.by_key[match_key(values["key"])] = uuid
                self.by_text[match_key(values["text"])] = uuid
        self.plans: dict[str, AnswerPlan] = {}

    def plan_for(self, uuid: str) -> AnswerPlan:
        plan = self.plans.get(uuid)
        if plan is None:
            answer_id, values = self.by_uuid[uuid]
            base = {k: values[k] for k in APPLIED}
            plan = AnswerPlan(answer_id, uuid, values["key"], dict(base), base)
            self.plans[uuid] = plan
        return plan


class AssessmentSheet:
    """Reads a self-assessment sheet into row outcomes and planned answer updates."""

    def __init__(self, state: ImportState, sheet: SheetInput):
        self.state = state
        self.sheet = sheet
        data = state.extra.get(_STATE_KEY)
        if data is None:
            data = state.extra[_STATE_KEY] = AnswerData(state.session, state.plan_id)
        self.data: AnswerData = data
        self.seen: dict[str, int] = {}

    def run(self, tick: Callable[[], None]) -> None:
        rows = self.sheet.preview.rows
        for count, (number, cells) in enumerate(self.sheet.data_rows()):
            if count % 1000 == 999:
                tick()
            rows.append(self.row(number, cells))

    def row(self, number: int, cells: list[object]) -> RowOutcome:
        r = RowReader(self.sheet, number, cells)
        uuid = self._match(r)
        given: dict[str, Any] = {}
        if r.has("rating") and not r.blank("rating"):
            try:
                given["rating"] = parse_rating(r.raw("rating")).value
            except ValueError as exc:
                r.error("rating", str(exc))
        for name in ("commentary", "assessor"):
            text = r.text(name, _LIMITS[name])
            if text:
                given[name] = text
        label = ""
        if uuid is not None:
            label = self.data.by_uuid[uuid][1]["key"]
            if uuid in self.seen:
                r.error(
                    "record_id" if r.has("record_id") else "question_id",
                    _("Row {row} is the same question: a question can appear only once.").format(
                        row=self.seen[uuid]
                    ),
                )
            self.seen.setdefault(uuid, number)
        if r.errors or uuid is None:
            return RowOutcome(number, Outcome.REJECTED, label, errors=r.errors, cells=cells)
        plan = self.data.plan_for(uuid)
        target = dict(plan.values)
        target.update(given)
        conflicts = self._settle_local(plan, target, number)
        changes = [
            FieldChange(name, _shown(name, plan.values[name]), _shown(name, target[name]))
            for name in APPLIED
            if target[name] != plan.values[name]
        ]
        plan.values = target
        outcome = RowOutcome(number, Outcome.UNCHANGED, label, cells=cells)
        outcome.plans.append(plan)
        if conflicts:
            outcome.outcome = Outcome.CONFLICT
        elif changes:
            outcome.outcome = Outcome.UPDATED
        outcome.changes = changes
        outcome.conflicts = conflicts
        return outcome

    def _match(self, r: RowReader) -> str | None:
        """The answer's UUID: by Record ID, else Question ID, else the question's words."""
        data = self.data
        record_id = r.text("record_id")
        if record_id:
            key = record_id.lower()
            if not is_uuid(record_id):
                r.error(
                    "record_id", _("This is not a Record ID written by this application: clear the cell.")
                )
            elif key in data.other_plans:
                r.error("record_id", _("This Record ID is a question of another plan's self-assessment."))
            elif key in data.by_uuid:
                return key
            else:
                r.error(
                    "record_id",
                    _(
                        "No question of the plan's self-assessment has this Record ID (it may have been "
                        "deleted)."
                    ),
                )
            return None
        if data.latest is None:
            r.error(None, _("The plan has no self-assessment yet: export one and fill that in."))
            return None
        question_id = r.text("question_id")
        if question_id:
            found = data.by_key.get(match_key(question_id))
            if found is None:
                r.error(
                    "question_id",
                    _("The plan's self-assessment has no question “{key}”.").format(key=question_id),
                )
            return found
        text = r.text("question")
        if text:
            found = data.by_text.get(match_key(text))
            if found is None:
                r.error(
                    "question", _("This question is not in the plan's self-assessment: give its Question ID.")
                )
            return found
        r.error(None, _("The row needs a Record ID or a Question ID to say which question it answers."))
        return None

    def _settle_local(self, plan: AnswerPlan, target: dict[str, Any], row: int) -> list[Conflict]:
        """Fields changed here since the export: ours kept when the file holds the exported value."""
        exported = self.state.local.exported("assessment_answer", plan.uuid)
        conflicts: list[Conflict] = []
        for name in APPLIED:
            if name not in exported or name in plan.conflicts:
                continue
            verdict = judge(target[name], plan.base[name], exported[name])
            if verdict is Verdict.TAKE:
                continue
            theirs = target[name]
            target[name] = plan.values[name]
            if verdict is Verdict.KEEP:
                continue

            def take(name: str = name, theirs: Any = theirs) -> None:
                plan.values[name] = theirs

            shown = [_shown(name, v) for v in (exported[name], plan.base[name], theirs)]
            conflict = Conflict(
                self.sheet.preview.name,
                row,
                name,
                self.sheet.field_header(name),
                shown[0],
                shown[1],
                shown[2],
                _(
                    "Changed here since the export (from “{exported}” to “{ours}”) and in the file (to "
                    "“{theirs}”): choose which to keep."
                ).format(
                    exported=shown_value(shown[0]), ours=shown_value(shown[1]), theirs=shown_value(shown[2])
                ),
                take=take,
            )
            plan.conflicts[name] = (conflict, theirs)
            conflicts.append(conflict)
        return conflicts


def _shown(name: str, value: Any) -> Any:
    if name == "rating" and value:
        return Rating(value).label
    return value or None


def write_answers(uow: UnitOfWork, plans: list[AnswerPlan], today: date) -> int:
    """Apply the planned answer updates through the session (the change log records each);
    returns how many answers changed."""
    changed = 0
    now = utc_now()
    for plan in plans:
        fields = plan.changed_fields()
        if not fields:
            continue
        answer = uow.session.get(AssessmentAnswer, plan.existing_id)
        if answer is None:
            continue
        for name in fields:
            setattr(answer, name, plan.values[name])
        answer.answered_on = today
        answer.updated_at = now
        changed += 1
    uow.session.flush()
    return changed
