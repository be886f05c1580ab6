"""Edit > Settings: the language (English or Cymraeg) and the theme, kept in the window's settings."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from actionplan import i18n
from ui import theme

LANGUAGE_KEY = "appearance/language"
THEME_KEY = "appearance/theme"


class SettingsDialog(QDialog):
    """Language and theme; the language applies when ActionPlan next starts, the theme at once."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        saved = i18n.normalise(str(settings.value(LANGUAGE_KEY, ""))) or i18n.current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for name in theme.theme_names():
            self.theme.addItem(theme.theme_label(name), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(str(settings.value(THEME_KEY, theme.SYSTEM)))))
        note = QLabel(self.tr("A new language is used when ActionPlan next starts."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Theme"), self.theme)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        chosen = self.theme.currentData()
        if chosen != self.settings.value(THEME_KEY, theme.SYSTEM):
            self.settings.setValue(THEME_KEY, chosen)
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if chosen != theme.SYSTEM and isinstance(app, QApplication):
                theme.apply_theme(app, chosen)
        super().accept()
