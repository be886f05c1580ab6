"""The main window: navigation, the page stack, menus, toolbar and status bar; pages do the real work."""

import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from actionplan import __version__, clock
from actionplan.domain.dates import format_date
from actionplan.errors import StaleEditError
from actionplan.paths import AppPaths
from actionplan.services import Database, plans
from actionplan.services.readmodels import PlanView
from ui import accessibility
from ui.actions import PAGE_ICONS, ActionRegistry, build_menus, build_toolbar, register_window_actions
from ui.context import AppContext
from ui.counts_keeper import CountsKeeper
from ui.dialogs.plan_dialog import PlanDialog
from ui.export_action import install_export_action
from ui.import_wizard import dropped_spreadsheet
from ui.pages import PAGE_SPECS, PAGES, load_page_class, page_title
from ui.pages.welcome import WelcomePage
from ui.protection_actions import install_protection_actions
from ui.reports_actions import install_report_actions
from ui.requests_actions import install_request_actions
from ui.resources import app_icon, icon

if TYPE_CHECKING:
    from ui.dialogs.settings_dialog import SettingsDialog

from ui.stale import offer_reload
from ui.team_connect import install_team_actions
from ui.warm_up import WarmUp
from ui.widgets import show_error


def database_key(db: Database) -> str:
    """A settings key for one database (its URL hashed, as URLs hold slashes and colons)."""
    return "plans/" + hashlib.sha1(db.url.encode("utf-8")).hexdigest()[:16]


