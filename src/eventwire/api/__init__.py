"""eventwire.api"""
