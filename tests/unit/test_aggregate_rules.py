"""Aggregate figures: no count of 1 to 4, no percentage resting on fewer than 5 people, no names."""

import io
from datetime import date

import openpyxl
import pytest
from openpyxl import Workbook

from actionplan.domain.compliance import ComplianceCounts
from actionplan.domain.enums import ComplianceState as S
from actionplan.exchange import export_aggregate as aggregate
from actionplan.exchange.export_aggregate import STATES, suppress
from actionplan.exchange.export_sheets import MatrixData, Scope
from actionplan.services.readmodels import MatrixCell, PersonView, PlanView, RequirementView

ON = date(2026, 11, 28)


def counts(compliant=0, expiring=0, expired=0, due=0, overdue=0, exempt=0, not_required=0):
    values = (compliant, expiring, expired, due, overdue, exempt)
    found = {state: n for state, n in zip(STATES, values, strict=True) if n}
    if not_required:
        found[S.NOT_REQUIRED] = not_required
    return ComplianceCounts(found)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # Three untrained people: no count and no percentage (not "0.0%").
        (counts(overdue=3), ("<5", [0, 0, 0, 0, "<5", 0], "[c]")),
        # Fewer than 5 in the denominator, although no count the percentage rests on is small.
        (counts(due=1, overdue=2), ("<5", [0, 0, 0, "<5", "<5", 0], "[c]")),
        (counts(expired=2, overdue=2, exempt=9), (13, [0, 0, "<5", 0, "<5", 9], "[c]")),
        # Five or more: the figures show, zeros included (zero identifies nobody).
        (counts(overdue=5), (5, [0, 0, 0, 0, 5, 0], 0.0)),
        (counts(compliant=5), (5, [5, 0, 0, 0, 0, 0], 100.0)),
        (counts(compliant=10, due=5), (15, [10, 0, 0, 5, 0, 0], 66.7)),
        # 1 to 4 trained: the percentage would give the count away.
        (counts(compliant=4, due=6, overdue=5), (15, ["<5", 0, 0, 6, "[c]", 0], "[c]")),
        # One small count in a row: the smallest other count is withheld too, one the
        # percentage does not rest on when there is one.
        (counts(compliant=6, expired=7, due=8, overdue=2), (23, [6, 0, "[c]", 8, "<5", 0], 26.1)),
        (counts(compliant=6, overdue=2), (8, ["[c]", 0, 0, 0, "<5", 0], "[c]")),
        (counts(compliant=9, expiring=6, exempt=1), (16, [9, "[c]", 0, 0, 0, "<5"], "[c]")),
        # Two small counts: each hides the other.
        (counts(compliant=20, expired=3, overdue=2), (25, [20, 0, "<5", 0, "<5", 0], 80.0)),
        (counts(expired=3, due=6), (9, [0, 0, "<5", "[c]", 0, 0], 0.0)),
        (counts(compliant=7, expiring=5, due=5), (17, [7, 5, 0, 5, 0, 0], 70.6)),
        # Nobody to count: no percentage at all.
        (counts(exempt=6), (6, [0, 0, 0, 0, 0, 6], None)),
        (counts(), (0, [0, 0, 0, 0, 0, 0], None)),
        (counts(compliant=4), ("<5", ["<5", 0, 0, 0, 0, 0], "[c]")),
        # People the requirement does not apply to are not counted.
        (counts(compliant=5, not_required=3), (5, [5, 0, 0, 0, 0, 0], 100.0)),
    ],
)
def test_suppression_rules(given, expected):
    assert suppress(given) == expected


def test_no_shown_figure_rests_on_fewer_than_five_people():
    """Every mix of 0 to 7 people per state: no count 1-4, no percentage over fewer than 5."""
    import itertools

    for values in itertools.product((0, 1, 3, 5, 7), repeat=4):
        compliant, expiring, due, exempt = values
        given = counts(compliant=compliant, expiring=expiring, due=due, exempt=exempt)
        audience, shown, percent = suppress(given)
        assert not (isinstance(audience, int) and 0 < audience < 5)
        assert not any(isinstance(n, int) and 0 < n < 5 for n in shown)
        withheld = sum(1 for n in shown if n in ("<5", "[c]"))
        assert withheld != 1 or given.audience < 5, (values, shown)
        if isinstance(percent, float):
            assert given.audience - exempt >= 5 and (compliant + expiring == 0 or compliant + expiring >= 5)


# ---------------------------------------------------------------- the sheets


def person(n: int, organisation: str, role_group: str) -> PersonView:
    return PersonView(
        n, f"uuid-{n}", f"S{n}", f"First{n}", f"Last{n}", f"p{n}@x.example", "", role_group, None,
        organisation, "", True, None, None,
    )  # fmt: skip


def requirement(n: int, title: str, code: str) -> RequirementView:
    return RequirementView(n, f"req-{n}", 1, n, code, code, title, (), (), False, None, 85, 0)


def cell(state: S) -> MatrixCell:
    return MatrixCell(state, None, None, None)


def scope() -> Scope:
    plan = PlanView(1, "plan-uuid", "Plan", "", None, "", None, None, "", "prevent")
    return Scope(plan, ON, None, 60, lambda _n: None, footer="Plan")


def write(writer, data: MatrixData):
    workbook = Workbook(write_only=True)
    rows = writer(workbook, data, scope())
    buffer = io.BytesIO()
    workbook.save(buffer)
    ws = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).worksheets[0]
    return rows, ws


