"""Glyph outlines from a TrueType font (Liberation Sans), read with the standard library and reportlab's
TTF reader, for two things reportlab cannot do by itself: text **converted to outlines** (vector paths, no text
layer) and **Type 3 fonts** (each glyph a small content stream, with a ToUnicode map)."""
from __future__ import annotations

import struct
import zlib
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFile

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")


class Outlines:
    def __init__(self, file: str = "LiberationSans-Bold.ttf"):
        self.ttf = TTFontFile(str(FONT_DIR / file))
        self.upm = self.ttf.unitsPerEm
        self.glyf = self.ttf.get_table("glyf")
        head = self.ttf.get_table("head")
        long_loca = struct.unpack(">h", head[50:52])[0] == 1
        loca = self.ttf.get_table("loca")
        n = self.ttf.numGlyphs + 1
        if long_loca:
            self.loca = list(struct.unpack(">%dL" % n, loca[: 4 * n]))
        else:
            self.loca = [2 * v for v in struct.unpack(">%dH" % n, loca[: 2 * n])]
        hhea = self.ttf.get_table("hhea")
        n_hm = struct.unpack(">H", hhea[34:36])[0]
        hmtx = self.ttf.get_table("hmtx")
        self.adv = [struct.unpack(">H", hmtx[4 * i: 4 * i + 2])[0] for i in range(n_hm)]
        self.adv += [self.adv[-1]] * (self.ttf.numGlyphs - n_hm)

    def gid(self, ch: str) -> int:
        return self.ttf.charToGlyph.get(ord(ch), 0)

    def advance(self, ch: str) -> float:
        """Advance width in 1/1000 em."""
        return self.adv[self.gid(ch)] * 1000.0 / self.upm

    def width(self, s: str, size: float) -> float:
        return sum(self.advance(ch) for ch in s) * size / 1000.0

    @lru_cache(maxsize=None)
    def contours(self, gid: int) -> tuple:
        """The glyph's contours as lists of (x, y, on_curve) in font units (composites resolved)."""
        a, b = self.loca[gid], self.loca[gid + 1]
        if a == b:
            return ()
        g = self.glyf[a:b]
        ncont = struct.unpack(">h", g[:2])[0]
        if ncont < 0:
            return self._composite(g)
        ends = struct.unpack(">%dH" % ncont, g[10: 10 + 2 * ncont])
        p = 10 + 2 * ncont
        ilen = struct.unpack(">H", g[p: p + 2])[0]
        p += 2 + ilen
        npts = ends[-1] + 1
        flags = []
        while len(flags) < npts:
            f = g[p]
            p += 1
            flags.append(f)
            if f & 8:
                r = g[p]
                p += 1
                flags += [f] * r
        xs, ys = [], []
        for coords, short, same in ((xs, 2, 16), (ys, 4, 32)):
            v = 0
            for f in flags:
                if f & short:
                    d = g[p]
                    p += 1
                    v += d if f & same else -d
                elif not f & same:
                    v += struct.unpack(">h", g[p: p + 2])[0]
                    p += 2
                coords.append(v)
        out, start = [], 0
        for e in ends:
            out.append(tuple((xs[i], ys[i], bool(flags[i] & 1)) for i in range(start, e + 1)))
            start = e + 1
        return tuple(out)

    def _composite(self, g: bytes) -> tuple:
        p, out = 10, []
        while True:
            flags, gi = struct.unpack(">HH", g[p: p + 4])
            p += 4
            if flags & 1:
                dx, dy = struct.unpack(">hh", g[p: p + 4])
                p += 4
            else:
                dx, dy = struct.unpack(">bb", g[p: p + 2])
                p += 2
            if flags & 8:
                p += 2
            elif flags & 0x40:
                p += 4
            elif flags & 0x80:
                p += 8
            for c in self.contours(gi):
                out.append(tuple((x + dx, y + dy, on) for x, y, on in c))
            if not flags & 0x20:
                break
        return tuple(out)

    def path_ops(self, ch: str, scale: float, ox: float = 0.0, oy: float = 0.0) -> list[str]:
        """PDF path operators (m, l, c, h) drawing the glyph, font units times `scale`, offset by (ox, oy)."""
        ops = []
        f = lambda v: f"{v:.1f}".rstrip("0").rstrip(".")  # noqa: E731
        for cont in self.contours(self.gid(ch)):
            pts = [(x * scale + ox, y * scale + oy, on) for x, y, on in cont]
            # start on an on-curve point (or a midpoint between two off-curve points)
            k = next((i for i, q in enumerate(pts) if q[2]), None)
            if k is None:
                a, b = pts[0], pts[1]
                pts = [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, True)] + pts[1:] + pts[:1]
            else:
                pts = pts[k:] + pts[:k]
            x0, y0 = pts[0][0], pts[0][1]
            ops.append(f"{f(x0)} {f(y0)} m")
            cur = (x0, y0)
            ctrl = None
            for x, y, on in pts[1:] + [pts[0]]:
                if on:
                    if ctrl is None:
                        ops.append(f"{f(x)} {f(y)} l")
                    else:
                        ops.append(_quad(cur, ctrl, (x, y), f))
                        ctrl = None
                    cur = (x, y)
                else:
                    if ctrl is not None:
                        mid = ((ctrl[0] + x) / 2, (ctrl[1] + y) / 2)
                        ops.append(_quad(cur, ctrl, mid, f))
                        cur = mid
                    ctrl = (x, y)
            ops.append("h")
        return ops

    def bbox(self, ch: str) -> tuple[int, int, int, int]:
        pts = [(x, y) for c in self.contours(self.gid(ch)) for x, y, _ in c]
        if not pts:
            return (0, 0, 0, 0)
        xs, ys = zip(*pts)
        return min(xs), min(ys), max(xs), max(ys)


