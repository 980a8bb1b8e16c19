"""Scanned copies of PDFs, made at test time (no scan is committed).

    .venv/bin/python -m tests.indexer.scans SOURCE.pdf OUT.pdf [--dpi 200] [--angle 1.5] [--noise 0.02]

Each page is rendered in grey (pypdfium2), optionally turned by a degree or two as a sheet fed
crooked into a scanner, speckled with noise, and written into a PDF of page images only: no text
layer, as a scanner makes it. Deterministic: the same arguments give the same bytes.
"""
from __future__ import annotations

import argparse
import io
import os
from pathlib import Path

import numpy as np
import pypdfium2
import pytest
from PIL import Image, ImageDraw, ImageFont

IN_CI = os.environ.get("CI", "").lower() == "true"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"  # Debian fonts-noto-cjk
_SIMPLIFIED = 2  # the collection's face for Simplified Chinese (0 is Japanese)


def require_tesseract() -> None:
    """Skip a test that needs Tesseract when it is missing, with what to install; in CI, fail."""
    from indexer.readers.ocr import unavailable

    reason = unavailable()
    if reason is None:
        return
    if IN_CI:
        pytest.fail(f"{reason}: CI must install it (.ci/run)")
    pytest.skip(reason)


def _scanned(image: Image.Image, angle: float, noise: float, rng: np.random.Generator) -> Image.Image:
    """A page image fed a little crooked into a scanner that adds dust."""
    if angle:
        image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    if noise:
        pixels = np.asarray(image).copy()
        speckle = rng.random(pixels.shape) < noise
        pixels[speckle] = rng.integers(0, 256, int(speckle.sum()), dtype=np.uint8)
        image = Image.fromarray(pixels)
    return image


def scan_pages(source: Path, dpi: int = 200, angle: float = 0.0, noise: float = 0.0,
               seed: int = 0) -> list[Image.Image]:
    """The pages of a PDF as a scanner would image them."""
    rng = np.random.default_rng(seed)
    pdf = pypdfium2.PdfDocument(str(source))
    images = []
    try:
        for page in pdf:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            images.append(_scanned(image, angle, noise, rng))
    finally:
        pdf.close()
    return images


def typeset_pages(text: str, dpi: int = 200, size: float = 11.0) -> list[Image.Image]:
    """A text printed on A4 pages, one paragraph a line (wrapped at the margin), as Word prints a
    report whose table was pasted one cell a paragraph: no rules, a lone figure on a line."""
    scale = dpi / 72
    width, height, margin = int(595 * scale), int(842 * scale), int(72 * scale)
    font = ImageFont.truetype(FONT, int(size * scale), index=_SIMPLIFIED)
    step = int(1.6 * size * scale)
    lines = []
    for paragraph in text.splitlines():
        paragraph, line = paragraph.strip(), ""
        for char in paragraph:
            if font.getlength(line + char) > width - 2 * margin:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    per_page = (height - 2 * margin) // step
    pages = []
    for start in range(0, len(lines), per_page):
        page = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(page)
        for k, line in enumerate(lines[start:start + per_page]):
            draw.text((margin, margin + k * step), line, font=font, fill=0)
        pages.append(page)
    return pages


def one_cell_a_line(text: str) -> str:
    """A text whose tab-separated table rows are written one cell a line, a blank line after each
    row, as a table pasted into Word cell by cell comes out (seed 003's form)."""
    out = []
    for line in text.splitlines():
        if "\t" in line:
            out += ["\t" + cell.strip() for cell in line.split("\t")] + [""]
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def typeset_scan(source: Path, target: Path, dpi: int = 200, angle: float = 0.0, noise: float = 0.0,
                 seed: int = 0) -> Path:
    """Write a scan of a text file printed one paragraph a line (``typeset_pages``) to ``target``."""
    rng = np.random.default_rng(seed)
    pages = typeset_pages(source.read_text(encoding="utf-8"), dpi)
    return write_scan([_scanned(page, angle, noise, rng) for page in pages], target, dpi)


def write_scan(images: list[Image.Image], target: Path, dpi: int = 200) -> Path:
    """An image-only PDF of the page images."""
    out = io.BytesIO()
    # No creation or modification time (Pillow stamps the current second): the same pages make the same bytes, so
    # the OCR cache, keyed by them, knows a scan made again (tests/ocr_prefetch.py relies on it).
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:], creationDate=None,
                   modDate=None)
    target.write_bytes(out.getvalue())
    return target


def scan_copy(source: Path, target: Path, dpi: int = 200, angle: float = 0.0, noise: float = 0.0,
              seed: int = 0) -> Path:
    """Write a scanned copy of ``source`` to ``target``."""
    return write_scan(scan_pages(source, dpi, angle, noise, seed), target, dpi)


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a scanned (image-only) copy of a PDF.")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--angle", type=float, default=0.0, help="degrees, counter-clockwise")
    parser.add_argument("--noise", type=float, default=0.0, help="share of pixels speckled")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    scan_copy(args.source, args.target, args.dpi, args.angle, args.noise, args.seed)


if __name__ == "__main__":
    main()
