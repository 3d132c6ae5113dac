"""A table of rows to read and pick from (accounts, overdue incidents, the audit trail, look-outs, calls):
not editable, a row selected whole, no row numbers, the last column taking the rest of the width."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def list_table(
    name: str,
    headings: list[str],
    parent: QWidget | None = None,
    *,
    single: bool = False,
    fit: bool = True,
    wrap: bool = True,
) -> QTableWidget:
    """``single``: one row at a time; ``fit``: columns as wide as their contents; ``wrap``: long text wraps."""
    table = QTableWidget(0, len(headings), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(wrap)
    table.verticalHeader().hide()
    if fit:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
