"""Norfolk Police and Crime Plan 2025-2029 (fictional new edition): reportlab brochure, navy and gold.

Priorities (pp5-7, two a page): a gold square holding the priority number beside the heading in serif bold, an
italic "Why it matters" line and the numbered objectives "1.1 ..." under "My objectives".
"""
from __future__ import annotations

from pathlib import Path

from .kit_rl import (A4, KeepTogether, P, Spacer, bullets, build_pages, colors, grid, house, mm, styles,
                     ParagraphStyle, TA_CENTER, Table, TableStyle, Fill)

OUT = "plan/norfolk_police_and_crime_plan_2025-29.pdf"
TITLE = "Norfolk Police and Crime Plan 2025\u20132029"
AUTHOR = "Office of the Police and Crime Commissioner for Norfolk"
H = house("liberation-sans", "dejavu", accent="#15325B", accent2="#15325B", gold="#C8912B", pale="#F3EEE3",
          ink="#1E1E1E")
ST = styles(H, 9.4)
W, HH = A4

PRIORITIES = [
    ("Preventing crime and harm",
     "Stopping crime before it happens costs less, and hurts fewer people, than dealing with it afterwards.",
     ["Divert children and young people from crime and reduce reoffending by children, with schools, early help "
      "and the Norfolk Youth Justice Service.",
      "Work with the Norfolk Combating Drugs Partnership to get more people into drug and alcohol treatment and "
      "recovery, and to reduce drug-related deaths.",
      "Reduce reoffending by adults through integrated offender management and help with housing and work on "
      "release from prison.",
      "Support Prevent and the Channel panel so that people at risk of being drawn into terrorism are helped early.",
      "Fund problem-solving and designing out crime, from street lighting to CCTV and safer routes."]),
    ("Safer neighbourhoods, towns and villages",
     "Crime and disorder that people see and feel where they live, in the city, the market towns and the countryside.",
     ["Tackle anti-social behaviour with the district councils and housing providers, and make the ASB case review "
      "work for residents.",
      "Drive down burglary, vehicle crime, shop theft and violence against shop workers.",
      "Protect rural and coastal communities from rural, wildlife and heritage crime, including hare coursing, "
      "the theft of farm machinery and fly-tipping.",
      "Make Norfolk's roads safer, targeting the 'fatal four', anti-social driving and illegal off-road bikes, "
      "and supporting Community Speedwatch."]),
    ("Tackling serious violence and exploitation",
     "Violence is rare in Norfolk, but where it happens it does lasting harm to victims, families and communities.",
     ["Lead the Serious Violence Duty partnership and reduce knife crime and violence in public places.",
      "Close county lines and disrupt drug supply, and protect vulnerable adults from cuckooing.",
      "Protect children from criminal and sexual exploitation and harm outside the home.",
      "Find and support victims of modern slavery and labour exploitation, including in agriculture and food "
      "processing.",
      "Disrupt organised crime groups and take their assets."]),
    ("Making Norfolk safe for women and girls",
     "No woman or girl in Norfolk should live with violence, abuse or the fear of it.",
     ["Identify domestic abuse earlier and make sure survivors and their children get specialist support, refuges "
      "and other safe accommodation.",
      "Improve the response to rape, sexual offences and stalking, from first report to court.",
      "Pursue perpetrators and change their behaviour, through orders, behaviour-change programmes and "
      "multi-agency management.",
      "Make streets, parks and the night-time economy safe for women and girls, with licensees, Ask for Angela "
      "and Best Bar None."]),
    ("Putting victims first and building trust",
     "Victims should be treated with dignity, kept informed and helped to cope and recover.",
     ["Make sure every victim receives their rights under the Victims' Code and can reach the Norfolk victims' "
      "services I commission.",
      "Increase the reporting of hate crime, support its victims and work with community cohesion partners.",
      "Protect older and vulnerable residents from fraud, scams and doorstep crime.",
      "Offer restorative justice to every victim, including the victims of crimes committed by children.",
      "Build public confidence through engagement, independent advisory groups and open scrutiny."]),
    ("A Constabulary fit for the future",
     "Everything in this plan depends on a well-led, well-equipped and well-run police service.",
     ["Answer 999 and 101 calls quickly and make online reporting easy.",
      "Support the wellbeing, training and development of officers, staff and volunteers.",
      "Invest in estates, vehicles and technology that help officers spend more time in communities.",
      "Deliver value for money and a balanced budget over the medium term."]),
]


