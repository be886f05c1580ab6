"""File > Connect to a team database…: the server's details, the password, and the keyring.

The dialog builds the database's URL from the server, port, database and user (never with the
password in it), opens it through the task runner and hands it to the window. The password is
kept in the operating system's keyring when there is one and the user asks; on a computer
without one the dialog says so and the password is asked for each time.
"""

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from actionplan.errors import ActionPlanError, DatabasePasswordError, ValidationError
from actionplan.team.connection import DEFAULT_PORT, ServerDetails, default_user, open_server
from actionplan.team.credentials import Keyring
from ui.dialogs.form import plain_label
from ui.widgets import FieldError, error_message

LAST_KEY = "team/last"  # the last team database's URL (no password), to fill the form
ASK_KEY = "team/ask"  # set at start-up when the remembered team database needs its password


class ConnectDialog(QDialog):
    """Server, port, database, user, password, encryption; Connect opens the database in the background.

    Args:
        context: the window's context (its task runner opens the database).
        details: what to fill the form with (the last team database used), if anything.
        keyring: where passwords are kept (tests pass one over a fake backend).
        note: a sentence to show at the top (why the dialog opened by itself).
    """

    connected = Signal(object)  # the open Database

    def __init__(
        self,
        context: Any,
        details: ServerDetails | None = None,
        *,
        keyring: Keyring | None = None,
        backups_dir: Any = None,
        note: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.keyring = keyring or Keyring()
        self.backups_dir = backups_dir
        self.setWindowTitle(self.tr("Connect to a team database"))
        self.setObjectName("teamConnectDialog")
        self.setModal(True)

        self.general_error = FieldError(self)
        intro = QLabel(
            note
            or self.tr(
                "A team database is kept on a PostgreSQL server that several coordinators use at once. "
                "Your IT team gives you these details."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("for example prevent-db.council.example"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox()
        for value, text in (
            ("prefer", self.tr("Encrypt when the server can")),
            ("require", self.tr("Always encrypt")),
            ("verify-full", self.tr("Always encrypt, and check the server's certificate")),
        ):
            self.tls.addItem(text, value)
        self.remember = QCheckBox(self.tr("&Remember the password in this computer's keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setObjectName("keyringNote")

        form = QFormLayout()
        self._errors: dict[str, FieldError] = {}
        self._widgets: dict[str, QWidget] = {}
        for name, label, widget in (
            ("host", self.tr("&Server:"), self.host),
            ("port", self.tr("P&ort:"), self.port),
            ("database", self.tr("&Database:"), self.database),
            ("user", self.tr("&User name:"), self.user),
            ("password", self.tr("Pass&word:"), self.password),
            ("tls", self.tr("&Encryption:"), self.tls),
        ):
            self._add_field(form, name, label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._fill(details)
        self._show_keyring_state()
        self.resize(520, self.sizeHint().height())

    def _add_field(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError(box)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        widget.setAccessibleName(plain_label(label))
        self._errors[name] = error
        self._widgets[name] = widget

    def _fill(self, details: ServerDetails | None) -> None:
        if details is None:
            self.user.setText(default_user())
            self.host.setFocus()
            return
        self.host.setText(details.host)
        self.port.setValue(details.port)
        self.database.setText(details.database)
        self.user.setText(details.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(details.tls)))
        self.password.setFocus()

    def _show_keyring_state(self) -> None:
        state = self.keyring.state()
        self.remember.setEnabled(state.available)
        self.remember.setChecked(state.available)
        if state.available:
            self.keyring_note.setText(
                self.tr("Leave the password empty to use the one kept in the keyring, if there is one.")
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "The password cannot be kept: {reason}. It is not written anywhere else, so you "
                    "will be asked for it each time the team database is opened."
                ).format(reason=state.reason)
            )

    def details(self) -> ServerDetails:
        return ServerDetails(
            host=self.host.text(),
            database=self.database.text(),
            user=self.user.text(),
            port=self.port.value(),
            tls=self.tls.currentData(),
        ).checked()

    def field_error(self, name: str) -> str:
        """The sentence shown under a field ("" when none), for tests and assistive tools."""
        label = self._errors.get(name)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    def show_error(self, field: str | None, message: str) -> None:
        label = self._errors.get(field or "")
        if label is None:
            self.general_error.show_error(message)
            return
        label.show_error(message)
        widget = self._widgets[field or ""]
        widget.setAccessibleDescription(message)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        self.general_error.clear_error()
        for name, label in self._errors.items():
            label.clear_error()
            self._widgets[name].setAccessibleDescription("")

    def accept(self) -> None:
        """Check the form, then open the database in the background (the dialog waits, enabled off)."""
        self.clear_errors()
        try:
            details = self.details()
        except ValidationError as exc:
            self.show_error(exc.field, str(exc))
            return
        url = details.url
        password = self.password.text() or None
        keyring, backups = self.keyring, self.backups_dir
        self.connect_button.setEnabled(False)
        self.connect_button.setText(self.tr("Connecting…"))
        self.context.tasks.run(
            lambda _progress: open_server(url, password=password, keyring=keyring, backups_dir=backups),
            on_done=lambda db: self._opened(db, url, password),
            on_error=self._failed,
        )

    def _opened(self, db: Any, url: str, password: str | None) -> None:
        self._ready()
        if password and self.remember.isChecked():
            state = self.keyring.remember(url, password)
            if not state.available:
                self.context.show_message(
                    self.tr("The password was not kept: {reason}.").format(reason=state.reason)
                )
        self.connected.emit(db)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._ready()
        if isinstance(exc, DatabasePasswordError):
            self.password.clear()
            self.show_error("password", str(exc))
        elif isinstance(exc, ActionPlanError):
            self.show_error(None, str(exc))
        else:
            self.show_error(None, error_message(exc))

    def _ready(self) -> None:
        self.connect_button.setEnabled(True)
        self.connect_button.setText(self.tr("&Connect"))


class TeamActions(QObject):
    """File > Connect to a team database…, and asking for the password the window needs at start-up."""

    def __init__(self, window: Any, keyring: Keyring | None = None):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.keyring = keyring or Keyring()
        self.dialog: ConnectDialog | None = None
        self.action = window.registry.add(
            "file.connect_team",
            self.tr("Connect to a &team database…"),
            lambda: self.open_dialog(),
            icon_name="open",
            tip=self.tr("Open the partnership's shared database on a server"),
        )
        self._add_to_file_menu()
        waiting = window.settings.value(ASK_KEY)
        if isinstance(waiting, str) and waiting:
            window.settings.remove(ASK_KEY)
            QTimer.singleShot(0, lambda: self.ask_password(waiting))

    def _add_to_file_menu(self) -> None:
        """Straight after File > New database…"""
        after = self.window.registry["file.new_database"]
        for menu in (menu_action.menu() for menu_action in self.window.menuBar().actions()):
            if isinstance(menu, QMenu) and after in menu.actions():
                entries = menu.actions()
                position = entries.index(after) + 1
                menu.insertAction(entries[position] if position < len(entries) else None, self.action)
                return

    def open_dialog(self, details: ServerDetails | None = None, note: str = "") -> ConnectDialog:
        if details is None:
            current = self.context.db.url if self.context.db is not None else None
            details = ServerDetails.from_url(current) or ServerDetails.from_url(
                self.window.settings.value(LAST_KEY)
            )
        paths = getattr(self.window, "paths", None)
        self.dialog = ConnectDialog(
            self.context,
            details,
            keyring=self.keyring,
            backups_dir=paths.backups if paths else None,
            note=note,
            parent=self.window,
        )
        self.dialog.connected.connect(self._connected)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def ask_password(self, url: str) -> ConnectDialog:
        """The team database used last needs its password: ask for it (the window has opened another)."""
        details = ServerDetails.from_url(url)
        return self.open_dialog(
            details,
            note=self.tr(
                "Give your password to open the team database {database} on {host} again. Until then the "
                "window shows your own database."
            ).format(database=details.database if details else "", host=details.host if details else ""),
        )

    def _connected(self, db: Any) -> None:
        self.window.settings.setValue(LAST_KEY, db.url)
        self.window.use_database(db)
        self.context.show_message(self.tr("Connected to {name}").format(name=db.display_name))


def install_team_actions(window: Any) -> TeamActions:
    """Add File > Connect to a team database… to the main window."""
    return TeamActions(window)
