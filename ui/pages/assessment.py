"""The Assessment page: the Prevent duty self-assessment, section by section, against last year.

Sections down the side (weakest rating, questions assessed, change on last year), the chosen
section's questions (rating, the plan data's suggestion, last year's rating, evidence), and the
chosen question's panel (``assessment_question.QuestionPanel``). Loading, saving, linking and
exporting run through the task runner; every change is one undo step (``run_undoable_task``).
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionplan.assessment import services
from actionplan.assessment.readmodels import AssessmentView, SectionView
from actionplan.domain.dates import format_date
from actionplan.services import actions as action_service
from actionplan.services import meetings as meeting_service
from actionplan.services import plans as plan_service
from actionplan.services import requirements as requirement_service
from ui.context import AppContext
from ui.dialogs.evidence_dialog import EvidenceDialog
from ui.dialogs.gap_action_dialog import GapActionDialog
from ui.models.assessment_questions_model import Q_ID, Q_RATING, Q_TEXT, QuestionsModel
from ui.models.assessment_sections_model import SECTION, SECTION_RATING, SectionsModel
from ui.pages.assessment_question import QuestionPanel
from ui.resources import icon
from ui.undo import run_undoable, run_undoable_task
from ui.widgets import BadgeDelegate, RefreshWhenVisible, file_written_box

CURRENT = "current"  # the year drop-down's data for this year's assessment, saved or not


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    return view


def _widths(view: QTableView, stretch: int, widths: dict[int, int]) -> None:
    """One column takes the room left; the others start at a width that fits their words."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    scale = view.fontMetrics().averageCharWidth() / 7  # the widths are for a 7-pixel character
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, round(width * scale))