def deco(c, n):
    if n == 1:
        c.setFillColor(H["accent"])
        c.rect(0, 0, W, HH, stroke=0, fill=1)
        c.setFillColor(H["gold"])
        c.rect(0, HH * 0.36, W, 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#21447A"))
        for i in range(7):
            c.circle(W - 30 * mm + i * 4 * mm, 50 * mm + i * 9 * mm, 16 * mm - i * 1.6 * mm, stroke=0, fill=1)
        return
    c.setFillColor(H["accent"])
    c.rect(0, HH - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(H["reg"], 8)
    c.drawString(20 * mm, HH - 7.6 * mm, "Norfolk Police and Crime Plan 2025\u20132029")
    c.setFillColor(H["gold"])
    c.rect(W - 34 * mm, 9 * mm, 14 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(H["bold"], 9)
    c.drawCentredString(W - 27 * mm, 11.3 * mm, str(n))


def priority_block(i, head, why, objs):
    num = ParagraphStyle("num", fontName=H["hbold"], fontSize=24, leading=28, textColor=colors.white,
                         alignment=TA_CENTER)
    hd = ParagraphStyle("hd", fontName=H["hbold"], fontSize=17, leading=21, textColor=H["accent"])
    t = Table([[P(str(i), num), P(head, hd)]], colWidths=[16 * mm, 154 * mm], rowHeights=[16 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), H["gold"]), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LEFTPADDING", (1, 0), (1, 0), 8), ("LINEBELOW", (1, 0), (1, 0), 1, H["gold"])]))
    it = ParagraphStyle("it", parent=ST["body"], fontName="Helvetica-Oblique", textColor=colors.HexColor("#555555"))
    out = [t, Spacer(1, 4), P(f"<b>Why it matters:</b> {why}", it), P("My objectives", ST["h3"])]
    out += [P(f"{i}.{k}&nbsp;&nbsp;{o}", ParagraphStyle("ob", parent=ST["body"], leftIndent=18, firstLineIndent=-18,
                                                         spaceAfter=3)) for k, o in enumerate(objs, start=1)]
    return out + [Spacer(1, 10)]


def build(root: Path) -> Path:
    out = root / OUT
    b, h1, h2, h3, sm = ST["body"], ST["h1"], ST["h2"], ST["h3"], ST["small"]
    cov_t = ParagraphStyle("ct", fontName=H["hbold"], fontSize=34, leading=40, textColor=colors.white)
    cov_s = ParagraphStyle("cs", fontName=H["reg"], fontSize=14, leading=19, textColor=colors.HexColor("#E8D9B5"))
    cover = [Spacer(1, 70 * mm), P("Norfolk Police and Crime Plan", cov_t), P("2025\u20132029", cov_t),
             Spacer(1, 8 * mm), P("Prevention first: safer communities, supported victims, a trusted police service",
                                  cov_s), Spacer(1, 70 * mm),
             P("Office of the Police and Crime Commissioner for Norfolk", cov_s)]
    toc = [("Foreword from the Commissioner", 3), ("What you told me", 4), ("My priorities", 5)]
    toc += [(f"&nbsp;&nbsp;&nbsp;&nbsp;{i}. {p[0]}", 5 + (i - 1) // 2) for i, p in enumerate(PRIORITIES, start=1)]
    toc += [("Working with partners", 8), ("National expectations", 8), ("Measuring success and the budget", 9),
            ("Contact us", 10)]
    contents = [P("Contents", h1), grid([[P(a, b), P(str(n), b)] for a, n in toc], [150 * mm, 20 * mm], ST,
                                       line=colors.HexColor("#D8D2C4"),
                                       extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")])]
    foreword = [P("Foreword from the Commissioner", h1),
                P("Norfolk is one of the safest counties in England, and I want to keep it that way. This plan sets "
                  "out what I will ask of Norfolk Constabulary, and what I will do with councils, health services, "
                  "charities and communities, over the next four years.", b),
                P("The last plan was built around six pillars: sustaining the Constabulary; visible and trusted "
                  "policing; tackling crime; preventing offending; supporting victims and reducing vulnerability; "
                  "and safer and stronger communities. Much of that work continues, but this plan is different in "
                  "one important way: it puts prevention first.", b),
                P("The previous plan's pillars, for reference", h3)]
    foreword += bullets(["Sustain Norfolk Constabulary", "Visible and trusted policing", "Tackling crime",
                         "Prevent offending", "Support victims and reduce vulnerability",
                         "Safer and stronger communities"], ST["bullet"])
    foreword += [Spacer(1, 6),
                 P("I have heard from thousands of residents, from parish councils and businesses, and from the "
                   "people who work in our services. You told me that you want to see officers in your "
                   "communities, that you want more done to stop young people being drawn into crime, and that "
                   "you expect victims to be treated well. Those messages run through every page of this plan.", b),
                 P("I will hold the Chief Constable to account for delivering it, publish regular reports on our "
                   "progress, and come back to you each year to ask whether we are getting it right.", b),
                 P("Police and Crime Commissioner for Norfolk", h3)]
    told = [P("What you told me", h1),
            P("Between September and November 2024 we asked residents what mattered most to them. The figures "
              "below are <b>illustrative</b>, prepared for this document.", b),
            grid([["Survey responses", "Said visible policing was very important", "Worried about anti-social "
                   "behaviour", "Wanted more work with young people"],
                  [P("<font size=20><b>3,412</b></font>", b), P("<font size=20><b>78%</b></font>", b),
                   P("<font size=20><b>61%</b></font>", b), P("<font size=20><b>57%</b></font>", b)]],
                 [42.5 * mm] * 4, ST, head_bg=H["accent"], extra=[("BACKGROUND", (0, 1), (-1, 1), H["pale"])]),
            Spacer(1, 8),
            P("Issues raised most often (illustrative ranking)", h3),
            grid([["Rank", "Issue", "Share of comments"], ["1", "Speeding and dangerous driving in villages", "22%"],
                  ["2", "Anti-social behaviour in town centres", "19%"], ["3", "Drug dealing", "14%"],
                  ["4", "Rural crime and hare coursing", "11%"], ["5", "Fraud and scams", "9%"],
                  ["6", "Safety of women at night", "8%"]], [18 * mm, 110 * mm, 42 * mm], ST,
                 head_bg=H["gold"], line=colors.HexColor("#D8D2C4")),
            Spacer(1, 8), P("How I will work", h2)]
    told += bullets(["<b>Prevention first</b>: every commissioning decision asks what it will prevent.",
                     "<b>Partnership</b>: the seven district community safety partnerships and the county boards "
                     "are how much of this plan is delivered.",
                     "<b>Fairness</b>: services that work for every community, and scrutiny of how powers are used.",
                     "<b>Openness</b>: quarterly accountability meetings held in public."], ST["bullet"])
    pr_pages = []
    for k in range(0, 6, 2):
        pg = [P("My priorities", h2)] if k == 0 else []
        for i in (k, k + 1):
            pg += priority_block(i + 1, *PRIORITIES[i])
        pr_pages.append(pg)
    partners = [P("Working with partners", h1),
                P("Most of this plan cannot be delivered by the police alone. Norfolk's district community safety "
                  "partnerships (Breckland, Broadland, Great Yarmouth, King's Lynn and West Norfolk, North Norfolk, "
                  "Norwich and South Norfolk) and the county-wide boards each have their own strategies. My office "
                  "will align its grants with the priorities those partnerships set.", b),
                grid([["Partnership", "What it leads"],
                      ["District community safety partnerships", "Local problem-solving, ASB, neighbourhood crime"],
                      ["Norfolk Domestic Abuse and Sexual Violence Board", "The domestic abuse strategy and "
                       "safe accommodation duty"],
                      ["Norfolk Serious Violence Duty partnership", "The serious violence strategy"],
                      ["Norfolk Combating Drugs Partnership", "The local response to From Harm to Hope"],
                      ["Norfolk Youth Justice Board", "The annual youth justice plan"],
                      ["Norfolk Criminal Justice Board", "Courts, victims and witnesses, reoffending"]],
                     [80 * mm, 90 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#D8D2C4")),
                Spacer(1, 8), P("National expectations", h2),
                P("The Strategic Policing Requirement sets out national threats that every force must help to "
                  "counter. They are not local priorities of this plan, but the Constabulary must keep the "
                  "capability to respond to them:", b)]
    partners += bullets(["Terrorism", "Serious and organised crime", "A national cyber incident",
                         "Child sexual abuse", "Public disorder", "Civil emergencies",
                         "Violence against women and girls"], ST["bullet"])
    measures = [P("Measuring success", h1),
                grid([["Priority", "How we will know"],
                      ["1", "Fewer first-time entrants to the youth justice system; more people starting treatment"],
                      ["2", "Fewer repeat ASB locations; burglary and rural crime below 2024 levels; fewer people "
                            "killed or seriously injured on the roads"],
                      ["3", "Fewer knife-enabled offences; county lines closed; exploitation referrals acted on"],
                      ["4", "Higher charge rates for rape and domestic abuse; survivors' satisfaction with support"],
                      ["5", "Victim satisfaction; hate crime reporting; confidence in local policing"],
                      ["6", "999 and 101 answer times; officer numbers; a balanced budget"]],
                     [22 * mm, 148 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#D8D2C4")),
                Spacer(1, 10), P("The budget", h2),
                P("The figures below are <b>illustrative</b>.", b),
                grid([["Item", "2025/26"], ["Net revenue budget", "\u00a3214.6m"],
                      ["Commissioned victims' services", "\u00a34.1m"], ["Crime prevention and partnership grants",
                                                                         "\u00a31.9m"],
                      ["Capital programme", "\u00a318.2m"]], [120 * mm, 50 * mm], ST, head_bg=H["gold"],
                     line=colors.HexColor("#D8D2C4"))]
    back = [P("Contact us", h1),
            P("Office of the Police and Crime Commissioner for Norfolk, Jubilee House, Falconers Chase, Wymondham, "
              "Norfolk NR18 0WW.", b),
            P("Email: opccn@norfolk-pcc.example &nbsp; Telephone: 01953 000 000 (illustrative)", b),
            P("This plan is available in large print, easy read and other languages on request.", b),
            Spacer(1, 10),
            P("This document is a fictional re-creation prepared as test data. Its statistics are illustrative.", sm)]
    pages = [cover, contents, foreword, told] + pr_pages + [partners, measures, back]
    return build_pages(out, pages, deco, TITLE, AUTHOR, cover_frame=(22 * mm, 20 * mm, 150 * mm, 257 * mm),
                       margins=(20 * mm, 20 * mm, 22 * mm, 22 * mm))
