"""The self-assessment end to end: the template a Prevent plan gets, the JSON, suggestions that
follow the demo's data, ratings, evidence, a gap into an action, templates from files, the
board's PDF and the command line."""

import json
import shutil
import subprocess
from datetime import date, timedelta

import openpyxl
import pytest
from sqlalchemy import text
from sqlmodel import select

from actionplan.assessment import services
from actionplan.assessment.chart import ratings_chart
from actionplan.assessment.ratings import Rating
from actionplan.assessment.report import report_blocks, report_text, write_assessment_report
from actionplan.cli import main
from actionplan.domain.enums import ActionStatus
from actionplan.errors import NotFoundError, ValidationError
from actionplan.services import actions, history, meetings, open_database, plans, requirements, training
from actionplan.services.people import list_people
from actionplan.storage.models import Action, AssessmentEvidence, Theme
from tests.conftest import TODAY

RATINGS = {"not assessed", "not met", "partially met", "met", "exceeding"}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def suggestion(db, plan_id, key, **address):
    return services.get_assessment(db.unit_of_work(), plan_id, **address).question(key).suggestion


# -- a new Prevent plan, and the JSON ---------------------------------------------------------


def test_init_with_the_prevent_template_gives_the_toolkits_assessment(capsys, data_dir):
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "init", "--template", "prevent")
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", str(data_dir), "assessment", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["assessment"]["date"] == TODAY.isoformat()
    assert data["assessment"]["saved"] is False and data["assessment"]["previous"] is None
    assert data["assessment"]["template"]["key"] == "prevent-la-2024"
    assert [s["title"] for s in data["sections"]] == [
        "Multi-agency partnership group",
        "Local risk assessment",
        "Partnership plan",
        "Referral pathway",
        "Channel panel",
        "Training programme",
        "Reducing permissive environments",
        "Communications and engagement",
    ]
    questions = [q for s in data["sections"] for q in s["questions"]]
    assert len(questions) >= 25
    for section in data["sections"]:
        assert set(section) >= {"title", "questions", "summary"}
        assert section["summary"]["questions"] == len(section["questions"])
        assert section["summary"]["not assessed"] == len(section["questions"])
        for q in section["questions"]:
            assert set(q) >= {"id", "text", "rating", "suggested", "evidence"}
            assert q["rating"] == "not assessed" and q["evidence"] == []
            if q["suggested"] is not None:
                assert q["suggested"]["rating"] in RATINGS and q["suggested"]["reasons"]
    assert data["sections"][4]["aggregate_only"] is True  # Channel: aggregate information only
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "assessment", "templates", "--json")
    [template] = json.loads(out)["templates"]
    assert template["sections"] == 8 and template["questions"] == len(questions)


def test_a_blank_plan_uses_a_template_already_loaded_and_a_database_without_one_says_what_to_do(db):
    blank = plans.create_plan(db.unit_of_work(), "Blank", template="blank")
    with pytest.raises(NotFoundError, match="No self-assessment template is loaded"):
        services.get_assessment(db.unit_of_work(), blank.id)
    prevent = plans.create_plan(db.unit_of_work(), "Prevent", template="prevent")
    assert len(services.get_assessment(db.unit_of_work(), blank.id).sections) == 8
    assert [t.key for t in services.list_templates(db.unit_of_work())] == ["prevent-la-2024"]  # shared, once
    assert services.get_assessment(db.unit_of_work(), prevent.id).plan_name == "Prevent"


