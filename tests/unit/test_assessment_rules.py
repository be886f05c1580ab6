"""The self-assessment's pure rules: the rating scale, summaries, templates and suggested ratings."""

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from actionplan.assessment import suggestions as s
from actionplan.assessment.ratings import Rating, parse_rating, summarise
from actionplan.assessment.template import BUILT_IN, built_in_template, parse_template
from actionplan.domain.compliance import ComplianceCounts
from actionplan.domain.enums import ActionStatus, ComplianceState, Rag
from actionplan.errors import ValidationError
from actionplan.services.readmodels import (
    ActionView,
    CourseView,
    MeetingView,
    OrganisationView,
    PlanView,
    RequirementCompliance,
    RequirementView,
)

ON = date(2026, 11, 28)
PLAN = PlanView(1, "p", "Plan", "", None, "", date(2026, 4, 1), date(2027, 3, 31), "quarterly", "prevent")
N, P, M, E, X = Rating.NOT_MET, Rating.PARTIALLY_MET, Rating.MET, Rating.EXCEEDING, Rating.NOT_ASSESSED

# -- the scale -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("Not met", N),
        ("not MET", N),
        ("Partially met", P),
        ("partially-met", P),
        ("Amber", P),
        ("Met", M),
        ("meets", M),
        ("Exceeding", E),
        ("exceeds", E),
        (3, M),
        (4.0, E),
        ("N/A", X),
        ("Not assessed", X),
    ],
)
def test_ratings_are_read_in_the_words_colleagues_write(text, rating):
    assert parse_rating(text) is rating


def test_an_unknown_rating_names_the_words_accepted():
    with pytest.raises(
        ValueError, match="“Good” is not a rating: write Not assessed, Not met, Partially met"
    ):
        parse_rating("Good")


def test_scores_run_from_not_met_to_exceeding_and_leave_out_not_assessed():
    assert [r.score for r in Rating] == [None, 1, 2, 3, 4]
    assert [r for r in Rating if r.is_gap] == [N, P]


def test_a_summary_counts_ratings_takes_the_weakest_and_the_mean_of_those_given():
    summary = summarise([M, P, X, E])
    assert summary.questions == 4 and summary.assessed == 3 and summary.gaps == 1
    assert summary.rating is P  # a benchmark is as strong as its weakest part
    assert summary.score == pytest.approx((3 + 2 + 4) / 3)
    assert summary.to_json()["not assessed"] == 1 and summary.to_json()["rating"] == "partially met"
    empty = summarise([X, X])
    assert empty.rating is None and empty.score is None and empty.assessed == 0


# -- templates -----------------------------------------------------------------------------------


def test_the_prevent_template_has_the_toolkits_eight_sections_and_at_least_25_questions():
    spec = built_in_template("prevent-la-2024")
    assert [section.title for section in spec.sections] == [
        "Multi-agency partnership group",
        "Local risk assessment",
        "Partnership plan",
        "Referral pathway",
        "Channel panel",
        "Training programme",
        "Reducing permissive environments",
        "Communications and engagement",
    ]
    assert len(spec.questions) >= 25
    assert len({q.key for q in spec.questions}) == len(spec.questions)
    assert all(q.action for q in spec.questions)  # every gap has an action title to become
    channel = spec.sections[4]
    assert channel.aggregate_only and "no case data" in channel.note
    rules = {q.key: q.suggest for q in spec.questions if q.suggest}
    assert rules["A3"] == "meeting_frequency" and rules["C3"] == "plan_overdue"
    assert rules["F2"] == "training_compliance"


def test_every_built_in_template_parses():
    for key in BUILT_IN:
        assert built_in_template(key).key == key


def _template(**changes) -> dict:
    data = {
        "key": "fe-2021",
        "name": "FE self-assessment",
        "sections": [{"title": "Leadership", "questions": [{"text": "Is there a Prevent lead?"}]}],
    }
    data.update(changes)
    return data


