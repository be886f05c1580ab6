"""The rules of update requests that need no database: messages, file names, states, the status shape."""

from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.utils import getaddresses

import pytest

from actionplan.domain.enums import Sector
from actionplan.errors import ValidationError
from actionplan.exchange.organisation_rows import sector_from_text
from actionplan.requests import drafts
from actionplan.requests.status import RequestState, RequestView, changes_words, returns_summary

FIGURES = drafts.Figures(people=16, overdue=3, expiring=2, window=60, actions_due=4, actions_overdue=1)


def render(template: str, protected: bool = False) -> str:
    return drafts.render(
        template,
        contact="Ruth Adeyemi",
        organisation="Northvale NHS Foundation Trust",
        plan="Northvale Prevent Partnership 2026/27",
        due=date(2026, 12, 12),
        today=date(2026, 11, 28),
        figures=FIGURES,
        protected=protected,
        sender="Helen Marsh",
    )


def test_the_default_message_gives_the_partners_figures():
    body = render(drafts.check_template(drafts.default_template()))
    assert body.startswith("Dear Ruth Adeyemi,\n\nPlease find attached Northvale NHS Foundation Trust's pack")
    assert "- Prevent training overdue: 3 of your 16 people;" in body
    assert "- training expiring in the next 60 days: 2 people;" in body
    assert "- actions you lead or support due by 12/12/2026: 4 (1 already overdue)." in body
    assert "password" not in body and "\n\n\n" not in body
    assert body.endswith("Thank you,\nHelen Marsh\n")


def test_a_protected_pack_always_says_the_password_comes_separately():
    with_placeholder = render("Dear {contact},\n\n{password_note}\n\nBye", protected=True)
    assert "protected with a password, which I will send you separately" in with_placeholder
    without = render("Dear {contact}, reply by {due}.", protected=True)
    assert without.startswith("Dear Ruth Adeyemi, reply by 12/12/2026.\n\nThe workbook is protected")
    assert render("{password_note}Hello", protected=False) == "Hello\n"


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("", "The message template is empty"),
        ("   \n", "The message template is empty"),
        ("Dear {name}", "names {name}, which is not a placeholder"),
        ("x" * (drafts.MAX_TEMPLATE + 1), "at most 20000 fit"),
    ],
)
def test_a_bad_template_is_refused_in_a_sentence(template, message):
    with pytest.raises(ValidationError, match=message):
        drafts.check_template(template)


def test_file_names_are_safe_everywhere():
    day = date(2026, 11, 28)
    assert drafts.file_stem("St Aidan's Primary School", "update request", day) == (
        "St Aidan's Primary School - update request 2026-11-28"
    )
    assert (
        drafts.file_stem('Police: "North/East" <HQ>', "reminder", day)
        == "Police North East HQ - reminder 2026-11-28"
    )
    assert drafts.file_stem("...", "reminder", day) == "Organisation - reminder 2026-11-28"


def test_a_draft_is_a_parseable_message_with_its_attachment(tmp_path):
    pack = tmp_path / "pack.xlsx"
    pack.write_bytes(b"PK\x03\x04 not really a workbook \x00\xff")
    message = drafts.build_message(
        to=drafts.address("Siobhán Ó Súilleabháin", "siobhan@example.org"),
        sender=None,
        subject_text=drafts.subject("Plan", "Northvale Council", date(2026, 12, 12)),
        body="Hello\n",
        attachment=pack,
        now=datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
    )
    path = tmp_path / "draft.eml"
    drafts.write_message(message, path)
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    parsed = message_from_bytes(raw, policy=policy.default)
    assert getaddresses([parsed["To"]]) == [("Siobhán Ó Súilleabháin", "siobhan@example.org")]
    assert parsed["Subject"] == "Plan: update request for Northvale Council, due 12/12/2026"
    assert parsed["From"] is None and parsed["X-Unsent"] == "1"
    (attached,) = list(parsed.iter_attachments())
    assert attached.get_filename() == "pack.xlsx" and attached.get_content() == pack.read_bytes()
    assert not list(tmp_path.glob("*.part"))


def request(**values) -> RequestView:
    base = dict(
        id=1,
        uuid="u",
        organisation_id=1,
        organisation="Northvale Police",
        contact_name="DS Owen Pritchard",
        contact_email="prevent.team@northvale-police.example",
        sent_on=date(2026, 11, 14),
        due_on=date(2026, 11, 25),
        export_id="e",
    )
    return RequestView(**{**base, **values})


def test_a_requests_state_on_a_day():
    outstanding = request()
    assert outstanding.state(date(2026, 11, 25)) is RequestState.OUTSTANDING  # due today is not late
    assert outstanding.state(date(2026, 11, 26)) is RequestState.OVERDUE
    assert outstanding.days_overdue(date(2026, 11, 28)) == 3
    assert outstanding.describe(date(2026, 11, 28)) == "not returned, 3 days overdue"
    assert outstanding.describe(date(2026, 11, 20)) == "not returned yet"
    on_time = request(
        returned_on=date(2026, 11, 25), changes={"people": 0, "training_records": 2, "actions": 1}
    )
    assert (
        on_time.state(date(2027, 1, 1)) is RequestState.ON_TIME
        and on_time.days_overdue(date(2027, 1, 1)) == 0
    )
    assert on_time.describe(date(2027, 1, 1)) == "returned 25/11/2026 (on time): 2 training records, 1 action"
    late = request(returned_on=date(2026, 11, 26), changes={"people": 0, "training_records": 0, "actions": 0})
    assert late.state(date(2026, 11, 26)) is RequestState.LATE
    assert late.describe(date(2026, 11, 26)) == "returned 26/11/2026 (late): nothing changed"


def test_the_status_json_shape():
    assert request().to_json() == {
        "organisation": "Northvale Police",
        "contact": "DS Owen Pritchard <prevent.team@northvale-police.example>",
        "sent": "2026-11-14",
        "due": "2026-11-25",
        "returned": None,
        "export_id": "e",
        "changes": None,
    }
    returned = request(returned_on=date(2026, 11, 20), changes={"training_records": 1, "organisations": 1})
    assert returned.to_json()["changes"] == {"people": 0, "training_records": 1, "actions": 0}
    assert returned.to_json()["returned"] == "2026-11-20"
    assert request(contact_name="").contact == "prevent.team@northvale-police.example"


def test_the_returns_sentence():
    day = date(2026, 11, 28)
    requests = [request(returned_on=date(2026, 11, 20))] * 3 + [request()] * 5
    summary = returns_summary(requests, day)
    assert summary.sentence() == "3 of 8 partners have returned their updates"
    assert (summary.returned, summary.total, summary.overdue) == (3, 8, 5)
    assert returns_summary([request()], day).sentence() == "0 of 1 partner has returned their update"
    assert changes_words(None) == "" and changes_words({"people": 2}) == "2 people"


def test_sectors_are_read_by_their_words_or_values():
    assert sector_from_text("Local authority") is Sector.LOCAL_AUTHORITY
    assert sector_from_text("youth_justice") is Sector.YOUTH_JUSTICE
    assert sector_from_text("voluntary and community") is Sector.VOLUNTARY
    assert sector_from_text("Charity shop") is None