def test_the_json_shape_on_the_demo(demo_db, capsys):
    code, out, err = run(capsys, "assessment", "--json")
    assert code == 0, err
    data = json.loads(out)
    head = data["assessment"]
    assert head["date"] == "2026-11-28" and head["saved"] is True and head["previous"]["year"] == 2025
    c3 = next(q for s in data["sections"] for q in s["questions"] if q["id"] == "C3")
    assert c3["rating"] == "partially met" and c3["last_year"] == "partially met"
    assert c3["suggested"]["rating"] == "partially met"
    assert c3["suggested"]["reasons"][0] == "2 of 11 open actions are overdue on 28/11/2026."
    assert [e["kind"] for e in c3["evidence"]] == ["action", "action"]
    assert c3["evidence"][0]["label"].startswith("1.2 ") and c3["evidence"][0]["missing"] is False
    f2 = next(q for s in data["sections"] for q in s["questions"] if q["id"] == "F2")
    [linked] = f2["evidence"]
    assert linked["kind"] == "requirement" and linked["at_the_time"]["target"] == 85
    summary = data["sections"][0]["summary"]
    assert summary["rating"] == "partially met" and summary["last_year"]["rating"] == "not met"
    assert data["summary"]["questions"] == 32 and data["summary"]["assessed"] == 20


# -- suggestions follow the data ----------------------------------------------------------------


def test_training_suggestions_follow_compliance_against_targets(demo_db):
    db, plan_id = demo_db
    before = suggestion(db, plan_id, "F2")
    assert before.rating is Rating.PARTIALLY_MET
    assert any(
        r.startswith("HO-AWR (All key personnel complete Prevent awareness): 65% against")
        for r in before.reasons
    )
    assert suggestion(db, plan_id, "F3").rating is Rating.NOT_MET  # 20% overdue or expired
    # Everyone in every requirement's audience attends a session: compliance meets every target.
    people = [p.id for p in list_people(db.unit_of_work())]
    for req in requirements.list_requirements(db.unit_of_work(), plan_id):
        training.record_attendance(db.unit_of_work(), req.course_id, TODAY - timedelta(days=7), people)
    after = suggestion(db, plan_id, "F2")
    assert after.rating is Rating.MET
    assert all("on target" in reason for reason in after.reasons)
    assert suggestion(db, plan_id, "F3").rating is Rating.MET
    # A harder target on one requirement brings it back below.
    awareness = requirements.list_requirements(db.unit_of_work(), plan_id)[0]
    requirements.update_requirement(db.unit_of_work(), awareness.id, target_percent=100)
    exempt_people = len(awareness.exemptions)
    assert (
        exempt_people == 2 and suggestion(db, plan_id, "F2").rating is Rating.MET
    )  # exempt people do not count


def test_plan_suggestions_follow_the_overdue_actions(demo_db):
    db, plan_id = demo_db
    assert suggestion(db, plan_id, "C3").rating is Rating.PARTIALLY_MET
    all_actions = actions.list_actions(db.unit_of_work(), plan_id, TODAY)
    overdue = [a for a in all_actions if a.is_overdue]
    assert [a.ref for a in overdue] == ["1.2", "2.1"]
    for a in overdue:
        actions.update_action(db.unit_of_work(), a.id, status=ActionStatus.COMPLETE)
    found = suggestion(db, plan_id, "C3")
    assert found.rating is Rating.MET and found.reasons[0] == "0 of 9 open actions are overdue on 28/11/2026."
    for a in [a for a in all_actions if not a.status.is_closed][:3]:
        actions.update_action(db.unit_of_work(), a.id, due_date=TODAY - timedelta(days=1))
    assert suggestion(db, plan_id, "C3").rating is Rating.NOT_MET  # 3 of 9: more than a fifth


def test_partnership_group_suggestions_follow_the_meetings(demo_db):
    db, plan_id = demo_db
    assert suggestion(db, plan_id, "A3").rating is Rating.NOT_MET  # one meeting in the year
    for days in (120, 210):
        meetings.create_meeting(
            db.unit_of_work(), plan_id, TODAY - timedelta(days=days), "Board", notes="Minutes"
        )
    assert suggestion(db, plan_id, "A3").rating is Rating.PARTIALLY_MET
    meetings.create_meeting(db.unit_of_work(), plan_id, TODAY - timedelta(days=300), "Board", notes="Minutes")
    assert suggestion(db, plan_id, "A3").rating is Rating.MET


