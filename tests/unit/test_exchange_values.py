"""Unit tests for normalising spreadsheet cell values (dates, yes/no, status, RAG, text)."""

from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actionplan.domain.enums import ActionStatus, Rag
from actionplan.exchange.values import (
    clean_email,
    clean_text,
    detect_fractions,
    detect_month_first,
    from_serial,
    is_blank,
    parse_bool,
    parse_date,
    parse_percent,
    parse_rag,
    parse_status,
    split_list,
)

MARCH_31 = date(2025, 3, 31)

# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text",
    [
        "31/03/2025",
        "31/3/25",
        "31/3/2025",
        "31-03-2025",
        "31.03.2025",
        "31-Mar-25",
        "31-mar-2025",
        "31 Mar 2025",
        "31 Mar. 2025",
        "31 March 2025",
        "31 MARCH 2025",
        "31st March 2025",
        "Monday 31 March 2025",
        "Mon, 31 Mar 2025",
        "2025-03-31",
        "2025/03/31",
        "2025-03-31T00:00:00",
        "2025-03-31 14:30:00",
        "31/03/2025 09:15",
        "31/03/2025 9:15 am",
        "March 31, 2025",
        "Mar 31 2025",
        "March 31st, 2025",
        "20250331",
        "45747",
        "\xa031/03/2025 ",
    ],
)
def test_parse_date_accepts_every_spelling(text):
    assert parse_date(text) == MARCH_31


def test_parse_date_ordinals_and_weekdays():
    assert parse_date("31st March 2026") == date(2026, 3, 31)
    assert parse_date("1st of March 2025") == date(2025, 3, 1)
    assert parse_date("2nd Feb 2024") == date(2024, 2, 2)
    assert parse_date("Wednesday 3rd September 2025") == date(2025, 9, 3)
    assert parse_date("22nd Sept 2025") == date(2025, 9, 22)


def test_parse_date_cells():
    assert parse_date(MARCH_31) == MARCH_31
    assert parse_date(datetime(2025, 3, 31, 14, 30)) == MARCH_31


@pytest.mark.parametrize("serial", [45747, 45747.0, 45747.75, "45747", "45747.5"])
def test_parse_date_serials(serial):
    assert parse_date(serial) == MARCH_31


def test_serial_edges_of_the_1900_date_system():
    assert from_serial(1) == date(1900, 1, 1)
    assert from_serial(59) == date(1900, 2, 28)
    assert from_serial(61) == date(1900, 3, 1)
    assert from_serial(73415) == date(2100, 12, 31)
    for bad in (0, -5, 60, 73416):
        with pytest.raises(ValueError):
            from_serial(bad)


def test_two_digit_years_pivot_at_70():
    assert parse_date("01/01/00") == date(2000, 1, 1)
    assert parse_date("01/01/69") == date(2069, 1, 1)
    assert parse_date("01/01/70") == date(1970, 1, 1)
    assert parse_date("01/01/99") == date(1999, 1, 1)


def test_text_is_read_day_first_unless_told():
    assert parse_date("04/05/2025") == date(2025, 5, 4)
    assert parse_date("04/05/2025", month_first=True) == date(2025, 4, 5)
    assert parse_date("03/31/2025", month_first=True) == MARCH_31
    assert parse_date("2025-04-05", month_first=True) == date(2025, 4, 5)  # ISO stays ISO


@pytest.mark.parametrize("blank", [None, "", "   ", "\xa0", "N/A", "n/a", "-", "None"])
def test_parse_date_blank(blank):
    assert parse_date(blank) is None


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("TBC", "not a date"),
        ("Ongoing", "not a date"),
        ("2025", "not a date"),
        ("31/02/2025", "not a real date"),
        ("03/31/2025", "month first"),
        ("31 Smarch 2025", "does not name a month"),
        ("01/01/1800", "outside the years"),
        (True, "not a date"),
        (time(10, 30), "not a date"),
        (60, "not a date Excel can hold"),
    ],
)
def test_parse_date_gives_a_plain_reason(value, reason):
    with pytest.raises(ValueError, match=reason):
        parse_date(value)


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)))
@settings(max_examples=100, database=None)
def test_dates_round_trip_through_every_spelling(day):
    for pattern in ("%d/%m/%Y", "%d-%b-%y", "%d %B %Y", "%Y-%m-%d", "%A %d %B %Y", "%B %d, %Y"):
        if pattern == "%d-%b-%y" and not 1970 <= day.year <= 2069:
            continue
        assert parse_date(day.strftime(pattern)) == day
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial) == day


