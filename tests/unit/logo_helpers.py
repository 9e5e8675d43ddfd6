"""Pictures for the practice-logo tests, made with Pillow in memory."""

from __future__ import annotations

import io
import os

import pypdf
from PIL import Image


def png(width: int = 40, height: int = 16, colour: tuple[int, int, int] = (30, 90, 160)) -> bytes:
    """A small PNG of one colour, written as the profile keeps a logo (so it is kept as is)."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG", optimize=True)
    return out.getvalue()


def tiny_png() -> bytes:
    return png()


def jpeg(exif: bytes = b"") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 30), (200, 40, 40)).save(out, format="JPEG", exif=exif)
    return out.getvalue()


def pixels(data: bytes) -> tuple[str, tuple[int, int], bytes]:
    with Image.open(io.BytesIO(data)) as picture:
        return picture.mode, picture.size, picture.convert("RGB").tobytes()


def big_png() -> bytes:
    """A real PNG larger than 1 MB (noise does not compress)."""
    width, height = 700, 600
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)).save(out, "PNG")
    data = out.getvalue()
    assert len(data) > 1024 * 1024
    return data


def image_count(pdf: bytes) -> int:
    """How many image XObjects the PDF's pages draw (forms looked into)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found = 0

    def count(resources: object) -> None:
        nonlocal found
        if not isinstance(resources, dict) or "/XObject" not in resources:
            return
        for ref in resources["/XObject"].get_object().values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                found += 1
            elif xobject.get("/Subtype") == "/Form":
                count(xobject.get("/Resources"))

    for page in reader.pages:
        resources = page.get("/Resources")
        count(resources.get_object() if resources is not None else None)
    return found
