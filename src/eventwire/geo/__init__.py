"""eventwire.geo"""
