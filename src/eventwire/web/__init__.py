"""eventwire.web"""
