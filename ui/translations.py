"""The window's Welsh: Qt ``.ts`` catalogues read straight into a QTranslator.

``resources/translations/actionplan_cy.ts`` is made by ``pyside6-lupdate`` (``scripts/translations.py
update``). A ``.qm`` compiled from it by ``pyside6-lrelease`` is used when it is there and up to
date; otherwise the ``.ts`` itself is read, so a fresh clone, an installed package and the frozen
build all work without a compile step and without generated files in git.
"""

from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QObject, QTranslator

from ui.resources import resource_path


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
            if not text:
                numerus = [n.text or "" for n in node.findall("numerusform")]
                text = numerus[0] if numerus and all(numerus) else ""
            if text:
                found[(name, source)] = text
    return found


class TsTranslator(QTranslator):
    """A QTranslator over the messages of a ``.ts`` file (see ``read_ts``)."""

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.messages = read_ts(path)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return not self.messages

    def translate(self, context: str, source: str, disambiguation=None, n: int = -1) -> str:
        return self.messages.get((context, source), "")


def load_catalogues(parent: QObject, language: str) -> list[QTranslator]:
    """The translators for ``language``: the window's own ``.qm`` if current, else its ``.ts``."""
    ts = ts_path(language)
    qm = ts.with_suffix(".qm")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        translator = QTranslator(parent)
        if translator.load(str(qm)):
            return [translator]
    if ts.exists():
        return [TsTranslator(ts, parent)]
    return []
