"""The domain: incidents, units, precincts, categories and their rules.

Plain Python only. Neither Qt, SQLAlchemy nor any HTTP library is imported here
(checked by the import-linter contracts in pyproject.toml and by tests/unit/test_layers.py).
"""
