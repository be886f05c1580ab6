"""Turning a self-assessment gap into an action of the plan: title, theme, due date and description."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from actionplan.assessment.services import GapAction
from actionplan.errors import ValidationError
from ui.dialogs.form import FormDialog, make_date_edit

NEW_THEME = "new:"  # the theme combo's data for a theme the plan does not have yet


class GapActionDialog(FormDialog):
    """The proposed action for a gap, to check and change before it is added to the plan.

    Args:
        key: the question's ID ("G1").
        proposal: what the core proposes (``gap_action_proposal``).
        themes: the plan's themes as (id, name).
    """

    def __init__(
        self, key: str, proposal: GapAction, themes: list[tuple[int, str]], parent: QWidget | None = None
    ):
        title = QCoreApplication.translate("GapActionDialog", "Create an action for {key}").format(key=key)
        super().__init__(title, None, parent)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText(self.tr("&Create the action"))
        note = QLabel(
            self.tr(
                "The action goes into the plan and is linked back to {key} as its evidence. One undo "
                "takes both away."
            ).format(key=key)
        )
        note.setWordWrap(True)
        self.layout_.insertWidget(0, note)
        self.title = QLineEdit(proposal.title)
        self.add_field("title", self.tr("&Title"), self.title)
        self.theme = QComboBox()
        for theme_id, name in themes:
            self.theme.addItem(name, theme_id)
        if proposal.theme_id is not None:
            self.theme.setCurrentIndex(max(0, self.theme.findData(proposal.theme_id)))
        elif proposal.new_theme:
            self.theme.addItem(
                self.tr("New theme: {name}").format(name=proposal.new_theme), NEW_THEME + proposal.new_theme
            )
            self.theme.setCurrentIndex(self.theme.count() - 1)
        self.add_field("theme_id", self.tr("T&heme"), self.theme, aliases=("new_theme",))
        self.due = make_date_edit(proposal.due_date, allow_empty=True, name=self.tr("Due date"))
        self.add_field("due_date", self.tr("&Due"), self.due)
        self.description = QPlainTextEdit(proposal.description)
        self.description.setTabChangesFocus(True)
        self.add_field("description", self.tr("D&escription"), self.description)
        self.resize(640, 420)

    def values(self) -> dict[str, Any]:
        title = self.title.text().strip()
        if not title:
            raise ValidationError(self.tr("The action needs a title."), "title")
        data = self.theme.currentData()
        theme_id, new_theme = (None, data[len(NEW_THEME) :]) if isinstance(data, str) else (data, "")
        return {
            "title": title,
            "theme_id": theme_id,
            "new_theme": new_theme,
            "due_date": self.due.value(),
            "description": self.description.toPlainText().strip(),
        }
