"""The page sequence the district brochures share around their priorities page.

Page order: 1 cover, 2 contents, 3 foreword, 4 area in numbers, 5 context (the previous plan's priorities, the
Police and Crime Commissioner's priorities quoted, statutory duties), then the document's own priorities
page(s), then the action plan (with a "Theme" column of short labels), measures, governance and a back page."""
from __future__ import annotations

from . import pages
from .kit import Doc
from .plan import PRIORITIES as PCP

PCP_TITLES = [p[0] for p in PCP]


def pcc_box():
    """The PCC's priorities as a partner document quotes them (a distractor)."""
    return ("The Police and Crime Commissioner's priorities",
            [("p", "The Commissioner's Police and Crime Plan 2026\u20132030 sets seven priorities. We have had "
                   "regard to them in setting ours:"),
             ("b", PCP_TITLES)])


def build_standard(d: Doc, cfg: dict, priority_pages, n_prio_pages: int = 1):
    """Draw the whole brochure; `priority_pages(d)` draws the priorities page(s) (n_prio_pages pages)."""
    after = 6 + n_prio_pages
    entries = [("Foreword", 3), (cfg.get("numbers_title", "Our area in numbers"), 4),
               (cfg.get("context_title", "Where we are now"), 5),
               (cfg.get("prio_title", "Our priorities for 2026\u20132029"), 6),
               ("Our action plan", after), ("Measuring success", after + 1),
               ("How the partnership works", after + 2), ("Contact us", after + 3)]
    pages.cover(d, cfg["cover_lines"], cfg["years"], cfg["org_line"], variant=cfg.get("cover", "split"),
                seed=cfg.get("seed", 2))
    pages.contents(d, entries, intro=cfg.get("contents_intro"), variant=cfg.get("contents", "list"))
    pages.prose(d, "Foreword", [("p", p) for p in cfg["foreword"]] + [("i", cfg["signed"])], cols=1,
                quote=cfg.get("quote"))
    pages.stats(d, cfg.get("numbers_title", "Our area in numbers"), cfg["tiles"], cfg["findings"])
    prev = [("h", cfg.get("prev_title", "Our 2023\u20132026 priorities")),
            ("p", cfg.get("prev_intro", "Our last plan focused on these priorities. The strategic assessment "
                                        "reviewed progress against each of them:")),
            ("b", cfg["previous"]),
            ("h", cfg.get("assessment_title", "What the strategic assessment found")),
            ("p", cfg["assessment"]),
            ("h", "Our statutory duties"),
            ("p", cfg.get("duties", "The partnership is made up of the responsible authorities under the Crime "
                  "and Disorder Act 1998: the council, Hampshire and Isle of Wight Constabulary, Hampshire and "
                  "Isle of Wight Fire and Rescue Service, the integrated care board and the Probation Service. "
                  "Since January 2023 the Serious Violence Duty has also required us to work together to prevent "
                  "and reduce serious violence, and the Domestic Abuse Act 2021 places duties on the county "
                  "council for safe accommodation."))] + cfg.get("context_extra", [])
    pages.prose(d, cfg.get("context_title", "Where we are now"), prev, cols=cfg.get("context_cols", 1),
                sidebar=cfg.get("sidebar", pcc_box()))
    start = d.n
    priority_pages(d)
    if d.n != start + n_prio_pages:
        raise RuntimeError(f"{d.path.name}: priorities took {d.n - start} pages, expected {n_prio_pages}")
    pages.table_page(d, "Our action plan", cfg.get("action_intro", "What partners will do in the first year. "
                     "The themes are short names for our priorities."),
                     ["Theme", "Action", "Lead", "By"], cfg["actions"], [22, 80, 28, 14])
    pages.table_page(d, "Measuring success", "We will report these measures to the partnership every quarter "
                     "(baselines are illustrative).", ["Measure", "Baseline", "Direction"], cfg["measures"],
                     [80, 25, 25])
    pages.prose(d, "How the partnership works", [("p", p) for p in cfg["governance"]], cols=2,
                sidebar=("Partners", [("b", cfg.get("partners", [
                    "The council", "Hampshire and Isle of Wight Constabulary", "Hampshire and Isle of Wight "
                    "Fire and Rescue Service", "Probation Service", "Hampshire and Isle of Wight integrated care "
                    "board", "Hampshire County Council", "Housing associations and the voluntary sector"]))]))
    pages.back(d, cfg["org"], cfg["contacts"], strap="A re-created document for testing. Not an official "
                                                      "publication. All statistics are illustrative.")
    return d.save()