class Pages(Mapping[str, QWidget]):
    """The window's pages by id, each built on first asking (showing it, or ``window.pages[id]``).

    Iterating gives every page id; ``built()`` gives the pages made so far without making more.
    """

    def __init__(self, window: "MainWindow"):
        self._window = window
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, page_id: str) -> QWidget:
        page = self._built.get(page_id)
        if page is None:
            if page_id not in PAGE_SPECS:
                raise KeyError(page_id)
            page = self._built[page_id] = self._window._build_page(page_id)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter([page_id for page_id, _spec in PAGES])

    def __len__(self) -> int:
        return len(PAGES)

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right; the welcome page while there is no plan.

    Args:
        context: the open database, task runner and undo stack (tests pass a SyncTaskRunner).
        settings: where window state, the last database and each database's last plan are kept.
        paths: the data folder's paths (for backups of databases opened later).
        plan: a plan name or number to open first (``--plan``).
    """

    import_requested = Signal()  # File > Import and the welcome page's import button
    remember_state = True  # the smoke test turns this off: its offscreen geometry is no use later
    file_dropped = Signal(object)  # the Path of a spreadsheet dropped on the window
    plans_loaded = Signal(list)

    def __init__(
        self,
        context: AppContext,
        settings: QSettings,
        *,
        paths: AppPaths | None = None,
        plan: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        accessibility.install()  # names for clear buttons and combo boxes' inner line edits
        self.context = context
        self.settings = settings
        self.paths = paths
        self.plans: list[PlanView] = []
        self._progress_message = ""
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")

        self.pages = Pages(self)  # each page is built when first shown (or first asked for)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        for page_id, _spec in PAGES:
            item = QListWidgetItem(icon(PAGE_ICONS.get(page_id, "dashboard")), page_title(page_id))
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            self.nav.addItem(item)
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 14, 160))
        self.nav.currentRowChanged.connect(self._page_changed)

        self.welcome = WelcomePage(context, self)
        self.welcome.plan_opened.connect(self.open_plan)
        self.welcome.open_database_requested.connect(self.choose_database)
        self.welcome.import_requested.connect(self.import_requested)

        self.body = QWidget()
        body_layout = QHBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.nav)
        body_layout.addWidget(self.stack, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.body)
        self.setCentralWidget(self.central)

        self.registry = ActionRegistry(self)
        register_window_actions(self.registry, self)
        self.switch_menu = build_menus(self.menuBar(), self.registry)
        self.toolbar = build_toolbar(self, self.registry)
        self.reports = install_report_actions(self)  # File > Meeting pack…, File > Export deadlines…
        self.exports = install_export_action(self)  # File > Export to a spreadsheet… (Ctrl+E)
        self.requests = install_request_actions(self)  # File > Request updates… (Ctrl+Shift+R)
        self.protection = install_protection_actions(self)  # File > Protect with a passphrase… and opening
        self.team = install_team_actions(self)  # File > Connect to a team database…
        self.plan_label = QLabel(self.tr("&Plan:"))
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(self.tr("Plan"))
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plan_label.setBuddy(self.plan_combo)
        self.plan_combo.activated.connect(lambda row: self.open_plan(self.plan_combo.itemData(row)))
        self._plan_label_action = self.toolbar.addWidget(self.plan_label)
        self._plan_combo_action = self.toolbar.addWidget(self.plan_combo)
        self._build_status_bar()

        context.error_occurred.connect(self.show_error)
        context.tasks.failed.connect(self.show_error)
        context.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        context.plan_changed.connect(self._update_labels)
        context.database_changed.connect(self._update_labels)
        context.data_changed.connect(self._update_as_of)
        self.counts_keeper = CountsKeeper(context, self)
        self.warm_up = WarmUp(context, self)
        self._shown_day = context.today
        self._day_timer = QTimer(self)  # states change at midnight: reload when the day turns
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()

        self._restore_window()
        self.stack.setCurrentWidget(self.pages[PAGES[0][0]])  # only the start page is built now
        self.reload_plans(select=plan)

    # -- building ------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(False)  # window managers give a resize handle; offscreen Qt warns about it
        self.database_label = QLabel()
        self.database_label.setAccessibleName(self.tr("Database"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_status = QLabel()
        self.plan_status.setAccessibleName(self.tr("Plan"))
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("asOfLabel")
        self.as_of_label.setAccessibleName(self.tr("Figures as at"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of background work"))
        self.progress.setMaximumWidth(180)
        self.progress.setMaximumHeight(16)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop the background work"))
        self.cancel_button.clicked.connect(self.context.tasks.cancel)
        self.cancel_button.hide()
        status.addWidget(self.plan_status)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.as_of_label)
        status.addPermanentWidget(self.database_label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)  # no flicker for quick reads
        self._busy_timer.timeout.connect(self._show_busy)
        self.context.tasks.busy.connect(self._busy_changed)
        self.context.tasks.progress.connect(self._progress_changed)

    # -- pages ---------------------------------------------------------------------------------

    def _build_page(self, page_id: str) -> QWidget:
        """Build ``page_id``'s page (importing its module), put it in the stack and restore its state."""
        page = load_page_class(PAGE_SPECS[page_id])(self.context, self)
        self.stack.addWidget(page)
        navigate = getattr(page, "navigate", None)
        if navigate is not None:
            navigate.connect(self.go_to)
        restore = getattr(page, "restore_state", None)
        if restore is not None:
            restore(self.settings)
        return page

    def current_page(self) -> QWidget | None:
        if self.central.currentWidget() is self.welcome:
            return None
        return self.stack.currentWidget()

    def current_page_id(self) -> str | None:
        page = self.current_page()
        return getattr(page, "page_id", None) if page is not None else None

    def show_page(self, page_id: str) -> QWidget:
        """Make ``page_id`` the current page (leaving the welcome page if it is showing)."""
        self.central.setCurrentWidget(self.body)
        row = [pid for pid, _spec in PAGES].index(page_id)
        self.nav.setCurrentRow(row)
        return self.pages[page_id]

    def go_to(self, page_id: str, options: dict[str, Any] | None = None) -> None:
        """Show a page, filtered by ``options`` when it offers ``apply_filter`` (the dashboard's figures)."""
        page = self.show_page(page_id)
        apply_filter = getattr(page, "apply_filter", None)
        if options and apply_filter is not None:
            apply_filter(**options)

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentWidget(self.pages[PAGES[row][0]])
        self._update_page_actions()
        self._update_labels()

    def _update_page_actions(self) -> None:
        page = self.current_page()
        has_plan = self.context.plan_id is not None
        new_text = page.new_item_text() if page is not None and hasattr(page, "new_item_text") else None
        self.registry["edit.new"].setText(new_text or self.tr("New plan…"))
        self.registry["edit.new"].setEnabled(self.context.db is not None)
        self.registry["edit.delete"].setEnabled(has_plan and hasattr(page, "delete_selected"))
        self.registry["edit.find"].setEnabled(hasattr(page, "search_widget"))
        self.registry["view.refresh"].setEnabled(page is not None)

    def new_item(self) -> None:
        """Ctrl+N: the page's own "new" (a new action on the action plan), else a new plan."""
        page = self.current_page()
        add_new = getattr(page, "add_new", None)
        if add_new is not None and self.context.plan_id is not None:
            add_new()
        else:
            self.new_plan()

    def delete_selected(self) -> None:
        page = self.current_page()
        delete = getattr(page, "delete_selected", None)
        if page is None or delete is None:
            return
        focus = QApplication.focusWidget()
        # Delete in a drop-down, tick box or number field of a form must not delete the row.
        if isinstance(focus, QComboBox | QAbstractSpinBox) or (
            isinstance(focus, QAbstractButton) and focus.isCheckable()
        ):
            return
        delete()

    def focus_search(self) -> None:
        page = self.current_page()
        widget = page.search_widget() if page is not None and hasattr(page, "search_widget") else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            widget.selectAll()

    def refresh_page(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()

    # -- database and plans --------------------------------------------------------------------

    def reload_plans(self, select: str | int | None = None) -> None:
        """Read the database's plans; open ``select``, else the last one used, else the welcome page."""
        db = self.context.db
        if db is None:
            self._plans_read([], None)
            return
        self.context.tasks.run(
            lambda _p: plans.list_plans(db.unit_of_work()),
            on_done=lambda rows: self._plans_read(rows, select),
        )

    def _plans_read(self, rows: list[PlanView], select: str | int | None) -> None:
        self.plans = rows
        self.plan_combo.clear()
        self.switch_menu.clear()
        for plan in rows:
            self.plan_combo.addItem(plan.name, plan.id)
            action = self.switch_menu.addAction(plan.name, lambda _c=False, pid=plan.id: self.open_plan(pid))
            action.setCheckable(True)
            action.setChecked(plan.id == self.context.plan_id)
        several = len(rows) > 1
        self._plan_label_action.setVisible(several)
        self._plan_combo_action.setVisible(several)
        self.switch_menu.setEnabled(several)
        self.plans_loaded.emit(rows)
        if not rows:
            self.context.set_plan(None)
            self.show_welcome()
            return
        chosen = self._choose_plan(rows, select)
        if chosen.id != self.context.plan_id:
            self.open_plan(chosen.id)
        else:
            self._select_in_combo(chosen.id)
            if self.central.currentWidget() is self.welcome:
                self._show_body()

    def _choose_plan(self, rows: list[PlanView], select: str | int | None) -> PlanView:
        if select not in (None, ""):
            for plan in rows:
                if str(plan.id) == str(select) or plan.name.casefold() == str(select).casefold():
                    return plan
            self.context.show_message(self.tr("There is no plan called '{name}'.").format(name=select))
        for plan in rows:
            if plan.id == self.context.plan_id:
                return plan
        assert self.context.db is not None
        remembered = self.settings.value(database_key(self.context.db))
        return next((p for p in rows if p.uuid == remembered), rows[-1])

    def open_plan(self, plan_id: int) -> None:
        """Make ``plan_id`` the current plan, remember it for this database, and show its dashboard."""
        known = {p.id for p in self.plans}
        if plan_id not in known:
            self.reload_plans(select=plan_id)
            return
        if plan_id != self.context.plan_id:
            self.context.set_plan(plan_id)
        plan = next(p for p in self.plans if p.id == plan_id)
        if self.context.db is not None:
            self.settings.setValue(database_key(self.context.db), plan.uuid)
        self._select_in_combo(plan_id)
        for action in self.switch_menu.actions():
            action.setChecked(action.text() == plan.name)
        self._show_body()

    def _show_body(self) -> None:
        was_welcome = self.central.currentWidget() is self.welcome
        self.central.setCurrentWidget(self.body)
        if self.nav.currentRow() < 0 or was_welcome:
            self.nav.setCurrentRow(0)
        self._update_page_actions()
        self._update_labels()

    def _select_in_combo(self, plan_id: int) -> None:
        index = self.plan_combo.findData(plan_id)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)

    def show_welcome(self) -> None:
        self.central.setCurrentWidget(self.welcome)
        self._update_page_actions()
        self._update_labels()

    def new_plan(self) -> PlanDialog | None:
        if self.context.db is None:
            return None
        return self.welcome.new_plan()

    def choose_database(self) -> None:
        start = str(self.context.db.path.parent) if self.context.db and self.context.db.path else ""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            start,
            self.tr("Action plan databases (*.db *.sqlite);;All files (*)"),
        )
        if name:
            self.open_database_file(Path(name))

    def choose_new_database(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New database"), "actionplan.db", self.tr("Action plan databases (*.db)")
        )
        if name:
            self.open_database_file(Path(name), create=True)

    def open_database_file(self, path: Path, *, create: bool = False) -> None:
        """Open (and upgrade) the database at ``path`` in the background, then switch to it.

        A protected database's passphrase is asked for first (or taken from the keyring).
        """
        url = f"sqlite:///{path.expanduser().resolve()}"
        backups = self.paths.backups if self.paths else path.parent / "backups"
        self.protection.opener.open(url, backups_dir=backups, create=create)

    def use_database(self, db: Database) -> None:
        """Switch the window to an open database (remembered for next time)."""
        self.context.tasks.wait()
        self.context.set_database(db)
        self.settings.setValue("database/last", db.url)
        self.reload_plans()

    def backup(self) -> None:
        db = self.context.db
        if db is None:
            return
        self.context.tasks.run(
            lambda _p: db.backup(),
            on_done=lambda path: self.context.show_message(self.tr("Backed up to {path}").format(path=path)),
        )

    def set_import_available(self, available: bool = True) -> None:
        """Show File > Import and the welcome page's import button (the import wizard calls this)."""
        self.registry["file.import"].setVisible(available)
        self.welcome.set_import_available(available)
        self.setAcceptDrops(available)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if dropped_spreadsheet(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        path = dropped_spreadsheet(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.file_dropped.emit(path)

    # -- status --------------------------------------------------------------------------------

    def _update_labels(self) -> None:
        db = self.context.db
        # The file's name in the status bar; its whole path (or the server's address) in the tooltip.
        shown = (db.path.name if db.path else db.display_name) if db else ""
        self.database_label.setText(self.tr("Database: {name}").format(name=shown) if db else "")
        self.database_label.setToolTip(db.display_name if db else "")
        plan = next((p for p in self.plans if p.id == self.context.plan_id), None)
        self.plan_status.setText(
            self.tr("Plan: {name}").format(name=plan.name) if plan else self.tr("No plan open")
        )
        page = self.current_page()
        parts = [page.title()] if page is not None else [self.welcome.title()]
        if plan is not None:
            parts.append(plan.name)
        self.setWindowTitle(" — ".join(parts) + " — ActionPlan")
        self._update_as_of()
        self._update_page_actions()

    def _check_day(self) -> None:
        if self.context.today != self._shown_day:
            self._shown_day = self.context.today
            if self.context.db is not None:
                self.context.notify_changed()

    def _update_as_of(self) -> None:
        """Say which day the figures are for; a pinned day (``--as-of``, ``$ACTIONPLAN_TODAY``) is flagged."""
        day = format_date(self.context.today)
        if clock.pinned_day() is None:
            self.as_of_label.setText(self.tr("As at {date}").format(date=day))
            self.as_of_label.setToolTip(self.tr("Ratings and compliance are worked out for today."))
        else:
            self.as_of_label.setText(self.tr("As at {date} (fixed day)").format(date=day))
            self.as_of_label.setToolTip(
                self.tr(
                    "The application is working as at {date}, not today: it was started with --as-of "
                    "or ACTIONPLAN_TODAY. Changes made now are recorded on that day."
                ).format(date=day)
            )

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.progress.hide()
            self.cancel_button.hide()
            self.progress.setRange(0, 0)
            if self._progress_message and self.statusBar().currentMessage() == self._progress_message:
                self.statusBar().clearMessage()
            self._progress_message = ""

    def _show_busy(self) -> None:
        tasks = self.context.tasks
        if tasks.shows_progress:
            self.progress.show()
            self.cancel_button.show()
        elif tasks.is_busy:  # only quiet work so far: look again in a moment
            self._busy_timer.start()

    def _progress_changed(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if message:
            self._progress_message = message
            self.statusBar().showMessage(message, 4000)

    def show_error(self, exc: BaseException) -> QMessageBox:
        if isinstance(exc, StaleEditError):  # someone else saved it first: offer to reload the pages
            return offer_reload(self, exc, self.context.notify_changed)
        return show_error(self, exc)

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>"
            for name, keys in self.registry.shortcut_list()
        )
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("Keyboard shortcuts"),
            f"<table>{rows}</table>",
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_settings(self) -> "SettingsDialog":
        """Edit > Settings: language and theme."""
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ActionPlan"),
            self.tr(
                "<b>ActionPlan {version}</b><br>The Prevent partnership action plan and key personnel "
                "training manager.<br>Data stays in a database on this computer."
            ).format(version=__version__),
        )

    # -- window state --------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for page in self.pages.built().values():  # a page never built has nothing new to keep
            save = getattr(page, "save_state", None)
            if save is not None:
                save(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        for page_id, page in self.pages.built().items():
            commit = getattr(page, "commit_pending", None)
            if commit is not None and not commit():  # an unsaved edit the core refused: show it
                self.show_page(page_id)
                event.ignore()
                return
        if self.remember_state:
            self.save_window_state()
        self.warm_up.timer.stop()  # nothing to read ahead for
        self.context.tasks.cancel()
        self.context.tasks.wait()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ThemeChange):
            self.registry.refresh_icons()
            for row, (page_id, _spec) in enumerate(PAGES):
                self.nav.item(row).setIcon(icon(PAGE_ICONS.get(page_id, "dashboard")))
        super().changeEvent(event)
