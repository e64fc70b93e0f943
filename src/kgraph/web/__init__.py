"""serve: the Flask explorer (UI, /sparql, /cypher, linked data)."""
from .app import create_app

__all__ = ["create_app"]