def test_detect_month_first():
    assert detect_month_first(["03/31/2025", "04/01/2025", None, MARCH_31]) is True
    assert detect_month_first(["31/03/2025", "03/31/2025"]) is False  # contradictory: day first
    assert detect_month_first(["01/02/2025", "03/04/2025"]) is False  # ambiguous: day first
    assert detect_month_first(["2025-03-31", "31 March 2025", 45747]) is False
    assert detect_month_first([]) is False
    assert detect_month_first(["12/25/2024 10:00"]) is True


# ---------------------------------------------------------------- yes / no


@pytest.mark.parametrize(
    "value", ["Yes", "YES", " y ", "Y", "true", "TRUE", "t", "1", 1, 1.0, True, "x", "X", "✓", "✔", "Tick"]
)
def test_parse_bool_true(value):
    assert parse_bool(value) is True


@pytest.mark.parametrize("value", ["No", "n", "N", "false", "F", "0", 0, 0.0, False, "✗"])
def test_parse_bool_false(value):
    assert parse_bool(value) is False


@pytest.mark.parametrize("value", [None, "", " ", "N/A", "-"])
def test_parse_bool_blank_is_not_given(value):
    assert parse_bool(value) is None


@pytest.mark.parametrize("value", ["maybe", "yes please", "2", 2, "Key"])
def test_parse_bool_refuses_other_words(value):
    with pytest.raises(ValueError, match="not Yes or No"):
        parse_bool(value)


# ---------------------------------------------------------------- status and RAG


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Not started", ActionStatus.NOT_STARTED),
        ("not_started", ActionStatus.NOT_STARTED),
        ("NOT STARTED", ActionStatus.NOT_STARTED),
        ("In progress", ActionStatus.IN_PROGRESS),
        ("In-progress", ActionStatus.IN_PROGRESS),
        ("On track", ActionStatus.IN_PROGRESS),
        ("Delayed", ActionStatus.IN_PROGRESS),
        ("Ongoing", ActionStatus.IN_PROGRESS),
        ("Complete", ActionStatus.COMPLETE),
        ("Completed", ActionStatus.COMPLETE),
        ("Done", ActionStatus.COMPLETE),
        ("Closed", ActionStatus.COMPLETE),
        ("Blocked", ActionStatus.BLOCKED),
        ("On hold", ActionStatus.BLOCKED),
        ("Stuck", ActionStatus.BLOCKED),
        ("Cancelled", ActionStatus.CANCELLED),
        ("Canceled", ActionStatus.CANCELLED),
        ("Withdrawn", ActionStatus.CANCELLED),
    ],
)
def test_parse_status(word, status):
    assert parse_status(word) is status


def test_parse_status_blank_and_unknown():
    assert parse_status(None) is None
    assert parse_status("  ") is None
    with pytest.raises(ValueError, match="not a status"):
        parse_status("Purple")


@pytest.mark.parametrize(
    ("word", "rag"),
    [
        ("R", Rag.RED),
        ("r", Rag.RED),
        ("Red", Rag.RED),
        ("A", Rag.AMBER),
        ("Amber", Rag.AMBER),
        ("G", Rag.GREEN),
        ("GREEN", Rag.GREEN),
        ("B", Rag.COMPLETE),
        ("Blue", Rag.COMPLETE),
        ("Complete", Rag.COMPLETE),
        ("Completed", Rag.COMPLETE),
        ("On track", Rag.GREEN),
        ("At risk", Rag.AMBER),
        ("Off track", Rag.RED),
        ("Delayed", Rag.RED),
        ("Red/Amber", Rag.AMBER),
        ("Amber/Red", Rag.AMBER),
        ("Amber-Green", Rag.AMBER),
        ("A/G", Rag.AMBER),
        ("Green - on track", Rag.GREEN),
        ("Red (behind)", Rag.RED),
    ],
)
def test_parse_rag(word, rag):
    assert parse_rag(word) is rag