def data() -> MatrixData:
    """Six people in "a council" (five compliant), two in "Alpha police", one with no organisation."""
    people = [person(n, "a council", "DSL" if n < 3 else "Frontline") for n in range(6)]
    people += [person(6, "Alpha police", "Frontline"), person(7, "Alpha police", ""), person(8, "", "DSL")]
    first = [S.COMPLIANT] * 5 + [S.OVERDUE] + [S.DUE, S.DUE, S.EXEMPT]
    second = [S.NOT_REQUIRED] * 9  # nobody in its audience: no row
    return MatrixData(
        requirements=(requirement(1, "All staff: WRAP", "WRAP"), requirement(2, "Members", "MEM")),
        courses=[("WRAP", [0], 36), ("MEM", [1], 48)],
        people=people,
        cells=[(cell(a), cell(b)) for a, b in zip(first, second, strict=True)],
    )


def test_by_organisation_groups_sorts_and_suppresses():
    rows, ws = write(aggregate.write_by_organisation, data())
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    assert values[0] == [
        "Organisation", "Requirement", "Course", "In audience", "Compliant", "Expiring", "Expired",
        "Due", "Overdue", "Exempt", "% trained", "Target %",
    ]  # fmt: skip
    assert rows == 3
    assert values[1:] == [
        ["(none)", "All staff: WRAP", "WRAP", "<5", 0, 0, 0, 0, 0, "<5", None, 85],
        ["a council", "All staff: WRAP", "WRAP", 6, "[c]", 0, 0, 0, "<5", 0, "[c]", 85],
        ["Alpha police", "All staff: WRAP", "WRAP", "<5", 0, 0, 0, "<5", 0, 0, "[c]", 85],
    ]  # sorted ignoring case
    assert ws.title == "By organisation"
    assert ws.column_dimensions["A"].width == 30 and ws.column_dimensions["B"].width == 40
    assert ws.cell(2, 1).alignment.wrap_text and ws.cell(2, 2).alignment.wrap_text
    assert not ws.cell(2, 3).alignment.wrap_text  # the course code
    assert ws.oddFooter.left.text == "&A – Plan"
    percent = ws.cell(4, 11)
    assert percent.alignment.horizontal == "right"
    assert ws.cell(4, 4).alignment.horizontal == "right" and ws.cell(4, 9).alignment.horizontal == "right"
    assert ws.cell(2, 12).number_format == '0"%"'


def test_by_role_group_and_by_course():
    _rows, ws = write(aggregate.write_by_role_group, data())
    assert ws.title == "By role group" and ws.cell(1, 1).value == "Role group"
    assert ws.column_dimensions["A"].width == 28 and ws.cell(2, 1).alignment.wrap_text
    values = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert values == [
        ["(none)", "All staff: WRAP", "WRAP", "<5", 0, 0, 0, "<5", 0, 0, "[c]", 85],
        ["DSL", "All staff: WRAP", "WRAP", "<5", "<5", 0, 0, 0, 0, "<5", "[c]", 85],
        ["Frontline", "All staff: WRAP", "WRAP", "<5", "<5", 0, 0, "<5", "<5", 0, "[c]", 85],
    ]
    rows, ws = write(aggregate.write_by_course, data())
    assert rows == 1
    ((title, code, audience, *shown, percent, target),) = ws.iter_rows(min_row=2, values_only=True)
    assert (title, code, audience, percent, target) == ("All staff: WRAP", "WRAP", 9, "[c]", 85)
    assert shown == [5, 0, 0, "<5", "<5", "<5"]


def test_a_percentage_shows_as_a_number_with_a_per_cent_format():
    people = [person(n, "Council", "DSL") for n in range(11)]
    states = [S.COMPLIANT] * 6 + [S.OVERDUE] * 5
    matrix = MatrixData((requirement(1, "WRAP for all", "WRAP"),), [("WRAP", [0], 36)], people,
                        [(cell(s),) for s in states])  # fmt: skip
    _rows, ws = write(aggregate.write_by_course, matrix)
    assert [c.value for c in ws[2]] == ["WRAP for all", "WRAP", 11, 6, 0, 0, 0, 5, 0, 54.5, 85]
    assert ws.cell(2, 10).number_format == '0"%"' and ws.cell(2, 11).number_format == '0"%"'
    assert ws.cell(2, 10).alignment.horizontal != "right"


def test_a_requirement_nobody_is_in_is_left_out_and_the_next_is_shown():
    people = [person(n, "Council", "DSL") for n in range(6)]
    cells = [(cell(S.NOT_REQUIRED), cell(S.COMPLIANT)) for _n in people]
    matrix = MatrixData((requirement(1, "Members", "MEM"), requirement(2, "WRAP for all", "WRAP")),
                        [("MEM", [0], 48), ("WRAP", [1], 36)], people, cells)  # fmt: skip
    rows, ws = write(aggregate.write_by_organisation, matrix)
    assert rows == 1
    assert [c.value for c in ws[2]][:4] == ["Council", "WRAP for all", "WRAP", 6]
    assert ws.title == "By organisation" and ws.cell(1, 1).value == "Organisation"
    rows, ws = write(aggregate.write_by_course, matrix)
    assert ws.title == "By course" and rows == 1


@pytest.mark.parametrize("writer", [aggregate.write_by_organisation, aggregate.write_by_role_group])
def test_long_group_names_get_rows_tall_enough(writer):
    long = "Northvale and District Safeguarding Partnership for Children and Young People " * 2
    people = [person(n, long, long) for n in range(6)]
    matrix = MatrixData((requirement(1, "WRAP", "WRAP"),), [("WRAP", [0], 36)], people,
                        [(cell(S.COMPLIANT),) for _p in people])  # fmt: skip
    _rows, ws = write(writer, matrix)
    assert ws.row_dimensions[2].height > 60
