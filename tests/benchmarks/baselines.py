"""The baselines of the county suite, each a whole process of its own, and the workbooks it reads.

``python -m tests.benchmarks.baselines calamine FILE``: a plain python-calamine read of the first sheet.
``... openpyxl FILE``: a plain openpyxl read-only pass (``iter_rows(values_only=True)``).
``... write-only CELLS.pickle OUT.xlsx``: the same cells as the export, in a plain write-only workbook.
``... bare-window``: a bare PySide6 window that opens, paints and closes.
``... make-books EXPORT.xlsx FOLDER RECORDS``: the people and training workbooks, from the export.
"""

import json
import pickle
import random
import sys
from datetime import date, timedelta
from pathlib import Path


def calamine(path: str) -> None:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(path)
    rows = book.get_sheet_by_index(0).to_python()
    print(len(rows))


def openpyxl_pass(path: str) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    print(sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)))
    book.close()


def write_only(cells: str, out: str) -> None:
    from openpyxl import Workbook

    with open(cells, "rb") as file:
        sheets = pickle.load(file)
    book = Workbook(write_only=True)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(out)


def bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1000, 700)
    window.show()
    window.grab()  # painted once
    app.processEvents()
    window.close()


def make_books(export: str, folder: str, records: str) -> None:
    """People (below a title row, as an HR system writes them) and ``records`` training records."""
    import python_calamine
    from openpyxl import Workbook

    folder_path = Path(folder)
    book = python_calamine.CalamineWorkbook.from_path(export)
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]
    with open(folder_path / "county-export-cells.pickle", "wb") as file:
        pickle.dump(sheets, file, protocol=pickle.HIGHEST_PROTOCOL)
    cells = sum(len(rows) * (len(rows[0]) if rows else 0) for _, rows in sheets)
    people = dict(sheets)["People"]
    header, rows = people[0], people[1:]
    at = {name: header.index(name) for name in header}
    columns = ["Staff No", "Forename", "Surname", "Email", "Job title", "Role group", "Organisation", "Team",
               "Key personnel", "Start date"]  # fmt: skip
    out = Workbook(write_only=True)
    sheet = out.create_sheet("Key personnel")
    sheet.append(["Northvale county: Prevent key personnel"])
    sheet.append([])
    sheet.append(columns)
    for row in rows:
        sheet.append([row[at[c]] for c in columns])
    out.save(folder_path / "county-people.xlsx")

    rng = random.Random(150_000)
    courses = ["HO-AWR", "HO-REF", "HO-CHN", "WRAP", "MEM"]
    count = int(records)
    out = Workbook(write_only=True)
    sheet = out.create_sheet("Training")
    sheet.append(["Staff No", "Forename", "Surname", "Email", "Organisation", "Course", "Completion date"])
    for n in range(count):
        row = rows[n % len(rows)]
        course = courses[(n // len(rows) + n) % len(courses)]
        done = date(2026, 11, 27) - timedelta(days=rng.randint(0, 700))
        sheet.append([row[at["Staff No"]], row[at["Forename"]], row[at["Surname"]], row[at["Email"]],
                      row[at["Organisation"]], course, done])  # fmt: skip
    out.save(folder_path / "county-training.xlsx")
    (folder_path / "books.json").write_text(
        json.dumps({"cells": cells, "people": len(rows), "training": count})
    )


def main(argv: list[str]) -> None:
    command, *rest = argv
    {
        "calamine": calamine,
        "openpyxl": openpyxl_pass,
        "write-only": write_only,
        "bare-window": bare_window,
        "make-books": make_books,
    }[command](*rest)


if __name__ == "__main__":
    main(sys.argv[1:])
