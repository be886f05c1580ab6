"""The self-assessment as a workbook colleagues fill in: section, question, rating, commentary, evidence.

Laid out as the Home Office's and councils' own trackers are, one question a row, with the
same conventions as the plan's exports (``actionplan.exchange.export``): a frozen header,
formula-safe text, ratings as a drop-down that refuses other words, a grey Record ID column
last, document properties that say which export it is, written to a temporary name first and
recorded in the change log. ``actionplan import`` and the import wizard read it back (the
kind "assessment", ``actionplan.assessment.import_rows``).
"""

import os
import uuid as uuid_module
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font

from actionplan import __version__, clock
from actionplan.assessment import services
from actionplan.assessment.ratings import Rating
from actionplan.assessment.readmodels import AssessmentView
from actionplan.domain.enums import ChangeOp, ChangeSource, Rag
from actionplan.exchange import export_summary as summary
from actionplan.exchange.export import ExportError, check_destination
from actionplan.exchange.export_properties import set_properties
from actionplan.exchange.workbook_style import (
    DATE_FORMAT,
    ID_TEXT,
    RAG_COLOURS,
    Column,
    Lists,
    SheetWriter,
    fill,
)
from actionplan.i18n import _
from actionplan.services.plans import get_plan
from actionplan.storage.database import head_revision
from actionplan.storage.uow import UnitOfWork

SHEET = "Self-assessment"
EXPORT_KIND = "assessment"
# The exchange format: the importer's synonyms (actionplan.assessment.columns), not translated.
COLUMNS = (
    Column("Section", 24, "wrap"),
    Column("Question ID", 10),
    Column("Question", 58, "wrap"),
    Column("Rating", 15, "custom", validation="rating"),
    Column("Commentary", 50, "wrap"),
    Column("Evidence", 50, "wrap"),
    Column("Suggested rating", 15),
    Column("Why suggested", 50, "wrap"),
    Column("Last year", 14),
    Column("Assessor", 20),
    Column("Date", 12, "date"),
    Column("Record ID", 38, "id", printed=False),
)
RATING_COLOURS: dict[Rating, tuple[str, str]] = {
    Rating.NOT_MET: RAG_COLOURS[Rag.RED],
    Rating.PARTIALLY_MET: RAG_COLOURS[Rag.AMBER],
    Rating.MET: RAG_COLOURS[Rag.GREEN],
    Rating.EXCEEDING: RAG_COLOURS[Rag.COMPLETE],
}


@dataclass(frozen=True)
class AssessmentExport:
    """What was written: the file, the assessment's year and date, rows, and the change-log batch."""

    path: Path
    year: int
    assessed_on: date
    rows: int
    export_id: str
    exported_at: datetime
    batch_id: int | None

    def line(self) -> str:
        return _("The {year} self-assessment ({rows} questions) written to {path}.").format(
            year=self.year, rows=self.rows, path=self.path
        )


