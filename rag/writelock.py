"""One writer at a time on a local index.

Chroma's local folder has no guard against two processes writing at once; two concurrent ingests
leave documents whose vectors cannot be read. Every write goes through `rag.ingest`, which holds
this lock for its whole run. The second writer is refused at once (nothing read, nothing written)
with the holder's pid. A Chroma server serialises writes itself, so server mode takes no lock.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rag.settings import Settings


class IndexBusy(RuntimeError):
    """Another process is writing the same local index."""


def lock_path(settings: Settings) -> Path:
    return settings.index_dir.parent / f"{settings.index_dir.name}.write.lock"


@contextmanager
def write_lock(settings: Settings) -> Iterator[None]:
    """An exclusive `flock` on a file beside the index; the kernel drops it if the holder dies."""
    if settings.server_mode:
        yield
        return
    path = lock_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise IndexBusy(
                f"another ingest is running (pid {holder}) on {settings.index_dir}; "
                "nothing was written, try again when it has finished"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
