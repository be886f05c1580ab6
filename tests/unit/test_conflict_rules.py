"""Conflicts with a returned export: the verdict on each field, and what an export's properties say."""

import io
from datetime import UTC, date, datetime

import pytest
from openpyxl import Workbook

from actionplan.exchange.conflicts import ExportOrigin, LocalChanges, Verdict, _python, export_origin, judge
from actionplan.exchange.export_properties import set_properties


def test_a_field_not_changed_here_takes_the_file():
    assert judge("theirs", "ours") is Verdict.TAKE
    assert judge(None, "ours") is Verdict.TAKE


def test_a_field_changed_and_changed_back_takes_the_file():
    assert judge("theirs", "same", exported="same") is Verdict.TAKE


def test_a_field_changed_here_keeps_ours_when_the_file_left_it_or_agrees():
    assert judge("at export", "ours", exported="at export") is Verdict.KEEP
    assert judge("ours", "ours", exported="at export") is Verdict.KEEP
    assert judge(None, "ours", exported=None) is Verdict.KEEP


def test_a_third_value_is_a_conflict():
    assert judge("theirs", "ours", exported="at export") is Verdict.CONFLICT
    assert judge("theirs", "ours", exported=None) is Verdict.CONFLICT


def test_change_log_values_come_back_as_column_values():
    assert _python("person", "start_date", "2026-01-02") == date(2026, 1, 2)
    at = _python("person", "created_at", "2026-01-02T03:04:05+00:00")
    assert at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert _python("person", "first_name", "2026-01-02") == "2026-01-02"
    assert _python("person", "start_date", "not a date") == "not a date"
    assert _python("person", "start_date", None) is None
    assert _python("person", "id", 5) == 5
    assert _python("no_such_table", "start_date", "2026-01-02") == "2026-01-02"
    assert _python("person", "no_such_column", "2026-01-02") == "2026-01-02"
    assert _python("change_entry", "old", "2026-01-02") == "2026-01-02"  # JSON: no Python type


def test_partners_at_the_export_undo_the_links_made_since():
    changes = LocalChanges(ExportOrigin("x", datetime(2026, 1, 1, tzinfo=UTC)))
    assert changes.active and not LocalChanges().active
    changes._partner_ops[5] = [("create", 2), ("delete", 3), ("update", 4)]
    assert changes.partners_at_export(5, frozenset({1, 2})) == frozenset({1, 3})
    assert changes.partners_at_export(6, frozenset({1})) == frozenset({1})
    changes._partner_ops[7] = [("delete", 2), ("create", 2)]  # removed, then added back
    assert changes.partners_at_export(7, frozenset({2})) == frozenset({2})
    assert changes.exported("person", "u1") == {} and changes.deleted("person", "u1") is None
    changes._exported[("person", "u1")] = {"team": "A"}
    changes._deleted[("action", "a1")] = {"title": "T"}
    assert changes.exported("person", "u1") == {"team": "A"} and changes.exported("action", "u1") == {}
    assert changes.deleted("action", "a1") == {"title": "T"} and changes.deleted("person", "a1") is None


def workbook_with(tmp_path, custom: dict[str, str]):
    workbook = Workbook()
    set_properties(workbook, title="Plan", subject="", custom=custom, created=datetime(2026, 1, 1))
    path = tmp_path / "returned.xlsx"
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-11-20T10:00:00", datetime(2026, 11, 20, 10, tzinfo=UTC)),
        ("2026-11-20T10:00:00Z", datetime(2026, 11, 20, 10, tzinfo=UTC)),
        ("2026-11-20T11:00:00+01:00", datetime(2026, 11, 20, 10, tzinfo=UTC)),
        (" 2026-11-20T10:00:00 ", datetime(2026, 11, 20, 10, tzinfo=UTC)),
    ],
)
def test_an_export_coming_back_is_known_by_its_properties(tmp_path, far_from_utc, written, expected):
    path = workbook_with(
        tmp_path, {"Export ID": " e-1 ", "Exported at": written, "Figures as at": "2026-11-19"}
    )
    origin = export_origin(path)
    assert origin == ExportOrigin("e-1", expected, date(2026, 11, 19))
    uploaded = io.BytesIO(path.read_bytes())  # the file's bytes, as the wizard may hand them over
    assert export_origin(tmp_path / "not on disk.xlsx", uploaded) == origin
    assert origin.exported_at.utcoffset().total_seconds() == 0


def test_other_files_are_not_exports(tmp_path):
    assert export_origin(workbook_with(tmp_path, {"Export ID": "e-1"})) is None
    assert export_origin(workbook_with(tmp_path, {"Exported at": "  "})) is None
    assert export_origin(workbook_with(tmp_path, {"Exported at": "yesterday"})) is None
    origin = export_origin(
        workbook_with(tmp_path, {"Exported at": "2026-11-20T10:00:00", "Figures as at": "?"})
    )
    assert origin is not None and origin.figures_as_at is None and origin.export_id == ""
    origin = export_origin(workbook_with(tmp_path, {"Exported at": "2026-11-20T10:00:00"}))
    assert origin == ExportOrigin("", datetime(2026, 11, 20, 10, tzinfo=UTC), None)
    csv = tmp_path / "list.csv"
    csv.write_text("Staff No\nX1\n", encoding="utf-8")
    assert export_origin(csv) is None
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    assert export_origin(broken) is None


def test_the_words_of_a_conflict():
    from actionplan.exchange.conflicts import conflict_words

    assert conflict_words("Blocked", "Complete") == "conflict: ours “Blocked”, theirs “Complete”"
    assert conflict_words("Blocked", "Complete", "In progress") == (
        "conflict: ours “Blocked”, theirs “Complete” (at the export “In progress”)"
    )
    assert conflict_words(True, None, date(2026, 1, 2), when="at the last copy") == (
        "conflict: ours “Yes”, theirs “” (at the last copy “02/01/2026”)"
    )
    assert conflict_words(1, 2, "") == "conflict: ours “1”, theirs “2” (at the export “”)"
