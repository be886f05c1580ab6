"""The layers' import rules: the core works without Qt, pyplot or the ui package."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCKER = textwrap.dedent(
    """
    import importlib.abc, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "ui", "shiboken6") or name == "matplotlib.pyplot":
                raise ImportError(f"blocked: {name}")
            return None

    sys.meta_path.insert(0, Block())
    """
)


def test_core_imports_and_runs_without_qt(tmp_path):
    """Every core module imports, and the command line runs, with Qt and ui made unimportable."""
    script = BLOCKER + textwrap.dedent(
        f"""
        import pkgutil, importlib, actionplan
        for module in pkgutil.walk_packages(actionplan.__path__, "actionplan."):
            if ".migrations" in module.name or module.name.endswith("__main__"):
                continue
            importlib.import_module(module.name)
        from actionplan.cli import main
        assert main(["--data-dir", r"{tmp_path}", "init"]) == 0
        assert main(["--data-dir", r"{tmp_path}", "status", "--json"]) == 0
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=180
    )
    assert result.returncode == 0, result.stderr


def test_import_contracts():
    """import-linter: the core never imports ui/PySide6/pyplot; ui never imports the storage layer."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_start_up_does_not_load_the_spreadsheet_or_chart_libraries():
    """Every command builds the whole parser and the window builds every menu: neither may pull in
    openpyxl, numpy or matplotlib, which only the commands and dialogs that use them need."""
    script = textwrap.dedent(
        """
        import sys
        from actionplan.cli import build_parser
        build_parser()
        import ui.app, ui.main_window, ui.import_wizard
        heavy = sorted({"openpyxl", "numpy", "matplotlib"} & set(sys.modules))
        print("heavy:", heavy)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stdout


def test_inserting_on_sqlite_does_not_load_the_postgresql_dialect():
    """``insert_missing`` (session attendance, the imports) imports only the dialect in use: the
    PostgreSQL one costs the first attendance recorded on a laptop up to 90 ms."""
    script = textwrap.dedent(
        """
        import sys
        from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine
        from actionplan.storage.backends import insert_missing
        metadata = MetaData()
        table = Table(
            "t", metadata, Column("id", Integer, primary_key=True), Column("uuid", String, unique=True)
        )
        engine = create_engine("sqlite://")
        metadata.create_all(engine)
        with engine.begin() as connection:
            print("added:", insert_missing(connection, table, [{"uuid": "a"}, {"uuid": "b"}], ["uuid"]))
            print("again:", insert_missing(connection, table, [{"uuid": "a"}, {"uuid": "c"}], ["uuid"]))
        print("postgresql:", "sqlalchemy.dialects.postgresql" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "added: [(1, 'a'), (2, 'b')]" in result.stdout
    assert "again: [(3, 'c')]" in result.stdout
    assert "postgresql: False" in result.stdout
