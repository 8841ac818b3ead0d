"""Limits that keep one shared instance healthy; shown to the user before they are hit."""
from __future__ import annotations

MAX_UPLOAD_MB = 5  # also server.maxUploadSize in .streamlit/config.toml
MAX_CHARS = 100_000  # characters per analysed document
MAX_PARAGRAPHS = 500  # paragraphs per analysed document
MAX_DOCUMENTS = 5  # documents per session
MAX_TOPICS = 6
MAX_TOPIC_CHARS = 120
MAX_TITLE_CHARS = 200  # a longer title (an upload's name, a loaded file's) is cut, with an ellipsis
CACHE_ENTRIES = 32  # analyses kept per server (st.cache_data max_entries)
CACHE_TTL_S = 3600  # and for how long