def test_suggestions_are_worked_out_on_the_assessments_date_not_today(demo_db):
    db, plan_id = demo_db
    last_year = services.get_assessment(db.unit_of_work(), plan_id, year=2025)
    assert last_year.assessed_on == date(2025, 12, 1)
    c3 = last_year.question("C3").suggestion
    assert c3.reasons[0].endswith("on 01/12/2025.")


# -- rating, one a year, evidence -----------------------------------------------------------------


def test_a_suggestion_never_overwrites_the_assessors_rating(db, plan):
    assert (
        services.get_assessment(db.unit_of_work(), plan.id).question("C3").suggestion.rating is Rating.NOT_MET
    )
    services.rate(
        db.unit_of_work(),
        plan.id,
        "c3",
        rating="met",
        commentary="Reviewed at every board",
        assessor="A. Lead",
    )
    q = services.get_assessment(db.unit_of_work(), plan.id).question("C3")
    assert q.rating is Rating.MET and q.suggestion.rating is Rating.NOT_MET and q.differs_from_suggestion
    assert (q.commentary, q.assessor, q.answered_on) == ("Reviewed at every board", "A. Lead", TODAY)
    assert services.rate(db.unit_of_work(), plan.id, "C3", rating="Met") is False  # nothing changed
    with pytest.raises(ValidationError, match="“Great” is not a rating"):
        services.rate(db.unit_of_work(), plan.id, "C3", rating="Great")
    with pytest.raises(NotFoundError, match="no question “Z9”"):
        services.rate(db.unit_of_work(), plan.id, "Z9", rating="met")


def test_one_assessment_a_year_and_earlier_years_kept_for_comparison(db, plan):
    last = services.start_assessment(db.unit_of_work(), plan.id, on=date(2025, 11, 20))
    services.rate(db.unit_of_work(), plan.id, "A1", rating="not met", assessment_id=last)
    with pytest.raises(ValidationError, match="already has its 2025 self-assessment"):
        services.start_assessment(db.unit_of_work(), plan.id, on=date(2025, 12, 1))
    services.rate(db.unit_of_work(), plan.id, "A1", rating="met")  # starts this year's
    view = services.get_assessment(db.unit_of_work(), plan.id)
    assert view.saved and view.previous.year == 2025 and [y.year for y in view.years] == [2026, 2025]
    assert view.question("A1").last_year is Rating.NOT_MET
    assert view.sections[0].last_year.rating is Rating.NOT_MET
    assert (
        services.get_assessment(db.unit_of_work(), plan.id, year=2025).question("A1").rating is Rating.NOT_MET
    )
    with pytest.raises(NotFoundError, match="no self-assessment for 2023: the years assessed are 2025, 2026"):
        services.get_assessment(db.unit_of_work(), plan.id, year=2023)
    with pytest.raises(ValidationError, match="must be dated in 2026"):
        services.update_assessment(db.unit_of_work(), view.id, assessed_on=date(2027, 1, 2))


