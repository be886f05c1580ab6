"""The aggregate export: compliance counts and percentages by organisation, role group and course.

It names no person. Counts of 1 to 4 show as "<5"; where one such count in a row could be
worked out from the row's total, a second count is withheld ("[c]"), and a percentage
resting on a withheld or small count is withheld too.
"""

from collections import defaultdict
from collections.abc import Callable

from openpyxl.styles import Alignment
from openpyxl.workbook import Workbook

from actionplan.domain.compliance import ComplianceCounts
from actionplan.domain.enums import ComplianceState
from actionplan.exchange.export_sheets import MatrixData, Scope
from actionplan.exchange.export_summary import SUPPRESSED_COUNT, SUPPRESSED_OTHER
from actionplan.exchange.workbook_style import PERCENT_FORMAT, Column, SheetWriter
from actionplan.i18n import _
from actionplan.services.readmodels import PersonView

MIN_COUNT = 5
RIGHT = Alignment(horizontal="right", vertical="top")
STATES = (
    ComplianceState.COMPLIANT,
    ComplianceState.EXPIRING,
    ComplianceState.EXPIRED,
    ComplianceState.DUE,
    ComplianceState.OVERDUE,
    ComplianceState.EXEMPT,
)
_PERCENT_INPUTS = {0, 1, 5}  # compliant, expiring and exempt make the percentage

# Headers name no importable kind (no person identifier, no action title).
FIGURE_COLUMNS = (
    Column("Requirement", 40, "wrap"),
    Column("Course", 9),
    Column("In audience", 10, "custom"),
    *(Column(state.label, 10, "custom") for state in STATES),
    Column("% trained", 10, "custom"),
    Column("Target %", 9, "percent"),
)


def suppress(counts: ComplianceCounts) -> tuple[object, list[object], object]:
    """The audience, the counts by state and the percentage as an aggregate may show them."""
    audience = counts.audience
    values = [counts[state] for state in STATES]
    shown: list[object] = list(values)
    withheld = {i for i, n in enumerate(values) if 0 < n < MIN_COUNT}
    for i in withheld:
        shown[i] = SUPPRESSED_COUNT
    # Equivalent mutant (">"): with one small count the others are 0 or 5 or more, so the audience is not 5.
    if len(withheld) == 1 and audience >= MIN_COUNT:  # pragma: no mutate
        # The total less the other counts would give it away: withhold the next smallest too.
        # Prefer one the percentage does not rest on, so the percentage can still be shown.
        # Equivalent mutant ("n > 1"): a count of 1 to 4 is withheld already.
        others = [i for i, n in enumerate(values) if i not in withheld and n > 0]  # pragma: no mutate
        second = min(others, key=lambda i: (i in _PERCENT_INPUTS, values[i]))
        shown[second] = SUPPRESSED_OTHER
        withheld.add(second)
    # A second guard: 1 to 4 trained means compliant or expiring is 1 to 4, withheld already, so
    # changes to it are equivalent mutants.
    trained = values[0] + values[1]  # pragma: no mutate
    few_trained = 0 < trained < MIN_COUNT  # pragma: no mutate
    denominator = audience - values[5]
    percent: object = None
    if counts.percent is not None:
        small = few_trained or denominator < MIN_COUNT
        percent = SUPPRESSED_OTHER if small or withheld & _PERCENT_INPUTS else round(counts.percent, 1)
    shown_audience: object = SUPPRESSED_COUNT if 0 < audience < MIN_COUNT else audience
    return shown_audience, shown, percent


def _grouped(data: MatrixData, key: Callable[[PersonView], str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(data.people):
        groups[key(person) or _("(none)")].append(index)
    return dict(sorted(groups.items(), key=lambda item: item[0].casefold()))


def _counts(data: MatrixData, rows: list[int] | range, requirement: int) -> ComplianceCounts:
    states: dict[ComplianceState, int] = defaultdict(int)
    for row in rows:
        state = data.cells[row][requirement].state
        if state is not ComplianceState.NOT_REQUIRED:
            states[state] += 1
    return ComplianceCounts(dict(states))


def _write_figures(
    workbook: Workbook,
    title: str,
    first: tuple[Column, ...],
    groups: dict[tuple[str, ...], list[int] | range],
    data: MatrixData,
    scope: Scope,
) -> int:
    writer = SheetWriter(workbook, title, (*first, *FIGURE_COLUMNS), lists=None, footer=scope.footer)
    text = writer.text_converter(wrap=False)  # pragma: no mutate (None is False here)
    label_cells = [writer.text_converter(wrap=True) for _column in first]  # one per column: reused
    title_cell = writer.text_converter(wrap=True)
    percent_cell = writer.styled(number_format=PERCENT_FORMAT)
    target_cell = writer.styled(number_format=PERCENT_FORMAT)
    right = writer.styled()
    right.alignment = RIGHT
    # Equivalent mutant: a spare styled cell is harmless.
    cells_of_counts = [writer.styled() for _s in range(len(STATES) + 1)]  # pragma: no mutate
    for cell in cells_of_counts:
        cell.alignment = RIGHT  # "<5" lines up with the numbers

    def count_cell(slot: int, value: object) -> object:
        cell = cells_of_counts[slot]
        cell.value = value
        return cell

    for labels, rows in groups.items():
        for index, requirement in enumerate(data.requirements):
            counts = _counts(data, rows, index)
            if not counts.audience:
                continue
            audience, shown, percent = suppress(counts)
            if isinstance(percent, float):
                percent_cell.value = percent
                percent_value: object = percent_cell
            else:
                right.value = percent
                percent_value = right
            target_cell.value = requirement.target_percent
            writer.append_cells(
                [
                    *(
                        convert(label)
                        # Equivalent mutants: the lengths always match.
                        for convert, label in zip(label_cells, labels, strict=True)  # pragma: no mutate
                    ),
                    title_cell(requirement.title),
                    text(requirement.course_code),
                    count_cell(0, audience),
                    *(count_cell(i + 1, value) for i, value in enumerate(shown)),
                    percent_value,
                    target_cell,
                ]
            )
    return writer.finish()


def write_by_organisation(workbook: Workbook, data: MatrixData, scope: Scope) -> int:
    groups = {(name,): rows for name, rows in _grouped(data, lambda p: p.organisation_name).items()}
    return _write_figures(
        workbook, _("By organisation"), (Column("Organisation", 30, "wrap"),), groups, data, scope
    )


def write_by_role_group(workbook: Workbook, data: MatrixData, scope: Scope) -> int:
    groups = {(name,): rows for name, rows in _grouped(data, lambda p: p.role_group).items()}
    return _write_figures(
        workbook, _("By role group"), (Column("Role group", 28, "wrap"),), groups, data, scope
    )


def write_by_course(workbook: Workbook, data: MatrixData, scope: Scope) -> int:
    """Each required course over everyone exported (one row per requirement)."""
    return _write_figures(workbook, _("By course"), (), {(): range(len(data.people))}, data, scope)
