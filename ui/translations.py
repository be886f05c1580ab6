"""The window's Welsh: Qt ``.ts`` catalogues read straight into a QTranslator.

``resources/translations/actionplan_cy.ts`` is made by ``pyside6-lupdate`` (``scripts/translations.py
update``) and read straight into a QTranslator here, so a fresh clone, an installed package and the
frozen build all work without a compile step and without generated files in git. A ``.qm``
compiled by ``pyside6-lrelease`` (``scripts/translations.py compile``) is used only without the ``.ts``.
"""

from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QObject, QTranslator

from ui.resources import resource_path

# Qt's own words (standard buttons, the line edit's menu): Qt ships no Welsh catalogue of its own.
QT_WORDS: dict[str, str] = {
    "OK": "Iawn",
    "Cancel": "Canslo",
    "Save": "Cadw",
    "Close": "Cau",
    "Yes": "Ie",
    "No": "Na",
    "Apply": "Cymhwyso",
    "Discard": "Gwaredu",
    "Help": "Help",
    "Open": "Agor",
    "Reset": "Ailosod",
    "Restore Defaults": "Adfer y diofyn",
    "Abort": "Rhoi'r gorau iddi",
    "Retry": "Ceisio eto",
    "Ignore": "Anwybyddu",
    "Save All": "Cadw'r cyfan",
    "Yes to All": "Ie i'r cyfan",
    "No to All": "Na i'r cyfan",
    "Don't Save": "Peidio â chadw",
    "Close without Saving": "Cau heb gadw",
    "&Undo": "&Dadwneud",
    "&Redo": "&Ail-wneud",
    "Cu&t": "&Torri",
    "&Copy": "&Copïo",
    "&Paste": "&Gludo",
    "Delete": "Dileu",
    "Select All": "Dewis y cyfan",
    "&Yes": "&Ie",
    "&No": "&Na",
    "&OK": "&Iawn",
    "Show Details...": "Dangos y manylion...",
    "Hide Details...": "Cuddio'r manylion...",
}


def ts_path(language: str) -> Path:
    return resource_path("translations") / f"actionplan_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished message of a ``.ts`` file.

    Messages marked ``unfinished`` or ``vanished``/``obsolete`` and empty ones are left out,
    as ``lrelease`` would leave them out.
    """
    found: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(path).getroot()  # noqa: S314 (our own catalogue)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = node.text or ""
            if not text.strip():
                numerus = [n.text or "" for n in node.findall("numerusform")]
                text = numerus[0] if numerus and all(numerus) else ""
            if text:
                found[(name, source)] = text
    return found


class TsTranslator(QTranslator):
    """A QTranslator over the messages of a ``.ts`` file (see ``read_ts``).

    A message is looked up by its context and text, then by its text alone: ``lupdate`` names a
    context after the variable ``tr`` is called on (``bar.tr(…)`` gives "bar") or the class it
    is written in, while at run time Qt asks with the object's own class ("QMenuBar", or a
    subclass of the dialog that holds the text), so the two can differ for the same words.
    """

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.messages = read_ts(path)
        self.by_source: dict[str, str] = {}
        for (_context, source), text in self.messages.items():
            self.by_source.setdefault(source, text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return not self.messages

    def translate(self, context: str, source: str, disambiguation=None, n: int = -1) -> str | None:
        # None, not "": Qt takes an empty string for a translation and would blank its own words.
        found = self.messages.get((context, source)) or self.by_source.get(source) or QT_WORDS.get(source)
        if found and n >= 0 and "%n" in found:
            found = found.replace("%n", str(n))
        return found or None


def load_catalogues(parent: QObject, language: str) -> list[QTranslator]:
    """The translators for ``language``: its ``.ts`` read directly, else a ``.qm`` made from it.

    The ``.ts`` comes first because its reader also finds a message by its text alone (see
    ``TsTranslator``); a ``.qm`` on its own (a build that ships only that) is used as it is.
    """
    ts = ts_path(language)
    if ts.exists():
        return [TsTranslator(ts, parent)]
    qm = ts.with_suffix(".qm")
    translator = QTranslator(parent)
    if qm.exists() and translator.load(str(qm)):
        return [translator]
    return []
