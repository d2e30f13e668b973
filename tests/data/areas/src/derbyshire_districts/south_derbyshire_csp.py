"""South Derbyshire Community Safety Partnership Plan 2025-2028: a printed 3-slides-a-page handout with ruled
note lines (reportlab).

Layout: A4 portrait, three slide thumbnails down the left of each page, each beside a ruled "Notes" panel.
One slide per priority (slides 9-13, pages 3-5): a "Priority n" kicker over the priority as the slide title,
and two bullets.
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from .slides_rl import draw_slide, fonts, hexc

OUT = "strategies/south_derbyshire_community_safety_partnership_plan_2025-28.pdf"
THEME = ("#8A5A00", "#F6ECD9", "#1E1E1E")
FOOT = "Safer South Derbyshire Partnership"
PRIS = [("Anti-social behaviour and youth nuisance", ["Joint patrols in Swadlincote town centre",
                                                      "Diversionary activities in the school holidays"]),
        ("Domestic abuse", ["Outreach surgeries in family hubs", "Workplace champions"]),
        ("Burglary and vehicle crime", ["Target hardening for repeat victims", "Catalytic converter marking"]),
        ("Fraud and cyber crime", ["Scams awareness with Trading Standards", "Cyber safety sessions for schools"]),
        ("Serious violence and knife crime", ["Knife amnesty bins and education", "Links to the county Serious "
                                              "Violence Partnership"])]
PCP = ["Visible neighbourhood policing that communities can rely on",
       "Tackling anti-social behaviour and neighbourhood crime",
       "Protecting women and girls from violence and abuse", "Preventing serious violence, drugs and exploitation",
       "Putting victims first", "A police service that is efficient, fair and trusted"]

SLIDES = [
    {"cover": True, "kicker": "Safer South Derbyshire Partnership", "title": "Community Safety Plan 2025–2028",
     "sub": "Parish liaison forum. A fictional re-creation; figures illustrative."},
    {"title": "Agenda", "bullets": ["South Derbyshire in numbers", "What residents told us", "Previous priorities",
                                    "The Police and Crime Plan", "Our priorities", "Actions and governance"]},
    {"title": "Welcome", "bullets": ["One of the fastest-growing districts in England",
                                     "New housing around Swadlincote, Hilton and Melbourne",
                                     "Plan agreed by the partnership board, May 2025"]},
    {"title": "South Derbyshire in numbers", "tiles": ["112,000 residents", "6,100 crimes", "2,050 ASB incidents",
                                                       "£2.3m lost to fraud (illustrative)"], "tile_h": 120},
    {"title": "What residents told us", "bullets": ["“Motorbikes on the Swadlincote woodlands.”",
                                                    "“Vans broken into on new estates.”",
                                                    "“My dad lost £8,000 to a scam text.”",
                                                    "“Teenagers carrying knives for protection.”"]},
    {"title": "Previous priorities (2022–2025)", "bullets": ["Anti-social behaviour", "Acquisitive crime",
                                                             "Domestic abuse", "Vulnerable people"]},
    {"title": "The Police and Crime Plan 2025–2029", "numbered": PCP, "body_size": 21},
    {"title": "Our priorities for 2025–2028", "bullets": ["Five priorities, chosen from the strategic assessment "
                                                          "and the survey", "One task group leads each priority",
                                                          "Reviewed every year"]},
] + [{"kicker": f"Priority {i}", "title": t, "bullets": b, "title_size": 44} for i, (t, b) in enumerate(PRIS, 1)] + [
    {"title": "Actions 2025–26", "table": [["Theme", "Action", "Lead"], ["ASB", "Holiday activities", "Council"],
                                           ["Acquisitive", "Target hardening", "Police"],
                                           ["Fraud", "Scams awareness", "Trading Standards"],
                                           ["Violence", "Knife education", "Schools"]]},
    {"title": "Governance and contacts", "bullets": ["Safer Derbyshire board", "Partnership board: quarterly",
                                                     "community.safety@southderbyshire.example",
                                                     "01283 000000 (illustrative)"]},
]


def build(root):
    out = root / OUT
    reg, bold, ital = fonts("sans")
    W, H = A4
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("South Derbyshire Community Safety Plan 2025-2028 (handout)")
    pages = (len(SLIDES) + 2) // 3
    sw = 300
    sh = sw * 9 / 16
    for p in range(pages):
        c.setFont(reg, 8.5)
        c.setFillColor(hexc("#555555"))
        c.drawString(40, H - 30, "Safer South Derbyshire Partnership · Community Safety Plan 2025–2028")
        c.drawRightString(W - 40, H - 30, "Handout with notes")
        c.setStrokeColor(hexc(THEME[0]))
        c.setLineWidth(1)
        c.line(40, H - 36, W - 40, H - 36)
        for i in range(3):
            idx = p * 3 + i
            if idx >= len(SLIDES):
                break
            y = H - 60 - (i + 1) * (sh + 62) + 20
            draw_slide(c, 40, y, sw, dict(SLIDES[idx], footer=FOOT, n=idx + 1), "sans", THEME)
            c.setFont(ital, 8)
            c.setFillColor(hexc("#777777"))
            c.drawString(40, y - 12, f"Slide {idx + 1}")
            nx = 40 + sw + 18
            c.setFont(bold, 8)
            c.setFillColor(hexc(THEME[0]))
            c.drawString(nx, y + sh - 6, "Notes")
            c.setStrokeColor(hexc("#BBBBBB"))
            c.setLineWidth(0.5)
            for k in range(8):
                ly = y + sh - 22 - k * 19
                c.line(nx, ly, W - 40, ly)
        c.setFont(reg, 8)
        c.setFillColor(hexc("#555555"))
        c.drawRightString(W - 40, 24, f"{p + 1}")
        c.showPage()
    c.save()
    return out
