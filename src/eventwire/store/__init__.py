"""eventwire.store: the database of articles, reports and merged events (SQLite by default)."""

from .sqlite import Store

__all__ = ["Store"]
