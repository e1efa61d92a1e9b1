"""CSV for spreadsheets: every export writes through `safe_writer`, never `csv.writer` directly.

A cell that starts with =, +, -, @, a tab or a carriage return is a formula to Excel and
LibreOffice (a page title `=HYPERLINK(...)` would run when the file is opened). As OWASP
recommends, such a cell is prefixed with a single quote, which makes the spreadsheet show it as text.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SafeWriter:
    def __init__(self, stream, **options):
        self._writer = csv.writer(stream, **options)

    def writerow(self, row):
        return self._writer.writerow([inert_cell(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def safe_writer(stream, **options):
    return SafeWriter(stream, **options)
