"""Milton Keynes Youth Justice Plan 2025–2026 (HTML/CSS → Chromium; YJB plan headings): the priorities are
printed on four drawn festival-style fabric wristbands (page 5), each a coloured band with a clasp, the
priority in bold white capitals-free text; no numbers."""
from kit_html import build_doc, e

D = dict(
    file="strategies/milton_keynes_youth_justice_plan_2025-26.pdf",
    title="Milton Keynes Youth Justice Plan 2025–2026", org="Milton Keynes Youth Justice Service",
    strap="Child first, every time", email="yjs@milton-keynes.example", c1="#3D1F6E", c2="#0098A6",
    c3="#D7C8F0", font="'DejaVu Sans'", hfont="'DejaVu Sans'",
    foreword=["This plan is written for the Youth Justice Board and for the children, families and partners we "
              "work with. It follows the Youth Justice Board's guidance and the Child First principle.",
              "Children designed the wristbands on page 5: they wanted our priorities to be something they could "
              "wear, not something hidden in a report."],
    signed="Chair, Milton Keynes Youth Justice Management Board",
    context="Milton Keynes has around 70,000 children aged 10 to 17 (illustrative).",
    stats=[("48", "first-time entrants 2024/25"), ("31%", "reoffending rate"), ("22", "children exploited "
                                                                                      "(screened)"),
           ("85%", "victims offered restorative justice")],
    findings_head="Our performance and the Child First principles",
    findings=["First-time entrants have fallen, helped by the Turnaround programme.",
              "Reoffending is concentrated in a small group of children with complex needs.",
              "A third of children we work with have been exploited.",
              "Victims of children's offending want more say in how harm is repaired.",
              "Child First tenets (as the YJB sets them out, not our priorities): see children as children; "
              "develop pro-social identity; collaborate with children; promote diversion."],
    previous_head="Last year's plan",
    previous_intro="The 2024–25 plan focused on:",
    previous=["Prevention and diversion", "Education", "Serious youth violence", "Over-representation"],
    intro="The management board agreed four priorities for 2025–26.",
    bands=[("YJS1", "Preventing children entering the justice system", "#0098A6"),
           ("YJS2", "Reducing reoffending by children", "#E4572E"),
           ("YJS3", "Keeping children safe from exploitation", "#3D1F6E"),
           ("YJS4", "Restorative justice for victims of children's offending", "#2E8540")],
    actions=[("Prevention", ["Turnaround and out-of-court disposals for every eligible child."]),
             ("Reoffending", ["Intensive support for children with repeat offences."]),
             ("Exploitation", ["Exploitation screening for every child on our caseload."]),
             ("Victims", ["Restorative justice offered to every victim."])],
    governance="The Youth Justice Management Board meets quarterly and reports to the Safer MK Partnership and "
               "the MK Together safeguarding partnership.",
    measures=[["First-time entrants", "48", "Down"], ["Reoffending rate", "31%", "Down"],
              ["Children screened for exploitation", "100%", "Maintain"], ["Victims offered restorative justice",
                                                                           "85%", "Up"]],
    partners=["Milton Keynes City Council", "Thames Valley Police", "Probation Service", "NHS partners",
              "Schools and colleges"],
)

CSS = """
.bands { margin-top: 8mm; }
.band { position: relative; height: 24mm; margin: 0 0 9mm; border-radius: 12mm; color: #fff;
  display: flex; align-items: center; padding: 0 20mm 0 14mm; box-shadow: 0 1.2mm 0 rgba(0,0,0,0.25);
  background-image: repeating-linear-gradient(90deg, rgba(255,255,255,0.08) 0 2mm, transparent 2mm 4mm); }
.band .t { font-weight: bold; font-size: 14pt; line-height: 1.2; }
.band .clasp { position: absolute; right: 6mm; top: 6mm; width: 10mm; height: 12mm; background: #ddd;
  border-radius: 1.5mm; border: 0.6mm solid #999; }
"""


def priorities_html(d):
    b = "".join(f'<div class="band" style="background-color:{c}"><div class="t">{e(t)}</div>'
                f'<div class="clasp"></div></div>' for _, t, c in d["bands"])
    return (f"<p>{e(d['intro'])}</p><div class='bands'>{b}</div>"
            "<p>Over-representation of Black and mixed-heritage children runs through all four priorities "
            "rather than being a priority on its own.</p>")


def build(out_root):
    return build_doc(out_root, D, CSS, priorities_html, folio=lambda n: f"Page {n} of 7",
                     secs=["Introduction", "Our children and our performance", "Our priorities for 2025–26",
                           "What we will do", "Governance, resources and measures"])
