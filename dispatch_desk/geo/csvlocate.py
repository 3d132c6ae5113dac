"""Precinct for every row of a CSV file: the rows come out as they went in, plus two columns.

Rows with missing or invalid coordinates are kept (``precinct_match`` = ``invalid``) and reported;
points outside every precinct are kept and flagged ``outside``. Work is done in chunks, so a file of
millions of rows streams through in bounded memory.
"""

from __future__ import annotations

import csv
import math
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TextIO

import numpy as np

from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import safe_cell
from dispatch_desk.geo.precincts import PrecinctIndex

CHUNK_ROWS = 50_000
MAX_FIELD = 1_000_000


@dataclass
class LocateReport:
    rows: int = 0
    matches: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)  # the first few bad rows, for the operator


def _number(text: str | None) -> float:
    if text is None:
        return math.nan
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return math.nan


def _chunks(reader: csv.DictReader) -> Iterator[list[tuple[int, dict]]]:
    chunk: list[tuple[int, dict]] = []
    for row in reader:
        chunk.append((reader.line_num, row))
        if len(chunk) >= CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def locate_csv(
    index: PrecinctIndex,
    source: TextIO,
    out: TextIO,
    lat_column: str,
    lon_column: str,
    *,
    max_problems: int = 20,
) -> LocateReport:
    csv.field_size_limit(MAX_FIELD)
    reader = csv.DictReader(source)
    try:
        header = reader.fieldnames
    except UnicodeDecodeError:
        raise ValidationError("the CSV file is not UTF-8 text: save it as UTF-8 and try again") from None
    if not header:
        raise ValidationError("the CSV file is empty")
    for column in (lat_column, lon_column):
        if column not in header:
            raise ValidationError(f"the CSV file has no column '{column}' (it has: {', '.join(header[:20])})")
    extra = [c for c in ("precinct", "precinct_match") if c not in header]
    writer = csv.DictWriter(out, fieldnames=[*header, *extra], extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    report = LocateReport()
    try:
        for chunk in _chunks(reader):
            lats = np.array([_number(r.get(lat_column)) for _, r in chunk])
            lons = np.array([_number(r.get(lon_column)) for _, r in chunk])
            result = index.match_many(lats, lons)
            for offset, (line, row) in enumerate(chunk):
                match = result.matches[offset]
                row["precinct"] = result.codes[offset] or ""
                row["precinct_match"] = match
                report.matches[match] += 1
                if match == "invalid" and len(report.problems) < max_problems:
                    report.problems.append(
                        f"line {line}: no usable coordinates ({row.get(lat_column)!s:.30}, {row.get(lon_column)!s:.30})"
                    )
                writer.writerow({k: safe_cell(v) if isinstance(v, str) else v for k, v in row.items()})
            report.rows += len(chunk)
    except csv.Error as exc:
        raise ValidationError(f"the CSV file cannot be read at line {reader.line_num}: {exc}") from None
    except UnicodeDecodeError:
        raise ValidationError(
            f"the CSV file is not UTF-8 text (at line {reader.line_num + 1}): save it as UTF-8 and try again"
        ) from None
    return report


def open_text(path: str) -> TextIO:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror}") from None
