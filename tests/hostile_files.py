"""Hostile files for build tests: the small ones are committed under tests/hostile/, the big ones
are made at test time (``make_big``), so the repository stays small.

    .venv/bin/python -m tests.hostile_files     # rewrite the committed small files

Each file is what a real crawl brings in; ``EXPECTED`` says what the build must make of it: the
one-line reason it is skipped with, or None when it is a good report that must be indexed.
"""
from __future__ import annotations

import hashlib
import io
import os
import random
import struct
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOSTILE = HERE / "hostile"
SAMPLES = HERE.parent / "samples"
BAD = HERE / "data" / "bad"
BIG_TEXT_MB = 50

# file name -> reason the build must give (a prefix of it), or None: indexed.
EXPECTED: dict[str, str | None] = {
    "empty.txt": "empty file",
    "binary-junk.txt": "binary data, not text",
    "truncated.pdf": "truncated or corrupt PDF",
    "encrypted.pdf": "encrypted PDF: needs a password",
    "scan-without-text.pdf": "no text layer",  # grey bars: nothing for OCR to read either
    "not-a-report.txt": "not an annual report",
    "error-page-named.pdf": "not an annual report",
    "legacy-word.doc": "legacy binary Word/Office file (.doc)",
    "deep-nesting.html": None,  # a report inside 400 unclosed <div>s
    "html-with-scripts.html": None,
    "script-in-title.txt": None,
    "docx-named.pdf": None,  # a Word report with the wrong extension
    "text-named.docx": None,  # a text report with the wrong extension
    "gb18030.txt": None,
}
# Made at test time by make_big (too big, or too cheap to make, to commit).
EXPECTED_BIG: dict[str, str] = {
    f"big-{BIG_TEXT_MB}mb.txt": "text file too large",
    "zip-bomb.docx": "zip bomb",
    "huge-when-unzipped.docx": "Word file too large when uncompressed",
}

# A title a hostile publisher (or a broken CMS) could write; it must show as text everywhere.
SCRIPT_TITLE = '<script>alert("t")</script><img src=x onerror=alert(1)>'
SCRIPT_BODY = '<script>alert("body")</script>本机关<b onmouseover=alert(3)>依法</b>主动公开。'



def _link(target: Path, link: Path) -> None:
    """A file tests/data/bad already holds: linked, not copied, so the repository holds it once."""
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(target, link.parent))


def _sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def _renamed(text: str, old: str, new: str) -> str:
    """A sample under another agency's name, so that its content (and id) is its own."""
    return text.replace(old, new)


# --- PDF ------------------------------------------------------------------------------------

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def pdf_bytes(objects: list[bytes], trailer: bytes) -> bytes:
    """A PDF file of these numbered objects, with its cross-reference table and trailer."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d " % (len(objects) + 1) + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def encrypted_pdf(user_password: bytes = b"secret", owner_password: bytes = b"owner") -> bytes:
    """A real one-page PDF encrypted with the standard security handler (RC4 40-bit, R2): it opens
    with its user password and with no other."""
    file_id = hashlib.md5(b"nianbao").digest()
    permissions = -4
    owner_key = hashlib.md5((owner_password + _PAD)[:32]).digest()[:5]
    o_entry = _rc4(owner_key, (user_password + _PAD)[:32])
    key = hashlib.md5((user_password + _PAD)[:32] + o_entry + struct.pack("<i", permissions) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)

    def encrypt(number: int, data: bytes) -> bytes:
        object_key = hashlib.md5(key + struct.pack("<i", number)[:3] + b"\x00\x00").digest()[:10]
        return _rc4(object_key, data)

    content = encrypt(4, b"BT /F1 12 Tf 20 100 Td (Annual report 2020) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + o_entry.hex().encode() + b"> /U <"
        + u_entry.hex().encode() + b"> /P %d >>" % permissions,
    ]
    hex_id = file_id.hex().encode()
    return pdf_bytes(objects, b"/Root 1 0 R /Encrypt 6 0 R /ID [<" + hex_id + b"><" + hex_id + b">]")


def scan_pdf() -> bytes:
    """An image-only PDF, as a scanner makes it: a page of grey 'text' lines and no text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (300, 420), 255)
    draw = ImageDraw.Draw(image)
    for y in range(40, 400, 16):
        draw.rectangle((30, y, 270 - (y * 7) % 90, y + 6), fill=90)
    out = io.BytesIO()
    image.save(out, "PDF", resolution=72)
    return out.getvalue()


# --- Word -----------------------------------------------------------------------------------

