"""The web app for researchers and auditors (``vanban serve``)."""
from vanban.web.app import create_app

__all__ = ["create_app"]