class AssessmentPage(QWidget):
    """This year's (or an earlier year's) self-assessment of the plan."""

    page_id = "assessment"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.view: AssessmentView | None = None
        self._generation = 0
        self._wanted: Any = CURRENT  # the assessment to show: CURRENT or an assessment id
        self._keep: tuple[str | None, str | None] = (None, None)  # section and question to reselect
        self._loading = False

        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Assessment year"))
        self.year.currentIndexChanged.connect(self._year_chosen)
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        self.export_button = QPushButton(icon("spreadsheet"), self.tr("Export &workbook…"))
        self.export_button.setAccessibleName(self.tr("Export the assessment as a workbook"))
        self.export_button.setToolTip(self.tr("One question a row, ratings as drop-downs: it imports back"))
        self.export_button.clicked.connect(lambda: self.export("xlsx"))
        self.report_button = QPushButton(icon("export"), self.tr("&Board report…"))
        self.report_button.setAccessibleName(self.tr("Write the board report as a PDF"))
        self.report_button.setToolTip(
            self.tr("An A4 PDF with a chart of ratings by section against last year")
        )
        self.report_button.clicked.connect(lambda: self.export("pdf"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.report_button)
        self.summary = QLabel()
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Overall summary"))

        self.sections_model = SectionsModel(self)
        self.sections = _table(self.sections_model, self.tr("Sections"))
        _widths(self.sections, SECTION, {1: 130, 2: 78, 3: 100})
        self.sections.setItemDelegateForColumn(SECTION_RATING, BadgeDelegate(self.sections))
        self.sections.selectionModel().currentRowChanged.connect(self._section_changed)
        self.questions_model = QuestionsModel(self)
        self.questions = _table(self.questions_model, self.tr("Questions"))
        _widths(self.questions, Q_TEXT, {Q_ID: 38, Q_RATING: 132, 3: 104, 4: 104, 5: 78})
        self.questions.setItemDelegateForColumn(Q_RATING, BadgeDelegate(self.questions))
        self.questions.selectionModel().currentRowChanged.connect(self._question_changed)
        self.panel = QuestionPanel()
        self.panel.save_requested.connect(self._save)
        self.panel.add_evidence_requested.connect(self.add_evidence)
        self.panel.remove_evidence_requested.connect(self._remove_evidence)
        self.panel.create_action_requested.connect(self.create_action)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.questions)
        self.right.addWidget(scroll)
        self.right.setStretchFactor(0, 2)
        self.right.setStretchFactor(1, 3)
        self.right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([530, 770])
        self.right.setSizes([260, 520])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

        self._refresher = RefreshWhenVisible(self, self.refresh)
        context.data_changed.connect(self._refresher.request)
        context.database_changed.connect(self._refresher.request)
        context.plan_changed.connect(self._plan_changed)

    def title(self) -> str:
        return self.tr("Self-assessment")

    # -- loading -------------------------------------------------------------------------------

    def _plan_changed(self) -> None:
        self._wanted = CURRENT
        self._refresher.request()

    def refresh(self) -> None:
        db, plan_id = self.context.db, self.context.plan_id
        self._generation += 1
        generation = self._generation
        if db is None or plan_id is None:
            self._show(None)
            return
        wanted = None if self._wanted == CURRENT else self._wanted
        today = self.context.today

        def load(_progress: Any) -> AssessmentView:
            return services.get_assessment(db.unit_of_work(), plan_id, assessment_id=wanted, on=today)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show(None, str(exc))

        self.context.tasks.run(
            load,
            on_done=lambda view: self._show(view) if generation == self._generation else None,
            on_error=failed,
        )

    def _show(self, view: AssessmentView | None, problem: str = "") -> None:
        self._loading = True
        try:
            self._show_view(view, problem)
        finally:
            self._loading = False

    def _show_view(self, view: AssessmentView | None, problem: str) -> None:
        self.view = view
        self._fill_years(view)
        self.export_button.setEnabled(view is not None)
        self.report_button.setEnabled(view is not None)
        self.summary.setText(self._summary_text(view) if view is not None else problem)
        section_key, question_key = self._keep
        self.sections_model.set_sections(view.sections if view is not None else ())
        self.sections.resizeRowsToContents()
        row = self.sections_model.row_of(section_key) if section_key is not None else None
        if view is not None and view.sections:
            row = row if row not in (None, -1) else 0
            self.sections.selectionModel().setCurrentIndex(
                self.sections_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show_section(view.sections[row], question_key)
        else:
            self.questions_model.set_questions(())
            self.panel.set_question(None)

    def _fill_years(self, view: AssessmentView | None) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        if view is not None:
            this_year = self.context.today.year
            saved = {y.year: y for y in view.years}
            if this_year not in saved:
                self.year.addItem(self.tr("{year} (not started)").format(year=this_year), CURRENT)
            for y in view.years:
                data = CURRENT if y.year == this_year else y.id
                self.year.addItem(f"{y.year} ({format_date(y.assessed_on)})", data)
            wanted = CURRENT if view.id is None or view.year == this_year else view.id
            self.year.setCurrentIndex(max(0, self.year.findData(wanted)))
        self.year.blockSignals(False)

    def _summary_text(self, view: AssessmentView) -> str:
        total, last = view.summary, view.last_year_summary
        parts = [view.template_name]
        if view.saved:
            parts.append(self.tr("as at {date}").format(date=format_date(view.assessed_on)))
        else:
            parts.append(self.tr("not started: rate a question to begin this year's assessment"))
        parts.append(
            self.tr("{assessed} of {total} questions assessed, {gaps} gaps").format(
                assessed=total.assessed, total=total.questions, gaps=total.gaps
            )
        )
        if total.score is not None:
            parts.append(self.tr("mean rating {score:.1f} of 4").format(score=total.score))
        if last is not None and last.score is not None and view.previous is not None:
            parts.append(self.tr("{year}: {score:.1f}").format(year=view.previous.year, score=last.score))
        return " · ".join(parts)

    def _year_chosen(self, index: int) -> None:
        if index < 0 or not self._leave_question():
            return
        self._wanted = self.year.itemData(index)
        self._keep = (None, None)
        self.refresh()

    def _section_changed(self, current, _previous) -> None:
        if current.isValid() and self.view is not None and not self._loading:
            self._leave_question()
            self._show_section(self.sections_model.section_at(current.row()), None)

    def _show_section(self, section: SectionView, question_key: str | None) -> None:
        self.questions_model.set_questions(section.questions)
        self.questions.resizeRowsToContents()
        row = self.questions_model.row_of(question_key) if question_key is not None else None
        row = row if row not in (None, -1) else 0
        self.questions.selectionModel().setCurrentIndex(
            self.questions_model.index(row, Q_ID),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._update_panel(section.questions[row], section.note)
        self._keep = (section.key, section.questions[row].key)

    def _update_panel(self, question, note: str) -> None:
        """Show ``question``, unless it is the one being edited and the edits are not saved yet."""
        shown = self.panel.question
        if shown is not None and shown.key == question.key and self.panel.is_dirty():
            typed = self.panel.values()
            if (typed["rating"], typed["commentary"], typed["assessor"]) != (
                question.rating,
                question.commentary,
                question.assessor,
            ):
                return  # keep what is being typed
        self.panel.set_question(question, note)

    def _question_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        question = self.questions_model.question_at(current.row())
        if self.panel.question is not None and question.key == self.panel.question.key:
            return
        self._leave_question()
        section = self._current_section()
        self.panel.set_question(question, section.note if section else "")
        self._keep = (section.key if section else None, question.key)

    def _current_section(self) -> SectionView | None:
        index = self.sections.selectionModel().currentIndex()
        return self.sections_model.section_at(index.row()) if index.isValid() else None

    def _leave_question(self) -> bool:
        """Save what was typed for the question being left (edits are never lost)."""
        if self.panel.is_dirty():
            self._save(self.panel.values())
        return True

    # -- changes ----------------------------------------------------------------------------------

    def _address(self) -> dict[str, Any]:
        view = self.view
        assert view is not None
        return {"assessment_id": view.id, "template": view.template_key, "on": view.assessed_on}

    def _save(self, values: dict[str, Any]) -> None:
        question, view, plan_id = self.panel.question, self.view, self.context.plan_id
        if question is None or view is None or plan_id is None:
            return
        address = self._address()
        self._keep = (question.section_key, question.key)
        run_undoable_task(
            self.context,
            self.tr("Rate {key}").format(key=question.key),
            lambda uow: services.rate(uow, plan_id, question.key, **values, **address),
        )

    def commit_pending(self) -> bool:
        """Save typed edits before the window closes (at once: the window is about to go)."""
        question, view, plan_id = self.panel.question, self.view, self.context.plan_id
        if not self.panel.is_dirty() or question is None or view is None or plan_id is None:
            return True
        values, address = self.panel.values(), self._address()
        run_undoable(
            self.context,
            self.tr("Rate {key}").format(key=question.key),
            lambda uow: services.rate(uow, plan_id, question.key, **values, **address),
        )
        return True

    def add_evidence(self) -> None:
        question, plan_id, db = self.panel.question, self.context.plan_id, self.context.db
        if question is None or plan_id is None or db is None or self.view is None:
            return
        on = self.view.assessed_on

        def load(_progress: Any) -> dict[str, list[tuple[str, str]]]:
            acts = action_service.list_actions(db.unit_of_work(), plan_id, on)
            reqs = requirement_service.list_requirements(db.unit_of_work(), plan_id)
            meets = meeting_service.list_meetings(db.unit_of_work(), plan_id)
            return {
                "action": [(f"{a.ref} {a.title}".strip(), a.uuid) for a in acts],
                "requirement": [(f"{r.course_code}: {r.title}", r.uuid) for r in reqs],
                "meeting": [(f"{format_date(m.held_on)} {m.title}", m.uuid) for m in meets],
            }

        self.context.tasks.run(load, on_done=lambda choices: self._evidence_dialog(question, choices))

    def _evidence_dialog(self, question, choices: dict[str, list[tuple[str, str]]]) -> EvidenceDialog:
        dialog = EvidenceDialog(f"{question.key}", choices, question.evidence_kinds, self)
        plan_id, address = self.context.plan_id, self._address()

        def chosen() -> None:
            values = dialog.saved
            run_undoable_task(
                self.context,
                self.tr("Link evidence to {key}").format(key=question.key),
                lambda uow: services.add_evidence(uow, plan_id, question.key, **values, **address),
            )

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def _remove_evidence(self, evidence_id: int) -> None:
        question = self.panel.question
        run_undoable_task(
            self.context,
            self.tr("Remove evidence from {key}").format(key=question.key if question else ""),
            lambda uow: services.remove_evidence(uow, evidence_id),
        )

    def create_action(self) -> None:
        question, view, plan_id, db = self.panel.question, self.view, self.context.plan_id, self.context.db
        if question is None or view is None or plan_id is None or db is None or not question.is_gap:
            return

        def load(_progress: Any):
            themes = [(t.id, t.name) for t in plan_service.list_themes(db.unit_of_work(), plan_id)]
            plan = plan_service.get_plan(db.unit_of_work(), plan_id)
            return themes, services.gap_action_proposal(view, question.key, themes, plan)

        self.context.tasks.run(load, on_done=lambda loaded: self._action_dialog(question.key, *loaded))

    def _action_dialog(self, key: str, themes, proposal) -> GapActionDialog:
        dialog = GapActionDialog(key, proposal, themes, self)
        plan_id, address = self.context.plan_id, self._address()

        def chosen() -> None:
            values = dialog.saved
            run_undoable_task(
                self.context,
                self.tr("Create an action for {key}").format(key=key),
                lambda uow: services.create_gap_action(uow, plan_id, key, **values, **address),
                on_done=lambda action: self.context.show_message(
                    self.tr("Added the action {ref} to the plan, linked to {key}.").format(
                        ref=action.ref, key=key
                    )
                ),
            )

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    # -- export -----------------------------------------------------------------------------------

    def export(self, kind: str, path: str | Path | None = None) -> None:
        """Write the workbook ("xlsx") or the board report ("pdf"); asks where unless ``path`` is given."""
        view, db, plan_id = self.view, self.context.db, self.context.plan_id
        if view is None or db is None or plan_id is None:
            return
        if path is None:
            settings = QSettings()
            folder = settings.value("assessment/folder", str(Path.home()))
            name = self.tr("Self-assessment {year}").format(year=view.year) + f".{kind}"
            caption = self.tr("Export the self-assessment") if kind == "xlsx" else self.tr("Board report")
            filters = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
            chosen, _filter = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / name), filters)
            if not chosen:
                return
            path = chosen if chosen.lower().endswith(f".{kind}") else f"{chosen}.{kind}"
            settings.setValue("assessment/folder", str(Path(path).parent))
        target = Path(path)
        address = {"assessment_id": view.id, "template": view.template_key, "on": view.assessed_on}

        def work(_progress: Any) -> Path:
            if kind == "pdf":
                from actionplan.assessment.report import write_assessment_report

                write_assessment_report(db, plan_id, target, **address)
            else:
                from actionplan.assessment.workbook import export_assessment_workbook

                export_assessment_workbook(db.unit_of_work(), plan_id, target, **address)
            return target

        def done(written: Path) -> None:
            if kind == "xlsx":
                self.context.notify_changed()  # a draft is saved when exported
            file_written_box(
                self, self.tr("Self-assessment"), self.tr("Written to {path}.").format(path=written), written
            )

        self.context.tasks.run(work, on_done=done, on_error=self.context.report_error)