def _quad(p0, q, p1, f) -> str:
    c1 = (p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1]))
    c2 = (p1[0] + 2 / 3 * (q[0] - p1[0]), p1[1] + 2 / 3 * (q[1] - p1[1]))
    return f"{f(c1[0])} {f(c1[1])} {f(c2[0])} {f(c2[1])} {f(p1[0])} {f(p1[1])} c"


def outlined_text(c, s: str, x: float, y: float, size: float, outl: Outlines, color=(0, 0, 0)) -> float:
    """Draw `s` on a reportlab canvas as filled vector paths (text "converted to outlines"): no text object,
    nothing in the text layer. Returns the width."""
    sc = size / outl.upm
    ops = ["q", "%.4f %.4f %.4f rg" % color]
    cx = x
    for ch in s:
        ops += outl.path_ops(ch, sc, cx, y)
        cx += outl.advance(ch) * size / 1000.0
    ops += ["f", "Q"]
    c._code.append("\n".join(ops))
    return cx - x


class Type3Font:
    """A Type 3 font built from Liberation glyph outlines. Codes are handed out in order of first use (1, 2, 3
    …, the way design tools subset), so the content stream bytes are not ASCII; a ToUnicode CMap maps them
    back. FontMatrix is the usual 1/1000."""

    def __init__(self, outl: Outlines, tag: str):
        self.o, self.tag = outl, tag
        self.codes: dict[str, int] = {}

    def encode(self, s: str) -> str:
        """The string as a PDF hex string of this font's codes."""
        out = []
        for ch in s:
            if ch not in self.codes:
                self.codes[ch] = len(self.codes) + 1
                assert self.codes[ch] < 256, "Type 3 font: more than 255 glyphs"
            out.append("%02X" % self.codes[ch])
        return "<" + "".join(out) + ">"

    def objects(self, pdf) -> int:
        """Write the font's objects into a pdfobj.PDF; returns the font dictionary's object number."""
        k = 1000.0 / self.o.upm
        procs, widths, names = [], [], []
        bb = [0, 0, 0, 0]
        for ch, code in sorted(self.codes.items(), key=lambda kv: kv[1]):
            w = self.o.advance(ch)
            x0, y0, x1, y1 = (round(v * k) for v in self.o.bbox(ch))
            bb = [min(bb[0], x0), min(bb[1], y0), max(bb[2], x1), max(bb[3], y1)]
            body = f"{w:.0f} 0 {x0} {y0} {x1} {y1} d1\n" + "\n".join(self.o.path_ops(ch, k)) + "\nf"
            data = zlib.compress(body.encode(), 9)
            procs.append(pdf.add_stream(b"/Filter /FlateDecode", data))
            widths.append(f"{w:.0f}")
            names.append(f"/g{code}")
        charprocs = " ".join(f"/g{code} {n} 0 R" for code, n in zip(range(1, len(procs) + 1), procs))
        cmap = self._tounicode().encode()
        tu = pdf.add_stream(b"/Filter /FlateDecode", zlib.compress(cmap, 9))
        d = (f"<< /Type /Font /Subtype /Type3 /Name /{self.tag} /FontBBox [{bb[0]} {bb[1]} {bb[2]} {bb[3]}] "
             f"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << {charprocs} >> "
             f"/Encoding << /Type /Encoding /Differences [1 {' '.join(names)}] >> "
             f"/FirstChar 1 /LastChar {len(procs)} /Widths [{' '.join(widths)}] "
             f"/Resources << /ProcSet [/PDF] >> /ToUnicode {tu} 0 R >>")
        return pdf.add(d.encode())

    def _tounicode(self) -> str:
        rows = [f"<{code:02X}> <{ord(ch):04X}>" for ch, code in sorted(self.codes.items(), key=lambda kv: kv[1])]
        chunks = [rows[i: i + 100] for i in range(0, len(rows), 100)]
        body = "".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar\n" for c in chunks)
        return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
                "endcodespacerange\n" + body + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
