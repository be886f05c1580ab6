"""Translation helper for text the core shows (command line, reports, exports), gettext style.

UK English is the source language; Welsh (``cy``) comes from ``locale/cy/LC_MESSAGES/actionplan.po``,
or the ``.mo`` compiled from it (``scripts/translations.py compile``, the installer build) when that
is up to date; a fresh clone reads the ``.po`` itself. The language is chosen once at start-up
with :func:`set_language`: ``--lang``, else ``$ACTIONPLAN_LANG``, else the window's Language
setting, else the system locale; anything but Welsh means English.
"""

import contextlib
import gettext
import locale
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "actionplan"
LANG_ENV = "ACTIONPLAN_LANG"
LANGUAGES = {"en": "English", "cy": "Cymraeg"}  # each in its own language, as a chooser shows them
DEFAULT = "en"

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = DEFAULT
_local = threading.local()  # a language used by one thread for a moment (``using``)
_loaded: dict[str, gettext.NullTranslations] = {}


def _active() -> gettext.NullTranslations:
    return getattr(_local, "translation", None) or _translation


def _(message: str) -> str:
    """Translate ``message`` into the user's language (UK English is the source language)."""
    return _active().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message that depends on a count."""
    return _active().ngettext(singular, plural, n)


@contextlib.contextmanager
def using(language: str) -> Iterator[None]:
    """Translate into ``language`` in this thread only, for the ``with`` block (other threads keep theirs)."""
    previous = getattr(_local, "translation", None)
    _local.translation = _catalogue(language)
    try:
        yield
    finally:
        _local.translation = previous


def in_every_language(words: Callable[[], str]) -> set[str]:
    """What ``words()`` gives in English and in Welsh: a workbook in either language reads back."""
    found = set()
    for language in LANGUAGES:
        with using(language):
            found.add(words())
    return found


def N_(message: str) -> str:  # noqa: N802 (gettext's name for "mark for extraction only")
    """Mark ``message`` for the catalogue without translating it now (translated where it is shown)."""
    return message


def normalise(code: str | None) -> str | None:
    """ "cy", "cy_GB.UTF-8", "Welsh", "cym" give "cy"; "en…" gives "en"; anything else None."""
    if not code:
        return None
    code = code.strip().lower().replace("-", "_")
    if code.startswith(("cy", "welsh", "cym")):
        return "cy"
    if code.startswith(("en", "english", "c", "posix")):
        return "en"
    return None


def system_language() -> str | None:
    """The system locale's language when it is one we have (Welsh or English), else None."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = normalise(os.environ.get(name, "").split(":")[0])
        if found:
            return found
    try:
        found = normalise(locale.getlocale()[0])
    except ValueError:
        found = None
    return found


def choose_language(option: str | None = None, setting: str | None = None) -> str:
    """The language to use: ``--lang``, $ACTIONPLAN_LANG, the saved setting, the system locale, English."""
    for candidate in (option, os.environ.get(LANG_ENV), setting):
        found = normalise(candidate)
        if found:
            return found
    return system_language() or DEFAULT


def mo_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def compile_po(po: Path, mo: Path) -> None:
    """Compile a ``.po`` catalogue to ``.mo`` (Babel), leaving out fuzzy and empty entries."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalog = read_po(source, locale=po.parent.parent.name)
    tmp = mo.with_suffix(".mo.tmp")
    with tmp.open("wb") as target:
        write_mo(target, catalog, use_fuzzy=False)
    tmp.replace(mo)


def _catalogue(language: str) -> gettext.NullTranslations:
    """The messages of ``language``, read once (English, or a missing catalogue: the source text)."""
    if language in _loaded:
        return _loaded[language]
    found: gettext.NullTranslations = gettext.NullTranslations()
    if language != DEFAULT:
        mo = mo_path(language)
        po = mo.with_suffix(".po")
        if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
            with mo.open("rb") as handle:
                found = gettext.GNUTranslations(handle)
        elif po.exists():  # no compiled catalogue (a fresh clone): read the .po itself
            found = _PoTranslations(po)
    _loaded[language] = found
    return found


def set_language(language: str | None) -> str:
    """Use ``language`` ("cy" or "en") for every message from now on; returns the one in use."""
    global _translation, _language
    language = normalise(language) or DEFAULT
    if (
        language != DEFAULT
        and not mo_path(language).with_suffix(".po").exists()
        and not mo_path(language).exists()
    ):
        language = DEFAULT
    _translation, _language = _catalogue(language), language
    return language


class _PoTranslations(gettext.NullTranslations):
    """A ``.po`` catalogue read into memory (fuzzy and empty entries left out, as ``.mo`` would)."""

    def __init__(self, po: Path):
        super().__init__()
        from babel.messages.pofile import read_po

        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parent.parent.name)
        self._messages: dict[str, str | tuple] = {}
        for message in catalog:
            if message.id and message.string and not message.fuzzy:
                key = message.id if isinstance(message.id, str) else message.id[0]
                self._messages[key] = message.string
        self._plural = gettext.c2py(catalog.plural_expr)  # the catalogue's own plural rule

    def gettext(self, message: str) -> str:
        found = self._messages.get(message)
        return found if isinstance(found, str) and found else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        found = self._messages.get(singular)
        if isinstance(found, tuple) and all(found):
            return found[min(self._plural(n), len(found) - 1)]
        return singular if n == 1 else plural


def current_language() -> str:
    return _language


def babel_locale() -> str:
    """The Babel locale for dates and numbers in the current language (UK English or Welsh)."""
    return "cy_GB" if _language == "cy" else "en_GB"


def month_name(day) -> str:
    """ "Mar" / "Maw": a short month name in the current language (Babel's CLDR data)."""
    from babel.dates import format_date

    return format_date(day, "LLL", locale=babel_locale())


def month_year(day) -> str:
    """ "Mar 2027" / "Maw 2027": a short month and year in the current language."""
    from babel.dates import format_date

    return format_date(day, "MMM y", locale=babel_locale())


def preselect_from_argv(argv: list[str]) -> str:
    """Set the language from ``--lang X`` in ``argv`` (or the environment) before modules load."""
    option = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            option = argv[i + 1]
        elif arg.startswith("--lang="):
            option = arg.split("=", 1)[1]
    return set_language(choose_language(option)) if option or os.environ.get(LANG_ENV) else current_language()
