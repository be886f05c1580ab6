"""The action RAG rule, which explains itself, and the manual override that needs a reason.

In order, on a given day:

1. complete: Complete (its own colour, BRAG); cancelled actions have no RAG;
2. a manual override with a reason wins over the rule;
3. Red: past its due date, or blocked;
4. Amber: due within the amber window (default 30 days, due today included), not started
   after its start date, behind schedule (progress more than the margin, default 25
   points, below the share of time gone), or no due date;
5. Green: on track.
"""

from dataclasses import dataclass
from datetime import date

from actionplan.domain.dates import format_date, relative_due
from actionplan.domain.enums import ActionStatus, Rag
from actionplan.errors import ValidationError
from actionplan.i18n import _


@dataclass(frozen=True)
class RagSettings:
    amber_window_days: int = 30
    behind_margin: int = 25


@dataclass(frozen=True)
class ActionFacts:
    status: ActionStatus
    due_date: date | None = None
    start_date: date | None = None
    completed_on: date | None = None
    progress: int = 0
    rag_override: Rag | None = None
    rag_override_reason: str = ""


@dataclass(frozen=True)
class RagResult:
    rag: Rag | None
    explanation: str
    overridden: bool = False
    computed: Rag | None = None  # what the rule alone says, shown beside an override


def check_override(rag: Rag | None, reason: str) -> None:
    """An override needs a reason; raise a ValidationError naming the field otherwise."""
    if rag is not None and not reason.strip():
        raise ValidationError(_("Give a reason for setting the RAG by hand."), field="rag_override_reason")


def compute_rag(facts: ActionFacts, on: date, settings: RagSettings = RagSettings()) -> RagResult:
    """The RAG of an action on ``on`` and one sentence saying why."""
    if facts.status is ActionStatus.CANCELLED:
        return RagResult(None, _("Cancelled: no RAG"))
    if facts.status is ActionStatus.COMPLETE:
        when = format_date(facts.completed_on)
        text = _("Complete: completed {date}").format(date=when) if when else _("Complete")
        return RagResult(Rag.COMPLETE, text)
    rule = _rule(facts, on, settings)
    if facts.rag_override is not None:
        text = _("{rag} (set by hand): {reason}. The rule says: {rule}").format(
            rag=facts.rag_override.label,
            reason=facts.rag_override_reason.strip(),
            rule=rule.explanation,
        )
        return RagResult(facts.rag_override, text, overridden=True, computed=rule.rag)
    return rule


def _rule(facts: ActionFacts, on: date, settings: RagSettings) -> RagResult:
    due = facts.due_date
    if due is not None and on > due:
        return RagResult(
            Rag.RED,
            _("Red: due {date}, {relative}").format(date=format_date(due), relative=relative_due(due, on)),
        )
    if facts.status is ActionStatus.BLOCKED:
        return RagResult(Rag.RED, _("Red: blocked"))
    if due is None:
        return RagResult(Rag.AMBER, _("Amber: no due date set"))
    if (due - on).days <= settings.amber_window_days:
        return RagResult(
            Rag.AMBER,
            _("Amber: {relative} ({date})").format(relative=relative_due(due, on), date=format_date(due)),
        )
    start = facts.start_date
    if facts.status is ActionStatus.NOT_STARTED and start is not None and on > start:
        return RagResult(
            Rag.AMBER,
            _("Amber: not started; it was to start on {date}").format(date=format_date(start)),
        )
    # Equivalent mutants: here due > on, so start < due holds whenever on > start, and on == start
    # means 0% of the time gone, never behind.
    if start is not None and start < due and on > start:  # pragma: no mutate
        elapsed = 100 * (on - start).days / (due - start).days
        if facts.progress + settings.behind_margin < elapsed:
            return RagResult(
                Rag.AMBER,
                _("Amber: {progress}% done with {elapsed:.0f}% of the time gone").format(
                    progress=facts.progress, elapsed=elapsed
                ),
            )
    return RagResult(Rag.GREEN, _("Green: on track, due {date}").format(date=format_date(due)))