def docx_report(text: str) -> bytes:
    """A Word document holding a text report, one paragraph per line (tabs kept)."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _add_zero_entry(path: Path, name: str, size: int) -> None:
    """Append an entry of ``size`` zero bytes, streamed (never held in memory)."""
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(name, "w", force_zip64=True) as entry:
            for _ in range(size // len(chunk)):
                entry.write(chunk)


# --- HTML -----------------------------------------------------------------------------------

def html_with_scripts(report: str) -> str:
    """A saved report page full of script: in the head, inline, in attributes and URLs."""
    body = "\n".join(f"<p>{line}</p>" for line in report.splitlines() if line.strip())
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>年报</title>
<script>document.title = "pwned-head"; fetch("/steal?c=" + document.cookie)</script>
<script src="https://evil.example/x.js"></script>
<style>body {{ background: url(javascript:alert(1)) }}</style>
</head>
<body onload="alert('onload')">
<div class="TRS_Editor">
<script>var injectedMarker = "SCRIPTMARKER7";</script>
{body}
<p><img src="x" onerror="alert('img')"><a href="javascript:alert('link')">返回顶部</a></p>
<noscript>NOSCRIPTMARKER</noscript>
<iframe src="https://evil.example/frame"></iframe>
<svg><script>alert('svg')</script></svg>
</div>
</body></html>
"""


def deep_nesting_html(report: str, depth: int = 400) -> str:
    """A report inside hundreds of unclosed <div>s (broken CMS output)."""
    body = "\n".join(f"<p>{line}</p>" for line in report.splitlines() if line.strip())
    return "<html><body>" + "<div>" * depth + body + "</body></html>"


# --- writing --------------------------------------------------------------------------------

def write_small(folder: Path = HOSTILE) -> None:
    """Write the committed hostile files (deterministic bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    _link(BAD / "empty.txt", folder / "empty.txt")
    (folder / "binary-junk.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    _link(BAD / "truncated.pdf", folder / "truncated.pdf")
    (folder / "encrypted.pdf").write_bytes(encrypted_pdf())
    (folder / "scan-without-text.pdf").write_bytes(scan_pdf())
    _link(BAD / "not-a-report.txt", folder / "not-a-report.txt")
    (folder / "error-page-named.pdf").write_text(
        "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>"
        "<p>您访问的页面不存在或已被删除，请返回首页继续浏览。</p></body></html>", encoding="utf-8")
    (folder / "legacy-word.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))
    (folder / "html-with-scripts.html").write_text(
        html_with_scripts(_renamed(_sample("000_a24194704c1fd16a.txt"), "沙坡头区", "中宁县")), encoding="utf-8")
    (folder / "deep-nesting.html").write_text(
        deep_nesting_html(_renamed(_sample("002_eebf944336d263cb.txt"), "宣和镇", "常乐镇")), encoding="utf-8")
    lines = _renamed(_sample("003_102efd9b51b31bb4.txt"), "海盐县", "安吉县").splitlines()
    lines[0] = SCRIPT_TITLE + lines[0]
    lines.insert(4, SCRIPT_BODY)
    (folder / "script-in-title.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "docx-named.pdf").write_bytes(docx_report(_renamed(_sample("004_6c81e5c04cdd17c4.txt"), "吴忠市", "固原市")))
    (folder / "text-named.docx").write_text(_renamed(_sample("001_8faff2b7f5fbbbed.txt"), "兴庆区", "金凤区"),
                                            encoding="utf-8")
    _link(BAD / "gb18030-encoded.txt", folder / "gb18030.txt")


def make_big(folder: Path) -> None:
    """Write the big hostile files into ``folder`` (a test's tmp_path)."""
    folder.mkdir(parents=True, exist_ok=True)
    report = _sample("000_a24194704c1fd16a.txt").encode("utf-8")
    with open(folder / f"big-{BIG_TEXT_MB}mb.txt", "wb") as f:
        for _ in range(BIG_TEXT_MB * 2**20 // len(report) + 1):
            f.write(report)
    word = docx_report(_sample("004_6c81e5c04cdd17c4.txt"))
    # 64 MB of zeros in 64 kB: within the size limit, far beyond any real compression ratio.
    (folder / "zip-bomb.docx").write_bytes(word)
    _add_zero_entry(folder / "zip-bomb.docx", "word/media/image1.png", 64 << 20)
    # 160 MB of parts in total: beyond the size limit whatever the ratio.
    (folder / "huge-when-unzipped.docx").write_bytes(word)
    for i in range(4):
        _add_zero_entry(folder / "huge-when-unzipped.docx", f"word/media/image{i}.emf", 40 << 20)


if __name__ == "__main__":
    write_small()
    print(f"wrote {len(EXPECTED)} files to {HOSTILE}")
