"""Unit tests for the field catalogue, header-row detection and column mapping."""

from datetime import date

import pytest

from actionplan.domain.text import match_key
from actionplan.exchange.headers import (
    CATALOGUE,
    KINDS,
    CourseName,
    find_header_row,
    map_columns,
    match_course,
    match_field,
    section_theme,
)

COURSES = [
    CourseName("WRAP", ["Workshop to Raise Awareness of Prevent", "WRAP workshop", "WRAP 3"]),
    CourseName(
        "HO-AWR",
        [
            "Prevent duty awareness (Home Office course 1)",
            "Prevent awareness",
            "Prevent awareness e-learning",
            "HO Prevent Awareness",
            "Course 1",
        ],
    ),
    CourseName(
        "HO-REF",
        [
            "Prevent referrals (Home Office course 2)",
            "Referrals e-learning",
            "Prevent referrals e-learning",
            "Course 2",
        ],
    ),
    CourseName(
        "HO-CHN",
        ["Channel and PMAP awareness (Home Office course 3)", "Channel awareness", "Course 3"],
    ),
]

PEOPLE_ROWS = [
    ["Northvale Council - Prevent key personnel", None, None, None, None, None, None, None],
    ["Extracted 03/11/2025 by HR. Please return by 14/11/2025.", None, None, None, None, None],
    [None] * 8,
    ["Staff No", "Forename", "Surname", "Email Address", "Job Title", "Directorate",
     "Key Personnel (Y/N)", "Start Date"],
    ["NV1000", "Aisha", "Ahmed", "aisha.ahmed@northvale.gov.example", "Social Worker",
     "Children's Services", "Y", "05/01/2015"],
    ["NV1001", "Ben", "Hussain", "ben@northvale.gov.example", "Community Safety Officer",
     "Adult Social Care", "N", date(2015, 4, 12)],
]  # fmt: skip

ACTION_ROWS = [
    ["Northvale Prevent Partnership - Action Plan 2025/26", None, None],
    ["Owner: Prevent Partnership Board. RAG as at October 2025.", None, None],
    ["No.", "Action", "Lead agency", "Lead officer", "Partners", "Target date", "RAG",
     "Status", "Progress update"],
    ["1. Leadership", None, None, None, None, None, None, None, None],
    ["1.1", "Refresh the board's terms of reference", "Police", "Prevent Lead",
     "Police; Council; Schools", date(2025, 7, 31), "A", "On track", "Update at the board."],
    ["1.2", "Report Prevent delivery", "NHS Trust", "Safeguarding Lead", "Probation",
     "31 August 2025", "R", "Complete", "Completed"],
]  # fmt: skip

MATRIX_ROWS = [
    ["Northvale Police - Prevent training matrix (as at 31/10/2025)"],
    ["Collar No", "Officer", "Email", "Team", "WRAP", "HO Prevent Awareness", "Course 2",
     "Channel awareness"],
    ["PC4100", "Kieran Khan", "kieran.khan@northvale.police.example", "Neighbourhood", None,
     date(2022, 4, 10), date(2022, 7, 9), "N/A"],
]  # fmt: skip

TRAINING_HEADERS = ["Employee Number", "Full Name", "Course Title", "Completion Date", "Expiry Date"]


# ---------------------------------------------------------------- catalogue


@pytest.mark.parametrize("kind", KINDS)
def test_no_spelling_names_two_fields_of_one_kind(kind):
    owners: dict[str, str] = {}
    for field, synonyms in CATALOGUE[kind].items():
        for spelling in (field, *synonyms):
            key = match_key(spelling)
            assert owners.setdefault(key, field) == field, (spelling, owners[key], field)


