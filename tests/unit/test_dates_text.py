"""Date display and arithmetic, and the matching key for names."""

from datetime import date

from actionplan.domain.dates import add_months, format_date, relative_due
from actionplan.domain.text import match_key, tidy


def test_uk_dates():
    assert format_date(date(2026, 3, 31)) == "31/03/2026"
    assert format_date(None) == ""


def test_add_months_clamps_to_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 15), -24) == date(2024, 3, 15)


def test_relative_due():
    assert relative_due(date(2026, 3, 1), date(2026, 3, 1)) == "due today"
    assert relative_due(date(2026, 3, 2), date(2026, 3, 1)) == "due in 1 day"
    assert relative_due(date(2026, 3, 1), date(2026, 3, 13)) == "12 days overdue"


def test_match_key_ignores_case_spaces_punctuation_and_accents():
    assert match_key("Workshop to Raise Awareness of Prevent") == match_key(
        "workshop-to-raise awareness of PREVENT"
    )
    assert match_key("HO-AWR") == match_key("ho awr")
    assert match_key("Siobhán") == match_key("siobhan")
    assert match_key(None) == ""


def test_tidy_trims_non_breaking_spaces():
    assert tidy("  Harry\xa0") == "Harry"
    assert tidy("a  \t b") == "a b"


def test_add_months_across_years_both_ways():
    assert add_months(date(2026, 1, 15), 12) == date(2027, 1, 15)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
    assert add_months(date(2026, 1, 29), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 30), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 31), 2) == date(2026, 3, 31)


def test_relative_due_in_days():
    assert relative_due(date(2026, 3, 11), date(2026, 3, 1)) == "due in 10 days"
    assert relative_due(date(2026, 3, 1), date(2026, 3, 2)) == "1 day overdue"


def test_tidy_of_nothing_is_empty():
    assert tidy(None) == ""
    assert tidy(12) == "12"
    assert tidy("a\xa0\xa0b") == "a b"


def test_match_key_keeps_letters_and_digits_only():
    match_key.cache_clear()  # a cached key would hide a change to the rule
    assert match_key("  Ó Súilleabháin, Dr. (HO-RFR 2) ") == "osuilleabhaindrhorfr2"
    assert match_key("snake_case") == "snakecase"
    assert match_key("") == "" and match_key(12) == "12"
