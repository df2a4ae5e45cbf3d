"""eventwire.sections"""