def test_canonical_field_names():
    people = {
        "record_id", "staff_number", "first_name", "last_name", "full_name", "email",
        "job_title", "role_group", "organisation", "team", "key_personnel", "start_date",
        "leaving_date",
    }  # fmt: skip
    assert set(CATALOGUE["people"]) == people
    assert set(CATALOGUE["matrix"]) == people
    assert set(CATALOGUE["training"]) == people | {"course", "completed_on", "expires_on", "evidence"}
    assert set(CATALOGUE["actions"]) == {
        "record_id", "ref", "title", "description", "theme", "objective", "lead_organisation",
        "owner", "partners", "start_date", "due_date", "completed_on", "status", "progress",
        "rag", "statutory", "evidence", "notes", "update",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("header", "kind", "field"),
    [
        ("Record ID", "people", "record_id"),
        ("Payroll number", "people", "staff_number"),
        ("Collar No", "people", "staff_number"),
        ("Warrant No.", "people", "staff_number"),
        ("Given name", "people", "first_name"),
        ("Family name", "people", "last_name"),
        ("Attendee", "people", "full_name"),
        ("E-mail", "people", "email"),
        ("Work email", "people", "email"),
        ("Position", "people", "job_title"),
        ("Staff group", "people", "role_group"),
        ("Organization", "people", "organisation"),
        ("Employer", "people", "organisation"),
        ("School", "people", "team"),
        ("KP", "people", "key_personnel"),
        ("Joined", "people", "start_date"),
        ("Left", "people", "leaving_date"),
        ("Module", "training", "course"),
        ("Date passed", "training", "completed_on"),
        ("Valid until", "training", "expires_on"),
        ("Action no", "actions", "ref"),
        ("Action description", "actions", "title"),
        ("Workstream", "actions", "theme"),
        ("Responsible agency", "actions", "lead_organisation"),
        ("Action owner", "actions", "owner"),
        ("Supporting partners", "actions", "partners"),
        ("Deadline", "actions", "due_date"),
        ("Completion by", "actions", "due_date"),
        ("RAG status", "actions", "rag"),
        ("% complete", "actions", "progress"),
        ("Notes on progress", "actions", "update"),
        ("Latest update", "actions", "update"),
        ("Notes", "actions", "notes"),
    ],
)
def test_synonyms(header, kind, field):
    assert match_field(header, kind) == (field, 1.0)


def test_fuzzy_match_carries_its_confidence():
    field, confidence = match_field("Email Adress", "people")
    assert field == "email" and 0.8 <= confidence < 1.0
    field, confidence = match_field("Surnme", "people")
    assert field == "last_name" and 0.8 <= confidence < 1.0
    assert match_field("Target date (dd/mm/yyyy)", "actions") == ("due_date", 0.95)
    assert match_field("Date of birth", "people") == (None, 0.0)
    assert match_field("Shoe size", "people") == (None, 0.0)
    assert match_field("KPX", "people") == (None, 0.0)  # short keys match exactly or not at all


# ---------------------------------------------------------------- courses


def test_match_course_by_code_name_and_alias():
    assert match_course("WRAP", COURSES) == "WRAP"
    assert match_course("wrap", COURSES) == "WRAP"
    assert match_course("Workshop to raise awareness of Prevent", COURSES) == "WRAP"
    assert match_course("HO Prevent Awareness", COURSES) == "HO-AWR"
    assert match_course("ho-awr", COURSES) == "HO-AWR"
    assert match_course("Course 2", COURSES) == "HO-REF"
    assert match_course("Course  2 ", COURSES) == "HO-REF"
    assert match_course("Course 9", COURSES) is None
    assert match_course("Prevent", COURSES) is None  # exact keys only
    assert match_course("WRAP", None) is None
    assert match_course(None, COURSES) is None


def test_match_course_shared_alias_is_ambiguous():
    courses = [CourseName("A", ["Refresher"]), CourseName("B", ["Refresher"])]
    assert match_course("Refresher", courses) is None


# ---------------------------------------------------------------- header row


def test_header_row_below_title_and_notes():
    assert find_header_row(PEOPLE_ROWS) == 3
    assert find_header_row(ACTION_ROWS) == 2
    assert find_header_row(MATRIX_ROWS, courses=COURSES) == 1
    assert find_header_row([TRAINING_HEADERS, ["E1", "Ann", "WRAP", "01/02/2023", None]]) == 0


def test_header_row_none_when_nothing_looks_like_headers():
    assert find_header_row([["Northvale Council"], ["a", "b", "c"], [1, 2, 3]]) is None
    assert find_header_row([]) is None
    # one recognised header is not enough
    assert find_header_row([["Name", "Shoe size", "Hat size"]]) is None


