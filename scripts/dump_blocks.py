"""Print the blocks stratalign reads from a document: a debugging aid for layout work."""
import sys
import time
from pathlib import Path

from stratalign.ingest import read_document

for arg in sys.argv[1:]:
    t = time.time()
    doc = read_document(Path(arg))
    print(f"# {doc.name}  title={doc.title!r} body={doc.body_size} pages={doc.page_count} {time.time()-t:.3f}s")
    for b in doc.blocks:
        extra = f" T{b.table}r{b.row}c{b.col}" if b.table >= 0 else ""
        tgt = f" ->{b.target}" if b.target else ""
        lead = f" lead={b.lead!r}" if b.lead else ""
        print(f"p{b.page:<3}{b.kind[:4]:5}L{b.level} s{b.size:<4} {'B' if b.bold else ' '} {b.marker or '':4}{extra}{tgt}{lead} | {b.text[:110]}")
