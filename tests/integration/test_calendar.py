"""Deadlines as an .ics calendar: it parses, has the right events, stable UIDs, RFC 5545 lines."""

from datetime import UTC, date, datetime

import icalendar

from actionplan.cli import main
from actionplan.reports.calendar import calendar_text, escape_text, fold, write_calendar
from actionplan.services import actions, people
from actionplan.services.dashboard import status_summary

TODAY = date(2026, 11, 28)


def parse(data: bytes) -> list:
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


def test_one_event_per_open_action_and_per_requirement_deadline(demo_db, tmp_path):
    db, plan_id = demo_db
    out = tmp_path / "deadlines.ics"
    count = write_calendar(db, plan_id, out, on=TODAY)
    events = parse(out.read_bytes())
    summary = status_summary(db.unit_of_work(), plan_id, TODAY)
    open_actions = [a for a in summary.actions if a.due_date and not a.status.is_closed]
    with_deadline = [rc for rc in summary.requirements if rc.requirement.deadline]
    assert len(events) == count == len(open_actions) + len(with_deadline)
    assert len(open_actions) == 11 and len(with_deadline) == 5
    by_uid = {str(e["UID"]): e for e in events}
    for a in open_actions:
        event = by_uid[f"{a.uuid}@actionplan.local"]
        assert event["DTSTART"].dt == a.due_date  # an all-day date, not a time
        assert (event["DTEND"].dt - event["DTSTART"].dt).days == 1
        assert str(event["SUMMARY"]) == f"Action {a.ref} due: {a.title}"
        assert a.rag_explanation in str(event["DESCRIPTION"])
    for rc in with_deadline:
        event = by_uid[f"{rc.requirement.uuid}@actionplan.local"]
        assert event["DTSTART"].dt == rc.requirement.deadline
        assert f"{rc.totals.trained} of" in str(event["DESCRIPTION"])
    stamp = events[0]["DTSTAMP"].dt
    assert stamp.tzinfo is not None and stamp.utcoffset().total_seconds() == 0


def test_uids_are_stable_across_runs_and_complete_actions_drop_out(demo_db, tmp_path):
    db, plan_id = demo_db
    write_calendar(db, plan_id, tmp_path / "a.ics", on=TODAY)
    write_calendar(db, plan_id, tmp_path / "b.ics", on=TODAY)
    first = [str(e["UID"]) for e in parse((tmp_path / "a.ics").read_bytes())]
    assert first == [str(e["UID"]) for e in parse((tmp_path / "b.ics").read_bytes())]
    assert len(set(first)) == len(first)
    action = next(a for a in actions.list_actions(db.unit_of_work(), plan_id, TODAY) if a.ref == "1.4")
    actions.update_action(db.unit_of_work(), action.id, status="complete", completed_on=TODAY)
    write_calendar(db, plan_id, tmp_path / "c.ics", on=TODAY)
    after = [str(e["UID"]) for e in parse((tmp_path / "c.ics").read_bytes())]
    assert set(first) - set(after) == {f"{action.uuid}@actionplan.local"}


def test_lines_follow_rfc_5545_and_names_stay_out(demo_db):
    db, plan_id = demo_db
    summary = status_summary(db.unit_of_work(), plan_id, TODAY)
    text = calendar_text(summary, now=datetime(2026, 11, 28, 9, 30, tzinfo=UTC))
    data = text.encode("utf-8")
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    physical = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(physical) and b"\r" not in b"".join(physical)
    assert max(len(line) for line in physical) <= 75
    assert b"DTSTAMP:20261128T093000Z" in data
    owners = {a.owner_name for a in summary.actions if a.owner_name}
    everyone = {p.full_name for p in people.list_people(db.unit_of_work())}
    unfolded = text.replace("\r\n ", "")
    assert owners and not [n for n in everyone if n in unfolded]


def test_escaping_and_folding():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "SUMMARY:" + "Siobhán Ó Súilleabháin, " * 8
    folded = fold(line)
    parts = folded.encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in parts)
    assert all(p.startswith(b" ") for p in parts[1:])
    assert "".join(p.decode("utf-8")[1:] if i else p.decode("utf-8") for i, p in enumerate(parts)) == line
    event = icalendar.Event.from_ical(
        "BEGIN:VEVENT\r\n"
        + fold("SUMMARY:" + escape_text("Tea, cake; and \\ more\nnext"))
        + "\r\nEND:VEVENT\r\n"
    )
    assert str(event["SUMMARY"]) == "Tea, cake; and \\ more\nnext"


def test_calendar_command_and_its_errors(demo_db, data_dir, tmp_path, capsys):
    out = tmp_path / "plan.ics"
    assert main(["--data-dir", str(data_dir), "calendar", str(out), "--as-of", "2026-11-28"]) == 0
    assert "Wrote 16 deadlines" in capsys.readouterr().out
    assert len(parse(out.read_bytes())) == 16
    assert main(["--data-dir", str(data_dir), "calendar", str(tmp_path / "plan.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["actionplan: A calendar file must end in .ics, not 'plan.txt'."]
    assert main(["--data-dir", str(data_dir), "calendar", str(tmp_path / "missing" / "plan.ics")]) == 2
    assert "does not exist" in capsys.readouterr().err
