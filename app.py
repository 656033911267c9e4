"""`python app.py` starts the Gradio UI on 127.0.0.1 (RAG_HOST / RAG_PORT); same as `rag serve`."""

from rag.settings import Settings
from rag.ui import serve

if __name__ == "__main__":
    serve(Settings.from_env())
