"""The self-assessment as plain read models (frozen dataclasses), and its ``assessment --json`` shape."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from actionplan.assessment.ratings import Rating, Summary, summarise
from actionplan.assessment.suggestions import Suggestion
from actionplan.domain.dates import format_date
from actionplan.i18n import _


def evidence_kind_label(kind: str) -> str:
    return {
        "action": _("Action"),
        "requirement": _("Training requirement"),
        "meeting": _("Meeting"),
        "document": _("Document"),
    }.get(kind, kind)


@dataclass(frozen=True)
class TemplateView:
    id: int
    uuid: str
    key: str
    name: str
    description: str
    source: str
    sections: int
    questions: int
    assessments: int = 0


@dataclass(frozen=True)
class EvidenceView:
    """One piece of evidence linked to an answer.

    Attributes:
        kind: action, requirement, meeting or document.
        target_uuid: the linked action, requirement or meeting ("" for a document).
        label: what it is, as it was called when linked ("1.2 Refresh the referral flowchart").
        location: a document's path or web link.
        review_on: a document's next review date.
        figures: what it showed when linked (a requirement's compliance, an action's status).
        then: those figures in words ("72% of 55 trained, target 85%, on 01/10/2026").
        now: what it shows on the assessment's date, in words.
        missing: the linked action, requirement or meeting has been deleted since.
        overdue: a document past its review date on the assessment's date.
    """

    id: int
    uuid: str
    kind: str
    target_uuid: str
    label: str
    location: str
    review_on: date | None
    figures: dict[str, Any] | None
    then: str
    now: str
    missing: bool
    overdue: bool
    linked_on: date

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "ref": self.target_uuid or None,
            "location": self.location or None,
            "review_date": self.review_on.isoformat() if self.review_on else None,
            "linked": self.linked_on.isoformat(),
            "at_the_time": self.figures,
            "then": self.then or None,
            "now": self.now or None,
            "missing": self.missing,
        }

    def line(self) -> str:
        """The evidence in one line, for the workbook and the board report."""
        text = f"{evidence_kind_label(self.kind)}: {self.label}"
        if self.location and self.location != self.label:
            text += f" ({self.location})"
        details = list(dict.fromkeys(d for d in (self.then, self.now) if d))
        if details:
            text += " — " + "; ".join(details)
        return text


@dataclass(frozen=True)
class QuestionView:
    """One question with this year's answer, the suggestion, last year's rating and the evidence."""

    key: str
    text: str
    guidance: str
    action: str  # the title a gap's action takes, from the template ("" for none)
    evidence_kinds: tuple[str, ...]
    rule: str
    section_key: str
    section_title: str
    aggregate_only: bool
    answer_id: int | None  # None until the assessment is saved
    answer_uuid: str | None
    rating: Rating
    commentary: str
    assessor: str
    answered_on: date | None
    suggestion: Suggestion | None
    last_year: Rating | None
    evidence: tuple[EvidenceView, ...] = ()

    @property
    def is_gap(self) -> bool:
        return self.rating.is_gap

    @property
    def differs_from_suggestion(self) -> bool:
        return (
            self.suggestion is not None
            and self.rating is not Rating.NOT_ASSESSED
            and self.suggestion.rating is not self.rating
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "text": self.text,
            "rating": self.rating.value,
            "commentary": self.commentary,
            "assessor": self.assessor or None,
            "date": self.answered_on.isoformat() if self.answered_on else None,
            "suggested": self.suggestion.to_json() if self.suggestion else None,
            "last_year": self.last_year.value if self.last_year else None,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True)
class SectionView:
    key: str
    title: str
    note: str
    aggregate_only: bool
    themes: tuple[str, ...]
    questions: tuple[QuestionView, ...]
    summary: Summary
    last_year: Summary | None

    def to_json(self) -> dict[str, Any]:
        summary = self.summary.to_json()
        summary["last_year"] = self.last_year.to_json() if self.last_year else None
        return {
            "key": self.key,
            "title": self.title,
            "aggregate_only": self.aggregate_only,
            "note": self.note or None,
            "questions": [q.to_json() for q in self.questions],
            "summary": summary,
        }


@dataclass(frozen=True)
class YearView:
    """An assessment of the same plan and template, for choosing a year."""

    id: int
    year: int
    assessed_on: date


@dataclass(frozen=True)
class AssessmentView:
    """A plan's self-assessment for one year: saved, or a draft not written yet (``id`` None)."""

    id: int | None
    uuid: str | None
    plan_id: int
    plan_name: str
    plan_uuid: str
    template_key: str
    template_name: str
    assessed_on: date
    assessor: str
    sections: tuple[SectionView, ...]
    previous: YearView | None
    years: tuple[YearView, ...]

    @property
    def saved(self) -> bool:
        return self.id is not None

    @property
    def year(self) -> int:
        return self.assessed_on.year

    @property
    def questions(self) -> list[QuestionView]:
        return [q for s in self.sections for q in s.questions]

    def question(self, key: str) -> QuestionView:
        from actionplan.domain.text import match_key
        from actionplan.errors import NotFoundError

        for question in self.questions:
            if match_key(question.key) == match_key(key):
                return question
        raise NotFoundError(
            _(
                "There is no question “{key}” in the self-assessment: its questions are {first} to {last}."
            ).format(key=key, first=self.questions[0].key, last=self.questions[-1].key)
        )

    @property
    def summary(self) -> Summary:
        return summarise(q.rating for q in self.questions)

    @property
    def last_year_summary(self) -> Summary | None:
        if self.previous is None:
            return None
        return summarise(q.last_year or Rating.NOT_ASSESSED for q in self.questions)

    def title(self) -> str:
        return _("Self-assessment {year} ({date})").format(year=self.year, date=format_date(self.assessed_on))

    def to_json(self) -> dict[str, Any]:
        summary = self.summary.to_json()
        last = self.last_year_summary
        summary["last_year"] = last.to_json() if last else None
        return {
            "assessment": {
                "id": self.id,
                "uuid": self.uuid,
                "date": self.assessed_on.isoformat(),
                "year": self.year,
                "saved": self.saved,
                "plan": self.plan_name,
                "template": {"key": self.template_key, "name": self.template_name},
                "assessor": self.assessor or None,
                "previous": (
                    {"date": self.previous.assessed_on.isoformat(), "year": self.previous.year}
                    if self.previous
                    else None
                ),
            },
            "sections": [s.to_json() for s in self.sections],
            "summary": summary,
        }