def test_evidence_keeps_what_it_showed_when_linked_and_what_it_shows_now(demo_db):
    db, plan_id = demo_db
    req = requirements.list_requirements(db.unit_of_work(), plan_id)[1]  # HO-REF
    services.add_evidence(db.unit_of_work(), plan_id, "F4", "requirement", target_uuid=req.uuid)
    meeting = meetings.list_meetings(db.unit_of_work(), plan_id)[0]
    services.add_evidence(db.unit_of_work(), plan_id, "A2", "meeting", target_uuid=meeting.uuid)
    services.add_evidence(
        db.unit_of_work(),
        plan_id,
        "G1",
        "document",
        location="/shared/policies/venues.docx",
        review_on=date(2026, 6, 1),
    )
    with pytest.raises(ValidationError, match="already linked to F4"):
        services.add_evidence(db.unit_of_work(), plan_id, "F4", "requirement", target_uuid=req.uuid)
    with pytest.raises(ValidationError, match="needs its path, its web link or at least its name"):
        services.add_evidence(db.unit_of_work(), plan_id, "G1", "document")
    view = services.get_assessment(db.unit_of_work(), plan_id)
    [linked] = view.question("F4").evidence
    assert linked.label == f"HO-REF: {req.title}" and linked.figures["target"] == 90
    assert linked.then == linked.now and linked.then.endswith("trained (target 90%) on 28/11/2026")
    [venues] = view.question("G1").evidence
    assert venues.label == "venues.docx" and venues.overdue and venues.now == "review was due on 01/06/2026"
    assert view.question("G1").suggestion.rating is Rating.PARTIALLY_MET  # its document is out of date
    people = [p.id for p in list_people(db.unit_of_work())]
    training.record_attendance(db.unit_of_work(), req.course_id, TODAY - timedelta(days=3), people)
    [after] = services.get_assessment(db.unit_of_work(), plan_id).question("F4").evidence
    assert after.then == linked.then and after.now.startswith("100% of")
    meetings_view = services.get_assessment(db.unit_of_work(), plan_id).question("A2").evidence
    assert (
        meetings_view[0].label == f"{meeting.title} ({meeting.held_on:%d/%m/%Y})"
        and not meetings_view[0].missing
    )
    services.remove_evidence(db.unit_of_work(), venues.id)
    assert services.get_assessment(db.unit_of_work(), plan_id).question("G1").evidence == ()


# -- a gap becomes an action ----------------------------------------------------------------------


def test_a_gap_becomes_an_action_in_the_right_theme_linked_back_as_evidence(demo_db):
    db, plan_id = demo_db
    view = services.get_assessment(db.unit_of_work(), plan_id)
    assert view.question("C4").rating is Rating.NOT_MET
    themes = [(t.id, t.name) for t in plans.list_themes(db.unit_of_work(), plan_id)]
    plan = plans.get_plan(db.unit_of_work(), plan_id)
    proposal = services.gap_action_proposal(view, "C4", themes, plan)
    assert proposal.title == "Evaluate completed actions and carry the lessons into the next plan"
    assert dict(themes)[proposal.theme_id] == "Leadership"  # the partnership plan sits under Leadership
    assert proposal.due_date == plan.period_end  # six months on would pass the plan's end
    before = len(actions.list_actions(db.unit_of_work(), plan_id, TODAY))
    made = services.create_gap_action(
        db.unit_of_work(), plan_id, "C4", title=proposal.title, theme_id=proposal.theme_id,
        due_date=proposal.due_date, description=proposal.description,
    )  # fmt: skip
    assert (made.ref, made.theme_name, made.status) == ("SA-C4", "Leadership", ActionStatus.NOT_STARTED)
    assert "From the 2026 self-assessment: rated not met." in made.description
    assert len(actions.list_actions(db.unit_of_work(), plan_id, TODAY)) == before + 1
    [evidence] = services.get_assessment(db.unit_of_work(), plan_id).question("C4").evidence
    assert (
        evidence.kind == "action"
        and evidence.target_uuid == made.uuid
        and evidence.label.startswith("SA-C4 ")
    )
    assert evidence.now == "Not started, Green on 28/11/2026" and evidence.then == "Not started on 28/11/2026"
    # One change: one undo takes the action and its link away.
    history.undo_batch(db.unit_of_work(), history.list_batches(db.unit_of_work(), 1)[0].id)
    assert len(actions.list_actions(db.unit_of_work(), plan_id, TODAY)) == before
    assert services.get_assessment(db.unit_of_work(), plan_id).question("C4").evidence == ()


