"""The "Set RAG by hand" dialog: choose red, amber or green with a reason, or go back to the rule."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from actionplan.domain.enums import Rag
from actionplan.errors import ActionPlanError, ValidationError
from actionplan.services.readmodels import ActionView
from ui.widgets import FieldError, error_message

# (rag or None for the rule, reason) -> raises ValidationError when the core refuses it
Submit = Callable[[Rag | None, str], object]


class RagOverrideDialog(QDialog):
    """Asks for a RAG and a reason; OK stays disabled until a reason is typed for a hand-set RAG."""

    def __init__(self, action: ActionView, submit: Submit, parent: QWidget | None = None):
        super().__init__(parent)
        self.action = action
        self.submit = submit
        self.setWindowTitle(self.tr("Set RAG by hand"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr("<b>{ref} {title}</b><br>The rule says: {rule}").format(
                ref=action.ref, title=action.title, rule=self._rule_text()
            )
        )
        intro.setWordWrap(True)

        self.group = QButtonGroup(self)
        self.use_rule = QRadioButton(self.tr("&Use the rule"))
        self.use_rule.setAccessibleName(self.tr("Use the rule"))
        self.group.addButton(self.use_rule)
        self.choices: dict[Rag, QRadioButton] = {}
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.use_rule)
        for rag, text in (
            (Rag.RED, self.tr("&Red")),
            (Rag.AMBER, self.tr("&Amber")),
            (Rag.GREEN, self.tr("&Green")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(rag.label)
            self.group.addButton(button)
            self.choices[rag] = button
            choice_row.addWidget(button)
        choice_row.addStretch(1)

        reason_label = QLabel(self.tr("Reaso&n (required for a RAG set by hand)"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("For example: agreed at the board on 12/11/2026 pending funding")
        )
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        reason_label.setBuddy(self.reason)
        self.reason_error = FieldError()
        self.error = FieldError()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choice_row)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if action.rag_override is not None and action.rag_override in self.choices:
            self.choices[action.rag_override].setChecked(True)
            self.reason.setPlainText(action.rag_override_reason)
        else:
            self.use_rule.setChecked(True)
        self.group.buttonToggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _rule_text(self) -> str:
        if not self.action.rag_overridden:
            return self.action.rag_explanation
        marker = "The rule says: "  # the core's explanation of an override ends with the rule's own
        text = self.action.rag_explanation
        return text.split(marker, 1)[1] if marker in text else text

    def chosen_rag(self) -> Rag | None:
        for rag, button in self.choices.items():
            if button.isChecked():
                return rag
        return None

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        by_hand = self.chosen_rag() is not None
        self.reason.setEnabled(by_hand)
        self.ok_button.setEnabled(not by_hand or bool(self.reason_text()))
        self.reason_error.clear_error()
        self.error.clear_error()

    def accept(self) -> None:
        rag = self.chosen_rag()
        try:
            self.submit(rag, self.reason_text() if rag else "")
        except ValidationError as exc:
            target = self.reason_error if exc.field == "rag_override_reason" else self.error
            target.show_error(str(exc))
            return
        except ActionPlanError as exc:
            self.error.show_error(error_message(exc))
            return
        super().accept()
