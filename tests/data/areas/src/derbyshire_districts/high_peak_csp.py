"""High Peak Community Safety Partnership Plan 2025-2028: a printed 6-slides-a-page handout (reportlab).

Layout: A4 portrait, a thin header, six slide thumbnails a page (2 columns x 3 rows), each framed with "Slide n"
under it.  The priorities are stated once, as a numbered list on slide 13 ("Our priorities 2025-2028"), the
first slide of page 3.  Slides 14-18 carry short theme titles only.
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from .slides_rl import draw_slide, fonts, hexc

OUT = "strategies/high_peak_community_safety_partnership_plan_2025-28.pdf"
THEME = ("#2F5D50", "#E3EFEA", "#1E1E1E")
FOOT = "High Peak CSP | Plan 2025–2028"
PRIS = ["Rural crime and wildlife crime", "Anti-social behaviour", "Exploitation of children and vulnerable adults",
        "Domestic abuse", "Supporting people with complex needs, including mental health"]
PCP = ["Visible neighbourhood policing that communities can rely on",
       "Tackling anti-social behaviour and neighbourhood crime",
       "Protecting women and girls from violence and abuse", "Preventing serious violence, drugs and exploitation",
       "Putting victims first", "A police service that is efficient, fair and trusted"]

SLIDES = [
    {"cover": True, "kicker": "High Peak Community Safety Partnership", "title": "Partnership Plan 2025–2028",
     "sub": "Partnership board workshop. A fictional re-creation; figures illustrative."},
    {"title": "Agenda", "bullets": ["Introductions", "The High Peak picture", "What residents told us",
                                    "Previous priorities", "Our priorities", "Actions and measures", "Governance"]},
    {"title": "Introductions", "bullets": ["High Peak Borough Council", "Derbyshire Constabulary",
                                           "Derbyshire County Council", "Fire and rescue, probation, health",
                                           "Peak District National Park Authority"]},
    {"title": "High Peak in numbers", "tiles": ["92,000 residents", "5,900 crimes", "1,780 ASB incidents",
                                                "£620k rural theft (illustrative)"], "tile_h": 120},
    {"title": "What residents told us", "bullets": ["“Sheep worrying by dogs is constant.”",
                                                    "“Youths on the Buxton Pavilion Gardens at night.”",
                                                    "“County lines dealers in Glossop.”",
                                                    "“Nobody helps my brother with his mental health.”"]},
    {"title": "Previous priorities (2022–2025)", "bullets": ["Rural crime", "Anti-social behaviour",
                                                             "Vulnerable people", "Domestic abuse",
                                                             "Road safety"]},
    {"title": "National context", "bullets": ["Serious Violence Duty (2023)", "Anti-social Behaviour Action Plan",
                                              "From Harm to Hope", "Tackling Domestic Abuse Plan"]},
    {"title": "The Police and Crime Plan 2025–2029", "numbered": PCP, "body_size": 19},
    {"title": "Key findings", "bullets": ["Rural crime up 11% (illustrative)",
                                          "ASB concentrated in Buxton and Glossop town centres",
                                          "Exploitation referrals doubled", "Domestic abuse: 1 in 7 crimes"]},
    {"title": "Issues considered but not chosen", "bullets": ["Road safety: led by the county road safety "
                                                              "partnership", "Serious violence: low volume; county "
                                                              "strategy", "Hate crime: monitored by the JAG"]},
    {"title": "Focus: Glossop", "bullets": ["Hotspot patrols in the town centre", "County lines links with "
                                            "Greater Manchester", "Youth club reopened (illustrative)"]},
    {"title": "Focus: Buxton", "bullets": ["Pavilion Gardens and the railway station", "Summer visitors",
                                           "Night-time economy scheme"]},
    {"title": "Our priorities 2025–2028", "numbered": PRIS, "bold_items": True, "body_size": 24},
    {"title": "Theme: rural", "bullets": ["Farm Watch and Horse Watch", "Sheep worrying campaign",
                                          "Wildlife crime officers"]},
    {"title": "Theme: ASB", "bullets": ["Joint patrols", "Youth outreach", "Community Protection Notices"]},
    {"title": "Theme: exploitation", "bullets": ["Cuckooing visits", "Missing children panel",
                                                 "Training for taxi drivers"]},
    {"title": "Theme: domestic abuse", "bullets": ["Outreach surgeries", "Sanctuary scheme",
                                                   "Awareness in GP surgeries"]},
    {"title": "Theme: complex needs", "bullets": ["Multi-agency vulnerability hub", "Mental health triage",
                                                  "Housing support"]},
    {"title": "Action plan (extract)", "table": [["Theme", "Action", "Lead"], ["Rural", "Farm Watch", "Police"],
                                                 ["ASB", "Youth outreach", "Council"],
                                                 ["Exploitation", "Cuckooing visits", "Police"],
                                                 ["Complex needs", "Vulnerability hub", "Council"]]},
    {"title": "Measures", "table": [["Outcome", "Measure", "Baseline"], ["Less rural crime", "Recorded", "398"],
                                    ["Less ASB", "Incidents", "1,780"], ["Fewer exploited", "Referrals", "64"],
                                    ["More DA victims helped", "Referrals", "350"]]},
    {"title": "Governance", "bullets": ["Safer Derbyshire board", "High Peak CSP board", "Joint Action Group",
                                        "Vulnerability hub"]},
    {"title": "Contacts", "bullets": ["community.safety@highpeak.example", "01298 000000 (illustrative)",
                                      "Report crime: 101 or 999"]},
]


def build(root):
    out = root / OUT
    reg, bold, ital = fonts("cond")
    W, H = A4
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("High Peak Community Safety Partnership Plan 2025-2028 (handout)")
    per, pages = 6, (len(SLIDES) + 5) // 6
    sw = (W - 36 * 2 - 24) / 2
    for p in range(pages):
        c.setFillColor(hexc(THEME[0]))
        c.rect(0, H - 40, W, 40, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(bold, 11)
        c.drawString(36, H - 25, "High Peak Community Safety Partnership – Partnership Plan 2025–2028")
        c.setFont(reg, 9)
        c.drawRightString(W - 36, H - 25, "Handout: 6 slides per page")
        for i in range(per):
            idx = p * per + i
            if idx >= len(SLIDES):
                break
            col, row = i % 2, i // 2
            x = 36 + col * (sw + 24)
            y = H - 70 - (row + 1) * (sw * 9 / 16 + 52) + 24
            spec = dict(SLIDES[idx], footer=FOOT, n=idx + 1)
            draw_slide(c, x, y, sw, spec, "cond", THEME)
            c.setFont(reg, 8)
            c.setFillColor(hexc("#666666"))
            c.drawString(x, y - 12, f"Slide {idx + 1}")
        c.setFont(reg, 8)
        c.setFillColor(hexc("#666666"))
        c.drawCentredString(W / 2, 22, f"Page {p + 1} of {pages}")
        c.showPage()
    c.save()
    return out
