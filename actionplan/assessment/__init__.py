"""The Prevent duty self-assessment: rate the partnership against a framework's benchmarks.

A room of its own: ratings (``ratings``), templates of sections and questions (``template``),
suggested ratings from the plan's data (``suggestions``), the use cases (``services``), the
workbook and the board's PDF (``workbook``, ``import_rows``, ``report``) and the command line
(``commands``). Nothing is imported here, so the importer can read ``columns`` cheaply.
"""
