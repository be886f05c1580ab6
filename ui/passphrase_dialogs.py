"""Asking for secrets: a protected database's passphrase, a workbook's password, a new passphrase.

Every field hides what is typed; a passphrase can be remembered in the operating system's
keyring (never in a file), and when there is no keyring the box says so and stays off.
"""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from actionplan.protection.keyring_store import keyring_problem
from actionplan.protection.passphrase import MIN_PASSPHRASE
from ui.widgets import FieldError


def secret_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class SecretPrompt(QDialog):
    """Asks for one secret (a database passphrase or a workbook password), optionally to remember it.

    ``show_wrong`` puts the dialog back with a sentence under the field after a wrong secret.
    """

    def __init__(
        self,
        title: str,
        message: str,
        label: str,
        *,
        offer_remember: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.intro = intro = QLabel(message)
        intro.setWordWrap(True)
        self.field = secret_field(label.replace("&", "").rstrip(":"))
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(label, self.field)
        self.remember = QCheckBox(self.tr("&Remember it in this computer's keyring"))
        self.remember.setAccessibleName(self.tr("Remember the passphrase in this computer's keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setObjectName("keyringNote")
        problem = keyring_problem() if offer_remember else None
        self.remember.setVisible(offer_remember)
        self.remember.setEnabled(problem is None)
        self.keyring_note.setText(problem or "")
        self.keyring_note.setVisible(bool(problem))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    def secret(self) -> str:
        return self.field.text()

    def wants_remembering(self) -> bool:
        return not self.remember.isHidden() and self.remember.isEnabled() and self.remember.isChecked()

    def accept(self) -> None:
        if not self.field.text():
            self.error.show_error(self.tr("Type it first, or choose Cancel."))
            return
        super().accept()

    def show_wrong(self, sentence: str) -> None:
        self.error.show_error(sentence)
        self.field.selectAll()
        self.field.setFocus()
        self.adjustSize()


class NewPassphraseDialog(QDialog):
    """A new passphrase for a database, typed twice, with what losing it means."""

    def __init__(self, title: str, *, offer_remember: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        intro = QLabel(
            self.tr(
                "The database file will be encrypted with this passphrase, and so will its backups. "
                "Without the passphrase nobody, not even IT, can read them: keep it somewhere safe. "
                "Use at least {n} characters; a few unrelated words are easy to remember and hard to guess."
            ).format(n=MIN_PASSPHRASE)
        )
        intro.setWordWrap(True)
        self.first = secret_field(self.tr("New passphrase"))
        self.second = secret_field(self.tr("New passphrase again"))
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        self.remember = QCheckBox(self.tr("&Remember it in this computer's keyring"))
        self.remember.setAccessibleName(self.tr("Remember the passphrase in this computer's keyring"))
        problem = keyring_problem() if offer_remember else None
        self.remember.setVisible(offer_remember)
        self.remember.setEnabled(problem is None)
        self.keyring_note = QLabel(problem or "")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(bool(problem))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def wants_remembering(self) -> bool:
        return not self.remember.isHidden() and self.remember.isEnabled() and self.remember.isChecked()

    def problem(self) -> str:
        if len(self.first.text()) < MIN_PASSPHRASE:
            return self.tr("A database passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ: type the same one twice.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.show_error(problem)
            return
        super().accept()
