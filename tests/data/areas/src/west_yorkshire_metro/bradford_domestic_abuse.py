"""Bradford District Domestic Abuse and Sexual Violence Strategy 2025–2028: HTML printed by Chromium.  The
priorities are **element tiles like a periodic table**: four square tiles, each with an atomic-style number,
a large two-letter symbol ("Pv", "Sa", "Pu", "Cy") and the priority written under the symbol.  Distractors:
the previous strategy's aims, the Domestic Abuse Act duties, the Mayor's priorities, actions and measures."""
from west_yorkshire_metro import thematic
from west_yorkshire_metro.htmlkit import e, ul

FILE = "strategies/bradford_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf"
TITLE = "Bradford District Domestic Abuse and Sexual Violence Strategy 2025–2028"
THEME = dict(font="'DejaVu Sans', sans-serif", hfont="'DejaVu Serif', serif", c1="#6A0572", c2="#AB83A1",
             c3="#F6EEF5", footer='"Bradford DASV Strategy  ·  " counter(page)', running="Bradford District DASV Strategy")
TILES = [("Pv", "Preventing domestic abuse and sexual violence from happening"),
         ("Sa", "Safe accommodation for victims and their children"),
         ("Pu", "Pursuing perpetrators and changing their behaviour"),
         ("Cy", "Support for children and young people affected by abuse")]
CSS = """
.pt { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
.el { border: 2px solid #6A0572; height: 62mm; padding: 3mm 4mm; position: relative; }
.el .z { font-size: 8pt; color: #6A0572; } .el .sym { font: 700 34pt 'DejaVu Serif'; color: #6A0572; line-height: 1.1; }
.el .nm { font-weight: 700; font-size: 11pt; margin-top: 3mm; line-height: 1.25; }
.cv-b { background: #F6EEF5; } .cv-b h1 { position: absolute; left: 20mm; top: 80mm; width: 170mm; font: 700 26pt 'DejaVu Serif'; color: #6A0572; margin: 0; }
.cv-b .yr { position: absolute; left: 20mm; top: 150mm; font-size: 14pt; }
"""


def pri_html():
    h = ("<p>The elements of our response are four priorities. Like a table of elements, each has its own symbol, "
         "and together they make up the whole.</p><div class='pt'>")
    for i, (s, t) in enumerate(TILES, 1):
        h += f'<div class="el"><div class="z">{i}</div><div class="sym">{s}</div><div class="nm">{e(t)}</div></div>'
    return h + "</div>"


def build(out_root):
    return thematic.make(out_root, FILE, "bradford_domestic_abuse", TITLE, THEME, CSS,
        '<div class="cover cv-b"><h1>Domestic Abuse and Sexual Violence Strategy</h1><div class="yr">Bradford District · 2025–2028</div></div>',
        "The elements of our strategy", pri_html(), dict(
        leader="dots",
        foreword=["Domestic abuse and sexual violence devastate lives in every community in our district.",
                  "This strategy is owned by the Bradford District Domestic Abuse and Sexual Violence Partnership "
                  "Board and meets our duties under the Domestic Abuse Act 2021."],
        signed="Chair, Bradford District Domestic Abuse and Sexual Violence Partnership Board",
        context_head="Abuse in Bradford district",
        context=["Abuse is under-reported; the figures below are the visible part."],
        stats=[("10,800", "domestic abuse incidents"), ("1,700", "sexual offences"), ("420", "households "
               "placed in safe accommodation"), ("1 in 5", "children's social care assessments citing abuse"),
               ("38%", "repeat referrals to MARAC"), ("95", "refuge spaces")],
        findings=["Demand for safe accommodation exceeds supply.", "Children are rarely offered support in their own right."],
        bg_head="Duties and previous strategy",
        previous_head="Aims of the 2021–2024 strategy",
        previous_intro="The last strategy had four aims:",
        previous=["Early identification", "Effective support", "Justice", "Workforce development"],
        extra_bg="<h2>Domestic Abuse Act 2021</h2><p>Part 4 places a duty on the council to assess need for and "
                 "provide support in safe accommodation.</p>",
        actions=[("Pv", "Relationship education with schools", "Council"),
                 ("Sa", "Twenty new dispersed safe homes", "Council, housing"),
                 ("Pu", "Drive-style high-harm perpetrator work", "Police, OPCC"),
                 ("Cy", "Children's IDVA posts", "Council")],
        measures=["Awareness in schools", "Safe accommodation outcomes", "Perpetrator reoffending",
                  "Children supported"],
        governance="The partnership board reports to the Safer Bradford Partnership and the safeguarding partnerships.",
        contact="dasv@bradford.example"))
