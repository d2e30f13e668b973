"""Police and Crime Commissioner for Wrexmoor: "Police and Crime Plan 2026-2029" (reportlab platypus, A4,
14 pages).

Each of the four priorities is introduced by a full-bleed coloured divider page with a very large numeral
(150 pt), a "Priority one" kicker and the priority's full wording (gold: pp5, 8, 10, 12). The chapter pages
that follow never repeat the full wording: their running header gives a SHORTER form ("1  Neighbourhoods"), and
their first heading is "What you told us". The first chapter runs over two pages, so that short form is on
pp6-7. The contents page (p2) and "The plan at a glance" (p4) give only the short forms. Other lists: the
public's top five concerns (p3), the Chief Constable's operational priorities (p4), the PCC's commitments under
every priority, measures, the accountability section's statutory duties (p14)."""
from __future__ import annotations

from pathlib import Path

from kit22 import (Chapter, Doc, Fill, NextPageTemplate, P, PageBreak, Paragraph, Spacer, Styles, Table,
                   TableStyle, H, W, M, bullets, contents, hexc, mm, numbered, style, table)
from reportlab.lib.enums import TA_CENTER

NAME = "big_number_dividers_short_headers_plan"
ACC = "23395B"
PCC = "Police and Crime Commissioner for Wrexmoor"
TITLE = "Police and Crime Plan 2026-2029"
COLOURS = ["23395B", "8C2F39", "5C3C7A", "2F5D50"]
WORDS = ["one", "two", "three", "four"]
PRIORITIES = [
    "Keep our neighbourhoods safe with visible local policing that answers when people call",
    "Put victims at the heart of policing and the justice system",
    "Tackle violence against women and girls wherever it happens",
    "Stop serious and organised crime reaching into our towns and villages",
]
SHORT = ["Neighbourhoods", "Victims", "Women and girls", "Organised crime"]
CHAPTERS = [
    dict(told="Residents told me that they want to see police officers in their community, to know who their "
              "local officers are and to get an answer when they call 101. In the 2025 survey only 41% of "
              "people in Cowlbeck and Ellerbeck said they saw officers on foot at least once a month, and the "
              "average 101 wait was eleven minutes.",
         will=["Protect neighbourhood policing numbers and publish the name of every ward's officer",
               "Bring the average 101 answer time under three minutes by 2027",
               "Fund a rural crime team of eight officers for the Burnholme and Whinfield uplands",
               "Give every community a say in local policing priorities through ward panels"],
         measure=[("Residents who see officers on foot at least monthly", "41%", "60%"),
                  ("Average 101 answer time", "11 min", "Under 3 min"),
                  ("Residents confident in local policing", "62%", "70%")],
         extra=("Rural and farm crime",
                "Theft of farm machinery, livestock worrying and fly-tipping cost Wrexmoor's rural economy an "
                "estimated \u00a32.3 million in 2025. Farmers told me they often feel that rural crime is not "
                "treated as seriously as crime in towns. The new rural crime team will work with the National "
                "Farmers' Union, the Environment Agency and neighbouring forces, and I will fund a rural crime "
                "coordinator in each of the three upland districts.")),
    dict(told="Victims told me that they are too often left without updates, that the court process takes too "
              "long and that support services have waiting lists. In 2025 the average time from charge to trial "
              "in the Crown Court was 14 months.",
         will=["Commission a single victim care hub for every victim of crime",
               "Make sure every victim receives the updates the Victims' Code promises",
               "Fund independent advocates for victims of hate crime and anti-social behaviour"],
         measure=[("Victims satisfied with the service they received", "68%", "80%"),
                  ("Victims' Code compliance (audit)", "71%", "90%")], extra=None),
    dict(told="Women and girls told me that they do not feel safe in public at night, and that too few reports "
              "of rape and stalking reach court. Wrexmoor Police recorded 9,800 domestic abuse crimes in 2025.",
         will=["Fund independent domestic and sexual violence advisers across the force area",
               "Make sure every stalking victim is considered for a stalking protection order",
               "Support the night-time economy Safe Spaces in Cowlbeck and Ellerbeck"],
         measure=[("Rape charge rate", "7%", "15%"),
                  ("Women who feel safe in public after dark", "48%", "60%")], extra=None),
    dict(told="Residents told me they see the signs of drug dealing near schools and parks, and businesses told "
              "me that organised shoplifting and fraud are rising. There are 23 organised crime groups mapped in "
              "Wrexmoor.",
         will=["Close county lines running into Wrexmoor and protect the children they exploit",
               "Seize more criminal assets and reinvest them in communities",
               "Work with banks and trading standards to protect older people from fraud"],
         measure=[("County lines closed", "31", "Increase"),
                  ("Assets recovered under the Proceeds of Crime Act", "\u00a31.1m", "\u00a31.5m")], extra=None),
]


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc(ACC))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("FFFFFF"))
    c.setFont("Sans", 12)
    c.drawString(M, H - 40 * mm, PCC)
    c.setFont("Sans-Bold", 36)
    c.drawString(M, H - 78 * mm, "Police and Crime Plan")
    c.drawString(M, H - 93 * mm, "2026-2029")
    c.setFont("Sans", 14)
    c.drawString(M, H - 108 * mm, "Safer Wrexmoor, together")
    c.setFont("Sans", 9)
    c.drawString(M, 24 * mm, "Issued under section 5 of the Police Reform and Social Responsibility Act 2011")
    c.restoreState()


