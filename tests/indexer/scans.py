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
from PIL import Image

IN_CI = os.environ.get("CI", "").lower() == "true"


def require_tesseract() -> None:
    """Skip a test that needs Tesseract when it is missing, with what to install; in CI, fail."""
    from indexer.readers.ocr import unavailable

    reason = unavailable()
    if reason is None:
        return
    if IN_CI:
        pytest.fail(f"{reason}: CI must install it (.ci/run)")
    pytest.skip(reason)


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
            if angle:
                image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
            if noise:
                pixels = np.asarray(image).copy()
                speckle = rng.random(pixels.shape) < noise
                pixels[speckle] = rng.integers(0, 256, int(speckle.sum()), dtype=np.uint8)
                image = Image.fromarray(pixels)
            images.append(image)
    finally:
        pdf.close()
    return images


def write_scan(images: list[Image.Image], target: Path, dpi: int = 200) -> Path:
    """An image-only PDF of the page images."""
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
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
