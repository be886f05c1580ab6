"""Spreadsheet exchange: reading files safely, finding headers, normalising values, import and export."""
