"""Every string of the code has its Welsh: the catalogues are extracted afresh and compared.

A new ``_()`` in the core or ``tr()`` in the window without a Welsh translation fails here; run
``python scripts/translations.py update``, translate, and see docs/translation.md.
"""

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%\d|%n|%[sd]")


def test_every_core_message_has_welsh():
    fresh = translations.extract_core()
    catalogue = translations.read_po(translations.po_path("cy"))
    missing = []
    for message in fresh:
        if not message.id:
            continue
        found = catalogue.get(message.id)
        strings = (
            () if found is None else (found.string if isinstance(found.string, tuple) else (found.string,))
        )
        if found is None or found.fuzzy or not strings or not all(strings):
            missing.append(message.id)
    assert missing == [], f"{len(missing)} core messages without Welsh; first: {missing[:5]}"


def test_every_window_string_has_welsh(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (translations.ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [translations.qt_tool("lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        cwd=translations.ROOT,
        timeout=300,
    )
    from xml.etree import ElementTree

    committed = {}
    for context, message in translations.ts_messages("cy"):
        node = message.find("translation")
        text = (node.text or "") if node is not None and node.get("type") != "unfinished" else ""
        forms = [n.text or "" for n in node.findall("numerusform")] if node is not None else []
        committed[(context, message.findtext("source"))] = text or (forms[0] if forms and all(forms) else "")
    missing = []
    for context in ElementTree.parse(fresh).getroot().iter("context"):  # noqa: S314 (our own file)
        name = context.findtext("name")
        for message in context.iter("message"):
            if not committed.get((name, message.findtext("source"))):
                missing.append(f"{name}: {message.findtext('source')}")
    assert missing == [], f"{len(missing)} window strings without Welsh; first: {missing[:5]}"


def test_translations_keep_their_placeholders():
    problems = []
    for message in translations.read_po(translations.po_path("cy")):
        if not (message.id and isinstance(message.id, str) and message.string):
            continue
        if sorted(PLACEHOLDER.findall(message.id)) != sorted(PLACEHOLDER.findall(message.string)):
            problems.append(message.id)
    for context, message in translations.ts_messages("cy"):
        source, node = message.findtext("source") or "", message.find("translation")
        forms = [n.text or "" for n in node.findall("numerusform")] if node is not None else []
        text = forms[0] if forms else (node.text or "") if node is not None else ""
        if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source}")
    assert problems == []


def test_the_welsh_window_catalogue_loads_and_translates():
    from ui.translations import TsTranslator

    translator = TsTranslator(translations.ts_path("cy"))
    assert translator.translate("QMenuBar", "&File") == "&Ffeil"  # lupdate's context is "bar"
    assert translator.translate("AttendanceDialog", "%n people selected", None, 3) == "3 o bobl wedi'u dewis"
    assert len(translator.messages) >= 1000
