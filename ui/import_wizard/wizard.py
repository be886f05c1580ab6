"""The import wizard: choose a file, check its mapping, preview the changes, apply them as one undoable step.

Reading, previewing, applying and saving rejects all run through the task runner, so the
window never freezes; the wizard keeps the user's choices (``ImportRequest``) and the latest
preview, and its pages (``pages`` and ``preview_pages``) show them.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget, QWizard

from actionplan.errors import ActionPlanError, PasswordNeededError
from actionplan.exchange.headers import CATALOGUE, COURSE_PREFIX
from actionplan.exchange.importer import (
    ImportCancelled,
    ImportPreview,
    ImportResult,
    SheetPreview,
    apply_import,
    preview_import,
    write_rejects,
)
from actionplan.requests.returns import record_return
from actionplan.services import courses, organisations
from ui.context import AppContext
from ui.import_wizard import dropped_spreadsheet
from ui.import_wizard.models import field_label
from ui.passphrase_dialogs import SecretPrompt
from ui.tasks import Cancelled, Progress
from ui.undo import push_batch
from ui.widgets import error_message

log = logging.getLogger(__name__)

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_APPLY = range(4)
TYPING_DELAY_MS = 450  # a pause in typing (organisation, header row) before previewing again
CHOICE_DELAY_MS = 0  # a drop-down choice previews at once (after the current event)


@dataclass
class ImportRequest:
    """What the user chose: the file, sheet, kind, organisation, header row and mapping corrections."""

    path: Path | None = None
    sheet: str | None = None  # None: read every sheet, to list them
    kind: str | None = None  # None: detect from the headers
    org: str | None = None
    header_row: int | None = None  # None: detect
    overrides: dict[int, str | None] = field(default_factory=dict)
    password: str | None = field(default=None, repr=False)  # of a protected workbook, in memory only


def importer_callbacks(
    progress: Progress, emit: Callable[[int, int, str], None], message: str
) -> tuple[Callable[[int, int], None], Callable[[], bool]]:
    """The importer's ``progress(done, total)`` and ``cancel()`` over a task's Progress.

    The importer stops itself (ImportCancelled) when ``cancel()`` says so, so reporting never
    raises inside it.
    """

    def report(done: int, total: int) -> None:
        if not progress.cancelled:
            progress.changed.emit(done, total, message)  # the status bar
            emit(done, total, message)  # the wizard's own bar

    return report, lambda: progress.cancelled


class _StoppableUnitOfWork:
    """A unit of work that refuses to commit once Stop was pressed, so the whole import rolls back.

    ``apply_import`` takes no cancel callable; it does take a unit-of-work factory, so the
    wizard wraps the database's units of work in this.
    """

    def __init__(self, inner: Any, progress: Progress):
        self._inner = inner
        self._progress = progress

    def __enter__(self) -> "_StoppableUnitOfWork":
        self._inner.__enter__()
        return self

    def __exit__(self, *exc: object) -> Any:
        return self._inner.__exit__(*exc)

    def commit(self, description: str | None = None) -> None:
        if self._progress.cancelled:
            raise ImportCancelled()
        self._inner.commit(description)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _is_cancel(exc: BaseException) -> bool:
    return isinstance(exc, Cancelled | ImportCancelled)


class ImportWizard(QWizard):
    """File > Import: four steps from a partner's spreadsheet to an applied, undoable import.

    Args:
        context: the open database and plan, the task runner and the undo stack.
        path: a file to start with (one dropped on the window).
    """

    state_changed = Signal()  # the request, preview, error or busy state changed
    preview_ready = Signal(object)  # an ImportPreview of the chosen sheet
    preview_failed = Signal(str)  # the sentence saying why
    busy_changed = Signal(bool)
    task_progress = Signal(int, int, str)  # done, total, message (emitted from the worker thread)
    applied = Signal(object)  # the ImportResult
    rejects_saved = Signal(object, int)  # the workbook's path, rows written
    reference_loaded = Signal()  # organisations and courses read

    def __init__(self, context: AppContext, path: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from ui.import_wizard.pages import ChooseFilePage, MappingPage
        from ui.import_wizard.preview_pages import ApplyPage, PreviewPage

        self.context = context
        self.request = ImportRequest()
        self.file_sheets: list[SheetPreview] = []  # every sheet of the file, from the first read
        self.preview: ImportPreview | None = None  # the chosen sheet's latest preview
        self.fresh = False  # the preview matches the request (not waiting for a newer one)
        self.error = ""  # why the current choices cannot go on (a bad file, a mapping that does not fit)
        self.notice = ""  # what happened to the last import or rejects workbook, when it did not work
        self.result: ImportResult | None = None
        self.rejects_path: Path | None = None
        self.password_prompt: SecretPrompt | None = None
        self.organisation_names: list[str] = []
        self.course_names: list[tuple[str, str]] = []  # (code, name)
        self._generation = 0
        self._busy = 0
        self._task: Progress | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_preview)

        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setAccessibleName(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setAcceptDrops(True)
        self.setMinimumSize(820, 560)
        self.resize(1100, 750)

        self.file_page = ChooseFilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.apply_page = ApplyPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.mapping_page, self.preview_page, self.apply_page)
        ):
            self.setPage(page_id, page)
        self.currentIdChanged.connect(lambda _id: self.state_changed.emit())

        self._load_reference()
        if path is not None:
            self.set_file(path)

    # -- state -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy > 0 or self._timer.isActive()

    def ready(self) -> bool:
        """A preview of the chosen sheet that matches every choice, with nothing running and no error."""
        return self.preview is not None and self.fresh and not self.busy and not self.error

    def sheet(self) -> SheetPreview | None:
        """The chosen sheet's latest preview (perhaps still being redone)."""
        if self.preview is None or not self.preview.sheets:
            return None
        return self.preview.sheets[0]

    def kind(self) -> str | None:
        sheet = self.sheet()
        return (sheet.kind if sheet is not None else None) or self.request.kind

    def mapping_choices(self) -> list[tuple[str, str | None]]:
        """A mapping row's drop-down: Ignore, the fields of the sheet's kind, and courses for a matrix."""
        kind = self.kind()
        kinds = [kind] if kind else ["people", "training", "actions"]
        names: dict[str, None] = {}
        for each in kinds:
            names.update(dict.fromkeys(CATALOGUE[each]))
        choices: list[tuple[str, str | None]] = [(field_label(None), None)]
        choices += [(field_label(name), name) for name in names]
        if kind == "matrix":
            known = self.course_names or [(c.course, c.course) for c in self._columns() if c.course]
            for code, name in known:
                label = (
                    self.tr("Course: {code} ({name})").format(code=code, name=name) if name != code else ""
                )
                choices.append((label or field_label(COURSE_PREFIX + code), COURSE_PREFIX + code))
        return choices

    def _columns(self) -> list:
        sheet = self.sheet()
        return list(sheet.columns) if sheet is not None else []

    # -- choices -----------------------------------------------------------------------------------

    def set_file(self, path: str | Path) -> None:
        """Start again with ``path``: read its sheets, then preview the first one that can be imported."""
        if self.currentId() not in (PAGE_FILE, -1):
            self.restart()
        self.request = replace(ImportRequest(), path=Path(path), kind=self.request.kind, org=self.request.org)
        self.file_sheets = []
        self.preview = None
        self.result = None
        self.rejects_path = None
        self.error = ""
        self.notice = ""
        self.schedule_preview()

    def update_request(self, delay_ms: int = CHOICE_DELAY_MS, **changes: Any) -> None:
        """Change the sheet, kind, organisation or header row and preview again.

        A new sheet, kind or header row starts the mapping afresh; a new sheet or kind also
        finds the header row again.
        """
        changed = {k: v for k, v in changes.items() if getattr(self.request, k) != v}
        if not changed:
            return
        for key, value in changed.items():
            setattr(self.request, key, value)
        if {"sheet", "kind", "header_row"} & set(changed):
            self.request.overrides = {}
        if {"sheet", "kind"} & set(changed):
            self.request.header_row = None
        self.schedule_preview(delay_ms)

    def set_override(self, column: int, target: str | None) -> None:
        """Map the file's ``column`` to ``target`` (None: ignore it); a field moves from any other column."""
        if target is not None:
            for info in self._columns():
                if info.column != column and info.target == target:
                    self.request.overrides[info.column] = None
        self.request.overrides[column] = target
        self.schedule_preview(CHOICE_DELAY_MS)

    def schedule_preview(self, delay_ms: int = CHOICE_DELAY_MS) -> None:
        """Preview again after ``delay_ms``, dropping any preview still running for older choices."""
        self._generation += 1
        self.cancel_task()
        self.fresh = False
        self.error = ""
        self._timer.start(delay_ms)
        self.busy_changed.emit(True)
        self.state_changed.emit()

    # -- previewing --------------------------------------------------------------------------------

    def run_preview(self) -> None:
        """Preview the request now, in the task runner."""
        self._timer.stop()
        if self.request.path is None or self.context.db is None:
            self.busy_changed.emit(self.busy)
            self.state_changed.emit()
            return
        self._generation += 1
        generation = self._generation
        request = replace(self.request, overrides=dict(self.request.overrides))
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        message = self.tr("Reading {file}…").format(file=request.path.name)
        emit = self.task_progress.emit

        def work(progress: Progress) -> ImportPreview:
            report, cancel = importer_callbacks(progress, emit, message)
            return preview_import(
                db,
                request.path,
                plan_id=plan_id,
                kind=request.kind,
                sheet=request.sheet,
                org=request.org,
                overrides=request.overrides or None,
                header_row=request.header_row,
                progress=report,
                cancel=cancel,
                today=today,
                password=request.password,
            )

        self._start(work, lambda p: self._preview_done(generation, p), lambda e: self._failed(generation, e))

    def _start(self, work: Callable[[Progress], Any], done: Callable, failed: Callable) -> None:
        self._busy += 1
        self.busy_changed.emit(True)
        self.state_changed.emit()

        def finish(handler: Callable, value: Any) -> None:
            self._busy -= 1
            handler(value)
            if not self.busy:
                self.busy_changed.emit(False)
            self.state_changed.emit()

        self._task = self.context.tasks.run(
            work, on_done=lambda r: finish(done, r), on_error=lambda e: finish(failed, e)
        )

    def _preview_done(self, generation: int, preview: ImportPreview) -> None:
        if generation != self._generation:
            return  # older choices: a newer preview is on its way
        if self.request.sheet is None:
            self.file_sheets = list(preview.sheets)
            importable = [s for s in preview.sheets if s.skipped is None] or preview.sheets
            if not importable:
                self.error = self.tr("“{file}” holds no sheets with data.").format(file=preview.file_name)
                self.preview_failed.emit(self.error)
                return
            self.request.sheet = importable[0].name
            if len(preview.sheets) > 1:
                self.run_preview()  # preview the chosen sheet alone, so only it is applied
                return
        self.preview = preview
        self.fresh = True
        self.error = ""
        self.preview_ready.emit(preview)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.fresh = False
        if _is_cancel(exc):
            self.error = self.tr("Stopped before the file was read: change a choice to read it again.")
        else:
            self.error = error_message(exc)
        if self.request.sheet is None:
            self.file_sheets = []
            self.preview = None
        self.preview_failed.emit(self.error)
        if isinstance(exc, PasswordNeededError):
            self.ask_password(self.error if exc.wrong else "")

    def ask_password(self, wrong: str = "") -> SecretPrompt:
        """Ask for the password of a protected workbook; the file is then read again with it, in memory."""
        name = self.request.path.name if self.request.path else ""
        if self.password_prompt is None:
            prompt = SecretPrompt(
                self.tr("Password-protected workbook"),
                self.tr(
                    "“{file}” is protected with a password. Type the password the sender gave you: the "
                    "workbook is opened in memory, and nothing of it is saved unprotected."
                ).format(file=name),
                self.tr("&Password:"),
                parent=self,
            )
            prompt.accepted.connect(lambda: self._password_given(prompt.secret()))
            prompt.finished.connect(self._forget_prompt)
            self.password_prompt = prompt
        if wrong:
            self.password_prompt.show_wrong(wrong)
        self.password_prompt.open()
        return self.password_prompt

    def _password_given(self, password: str) -> None:
        self.request.password = password
        self.schedule_preview()

    def _forget_prompt(self, _result: int) -> None:
        if self.password_prompt is not None:
            self.password_prompt.deleteLater()
            self.password_prompt = None

    def cancel_task(self) -> None:
        """Stop the running preview or import (Stop button); an import stopped changes nothing."""
        if self._task is not None:
            self._task.cancel()

    # -- applying ----------------------------------------------------------------------------------

    def apply(
        self, *, skip_invalid: bool, resolutions: dict[tuple[str, int, str], str] | None = None
    ) -> None:
        """Write the previewed rows in the task runner; the batch goes on the undo stack.

        ``resolutions``: "ours" or "theirs" for each conflict, by its key (sheet, row, field).
        """
        preview, db = self.preview, self.context.db
        if preview is None or db is None or not self.ready():
            return
        self._generation += 1
        generation = self._generation
        emit = self.task_progress.emit
        message = self.tr("Importing {file}…").format(file=preview.file_name)

        def work(progress: Progress) -> ImportResult:
            progress.report(0, 0, message)
            emit(0, 0, message)

            def unit_of_work(**kwargs: Any) -> _StoppableUnitOfWork:
                return _StoppableUnitOfWork(db.unit_of_work(**kwargs), progress)

            return apply_import(
                unit_of_work,
                preview,
                skip_invalid=skip_invalid,
                resolutions=resolutions,
                after_apply=[record_return],  # a partner's pack coming back answers its request
            )

        self.notice = ""
        self._start(work, self._applied, lambda e: self._apply_failed(generation, e))

    def _applied(self, result: ImportResult) -> None:
        # Even when the wizard was closed meanwhile, a written import goes on the undo stack.
        self.result = result
        if result.applied:
            assert self.preview is not None
            push_batch(
                self.context, self.tr("Import {file}").format(file=self.preview.file_name), result.batch_id
            )
            self.context.show_message(
                " ".join([result.description or self.tr("Nothing was imported."), *result.notes])
            )
            # Going back would offer to apply again: only Close is left.
            self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton])
        self.applied.emit(result)

    def _apply_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.notice = (
            self.tr("The import was stopped; nothing was changed.") if _is_cancel(exc) else error_message(exc)
        )
        # A failed write may have touched the preview's planned rows: read the file again first.
        if self.isVisible():
            self.schedule_preview()
        self.preview_failed.emit(self.notice)

    def save_rejects(self, path: str | Path) -> None:
        """Write the rejected rows, with their reasons, to an .xlsx workbook to send back."""
        preview = self.preview
        if preview is None:
            return
        path = Path(path)

        def saved(written: int) -> None:
            self.rejects_path = path
            self.rejects_saved.emit(path, written)

        def failed(exc: BaseException) -> None:
            self.notice = error_message(exc)
            self.preview_failed.emit(self.notice)

        self.notice = ""
        password = self.request.password  # a protected file's rejects go back protected the same way
        self._start(lambda _p: write_rejects(preview, path, password=password), saved, failed)

    # -- reference lists ---------------------------------------------------------------------------

    def _load_reference(self) -> None:
        if self.context.db is None:
            return
        db = self.context.db

        def work(_progress: Progress) -> tuple[list[str], list[tuple[str, str]]]:
            orgs = [o.name for o in organisations.list_organisations(db.unit_of_work())]
            known = [(c.code, c.name) for c in courses.list_courses(db.unit_of_work())]
            return orgs, known

        def done(result: tuple[list[str], list[tuple[str, str]]]) -> None:
            self.organisation_names, self.course_names = result
            self.reference_loaded.emit()

        def failed(exc: BaseException) -> None:
            # The wizard still works without the lists (organisations are typed instead).
            if not isinstance(exc, ActionPlanError):
                log.error("Reading organisations and courses failed", exc_info=exc)

        self.context.tasks.run(work, on_done=done, on_error=failed)

    # -- Qt overrides ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._droppable(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        path = dropped_spreadsheet(event.mimeData())
        if path is None or not self._droppable(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_file(path)

    def _droppable(self, mime: QMimeData) -> bool:
        applied = self.result is not None and self.result.applied
        return dropped_spreadsheet(mime) is not None and not applied and self._busy == 0

    def done(self, result: int) -> None:
        """Closing (Cancel, Esc or Close) stops a preview still running; an import already applied stays."""
        self._timer.stop()
        if self.result is None or not self.result.applied:
            self._generation += 1
            self.cancel_task()
        super().done(result)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Escape while the import is being written would only hide the wizard: let the write finish.
        if event.key() == Qt.Key.Key_Escape and self._busy and self.currentId() == PAGE_APPLY:
            event.accept()
            return
        super().keyPressEvent(event)
