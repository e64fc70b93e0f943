"""read: files, folders, JSONL, HTML and RSS/Atom feeds (files or URLs) → Article records."""
from .files import (BadInput, ReadError, content_id, html_to_article, parse_feed, read_path,
                    read_paths, read_url)

__all__ = ["BadInput", "ReadError", "content_id", "html_to_article", "parse_feed", "read_path",
           "read_paths", "read_url"]
