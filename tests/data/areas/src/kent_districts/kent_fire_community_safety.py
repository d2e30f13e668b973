"""Kent Fire and Rescue Service Community Safety Plan 2026-2030: a one-off HTML/CSS design printed by Chromium.

Four priorities on p5, each **lettered on a roller-shutter locker along the side of a drawn fire engine**: a
red body with a cab, a yellow-and-green battenburg band, four lockers with ribbed shutters, each shutter
carrying a priority in white bold, and wheels below.  Distractors: the Community Risk Management Plan's aims
and the national Fire Standards (p4), the PCC's priorities quoted (p6), actions and measures.
"""
from kent_districts import hkit
from kent_districts.hkit import e
from kent_districts.shared import PCC_SENTENCE

EXTRA = """
.engine { position: relative; height: 108mm; margin: 6mm 0 2mm 0; }
.engine .body { position: absolute; left: 0; top: 10mm; width: 140mm; height: 78mm; background: #C1121F;
  border-radius: 3mm 0 0 3mm; }
.engine .cab { position: absolute; left: 140mm; top: 22mm; width: 36mm; height: 66mm; background: #C1121F;
  border-radius: 0 12mm 3mm 0; }
.engine .win { position: absolute; left: 146mm; top: 27mm; width: 24mm; height: 20mm; background: #BFD7EA;
  border-radius: 0 8mm 1mm 1mm; }
.engine .band { position: absolute; left: 0; top: 76mm; width: 176mm; height: 7mm;
  background: repeating-linear-gradient(90deg, #F9DC5C 0 9mm, #2E7D32 9mm 18mm); }
.engine .lockers { position: absolute; left: 4mm; top: 14mm; width: 132mm; display: flex; gap: 3mm; }
.engine .lk { flex: 1; height: 58mm; border: 0.8mm solid #7A0C14;
  background: repeating-linear-gradient(180deg, #D62839 0 3.4mm, #A4161A 3.4mm 3.8mm);
  display: flex; align-items: center; justify-content: center; padding: 2mm; }
.engine .lk span { background: rgba(90,8,14,.78); color: #fff; font-weight: 700; font-size: 10.5pt;
  line-height: 1.22; padding: 1.5mm 1.5mm; text-align: center; }
.engine .wh { position: absolute; top: 80mm; width: 22mm; height: 22mm; border-radius: 50%; background: #222;
  border: 4mm solid #444; }
.engine .ladder { position: absolute; left: 8mm; top: 4mm; width: 120mm; height: 5mm;
  background: repeating-linear-gradient(90deg, #B0B0B0 0 1mm, transparent 1mm 7mm); border-top: 1mm solid #B0B0B0;
  border-bottom: 1mm solid #B0B0B0; }
"""

DOC = {
    "file": "strategies/kent_fire_and_rescue_service_community_safety_plan_2026-30.pdf",
    "title": "Kent Fire and Rescue Service Community Safety Plan 2026–2030",
    "org": "Kent Fire and Rescue Service",
    "cover_title": "Community Safety Plan",
    "years": "2026 – 2030",
    "theme": dict(c1="#8D0801", c2="#F9DC5C", c3="#FBEFEF", font="Liberation Sans", hfont="Liberation Sans",
                  foot="KFRS Community Safety Plan 2026–2030", folio='counter(page)', extra=EXTRA),
    "heads": {"fw": "Introduction from the Chief Fire Officer", "ctx": "Risk in Kent and Medway",
              "pri": "Our community safety priorities", "del": "How we will deliver",
              "gov": "Governance and performance"},
    "foreword": [
        "Preventing fires and other emergencies is better than responding to them. This plan sets out how Kent Fire "
        "and Rescue Service will work with residents and partners to keep people safe in their homes, on the roads "
        "and near water across Kent and Medway.",
        "It sits under the Kent and Medway Fire and Rescue Authority's Community Risk Management Plan and is "
        "shaped by the risks we see in our incident data.",
    ],
    "signed": "Chief Fire Officer, Kent Fire and Rescue Service",
    "context": {
        "intro": "Kent Fire and Rescue Service covers 1.9 million people from 56 fire stations (illustrative "
                 "figures).",
        "stats": [("1,050", "accidental dwelling fires a year"), ("64%", "of fire deaths were people living alone"),
                  ("730", "people killed or seriously injured on Kent roads"), ("19", "water-related deaths"),
                  ("120", "fires where hoarding made things worse"), ("31,000", "Safe and Well visits")],
        "find_head": "Our Community Risk Management Plan",
        "findings": ["The Community Risk Management Plan's aims are: to prevent emergencies; to respond "
                     "effectively; to protect the built environment; and to be an effective organisation.",
                     "The national Fire Standards set out what good prevention work looks like.",
                     "Older people living alone, people who smoke and people with reduced mobility face the highest "
                     "fire risk."],
        "previous": "Our 2022–2025 prevention plan focused on three areas: home safety; road safety; and water "
                    "safety.",
        "prev_head": "Our last plan",
    },
    "pri_intro": "These four priorities guide our prevention work from 2026 to 2030. We have painted them on the "
                 "lockers of one of our appliances, because they are the tools we will reach for first.",
    "priorities": ["Fewer accidental fires in the home", "Safer roads for young and older drivers",
                   "Keeping people safe near water", "Helping people who hoard to live safely"],
    "delivery": {
        "intro": "Our prevention teams, crews and partners will deliver the plan. Main actions for 2026/27:",
        "head": ["Priority", "Actions 2026/27", "Lead"],
        "rows": [("Home fires", "30,000 Safe and Well visits; fire-retardant bedding for people at risk",
                  "Prevention team"),
                 ("Roads", "Licence to Kill for sixth-formers; older driver workshops", "Road safety team"),
                 ("Water", "Throwline boards at hotspots; Be Water Aware week", "Prevention team"),
                 ("Hoarding", "Hoarding panel with district housing teams", "Prevention team")],
        "pcc_head": "Working with the Police and Crime Commissioner",
        "pcc": PCC_SENTENCE + " We work with the PCC on road safety and on blue light collaboration.",
    },
    "gov": {
        "intro": "The Kent and Medway Fire and Rescue Authority oversees this plan through its Performance and "
                 "Scrutiny Committee.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Accidental dwelling fires", "1,050", "Down"), ("Killed or seriously injured on roads", "730",
                                                                  "Down"),
                 ("Water-related deaths", "19", "Down"), ("Hoarding cases with a safety plan", "120", "Up")],
        "partners": "Kent County Council; Medway Council; district councils; Kent Police; the Police and Crime "
                    "Commissioner; NHS Kent and Medway; RNLI; HM Coastguard; housing providers.",
    },
    "contact": "The Godlands, Straw Mill Hill, Maidstone · prevention@kent-fire.example",
}


def pri_html(doc):
    lk = "".join(f'<div class="lk"><span>{e(p)}</span></div>' for p in doc["priorities"])
    return ('<div class="engine"><div class="ladder"></div><div class="body"></div><div class="cab"></div>'
            f'<div class="win"></div><div class="lockers">{lk}</div><div class="band"></div>'
            '<div class="wh" style="left:18mm"></div><div class="wh" style="left:100mm"></div>'
            '<div class="wh" style="left:150mm"></div></div>')


def build(root):
    return hkit.build(root, DOC, pri_html, "kent_fire_community_safety")
