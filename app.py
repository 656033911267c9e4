"""`python app.py` starts the UI and the HTTP API on 127.0.0.1 (RAG_HOST / RAG_PORT); same as `rag serve`."""

from rag.api import serve
from rag.settings import Settings

if __name__ == "__main__":
    serve(Settings.from_env())
