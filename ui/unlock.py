"""Opening a database in the window, asking for its passphrase when it is protected.

The passphrase comes from ``--passphrase-env`` when the window was started with it, else from
the operating system's keyring when it was remembered there, else the user types it (and may
tick "Remember it"). A wrong one asks again with a sentence saying so; Cancel opens nothing.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from actionplan.errors import ActionPlanError
from actionplan.protection import keyring_store
from actionplan.protection.passphrase import PassphraseError, database_file, is_protected
from actionplan.services import Database, open_database
from ui.passphrase_dialogs import SecretPrompt

Opened = Callable[[Database], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseUnlock", text)


def wrong_passphrase() -> str:
    return tr("That passphrase is not right: try again.")


def passphrase_prompt(path: Path, parent: QWidget | None) -> SecretPrompt:
    return SecretPrompt(
        tr("Protected database"),
        tr("{name} is protected with a passphrase. Type it to open the database.").format(name=path.name),
        tr("&Passphrase:"),
        offer_remember=True,
        parent=parent,
    )


def _path_of(url: str) -> Path:
    path = database_file(url)
    assert path is not None  # only a database file can be protected
    return path


def open_blocking(
    url: str,
    *,
    backups_dir: Path | None,
    create: bool = False,
    passphrase: str | None = None,
    parent: QWidget | None = None,
    interactive: bool = True,
) -> Database | None:
    """Open ``url`` at start-up, asking for the passphrase in a modal dialog when it is protected.

    Returns None when the user cancels. Without ``interactive`` (the smoke test) a protected
    database needs ``passphrase``, else its error is raised.
    """
    if passphrase is not None or not is_protected(url):
        return open_database(url, backups_dir=backups_dir, create=create, passphrase=passphrase)
    path = _path_of(url)
    remembered = keyring_store.remembered_passphrase(path)
    if remembered is not None:
        try:
            return open_database(url, backups_dir=backups_dir, create=create, passphrase=remembered)
        except PassphraseError:
            pass  # changed elsewhere since: ask
    if not interactive:
        return open_database(url, backups_dir=backups_dir, create=create)  # raises: needs a passphrase
    prompt = passphrase_prompt(path, parent)
    while prompt.exec() == QDialog.DialogCode.Accepted:
        try:
            database = open_database(url, backups_dir=backups_dir, create=create, passphrase=prompt.secret())
        except PassphraseError:
            prompt.show_wrong(wrong_passphrase())
            continue
        remember_if_asked(prompt, path)
        return database
    return None


def remember_if_asked(prompt: Any, path: Path, report: Callable[[str], None] | None = None) -> None:
    """Keep the typed passphrase in the keyring when the box was ticked; say so when the keyring refuses."""
    if not prompt.wants_remembering():
        return
    try:
        keyring_store.remember_passphrase(
            path, prompt.secret() if hasattr(prompt, "secret") else prompt.passphrase()
        )
    except ActionPlanError as exc:
        if report is not None:
            report(str(exc))


class DatabaseOpener(QObject):
    """File > Open database… and New database…: opens in the background, asking for a passphrase first.

    Args:
        context: the window's context (task runner, error reporting).
        on_opened: called with the open Database.
    """

    def __init__(self, context: Any, on_opened: Opened, parent: QWidget):
        super().__init__(parent)
        self.context = context
        self.on_opened = on_opened
        self.parent_widget = parent
        self.prompt: SecretPrompt | None = None

    def open(self, url: str, *, backups_dir: Path | None, create: bool = False) -> None:
        if not is_protected(url):
            self._run(url, backups_dir, create, None)
            return
        path = _path_of(url)
        remembered = keyring_store.remembered_passphrase(path)
        if remembered is not None:
            self._run(url, backups_dir, create, remembered, fallback_to_prompt=True)
        else:
            self._ask(url, backups_dir, create)

    def _ask(self, url: str, backups_dir: Path | None, create: bool, wrong: str = "") -> None:
        if self.prompt is None:
            self.prompt = passphrase_prompt(_path_of(url), self.parent_widget)
            self.prompt.accepted.connect(lambda: self._typed(url, backups_dir, create))
            self.prompt.rejected.connect(self._forget_prompt)
        if wrong:
            self.prompt.show_wrong(wrong)
        self.prompt.open()

    def _typed(self, url: str, backups_dir: Path | None, create: bool) -> None:
        assert self.prompt is not None
        self._run(url, backups_dir, create, self.prompt.secret(), from_prompt=True)

    def _forget_prompt(self) -> None:
        if self.prompt is not None:
            self.prompt.deleteLater()
            self.prompt = None

    def _run(
        self,
        url: str,
        backups_dir: Path | None,
        create: bool,
        passphrase: str | None,
        *,
        fallback_to_prompt: bool = False,
        from_prompt: bool = False,
    ) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, PassphraseError) and (fallback_to_prompt or from_prompt):
                self._ask(url, backups_dir, create, wrong=wrong_passphrase() if from_prompt else "")
            else:
                self.context.report_error(exc)

        def opened(database: Database) -> None:
            if from_prompt and self.prompt is not None:
                remember_if_asked(self.prompt, _path_of(url), self.context.show_message)
                self._forget_prompt()
            self.on_opened(database)

        self.context.tasks.run(
            lambda _p: open_database(url, backups_dir=backups_dir, create=create, passphrase=passphrase),
            on_done=opened,
            on_error=failed,
        )
