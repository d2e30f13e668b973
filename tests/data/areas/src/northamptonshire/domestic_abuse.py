"""Northamptonshire Domestic Abuse Local Partnership Board Strategy 2024-2027: HTML printed by Chromium
(DejaVu Sans, DejaVu Serif headings).

Four priorities, stated once, on p6 as a **weather forecast strip** "From storm to calm: our outlook to 2027":
four panels side by side, each with a grey weather word ("STORM", "SHOWERS", "BRIGHTER", "CALM") and a
CSS-drawn weather icon (storm cloud with lightning, rain cloud, sun behind a cloud, sun), then the priority in
bold (wrapping over three or four lines) and a sentence under it.  No numbers.  The Domestic Abuse Act
definition and survivor quotes (p4), the national plan's four pillars and the safe accommodation duty (p5),
the weather words (p6), the delivery themes (p7) and the outcomes (p8) are distractors.
"""
from northamptonshire.kit import e, html_build
from northamptonshire.work import work_file

FILE = "strategies/northamptonshire_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Northamptonshire Domestic Abuse Strategy 2024–2027"

PRIORITIES = [
    ("STORM", "storm", "Spotting the signs of domestic abuse sooner",
     "Every frontline worker in health, housing, schools and the police will know the signs and what to do."),
    ("SHOWERS", "rain", "Safe accommodation and specialist support for every victim and their children",
     "Refuge places, sanctuary schemes and dispersed housing, with an adviser for every high-risk victim."),
    ("BRIGHTER", "cloud", "Holding perpetrators to account and changing their behaviour",
     "Protection orders used well, and behaviour change programmes for those who want to stop."),
    ("CALM", "sun", "Supporting children and young people who live with domestic abuse",
     "Children are victims in their own right; schools and children's services will help them recover."),
]

CSS = """
h1.t, h2 { font-family: 'DejaVu Serif', serif; }
.fc { display: flex; gap: 3mm; margin-top: 5mm; }
.fc .day { flex: 1; background: linear-gradient(#DDE8F3, #F7FAFD); border-radius: 4mm; padding: 4mm 3mm;
  min-height: 150mm; }
.fc .w { font-size: 7.5pt; letter-spacing: 1.2pt; color: #7A8794; font-weight: 700; }
.fc .ic { position: relative; height: 26mm; margin: 2mm 0 4mm 0; }
.fc .sun { position: absolute; width: 14mm; height: 14mm; border-radius: 50%; background: #F5B700; left: 11mm; top: 5mm;
  box-shadow: 0 0 0 2mm rgba(245,183,0,.25); }
.fc .cl { position: absolute; width: 24mm; height: 10mm; border-radius: 5mm; background: #9AA7B4; left: 4mm; top: 10mm; }
.fc .cl:before { content: ""; position: absolute; width: 12mm; height: 12mm; border-radius: 50%; background: inherit;
  left: 5mm; top: -6mm; }
.fc .dark .cl { background: #5D6670; }
.fc .bolt { position: absolute; left: 14mm; top: 19mm; width: 0; height: 0; border-left: 3mm solid transparent;
  border-right: 3mm solid transparent; border-top: 7mm solid #F5B700; }
.fc .drop { position: absolute; top: 21mm; width: 1.2mm; height: 3.5mm; background: #3C7DC4; border-radius: 1mm; }
.fc .day b { display: block; font-size: 11pt; line-height: 1.3; color: #6B1E4A; margin-bottom: 3mm; }
.fc .day span { font-size: 8.6pt; color: #444; }
"""


def icon(kind):
    if kind == "storm":
        return '<div class="ic dark"><div class="cl"></div><div class="bolt"></div></div>'
    if kind == "rain":
        drops = "".join(f'<div class="drop" style="left:{x}mm"></div>' for x in (9, 15, 21))
        return f'<div class="ic"><div class="cl"></div>{drops}</div>'
    if kind == "cloud":
        return '<div class="ic"><div class="sun" style="left:15mm;top:2mm"></div><div class="cl"></div></div>'
    return '<div class="ic"><div class="sun"></div></div>'


def forecast():
    P = ['<h2>From storm to calm: our outlook to 2027</h2><div class="fc">']
    for word, kind, name, txt in PRIORITIES:
        P.append(f'<div class="day"><div class="w">{word}</div>{icon(kind)}<b>{e(name)}</b><span>{e(txt)}</span></div>')
    P.append("</div>")
    return "\n".join(P)