def test_parse_rag_blank_and_unknown():
    assert parse_rag(None) is None
    assert parse_rag("") is None
    with pytest.raises(ValueError, match="mixes red and green"):
        parse_rag("Red/Green")
    with pytest.raises(ValueError, match="not a RAG rating"):
        parse_rag("Purple")


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("value", "expected"),
    [("50%", 50), ("50 %", 50), ("50", 50), (50, 50), (50.0, 50), (0.5, 50), ("0.5", 50),
     (0.255, 26), ("100%", 100), (0, 0), ("12.5%", 13), (100, 100), (None, None), ("", None)],
)  # fmt: skip
def test_parse_percent(value, expected):
    assert parse_percent(value) == expected


def test_parse_percent_fractions_column():
    column = [0.25, 1.0, 0, None]
    assert detect_fractions(column) is True
    assert [parse_percent(v, fractions=True) for v in column] == [25, 100, 0, None]
    assert detect_fractions([25, 50, 100]) is False
    assert detect_fractions([0, 1]) is False  # no fraction: cannot tell, read as written


@pytest.mark.parametrize("value", ["half", "150%", -5, 101, True])
def test_parse_percent_refuses(value):
    with pytest.raises(ValueError):
        parse_percent(value)


# ---------------------------------------------------------------- text


def test_clean_text_trims_nbsp_and_folds_spaces():
    assert clean_text("  Harry\xa0") == "Harry"
    assert clean_text("Mac  an\u2003tSaoi") == "Mac an tSaoi"
    assert clean_text("\xa0\xa0") is None
    assert clean_text("") is None
    assert clean_text(None) is None


def test_clean_text_numbers_dates_and_booleans():
    assert clean_text(1001.0) == "1001"
    assert clean_text(1001) == "1001"
    assert clean_text(1.5) == "1.5"
    assert clean_text(0.1 + 0.2) == "0.3"
    assert clean_text(MARCH_31) == "31/03/2025"
    assert clean_text(datetime(2025, 3, 31, 9, 5)) == "31/03/2025 09:05"
    assert clean_text(True) == "TRUE"


def test_clean_email():
    assert clean_email(" Aisha.Ahmed@Northvale.GOV.example\xa0") == "aisha.ahmed@northvale.gov.example"
    assert clean_email("Aisha Ahmed <aisha@x.gov.uk>") == "aisha@x.gov.uk"
    assert clean_email("mailto:aisha@x.gov.uk") == "aisha@x.gov.uk"
    assert clean_email("siobhán.green@northvale.gov.example") == "siobhán.green@northvale.gov.example"
    assert clean_email(None) is None
    assert clean_email("") is None
    assert clean_email("N/A") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aA@.<>:- \xa0\u2003\tmailto/nN"), max_size=14))
def test_clean_email_tidy_text_reads_as_the_padded_text(text):
    """Text with nothing to tidy (read without the regular expression) gives what the same
    text padded with spaces gives: the same address, blank, or the same refusal."""

    def answer(value):
        try:
            return clean_email(value)
        except ValueError as exc:
            return str(exc)

    assert answer(text) == answer(f" \xa0{text}\t ")


@pytest.mark.parametrize("value", ["not given", "see HR", "aisha@", "@x.gov.uk", "a@b", "a b@x.uk"])
def test_clean_email_refuses(value):
    with pytest.raises(ValueError, match="not an email address"):
        clean_email(value)


def test_split_list():
    assert split_list("Police; Council; Schools") == ["Police", "Council", "Schools"]
    assert split_list("Police, Council,Schools") == ["Police", "Council", "Schools"]
    assert split_list("Police\nCouncil\n\nSchools") == ["Police", "Council", "Schools"]
    assert split_list("Police, Council and Schools") == ["Police", "Council", "Schools"]
    assert split_list("Police and Crime Commissioner") == ["Police and Crime Commissioner"]
    assert split_list("Police; police ;POLICE") == ["Police"]
    assert split_list("\xa0Police\xa0") == ["Police"]
    assert split_list(None) == []
    assert split_list("") == []


def test_is_blank():
    assert is_blank(None) and is_blank("") and is_blank(" n/a ") and is_blank("—")
    assert not is_blank(0) and not is_blank("0") and not is_blank(False)
