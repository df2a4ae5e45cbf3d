"""eventwire: conflict news in, structured, geolocated, deduplicated event data out."""

__version__ = "0.1.0"
