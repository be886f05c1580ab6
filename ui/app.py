"""Starting the desktop application: the QApplication, the database to open, the window, the smoke test."""

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from actionplan import __version__
from actionplan.errors import ActionPlanError, DatabasePasswordError
from actionplan.paths import DB_ENV, AppPaths, resolve_database_url, resolve_paths
from actionplan.services import Database
from actionplan.team.connection import is_server_url, open_any
from ui.context import AppContext
from ui.dialogs.settings_dialog import LANGUAGE_KEY, THEME_KEY
from ui.resources import app_icon, resource_path
from ui.tasks import TaskRunner
from ui.team_connect import ASK_KEY

APP_NAME = "ActionPlan"
SETTINGS_FILE = "window.ini"
SMOKE_PAGE_TIMEOUT_MS = 120_000
# Only these pages (comma-separated ids) in the smoke test: benchmarks time the window up to the dashboard.
SMOKE_PAGES_ENV = "ACTIONPLAN_SMOKE_PAGES"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def make_application() -> QApplication:
    """The QApplication with its names, icon, UK locale, translations and style sheet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("actionplan")
    app.setWindowIcon(app_icon())
    # Dates, numbers and calendars the UK way whatever the computer's own locale says.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    apply_style(app)
    return app


def apply_language(app: QApplication, language: str) -> str:
    """Use ``language`` ("en" or "cy") for the window (Qt catalogues) and the core (gettext).

    Welsh installs the window's ``.qm`` and Qt's own (the buttons of standard dialogs), and
    sets Welsh dates and numbers; English needs no catalogue (it is the source language).
    """
    from actionplan import i18n

    language = i18n.set_language(language)
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    if language == "cy":
        QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
        from ui.translations import load_catalogues

        for translator in load_catalogues(app, language):
            app.installTranslator(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language


def apply_style(app: QApplication) -> None:
    """Load ``resources/style.qss`` over the system style (its colours are palette roles)."""
    path = resource_path("style.qss")
    with contextlib.suppress(OSError):  # without a style sheet the plain system look is fine
        app.setStyleSheet(path.read_text(encoding="utf-8"))


def window_settings(paths: AppPaths) -> QSettings:
    """Window state and the last database, kept in the data folder like every other path."""
    return QSettings(str(paths.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def open_startup_database(
    args: argparse.Namespace, paths: AppPaths, settings: QSettings, *, interactive: bool = True
) -> Database | None:
    """The database for this run: ``--db``/$ACTIONPLAN_DB, else the last one used, else the default file.

    With ``--data-dir`` (or $ACTIONPLAN_DATA_DIR) the folder's own database is used unless one
    was used from it before. The default database is created when missing; a database named
    explicitly must exist. A remembered database that has gone missing falls back to the default.
    A protected database's passphrase comes from ``--passphrase-env``, the keyring or a prompt;
    None means the user cancelled the prompt (the window then opens without a database).
    """
    from actionplan.i18n import _
    from actionplan.protection.passphrase import PassphraseError
    from actionplan.protection.secrets import secret_from_env
    from ui.unlock import open_blocking

    passphrase = secret_from_env(getattr(args, "passphrase_env", None), what=_("the database passphrase"))

    def open_url(url: str, create: bool = False) -> Database | None:
        if is_server_url(url):
            return open_any(url, backups_dir=paths.backups)  # a server's password: the keyring
        return open_blocking(
            url, backups_dir=paths.backups, create=create, passphrase=passphrase, interactive=interactive
        )

    explicit = args.db or os.environ.get(DB_ENV)
    if explicit:
        url = resolve_database_url(explicit, paths)
        try:
            return open_url(url)
        except DatabasePasswordError:
            settings.setValue(ASK_KEY, url)  # the window opens the default database and asks for it
    remembered = settings.value("database/last")
    if not explicit and isinstance(remembered, str) and remembered:
        try:
            return open_url(remembered)
        except PassphraseError:
            raise  # the protected database is still there: say what it needs rather than open another
        except DatabasePasswordError:
            settings.setValue(ASK_KEY, remembered)  # asked for again: nothing is kept but the keyring
        except ActionPlanError:
            settings.remove("database/last")
    paths.ensure()
    return open_url(resolve_database_url(None, paths), create=True)


def run_app(args: argparse.Namespace) -> int:
    """Open the window (or, with ``--smoke-test``, check every page loads and exit)."""
    smoke = bool(getattr(args, "smoke_test", False))
    app = make_application()
    paths = resolve_paths(getattr(args, "data_dir", None))
    try:
        paths.ensure()
    except OSError as exc:
        return _fail(
            smoke,
            app.tr("Cannot use the data folder {path}: {reason}.").format(
                path=paths.data_dir, reason=exc.strerror
            ),
        )
    settings = window_settings(paths)
    from actionplan import i18n
    from ui import theme

    apply_language(app, i18n.choose_language(getattr(args, "lang", None), settings.value(LANGUAGE_KEY)))
    theme.apply_theme(app, getattr(args, "theme", None) or str(settings.value(THEME_KEY, theme.SYSTEM)))
    try:
        db = open_startup_database(args, paths, settings, interactive=not smoke)
    except ActionPlanError as exc:
        return _fail(smoke, str(exc))
    asking = bool(settings.value(ASK_KEY))  # the team database used last is still the one to remember

    from ui.import_wizard import connect_import_wizard
    from ui.main_window import MainWindow

    tasks = TaskRunner()
    context = AppContext(db, tasks)
    window = MainWindow(context, settings, paths=paths, plan=getattr(args, "plan", None))
    connect_import_wizard(window)
    if db is not None and not (getattr(args, "db", None) or os.environ.get(DB_ENV) or asking):
        settings.setValue("database/last", db.url)
    open_file = getattr(args, "open_file", None)  # "Open with": a spreadsheet to import
    if smoke:
        return smoke_test(app, window, open_file=open_file)
    window.show()
    if open_file is not None:
        from ui.open_file import import_on_start

        import_on_start(window, open_file)
    code = app.exec()
    if context.db is not None:
        context.db.close()
    return code


def _fail(smoke: bool, message: str) -> int:
    print(f"actionplan: {message}", file=sys.stderr)
    if not smoke:
        QMessageBox.critical(None, APP_NAME, message)
    return EXIT_USAGE


def wait_until_idle(tasks: TaskRunner, timeout_ms: int) -> bool:
    """Run the event loop until no task is running (True), or until ``timeout_ms`` (False).

    A task may start in the same turn of the event loop as the last one ends (a result that
    starts another load, a background job whose timer fell due): the loop is then run again
    until that one ends too, within the same time.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while tasks.is_busy:
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        if remaining_ms <= 0:
            return False
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)

        def settle(loop: QEventLoop = loop) -> None:
            if not tasks.is_busy:  # a finished task's result may have started another one
                loop.quit()

        def check(busy: bool, settle: Callable[[], None] = settle) -> None:
            if not busy:
                QTimer.singleShot(0, settle)

        tasks.busy.connect(check)
        timer.start(remaining_ms)
        loop.exec()
        tasks.busy.disconnect(check)
    return True