def test_a_minimal_template_gets_keys_for_its_sections_and_questions():
    spec = parse_template(_template(), source="fe.json")
    assert spec.sections[0].key == "A" and spec.sections[0].questions[0].key == "A1"
    assert spec.source == "fe.json"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sections": []}, "has no sections"),
        ({"sections": [{"title": "Empty", "questions": []}]}, "“Empty” has no questions"),
        ({"key": "has spaces"}, "may hold only letters"),
        ({"name": ""}, "The template's name is missing"),
        (
            {"sections": [{"title": "A", "questions": [{"text": "q", "evidence": ["photos"]}]}]},
            "“photos” in question 1 of “A” is not a kind of evidence",
        ),
        (
            {"sections": [{"title": "A", "questions": [{"text": "q", "suggest": "guess"}]}]},
            "“guess” in question 1 of “A” is not a suggestion rule",
        ),
        (
            {
                "sections": [
                    {"title": "A", "questions": [{"key": "Q", "text": "a"}, {"key": "q", "text": "b"}]}
                ]
            },
            "Two questions have the key “q”",
        ),
        ({"format": "something-else"}, "is not a self-assessment template"),
    ],
)
def test_a_bad_template_is_refused_with_one_sentence(changes, message):
    with pytest.raises(ValidationError, match=message):
        parse_template(_template(**changes))


def test_a_template_round_trips_through_json():
    text = json.dumps(
        _template(sections=[{"title": "T", "questions": [{"text": "q", "suggest": "plan_overdue"}]}])
    )
    assert parse_template(json.loads(text)).questions[0].suggest == "plan_overdue"
    assert s.known_rule("training_course:VEN") and not s.known_rule("training_course")
    assert not s.known_rule("plan_overdue:x")


# -- suggestions: facts built by hand --------------------------------------------------------------

BASE_ACTION = ActionView(
    id=1, uuid="a1", plan_id=1, ref="1.1", title="Do it", description="", theme_id=None, theme_name="",
    objective_id=None, objective_name="", lead_organisation_id=None, lead_organisation_name="",
    owner_id=None, owner_name="Lead", start_date=None, due_date=ON + timedelta(days=60),
    completed_on=None, status=ActionStatus.IN_PROGRESS, progress=10, statutory=False, evidence="",
    notes="", rag=Rag.GREEN, rag_explanation="", rag_overridden=False, rag_override=None,
    rag_override_reason="", requirement_id=None, partner_ids=(), partner_names=(), latest_update="",
    position=0,
)  # fmt: skip


def action(ref: str, **changes) -> ActionView:
    return replace(BASE_ACTION, ref=ref, uuid=f"u{ref}", **changes)


def overdue(ref: str) -> ActionView:
    return action(ref, due_date=ON - timedelta(days=5), rag=Rag.RED)


def requirement(code: str, percent_of_ten: int, target: int = 80, deadline: date | None = None, **kw):
    req = RequirementView(
        1, f"r{code}", 1, 1, code, code, f"{code} requirement", (), kw.get("role_groups", ()), False,
        deadline, target, 90,
    )  # fmt: skip
    counts = ComplianceCounts(
        {
            ComplianceState.COMPLIANT: percent_of_ten,
            ComplianceState.OVERDUE: kw.get("overdue", 10 - percent_of_ten),
        }
    )
    return RequirementCompliance(req, counts, {}, Rag.GREEN, "")


def meeting(days_ago: int, attendees: str = "Council, Police", notes: str = "Minutes") -> MeetingView:
    held = ON - timedelta(days=days_ago)
    return MeetingView(days_ago, f"m{days_ago}", 1, held, "Board", attendees, notes, "", False, None)


def facts(**kw) -> s.Facts:
    return s.Facts(on=ON, plan=kw.pop("plan", PLAN), **kw)


def test_plan_overdue_follows_the_share_of_open_actions_overdue():
    clean = [action(str(i)) for i in range(10)]
    assert s.plan_overdue(facts(actions=clean)).rating is M
    two = [*clean[:8], overdue("8"), overdue("9")]
    found = s.plan_overdue(facts(actions=two))
    assert found.rating is P  # 2 of 10: within a fifth
    assert found.reasons == ("2 of 10 open actions are overdue on 28/11/2026.", "Overdue: 8, 9.")
    three = [*clean[:7], overdue("7"), overdue("8"), overdue("9")]
    assert s.plan_overdue(facts(actions=three)).rating is N
    assert s.plan_overdue(facts(actions=[])).rating is N  # no plan to speak of
    done = [action("1", status=ActionStatus.COMPLETE, rag=Rag.COMPLETE)]
    assert s.plan_overdue(facts(actions=done)).rating is M


