"""Update requests on the demo plan: a pack and a draft per partner, returns, reminders, protection."""

import email
import json
from datetime import date, datetime
from email import policy
from email.utils import getaddresses
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from sqlalchemy import select

from actionplan.cli import main
from actionplan.exchange.export_properties import read_export_properties
from actionplan.protection.workbooks import decrypt_to_memory, is_encrypted_package
from actionplan.services import open_database
from actionplan.storage.models import Organisation, Person, TrainingRecord, UpdateRequest

DUE = "12/12/2026"
PLAN = "Northvale Prevent Partnership 2026/27"
STATUS_KEYS = {"organisation", "contact", "sent", "due", "returned", "export_id", "changes"}


@pytest.fixture
def cli(capsys, data_dir, database_url):
    """The command line on a database holding the demo plan; returns run(*argv) -> (code, out, err)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), "--db", database_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("demo")[0] == 0
    return run


@pytest.fixture
def database(cli, database_url):
    db = open_database(database_url)
    yield db
    db.close()


def plain(row) -> SimpleNamespace:
    """A row's values, readable after its session has closed."""
    return SimpleNamespace(**{c.name: getattr(row, c.name) for c in row.__table__.columns})


def organisations(db) -> dict[str, SimpleNamespace]:
    with db.unit_of_work() as uow:
        return {o.name: plain(o) for o in uow.session.execute(select(Organisation)).scalars()}


def people_by_org(db) -> dict[int, set[str]]:
    with db.unit_of_work() as uow:
        found: dict[int, set[str]] = {}
        for org_id, uuid in uow.session.execute(select(Person.organisation_id, Person.uuid)):
            found.setdefault(org_id, set()).add(uuid)
        return found


def requests(db) -> list[SimpleNamespace]:
    with db.unit_of_work() as uow:
        return [
            plain(r) for r in uow.session.execute(select(UpdateRequest).order_by(UpdateRequest.id)).scalars()
        ]


def parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def attachments(message) -> list:
    return [part for part in message.iter_attachments()]