def test_only_a_gap_becomes_an_action_and_a_new_theme_is_made_when_none_fits(db, plan):
    services.rate(db.unit_of_work(), plan.id, "H2", rating="met")
    with pytest.raises(
        ValidationError, match="H2 is rated met: only a question rated not met or partially met"
    ):
        services.create_gap_action(db.unit_of_work(), plan.id, "H2", title="x")
    services.rate(db.unit_of_work(), plan.id, "H2", rating="partially met")
    made = services.create_gap_action(
        db.unit_of_work(),
        plan.id,
        "H2",
        title="Set up a faith forum",
        new_theme="Communications and engagement",
    )
    assert made.theme_name == "Communications and engagement"
    with db.unit_of_work() as uow:
        names = [t.name for t in uow.session.exec(select(Theme).where(Theme.plan_id == plan.id))]
    assert names[-1] == "Communications and engagement"


def test_deleting_a_linked_action_shows_the_evidence_as_deleted(demo_db):
    db, plan_id = demo_db
    target = next(a for a in actions.list_actions(db.unit_of_work(), plan_id, TODAY) if a.ref == "1.2")
    actions.delete_actions(db.unit_of_work(), [target.id])
    first = services.get_assessment(db.unit_of_work(), plan_id).question("C3").evidence[0]
    assert first.missing and first.now == "deleted since it was linked"
    history.undo_batch(db.unit_of_work(), history.list_batches(db.unit_of_work(), 1)[0].id)
    assert not services.get_assessment(db.unit_of_work(), plan_id).question("C3").evidence[0].missing


# -- further frameworks ---------------------------------------------------------------------------


