"""The Summary sheet of an export: what the workbook holds, a legend for its colours, how to return it."""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl.styles import Alignment

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ComplianceState, Rag
from actionplan.exchange.workbook_style import (
    DATE_FORMAT,
    RAG_COLOURS,
    STATE_COLOURS,
    Column,
    SheetWriter,
)
from actionplan.i18n import _

# Not an importable kind: "Item" and "Value" name no field, so the importer passes it by.
SUMMARY_COLUMNS = (Column("Item", 40, "wrap"), Column("Value", 90, "wrap"))

LEFT = Alignment(horizontal="left", vertical="top")
SUPPRESSED_COUNT = "<5"
SUPPRESSED_OTHER = "[c]"  # the Government Statistical Service's mark for a value withheld


@dataclass(frozen=True)
class Line:
    """One row of the Summary: a label and its value; headings are bold; a colour shows a legend."""

    label: str
    value: object = None
    colours: tuple[str, str] | None = None
    heading: bool = False


def heading(text: str) -> Line:
    return Line(text, heading=True)


def opening_lines(plan, on: date, exported_at: datetime, contents: str) -> list[Line]:
    lines = [Line(_("Plan"), plan.name)]
    if plan.area:
        lines.append(Line(_("Area"), plan.area))
    if plan.period_start and plan.period_end:
        lines.append(
            Line(
                _("Plan period"),
                _("{start} to {end}").format(
                    start=format_date(plan.period_start), end=format_date(plan.period_end)
                ),
            )
        )
    lines += [
        Line(_("Figures as at"), on),
        Line(_("Exported"), exported_at.astimezone().strftime("%d/%m/%Y %H:%M")),
        Line(_("Contents"), contents),
    ]
    return lines


def sheet_lines(rows: dict[str, int]) -> list[Line]:
    lines = [heading(_("Sheets in this workbook"))]
    lines += [Line(title, _("{n} rows").format(n=n)) for title, n in rows.items()]
    return lines


def rag_lines(rags: Counter) -> list[Line]:
    lines = [heading(_("Actions by RAG rating"))]
    for rag in Rag:
        lines.append(Line(rag.label, rags.get(rag, 0), RAG_COLOURS[rag]))
    return lines


def requirement_lines(figures) -> list[Line]:
    lines = [heading(_("Training requirements"))]
    for f in figures:
        pct = "—" if f.counts.percent is None else f"{f.counts.percent:.0f}%"
        lines.append(
            Line(
                f"{f.requirement.course_code}: {f.requirement.title}",
                _(
                    "{pct} trained against a target of {target}% ({rag}); "
                    "{overdue} overdue, {expired} expired"
                ).format(
                    pct=pct,
                    target=f.requirement.target_percent,
                    rag=f.rag.label,
                    overdue=f.counts[ComplianceState.OVERDUE],
                    expired=f.counts[ComplianceState.EXPIRED],
                ),
                RAG_COLOURS[f.rag],
            )
        )
    return lines


def matrix_legend(on: date, warning_days: int) -> list[Line]:
    """What the Training matrix's colours and words mean; colour is never the only signal."""
    meanings = {
        ComplianceState.COMPLIANT: _("A date followed by ✓: trained, and the training is in date."),
        ComplianceState.EXPIRING: _(
            "A date followed by (expiring): in date, but it runs out within {days} days."
        ).format(days=warning_days),
        ComplianceState.EXPIRED: _(
            "A date followed by (expired): trained before, but it has lapsed and the deadline has passed."
        ),
        ComplianceState.DUE: _(
            "Due: not trained (or the training has lapsed), and the deadline is still ahead."
        ),
        ComplianceState.OVERDUE: _("Overdue: never trained, and the deadline has passed."),
        ComplianceState.EXEMPT: _("Exempt: excused from this requirement, with a recorded reason."),
    }
    lines = [heading(_("Training matrix: what the cells show"))]
    lines += [Line(state.label, meanings[state], STATE_COLOURS[state]) for state in meanings]
    lines += [
        Line(_("Empty cell"), _("The course is not required of this person.")),
        Line(
            _("Colours and words"),
            _(
                "The colour is the person's state on {date}. The word after a date is worked out "
                "from the date itself, so a date you type in shows its own word; the colour is "
                "brought up to date at the next export."
            ).format(date=format_date(on)),
        ),
    ]
    return lines


def rag_legend() -> list[Line]:
    meanings = {
        Rag.RED: _("Past its due date, or blocked."),
        Rag.AMBER: _("Due within 30 days, behind schedule, not started on time, or without a due date."),
        Rag.GREEN: _("On track."),
        Rag.COMPLETE: _("Complete (blue in BRAG ratings)."),
    }
    lines = [heading(_("RAG ratings"))]
    lines += [Line(rag.label, meanings[rag], RAG_COLOURS[rag]) for rag in Rag]
    return lines


def return_instructions() -> list[Line]:
    return [
        heading(_("Sending this workbook back")),
        Line(
            _("Record ID"),
            _(
                "Leave the Record ID columns as they are: they tie each row to the same record when "
                "the workbook is imported again."
            ),
        ),
        Line(
            _("New rows"),
            _("Add new people, training or actions as new rows, with the Record ID left empty."),
        ),
        Line(_("Dates"), _("Type dates as dd/mm/yyyy, for example 31/03/2027.")),
        Line(
            _("Headings"),
            _("Keep the column headings as they are; the drop-down lists show the values that are accepted."),
        ),
        Line(
            _("Training matrix"),
            _("Type a completion date into a person's course cell to record that training."),
        ),
        Line(
            _("Prevent contact"),
            _("Correct the Prevent contact on the Organisations sheet if it has changed."),
        ),
    ]


def suppression_legend() -> list[Line]:
    return [
        heading(_("Small numbers")),
        Line(
            SUPPRESSED_COUNT,
            _("A count of 1 to 4 people, not shown so that nobody can be identified."),
        ),
        Line(
            SUPPRESSED_OTHER,
            _(
                "Withheld because it would let a small count be worked out (a percentage resting on "
                "fewer than 5 people, or a second count in the same row)."
            ),
        ),
    ]


def write_summary(writer: SheetWriter, lines: list[Line]) -> int:
    """Write the lines under the header row the writer already holds."""
    label_text = writer.text_converter(wrap=True)
    value_text = writer.text_converter(wrap=True)
    bold = writer.styled(bold=True, wrap=True)
    dated = writer.styled(number_format=DATE_FORMAT)
    dated.alignment = LEFT
    number = writer.styled()
    number.alignment = LEFT
    coloured: dict[tuple[str, str], Callable[[object], object]] = {}
    for line in lines:
        if line.heading:
            bold.value = line.label
            writer.append_cells([bold, None])
            continue
        if line.colours:
            # A requirement's code and title are the user's text: quoted like any other text.
            convert = coloured.get(line.colours)  # pragma: no mutate (a cache: a miss makes the same cells)
            if convert is None:
                convert = coloured[line.colours] = writer.text_converter(wrap=True, colours=line.colours)
            label = convert(line.label)
        else:
            label = label_text(line.label)
        value = line.value
        if isinstance(value, date):
            dated.value = value
            value = dated
        elif isinstance(value, int | float):
            number.value = value
            value = number
        else:
            value = value_text(value)
        writer.append_cells([label, value])
    return writer.finish()
