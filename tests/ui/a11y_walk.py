"""Walks a widget's accessibility tree through QAccessible and lists the unnamed interactive nodes."""

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
