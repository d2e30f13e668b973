"""Kirklees Domestic Abuse Strategy 2025–2028: HTML printed by Chromium.  The priorities are the **four rooms of
a drawn house**: a roof carrying the vision, four rooms (2 × 2) each holding a priority, and a door labelled
"Front door: one number for help".  Distractors: the vision, the door, the previous aims, the Mayor's
priorities, actions and measures."""
from west_yorkshire_metro import thematic
from west_yorkshire_metro.htmlkit import e

FILE = "strategies/kirklees_domestic_abuse_strategy_2025-28.pdf"
TITLE = "Kirklees Domestic Abuse Strategy 2025–2028"
THEME = dict(font="'Liberation Sans', sans-serif", hfont="'Liberation Sans', sans-serif", c1="#2A6F97", c2="#F4A259",
             c3="#EAF4FA", footer='"Page " counter(page) " of the Kirklees Domestic Abuse Strategy"',
             running="Kirklees Domestic Abuse Strategy 2025–2028")
ROOMS = ["Early intervention so that abuse is identified sooner",
         "Victims and their families are safe and well supported",
         "Perpetrators are held to account and supported to change",
         "Stalking and harassment"]
CSS = """
.roof { width: 0; height: 0; border-left: 85mm solid transparent; border-right: 85mm solid transparent; border-bottom: 30mm solid #2A6F97; margin: 3mm auto 0 auto; position: relative; }
.roof span { position: absolute; left: -55mm; top: 14mm; width: 110mm; text-align: center; color: #fff; font-size: 8.5pt; }
.house { width: 150mm; margin: 0 auto; border: 2px solid #2A6F97; display: grid; grid-template-columns: 1fr 1fr; }
.room { height: 42mm; border: 1px solid #9CC3DA; padding: 4mm; font-weight: 700; font-size: 11.5pt; color: #2A6F97; line-height: 1.3; }
.door { width: 150mm; margin: 0 auto 4mm auto; text-align: center; font-size: 8pt; border: 2px solid #2A6F97; border-top: 0; padding: 2mm; background: #F4A259; }
.cv-k { background: #EAF4FA; } .cv-k h1 { position: absolute; left: 20mm; top: 90mm; width: 170mm; font-size: 28pt; color: #2A6F97; margin: 0; }
"""


def pri_html():
    h = "<p>Our house has four rooms: the four priorities that partners have signed up to.</p>"
    h += '<div class="roof"><span>Vision: everyone in Kirklees lives free from abuse</span></div><div class="house">'
    h += "".join(f'<div class="room">{e(t)}</div>' for t in ROOMS)
    return h + '</div><div class="door">Front door: one number for help, 24 hours a day</div>'


def build(out_root):
    return thematic.make(out_root, FILE, "kirklees_domestic_abuse", TITLE, THEME, CSS,
        '<div class="cover cv-k"><h1>Domestic Abuse Strategy 2025–2028</h1></div>',
        "Our priorities", pri_html(), dict(
        leader="dash",
        foreword=["Domestic abuse is everybody's business. This strategy belongs to the Kirklees Domestic Abuse "
                  "Partnership Board.", "It was shaped by people with lived experience."],
        signed="Chair, Kirklees Domestic Abuse Partnership Board",
        context_head="Domestic abuse in Kirklees",
        context=["Abuse affects people of every age and background."],
        stats=[("7,400", "domestic abuse incidents"), ("640", "MARAC cases"), ("310", "stalking reports"),
               ("22%", "victims over 55"), ("1,800", "children in affected households"), ("70", "refuge places")],
        findings=["Victims wait too long before anyone asks about abuse.", "Stalking is often missed."],
        bg_head="Where we start from",
        previous_head="Aims of the 2021–2024 strategy",
        previous_intro="The previous strategy aimed at:",
        previous=["Raising awareness", "Better support", "Accountability"],
        actions=[("Early intervention", "Routine enquiry in health visiting", "Council, health"),
                 ("Support", "Single front door for victims", "Council"),
                 ("Perpetrators", "Perpetrator programme for non-convicted abusers", "Council, OPCC"),
                 ("Stalking", "Stalking advocate post", "OPCC")],
        measures=["Earlier disclosures", "Victim outcomes", "Perpetrator completions", "Stalking protection orders"],
        governance="The board reports to the Communities Partnership Board.",
        contact="domestic.abuse@kirklees.example"))
