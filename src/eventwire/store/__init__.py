"""eventwire.store: the database of articles, reports and merged events (SQLite by default)."""

from .combine import merge_databases
from .sqlite import Store

__all__ = ["Store", "merge_databases"]