def test_a_further_framework_loads_from_json(db, plan, tmp_path):
    path = tmp_path / "fe.json"
    path.write_text(
        json.dumps(
            {
                "key": "fe-2021",
                "name": "Further education self-assessment",
                "sections": [
                    {"title": "Leadership", "questions": [{"text": "Is a senior Prevent lead named?"}]},
                    {"title": "Staff training", "themes": ["Capabilities"], "questions": [
                        {"text": "Trained?", "suggest": "training_compliance", "evidence": "requirements"}
                    ]},
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    loaded = services.load_template_file(db.unit_of_work(), path)
    assert (loaded.sections, loaded.questions, loaded.source) == (2, 2, "fe.json")
    view = services.get_assessment(db.unit_of_work(), plan.id, template="fe-2021")
    assert [q.key for q in view.questions] == ["A1", "B1"]
    assert view.question("B1").suggestion is not None
    with pytest.raises(ValidationError, match="already loaded"):
        services.load_template_file(db.unit_of_work(), path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(Exception, match="is not a JSON file"):
        services.load_template_file(db.unit_of_work(), path)


def test_a_further_framework_loads_from_a_workbook(db, plan, tmp_path, capsys):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NHS Prevent self-assessment"])
    ws.append([])
    ws.append(["Section", "Question ID", "Question", "Guidance", "Evidence", "Suggestion"])
    ws.append(["Governance", "G1", "Is there a named Prevent lead on the board?", "", "documents", ""])
    ws.append(["Governance", "G2", "Is Prevent in the safeguarding policy?", "", "", ""])
    ws.append(
        ["Training", "T1", "Is training compliance reported?", "", "requirements", "training_compliance"]
    )
    path = tmp_path / "NHS_trust_2025.xlsx"
    wb.save(path)
    code, out, err = run(capsys, "assessment", "load-template", str(path))
    assert code == 0, err
    assert out.strip() == "Loaded the template NHS_trust_2025: NHS trust 2025 (2 sections, 3 questions)."
    view = services.get_assessment(db.unit_of_work(), plan.id, template="NHS_trust_2025")
    assert [s.title for s in view.sections] == ["Governance", "Training"]
    assert [q.key for q in view.questions] == ["G1", "G2", "T1"]
    bad = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Email"])
    wb.save(bad)
    code, _out, err = run(capsys, "assessment", "load-template", str(bad))
    assert code == 2 and "has no sheet with a Section and a Question column" in err


def test_a_database_upgraded_from_before_the_assessment_gets_the_template(tmp_path):
    from alembic import command

    from actionplan.storage.database import alembic_config, make_engine

    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO plan (uuid, name, area, period_start, period_end, review_cadence, template, "
                "created_at, updated_at) VALUES ('p-1', 'Old plan', '', '2026-04-01', '2027-03-31', "
                "'quarterly', 'prevent', '2026-04-01 00:00:00', '2026-04-01 00:00:00')"
            )
        )
    engine.dispose()
    database = open_database(f"sqlite:///{path}", backups_dir=tmp_path / "backups")
    try:
        view = services.get_assessment(database.unit_of_work(), 1)
        assert len(view.sections) == 8 and len(view.questions) >= 25
        assert view.question("A3").rule == "meeting_frequency"
    finally:
        database.close()


# -- the board's PDF ------------------------------------------------------------------------------


def test_the_board_report_has_the_summary_the_chart_and_every_question(demo_db, tmp_path):
    db, plan_id = demo_db
    view = services.get_assessment(db.unit_of_work(), plan_id)
    blocks = report_blocks(view)
    words = report_text(blocks)
    assert "Prevent duty self-assessment 2026 · as at 28/11/2026" in words
    assert (
        "A. Multi-agency partnership group | 4/4 | 0 | 2 | 2 | 0 | Partially met | 2.5 | 1.8 | ▲ +0.8"
        in words
    )
    for q in view.questions:
        assert f"{q.key} | {q.text} | {q.rating.label}" in words
    assert "Gaps and the actions that address them" in words
    assert "C3 | Is progress reviewed" in words and "1.2 Report Prevent delivery" in words
    out = tmp_path / "board.pdf"
    pages = write_assessment_report(db, plan_id, out)
    assert pages >= 5 and out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        extracted = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "ratings by section" in extracted and "Mean rating of the questions assessed" in extracted
    with pytest.raises(ValidationError, match="ending in .pdf"):
        write_assessment_report(db, plan_id, tmp_path / "board.docx")


def test_the_chart_compares_each_section_with_last_year(demo_db):
    db, plan_id = demo_db
    view = services.get_assessment(db.unit_of_work(), plan_id)
    fig = ratings_chart(view)
    top, bottom = fig.subfigs
    [means] = top.axes
    bars = [p for p in means.patches]
    this_year = [round(b.get_width(), 2) for b in bars[: len(view.sections)]]
    last_year = [round(b.get_width(), 2) for b in bars[len(view.sections) :]]
    assert this_year == [round(s.summary.score or 0, 2) for s in view.sections]
    assert last_year == [round(s.last_year.score or 0, 2) for s in view.sections]
    assert [t.get_text() for t in means.get_legend().get_texts()] == ["2026", "2025"]
    gids = {a.get_gid() for a in bottom.findobj(lambda a: bool(a.get_gid()))}
    assert "section=C&rating=not met" in gids


# -- the command line ----------------------------------------------------------------------------


def test_rate_evidence_action_and_export_from_the_command_line(demo_db, capsys, tmp_path):
    db, plan_id = demo_db
    code, out, err = run(
        capsys, "assessment", "rate", "g1", "partially met", "--commentary", "Libraries not covered"
    )
    assert code == 0, err
    assert out.splitlines()[0] == "G1: Partially met."
    code, out, _ = run(capsys, "assessment", "rate", "G1", "Partially met")
    assert out.startswith("G1 is already Partially met: nothing changed.")
    code, out, err = run(capsys, "assessment", "evidence", "F2", "--requirement", "HO-REF")
    assert code == 0, err and "Training requirement: HO-REF:" in out
    code, out, err = run(
        capsys,
        "assessment",
        "evidence",
        "G1",
        "--document",
        "https://example.org/venues",
        "--review",
        "31/03/2027",
    )
    assert code == 0 and "next review 31/03/2027" in out, err
    code, out, err = run(capsys, "assessment", "action", "G1", "--due", "31/01/2027")
    assert code == 0, err
    assert out.strip() == (
        "Added the action SA-G1 “Agree a venue-hire and external-speaker policy with checks before bookings” "
        "under Leadership, due 31/01/2027, linked to G1 as its evidence."
    )
    code, _out, err = run(capsys, "assessment", "action", "A1")
    assert code == 2 and "A1 is rated met" in err
    code, _out, err = run(capsys, "assessment", "rate", "A1", "brilliant")
    assert code == 2 and "“brilliant” is not a rating" in err
    code, out, err = run(capsys, "assessment", "export", str(tmp_path / "board.pdf"), "--as-of", "2026-11-28")
    assert code == 0 and "written to" in out, err
    code, out, err = run(capsys, "assessment", "export", str(tmp_path / "sa.xlsx"))
    assert code == 0 and out.startswith("The 2026 self-assessment (32 questions) written to"), err
    code, _out, err = run(capsys, "assessment", "export", str(tmp_path / "sa.docx"))
    assert code == 2 and "as .xlsx (a workbook) or .pdf" in err
    code, out, _ = run(capsys, "assessment", "--year", "2025")
    assert "self-assessment 2025 as at 01/12/2025 (saved)" in out.splitlines()[0]
    with db.unit_of_work() as uow:
        made = uow.session.exec(select(Action).where(Action.ref == "SA-G1")).one()
        links = uow.session.exec(
            select(AssessmentEvidence).where(AssessmentEvidence.target_uuid == made.uuid)
        ).all()
        assert len(links) == 1
    batches = history.list_batches(db.unit_of_work(), 10)
    assert [b.source for b in batches[:5]] == ["command"] * 5  # rate, two links, the action, the export


def test_a_new_years_assessment_from_the_command_line(db, plan, capsys):
    code, out, err = run(capsys, "assessment", "new", "--date", "2025-10-01", "--assessor", "Prevent Lead")
    assert code == 0, err
    assert out.strip() == "Started the 2025 self-assessment of Test plan, dated 01/10/2025: 32 questions."
    code, _out, err = run(capsys, "assessment", "new", "--date", "2025-12-01")
    assert code == 2 and "already has its 2025 self-assessment" in err
    code, out, err = run(capsys, "assessment", "rate", "B1", "met", "--year", "2025")
    assert code == 0, err
    assert (
        services.get_assessment(db.unit_of_work(), plan.id, year=2025).question("B1").assessor
        == "Prevent Lead"
    )


def test_the_prevent_leads_are_counted_by_organisation_among_the_people_in_post(demo_db):
    db, plan_id = demo_db
    from actionplan.assessment.suggestions import PREVENT_LEAD
    from actionplan.services import organisations, people

    first, second = organisations.list_organisations(db.unit_of_work())[:2]
    for org, leaving in ((first, None), (first, None), (second, None), (second, TODAY - timedelta(days=1))):
        people.create_person(
            db.unit_of_work(), first_name="Lead", last_name=org.name, organisation_id=org.id,
            role_group=PREVENT_LEAD.upper(), leaving_date=leaving, start_date=date(2020, 1, 1),
        )  # fmt: skip
    facts, _meetings = services.load_facts(db.unit_of_work(), plan_id, TODAY)
    in_post = list_people(db.unit_of_work(), people.PeopleFilter(on=TODAY))
    expected: dict[int, int] = {}
    for person in in_post:
        if person.role_group.casefold() == PREVENT_LEAD.casefold() and person.organisation_id is not None:
            expected[person.organisation_id] = expected.get(person.organisation_id, 0) + 1
    assert facts.prevent_leads == expected
    assert expected[first.id] >= 2 and expected[second.id] >= 1
    assert facts.role_groups == frozenset(p.role_group for p in in_post if p.role_group)