def test_plan_fields_wants_an_owner_and_a_due_date_on_every_open_action():
    good = [action(str(i)) for i in range(5)]
    assert s.plan_fields(facts(actions=good)).rating is M
    one = [*good[:4], action("x", owner_name="", due_date=None)]
    found = s.plan_fields(facts(actions=one))
    assert found.rating is P and "1 of 5 open actions lack an owner or a due date: x." in found.reasons


def test_plan_current_and_evaluated():
    assert s.plan_current(facts(actions=[action("1")])).rating is M
    ended = replace(PLAN, period_end=ON - timedelta(days=1))
    assert s.plan_current(facts(plan=ended, actions=[action("1")])).rating is N
    assert s.plan_current(facts()).rating is P
    assert s.plan_evaluated(facts(actions=[action("1")])) is None  # nothing complete yet
    done = action("1", status=ActionStatus.COMPLETE, evidence="Report to the board")
    undone = action("2", status=ActionStatus.COMPLETE)
    assert s.plan_evaluated(facts(actions=[done])).rating is M
    assert s.plan_evaluated(facts(actions=[done, undone])).rating is P
    assert s.plan_evaluated(facts(actions=[undone])).rating is N


def test_meeting_frequency_counts_the_last_year_against_the_plans_cycle():
    quarterly = [meeting(d) for d in (20, 110, 200, 290)]
    assert s.meeting_frequency(facts(meetings=quarterly)).rating is M
    two = s.meeting_frequency(facts(meetings=quarterly[:2]))
    assert two.rating is P
    assert two.reasons[0] == "2 meetings in the 12 months to 28/11/2026; a quarterly cycle means 4."
    assert s.meeting_frequency(facts(meetings=[meeting(20)])).rating is N
    old = [meeting(d) for d in (400, 500)]  # more than a year ago: not counted
    assert s.meeting_frequency(facts(meetings=old)).rating is N
    monthly = replace(PLAN, review_cadence="Monthly")
    assert s.meeting_frequency(facts(plan=monthly, meetings=quarterly)).rating is N
    late = [meeting(d) for d in (150, 200, 250, 300)]  # enough meetings, but none for five months
    found = s.meeting_frequency(facts(meetings=late))
    assert found.rating is P and "more than a cycle ago" in found.reasons[1]
    unminuted = [*quarterly[:3], meeting(290, notes="")]
    assert s.meeting_frequency(facts(meetings=unminuted)).rating is P


def test_meeting_attendance_looks_for_every_partner_group_among_the_attendees():
    orgs = [
        OrganisationView(1, "o1", "Northvale Council", "Council", "local_authority", True, ()),
        OrganisationView(2, "o2", "Northvale Police", "Police", "police", True, ()),
        OrganisationView(3, "o3", "NHS Trust", "Trust", "health", True, ()),
        OrganisationView(4, "o4", "Probation North", "Probation", "probation", True, ()),
        OrganisationView(5, "o5", "Northvale College", "College", "further_education", True, ("FE",)),
    ]
    full = meeting(20, attendees="Council; Police; Trust; Probation; FE")
    assert s.meeting_attendance(facts(meetings=[full], organisations=orgs)).rating is M
    part = s.meeting_attendance(
        facts(meetings=[meeting(20, attendees="Council, Police")], organisations=orgs)
    )
    assert part.rating is P
    assert part.reasons[-1] == "Not named among the attendees: health, probation or youth justice, education."
    unrecorded = s.meeting_attendance(facts(meetings=[meeting(20, attendees="")], organisations=orgs))
    assert unrecorded.rating is N
    assert s.meeting_attendance(facts(organisations=orgs)).rating is N


def test_training_compliance_follows_each_requirement_against_its_target():
    on_target = [requirement("AWR", 9), requirement("REF", 8)]
    assert s.training_compliance(facts(compliance=on_target)).rating is M
    behind = [requirement("AWR", 9), requirement("REF", 5, deadline=ON + timedelta(days=30))]
    found = s.training_compliance(facts(compliance=behind))
    assert found.rating is P
    assert (
        "REF (REF requirement): 50% against a target of 80%, below target; deadline 28/12/2026."
        in found.reasons
    )
    late = [requirement("AWR", 5, deadline=ON - timedelta(days=1))]
    assert s.training_compliance(facts(compliance=late)).rating is N
    assert s.training_compliance(facts()).reasons == ("The plan sets no training requirement.",)