def status(cli) -> list[dict]:
    code, out, _err = cli("requests", "status", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["requests"]
    return data["requests"]


def sheet_column(ws, header: str) -> list:
    headers = [c.value for c in ws[1]]
    col = headers.index(header)
    return [row[col] for row in ws.iter_rows(min_row=2, values_only=True) if any(v is not None for v in row)]


# ---------------------------------------------------------------- a round


def test_send_writes_one_pack_and_one_draft_per_partner(cli, database, tmp_path):
    out_dir = tmp_path / "round"
    code, out, err = cli("requests", "send", str(out_dir), "--due", DUE)
    assert code == 0, err
    orgs = organisations(database)
    staff = people_by_org(database)
    with_people = {name for name, org in orgs.items() if staff.get(org.id)}
    assert len(with_people) == 8

    packs = sorted(out_dir.glob("*.xlsx"))
    drafts = sorted(out_dir.glob("*.eml"))
    assert [p.name for p in packs] == sorted(
        f"{name} - update request 2026-11-28.xlsx" for name in with_people
    )
    assert [d.with_suffix(".xlsx") for d in drafts] == packs
    for draft in drafts:
        name = draft.name.split(" - update request")[0]
        org = orgs[name]
        message = parse(draft)
        assert getaddresses([message["To"]]) == [(org.contact_name, org.contact_email)]
        assert PLAN in message["Subject"] and DUE in message["Subject"]
        assert message["X-Unsent"] == "1"
        (attached,) = attachments(message)
        pack = draft.with_suffix(".xlsx")
        assert attached.get_filename() == pack.name
        assert attached.get_content() == pack.read_bytes()  # exactly the pack beside it
        body = message.get_body(("plain",)).get_content()
        assert body.startswith(f"Dear {org.contact_name},") and DUE in body
        assert "password" not in body
        # The pack holds its own organisation's people only.
        workbook = openpyxl.load_workbook(pack, read_only=True)
        assert set(sheet_column(workbook["People"], "Record ID")) == staff[org.id]
        assert set(sheet_column(workbook["People"], "Organisation")) == {name}
        assert sheet_column(workbook["Organisations"], "Prevent contact email") == [org.contact_email]
        assert read_export_properties(pack)["Partner"] == name
    assert f"{len(with_people)} " not in err

    recorded = requests(database)
    assert len(recorded) == 8
    for request in recorded:
        assert request.sent_on == date(2026, 11, 28) and request.due_on == date(2026, 12, 12)
        pack = Path(request.pack_path)
        assert read_export_properties(pack)["Export ID"] == request.export_id
    listed = status(cli)
    assert {r["organisation"] for r in listed} == with_people
    assert all(set(r) == STATUS_KEYS for r in listed)
    assert all(r["returned"] is None and r["changes"] is None for r in listed)


def test_the_message_gives_each_partner_its_own_figures(cli, database, tmp_path):
    cli("requests", "send", str(tmp_path), "--due", DUE, "--org", "Police")
    (draft,) = tmp_path.glob("*.eml")
    body = parse(draft).get_body(("plain",)).get_content()
    police = organisations(database)["Northvale Police"]
    people = len(people_by_org(database)[police.id])
    assert f"of your {people} people" in body
    assert "training expiring in the next 60 days:" in body
    assert "actions you lead or support due by 12/12/2026:" in body


def test_a_returned_pack_with_an_edited_completion_date_marks_the_request_returned(cli, database, tmp_path):
    cli("requests", "send", str(tmp_path / "round"), "--due", DUE)
    pack = tmp_path / "round" / "Northvale Police - update request 2026-11-28.xlsx"
    returned = tmp_path / "Police return.xlsx"
    workbook = openpyxl.load_workbook(pack)
    ws = workbook["Training records"]
    headers = [c.value for c in ws[1]]
    completed = headers.index("Completion date") + 1
    person = ws.cell(2, headers.index("Person record ID") + 1).value
    ws.cell(2, completed).value = datetime(2026, 11, 20)
    workbook.save(returned)

    code, out, err = cli("import", str(returned))
    assert code == 0, err
    assert "Imported: new: 1 training record" in out
    assert "marked returned" in out
    with database.unit_of_work() as uow:
        dates = uow.session.execute(
            select(TrainingRecord.completed_on)
            .join(Person, Person.id == TrainingRecord.person_id)
            .where(Person.uuid == person)
        ).scalars()
        assert date(2026, 11, 20) in set(dates)

    listed = {r["organisation"]: r for r in status(cli)}
    police = listed.pop("Northvale Police")
    assert police["returned"] == "2026-11-28"
    assert police["changes"] == {"people": 0, "training_records": 1, "actions": 0}
    assert police["sent"] == "2026-11-28" and police["due"] == "2026-12-12"
    assert police["export_id"] == read_export_properties(pack)["Export ID"]
    assert police["contact"] == "DS Owen Pritchard <prevent.team@northvale-police.example>"
    assert listed and all(r["returned"] is None for r in listed.values())

    # Undo takes the import back, and with it the return.
    assert cli("undo")[0] == 0
    assert {r["organisation"]: r["returned"] for r in status(cli)}["Northvale Police"] is None


def test_a_pack_returned_twice_is_unchanged_the_second_time(cli, database, tmp_path):
    cli("requests", "send", str(tmp_path), "--due", DUE, "--org", "Council")
    pack = tmp_path / "Northvale Council - update request 2026-11-28.xlsx"
    workbook = openpyxl.load_workbook(pack)
    ws = workbook["People"]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Job title") + 1).value = "Prevent Coordinator"
    workbook.save(pack)
    code, out, _err = cli("import", str(pack), "--as-of", "2026-12-15")
    assert code == 0 and "marked returned, 1 person" in out
    code, out, _err = cli("import", str(pack), "--as-of", "2026-12-20")
    assert code == 0
    assert "Nothing to change" in out
    assert "already returned on 15/12/2026: unchanged" in out
    (council,) = status(cli)
    assert council["returned"] == "2026-12-15"  # the first return stands; it was late
    assert council["changes"] == {"people": 1, "training_records": 0, "actions": 0}
    code, out, _err = cli("requests", "status", "--as-of", "2026-12-20")
    assert "returned 15/12/2026 (late): 1 person" in out


# ---------------------------------------------------------------- reminders


def test_reminders_go_to_those_outstanding_and_reuse_an_unchanged_pack(cli, database, tmp_path):
    cli(
        "requests",
        "send",
        str(tmp_path),
        "--due",
        DUE,
        "--org",
        "Police",
        "--org",
        "College",
        "--org",
        "Council",
    )
    before = {r.organisation_id: r for r in requests(database)}
    orgs = organisations(database)
    # The Council returns its pack as it was.
    council_pack = tmp_path / "Northvale Council - update request 2026-11-28.xlsx"
    assert cli("import", str(council_pack))[0] == 0
    # Something changes for the College's people since its pack was made.
    college = orgs["Northvale College"]
    with database.unit_of_work() as uow:
        person = (
            uow.session.execute(select(Person).where(Person.organisation_id == college.id)).scalars().first()
        )
        person.job_title = "Head of Safeguarding"
        uow.commit("edit")
    police_pack = tmp_path / "Northvale Police - update request 2026-11-28.xlsx"
    police_bytes = police_pack.read_bytes()

    code, out, err = cli("requests", "remind", "--as-of", "2026-12-14")
    assert code == 0, err
    reminders = sorted(tmp_path.glob("* - reminder 2026-12-14.eml"))
    assert [r.name.split(" - ")[0] for r in reminders] == ["Northvale College", "Northvale Police"]
    police = parse(tmp_path / "Northvale Police - reminder 2026-12-14.eml")
    assert police["Subject"].startswith("Reminder: ") and DUE in police["Subject"]
    body = police.get_body(("plain",)).get_content()
    assert "we have not yet had Northvale Police's update, which was due by 12/12/2026" in body
    (attached,) = attachments(police)
    assert attached.get_content() == police_bytes  # nothing changed: the same pack
    assert "the same pack as before" in out

    college_draft = parse(tmp_path / "Northvale College - reminder 2026-12-14.eml")
    fresh = tmp_path / "Northvale College - update request 2026-12-14.xlsx"
    (attached,) = attachments(college_draft)
    assert attached.get_filename() == fresh.name and attached.get_content() == fresh.read_bytes()

    after = {r.organisation_id: r for r in requests(database)}
    police_id, college_id = orgs["Northvale Police"].id, college.id
    assert after[police_id].export_id == before[police_id].export_id
    assert after[police_id].reminders == 1 and after[police_id].reminded_on == date(2026, 12, 14)
    assert after[college_id].export_id == read_export_properties(fresh)["Export ID"]
    assert after[college_id].earlier_export_ids == [before[college_id].export_id]
    assert after[orgs["Northvale Council"].id].reminders == 0

    # The College sends back the first pack after all: it still answers its request.
    first = tmp_path / "Northvale College - update request 2026-11-28.xlsx"
    code, out, _err = cli("import", str(first), "--prefer", "ours", "--as-of", "2026-12-15")
    assert "marked returned" in out
    returned = {r["organisation"]: r["returned"] for r in status(cli)}
    assert returned == {
        "Northvale College": "2026-12-15",
        "Northvale Council": "2026-11-28",
        "Northvale Police": None,
    }


def test_nobody_to_remind(cli, tmp_path):
    code, out, _err = cli("requests", "remind", str(tmp_path))
    assert code == 0 and "nobody to remind" in out


# ---------------------------------------------------------------- protection, contacts, choices


def test_a_protected_pack_and_the_password_note(cli, database, tmp_path, monkeypatch):
    monkeypatch.setenv("PACK_PASSWORD", "correct horse battery")
    code, out, err = cli(
        "requests",
        "send",
        str(tmp_path),
        "--due",
        DUE,
        "--org",
        "NHS Trust",
        "--password-env",
        "PACK_PASSWORD",
    )
    assert code == 0, err
    assert "protected with the password" in out
    pack = tmp_path / "Northvale NHS Foundation Trust - update request 2026-11-28.xlsx"
    assert is_encrypted_package(pack)
    message = parse(pack.with_suffix(".eml"))
    body = message.get_body(("plain",)).get_content()
    assert "protected with a password, which I will send you separately" in body
    assert "correct horse battery" not in pack.with_suffix(".eml").read_text(errors="replace")
    (attached,) = attachments(message)
    assert attached.get_content() == pack.read_bytes()
    opened = openpyxl.load_workbook(decrypt_to_memory(pack, "correct horse battery"))
    export_id = {p.name: p.value for p in opened.custom_doc_props.props}["Export ID"]
    (request,) = requests(database)
    assert request.protected and request.export_id == export_id


def test_a_short_password_is_refused_before_anything_is_written(cli, database, tmp_path, monkeypatch):
    monkeypatch.setenv("PACK_PASSWORD", "short")
    code, _out, err = cli("requests", "send", str(tmp_path / "out"), "--password-env", "PACK_PASSWORD")
    assert code == 2 and "at least 8 characters" in err
    assert not (tmp_path / "out").exists() and requests(database) == []


def test_organisations_without_a_contact_are_listed(cli, database, tmp_path):
    with database.unit_of_work() as uow:
        for org in uow.session.execute(select(Organisation)).scalars():
            if org.name in ("Northvale Academy", "Northvale Together CIC"):
                org.contact_email = ""
        uow.commit("clear contacts")
    code, out, _err = cli("requests", "send", str(tmp_path), "--due", DUE)
    assert code == 1  # some partners need attention
    assert "Northvale Academy: left out, it has no Prevent contact" in out
    assert "Northvale Together CIC: left out, it has no Prevent contact" in out
    assert not list(tmp_path.glob("Northvale Academy*")) and len(list(tmp_path.glob("*.eml"))) == 6
    assert len(requests(database)) == 6
    code, out, _err = cli("requests", "send", str(tmp_path / "json"), "--org", "Academy", "--json")
    assert code == 1
    assert json.loads(out)["no_contact"] == ["Northvale Academy"] and json.loads(out)["written"] == []


def test_choosing_organisations_and_bad_choices(cli, database, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    code, _out, err = cli("requests", "send", str(tmp_path), "--org", "Nowhere Council")
    assert code == 2 and "There is no organisation called “Nowhere Council”" in err
    code, _out, err = cli("requests", "send", str(tmp_path), "--due", "01/11/2026")
    assert code == 2 and "before the day of the request" in err
    assert requests(database) == [] and not list(tmp_path.iterdir())
    code, out, _err = cli("requests", "send", str(tmp_path), "--org", "FE College", "--org", "VCS")
    assert code == 0
    assert {r.organisation_id for r in requests(database)} == {
        organisations(database)[n].id for n in ("Northvale College", "Northvale Together CIC")
    }
    (request,) = [
        r for r in requests(database) if r.organisation_id == organisations(database)["Northvale College"].id
    ]
    assert request.due_on == date(2026, 12, 12)  # two weeks by default


def test_a_message_file_with_placeholders(cli, database, tmp_path):
    message = tmp_path / "message.txt"
    message.write_text("Hello {contact},\nYour pack for {organisation} is due {due}.\n", encoding="utf-8")
    code, _out, err = cli(
        "requests", "send", str(tmp_path / "out"), "--org", "Police", "--message-file", str(message)
    )
    assert code == 0, err
    (draft,) = (tmp_path / "out").glob("*.eml")
    body = parse(draft).get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body == "Hello DS Owen Pritchard,\nYour pack for Northvale Police is due 12/12/2026.\n"
    message.write_text("Dear {name}, please reply.\n", encoding="utf-8")
    code, _out, err = cli("requests", "send", str(tmp_path / "bad"), "--message-file", str(message))
    assert code == 2 and "names {name}, which is not a placeholder" in err
    assert not (tmp_path / "bad").exists()


def test_a_new_round_replaces_an_outstanding_request(cli, database, tmp_path):
    cli("requests", "send", str(tmp_path / "first"), "--org", "Police")
    (first,) = requests(database)
    cli("requests", "send", str(tmp_path / "second"), "--org", "Police", "--as-of", "2026-12-01")
    latest = requests(database)[-1]
    assert latest.earlier_export_ids == [first.export_id]
    (listed,) = status(cli)
    assert listed["sent"] == "2026-12-01" and listed["export_id"] == latest.export_id
    old_pack = next((tmp_path / "first").glob("*.xlsx"))
    code, out, _err = cli("import", str(old_pack), "--as-of", "2026-12-02")
    assert code == 0 and "update request of 01/12/2026" in out


# ---------------------------------------------------------------- the meeting pack


def test_the_meeting_pack_has_a_line_per_partner(cli, database, tmp_path):
    from actionplan.reports.meeting_pack import pack_blocks, pack_content, pack_text

    plan_id = 1
    assert "Partners' updates" not in pack_text(pack_blocks(pack_content(database, plan_id)))
    cli(
        "requests",
        "send",
        str(tmp_path),
        "--due",
        DUE,
        "--org",
        "Police",
        "--org",
        "Council",
        "--org",
        "College",
    )
    assert cli("import", str(tmp_path / "Northvale Council - update request 2026-11-28.xlsx"))[0] == 0
    college = tmp_path / "Northvale College - update request 2026-11-28.xlsx"
    assert cli("import", str(college), "--as-of", "2026-12-14")[0] == 0

    text = pack_text(pack_blocks(pack_content(database, plan_id, date(2026, 12, 15))))
    assert "Partners' updates: who has returned their pack" in text  # listed on the cover
    assert "2 of 3 partners have returned their updates. Each organisation's latest update request" in text
    lines = {
        line.split(" | ")[0]: line for line in text.splitlines() if " | 28/11/2026 | 12/12/2026 | " in line
    }
    assert len(lines) == 3
    assert (
        "Returned on time" in lines["Northvale Council"] and "nothing changed" in lines["Northvale Council"]
    )
    assert "Returned late" in lines["Northvale College"] and "14/12/2026" in lines["Northvale College"]
    assert "Outstanding, 3 days overdue" in lines["Northvale Police"]

    out = tmp_path / "pack.pdf"
    assert cli("report", str(out), "--as-of", "2026-12-15")[0] == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_rounds_pack_shows_what_a_partner_export_shows(cli, database, tmp_path):
    """The round reads the plan's compliance once for every pack: linked actions keep their progress."""
    from actionplan.exchange.export import export_workbook

    cli("requests", "send", str(tmp_path / "round"), "--org", "Police")
    export_workbook(database.unit_of_work(), 1, tmp_path / "export.xlsx", partner="Northvale Police")
    round_pack = openpyxl.load_workbook(
        tmp_path / "round" / "Northvale Police - update request 2026-11-28.xlsx"
    )
    export = openpyxl.load_workbook(tmp_path / "export.xlsx")
    for sheet in ("Actions", "People", "Training records", "Training matrix", "Organisations"):
        assert list(round_pack[sheet].values) == list(export[sheet].values), sheet
    assert "3.1" in sheet_column(round_pack["Actions"], "Ref")  # linked to a requirement
