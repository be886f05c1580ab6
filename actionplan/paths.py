"""Where things live: every path (database, backups, logs, exports) derives from one data directory."""

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from actionplan.private_files import private_folder

APP_NAME = "ActionPlan"
APP_AUTHOR = "ActionPlan"
DATA_DIR_ENV = "ACTIONPLAN_DATA_DIR"
DB_ENV = "ACTIONPLAN_DB"
DB_FILENAME = "actionplan.db"


@dataclass(frozen=True)
class AppPaths:
    """The data directory and the paths derived from it."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> "AppPaths":
        """Create the folders, readable by the user only (existing ones are tightened)."""
        for folder in (self.data_dir, self.backups, self.logs):
            private_folder(folder)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The paths for ``data_dir``, else ``$ACTIONPLAN_DATA_DIR``, else the user data dir."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, APP_AUTHOR)
    return AppPaths(Path(chosen).expanduser().resolve())


def resolve_database_url(db: str | None, paths: AppPaths) -> str:
    """The SQLAlchemy URL for ``--db`` (a path or URL), else ``$ACTIONPLAN_DB``, else the default file."""
    chosen = db or os.environ.get(DB_ENV)
    if not chosen:
        return f"sqlite:///{paths.database}"
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"