def test_training_refresh_follows_the_share_overdue_and_the_courses_validity():
    courses = {"AWR": CourseView(1, "c", "AWR", "Awareness", (), "", "", 24, ())}
    none_behind = [requirement("AWR", 10, overdue=0)]
    assert s.training_refresh(facts(compliance=none_behind, courses=courses)).rating is M
    few = [requirement("AWR", 19, overdue=1)]  # 1 of 20: 5%
    assert s.training_refresh(facts(compliance=few, courses=courses)).rating is P
    many = [requirement("AWR", 7, overdue=3)]
    assert s.training_refresh(facts(compliance=many, courses=courses)).rating is N
    forever = {"AWR": replace(courses["AWR"], validity_months=None)}
    found = s.training_refresh(facts(compliance=none_behind, courses=forever))
    assert found.rating is P and "No refresher period is set for AWR." in found.reasons


def test_training_for_one_course_or_for_elected_members():
    members = requirement("MEM", 9, target=75, role_groups=("Elected member",))
    assert s.training_members(facts(compliance=[members])).rating is M
    assert s.training_members(facts(compliance=[requirement("AWR", 9)])).rating is N
    courses = {"VEN": CourseView(1, "c", "VEN", "Venue booking briefing", (), "", "", 36, ())}
    missing = s.training_course(facts(courses=courses), "VEN")
    assert missing.reasons == ("No training requirement asks for VEN (Venue booking briefing).",)
    assert s.training_course(facts(compliance=[requirement("VEN", 6)]), "VEN").rating is P


def test_training_coverage_counts_the_role_groups_the_requirements_reach():
    wide = [
        requirement(c, 9, role_groups=(g,))
        for c, g in (("A", "DSL"), ("B", "Panel"), ("C", "Elected member"))
    ]
    found = s.training_coverage(facts(compliance=wide, role_groups=frozenset({"DSL", "Manager"})))
    assert found.rating is M
    assert found.reasons[-1] == "Role groups with staff but no requirement of their own: Manager."
    assert s.training_coverage(facts(compliance=wide[:1])).rating is P


def test_prevent_leads_by_specified_authority():
    orgs = [
        OrganisationView(1, "o1", "Council", "", "local_authority", True, ()),
        OrganisationView(2, "o2", "Police", "", "police", True, ()),
        OrganisationView(3, "o3", "Charity", "", "voluntary", False, ()),
    ]
    assert s.prevent_leads(facts(organisations=orgs, prevent_leads={1: 1, 2: 2})).rating is M
    assert s.prevent_leads(facts(organisations=orgs, prevent_leads={1: 1})).rating is P
    assert s.prevent_leads(facts(organisations=orgs)).rating is N
    assert s.prevent_leads(facts(organisations=orgs[2:])) is None


def test_a_document_past_its_review_date_caps_the_suggestion_at_partially_met():
    stale = [s.DocumentDate("Terms of reference", ON - timedelta(days=1))]
    fresh = [s.DocumentDate("Terms of reference", ON + timedelta(days=1))]
    clean = facts(actions=[action("1")])
    assert s.suggest("plan_overdue", clean, fresh).rating is M
    capped = s.suggest("plan_overdue", clean, stale)
    assert (
        capped.rating is P and capped.reasons[-1] == "“Terms of reference” was due for review on 27/11/2026."
    )
    alone = s.suggest("", clean, stale)
    assert alone.rating is P
    assert s.suggest("", clean, fresh) is None  # the data does not speak to it


def test_no_rule_ever_suggests_exceeding():
    generous = facts(
        actions=[action("1", status=ActionStatus.COMPLETE, evidence="done", rag=Rag.COMPLETE)],
        compliance=[requirement("AWR", 10, overdue=0, role_groups=("Elected member",))],
        meetings=[meeting(d) for d in (10, 100, 190, 280)],
    )
    for name in s.RULES:
        found = s.RULES[name](generous, "AWR")
        assert found is None or found.rating is not E
