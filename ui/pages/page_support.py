"""What the people, matrix, courses and organisations pages share: loading, filter drop-downs, tables."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from actionplan.errors import ActionPlanError
from ui.context import AppContext
from ui.tasks import Cancelled, Progress

Loader = Callable[[Progress], Any]
DEBOUNCE_ROWS = 5000  # above this many people, filtering waits for a pause in typing
DEBOUNCE_MS = 250


class PageLoader(QObject):
    """Runs ``make_load()``'s function off the GUI thread and hands its result to ``apply``.

    ``make_load`` is called on the GUI thread and returns the function to run (so it can
    capture the plan id and today's date), or None when there is nothing to load (no database
    or no plan): then ``apply(None)`` runs at once. A change while the page is hidden only
    marks it stale; it reloads when next shown. A change during a load queues one more load,
    and the older result is dropped.
    """

    def __init__(
        self,
        page: QWidget,
        context: AppContext,
        make_load: Callable[[], Loader | None],
        apply: Callable[[Any], None],
        status: QLabel | None = None,
    ):
        super().__init__(page)
        self.page = page
        self.context = context
        self.make_load = make_load
        self.apply = apply
        self.status = status
        self.stale = True
        self._running = False
        self._again = False
        context.data_changed.connect(self.request)
        context.plan_changed.connect(self.request)
        context.database_changed.connect(self.request)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.run()
        return False

    def request(self) -> None:
        """Reload now if the page is on screen, else when it is next shown."""
        if self.page.isVisible():
            self.run()
        else:
            self.stale = True

    def run(self) -> None:
        if self._running:
            self._again = True
            return
        self.stale = False
        load = self.make_load() if self.context.db is not None else None
        if load is None:
            self.apply(None)
            return
        self._running = True
        if self.status is not None:
            self.status.setText(self.tr("Loading…"))
        self.context.tasks.run(load, self._done, self._failed)

    def _finish(self) -> bool:
        """Mark the load finished; True when a newer load replaces this one."""
        self._running = False
        if self._again:
            self._again = False
            self.run()
            return True
        return False

    def _done(self, result: Any) -> None:
        if not self._finish():
            self.apply(result)

    def _failed(self, exc: BaseException) -> None:
        if self._finish() or isinstance(exc, Cancelled):
            return
        message = (
            str(exc)
            if isinstance(exc, ActionPlanError)
            else self.tr("The data could not be loaded: %s") % exc
        )
        if self.status is not None:
            self.status.setText(message)
        if not isinstance(exc, ActionPlanError):
            self.context.report_error(exc)  # the window shows it as one sentence


def fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
    """Refill a filter drop-down, keeping the current choice when it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    combo.blockSignals(False)


def read_only_table(
    model: Any, sort_role: int, name: str, parent: QWidget
) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, sortable table over ``model`` (small tables: the proxy sorts)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(sort_role)
    view = QTableView()
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def run_steps(context: AppContext, text: str, steps: list[Callable[[], Any]]) -> list[Any]:
    """Run several undoable service calls as one entry on the undo stack, named ``text``.

    If a step fails, the steps already made are undone and the error is raised.
    """
    if len(steps) == 1:
        return [steps[0]()]
    stack = context.undo_stack
    before = stack.count()
    stack.beginMacro(text)
    results = []
    try:
        for step in steps:
            results.append(step())
    except BaseException:
        stack.endMacro()
        if stack.count() > before:
            macro = stack.command(stack.count() - 1)
            macro.setObsolete(True)  # undoing an obsolete command also drops it from the stack
            stack.undo()
        raise
    stack.endMacro()
    return results


def select_in(combo: QComboBox, value: Any) -> bool:
    """Choose the item whose data (or, for text, whose words) is ``value``; None chooses the first."""
    if value is None:
        combo.setCurrentIndex(0)
        return True
    index = combo.findData(value)
    if index < 0 and isinstance(value, str):
        index = combo.findText(value, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def apply_filter_options(page: QWidget, options: dict[str, Any]) -> dict[str, Any]:
    """Set a people-like page's filters from ``options`` (organisation id or name, role_group,
    key_personnel_only, status, text); returns the options that could not be applied yet."""
    left = {}
    for key, combo_name in (
        ("organisation", "organisation"),
        ("role_group", "role_group"),
        ("status", "status_filter"),
    ):
        combo = getattr(page, combo_name, None)
        if key in options and combo is not None and not select_in(combo, options[key]):
            left[key] = options[key]
    if "key_personnel_only" in options:
        page.key_only.setChecked(bool(options["key_personnel_only"]))
    if "text" in options:
        page.search.setText(options["text"] or "")
    return left


class PeopleFilterBar(QObject):
    """Filters a people-like page's ``PeopleFilterProxy`` by its filter bar.

    The page has ``proxy``, ``search``, ``organisation``, ``role_group`` and ``key_only``, and may
    have ``status_filter``. Typing filters at once, or after a pause in typing when the table has
    more than DEBOUNCE_ROWS rows; the drop-downs and the check box filter when they change.
    """

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.page = page
        self.pending: dict[str, Any] = {}  # choices the drop-downs do not offer yet
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.apply_search)
        page.search.textChanged.connect(self._search_changed)
        for combo in (page.organisation, page.role_group, getattr(page, "status_filter", None)):
            if combo is not None:
                combo.currentIndexChanged.connect(self.apply)
        page.key_only.toggled.connect(self.apply)

    def _search_changed(self) -> None:
        if self.page.proxy.sourceModel().rowCount() > DEBOUNCE_ROWS:
            self.search_timer.start()
        else:
            self.apply_search()

    def apply_search(self) -> None:
        self.page.proxy.set_filter(text=self.page.search.text())

    def apply(self) -> None:
        """Filter by the drop-downs' and the check box's choices."""
        page = self.page
        criteria = {
            "organisation_id": page.organisation.currentData(),
            "role_group": page.role_group.currentData(),
            "key_personnel_only": page.key_only.isChecked(),
        }
        status = getattr(page, "status_filter", None)
        if status is not None:
            criteria["status"] = status.currentData()
        page.proxy.set_filter(**criteria)

    def request(self, options: dict[str, Any]) -> None:
        """Set the filters as another page asks (see ``apply_filter_options``); choices the
        drop-downs do not offer yet wait for ``reapply``."""
        self.pending = apply_filter_options(self.page, options)

    def reapply(self) -> None:
        """Filter again once the drop-downs are filled, with the choices that were waiting for them."""
        if self.pending:
            self.pending = apply_filter_options(self.page, self.pending)
        self.apply()


def selected_rows_of(view: QAbstractItemView) -> list[int]:
    """The view's rows with at least one selected cell, top to bottom."""
    rows: set[int] = set()
    for selected in view.selectionModel().selection():  # ranges: quick even after Ctrl+A
        rows.update(range(selected.top(), selected.bottom() + 1))
    return sorted(rows)
