"""Kent and Medway Domestic Abuse and VAWG Strategy 2026-2030: a one-off HTML/CSS design printed by Chromium.

Four priorities on p5, each printed on a **round campaign pin badge** (2 x 2): a coloured disc with a white
inner ring, a small letter-spaced strap line ("KENT & MEDWAY · VAWG") above the priority in white bold, and
the badge's pin shadow.  Distractors: the national strategy's aims and the Tackling Domestic Abuse Plan pillars
(p4), the principles (p3), the PCC's priorities quoted (p6), actions and outcomes.
"""
from kent_districts import hkit
from kent_districts.hkit import e
from kent_districts.shared import PCC_SENTENCE

EXTRA = """
.badges { display: grid; grid-template-columns: 1fr 1fr; gap: 9mm 10mm; margin: 7mm 4mm; }
.badge { width: 72mm; height: 72mm; border-radius: 50%; margin: 0 auto; position: relative;
  box-shadow: 1.5mm 2mm 0 #D8D0DF; display: flex; align-items: center; justify-content: center; }
.badge::before { content: ""; position: absolute; inset: 3.5mm; border: 1.2mm solid rgba(255,255,255,.85);
  border-radius: 50%; }
.badge .in { width: 50mm; text-align: center; color: #fff; }
.badge .st { font-size: 6.8pt; letter-spacing: 1.2pt; opacity: .9; margin-bottom: 2mm; }
.badge .pr { font-size: 13pt; font-weight: 700; line-height: 1.22; }
"""
FILLS = ["#5B2A86", "#9A348E", "#0D7377", "#C8553D"]

DOC = {
    "file": "strategies/kent_and_medway_domestic_abuse_and_vawg_strategy_2026-30.pdf",
    "title": "Kent and Medway Domestic Abuse and Violence Against Women and Girls Strategy 2026–2030",
    "org": "Kent and Medway Domestic Abuse and VAWG Board",
    "cover_title": "Domestic Abuse and Violence Against Women and Girls Strategy",
    "years": "2026–2030",
    "theme": dict(c1="#5B2A86", c2="#F2A65A", c3="#F5F0F8", font="Liberation Sans", hfont="DejaVu Serif",
                  foot="Kent and Medway Domestic Abuse and VAWG Strategy 2026–2030",
                  folio='"Page " counter(page)', extra=EXTRA),
    "heads": {"fw": "Foreword", "ctx": "The scale of abuse", "pri": "Our four priorities",
              "del": "Delivery and the wider system", "gov": "Governance and outcomes"},
    "foreword": [
        "Domestic abuse and violence against women and girls blight lives in every community in Kent and Medway. "
        "This strategy is the joint commitment of Kent County Council, Medway Council, Kent Police, the Police and "
        "Crime Commissioner, the NHS, the district councils and specialist services.",
        "It meets our duties under Part 4 of the Domestic Abuse Act 2021 and builds on the voices of survivors who "
        "helped us write it. Our principles are simple: believe survivors, see the whole family, and put the "
        "responsibility on the abuser, not the victim.",
    ],
    "signed": "Chair, Kent and Medway Domestic Abuse and VAWG Board",
    "context": {
        "intro": "The figures below are illustrative and describe the scale of abuse across Kent and Medway.",
        "stats": [("34,000", "domestic abuse crimes and incidents"), ("1 in 4", "women will experience domestic "
                                                                               "abuse"),
                  ("2,900", "rapes and sexual assaults reported"), ("640", "households in safe accommodation"),
                  ("310", "perpetrators on behaviour change programmes"), ("58%", "of women feel unsafe after dark")],
        "find_head": "The national picture",
        "findings": ["The national VAWG strategy aims to increase support for victims, bring more perpetrators to "
                     "justice and reduce the prevalence of violence against women and girls.",
                     "The Tackling Domestic Abuse Plan has four pillars: prioritising prevention; supporting "
                     "victims; pursuing perpetrators; and a stronger system.",
                     "The Domestic Abuse Act 2021 places a duty on the county and Medway councils to provide support "
                     "in safe accommodation."],
        "previous": "Our 2022–2025 strategy had three aims: Prevention and early intervention; Provision of "
                    "services; and Pursuing perpetrators.",
        "prev_head": "Our last strategy",
    },
    "pri_intro": "Survivors, practitioners and board members agreed four priorities for the next four years.",
    "priorities": ["Preventing abuse before it starts",
                   "Safe accommodation and specialist support for every survivor",
                   "Holding perpetrators to account and changing their behaviour",
                   "Making streets, parks and transport safe for women and girls"],
    "delivery": {
        "intro": "The board's delivery groups own the action plan. Highlights for 2026/27:",
        "head": ["Priority", "Actions 2026/27", "Lead"],
        "rows": [("Prevention", "Healthy relationships lessons in every secondary school", "KCC, Medway Council"),
                 ("Accommodation and support", "New refuge spaces; sanctuary scheme; IDVAs in hospitals",
                  "KCC, Medway Council"),
                 ("Perpetrators", "Behaviour change programme; DAPO pilot", "PCC, Kent Police"),
                 ("Public spaces", "Safer parks audits; transport safety campaign", "District councils")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The board meets quarterly and reports to the Kent and Medway Safeguarding Adults Board, the "
                 "children's safeguarding partnership and the Kent Community Safety Partnership.",
        "head": ["Outcome we want", "Baseline", "Direction"],
        "rows": [("Repeat victims referred to MARAC", "32%", "Down"), ("Households refused safe accommodation",
                                                                     "210", "Down"),
                 ("Perpetrators completing programmes", "180", "Up"), ("Women who feel safe after dark", "42%", "Up")],
        "partners": "Kent County Council; Medway Council; Kent Police; the Police and Crime Commissioner; district "
                    "and borough councils; NHS Kent and Medway; the Probation Service; specialist domestic abuse "
                    "and sexual violence services.",
    },
    "contact": "Kent and Medway Domestic Abuse and VAWG Board · dava@kent-medway.example",
}


def pri_html(doc):
    out = ['<div class="badges">']
    for i, name in enumerate(doc["priorities"]):
        out.append(f'<div class="badge" style="background:{FILLS[i]}"><div class="in"><div class="st">KENT &amp; '
                   f'MEDWAY · VAWG</div><div class="pr">{e(name)}</div></div></div>')
    out.append('</div>')
    return "\n".join(out)


def build(root):
    return hkit.build(root, DOC, pri_html, "kent_medway_vawg")
