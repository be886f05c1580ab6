"""The "Protect with a password" box of the export dialogs: a generated passphrase, and how to send it.

The workbook is encrypted the way Excel does it, so the partner opens it in Excel or
LibreOffice with the password. A passphrase of common words is offered (easy to read out on
the phone), shown in clear so it can be copied, and the advice is to send it by another
channel than the workbook.
"""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actionplan.protection.workbooks import MIN_PASSWORD, generate_passphrase


class PasswordBox(QGroupBox):
    """A tick box to protect the workbook, the password (a generated one to start with), and the advice."""

    def __init__(self, parent: QWidget | None = None, *, checked: bool = True):
        super().__init__(parent)
        self.setTitle(self.tr("Password"))
        self.protect = QCheckBox(self.tr("Protect with a pass&word"))
        self.protect.setAccessibleName(self.tr("Protect the workbook with a password"))
        self.protect.setChecked(checked)
        self.field = QLineEdit(generate_passphrase())
        self.field.setAccessibleName(self.tr("Workbook password"))
        self.field.setAccessibleDescription(
            self.tr("A passphrase made up for this workbook; you may type your own instead.")
        )
        self.generate_button = QPushButton(self.tr("&New passphrase"))
        self.generate_button.setAccessibleName(self.tr("Make up another passphrase"))
        self.generate_button.setAutoDefault(False)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the password"))
        self.copy_button.setAutoDefault(False)
        self.advice = QLabel(
            self.tr(
                "Excel and LibreOffice ask for this password when the workbook is opened. Send the password "
                "by another channel than the workbook: read it out on the phone or send it by text message, "
                "never in the same email."
            )
        )
        self.advice.setWordWrap(True)
        self.advice.setObjectName("passwordAdvice")
        row = QHBoxLayout()
        row.addWidget(self.protect)
        row.addWidget(self.field, 1)
        row.addWidget(self.generate_button)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        self.protect.toggled.connect(self._toggled)
        self.generate_button.clicked.connect(self.new_passphrase)
        self.copy_button.clicked.connect(self.copy)
        self._toggled(checked)

    def _toggled(self, on: bool) -> None:
        for widget in (self.field, self.generate_button, self.copy_button, self.advice):
            widget.setEnabled(on)

    def new_passphrase(self) -> None:
        self.field.setText(generate_passphrase())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.field.text())

    def password(self) -> str | None:
        """The password to protect the workbook with, or None when it is not to be protected."""
        return self.field.text() if self.protect.isChecked() else None

    def problem(self) -> str:
        if self.protect.isChecked() and len(self.field.text()) < MIN_PASSWORD:
            return self.tr("A workbook password needs at least {n} characters.").format(n=MIN_PASSWORD)
        return ""

    def set_inputs_enabled(self, enabled: bool) -> None:
        self.protect.setEnabled(enabled)
        self._toggled(enabled and self.protect.isChecked())
