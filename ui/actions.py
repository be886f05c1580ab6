"""The window's action registry: every menu and toolbar command once, with its shortcut, icon and tip."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QSizePolicy, QToolBar, QToolButton, QWidget

from ui.pages import PAGES, page_title
from ui.resources import icon

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class ActionRegistry(QObject):
    """Creates and holds the window's QActions by id ("file.open", "edit.undo", …).

    Menus, toolbar and the keyboard-shortcuts list all read from here, so a command has one
    text, one shortcut and one icon wherever it appears. Icons are redrawn when the palette
    changes (light to dark) through ``refresh_icons``.
    """

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        self._icons: dict[str, str] = {}
        self._labels: dict[str, str] = {}  # the command's name, even when its text changes (Undo …)

    def add(
        self,
        action_id: str,
        text: str,
        slot: Callable[..., object] | None = None,
        *,
        icon_name: str | None = None,
        shortcuts: Sequence[Shortcut] = (),
        tip: str = "",
        checkable: bool = False,
        action: QAction | None = None,
    ) -> QAction:
        """Register a new action (or adopt ``action``, such as the undo stack's own)."""
        if action_id in self._actions:
            raise ValueError(f"action {action_id!r} is registered twice")
        if action is None:
            action = QAction(text, self.parent())
        elif text:
            action.setText(text)
        action.setObjectName(action_id)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys.extend(QKeySequence.keyBindings(shortcut))
            else:
                keys.append(QKeySequence(shortcut))
        unique: list[QKeySequence] = []
        for key in keys:
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        if unique:
            action.setShortcuts(unique)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
        shown_tip = (tip or action.text().replace("&", "").rstrip("…")).strip()
        if unique:
            shown_tip += f" ({unique[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(shown_tip)
        if checkable:
            action.setCheckable(True)
        if slot is not None:
            action.triggered.connect(slot)
        if icon_name:
            self._icons[action_id] = icon_name
            action.setIcon(icon(icon_name))
        self._actions[action_id] = action
        self._labels[action_id] = (text or action.text()).replace("&", "").rstrip("…")
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def items(self) -> list[tuple[str, QAction]]:
        return list(self._actions.items())

    def refresh_icons(self) -> None:
        """Redraw every icon in the current palette's text colour."""
        for action_id, name in self._icons.items():
            self._actions[action_id].setIcon(icon(name))

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(command, keys) for every action with a shortcut, for the Help window."""
        rows = []
        for action_id, action in self._actions.items():
            keys = action.shortcuts()
            if keys:
                rows.append(
                    (
                        self._labels[action_id],
                        ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys),
                    )
                )
        return rows


PAGE_ICONS = {page_id: page_id for page_id, _spec in PAGES}  # each page has an icon of its own name

# Menus and toolbar as lists of action ids; None is a separator.
MENUS: list[tuple[str, list[str | None]]] = [
    (
        "file",
        [
            "file.new_plan",
            "file.open",
            "file.new_database",
            None,
            "file.import",
            None,
            "file.backup",
            None,
            "file.quit",
        ],
    ),
    (
        "edit",
        ["edit.undo", "edit.redo", None, "edit.new", "edit.delete", None, "edit.find", None, "edit.settings"],
    ),
    ("view", [*(f"view.{page_id}" for page_id, _spec in PAGES), None, "view.refresh"]),
    ("plan", ["file.new_plan", "plan.switch", None, "plan.welcome"]),
    ("help", ["help.shortcuts", "help.about"]),
]
TOOLBAR: list[str | None] = [
    "edit.new",
    "edit.delete",
    None,
    "edit.undo",
    "edit.redo",
    None,
    "view.refresh",
    "edit.find",
]
ICON_ONLY = ("edit.undo", "edit.redo", "edit.find", "view.refresh")


def register_window_actions(r: ActionRegistry, window: Any) -> None:
    """Every command of the main window, bound to the window's methods."""
    tr, undo = window.tr, window.context.undo_stack
    std = QKeySequence.StandardKey
    r.add("file.new_plan", tr("&New plan…"), window.new_plan, icon_name="plan", tip=tr("Start a new plan"))
    r.add(
        "file.open",
        tr("&Open database…"),
        window.choose_database,
        icon_name="open",
        shortcuts=[std.Open],
        tip=tr("Open another database file"),
    )
    r.add(
        "file.new_database",
        tr("New &database…"),
        window.choose_new_database,
        tip=tr("Create an empty database file"),
    )
    r.add("file.import", tr("&Import from a spreadsheet…"), window.import_requested, icon_name="import")
    r.add(
        "file.backup",
        tr("&Back up the database"),
        window.backup,
        icon_name="backup",
        tip=tr("Copy the database to the backups folder"),
    )
    r.add("file.quit", tr("&Quit"), window.close, shortcuts=[std.Quit, "Ctrl+Q"])
    r.add(
        "edit.undo",
        tr("Undo"),
        action=undo.createUndoAction(window, tr("Undo")),
        icon_name="undo",
        shortcuts=["Ctrl+Z"],
    )
    r.add(
        "edit.redo",
        tr("Redo"),
        action=undo.createRedoAction(window, tr("Redo")),
        icon_name="redo",
        shortcuts=["Ctrl+Shift+Z", std.Redo],
    )
    r.add("edit.new", tr("&New"), window.new_item, icon_name="add", shortcuts=["Ctrl+N"])
    r.add(
        "edit.delete",
        tr("&Delete"),
        window.delete_selected,
        icon_name="delete",
        shortcuts=[std.Delete],
        tip=tr("Delete the selected rows"),
    )
    r.add(
        "edit.find",
        tr("&Find…"),
        window.focus_search,
        icon_name="search",
        shortcuts=["Ctrl+F"],
        tip=tr("Search this page"),
    )
    r.add(
        "edit.settings",
        tr("&Settings…"),
        window.show_settings,
        shortcuts=["Ctrl+,"],
        tip=tr("Language and theme"),
    )
    r.add(
        "view.refresh",
        tr("&Refresh"),
        window.refresh_page,
        icon_name="refresh",
        shortcuts=["F5"],
        tip=tr("Read this page again from the database"),
    )
    r.add("plan.switch", tr("&Switch plan"), action=QMenu(tr("&Switch plan"), window).menuAction())
    r.add("plan.welcome", tr("&Welcome page"), window.show_welcome, icon_name="demo")
    r.add("help.shortcuts", tr("&Keyboard shortcuts"), window.show_shortcuts, shortcuts=["F1"])
    r.add("help.about", tr("&About ActionPlan"), window.show_about, icon_name="help")
    for number, (page_id, _spec) in enumerate(PAGES, start=1):
        r.add(
            f"view.{page_id}",
            page_title(page_id),
            lambda _c=False, p=page_id: window.show_page(p),
            icon_name=PAGE_ICONS[page_id],
            shortcuts=[f"Ctrl+{number % 10}"] if number <= 10 else [],  # the tenth page is Ctrl+0
        )
    r["file.import"].setVisible(False)  # until an import wizard calls set_import_available()


def build_menus(bar: QMenuBar, r: ActionRegistry) -> QMenu:
    """The menu bar from ``MENUS``; returns the Plan > Switch plan menu, which the window fills."""
    titles = {
        "file": bar.tr("&File"),
        "edit": bar.tr("&Edit"),
        "view": bar.tr("&View"),
        "plan": bar.tr("&Plan"),
        "help": bar.tr("&Help"),
    }
    for key, names in MENUS:
        menu = bar.addMenu(titles[key])
        for name in names:
            menu.addAction(r[name]) if name else menu.addSeparator()
    switch = r["plan.switch"].menu()
    assert isinstance(switch, QMenu)
    return switch


def build_toolbar(window: QMainWindow, r: ActionRegistry) -> QToolBar:
    """The main toolbar from ``TOOLBAR``, ending in a stretch (the plan switcher goes after it)."""
    toolbar = QToolBar(window.tr("Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for name in TOOLBAR:
        toolbar.addAction(r[name]) if name else toolbar.addSeparator()
    for name in ICON_ONLY:
        button = toolbar.widgetForAction(r[name])
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    window.addToolBar(toolbar)
    return toolbar
