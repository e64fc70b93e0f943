"""read: files → Article records. (Thin: .txt/.md; more readers come with ingest work.)"""
from .files import ReadError, read_paths

__all__ = ["ReadError", "read_paths"]
