"""eventwire.ingest"""
