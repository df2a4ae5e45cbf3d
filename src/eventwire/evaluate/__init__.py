"""eventwire.evaluate"""
