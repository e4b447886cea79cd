"""The web app's routes by area: search, documents (with their relations), numbers (who cites
a number, its lineage), audit, and the API's own pages (upload, the API list)."""
