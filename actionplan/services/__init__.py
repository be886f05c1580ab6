"""Use cases shared by the window and the command line.

Each service function takes a unit of work (not yet entered) and plain arguments, runs one
transaction, and returns plain read models. ``open_database`` is re-exported here so the
UI never reaches into storage.
"""

from actionplan.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
