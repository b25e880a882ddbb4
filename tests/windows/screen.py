#!/usr/bin/env python3
"""Checks a screenshot of the Windows game under Wine (an X window dump from `xwd`): prints its
size, how many colours it has and how many pixels are the wordmark's blue and green, and
fails when the screen is blank or the game's colours are missing. Also writes a PNG of it
for a person to look at. Standard library only: CI installs nothing for it."""

import struct
import sys
import zlib


def read_xwd(path):
    data = open(path, "rb").read()
    header = struct.unpack(">25I", data[:100])
    header_size, _, _, depth, width, height = header[:6]
    bits_per_pixel, bytes_per_line = header[11], header[12]
    byte_order = header[7]
    ncolors = header[19]
    if bits_per_pixel not in (24, 32) or depth < 24:
        sys.exit(f"screen.py: {path}: {bits_per_pixel} bits per pixel, depth {depth}; expected 24 or 32, and 24")
    size = bits_per_pixel // 8
    pixels = data[header_size + 12 * ncolors:]
    rows = []
    for y in range(height):
        line = pixels[y * bytes_per_line:y * bytes_per_line + size * width]
        row = []
        for x in range(width):
            p = line[size * x:size * x + size]
            value = int.from_bytes(p, "little" if byte_order == 0 else "big")
            row.append(((value >> 16) & 255, (value >> 8) & 255, value & 255))
        rows.append(row)
    return width, height, rows


def write_png(path, width, height, rows):
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in rows)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


def near(pixel, colour, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: screen.py SCREEN.xwd OUT.png")
    width, height, rows = read_xwd(sys.argv[1])
    write_png(sys.argv[2], width, height, rows)
    colours = {px for row in rows for px in row}
    blue = sum(1 for row in rows for px in row if near(px, (0x1F, 0x4E, 0x8C)))
    green = sum(1 for row in rows for px in row if near(px, (0x1B, 0x7F, 0x3B)))
    print(f"screen: {width}x{height}, {len(colours)} colours, {blue} blue and {green} green pixels")
    problems = []
    if len(colours) < 50:
        problems.append("fewer than 50 colours: a blank or unpainted window")
    if blue < 200:
        problems.append("fewer than 200 pixels of the accent blue (#1f4e8c): no wordmark, buttons or headings")
    if problems:
        sys.exit("screen.py: " + "; ".join(problems))


main()
