"""Every exception eventwire raises, in one hierarchy.

    EventwireError                 base: catch this to catch anything eventwire raises on purpose
    ├── InputError                 the input cannot be read as an article (CLI exit code 2)
    │   ├── EmptyInputError        nothing (or only whitespace) to read
    │   ├── BinaryInputError       bytes that are not text (NULs, an image, a zip ...)
    │   ├── EncodingError          not valid text in any encoding we accept
    │   ├── InputTooLargeError     over the size limit
    │   └── FetchError             a URL could not be fetched
    │       └── GoneError          the server says the page is gone (HTTP 404 or 410)
    ├── ConfigError                a bad option, a missing model or data file (exit code 3)
    │   ├── ResourceError          a model, gazetteer or dictionary could not be loaded/built
    │   └── OutputError            an output file could not be written (read-only, missing folder)
    ├── GoldFormatError            an evaluation file does not follow the gold format (exit code 4)
    └── StoreError                 the database refused an operation (exit code 5)
        ├── SchemaError            the database's schema is newer than this eventwire
        └── IncompatibleDatabaseError  databases that cannot be merged as they are (another schema
                                   version, another gazetteer): ``eventwire db merge`` refuses them

Pipeline stages do not raise on a bad article: they record a :class:`~eventwire.records.Rejection`.
Readers raise :class:`InputError` for a single input; batch readers turn it into a rejection.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of all eventwire errors."""

    exit_code = 1


class InputError(EventwireError):
    exit_code = 2
    reason = "bad_input"


class EmptyInputError(InputError):
    reason = "empty"


class BinaryInputError(InputError):
    reason = "binary"


class EncodingError(InputError):
    reason = "encoding"


class InputTooLargeError(InputError):
    reason = "too_large"


class FetchError(InputError):
    reason = "fetch_failed"


class GoneError(FetchError):
    """HTTP 404 Not Found or 410 Gone: a page stored from this URL before was deleted at source, and
    ``ingest`` withdraws it (as ``eventwire withdraw URL`` does)."""

    reason = "gone"


class ConfigError(EventwireError):
    exit_code = 3


class ResourceError(ConfigError):
    pass


class OutputError(ConfigError):
    pass


class GoldFormatError(EventwireError):
    exit_code = 4


class StoreError(EventwireError):
    exit_code = 5


class SchemaError(StoreError):
    pass


class IncompatibleDatabaseError(StoreError):
    """A database ``eventwire db merge`` cannot merge as it is: an older schema (migrate it first),
    articles coded with another gazetteer, or a file that is not an eventwire database."""
