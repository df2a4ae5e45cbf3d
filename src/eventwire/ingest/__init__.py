"""eventwire.ingest: readers that turn a source (file, folder, URL, stdin, RSS/Atom, WARC, JSONL)
into :class:`~eventwire.records.Article` records."""

from .readers import iter_articles, read_bytes, read_path, read_stdin, read_url, source_kind

__all__ = ["iter_articles", "read_bytes", "read_path", "read_stdin", "read_url", "source_kind"]
