"""The meeting pack: a PDF of several A4 pages, changes since the last meeting, names only on request."""

import re
from datetime import date

import pytest

from actionplan.cli import main
from actionplan.domain.enums import ActionStatus, ComplianceState
from actionplan.errors import ValidationError
from actionplan.reports import layout
from actionplan.reports.content import headline_figures
from actionplan.reports.meeting_pack import pack_blocks, pack_content, pack_text, write_meeting_pack
from actionplan.services import actions, compliance, meetings, plans

TODAY = date(2026, 11, 28)


def pdf_pages(data: bytes) -> int:
    """Pages of a PDF, counted from its page objects (matplotlib writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def overdue_names(db, plan_id) -> set[str]:
    """Names of the people overdue or expired who are not action owners (owners are in the plan anyway)."""
    matrix = compliance.training_matrix(db.unit_of_work(), plan_id, TODAY)
    owners = {a.owner_name for a in actions.list_actions(db.unit_of_work(), plan_id, TODAY)}
    return {
        row.person.full_name
        for row in matrix.rows
        if any(c.state in (ComplianceState.OVERDUE, ComplianceState.EXPIRED) for c in row.cells)
    } - owners


def test_report_command_writes_an_a4_pdf_of_at_least_4_pages(demo_db, data_dir, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    code = main(["--data-dir", str(data_dir), "report", str(out), "--as-of", "2026-11-28"])
    stdout = capsys.readouterr().out
    assert code == 0
    data = out.read_bytes()
    pages = pdf_pages(data)
    assert pages >= 4
    assert f"({pages} pages)" in stdout
    assert data.startswith(b"%PDF-")
    assert b"/Author (ActionPlan)" in data and b"/CreationDate (D:" in data
    assert b"meeting pack as at 28/11/2026" in data  # the title in the document information
    assert set(re.findall(rb"/MediaBox \[ ?0 0 ([\d.]+) ([\d.]+) ?\]", data)) == {(b"595.44", b"841.68")}
    assert not list(tmp_path.glob("*.part"))


def test_report_command_rejects_a_wrong_extension_in_one_sentence(demo_db, data_dir, tmp_path, capsys):
    code = main(["--data-dir", str(data_dir), "report", str(tmp_path / "pack.docx")])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err == "actionplan: The meeting pack is a PDF: give a file name ending in .pdf, not 'pack.docx'."
    assert not (tmp_path / "pack.docx").exists()


def test_the_pack_has_its_sections_and_the_headline_figures_of_status(demo_db):
    db, plan_id = demo_db
    content = pack_content(db, plan_id, TODAY)
    text = pack_text(pack_blocks(content))
    for heading in (
        "Partnership meeting pack · as at 28/11/2026",
        "Changes since the last meeting",
        "Actions by theme",
        "Overdue actions",
        "Overdue training by organisation",
    ):
        assert heading in text
    status = content.summary.to_json()
    h = headline_figures(content.summary)
    assert h.actions_total == status["actions"]["total"] == 14
    assert h.actions_overdue == status["actions"]["overdue"]
    assert h.people_overdue == sum(r["overdue"] + r["expired"] for r in status["requirements"])
    assert h.key_personnel_basis == "HO-AWR"
    assert round(h.key_personnel_percent, 1) == status["requirements"][0]["percent"]
    for a in content.summary.actions:  # every action, with its RAG as a word
        assert f"{a.ref} | {a.title}" in text
    assert "Red: due 16/11/2026, 12 days overdue" in text
    # No meeting of the demo plan is closed yet: the pack says so and lists the change log instead.
    assert "No meeting of this plan has been closed yet" in text
    assert "Demo data: 60 people" in text


def test_changes_since_the_last_meeting_show_an_edit_made_after_closing_it(demo_db):
    db, plan_id = demo_db
    u = db.unit_of_work
    meeting = meetings.create_meeting(u(), plan_id, TODAY, "December board")
    meetings.close_meeting(u(), meeting.id)
    target = next(a for a in actions.list_actions(u(), plan_id, TODAY) if a.ref == "1.4")
    assert target.status is ActionStatus.IN_PROGRESS
    actions.update_action(u(), target.id, status=ActionStatus.COMPLETE, completed_on=TODAY, progress=100)

    content = pack_content(db, plan_id, TODAY)
    changes = content.changes
    assert changes.meeting is not None and changes.meeting.title == "December board"
    (changed,) = changes.actions
    assert changed.ref == "1.4"
    assert changed.status == ("In progress", "Complete")
    assert changed.rag == ("Amber", "Complete")
    assert changed.progress == (40, 100)
    assert changes.overdue_then == changes.overdue_now
    assert all(r.percent_then == r.percent_now for r in changes.requirements)
    text = pack_text(pack_blocks(content))
    assert (
        "1.4 | Complete the annual Prevent duty self-assessment | In progress → Complete | Amber → Complete"
        in text
    )
    assert "Compared with the figures kept for the meeting of 28/11/2026 (December board)" in text
    assert "Edited action Complete the annual Prevent duty self-assessment" in [
        b.description for b in changes.batches
    ]
    assert "Closed the meeting December board" in text


def test_names_are_left_out_unless_asked_for(demo_db):
    db, plan_id = demo_db
    names = overdue_names(db, plan_id)
    assert len(names) >= 5
    without = pack_text(pack_blocks(pack_content(db, plan_id, TODAY)))
    assert not [n for n in names if n in without]
    assert "Names are left out of this pack" in without
    with_names = pack_content(db, plan_id, TODAY, include_names=True)
    text = pack_text(pack_blocks(with_names))
    assert names <= {p.name for p in with_names.people}
    assert all(n in text for n in names)


def test_a_blank_plan_still_makes_a_pack(db, tmp_path):
    plan = plans.create_plan(db.unit_of_work(), "Blank plan", template="blank")
    out = tmp_path / "blank.pdf"
    pages = write_meeting_pack(db, plan.id, out, on=TODAY)
    assert pages >= 4 and pdf_pages(out.read_bytes()) == pages
    text = pack_text(pack_blocks(pack_content(db, plan.id, TODAY)))
    assert "The plan has no actions yet." in text and "No action is overdue." in text
    with pytest.raises(ValidationError, match="ending in .pdf"):
        write_meeting_pack(db, plan.id, tmp_path / "blank.png")


def test_long_tables_carry_on_across_pages_under_their_header():
    rows = [
        layout.Row([str(i), "An action with a rather long title " * (1 + i % 3), "Lead"]) for i in range(120)
    ]
    columns = [layout.Column("Ref", 0.5), layout.Column("Action", 4.0), layout.Column("Lead", 1.0)]
    header = layout.table(columns, rows)
    pages = layout.flow([layout.heading("Actions", 1), header])
    assert len(pages) > 2
    for page in pages[1:]:
        assert page.placed[0][0] is header  # the header again at the top of every continued page
    placed = [b for page in pages for b, _y in page.placed if b is not header]
    assert len(placed) == 1 + len(rows)
    for page in pages:
        bottom = min(y - b.height for b, y in page.placed)
        assert bottom >= layout.BOTTOM - 1e-9  # nothing runs into the footer


def test_wrapped_lines_fit_their_column():
    text = "Designated safeguarding leads and Channel panel members complete Prevent referrals " * 3
    for width in (0.6, 1.2, 3.0):
        lines = layout.wrap_text(text + "Supercalifragilisticexpialidocious", width, 8)
        assert all(layout.text_width(line, 8) <= width + 1e-9 for line in lines)
    assert layout.wrap_text("", 1.0, 8) == [""]
    assert layout.wrap_text("one\ntwo", 3.0, 8) == ["one", "two"]
