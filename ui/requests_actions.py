"""File > Request updates…: shows the Requests page and opens its dialog (each partner's pack and draft)."""

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu


class RequestActions(QObject):
    """The window's File > Request updates… command, kept beside File > Export to a spreadsheet…"""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.action = window.registry.add(
            "file.request_updates",
            self.tr("&Request updates…"),
            lambda: self.request_updates(),
            icon_name="requests",
            shortcuts=["Ctrl+Shift+R"],
            tip=self.tr("Write each partner its pack and an email draft asking for its update"),
        )
        self._add_to_file_menu()
        for signal in (self.context.plan_changed, self.context.database_changed):
            signal.connect(self._update_enabled)
        self._update_enabled()

    def _add_to_file_menu(self) -> None:
        """Straight after File > Export to a spreadsheet… (or Import, when there is no export)."""
        registry = self.window.registry
        after = registry["file.export"] if "file.export" in registry else registry["file.import"]
        for menu in (menu_action.menu() for menu_action in self.window.menuBar().actions()):
            if isinstance(menu, QMenu) and after in menu.actions():
                entries = menu.actions()
                position = entries.index(after) + 1
                if position < len(entries):
                    menu.insertAction(entries[position], self.action)
                else:
                    menu.addAction(self.action)
                return

    def _update_enabled(self) -> None:
        self.action.setEnabled(self.context.db is not None and self.context.plan_id is not None)

    def request_updates(self) -> None:
        page = self.window.show_page("requests")
        page.request_updates()


def install_request_actions(window: Any) -> RequestActions:
    """Add File > Request updates… to the main window."""
    return RequestActions(window)