SPEC = dict(
    file=FILE, title=TITLE, org="Northamptonshire Domestic Abuse Local Partnership Board", c1="#6B1E4A",
    c2="#3C7DC4", pale="#F4ECF1", running="Northamptonshire Domestic Abuse Strategy 2024–2027",
    page_fmt='"Page " counter(page) " of " counter(pages)', font="DejaVu Sans",
    cover_title=["Domestic Abuse", "Strategy"], years="2024 – 2027",
    cover_sub="West Northamptonshire Council · North Northamptonshire Council · Northamptonshire Police · NHS",
    back=["If you are in danger, call 999. Silent calls: press 55.",
          "Domestic abuse helpline (illustrative): 0800 000 0000 · dabs@northants-dalpb.example"],
    sections=[
        ("fw", "Foreword", [
            ("p", "Domestic abuse touches every community in Northamptonshire. Behind each figure in this strategy is "
                  "a person, very often a woman, and very often a child, living with fear in their own home."),
            ("p", "The Domestic Abuse Local Partnership Board was set up under Part 4 of the Domestic Abuse Act 2021. "
                  "It is shared by West and North Northamptonshire Councils and brings together the police, health, "
                  "housing, children's services, specialist charities and the Police, Fire and Crime Commissioner."),
            ("p", "We have used the image of the weather to describe the journey we want survivors to make: from the "
                  "storm of abuse to a calm and safe life."),
            ("sign", "Chair, Northamptonshire Domestic Abuse Local Partnership Board")]),
        ("ctx", "Domestic abuse in Northamptonshire", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("14,900", "domestic abuse incidents and crimes"), ("1,150", "cases heard at MARAC"),
                       ("31%", "repeat MARAC cases"), ("4,800", "children in households where abuse was reported"),
                       ("212", "households in safe accommodation"), ("58", "refuge bed spaces")]),
            ("h", "What the law says"),
            ("p", "The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between people aged 16 or "
                  "over who are personally connected. It includes physical, sexual, economic, emotional and "
                  "controlling or coercive behaviour, and recognises children who see, hear or experience its effects "
                  "as victims."),
            ("h", "What survivors told us"),
            ("ul", ["\u201cNobody asked me, not once, in ten years of appointments.\u201d",
                    "\u201cI had to leave my job and my town to be safe.\u201d",
                    "\u201cMy son still won't talk about it.\u201d"])]),
        ("nat", "The national picture", [
            ("p", "This strategy follows the four pillars of the national Tackling Domestic Abuse Plan:"),
            ("ul", ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
                    "A stronger system"]),
            ("p", "It also sets out how the two councils meet their duty to provide support in safe accommodation, "
                  "based on the board's needs assessment."),
            ("h", "Our principles"),
            ("ul", ["Survivor-led: survivors helped write this strategy.", "No wrong door.",
                    "Think whole family.", "Challenge the abuser, not the victim."])]),
        ("pri", "Our priorities", [
            ("p", "The board has agreed four priorities for the next three years. Each moves survivors a step "
                  "further from the storm."),
            ("raw", forecast())]),
        ("del", "Delivering the strategy", [
            ("p", "The board's three sub-groups will deliver the strategy."),
            ("table", [["Theme", "Key actions 2024/25", "Lead"],
                       ["Early identification", "Routine enquiry in maternity and A&E; IDVAs in hospitals", "ICB"],
                       ["Safe accommodation", "Twelve more dispersed units; a sanctuary scheme in every district",
                        "Councils"],
                       ["Perpetrators", "A county-wide behaviour change programme; DVPN/DVPO review", "Police, PFCC"],
                       ["Children", "Operation Encompass in every school; group work for children", "Children's Trust"]])]),
        ("out", "Outcomes and governance", [
            ("p", "The board meets quarterly and reports to both councils and to the community safety partnerships."),
            ("table", [["Outcome", "Measure", "Baseline"], ["Abuse identified sooner", "Referrals from health",
                       "640"], ["Victims safely housed", "Households in safe accommodation", "212"],
                       ["Fewer repeat victims", "Repeat MARAC cases", "31%"],
                       ["Children recover", "Children completing group work", "180"]]),
            ("note", "Baselines are illustrative.")])])


def build(root):
    return html_build(SPEC, root, work_file, CSS)
