"""eventwire.events"""
