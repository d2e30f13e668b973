"""Run the analyse pipeline with the deterministic hash embedder in a process of its own, so tests can
kill it or run two at once: python analyse_fake.py FOLDER STORE OUT [DELAY]."""

import sys
import time
from pathlib import Path

from stratalign import pipeline
from stratalign.embed import HashEmbedder
from stratalign.pipeline import Settings, analyse
from stratalign.report import build_report, write_all

folder, store, out = (Path(a) for a in sys.argv[1:4])
delay = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
if delay:
    # slow each document down so that a test can kill the run part way through
    real = pipeline._extract_one

    def slow(*args):
        time.sleep(delay)
        return real(*args)

    pipeline._extract_one = slow
report = build_report(analyse(folder, None, Settings(store=store, workers=1), embedder=HashEmbedder()))
write_all(report, out)
