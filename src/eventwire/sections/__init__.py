"""eventwire.sections: split a page into title, dateline, body, caption, comments, related
headlines and boilerplate (with offsets into ``Article.text``) and read its metadata."""

from .html import extract_main_text
from .segment import segment

__all__ = ["extract_main_text", "segment"]
