"""West Midlands Anti-Slavery Network Partnership Plan 2026-2028: reportlab report.

Four priorities on p5, each the message on a **yellow warning notice with a black-and-yellow hazard-striped
border** ("Spot the signs"), in a 2 x 2 layout: a black triangle with an exclamation mark (drawn, no text) at the
top left and the priority in black bold.  No numbers.  Distractors: the indicators of slavery and the National
Referral Mechanism (p4), the previous plan's aims, the Mayor's priorities quoted (p6), actions and measures.
"""
from rl_kit import Paragraph, ParagraphStyle, Spacer, colors, hexc, mm
from west_midlands_metro import rkit
from west_midlands_metro.shared import Art, PLAN_SENTENCE, put


def notices(doc, st):
    big = ParagraphStyle("n", fontName=st["bold"], fontSize=13, leading=15.5, textColor=colors.black)
    pr = doc["priorities"]

    def draw(c, w, h):
        c.saveState()
        gap = 8 * mm
        nw, nh = (w - gap) / 2, (h - gap) / 2
        for k, (text, _) in enumerate(pr):
            col, row = k % 2, k // 2
            x = col * (nw + gap)
            y = h - (row + 1) * nh - row * gap - (6 * mm if col else 0) + (3 * mm if col else 0)
            c.setFillColor(colors.black)
            c.rect(x, y, nw, nh, stroke=0, fill=1)
            p = c.beginPath()
            c.setFillColor(hexc("#FFCC00"))
            s = 0
            while s < nw + nh:
                p = c.beginPath()
                p.moveTo(x + s, y)
                p.lineTo(x + s + 4 * mm, y)
                p.lineTo(x + s + 4 * mm - nh, y + nh)
                p.lineTo(x + s - nh, y + nh)
                p.close()
                c.saveState()
                cp = c.beginPath()
                cp.rect(x, y, nw, nh)
                c.clipPath(cp, stroke=0, fill=0)
                c.drawPath(p, stroke=0, fill=1)
                c.restoreState()
                s += 8 * mm
            c.setFillColor(hexc("#FFE04D"))
            c.rect(x + 5 * mm, y + 5 * mm, nw - 10 * mm, nh - 10 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            t = c.beginPath()
            tx, ty = x + 10 * mm, y + nh - 22 * mm
            t.moveTo(tx, ty)
            t.lineTo(tx + 12 * mm, ty)
            t.lineTo(tx + 6 * mm, ty + 10.5 * mm)
            t.close()
            c.drawPath(t, stroke=0, fill=1)
            c.setFillColor(hexc("#FFE04D"))
            c.rect(tx + 5.5 * mm, ty + 3.4 * mm, 1 * mm, 4.5 * mm, stroke=0, fill=1)
            c.rect(tx + 5.5 * mm, ty + 1.3 * mm, 1 * mm, 1.2 * mm, stroke=0, fill=1)
            put(c, text, big, x + 10 * mm, y + nh - 26 * mm, nw - 20 * mm)
        c.restoreState()
    return Art(128 * mm, draw)


def pri_fn(doc, st, width):
    out = [notices(doc, st), Spacer(1, 5 * mm), Paragraph("Behind each notice", st["h2"])]
    out += [Paragraph(why, st["bul"], bulletText="\u203a") for _, why in doc["priorities"]]
    return out


DOC = {
    "file": "strategies/west_midlands_anti_slavery_network_partnership_plan_2026-28.pdf",
    "title": "West Midlands Anti-Slavery Network Partnership Plan 2026–2028",
    "org": "West Midlands Anti-Slavery Network",
    "cover_lines": ["Modern Slavery", "Partnership Plan"],
    "years": "2026–2028",
    "theme": dict(c1="#1A1A1A", c2="#FFCC00", c3="#FFF8D6", font="dejavu", hfont="dejavu",
                  header="West Midlands Anti-Slavery Network", folio="{n}"),
    "heads": {"fw": "Foreword", "ctx": "Modern slavery in the region", "pri": "Spot the signs: our four "
              "priorities", "del": "What partners will do", "gov": "Governance and measures"},
    "foreword": [
        "Modern slavery is hidden in plain sight: in car washes, nail bars, factories, building sites, care "
        "homes and private houses across the West Midlands.",
        "The West Midlands Anti-Slavery Network brings together police, councils, the NHS, the Gangmasters and "
        "Labour Abuse Authority, businesses and charities. This plan sets four priorities for the next two years.",
    ],
    "signed": "Chair, West Midlands Anti-Slavery Network",
    "context": {
        "intro": "Referrals of potential victims from the region to the National Referral Mechanism rose by a "
                 "third in two years (illustrative).",
        "stats": [("940", "potential victims referred in 2024/25"), ("46%", "labour exploitation"),
                  ("31%", "criminal exploitation, mostly children"), ("38", "prosecutions"),
                  ("£1.9bn", "public spending by the seven councils each year"), ("12%", "of survivors re-trafficked")],
        "find_head": "Spotting the signs",
        "findings": ["Common indicators include someone who seems under the control of others, has no "
                     "identity documents, lives at their workplace, or is collected and dropped off in groups.",
                     "The National Referral Mechanism (NRM) is the framework for identifying victims and giving "
                     "them support; adults must consent to a referral.",
                     "Survivor support under the NRM often ends before people have a settled life."],
        "prev_head": "Our previous plan",
        "previous": "The 2023–2025 plan followed the four Ps: Pursue; Prevent; Protect; and Prepare.",
    },
    "pri_intro": "Four priorities, each posted as a notice to everyone who works with the public.",
    "priorities": [
        ("More victims identified and referred for help",
         "Training for 5,000 frontline staff and a single regional referral route."),
        ("Disrupting exploiters in car washes, nail bars and construction",
         "Joint visits with HMRC, licensing and the Gangmasters and Labour Abuse Authority."),
        ("Slavery-free supply chains in public spending",
         "Modern slavery clauses in every council and NHS contract over £100,000."),
        ("Long-term support for survivors after the National Referral Mechanism",
         "Move-on support, English lessons and help into safe work."),
    ],
    "delivery": {
        "intro": "Partners have agreed these actions for 2026/27.",
        "head": ["Priority", "Action", "Lead"],
        "rows": [("Identification", "Frontline training programme", "Network coordinator"),
                 ("Disruption", "Monthly joint operations", "West Midlands Police, GLAA"),
                 ("Supply chains", "Procurement clauses and audits", "Councils, NHS"),
                 ("Survivor support", "Move-on caseworkers", "Charities")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The network's steering group meets every two months and reports to the Mayor's office.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Potential victims referred", "940", "Up"), ("Prosecutions", "38", "Up"),
                 ("Contracts with slavery clauses", "35%", "Up"), ("Survivors re-trafficked", "12%", "Down")],
        "partners": "West Midlands Police; the seven councils; NHS; the Gangmasters and Labour Abuse Authority; "
                    "HMRC; businesses; survivor support charities.",
    },
    "contact": "West Midlands Anti-Slavery Network · network@antislavery.example",
}


def build(root):
    return rkit.build(root, DOC, pri_fn)
