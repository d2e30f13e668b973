"""Leicester City Youth Justice Plan 2025-2026 (reportlab, YJB plan headings).

The priorities are the rows of a landscape "strong / medium" matrix (p6) that rates each priority against
the four Child First tenets and two Youth Justice Board key performance areas (column headers, distractors).
Last year's priorities (p5, in a review table) and the Child First tenets (p4) are distractors.
"""
from __future__ import annotations

from pathlib import Path

from .kit import (ILLUS, P, Spacer, Table, TableStyle, build_rl, colors, contents, grid_table, hexc, mm, section,
                  styles, tiles, draw_lines)
from reportlab.lib.styles import ParagraphStyle
from rl_kit import A4

OUT = "strategies/leicester_youth_justice_plan_2025-26.pdf"
T = {"main": "#B23A48", "acc": "#2D3142", "pale": "#F8ECEE", "font": "liberation-narrow",
     "hfont": "liberation-sans", "h1": 19, "size": 10}
PRIORITIES = [
    ("Preventing children entering the justice system", "s,s,m,s,s,"),
    ("Reducing serious youth violence and weapon carrying", "m,s,m,,,s"),
    ("Protecting children from criminal exploitation", "s,m,s,m,,s"),
    ("Improving the health and wellbeing of children in the system", "s,s,s,m,,"),
    ("Putting restorative justice at the heart of our work with victims", "m,s,s,,s,"),
]
COLS = ["As children", "Building pro-social identity", "Collaborating with children", "Diverting from stigma",
        "KPI: first-time entrants", "KPI: serious violence"]


def _cover(c, d):
    W, H = A4
    c.setFillColor(colors.white)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("#B23A48"))
    c.rect(0, 0, 70 * mm, H, stroke=0, fill=1)
    c.setFillColor(hexc("#2D3142"))
    c.setFont("LiberationSans-Bold", 28)
    c.drawString(80 * mm, H * 0.62, "Youth Justice Plan")
    c.setFont("LiberationSans-Regular", 16)
    c.drawString(80 * mm, H * 0.62 - 12 * mm, "2025\u20132026")
    c.setFont("LiberationSans-Regular", 11)
    c.drawString(80 * mm, H * 0.62 - 24 * mm, "Leicester City Youth Justice Service")
    c.setFont("LiberationSans-Regular", 8)
    c.drawString(80 * mm, 16 * mm, "A fictional re-creation for testing; not a published document.")


