"""Warwickshire Combating Drugs Partnership Strategy 2024-2027: HTML/CSS printed by Chromium (Liberation Sans),
**the priorities are the titles of four slides in a printed presenter's handout**.

Page 6 ("Our priorities, as agreed at the partnership launch"): four 16:9 slide thumbnails down the left, each
with a small slide number, the priority as the slide's title (bold, one or two lines) and two short bullets;
beside each slide a "Notes" box of ruled lines holding a short handwritten-style note. The national *From harm to
hope* priorities (p4), the previous plan's ambitions (p5), the delivery groups (p7) and the outcomes (p8) are
distractors.
"""
from common import chromium_to_pdf
from warwickshire import htmlpages as hp
from warwickshire.kit import esc, expect, html_doc
from warwickshire.work import work_file

FILE = "strategies/warwickshire_combating_drugs_partnership_strategy_2024-27.pdf"
TITLE = "Warwickshire Combating Drugs Partnership Strategy 2024–2027"
ACC = "#0E5A6B"

SLIDES = [
    ("Disrupting the supply of drugs into Warwickshire", ["County lines closed down", "Cuckooing victims protected"],
     "Police lead. Links to the CSPs."),
    ("More people in treatment and staying in recovery", ["Treatment places up by a quarter",
                                                          "Prison to community: no gaps"],
     "Biggest share of the grant."),
    ("Preventing drug-related deaths", ["Naloxone everywhere", "Every death reviewed"], "Review panel from April."),
    ("Supporting families affected by someone else's drug or alcohol use",
     ["Family support groups in every district", "Kinship carers not left alone"], "New - asked for by families."),
]

CSS = hp.css(ACC, "#E3EFF1", "Warwickshire CDP Strategy 2024–27 | ") + """
.row { display: grid; grid-template-columns: 86mm 1fr; gap: 6mm; margin-bottom: 4mm; }
.slide { width: 86mm; height: 48.4mm; border: 1px solid #9fb3b8; background: #fff; position: relative;
  box-shadow: 1.2mm 1.2mm 0 #d6e2e4; padding: 4mm 6mm; }
.slide:before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; width: 3mm; background: #0E5A6B; }
.slide .no { position: absolute; right: 3mm; bottom: 2mm; font-size: 7pt; color: #889; }
.slide .logo { font-size: 6.2pt; color: #0E5A6B; letter-spacing: 1px; margin-bottom: 2mm; }
.slide .st { font-size: 13pt; font-weight: 700; color: #0E2F36; line-height: 1.22; margin-bottom: 2.5mm; }
.slide ul { margin: 0; padding-left: 5mm; font-size: 8.4pt; }
.notes { background: repeating-linear-gradient(#fff 0, #fff 6.2mm, #c8d3d6 6.2mm, #c8d3d6 6.5mm);
  border-left: 1px solid #c8d3d6; padding: 0 0 0 4mm; height: 48mm; }
.notes .h { font-size: 7.2pt; color: #889; letter-spacing: 1px; line-height: 6.5mm; }
.notes .w { font: italic 9pt 'DejaVu Serif'; color: #2B4B8C; line-height: 6.5mm; }
"""


def render():
    P = [hp.cover("WARWICKSHIRE COMBATING DRUGS PARTNERSHIP", "Combating Drugs Partnership Strategy", "2024–2027")]
    P.append(hp.contents([("Foreword", 3), ("The national strategy", 4), ("Drugs and alcohol in Warwickshire", 5),
                          ("Our priorities", 6), ("Delivery groups", 7), ("Outcomes and governance", 8)]))
    P.append(hp.prose("Foreword", [
        "The Warwickshire Combating Drugs Partnership brings together the county council's public health team, "
        "Warwickshire Police, the Police and Crime Commissioner, the Probation Service, the NHS, the district and "
        "borough councils, Jobcentre Plus and people with lived experience of addiction and recovery.",
        "We launched our local priorities at a partnership event in early 2024, where more than 120 people helped "
        "shape them. This strategy turns them into a plan for the next three years.",
        "Senior Responsible Owner, Warwickshire Combating Drugs Partnership"]))
    P.append(hp.prose("The national strategy", [
        "The national drugs strategy, From harm to hope (2021), has three strategic priorities:"],
        "<ol><li>Break drug supply chains</li><li>Deliver a world-class treatment and recovery system</li>"
        "<li>Achieve a generational shift in the demand for drugs</li></ol><p>Its national outcomes are to reduce "
        "drug use, reduce drug-related crime and reduce drug-related deaths and harm. Every local partnership "
        "reports against a national outcomes framework.</p>"))
    P.append(hp.prose("Drugs and alcohol in Warwickshire", ["Illustrative figures, not official statistics."],
                      hp.stats([("2,900", "adults in drug and alcohol treatment"), ("41", "drug-related deaths a "
                                                                                        "year"),
                                ("33%", "of prison leavers engaging in treatment within three weeks"),
                                ("19", "county lines identified"), ("5,600", "children living with a parent "
                                                                               "who drinks harmfully"),
                                ("48%", "of adults in treatment who are parents")]) +
                      "<h2>Our previous ambitions (2022–2024)</h2>" +
                      hp.ul(["Build the partnership", "Spend the grant well", "Listen to lived experience"])))
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>These are the four priority slides agreed at '
             'the partnership launch, printed with the notes the board added afterwards.</p>')
    for i, (t, bl, note) in enumerate(SLIDES, 1):
        P.append(f'<div class="row"><div class="slide"><div class="logo">WARWICKSHIRE CDP · LAUNCH 2024</div>'
                 f'<div class="st">{esc(t)}</div><ul>' + "".join(f"<li>{esc(b)}</li>" for b in bl) +
                 f'</ul><div class="no">Slide {i + 4}</div></div><div class="notes"><div class="h">NOTES</div>'
                 f'<div class="w">{esc(note)}</div></div></div>')
    P.append('</div>')
    P.append(hp.prose("Delivery groups", ["Three delivery groups report to the board:"],
                      hp.table([["Group", "Covers", "Chair"],
                                ["Supply and enforcement", "County lines, cuckooing, drug markets in the towns",
                                 "Warwickshire Police"],
                                ["Treatment and recovery", "Treatment places, continuity of care, deaths review, "
                                 "naloxone", "Public health"],
                                ["Families and communities", "Family support, kinship carers, young carers",
                                 "Children's services"]])))
    P.append(hp.prose("Outcomes and governance", ["Local outcomes we will track (illustrative baselines):"],
                      hp.table([["Outcome", "Baseline", "Aim"], ["Adults in treatment", "2,900", "Up"],
                                ["Drug-related deaths", "41", "Down"], ["County lines closed", "19", "Up"],
                                ["Family members supported", "260", "Up"]]) +
                      "<p>The partnership board meets quarterly and reports to the Joint Combating Drugs Unit and "
                      "the Health and Wellbeing Board.</p><p class='note'>Contact: cdp@warwickshire.example · All "
                      "figures are illustrative.</p>"))
    return html_doc(TITLE, CSS, P)


def build(root):
    out = root / FILE
    src = work_file("warwickshire_drugs.html")
    src.write_text(render(), encoding="utf-8")
    chromium_to_pdf(src, out)
    expect(out, 8, {3: "Foreword", 4: "The national strategy", 5: "Drugs and alcohol in", 6: "priority slides",
                    7: "Delivery groups", 8: "Outcomes and governance"})
    return out