def test_header_row_must_be_mostly_text():
    rows = [["Staff No", date(2025, 1, 1), date(2025, 2, 1), 3, 4], ["Staff No", "Email", "Team"]]
    assert find_header_row(rows) == 1


def test_header_row_scan_limit():
    rows = [[f"title {i}"] for i in range(40)] + [["Staff No", "Email", "Team"]]
    assert find_header_row(rows) is None
    assert find_header_row(rows, scan=50) == 40


# ---------------------------------------------------------------- mapping and kinds


def test_map_people_sheet():
    mapping = map_columns(PEOPLE_ROWS[3])
    assert mapping.kind == "people"
    assert mapping.field_columns == {
        "staff_number": 0, "first_name": 1, "last_name": 2, "email": 3, "job_title": 4,
        "team": 5, "key_personnel": 6, "start_date": 7,
    }  # fmt: skip
    assert mapping.unmapped == []
    kp = mapping.columns[6]
    assert (kp.header, kp.field, kp.confidence) == ("Key Personnel (Y/N)", "key_personnel", 1.0)


def test_map_action_sheet():
    mapping = map_columns(ACTION_ROWS[2])
    assert mapping.kind == "actions"
    assert mapping.field_columns == {
        "ref": 0, "title": 1, "lead_organisation": 2, "owner": 3, "partners": 4,
        "due_date": 5, "rag": 6, "status": 7, "update": 8,
    }  # fmt: skip


def test_map_matrix_sheet():
    mapping = map_columns(MATRIX_ROWS[1], courses=COURSES)
    assert mapping.kind == "matrix"
    assert mapping.field_columns == {"staff_number": 0, "full_name": 1, "email": 2, "team": 3}
    assert mapping.course_columns == {4: "WRAP", 5: "HO-AWR", 6: "HO-REF", 7: "HO-CHN"}
    assert mapping.columns[6].course == "HO-REF" and mapping.columns[6].field is None


def test_map_training_list():
    mapping = map_columns(TRAINING_HEADERS, courses=COURSES)
    assert mapping.kind == "training"
    assert mapping.field_columns == {
        "staff_number": 0, "full_name": 1, "course": 2, "completed_on": 3, "expires_on": 4,
    }  # fmt: skip


def test_matrix_needs_courses_and_a_person():
    assert map_columns(MATRIX_ROWS[1]).kind == "people"  # no catalogue: the courses are unknown
    assert map_columns(["WRAP", "Course 2", "Notes"], courses=COURSES).kind is None


def test_undetected_kind_maps_nothing():
    mapping = map_columns(["Colour", "Size", "Price"])
    assert mapping.kind is None
    assert mapping.field_columns == {}
    assert [m.header for m in mapping.unmapped] == ["Colour", "Size", "Price"]


def test_given_kind_is_used():
    mapping = map_columns(["Name", "Email", "Course", "Date completed"], kind="people")
    assert mapping.kind == "people"
    assert mapping.field_columns == {"full_name": 0, "email": 1}
    assert [m.header for m in mapping.unmapped] == ["Course", "Date completed"]
    with pytest.raises(ValueError):
        map_columns(["Name"], kind="pets")


def test_fuzzy_columns_and_unmapped():
    mapping = map_columns(["Staff Numbr", "Surnme", "Email", "Shoe size", None], kind="people")
    assert mapping.field_columns == {"staff_number": 0, "last_name": 1, "email": 2}
    assert 0.8 <= mapping.columns[0].confidence < 1.0
    assert mapping.columns[2].confidence == 1.0
    assert [m.column for m in mapping.unmapped] == [3]  # the empty header is not listed
    assert mapping.columns[4].header == ""


def test_repeated_field_keeps_the_best_column():
    mapping = map_columns(["Email Adress", "Name", "Email"], kind="people")
    assert mapping.field_columns["email"] == 2
    assert mapping.columns[0].field is None
    mapping = map_columns(["Email", "Name", "Email"], kind="people")
    assert mapping.field_columns["email"] == 0  # equally good: the leftmost


