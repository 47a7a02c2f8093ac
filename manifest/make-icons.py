#!/usr/bin/env python3
"""Draw the two Teams app icons for HcsBot and write them as PNG files.

Why a script and not a design tool: the icons are simple geometry (a speech bubble holding a tick),
so drawing them in code keeps them reproducible, reviewable in a diff and free of any licence
question. Standard library only (zlib + struct), so it runs on any machine with python3 and no
network.

    python3 manifest/make-icons.py            # rewrites manifest/color.png and manifest/outline.png

Teams' rules that shape the output:
  - color.png: 192x192, full colour. The brand colour fills the whole square (Teams rounds the
    corners) and the symbol stays inside the central 96x96 safe region.
  - outline.png: 32x32, white on a fully transparent background (alpha channel), nothing but white.
"""

from __future__ import annotations

import math
import os
import struct
import zlib

# NHS-style blue: the colour apprentices already associate with their workplace.
BRAND_RGB = (0x00, 0x5E, 0xB8)
WHITE_RGB = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4  # samples per axis per pixel, for smooth anti-aliased edges


def _segment_distance(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> float:
    abx, aby = bx - ax, by - ay
    t = ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby)
    t = max(0.0, min(1.0, t))
    dx, dy = px - (ax + t * abx), py - (ay + t * aby)
    return math.hypot(dx, dy)


def _rounded_rect_distance(px: float, py: float, cx: float, cy: float, hw: float, hh: float, r: float) -> float:
    """Signed distance to a rounded rectangle centred on (cx, cy): negative inside."""
    qx = abs(px - cx) - (hw - r)
    qy = abs(py - cy) - (hh - r)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return outside + inside - r


def _point_in_triangle(px: float, py: float, a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> bool:
    def cross(o: tuple[float, float], p: tuple[float, float], q: tuple[float, float]) -> float:
        return (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0])

    d1 = cross(a, b, (px, py))
    d2 = cross(b, c, (px, py))
    d3 = cross(c, a, (px, py))
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def _glyph_coverage(u: float, v: float, stroke: float) -> bool:
    """The glyph in a unit square (0..1): an outlined speech bubble with a tick inside.

    `stroke` is the line width in unit-square terms, so the outline icon can use a thicker line
    than the colour icon and stay legible at 32 pixels.
    """
    # Bubble body: a rounded rectangle, drawn as a ring of width `stroke`.
    d = _rounded_rect_distance(u, v, 0.5, 0.44, 0.40, 0.30, 0.12)
    ring = -stroke <= d <= 0.0
    # Bubble tail: a small triangle below the body, on the left, solid.
    tail = _point_in_triangle(u, v, (0.24, 0.70), (0.40, 0.70), (0.22, 0.90))
    # Tick: two strokes inside the bubble.
    tick_half = stroke * 0.55
    tick = (
        _segment_distance(u, v, 0.32, 0.45, 0.45, 0.57) <= tick_half
        or _segment_distance(u, v, 0.45, 0.57, 0.69, 0.32) <= tick_half
    )
    return ring or tail or tick


def _render(size: int, stroke: float, scale: float, background: tuple[int, int, int] | None) -> list[bytes]:
    """Rows of RGBA pixels. With no background the glyph is white on transparent.

    `scale` shrinks the glyph about the centre: Teams crops colour icons differently in different
    places, so their symbol should sit inside the central half of the square.
    """
    rows: list[bytes] = []
    n = SUPERSAMPLE
    for y in range(size):
        row = bytearray()
        for x in range(size):
            hits = 0
            for sy in range(n):
                for sx in range(n):
                    u = 0.5 + ((x + (sx + 0.5) / n) / size - 0.5) / scale
                    v = 0.5 + ((y + (sy + 0.5) / n) / size - 0.5) / scale
                    if _glyph_coverage(u, v, stroke):
                        hits += 1
            coverage = hits / (n * n)
            if background is None:
                # Pure white everywhere the glyph is; only alpha varies, so edges stay white.
                alpha = round(coverage * 255)
                row += bytes((*WHITE_RGB, alpha)) if alpha else bytes((0, 0, 0, 0))
            else:
                mixed = tuple(round(b + (w - b) * coverage) for b, w in zip(background, WHITE_RGB))
                row += bytes((*mixed, 255))
        rows.append(bytes(row))
    return rows


def _png(size: int, rows: list[bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    # 8-bit RGBA (colour type 6), no interlace; every scanline uses filter 0 (None).
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "color.png"), "wb") as f:
        f.write(_png(192, _render(192, stroke=0.08, scale=0.6, background=BRAND_RGB)))
    with open(os.path.join(here, "outline.png"), "wb") as f:
        f.write(_png(32, _render(32, stroke=0.10, scale=1.0, background=None)))
    print("wrote color.png (192x192) and outline.png (32x32)")


if __name__ == "__main__":
    main()
