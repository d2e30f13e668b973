"""Coventry Domestic Abuse Strategy 2026-2029: HTML/CSS -> Chromium.

Four priorities on p5, each written as the **address on a drawn sealed envelope** ("Four promises, sealed"): a
cream envelope with a CSS flap, a wax seal, a stamp square and a postmark ring; the priority in bold in the
address area, a grey "To: …" line above it naming who the promise is for.  Envelopes stack in a 2 x 2 grid.  No
numbers.  Distractors: the "To:" lines and postmarks, the Part 4 duty and findings (p4), the previous strategy's
aims, the Mayor's priorities quoted (p6), actions and measures.
"""
from west_midlands_metro import hkit
from west_midlands_metro.hkit import e
from west_midlands_metro.shared import PLAN_SENTENCE

CSS = """
.envs { display: grid; grid-template-columns: 1fr 1fr; gap: 7mm 6mm; margin-top: 6mm; }
.env { position: relative; background: #FAF3E3; border: 1px solid #C9B98F; height: 62mm; overflow: hidden;
  box-shadow: 1.5px 2px 0 #d8cfb8; }
.env .flap { position: absolute; left: 0; top: 0; width: 100%; height: 20mm; background: #F1E6C8;
  clip-path: polygon(0 0, 100% 0, 50% 100%); }
.env .seal { position: absolute; left: calc(50% - 5mm); top: 14mm; width: 10mm; height: 10mm; border-radius: 50%;
  background: #8E2C48; }
.env .stamp { position: absolute; right: 4mm; top: 4mm; width: 11mm; height: 13mm; border: 1.5px dashed #8E2C48;
  background: #F6D6DF; }
.env .pm { position: absolute; right: 13mm; top: 8mm; width: 12mm; height: 12mm; border-radius: 50%;
  border: 1px solid #999; }
.env .addr { position: absolute; left: 9mm; right: 8mm; top: 29mm; }
.env .to { font-size: 7.4pt; color: #888; margin-bottom: 1mm; }
.env .line { font-weight: 700; font-size: 11.5pt; line-height: 1.25; color: #3B1F2B; border-bottom: 1px solid #C9B98F;
  padding-bottom: 1mm; }
.below p { margin: 0 0 2mm 0; }
"""


def pri_html(doc):
    out = ['<div class="envs">']
    for text, to, _ in doc["priorities"]:
        out.append(f'<div class="env"><div class="flap"></div><div class="seal"></div><div class="stamp"></div>'
                   f'<div class="pm"></div><div class="addr"><div class="to">To: {e(to)}</div>'
                   f'<div class="line">{e(text)}</div></div></div>')
    out.append('</div><h2>Inside each envelope</h2><div class="below">')
    for _, _, why in doc["priorities"]:
        out.append(f"<p>{e(why)}</p>")
    out.append("</div>")
    return "".join(out)


DOC = {
    "file": "strategies/coventry_domestic_abuse_strategy_2026-29.pdf",
    "title": "Coventry Domestic Abuse Strategy 2026–2029",
    "org": "Coventry Domestic Abuse Partnership",
    "cover_title": "Coventry Domestic Abuse Strategy",
    "years": "2026–2029",
    "theme": dict(font="Liberation Sans", hfont="Liberation Serif", c1="#8E2C48", c2="#D9A441", c3="#F8F1F3",
                  foot="Coventry Domestic Abuse Strategy 2026–2029", folio='counter(page)',
                  tocfill="border-bottom: 1.5px dashed #bbb;", extra=CSS),
    "heads": {"fw": "A message to survivors", "ctx": "What we know", "pri": "Four promises, sealed",
              "del": "What happens next", "gov": "Keeping our promises"},
    "foreword": [
        "This strategy was written with survivors. They told us that promises are easy to make and hard to keep, "
        "so we have made four, and we will report every year on whether we have kept them.",
        "The strategy is owned by the Coventry Domestic Abuse Partnership and meets the council's duty under Part "
        "4 of the Domestic Abuse Act 2021 for safe accommodation.",
    ],
    "signed": "Chair, Coventry Domestic Abuse Partnership",
    "context": {
        "intro": "Domestic abuse is recorded in about one in six crimes in Coventry (illustrative).",
        "stats": [("6,100", "incidents in 2024/25"), ("38%", "of refuge requests met in the city"),
                  ("1 in 7", "victims aged over 60"), ("52%", "of IDVA cases involve economic abuse"),
                  ("180", "perpetrators referred to programmes"), ("64", "households in sanctuary schemes")],
        "find_head": "What survivors and data told us",
        "findings": ["Survivors often move several times before finding a settled home.",
                     "Abuse of older people by partners and adult children is rarely recognised.",
                     "Economic abuse – control of money, debt in the survivor's name – is common and lasting.",
                     "Very few perpetrators are asked to change."],
        "prev_head": "Our 2021–2024 strategy",
        "previous": "The previous strategy set four aims: Prevention; Provision; Protection; and Partnership.",
    },
    "pri_intro": "Each envelope below holds one of our four priorities: a promise made to a group of people.",
    "priorities": [
        ("Survivors have a safe and settled home", "every survivor who has had to leave home",
         "Refuge for those who need it, and help to stay safely at home or move on to a settled home."),
        ("Changing the behaviour of people who cause harm", "every family living with abuse",
         "Programmes for perpetrators, and police and probation action when they do not change."),
        ("Domestic abuse in later life", "older survivors and their families",
         "Training for adult social care, GPs and banks to recognise abuse of older people."),
        ("Economic abuse and financial control", "survivors left with debt and no money of their own",
         "Money advice, bank protocols and help to rebuild credit."),
    ],
    "delivery": {
        "intro": "The partnership's delivery groups will carry out these actions in 2026/27.",
        "head": ["Promise", "Action", "Lead"],
        "rows": [("Safe home", "Two new refuges; move-on housing", "Coventry City Council"),
                 ("Behaviour change", "Community perpetrator programme", "Probation, council"),
                 ("Later life", "Older survivors' advocate", "Age UK, council"),
                 ("Economic abuse", "Bank and advice partnership", "Citizens Advice")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership reports to the Coventry Community Safety Partnership and to the council's "
                 "Cabinet.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Refuge requests met", "38%", "Up"), ("Perpetrators completing programmes", "90", "Up"),
                 ("Referrals for survivors over 60", "120", "Up"), ("Survivors given money advice", "300", "Up")],
        "partners": "Coventry City Council; West Midlands Police; the Probation Service; Coventry and "
                    "Warwickshire ICB; Coventry Haven Women's Aid; Citizens Advice; Age UK.",
    },
    "contact": "Coventry Domestic Abuse Partnership, Earl Street · dapartnership@coventry.example",
}


def build(root):
    return hkit.build(root, DOC, pri_html, "coventry_domestic_abuse")
