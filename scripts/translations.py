"""The Welsh catalogues: extract, merge, compile, check and list what a native speaker should review.

    python scripts/translations.py update    # extract from the code and merge into the catalogues
    python scripts/translations.py compile   # .po -> .mo (Babel) and .ts -> .qm (pyside6-lrelease)
    python scripts/translations.py check     # fail if any string lacks Welsh
    python scripts/translations.py review    # list the strings marked for a native speaker's review

Two catalogues, one per side of the project (docs/translation.md):

- the core's gettext catalogue ``actionplan/locale/cy/LC_MESSAGES/actionplan.po``: every ``_()``,
  ``ngettext()`` and ``N_()`` under ``actionplan/``, extracted with Babel;
- the window's Qt catalogue ``resources/translations/actionplan_cy.ts``: every ``tr()`` and
  ``translate()`` under ``ui/``, extracted with ``pyside6-lupdate``.

A translation marked for review carries the translator comment ``review`` (``# review`` in the
``.po``, ``<translatorcomment>review</translatorcomment>`` in the ``.ts``): it is used, but a
native speaker should confirm it. Compiled files are not kept in git; the application reads the
``.po`` and ``.ts`` themselves when no up-to-date compiled file is there.
"""

import argparse
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["cy"]
REVIEW = "review"


def po_path(language: str) -> Path:
    return ROOT / "actionplan" / "locale" / language / "LC_MESSAGES" / "actionplan.po"


def ts_path(language: str) -> Path:
    return ROOT / "resources" / "translations" / f"actionplan_{language}.ts"


# -- the core: gettext with Babel ----------------------------------------------------------------


def extract_core():
    """A Babel catalogue of every message under actionplan/."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="ActionPlan", msgid_bugs_address="", charset="utf-8")
    keywords = {"_": None, "N_": None, "ngettext": (1, 2)}
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT / "actionplan"), method_map=method_map, keywords=keywords, comment_tags=("TRANSLATORS:",)
    ):
        catalog.add(
            message,
            None,
            [(f"actionplan/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    return catalog


def read_po(path: Path):
    from babel.messages.pofile import read_po as babel_read_po

    with path.open("rb") as source:
        return babel_read_po(source, locale=path.parent.parent.name)


def write_po(catalog, path: Path) -> None:
    from babel.messages.pofile import write_po as babel_write_po

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as target:
        babel_write_po(target, catalog, width=100, sort_output=False, include_previous=False)


def update_core(language: str) -> None:
    from babel.messages.catalog import Catalog

    template = extract_core()
    path = po_path(language)
    if path.exists():
        catalog = read_po(path)
    else:
        catalog = Catalog(locale=language, project="ActionPlan", charset="utf-8")
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    write_po(catalog, path)
    print(f"{path.relative_to(ROOT)}: {len(catalog)} messages")


def compile_core(language: str) -> None:
    sys.path.insert(0, str(ROOT))
    from actionplan.i18n import compile_po

    po = po_path(language)
    compile_po(po, po.with_suffix(".mo"))
    print(f"{po.with_suffix('.mo').relative_to(ROOT)}")


# -- the window: Qt Linguist ---------------------------------------------------------------------


def qt_tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    if not Path(found).exists():
        raise SystemExit(f"pyside6-{name} is not installed (it comes with PySide6)")
    return found


def update_window(language: str) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    path = ts_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            qt_tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            *sources,
            "-ts",
            str(path.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def compile_window(language: str) -> None:
    path = ts_path(language)
    subprocess.run(
        [qt_tool("lrelease"), "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True
    )
    print(f"{path.with_suffix('.qm').relative_to(ROOT)}")


# -- checking --------------------------------------------------------------------------------------


def untranslated_core(language: str) -> list[str]:
    catalog = read_po(po_path(language))
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def ts_messages(language: str):
    root = ElementTree.parse(ts_path(language)).getroot()  # noqa: S314 (our own file)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def untranslated_window(language: str) -> list[str]:
    missing = []
    for context, message in ts_messages(language):
        node = message.find("translation")
        source = message.findtext("source") or ""
        if node is None or node.get("type") in ("unfinished",):
            missing.append(f"{context}: {source}")
            continue
        forms = [n.text for n in node.findall("numerusform")]
        if not (node.text or "").strip() and not (forms and all(forms)):
            missing.append(f"{context}: {source}")
    return missing


def for_review(language: str) -> list[str]:
    found = []
    for message in read_po(po_path(language)):
        if message.id and REVIEW in " ".join(message.user_comments):
            found.append(f"core: {message.id!r} -> {message.string!r}")
    for context, message in ts_messages(language):
        if REVIEW in (message.findtext("translatorcomment") or ""):
            found.append(f"{context}: {message.findtext('source')!r} -> {message.findtext('translation')!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "check", "review"))
    parser.add_argument("--core-only", action="store_true", help="only the gettext catalogue")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        if args.command == "update":
            update_core(language)
            if not args.core_only:
                update_window(language)
        elif args.command == "compile":
            compile_core(language)
            if not args.core_only:
                compile_window(language)
        elif args.command == "check":
            missing = untranslated_core(language) + untranslated_window(language)
            for text in missing:
                print(f"{language}: no translation: {text}")
            if missing:
                print(f"{language}: {len(missing)} strings without a translation", file=sys.stderr)
                return 1
            print(f"{language}: complete")
        else:
            for line in for_review(language):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
