"""The demo partnership's self-assessments: last year's, fully rated, and this year's, under way.

Written by ``actionplan.demo`` after the rest of the demo, in one transaction recorded as a
bulk load (like the demo itself, it is not undone entry by entry). Fixed data, no random
numbers: the same demo on any day shows the same ratings, dated relative to that day.
"""

from datetime import date, timedelta

from actionplan.assessment.ratings import Rating
from actionplan.assessment.services import (
    action_figures,
    compliance_figures,
    ensure_template,
    template_questions,
)
from actionplan.domain.dates import add_months
from actionplan.domain.enums import ChangeOp
from actionplan.i18n import _
from actionplan.services.actions import list_actions
from actionplan.services.compliance import requirement_compliance
from actionplan.services.meetings import list_meetings
from actionplan.storage.models import Assessment, AssessmentAnswer, AssessmentEvidence
from actionplan.storage.uow import UnitOfWork

N, P, M, E, X = (Rating.NOT_MET, Rating.PARTIALLY_MET, Rating.MET, Rating.EXCEEDING, Rating.NOT_ASSESSED)
# Question key: (last year's rating, this year's rating so far, this year's commentary).
RATINGS: dict[str, tuple[Rating, Rating, str]] = {
    "A1": (P, M, "Terms of reference refreshed and agreed by the board in the spring."),
    "A2": (P, M, "Council, police, health, probation and the college attend; schools through the college."),
    "A3": (P, P, "The board met once this year; two meetings were stood down over the summer."),
    "A4": (N, P, "Annual report to the community safety partnership; scrutiny report still to come."),
    "B1": (M, M, "Counter-terrorism local profile briefing received in the autumn (date recorded only)."),
    "B2": (P, P, "Local risk assessment drafted; health and education data still to be added."),
    "B3": (N, P, ""),
    "B4": (P, X, ""),
    "C1": (M, M, "Delivery plan agreed for 2026/27."),
    "C2": (P, M, ""),
    "C3": (P, P, "Two actions are overdue; both are on the next board's agenda."),
    "C4": (N, N, "Completed actions are closed without recording what they achieved."),
    "D1": (M, M, "Referral flowchart on the intranet and in the schools' safeguarding pack."),
    "D2": (P, X, ""),
    "D3": (M, M, ""),
    "D4": (P, P, "Quarterly counts shared by the police; outcomes not yet reported."),
    "E1": (M, M, "Panel terms of reference checked against the current Channel duty guidance."),
    "E2": (M, E, "Attendance by agency above 90% at every panel (counts only)."),
    "E3": (P, X, ""),
    "E4": (M, M, "Assurance statement submitted; two improvement actions tracked by the panel."),
    "F1": (N, P, "Needs analysis covers council and police staff; health and schools to follow."),
    "F2": (P, P, "Awareness is below its 85% target since the deadline passed."),
    "F3": (N, P, ""),
    "F4": (P, X, ""),
    "G1": (P, X, ""),
    "G2": (N, X, ""),
    "G3": (M, X, ""),
    "G4": (N, X, ""),
    "H1": (P, X, ""),
    "H2": (P, X, ""),
    "H3": (N, X, ""),
    "H4": (N, X, ""),
}
ASSESSOR = "Prevent Coordinator"


def add_demo_assessments(uow: UnitOfWork, plan_id: int, today: date) -> int:
    """Last year's and this year's self-assessments of the demo plan; returns how many answers."""
    compliance = requirement_compliance(uow, plan_id, today)
    actions = {a.ref: a for a in list_actions(uow, plan_id, today, compliance=compliance)}
    meetings = list_meetings(uow, plan_id)
    awareness = next((rc for rc in compliance if rc.requirement.course_code == "HO-AWR"), None)
    last_day = add_months(today, -12) + timedelta(days=3)
    if last_day.year == today.year:  # early in January: keep last year in last year
        last_day = date(today.year - 1, 12, 31)
    with uow:
        template = ensure_template(uow, "prevent-la-2024")
        questions = {q.key: q for _s, q in template_questions(uow, template.id)}
        answers = 0
        for day, which in ((last_day, 0), (today, 1)):
            assessment = Assessment(
                plan_id=plan_id, template_id=template.id, assessed_on=day, year=day.year, assessor=ASSESSOR
            )
            uow.session.add(assessment)
            uow.flush()
            for key, question in questions.items():
                rating = RATINGS.get(key, (X, X, ""))[which]
                comment = RATINGS.get(key, (X, X, ""))[2] if which else ""
                answer = AssessmentAnswer(
                    assessment_id=assessment.id,
                    question_id=question.id,
                    rating=rating.value,
                    commentary=comment,
                    assessor=ASSESSOR if rating is not X or comment else "",
                    answered_on=day if rating is not X or comment else None,
                )
                uow.session.add(answer)
                uow.flush()
                answers += 1
                if which:
                    for evidence in _evidence(key, answer.id, today, awareness, actions, meetings):
                        uow.session.add(evidence)
        uow.log_extra("demo", ChangeOp.CREATE, {"assessments": 2, "answers": answers})
        uow.commit(
            _("Demo data: self-assessments {last} and {this}").format(last=last_day.year, this=today.year)
        )
        return answers


def _evidence(key, answer_id, today, awareness, actions, meetings) -> list[AssessmentEvidence]:
    found: list[AssessmentEvidence] = []
    if key == "A1":
        found.append(
            AssessmentEvidence(
                answer_id=answer_id,
                kind="document",
                label="Prevent board terms of reference",
                location="https://intranet.northvale.example/prevent/board-terms-of-reference.pdf",
                review_on=add_months(today, 4),
                linked_on=today,
            )
        )
    if key == "F2" and awareness is not None:
        found.append(
            AssessmentEvidence(
                answer_id=answer_id,
                kind="requirement",
                target_uuid=awareness.requirement.uuid,
                label=f"{awareness.requirement.course_code}: {awareness.requirement.title}",
                figures=compliance_figures(awareness, today),
                linked_on=today,
            )
        )
    if key in ("A3", "D4") and meetings:
        meeting = meetings[0]
        found.append(
            AssessmentEvidence(
                answer_id=answer_id,
                kind="meeting",
                target_uuid=meeting.uuid,
                label=f"{meeting.title} ({meeting.held_on.strftime('%d/%m/%Y')})",
                figures={"held_on": meeting.held_on.isoformat()},
                linked_on=today,
            )
        )
    if key == "C3":
        for ref in ("1.2", "2.1"):
            action = actions.get(ref)
            if action is not None:
                found.append(
                    AssessmentEvidence(
                        answer_id=answer_id,
                        kind="action",
                        target_uuid=action.uuid,
                        label=f"{action.ref} {action.title}",
                        figures=action_figures(action, today),
                        linked_on=today,
                    )
                )
    return found
