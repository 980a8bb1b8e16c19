"""Read a segment's files from the memory map, without a private copy of each.

Whoosh opens a segment's compound file as one read-only memory map, then wraps each file in it
(the postings, the terms index, ...) in a ``BufferFile``, whose ``BytesIO`` copies the bytes it
is given: every reader of a segment held a private copy of most of the segment. Measured on
10,000 reports, opening one searcher allocated 103 MB this way (5 times that on 50,000), a
server keeps several searchers per generation and each gunicorn worker its own, and the
build's final check opened one more. Here each file is read through the map itself: a read
copies what it reads and no more, and the pages are the kernel's, shared by every reader and
every process (tests/search/test_mapped_segments.py).

Whoosh's compound storage is patched once, when this module is imported (``search.index``
does): it looks up ``BufferFile`` in its module, and the class below is a ``BufferFile`` in all
but the copy.
"""
from __future__ import annotations

import io

from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile

_LINE_CHUNK = 256  # bytes looked at per step when reading a line (Whoosh reads few lines)


class _ViewReader(io.RawIOBase):
    """A seekable read-only file over a memoryview; each read copies only the bytes read."""

    def __init__(self, view: memoryview):
        super().__init__()
        self._view = view
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        position = base + offset
        if position < 0:
            raise ValueError(f"negative seek position {position}")
        self._pos = position
        return position

    def read(self, size: int | None = -1) -> bytes:
        start = min(self._pos, len(self._view))
        end = len(self._view) if size is None or size < 0 else min(start + size, len(self._view))
        self._pos = end
        return self._view[start:end].tobytes()

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        limit = len(self._view) if size is None or size < 0 else min(len(self._view), self._pos + size)
        end = self._pos
        while end < limit:
            chunk = self._view[end : min(end + _LINE_CHUNK, limit)].tobytes()
            newline = chunk.find(b"\n")
            if newline >= 0:
                end += newline + 1
                break
            end += len(chunk)
        return self.read(end - self._pos)


class MappedFile(BufferFile):
    """Whoosh's ``BufferFile`` reading from the buffer it is given instead of a copy of it."""

    def __init__(self, buf, name=None, onclose=None):
        # BufferFile.__init__ would copy buf into a BytesIO: set what it sets, without the copy.
        self._buf = buf
        self._name = name
        self.file = _ViewReader(memoryview(buf))
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False


def install() -> None:
    """Make Whoosh's compound storage open its files as ``MappedFile`` (idempotent)."""
    compound.BufferFile = MappedFile


install()
