"""West Yorkshire Combating Drugs Partnership Plan 2025–2028: HTML printed by Chromium.  The priorities are the
captions of a **four-frame storyboard** (2 × 2): each frame a drawn scene box with a frame number "Frame 1" and
the priority as the caption under the picture.  Distractors: the From harm to hope priorities, the national
outcomes, the previous plan's workstreams, the Mayor's priorities, actions, measures."""
from west_yorkshire_metro import thematic
from west_yorkshire_metro.htmlkit import e, ul

FILE = "strategies/west_yorkshire_combating_drugs_partnership_plan_2025-28.pdf"
TITLE = "West Yorkshire Combating Drugs Partnership Plan 2025–2028"
THEME = dict(font="'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", hfont="'DejaVu Sans', sans-serif",
             c1="#005F73", c2="#0A9396", c3="#E0F2F1", footer='"CDP Plan | " counter(page)',
             running="West Yorkshire Combating Drugs Partnership")
PRI = ["Breaking drug supply chains", "Building a world-class treatment and recovery system",
       "Preventing drug-related deaths", "Cutting drug-related offending"]
SCENES = ["an officer and a closed door", "a recovery cafe", "a naloxone kit", "a probation office"]
CSS = """
.sb { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.fr { border: 1.4px solid #005F73; } .fr .pic { height: 42mm; background: repeating-linear-gradient(45deg,#E0F2F1,#E0F2F1 4mm,#fff 4mm,#fff 8mm);
  position: relative; } .fr .pic span { position: absolute; left: 2mm; top: 2mm; background: #005F73; color: #fff; font-size: 7pt; padding: 0.5mm 2mm; }
.fr .pic i { position: absolute; bottom: 2mm; right: 2mm; font-size: 7pt; color: #555; }
.fr .cap { padding: 2.5mm 3mm; font-size: 11.5pt; font-weight: 700; color: #005F73; min-height: 17mm; line-height: 1.25; }
.cv-d { background: #005F73; color: #fff; } .cv-d h1 { position: absolute; left: 20mm; top: 90mm; width: 170mm; font-size: 28pt; margin: 0; }
.cv-d .yr { position: absolute; left: 20mm; top: 140mm; font-size: 14pt; }
"""


def pri_html():
    h = "<p>Our plan tells one story in four frames. Each frame is one of the partnership's priorities:</p><div class='sb'>"
    for i, (t, s) in enumerate(zip(PRI, SCENES), 1):
        h += (f'<div class="fr"><div class="pic"><span>Frame {i}</span><i>Illustration: {e(s)}</i></div>'
              f'<div class="cap">{e(t)}</div></div>')
    return h + "</div><p>The frames run from supply to recovery; every partner has a part in each.</p>"


def build(out_root):
    return thematic.make(out_root, FILE, "wy_drugs", TITLE, THEME, CSS,
        '<div class="cover cv-d"><h1>Combating Drugs Partnership Plan</h1><div class="yr">West Yorkshire · 2025–2028</div></div>',
        "Our four priorities", pri_html(), dict(
        leader="dash",
        foreword=["Drugs cause harm to people who use them, to families and to communities. The Combating Drugs "
                  "Partnership brings the five councils, police, health, prisons and probation together.",
                  "This plan sets our local response to the national drug strategy."],
        signed="Senior Responsible Owner, West Yorkshire Combating Drugs Partnership",
        context_head="Drugs in West Yorkshire",
        context=["West Yorkshire has an estimated 14,000 opiate and crack users (illustrative)."],
        stats=[("14,000", "estimated opiate and crack users"), ("52%", "not in treatment"), ("310", "drug-related "
               "deaths in three years"), ("85", "county lines exported from the county"), ("45%", "acquisitive crime "
               "linked to drug use"), ("1 in 3", "prison leavers engaging with treatment")],
        findings=["Crack cocaine use is rising.", "Deaths are highest among men in their forties.",
                  "Continuity of care from prison remains weak."],
        findings_head="Needs assessment findings",
        bg_head="The national strategy",
        previous_head="From harm to hope: national priorities",
        previous_intro="The national ten-year drug strategy sets three priorities:",
        previous=["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                  "Achieve a generational shift in demand for drugs"],
        actions=[("Supply", "Operation to close county lines with neighbouring forces", "Police"),
                 ("Treatment", "Expand residential rehabilitation places", "Councils"),
                 ("Deaths", "Naloxone for every prison leaver at risk", "Public health"),
                 ("Offending", "Drug testing on arrest in all custody suites", "Police, treatment providers")],
        measures=["County lines closed", "Numbers in treatment", "Drug-related deaths", "Continuity of care"],
        governance="The partnership board reports to the national Joint Combating Drugs Unit and to the Mayor.",
        contact="cdp@westyorks.example"))