def needs_load(page) -> bool:
    """Whether the smoke test must ask ``page`` to load: not when showing it has loaded it already.

    A page that loads when shown (``PageLoader``, ``RefreshWhenVisible``) and is no longer
    stale has loaded, or is loading, its current data: asking again would load it twice (the
    second load replacing the first), which no user's visit does. Other pages are asked.
    """
    from ui.pages.page_support import PageLoader
    from ui.widgets import RefreshWhenVisible

    kinds = (PageLoader, RefreshWhenVisible)
    loaders = [child for child in page.findChildren(QObject) if isinstance(child, kinds)]
    return not loaders or any(loader.stale for loader in loaders)


def smoke_test(
    app: QApplication, window, out: Callable[[str], None] = print, open_file: Path | None = None
) -> int:
    """Show the window, visit every page until its data has loaded, print a line each, and close.

    With ``open_file``, the import wizard is also opened on it and must preview it.
    Returns 0 when every page loaded; otherwise 1, with the reasons on stderr.
    """
    from ui.pages import PAGES

    errors: list[str] = []
    context = window.context
    record = lambda exc: errors.append(str(exc) or type(exc).__name__)  # noqa: E731
    context.error_occurred.connect(record)
    context.tasks.failed.connect(record)
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: errors.append(f"{kind.__name__}: {exc}")
    window.remember_state = False
    try:
        window.show()
        if not wait_until_idle(context.tasks, SMOKE_PAGE_TIMEOUT_MS):
            errors.append(app.tr("the plan list did not load in time"))
        db_name = context.db.display_name if context.db else "-"
        plan = next((p.name for p in window.plans if p.id == context.plan_id), None)
        out(f"database: {db_name}; plan: {plan or '(none)'}")
        only = [p for p in os.environ.get(SMOKE_PAGES_ENV, "").split(",") if p]
        for page_id, _spec in PAGES:
            if only and page_id not in only:
                continue
            before = len(errors)
            started = time.perf_counter()
            page = window.show_page(page_id)
            if needs_load(page):
                page.refresh()
            if not wait_until_idle(context.tasks, SMOKE_PAGE_TIMEOUT_MS):
                errors.append(f"{page_id}: still loading after {SMOKE_PAGE_TIMEOUT_MS // 1000} s")
            elapsed = time.perf_counter() - started
            state = "ok" if len(errors) == before else "FAILED: " + "; ".join(errors[before:])
            out(f"{page_id}: {state} ({elapsed:.2f} s) {page.title()}")
        if open_file is not None:
            from ui.open_file import smoke_import

            errors.extend(smoke_import(window, open_file, out))
    finally:
        sys.excepthook = previous_hook
        window.close()
        if context.db is not None:
            context.db.close()
    if errors:
        for error in errors:
            print(f"actionplan: smoke test: {error}", file=sys.stderr)
        return EXIT_FAILED
    out("smoke test passed")
    return EXIT_OK
