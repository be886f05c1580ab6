"""Walks a widget's accessibility tree through QAccessible, and the dialogs every walk opens.

``DIALOGS`` is shared by the QAccessible test and the AT-SPI driver (``atspi_driver.py``).
"""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton: "button",
    Role.CheckBox: "check box",
    Role.RadioButton: "radio button",
    Role.ComboBox: "combo box",
    Role.EditableText: "entry",
    Role.SpinBox: "spin box",
    Role.PageTab: "tab",
    Role.MenuItem: "menu item",
    Role.Table: "table",
    Role.Tree: "tree",
    Role.List: "list",
    Role.Slider: "slider",
}


def _describe(iface) -> str:
    obj = iface.object()
    parts = [type(obj).__name__ if obj is not None else "?"]
    if obj is not None and obj.objectName():
        parts.append(obj.objectName())
    if isinstance(obj, QWidget):
        chain = []
        widget = obj.parentWidget()
        while widget is not None and len(chain) < 4:
            chain.append(type(widget).__name__)
            widget = widget.parentWidget()
        parts.append("in " + "/".join(chain))
    return " ".join(parts)


def unnamed_interactive(widget: QWidget, *, limit: int = 4000) -> list[str]:
    """Interactive accessible nodes under ``widget`` (visible ones) that have no name."""
    found: list[str] = []
    root = QAccessible.queryAccessibleInterface(widget)
    if root is None:
        return found
    stack = [root]
    seen = 0
    while stack and seen < limit:
        iface = stack.pop()
        seen += 1
        if iface is None or not iface.isValid():
            continue
        state = iface.state()
        if state.invisible or state.offscreen:
            continue
        role = iface.role()
        if role in INTERACTIVE and not iface.text(QAccessible.Text.Name).strip():
            found.append(f"{INTERACTIVE[role]}: {_describe(iface)}")
        if role in (Role.Table, Role.Tree, Role.List):
            continue  # the rows are data; the table itself needs the name
        for index in range(iface.childCount()):
            stack.append(iface.child(index))
    return found


# -- every dialog, opened from the window as a user would (menus and pages) ----------------


def _select_first_rows(view, count: int = 1) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model = view.model()
    view.setCurrentIndex(model.index(0, 0))
    for row in range(count):
        view.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _people_selected(window):
    page = window.show_page("people")
    _select_first_rows(page.view)
    return page


def _matrix_attendance(window):
    page = window.show_page("matrix")
    _select_first_rows(page.view, 2)
    page.record_attendance()


def _actions_rag(window):
    page = window.show_page("actions")
    _select_first_rows(page.table)
    page.set_rag_by_hand()


DIALOGS = {
    "new plan": lambda w: w.new_plan(),
    "rag by hand": _actions_rag,
    "new person": lambda w: w.show_page("people").add_new(),
    "training record": lambda w: _people_selected(w).open_record(None),
    "purge leavers": lambda w: w.show_page("people").privacy.open_purge(),
    "subject access": lambda w: _people_selected(w).privacy.open_subject_access(),
    "new course": lambda w: w.show_page("courses").open_course(None),
    "new requirement": lambda w: w.show_page("courses").open_requirement(None),
    "new organisation": lambda w: w.show_page("organisations").add_new(),
    "attendance": _matrix_attendance,
    "request updates": lambda w: w.show_page("requests").request_updates(),
    "evidence": lambda w: w.show_page("assessment").add_evidence(),
    "export": lambda w: w.exports.export(),
    "meeting pack": lambda w: w.reports.meeting_pack(),
    "passphrase": lambda w: w.protection.protect(),
    "team database": lambda w: w.team.open_dialog(),
    "keyboard shortcuts": lambda w: w.show_shortcuts(),
    "settings": lambda w: w.show_settings(),
}
