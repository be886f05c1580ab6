"""Linking evidence to a self-assessment question: an action, requirement or meeting, or a document."""

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from actionplan.assessment.readmodels import evidence_kind_label
from actionplan.errors import ValidationError
from ui.dialogs.form import FormDialog, make_date_edit

KINDS = ("action", "requirement", "meeting", "document")
# The template's evidence kinds (plural) as the kinds a link has.
_FROM_TEMPLATE = {
    "actions": "action",
    "requirements": "requirement",
    "meetings": "meeting",
    "documents": "document",
}


class EvidenceDialog(FormDialog):
    """Choose what to link: one of the plan's actions, requirements or meetings, or a document
    (its name, path or web link, and next review date).

    Args:
        question: "F2: Is each person's completion recorded…", for the title.
        choices: kind -> [(label, uuid)] of the plan's actions, requirements and meetings.
        suggested_kinds: the question's evidence kinds from its template, offered first.
    """

    def __init__(
        self,
        question: str,
        choices: dict[str, list[tuple[str, str]]],
        suggested_kinds: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(_title(question), None, parent)
        self.choices = choices
        self.kind = QComboBox()
        preferred = [_FROM_TEMPLATE[k] for k in suggested_kinds if k in _FROM_TEMPLATE]
        for kind in dict.fromkeys([*preferred, *KINDS]):
            self.kind.addItem(evidence_kind_label(kind), kind)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.item = QComboBox()
        self.item.setMinimumContentsLength(40)
        self.add_field("target", self.tr("&Which"), self.item)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("For example: Terms of reference 2026"))
        self.add_field("label", self.tr("&Name"), self.label)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("A file's path or a web link"))
        self.location.setAccessibleName(self.tr("Path or link"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Browse for the document"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.location, 1)
        line.addWidget(browse)
        self.add_field("location", self.tr("&Path or link"), row)
        self.review = make_date_edit(None, allow_empty=True, name=self.tr("Next review date"))
        self.add_field("review_on", self.tr("Next &review"), self.review)
        self._document_widgets = [self.label, row, self.review]
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(620, self.sizeHint().height())

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        is_document = kind == "document"
        self.item.clear()
        for label, uuid in self.choices.get(kind, []):
            self.item.addItem(label, uuid)
        if not is_document and not self.item.count():
            self.item.addItem(self.tr("(The plan has none yet)"), None)
        self.item.setEnabled(not is_document)
        for widget in self._document_widgets:
            widget.setEnabled(is_document)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the document"))
        if path:
            self.location.setText(path)
            if not self.label.text().strip():
                self.label.setText(Path(path).stem)

    def values(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        if kind == "document":
            location, label = self.location.text().strip(), self.label.text().strip()
            if not location and not label:
                raise ValidationError(
                    self.tr("Give the document's path or web link, or at least its name."), "location"
                )
            review: date | None = self.review.value()
            return {"kind": kind, "location": location, "label": label, "review_on": review}
        target = self.item.currentData()
        if not target:
            raise ValidationError(self.tr("Choose what to link."), "target")
        return {"kind": kind, "target_uuid": target}


def _title(question: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("EvidenceDialog", "Link evidence to {question}").format(
        question=question
    )
