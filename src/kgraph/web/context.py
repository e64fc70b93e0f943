"""Access to the app's settings and store from request handlers."""
from flask import current_app


def store():
    return current_app.extensions["kgraph_store"]


def settings():
    return current_app.config["KGRAPH_SETTINGS"]