def test_overrides_take_precedence():
    headers = ["Staff No", "Name", "Shoe size", "Directorate"]
    mapping = map_columns(
        headers, kind="people", overrides={2: "role_group", "directorate": None, "Name": "email"}
    )
    assert mapping.field_columns == {"staff_number": 0, "email": 1, "role_group": 2}
    assert [m.header for m in mapping.unmapped] == ["Directorate"]
    with pytest.raises(ValueError):
        map_columns(headers, kind="people", overrides={0: "favourite_colour"})


def test_overrides_feed_kind_detection_and_matrix_courses():
    mapping = map_columns(["Officer", "Refresher"], overrides={1: "course:HO-RFR"})
    assert mapping.kind == "matrix"
    assert mapping.course_columns == {1: "HO-RFR"}
    mapping = map_columns(["Thing", "Due"], overrides={"Thing": "title"})
    assert mapping.kind == "actions"


def test_header_cells_that_are_not_text():
    mapping = map_columns(["Name", 2025.0, None, date(2025, 3, 31)], kind="people")
    assert [m.header for m in mapping.columns] == ["Name", "2025", "", "31/03/2025"]


# ---------------------------------------------------------------- section rows


@pytest.mark.parametrize(
    ("cells", "theme"),
    [
        (["1. Leadership", None, None], "Leadership"),
        ([None, "2. Working in partnership", ""], "Working in partnership"),
        (["Theme 2 - Working in partnership"], "Working in partnership"),
        (["Theme 3: Capabilities"], "Capabilities"),
        (["Section 2 – Training"], "Training"),
        (["THEME 1 — Leadership:"], "Leadership"),
        (["Theme: Communications and engagement"], "Communications and engagement"),
        (["1) Leadership"], "Leadership"),
        (["3 Capabilities"], "Capabilities"),
        (["II. Working in partnership"], "Working in partnership"),
        (["Objective 1: Tackle ideological causes"], "Tackle ideological causes"),
        (["\xa01.\xa0Leadership\xa0"], "Leadership"),
        (["Theme 2"], "Theme 2"),
    ],
)
def test_section_theme(cells, theme):
    assert section_theme(cells) == theme


@pytest.mark.parametrize(
    "cells",
    [
        ["1.1", "Refresh the board's terms of reference", "Police"],
        ["Leadership"],  # not numbered: could be an action with only its title
        ["1.1"],
        [None, None],
        [],
        [2025],
        ["Priority actions for schools"],
        ["1. " + "very long note " * 10],
        ["1. Leadership", "Police"],
    ],
)
def test_not_a_section_row(cells):
    assert section_theme(cells) is None


@pytest.mark.parametrize(
    ("kind", "header", "expected"),
    [
        (kind, header, field)
        for kind in ("people", "training", "matrix")
        for header, field in [
            ("Start", "start_date"),
            ("Started", "start_date"),
            ("Org", "organisation"),
            ("Org.", "organisation"),
            ("Organisation name", "organisation"),
            ("Org name", "organisation"),
            ("Dept", "team"),
            ("Dept.", "team"),
            ("Emp no", "staff_number"),
            ("Emp. No.", "staff_number"),
            ("Emp number", "staff_number"),
            ("Payroll", "staff_number"),
        ]
    ]
    + [("training", "Completed", "completed_on"), ("training", "Date done", "completed_on")]
    + [
        ("actions", "Start", "start_date"),
        ("actions", "Started", "start_date"),
        ("actions", "Org", "lead_organisation"),
        ("actions", "Organisation name", "lead_organisation"),
        ("actions", "Completed", "completed_on"),
        ("actions", "Date done", "completed_on"),
    ],
)
def test_common_short_headers_map_in_every_kind_of_sheet(kind, header, expected):
    assert match_field(header, kind)[0] == expected


def test_a_short_form_is_slightly_less_certain_than_a_known_spelling():
    assert match_field("Emp number", "people") == ("staff_number", 0.97)
    assert match_field("Emp no", "people") == ("staff_number", 1.0)  # a listed spelling