def _chrome(c, d, n, land):
    PW, PH = d.pagesize
    c.setFillColor(hexc("#B23A48"))
    c.rect(0, PH - 6 * mm, PW, 6 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#2D3142"))
    c.setFont("LiberationSansNarrow-Regular", 8.5)
    c.drawString(20 * mm, 10 * mm, "Leicester Youth Justice Plan 2025\u201326")
    c.drawRightString(PW - 20 * mm, 10 * mm, f"Page {n} of 9")


def build(root: Path) -> Path:
    S = styles(T)
    W, H = A4
    width = W - 40 * mm
    toc = [("Introduction, vision and strategy", 3), ("Child First", 4), ("Local context", 4),
           ("Review of 2024\u201325", 5), ("Our priorities for 2025\u201326", 6), ("Resources and services", 7),
           ("Performance", 8), ("Risks to delivery", 8), ("Governance, leadership and partnership arrangements", 9),
           ("Sign-off", 9)]
    pages = [("p", contents(S, toc))]
    pages.append(("p", section(S, "Introduction, vision and strategy", [
        "This is the annual youth justice plan required by section 40 of the Crime and Disorder Act 1998. It sets "
        "out how youth justice services in Leicester will be provided and funded, and the priorities the Youth "
        "Justice Management Board has set for 2025\u201326.",
        "<b>Our vision</b> is that every child in Leicester who comes into contact with the justice system is seen "
        "as a child first, is helped to build a positive future, and does not offend again.",
        "The plan follows the Youth Justice Board's guidance on youth justice plans and is signed by the chair of "
        "the management board.",
        ("h2", "Voice of the child"),
        "Children and young people working with the service helped to choose this year's priorities through the "
        "participation group and an online survey. Their words are quoted throughout the plan (composite quotes "
        "written for this re-creation)."])))
    pages.append(("p", section(S, "Child First", [
        "The Youth Justice Board's guiding principle is Child First. Its four tenets are:",
        ("bul", ["As children: prioritise the best interests of children and recognise their needs, capacities, "
                 "rights and potential.", "Building pro-social identity: promote children's individual strengths "
                 "and capacities to develop their pro-social identity.", "Collaborating with children: encourage "
                 "children's active participation, engagement and wider social inclusion.",
                 "Diverting from stigma: promote a childhood removed from the justice system, using pre-emptive "
                 "prevention, diversion and minimal intervention."]),
        P("Local context", S["h1"]),
        tiles(S, [("118", "first-time entrants in the year"), ("34%", "reoffending rate of the caseload"),
                  ("41", "children screened for criminal exploitation"), ("27", "knife possession offences by "
                   "children"), ("70%", "of the caseload with an identified speech, language or mental health need"),
                  ("85%", "of victims offered restorative contact")], width), ("small", ILLUS)])))
    pages.append(("p", section(S, "Review of 2024\u201325", [
        "Last year's plan set four priorities. Progress against each is summarised here.",
        grid_table(S, ["2024\u201325 priority", "Progress"], [
            ["Diversion and prevention", "Turnaround programme worked with 96 children"],
            ["Reducing youth violence", "Knife possession by children fell by 12%"],
            ["Education, training and employment", "Share of the caseload in ETE rose to 71%"],
            ["Disproportionality", "Over-representation of Black and mixed heritage boys reduced but persists"]],
            [70 * mm, width - 70 * mm], bold_first=True), ("sp", 6),
        ("h2", "National and local drivers"),
        "The Serious Violence Duty, the Police and Crime Plan (\u201cCutting serious violence, drugs and "
        "exploitation\u201d and \u201cOutstanding support for victims\u201d) and the city's Children and Young "
        "People's Plan all shaped this year's choices."])))
    # p6 landscape matrix
    ps = ParagraphStyle("yp", fontName=S["hbold"], fontSize=9.4, leading=11.5, textColor=S["acc"])
    hs = ParagraphStyle("yh", fontName=S["bold"], fontSize=7.8, leading=9.2, textColor=colors.white, alignment=1)
    cs = ParagraphStyle("yc", fontName=S["bold"], fontSize=8, leading=9.5, textColor=colors.white, alignment=1)
    word = {"s": "Strong", "m": "Medium", "": ""}
    fill = {"s": hexc("#B23A48"), "m": hexc("#E39AA3"), "": colors.white}
    data = [[P("Priority for 2025\u201326", hs)] + [P(c, hs) for c in COLS]]
    st = [("BACKGROUND", (0, 0), (-1, 0), S["acc"]), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("GRID", (0, 0), (-1, -1), 1.2, colors.white), ("BACKGROUND", (0, 1), (0, -1), S["pale"]),
          ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
    for r, (text, cells) in enumerate(PRIORITIES, start=1):
        vals = cells.split(",")
        data.append([P(text, ps)] + [P(word[v], cs) for v in vals])
        for ci, v in enumerate(vals, start=1):
            st.append(("BACKGROUND", (ci, r), (ci, r), fill[v]))
    LW = A4[1] - 40 * mm
    tb = Table(data, colWidths=[125 * mm] + [(LW - 125 * mm) / 6] * 6)
    tb.setStyle(TableStyle(st))
    pages.append(("l", [P("Our priorities for 2025\u201326", S["h1"]),
                        P("The management board has agreed five priorities. The matrix rates how strongly each "
                          "puts the Child First tenets into practice and drives the key performance areas.",
                          S["body"]), Spacer(1, 4), tb, Spacer(1, 4),
                        P("Strong: the priority is a main way we deliver the tenet or indicator. Medium: it "
                          "contributes. Blank: little direct contribution.", S["small"]), Spacer(1, 10),
                        P("What children told us", S["h2"]),
                        P("\u201cI want someone who sticks around, not a new worker every month.\u201d "
                          "\u201cSchool was where it went wrong for me.\u201d \u201cSaying sorry to him face to "
                          "face was harder than court, but better.\u201d (Composite quotes written for this "
                          "re-creation.)", S["body"]),
                        P("Links to partner plans", S["h2"]),
                        P("The Violence Reduction Network funds our knife crime programme; the Safer Leicester "
                          "Partnership leads on exploitation of adults; and the Police and Crime Commissioner "
                          "commissions the victim service we work with.", S["body"])]))
    pages.append(("p", section(S, "Resources and services", [
        grid_table(S, ["Funding source (illustrative)", "\u00a3k"], [
            ["Youth Justice Board grant", "820"], ["City Council", "1,140"], ["Police", "160"],
            ["Probation", "45"], ["Integrated Care Board", "120"], ["Police and Crime Commissioner", "95"]],
            [width - 30 * mm, 30 * mm]), ("sp", 6),
        "The service has 46 staff, including seconded police officers, a probation officer, a speech and language "
        "therapist, a child and adolescent mental health worker and a restorative justice team."])))
    pages.append(("p", section(S, "Performance", [
        grid_table(S, ["Key performance indicator", "Leicester", "England"], [
            ["First-time entrants per 100,000", "214", "160"], ["Reoffending rate", "34%", "32%"],
            ["Use of custody per 1,000", "0.14", "0.10"], ["Children in suitable accommodation", "93%", "90%"],
            ["Children in education, training or employment", "71%", "72%"]],
            [width - 60 * mm, 30 * mm, 30 * mm]), ("small", ILLUS), ("sp", 4),
        P("Risks to delivery", S["h1"]),
        ("bul", ["Rising numbers of children excluded from school.", "Recruitment to specialist health posts.",
                 "Court delays lengthening the time between offence and outcome."])])))
    pages.append(("p", section(S, "Governance, leadership and partnership arrangements", [
        "The Youth Justice Management Board is chaired by the City Council's Director of Children's Services. "
        "Statutory partners are the council, police, probation and health. The board meets quarterly and links to "
        "the Safer Leicester Partnership, the Violence Reduction Network and the Leicester Safeguarding Children "
        "Partnership.",
        P("Sign-off", S["h1"]),
        "Approved by the Youth Justice Management Board, June 2025. Chair of the Youth Justice Management Board.",
        ("h2", "Contact"), "Leicester City Youth Justice Service, email yjs@leicester-yjs.example, telephone "
        "0116 000 0006 (illustrative)."])))
    return build_rl(root / OUT, {"title": "Leicester Youth Justice Plan 2025\u20132026",
                                 "author": "Leicester City Youth Justice Service"}, T, pages, _cover, None, _chrome)