def story(pages):
    st = Styles(accent=ACC, body=9.8)
    s = [Spacer(1, 1), NextPageTemplate("plain"), PageBreak()]
    # p2 contents
    s += [Paragraph("Contents", st.h1), Spacer(1, 4)]
    entries = [("Foreword", "foreword", 0), ("The plan at a glance", "glance", 0)]
    entries += [(f"{n}  {SHORT[n - 1]}", f"p{n}", 1) for n in range(1, 5)]
    entries += [("Holding the police to account", "acc", 0), ("Money", "acc", 1)]
    s.append(contents(st, entries, pages))
    s += [Spacer(1, 14), Paragraph("About this plan", st.h2),
          P(st, "Every Police and Crime Commissioner must issue a police and crime plan. It sets out my "
                "priorities for policing and community safety, the funding I give to the Chief Constable and to "
                "others, and how I will hold the Chief Constable to account. This plan was reviewed by the "
                "Wrexmoor Police and Crime Panel on 4 June 2026."),
          P(st, "Each of my four priorities has a chapter. Every chapter opens with a divider page and sets out "
                "what you told me, what I will do and how you can judge whether it has worked.")]
    # p3 foreword
    s += [NextPageTemplate("body"), PageBreak(), Chapter("foreword", "Foreword"), Paragraph("Foreword", st.h1),
          P(st, "When I was elected in May 2024 I promised to listen before I wrote this plan. Since then I have "
                "held 46 public meetings, from Cowlbeck's market square to village halls in the Burnholme uplands, "
                "and 5,210 people have answered my surveys. This plan is the result."),
          P(st, "Wrexmoor is one of the safest force areas in England, but people do not always feel safe, and "
                "they want to see more of their police. They want victims to be treated with respect. They want "
                "women and girls to be safe at home, online and on the street. And they want the police to go "
                "after the gangs who bring drugs and exploitation into our towns."),
          P(st, "<b>Harriet Quennell</b><br/>" + PCC),
          Paragraph("What you told us", st.h2),
          P(st, "I asked residents which crimes and issues concerned them most. The five most common answers were:")]
    s += numbered(st, ["Speeding and dangerous driving", "Drug dealing", "Anti-social behaviour",
                       "Burglary", "Shoplifting and retail crime"])
    s += [P(st, "Speeding is the most common concern in every rural ward. It is addressed through the Wrexmoor "
                "Road Safety Partnership's plan rather than as a separate priority in this plan.")]
    # p4 plan at a glance (short forms)
    s += [PageBreak(), Chapter("glance", "The plan at a glance"), Paragraph("The plan at a glance", st.h1),
          P(st, "<b>My vision:</b> a Wrexmoor where people are safe and feel safe, and trust their police.")]
    tile = style("t", font="Sans-Bold", size=13, leading=16, color="FFFFFF", align=TA_CENTER)
    num = style("tn", font="Sans-Bold", size=30, leading=34, color="FFFFFF", align=TA_CENTER)
    t = Table([[Paragraph(str(n), num) for n in range(1, 5)], [Paragraph(x, tile) for x in SHORT]],
              colWidths=[(W - 2 * M) / 4] * 4, rowHeights=[44, 40])
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEAFTER", (0, 0), (-2, -1), 4, hexc("FFFFFF"))]
    cmds += [("BACKGROUND", (i, 0), (i, 1), hexc(col)) for i, col in enumerate(COLOURS)]
    t.setStyle(TableStyle(cmds))
    s += [Spacer(1, 4), t, Spacer(1, 10),
          P(st, "The full wording of each priority is on the page that opens its chapter."),
          Paragraph("How this plan fits with others", st.h2),
          P(st, "The Chief Constable's operational priorities for 2026-27, set in response to this plan, are:")]
    s += bullets(st, ["Responding to emergencies quickly", "Solving more crime", "Protecting vulnerable people",
                      "Building public trust"])
    s += [P(st, "Community safety partnerships in Cowlbeck, Ellerbeck and the Wrexmoor Uplands set their own "
                "priorities, and I fund them through the Community Safety Fund (\u00a3640,000 a year). The "
                "Serious Violence Duty partnership and the Combating Drugs Partnership report to me on their "
                "strategies."),
          table(st, [["Budget 2026-27", "\u00a3m"], ["Police grant and council tax precept", "312.4"],
                     ["Commissioning and victims' services", "6.8"], ["Community Safety Fund", "0.64"],
                     ["Office of the PCC", "1.9"]], [120 * mm, 50 * mm], head=ACC)]
    # dividers and chapters
    for n, (p, ch) in enumerate(zip(PRIORITIES, CHAPTERS), 1):
        col = COLOURS[n - 1]
        s += [Fill(col), NextPageTemplate("divider"), PageBreak(), Chapter(f"p{n}", f"{n}  {SHORT[n - 1]}"),
              Spacer(1, 90),
              Paragraph(str(n), style(font="Sans-Bold", size=150, leading=150, color="FFFFFF")), Spacer(1, 16),
              Paragraph(f"Priority {WORDS[n - 1]}", style(font="Sans", size=18, leading=22, color="FFFFFF")),
              Spacer(1, 8),
              Paragraph(p, style(font="Sans-Bold", size=28, leading=34, color="FFFFFF")),
              NextPageTemplate("body"), PageBreak()]
        s += [Paragraph("What you told us", st.h1), P(st, ch["told"]), Paragraph("What I will do", st.h2)]
        s += bullets(st, ch["will"])
        s += [Paragraph("How you can judge progress", st.h2),
              table(st, [["Measure", "2025", "Ambition for 2029"]] + [list(m) for m in ch["measure"]],
                    [100 * mm, 30 * mm, 40 * mm], head=col)]
        if ch["extra"]:
            s += [PageBreak(), Paragraph(ch["extra"][0], st.h2), P(st, ch["extra"][1]),
                  Paragraph("Working with partners", st.h2),
                  P(st, "Neighbourhood policing works best alongside councils' community safety teams, housing "
                        "providers and parish councils. I will fund ward panels to meet four times a year, and "
                        "the Chief Constable has agreed that local inspectors will attend.")]
        s += [Paragraph("Partners", st.h3),
              P(st, "This priority is delivered with the community safety partnerships, the councils, the NHS, "
                    "the Probation Service, the Crown Prosecution Service and voluntary organisations.", st.small)]
    # p14 accountability
    s += [PageBreak(), Chapter("acc", "Holding the police to account"),
          Paragraph("Holding the police to account", st.h1),
          P(st, "I hold the Chief Constable to account at a public Accountability Board every quarter, and the "
                "Police and Crime Panel scrutinises my decisions. I also have statutory duties to:")]
    s += bullets(st, ["set the police budget and the council tax precept",
                      "appoint, and if necessary dismiss, the Chief Constable",
                      "have regard to the Strategic Policing Requirement",
                      "commission services for victims of crime"])
    s += [Paragraph("Money", st.h2),
          P(st, "The policing part of the council tax for a Band D home is \u00a3281.40 in 2026-27. Every pound "
                "spent on commissioning is published on my website with the results it achieved.")]
    return s


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    doc = Doc(target, title=f"{PCC}: {TITLE}", author=f"Office of the {PCC}", st=Styles(accent=ACC), cover=cover,
              footer=f"{TITLE}  |  {PCC}", header_left=TITLE, divider_colour=ACC)
    pages = doc.build_twice(story)
    assert [pages[f"p{n}"] for n in range(1, 5)] == [5, 8, 10, 12], pages
    assert pages["acc"] == 14, pages
    return [target]
