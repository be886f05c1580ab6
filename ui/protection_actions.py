"""File > Protect with a passphrase…, Change passphrase…, Remove protection…, and opening protected databases.

``install_protection_actions(window)`` adds the three commands after File > Back up the
database, a "Protected" note in the status bar, and the opener the window uses for File >
Open database… (which asks for the passphrase of a protected one). The re-encryption runs in
the task runner while a progress dialog keeps the window still; the window then carries on
with the database opened again.
"""

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QProgressDialog

from actionplan.errors import ActionPlanError
from actionplan.protection import keyring_store
from actionplan.protection.passphrase import (
    ProtectionChange,
    change_passphrase,
    database_file,
    protect_database,
    remove_protection,
)
from ui.passphrase_dialogs import NewPassphraseDialog
from ui.unlock import DatabaseOpener
from ui.widgets import confirm


class ProtectionActions(QObject):
    """The passphrase commands of the File menu, and the status bar's note of a protected database."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.dialog: NewPassphraseDialog | None = None
        self.progress: QProgressDialog | None = None
        self.done_box: QMessageBox | None = None
        registry = window.registry
        tr = self.tr
        self.protect_action = registry.add(
            "file.protect",
            tr("&Protect with a passphrase…"),
            self.protect,
            tip=tr("Encrypt the database file and its backups with a passphrase"),
        )
        self.change_action = registry.add(
            "file.change_passphrase",
            tr("C&hange passphrase…"),
            self.change,
            tip=tr("Encrypt the database again with a new passphrase"),
        )
        self.remove_action = registry.add(
            "file.remove_protection",
            tr("Remo&ve protection…"),
            self.remove,
            tip=tr("Store the database unencrypted again"),
        )
        self._add_to_file_menu()
        self.opener = DatabaseOpener(self.context, window.use_database, window)
        self.status = QLabel()
        self.status.setObjectName("protectionStatus")
        self.status.setAccessibleName(self.tr("Database protection"))
        window.statusBar().addPermanentWidget(self.status)
        self.context.database_changed.connect(self.update_state)
        self.update_state()

    def _add_to_file_menu(self) -> None:
        """Straight after File > Back up the database."""
        after = self.window.registry["file.backup"]
        for menu in (menu_action.menu() for menu_action in self.window.menuBar().actions()):
            if isinstance(menu, QMenu) and after in menu.actions():
                entries = menu.actions()
                position = entries.index(after) + 1
                before = entries[position] if position < len(entries) else None
                for action in (self.protect_action, self.change_action, self.remove_action):
                    menu.insertAction(before, action)
                return

    def update_state(self) -> None:
        db = self.context.db
        is_file = db is not None and database_file(db.url) is not None
        protected = bool(db is not None and db.protected)
        self.protect_action.setEnabled(is_file and not protected)
        self.change_action.setEnabled(is_file and protected)
        self.remove_action.setEnabled(is_file and protected)
        self.status.setText(self.tr("Protected with a passphrase") if protected else "")
        self.status.setToolTip(
            self.tr(
                "The database file and its backups are encrypted; they cannot be read without the passphrase."
            )
            if protected
            else ""
        )
        self.status.setVisible(protected)

    # -- commands ------------------------------------------------------------------------------------

    def protect(self) -> NewPassphraseDialog | None:
        return self._ask(self.tr("Protect with a passphrase"), protect_database)

    def change(self) -> NewPassphraseDialog | None:
        return self._ask(self.tr("Change passphrase"), change_passphrase)

    def _ask(self, title: str, operation: Any) -> NewPassphraseDialog | None:
        if self.context.db is None:
            return None
        dialog = NewPassphraseDialog(title, parent=self.window)
        dialog.accepted.connect(lambda: self._run(operation, dialog.passphrase(), dialog.wants_remembering()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def remove(self) -> bool:
        if self.context.db is None:
            return False
        if not confirm(
            self.window,
            self.tr("Remove protection"),
            self.tr(
                "The database file and its backups will be stored unencrypted again: anyone who can reach "
                "the file can read the names and training records in it. Remove the protection?"
            ),
            self.tr("Remove protection"),
        ):
            return False
        self._run(lambda db: remove_protection(db), None, False)
        return True

    def _run(self, operation: Any, passphrase: str | None, remember: bool) -> None:
        db = self.context.db
        if db is None:
            return
        self.context.tasks.wait()  # nothing may be reading the file while it is re-encrypted
        self.progress = QProgressDialog(
            self.tr("Encrypting the database and its backups…"), "", 0, 0, self.window
        )
        self.progress.setWindowTitle(self.tr("Database protection"))
        self.progress.setCancelButton(None)  # a re-encryption half-way would only be thrown away
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()

        def work(_progress: Any) -> ProtectionChange:
            return operation(db) if passphrase is None else operation(db, passphrase)

        self.context.tasks.run(
            work,
            on_done=lambda change: self._done(change, passphrase, remember),
            on_error=self._failed,
        )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.context.report_error(exc)  # nothing was changed; the database stays open as it was

    def _done(self, change: ProtectionChange, passphrase: str | None, remember: bool) -> None:
        self._close_progress()
        database = change.database
        path = database_file(database.url)
        notes = []
        if path is not None:
            keyring_store.forget_passphrase(path)
            if passphrase is not None and remember:
                try:
                    keyring_store.remember_passphrase(path, passphrase)
                except ActionPlanError as exc:
                    notes.append(str(exc))
        self.window.use_database(database)
        if database.protected:
            text = change.line(self.tr("The database is now protected with a passphrase."))
        else:
            text = change.line(self.tr("The database is no longer protected with a passphrase."))
        self.context.show_message(text)
        self.done_box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Database protection"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        if notes:
            self.done_box.setInformativeText(" ".join(notes))
        self.done_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.done_box.open()


def install_protection_actions(window: Any) -> ProtectionActions:
    """Add the passphrase commands to the File menu, and the protected-database opener."""
    return ProtectionActions(window)
