"""A report's original file: found by the path the build recorded, never by a path from a request.

The build records, in its generation's manifest, the absolute paths each report was read from and
the folders (or files) it was asked to read. A file is served only when its real path (symlinks
resolved) lies inside one of those, and only while its content still hashes to the report's id:
a file edited or replaced since the build is not passed off as the report.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from search.schema import content_id

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def original_file(manifest: dict, report_id: str) -> Path | None:
    """The first recorded source of ``report_id`` still in place and unchanged, or None."""
    paths = (manifest.get("paths") or {}).get(report_id) if isinstance(report_id, str) else None
    roots = [os.path.realpath(r) for r in manifest.get("roots") or []]
    for recorded in paths or []:
        real = os.path.realpath(recorded)
        if not any(_inside(real, root) for root in roots) or not os.path.isfile(real):
            continue
        try:
            if content_id(real) == report_id:
                return Path(real)
        except OSError:
            continue
    return None


def links_outside(manifest: dict, report_id: str) -> bool:
    """Whether the report was read through a link, inside the folders the build was given, to a file outside them:
    such a file is never served (its page says why rather than that the file has gone: QA 40 #12)."""
    paths = (manifest.get("paths") or {}).get(report_id) if isinstance(report_id, str) else None
    roots = [os.path.realpath(r) for r in manifest.get("roots") or []]
    for recorded in paths or []:
        where = os.path.join(os.path.realpath(os.path.dirname(recorded)), os.path.basename(recorded))
        if os.path.islink(where) and any(_inside(where, root) for root in roots) \
                and not any(_inside(os.path.realpath(where), root) for root in roots):
            return True
    return False


# A text file's encoding as the reader detected it -> the charset its download names; the BOM-less UTF-16 and
# UTF-32 forms name their byte order (a browser cannot guess it), the BOM forms let the BOM say it.
_CHARSETS = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "gb18030": "gb18030", "big5hkscs": "big5-hkscs",
             "utf-16-le": "utf-16le", "utf-16-be": "utf-16be", "utf-32-le": "utf-32le", "utf-32-be": "utf-32be",
             "utf-16-le with BOM": "utf-16", "utf-16-be with BOM": "utf-16", "utf-32-le with BOM": "utf-32",
             "utf-32-be with BOM": "utf-32"}


def media_type(kind: str | None, encoding: str | None = None) -> str:
    """What to label a download of a report of this kind (as read, not as named) with: a text file as
    text in the charset it was read in (a phone previews it); HTML, and text whose encoding the index
    did not record, as plain bytes, so that no browser renders a saved page in our origin. The whole
    Content-Type value, charset included: the view sets it as is (send_file would add a second charset)."""
    if kind == "txt" and encoding in _CHARSETS:
        return f"text/plain; charset={_CHARSETS[encoding]}"
    return MEDIA_TYPES.get(kind or "", "application/octet-stream")


@dataclass
class Original:
    """A report's original file, and the media type to send it as."""

    path: Path
    media_type: str


def find_original(searcher, report: dict) -> Original | None:
    """The file ``report`` was read from, by the manifest of the generation ``searcher`` reads;
    None when it has moved or changed since the build."""
    found = original_file(searcher.manifest(), report["id"])
    return None if found is None else Original(found, media_type(report.get("kind"), report.get("encoding")))


ORIGINAL_GONE = "原始文件已不在建立索引时的位置，或内容已改变。"
ORIGINAL_OUTSIDE = "这份报告是通过链接读取的，链接指向建立索引的文件夹之外的文件；出于安全考虑，不提供该文件的下载。"


def original_links_outside(searcher, report: dict) -> bool:
    """``links_outside`` of ``report``, by the manifest of the generation ``searcher`` reads."""
    return links_outside(searcher.manifest(), report["id"])


def original_missing(searcher, report: dict) -> str:
    """Why ``report``'s original file is not served: a file read through a link out of the folders never is (QA 40 #12)."""
    return ORIGINAL_OUTSIDE if original_links_outside(searcher, report) else ORIGINAL_GONE
