"""A small PDF object editor for reportlab's output (no pikepdf or pypdf needed): reportlab writes one
uncompressed object per `N 0 obj`, a classic xref table and no object streams, so a file can be read as a
table of objects, its dictionaries edited as text, objects added, and the file written out again with a fresh
xref table (`write`) or an *incremental update* appended to the original bytes (`append_update`), the way
Acrobat saves an edit.

Used by this batch for what reportlab does not write itself: a structure tree (tagged PDF), optional content
groups, Type 3 fonts, extra content streams, crop boxes and AcroForm tweaks."""
from __future__ import annotations

import hashlib
import re

import common

_OBJ = re.compile(rb"(\d+) 0 obj\s*")


class PDF:
    def __init__(self, data: bytes):
        self.original = data
        m = list(re.finditer(rb"startxref\s+(\d+)", data))[-1]
        xref_at = int(m.group(1))
        xref = data[xref_at:]
        head = re.match(rb"xref\s+0 (\d+)\s+", xref)
        n = int(head.group(1))
        rows = xref[head.end(): head.end() + 20 * n]
        offsets = {}
        for i in range(n):
            row = rows[20 * i: 20 * i + 20]
            off, _gen, kind = row[:10], row[11:16], row[17:18]
            if kind == b"n":
                offsets[i] = int(off)
        self.objs: dict[int, bytes] = {}
        for num, off in offsets.items():
            mm = _OBJ.match(data, off)
            assert mm and int(mm.group(1)) == num, (num, off)
            end = data.index(b"endobj", self._stream_end(data, mm.end()))
            self.objs[num] = data[mm.end():end].rstrip()
        trailer = data[data.index(b"trailer", xref_at):]
        self.root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
        self.info = int(re.search(rb"/Info (\d+) 0 R", trailer).group(1))
        self.size = n
        self.new: dict[int, bytes] = {}

    @staticmethod
    def _stream_end(data: bytes, start: int) -> int:
        """Where to start looking for `endobj`: after the stream, if the object has one."""
        s = data.find(b"stream", start)
        e = data.find(b"endobj", start)
        if s != -1 and s < e:
            ln = int(re.search(rb"/Length (\d+)", data[start:s]).group(1))
            return s + len(b"stream\n") + ln
        return start

    # ------------------------------------------------------------------ access
    def get(self, num: int) -> bytes:
        return self.new.get(num, self.objs.get(num))

    def set(self, num: int, body: bytes) -> None:
        self.new[num] = body

    def add(self, body: bytes) -> int:
        num = self.size
        self.size += 1
        self.new[num] = body
        return num

    def add_stream(self, dict_entries: bytes, payload: bytes) -> int:
        return self.add(b"<< " + dict_entries + b" /Length %d >>\nstream\n" % len(payload) + payload
                        + b"\nendstream")

    def pages(self) -> list[int]:
        kids = re.search(rb"/Kids \[([^\]]*)\]", self.get(self._pages_root())).group(1)
        return [int(k) for k in re.findall(rb"(\d+) 0 R", kids)]

    def _pages_root(self) -> int:
        return int(re.search(rb"/Pages (\d+) 0 R", self.get(self.root)).group(1))

    def dict_add(self, num: int, entries: bytes) -> None:
        """Add entries just inside the object's outermost dictionary (before its final `>>`)."""
        body = self.get(num)
        if b"stream" in body and body.lstrip().startswith(b"<<"):
            cut = body.index(b"stream")
            d, rest = body[:cut].rstrip(), body[cut:]
            self.set(num, d[:-2] + b" " + entries + b" >>\n" + rest)
        else:
            b = body.rstrip()
            assert b.endswith(b">>"), body[:80]
            self.set(num, b[:-2] + b" " + entries + b"\n>>")

    def page_resources_add(self, page: int, key: bytes, entries: bytes) -> None:
        """Add `/key << entries >>` to a page's inline /Resources dictionary."""
        body = self.get(page)
        m = re.search(rb"/Resources <<", body)
        assert m, "reportlab pages carry inline resources"
        self.set(page, body[:m.end()] + b"\n" + key + b" << " + entries + b" >>" + body[m.end():])

    # ------------------------------------------------------------------ output
    def _id(self, name: str) -> bytes:
        d = hashlib.md5(name.encode()).hexdigest().upper().encode()
        return b"/ID [<" + d + b"> <" + d + b">]"

    def write(self, name: str, header: bytes = b"%PDF-1.7") -> bytes:
        """The whole file again, objects in number order, fresh xref; /ID from the file name."""
        out = bytearray(header + b"\n%\xe2\xe3\xcf\xd3\n")
        offs = {}
        allobjs = {**self.objs, **self.new}
        for num in sorted(allobjs):
            offs[num] = len(out)
            out += b"%d 0 obj\n" % num + allobjs[num] + b"\nendobj\n"
        xref_at = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % self.size
        for num in range(1, self.size):
            out += (b"%010d 00000 n \n" % offs[num]) if num in offs else b"0000000000 65535 f \n"
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R " % (self.size, self.root, self.info)
                + self._id(name) + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_at)
        return bytes(out)

    def append_update(self, name: str) -> bytes:
        """The original bytes plus an incremental update holding only the new and changed objects."""
        base = self.original
        if not base.endswith(b"\n"):
            base += b"\n"
        out = bytearray(base)
        prev = int(list(re.finditer(rb"startxref\s+(\d+)", base))[-1].group(1))
        offs = {}
        for num in sorted(self.new):
            offs[num] = len(out)
            out += b"%d 0 obj\n" % num + self.new[num] + b"\nendobj\n"
        xref_at = len(out)
        out += b"xref\n"
        nums = sorted(offs)
        runs, run = [], []
        for num in nums:
            if run and num != run[-1] + 1:
                runs.append(run)
                run = []
            run.append(num)
        if run:
            runs.append(run)
        for r in runs:
            out += b"%d %d\n" % (r[0], len(r))
            for num in r:
                out += b"%010d 00000 n \n" % offs[num]
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d " % (self.size, self.root, self.info, prev)
                + self._id(name) + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_at)
        return bytes(out)


def pdf_string(s: str) -> bytes:
    """A PDF text string: UTF-16BE hex with a byte-order mark."""
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def pin_info(pdf: PDF, **fields: str) -> None:
    """Rewrite the /Info dictionary with fixed dates and the given fields (Title=..., Producer=...)."""
    d = common.FIXED_PDF_DIGITS
    body = b"<< " + b" ".join(b"/" + k.encode() + b" " + pdf_string(v) for k, v in fields.items())
    body += b" /CreationDate (D:" + d + b"Z) /ModDate (D:" + d + b"Z) >>"
    pdf.set(pdf.info, body)
