"""Persistence: SQLAlchemy rows, the engine, repositories, migrations and the change feed."""
