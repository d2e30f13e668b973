"""Fenland Community Safety Partnership Plan 2024-2027: reportlab, drawn page by page (A4).

Four priorities, stated once, on p6 as **the sails of a drawn fen windmill** ("Four sails, one mill"): a brick
tower with a cap and a fantail stands in the middle of a flat fen landscape with a drain; its four latticed sails
form an X, and at the tip of each sail a cream board with a dark border holds one priority in bold (two to four
lines), no numbers; the boards sit at staggered heights.  The vision is written on the tower's door.
Distractors: the key findings (p4), the district council's corporate aims and the 2021-2024 priorities (p5),
the PCC's priorities quoted (p5), the vision on the tower (p6), the delivery table (p7), measures (p8).
"""
import math

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from cambridgeshire.kit import RL, check_pages

FILE = "strategies/fenland_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Fenland Community Safety Partnership Plan 2024–2027"
INK, ACC = colors.HexColor("#234E2F"), colors.HexColor("#B8860B")

PRIORITIES = [
    "Reducing anti-social behaviour in our market towns",
    "Protecting rural communities from hare coursing, theft and fly-tipping",
    "Tackling the exploitation of migrant workers",
    "Keeping people safe near rivers, drains and open water",
]


def build(root):
    out = root / FILE
    d = RL(out, A4, TITLE, "Fenland Community Safety Partnership", "Fenland Community Safety Partnership · Plan "
           "2024–2027", lambda n: f"Page {n} of 8", ACC, INK, family="liberation-sans", head_family="liberation-serif")
    c = d.c
    # 1 cover
    d.n += 1
    c.setFillColor(colors.HexColor("#DDEBD5")); c.rect(0, 0, d.W, d.H, stroke=0, fill=1)
    c.setFillColor(INK); c.rect(0, 0, d.W, 95 * mm, stroke=0, fill=1)
    c.setFont(d.bold, 10); c.drawString(d.L, d.H - 30 * mm, "FENLAND COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(d.sbold, 32); c.drawString(d.L, 210 * mm, "Community Safety")
    c.drawString(d.L, 197 * mm, "Partnership Plan"); c.setFont(d.sreg, 18); c.drawString(d.L, 182 * mm, "2024 – 2027")
    c.setFillColor(colors.white); c.setFont(d.reg, 10)
    c.drawString(d.L, 60 * mm, "Chatteris · March · Whittlesey · Wisbech and the villages of the fens")
    d.end()
    # 2 contents
    d.page("Contents")
    d.contents([("Foreword", 3), ("Fenland in context", 4), ("How we chose our priorities", 5),
                ("Four sails, one mill: our priorities", 6), ("Delivery plan", 7), ("Measures and governance", 8)])
    d.end()
    # 3 foreword
    d.page("Foreword")
    d.p("Fenland is a place of big skies, small towns and long straight roads. Most crime here is low level, but "
        "it is felt keenly: in the market towns, in isolated farms and in communities that feel a long way from help.",
        "Like the windmills that once drained these fens, a partnership only works when every sail turns together. "
        "This plan names four priorities where Fenland District Council, the police, the fire and rescue service, "
        "the county council, health and the voluntary sector will act as one.",
        "We have kept the plan short and practical, and we will report on it every year.")
    d.p("<b>Chair, Fenland Community Safety Partnership</b>")
    d.end()
    # 4 context
    d.page("Fenland in context")
    d.p("All figures are illustrative and are not official statistics.", style=d.small)
    d.table([["Indicator (illustrative)", "Fenland", "County average"],
             ["Residents", "103,000", "–"], ["ASB incidents per 1,000 people", "24", "19"],
             ["Hare coursing reports (Sept–March)", "310", "–"], ["Fly-tipping incidents", "1,450", "–"],
             ["Accidental drownings and water rescues (5 years)", "19", "–"],
             ["Labour exploitation referrals", "41", "–"]], [95 * mm, 35 * mm, d.TW - 130 * mm])
    d.h("Key findings of the strategic assessment")
    d.bullets(["Anti-social behaviour clusters around Wisbech and March town centres in the evenings.",
               "Rural crime is under-reported: farmers expect no response.",
               "Agency workers in food processing are vulnerable to exploitation by gangmasters and landlords.",
               "Deep, cold drains and rivers claim lives every year, often after drinking."])
    d.end()
    # 5 how chosen
    d.page("How we chose our priorities")
    d.p("We looked at the strategic assessment, the residents' survey and the views of our partners. We also "
        "looked back at our last plan, whose priorities were: Community safety in Wisbech; Vulnerable people; "
        "Rural crime; and Road safety. Road safety is now led by the county road safety partnership.")
    d.h("Fenland District Council's corporate aims")
    d.bullets(["Communities: supporting vulnerable people and promoting health", "Environment: a clean and safe district",
               "Economy: attracting investment and jobs", "Quality organisation"])
    d.h("The Police and Crime Commissioner's priorities")
    d.p("The Police and Crime Plan 2024–2028 has six priorities: Preventing crime and anti-social behaviour in our "
        "communities; Tackling violence and exploitation; Keeping women and girls safe; Putting victims first; "
        "Justice that works; and Safer roads. We work with the Commissioner on the first two in particular.")
    d.end()
    # 6 windmill
    d.page("Four sails, one mill: our priorities")
    d.p("The partnership board agreed four priorities for 2024–2027. Each is carried by one sail of the mill.")
    top = d.y
    cx, cy = d.W / 2, top - 88 * mm   # hub
    ground = top - 200 * mm
    c.setFillColor(colors.HexColor("#EAF3F8")); c.rect(d.L, ground, d.TW, top - ground - 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#9CC08A")); c.rect(d.L, ground, d.TW, 22 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#7FB3CF")); c.rect(d.L, ground + 9 * mm, d.TW, 3 * mm, stroke=0, fill=1)
    # tower
    c.setFillColor(colors.HexColor("#8B4A2B")); c.setStrokeColor(colors.HexColor("#4A2716"))
    p = c.beginPath(); p.moveTo(cx - 24 * mm, ground + 14 * mm); p.lineTo(cx + 24 * mm, ground + 14 * mm)
    p.lineTo(cx + 13 * mm, cy - 6 * mm); p.lineTo(cx - 13 * mm, cy - 6 * mm); p.close(); c.drawPath(p, fill=1)
    c.setFillColor(colors.HexColor("#2F2F2F"))
    p = c.beginPath(); p.moveTo(cx - 15 * mm, cy - 6 * mm); p.lineTo(cx + 15 * mm, cy - 6 * mm)
    p.curveTo(cx + 12 * mm, cy + 10 * mm, cx - 12 * mm, cy + 10 * mm, cx - 15 * mm, cy - 6 * mm); c.drawPath(p, fill=1)
    # door with vision
    c.setFillColor(colors.HexColor("#F3E6C8")); c.roundRect(cx - 11 * mm, ground + 14 * mm, 22 * mm, 30 * mm, 3, fill=1)
    vis = ParagraphStyle("v", fontName=d.sreg, fontSize=7.5, leading=9, alignment=TA_CENTER, textColor=INK)
    d.para("<i>A safe Fenland where everyone looks out for each other</i>", vis, cx - 10 * mm, ground + 40 * mm, 20 * mm)
    # sails
    c.setStrokeColor(colors.HexColor("#3A3A3A"))
    for ang in (45, 135, 225, 315):
        a = math.radians(ang)
        ex, ey = cx + 70 * mm * math.cos(a), cy + 70 * mm * math.sin(a)
        c.setLineWidth(3); c.line(cx, cy, ex, ey)
        nx, ny = -math.sin(a), math.cos(a)
        c.setLineWidth(0.6)
        for k in range(3, 15):
            t = k / 15
            px, py = cx + (ex - cx) * t, cy + (ey - cy) * t
            c.line(px, py, px + nx * 9 * mm, py + ny * 9 * mm)
        c.line(cx + (ex - cx) * 0.2 + nx * 9 * mm, cy + (ey - cy) * 0.2 + ny * 9 * mm, ex + nx * 9 * mm, ey + ny * 9 * mm)
    c.setFillColor(colors.HexColor("#3A3A3A")); c.circle(cx, cy, 3 * mm, fill=1)
    # boards at the tips, staggered
    st = ParagraphStyle("sail", fontName=d.bold, fontSize=11, leading=13.5, textColor=INK)
    bw = 52 * mm
    spots = [(d.L + 2 * mm, top - 4 * mm), (d.R - bw - 2 * mm, top - 16 * mm),
             (d.L + 2 * mm, top - 142 * mm), (d.R - bw - 2 * mm, top - 154 * mm)]
    for (x, y), text in zip(spots, PRIORITIES):
        from reportlab.platypus import Paragraph
        para = Paragraph(text, st)
        _, h = para.wrap(bw - 8 * mm, 500)
        c.setFillColor(colors.HexColor("#FFF8E1")); c.setStrokeColor(INK); c.setLineWidth(1.4)
        c.roundRect(x, y - h - 8 * mm, bw, h + 8 * mm, 4, fill=1, stroke=1)
        para.drawOn(c, x + 4 * mm, y - 4 * mm - h)
    d.y = ground - 6 * mm
    d.p("The mill's door carries our vision. The delivery plan on the next page sets out what each sail will do.")
    d.end()
    # 7 delivery
    d.page("Delivery plan")
    d.table([["Priority area", "What we will do in 2024/25", "Lead"],
             ["Market towns", "Town-centre problem-solving groups in Wisbech and March; youth outreach on Friday "
              "evenings; community protection notices", "Fenland District Council"],
             ["Rural crime", "Farm Watch and hare coursing operations; fly-tipping cameras; rural crime surgeries",
              "Cambridgeshire Constabulary rural crime action team"],
             ["Migrant workers", "Multi-agency visits to houses in multiple occupation; leaflets in six languages; "
              "training for housing officers", "Fenland District Council, Gangmasters and Labour Abuse Authority"],
             ["Water safety", "Throw-lines at six drains; safety talks in schools; 'don't drink and drown' campaign "
              "with pubs", "Cambridgeshire Fire and Rescue Service"]], [32 * mm, 88 * mm, d.TW - 120 * mm])
    d.p("Each lead reports to the partnership board every quarter using a red, amber, green rating.")
    d.end()
    # 8 measures
    d.page("Measures and governance")
    d.bullets(["Anti-social behaviour incidents in the four market towns", "Rural crime reports and farmer confidence",
               "Referrals to the National Referral Mechanism from Fenland", "Water incidents and throw-line uses"])
    d.p("The board meets quarterly and reports to the council's Overview and Scrutiny Panel. Contact: "
        "communitysafety@fenland.example")
    d.end()
    d.save(8)
    check_pages(out, 8)
    return out