def export_assessment_workbook(
    source: Any,
    plan_id: int,
    out_path: str | Path,
    *,
    assessment_id: int | None = None,
    template: str | None = None,
    year: int | None = None,
    on: date | None = None,
) -> AssessmentExport:
    """Write the assessment (the current year's unless one is named) as a workbook, and log it.

    A draft (nothing rated yet) is started first, so every row carries its Record ID.

    Args:
        source: a unit of work (not yet entered) or an open Database.
    """
    uow: UnitOfWork = (
        source if isinstance(source, UnitOfWork) else source.unit_of_work(source=ChangeSource.SCREEN)
    )
    path = check_destination(out_path)
    view = services.get_assessment(
        uow, plan_id, assessment_id=assessment_id, template=template, year=year, on=on
    )
    if not view.saved:
        new_id = services.start_assessment(uow, plan_id, template=view.template_key, on=view.assessed_on)
        view = services.get_assessment(uow, plan_id, assessment_id=new_id)
    plan = get_plan(uow, plan_id)
    exported_at = clock.now()
    export_id = str(uuid_module.uuid4())
    workbook = Workbook(write_only=True)
    temporary = path.with_name(f".{path.stem}-{uuid_module.uuid4().hex[:12]}.xlsx.part")
    try:
        rows = _write(workbook, view, plan, exported_at)
        set_properties(
            workbook,
            title=_("{plan}: self-assessment {year}").format(plan=plan.name, year=view.year),
            subject=_("Prevent duty self-assessment against {template}").format(template=view.template_name),
            custom={
                "Plan": plan.name,
                "Plan UUID": plan.uuid,
                "Export ID": export_id,
                "Exported at": exported_at.replace(microsecond=0).isoformat(),
                "Figures as at": view.assessed_on.isoformat(),
                "Export kind": EXPORT_KIND,
                "Assessment UUID": view.uuid or "-",
                "Assessment template": view.template_key,
                "Schema version": head_revision(),
                "Application version": __version__,
            },
            created=exported_at,
        )
        workbook.save(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(
            _(
                "Cannot write {name}: close it if it is open in Excel, or choose another name ({reason})."
            ).format(name=path.name, reason=exc.strerror or exc)
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    try:
        batch_id = _record(uow, view, path, rows, exported_at, export_id)
    except BaseException:
        path.unlink(missing_ok=True)  # an export the change log does not show must not exist
        raise
    return AssessmentExport(path, view.year, view.assessed_on, rows, export_id, exported_at, batch_id)


def _write(workbook: Workbook, view: AssessmentView, plan, exported_at: datetime) -> int:
    lists = Lists()
    lists.add("rating", "Rating", [r.label for r in Rating])
    summary_writer = SheetWriter(
        workbook, _("Summary"), summary.SUMMARY_COLUMNS, lists=None, footer=plan.name
    )
    writer = SheetWriter(workbook, SHEET, COLUMNS, lists=lists, freeze_columns=3, footer=plan.name)
    texts = [writer.text_converter(wrap=c.kind == "wrap") for c in COLUMNS]
    record_id = writer.text_converter(wrap=False, text_colour=ID_TEXT)
    ratings = {r: writer.styled(colours=RATING_COLOURS.get(r), centre=True) for r in Rating}
    dated = writer.styled(number_format=DATE_FORMAT, centre=True)
    for section in view.sections:
        for q in section.questions:
            rating = ratings[q.rating]
            rating.value = q.rating.label
            dated.value = q.answered_on
            values: list[object] = [
                texts[0](f"{section.key}. {section.title}"),
                texts[1](q.key),
                texts[2](q.text),
                rating,
                texts[4](q.commentary),
                texts[5]("\n".join(e.line() for e in q.evidence)),
                texts[6](q.suggestion.rating.label if q.suggestion else None),
                texts[7]("\n".join(q.suggestion.reasons) if q.suggestion else None),
                texts[8](q.last_year.label if q.last_year else None),
                texts[9](q.assessor),
                dated if q.answered_on else None,
                record_id(q.answer_uuid),
            ]
            writer.append_cells(values)
    rows = writer.finish()
    _strict_ratings(writer)
    lines = summary.opening_lines(plan, view.assessed_on, exported_at, _contents(view))
    lines += _summary_lines(view)
    summary.write_summary(summary_writer, lines)
    return rows


def _strict_ratings(writer: SheetWriter) -> None:
    """A rating must be one of the five words (the shared writer only warns for lists it does not
    know), and a rating typed later takes its colour too."""
    ws = writer.ws
    for validation in ws.data_validations.dataValidation:
        validation.errorStyle = "stop"
        validation.error = _("Choose a rating from the list: {words}.").format(
            words=", ".join(r.label for r in Rating)
        )
    area = f"D2:D{writer.rows + 1 + 1000}"
    for rating, (background, text) in RATING_COLOURS.items():
        ws.conditional_formatting.add(
            area,
            CellIsRule(
                operator="equal", formula=[f'"{rating.label}"'], fill=fill(background), font=Font(color=text)
            ),
        )


def _contents(view: AssessmentView) -> str:
    return _(
        "The {year} self-assessment against {template}: one question a row. Change the Rating (from the "
        "list) and the Commentary, then send the workbook back; evidence is linked in the application."
    ).format(year=view.year, template=view.template_name)


def _summary_lines(view: AssessmentView) -> list[summary.Line]:
    total = view.summary
    lines = [
        summary.Line(_("Assessment date"), view.assessed_on),
        summary.Line(_("Framework"), view.template_name),
    ]
    if view.assessor:
        lines.append(summary.Line(_("Lead assessor"), view.assessor))
    if view.previous is not None:
        lines.append(
            summary.Line(_("Compared with"), _("the {year} assessment").format(year=view.previous.year))
        )
    lines.append(summary.heading(_("Ratings by section")))
    for section in view.sections:
        lines.append(
            summary.Line(
                f"{section.key}. {section.title}", _section_words(section.summary, section.last_year)
            )
        )
    lines.append(summary.Line(_("All sections"), _section_words(total, view.last_year_summary)))
    lines.append(summary.heading(_("The rating scale")))
    for rating in Rating:
        lines.append(summary.Line(rating.label, rating.meaning, RATING_COLOURS.get(rating)))
    lines += [
        summary.heading(_("Sending this workbook back")),
        summary.Line(
            _("What is read back"),
            _("The Rating, the Commentary and the Assessor of each row; the other columns are for reading."),
        ),
        summary.Line(
            _("Record ID"),
            _("Leave the Record ID column as it is: it ties each row to the same question when imported."),
        ),
    ]
    if any(s.aggregate_only for s in view.sections):
        lines.append(
            summary.Line(
                _("Channel panel"),
                _("Aggregate information only: never write anything about a person referred to Channel."),
            )
        )
    return lines


def _section_words(s, last) -> str:
    counts = ", ".join(f"{s.counts.get(r, 0)} {r.label.lower()}" for r in Rating if s.counts.get(r, 0))
    text = _("{assessed} of {total} assessed ({counts})").format(
        assessed=s.assessed, total=s.questions, counts=counts
    )
    if s.score is not None:
        text += "; " + _("mean score {score:.1f} of 4").format(score=s.score)
    if last is not None and last.score is not None:
        text += "; " + _("last year {score:.1f}").format(score=last.score)
    return text


def _record(
    uow: UnitOfWork,
    view: AssessmentView,
    path: Path,
    rows: int,
    exported_at: datetime,
    export_id: str,
) -> int | None:
    """One change-log batch saying what was exported where (undo refuses it: it is not a table change)."""
    with uow:
        uow.log_extra(
            "export",
            ChangeOp.CREATE,
            {
                "file": path.name,
                "folder": str(path.parent),
                "kind": EXPORT_KIND,
                "plan": view.plan_name,
                "plan_uuid": view.plan_uuid,
                "assessment_uuid": view.uuid,
                "as_of": view.assessed_on.isoformat(),
                "exported_at": exported_at.isoformat(),
                "sheets": {SHEET: rows},
            },
            uuid=export_id,
        )
        uow.commit(_("Exported the {year} self-assessment to {name}").format(year=view.year, name=path.name))
        return uow.batch_id


__all__ = ["COLUMNS", "SHEET", "AssessmentExport", "export_assessment_workbook"]
