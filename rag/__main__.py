"""`python -m rag` is the `rag` command, for an environment whose scripts folder is not on PATH."""

from rag.cli import main

main()
