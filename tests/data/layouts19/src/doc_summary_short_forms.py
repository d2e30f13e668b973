"""Corringdale and Thursfield VAWG Partnership Board: "Violence Against Women and Girls Strategy 2027-2031"
(Word, published as its LibreOffice PDF only, full length).

The executive summary names the five priorities first, in SHORT form ("1. Prevention", "2. Safer public
spaces" ...). Each priority is then STATED in full as the Heading 1 of its own chapter ("Priority 1: Preventing
violence against women and girls before it starts"), each chapter in its own Word section whose running header
repeats the SHORT name. The typed contents page lists the full chapter titles with page numbers; the chapters
cross-refer ("see Priority 4 on page 12"); real Word footnotes; a landscape action plan section; a table-drawn
bar chart. Look-alikes: seven numbered needs-assessment findings, the national strategy's four areas, the PCC's
priorities, the partnership's four principles, and "what women and girls told us" (numbered)."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import common
from content19 import GLOSSARY, equality
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from docx_kit import (Notes, bullets, cell_text, col_widths, merge_cells, new_doc, new_section, no_borders, numbered,
                      page_break, para, set_footer, set_header, shade, table)

NAME = "exec_summary_short_forms_vawg"
ACC = "6B2D5C"
PART = "Corringdale and Thursfield VAWG Partnership Board"
TITLE = "Violence Against Women and Girls Strategy 2027-2031"
PRIORITIES = [
    "Preventing violence against women and girls before it starts",
    "Making streets, parks, transport and the night-time economy safe for women and girls",
    "Supporting victims and survivors to cope, recover and thrive",
    "Pursuing perpetrators and bringing more offenders to justice",
    "Working together as one system that listens to women and girls",
]
SHORT = ["Prevention", "Safer public spaces", "Support for survivors", "Pursuing perpetrators", "One system"]
# physical PDF pages of the chapters (checked against the PDF in finish)
PAGES = {"Foreword": 3, "Executive summary": 4, "About Corringdale and Thursfield": 5,
         "What the needs assessment found": 7, "The national and local picture": 8,
         "P1": 9, "P2": 10, "P3": 11, "P4": 12, "P5": 13, "Delivery and governance": 14,
         "Measuring success": 15, "Appendix 1: Action plan 2027-2029": 16, "Appendix 2: Glossary": 17}

CH = [
    dict(intro="Most violence against women and girls is committed by someone the victim knows, and attitudes "
               "that excuse it are learned early. Prevention means changing those attitudes, and the behaviour of "
               "men and boys, before harm happens, as well as spotting the first signs of abuse in teenage "
               "relationships.",
         obj=["Every secondary school and college in the area delivers high-quality relationships education",
              "Young men and boys are reached through sport, youth work and online",
              "Parents and carers know how to talk to children about consent and healthy relationships"],
         act=[("Fund a healthy relationships programme in all 14 secondary schools", "Education", "Sept 2027"),
              ("Train 60 sports coaches in the Mentors in Violence Prevention model", "Active Thursfield",
               "Mar 2028"),
              ("Run an annual campaign aimed at men aged 18-34", "OPCC", "Each November")],
         fn="Mentors in Violence Prevention is a bystander programme first developed in the United States."),
    dict(intro="In our 2026 survey, 61% of women in Corringdale said they felt unsafe in the town centre after "
               "dark, and 74% of young women had experienced street harassment in the past year. Women told us "
               "about poorly lit routes to the railway station, about the riverside path and about taxis.",
         obj=["Public spaces are designed and managed with women's safety in mind",
              "Licensed premises and taxi drivers recognise and respond to harassment",
              "Women report harassment with confidence that something will happen"],
         act=[("Complete women's safety walks in six locations and act on the findings", "Councils", "Dec 2027"),
              ("Require Ask for Angela and bystander training as a licence condition", "Licensing", "Apr 2028"),
              ("Introduce the safer taxis scheme with a women's safety code", "Licensing", "Jan 2028")],
         fn="Safety walks follow the method in the Home Office Safer Streets guidance (2023)."),
    dict(intro="Specialist services supported 3,214 women and 402 men last year, but waiting times for "
               "counselling reached 26 weeks, and survivors told us they had to repeat their story to as many as "
               "nine professionals. Children affected by abuse are victims in their own right.",
         obj=["Survivors get the right support at the right time, without repeating their story",
              "Specialist services are available for Black and minoritised women, disabled women and LGBT+ "
              "survivors",
              "Children and young people affected by abuse get therapeutic support"],
         act=[("Commission a single front door for domestic and sexual abuse support", "Councils / OPCC",
               "Apr 2028"),
              ("Fund a by-and-for service for Black and minoritised women", "OPCC", "Oct 2027"),
              ("Cut counselling waiting times to eight weeks", "ICB", "Mar 2029")],
         fn="Figures from the commissioned services' 2026-27 returns."),
    dict(intro="Only 6% of rapes reported in the area in 2026 led to a charge. Victims withdraw from "
               "prosecutions when cases take too long. Stalking is under-recognised, and too few perpetrators of "
               "domestic abuse are offered or required to attend a behaviour change programme.",
         obj=["More cases result in a charge, and victims stay engaged with the justice process",
              "Serial and high-harm perpetrators are identified and managed",
              "Perpetrators are challenged to change their behaviour"],
         act=[("Introduce Operation Soteria practices in the rape and serious sexual offences team",
               "Quenmoor Police", "Sept 2027"),
              ("Set up a multi-agency stalking clinic", "Police / Probation", "Jan 2028"),
              ("Expand the perpetrator programme to 120 places", "OPCC", "Apr 2029")],
         fn="Charge rate: offences charged or summonsed in 2026 as a share of those recorded in 2026."),
    dict(intro="Women and girls often meet many services before anyone asks about abuse. Partners hold "
               "different pieces of the picture and do not always share them. This priority is about how we work, "
               "and about listening: the strategy will be judged by whether women and girls say things have "
               "changed.",
         obj=["Women and girls with lived experience help design and review services",
              "Professionals in every agency know how to ask and how to respond",
              "Partners share data and learning, including from reviews"],
         act=[("Set up a survivors' panel, paid for its time, reporting to the board", "Board", "Oct 2027"),
              ("Train 800 staff in trauma-informed practice", "Training group", "Mar 2029"),
              ("Publish a joint VAWG data dashboard each quarter", "Analysts", "Dec 2027")],
         fn="The panel follows the principles in SafeLives' guidance on working with survivors."),
]


def build(work: Path) -> Path:
    doc = new_doc(f"{PART}: {TITLE}", PART, accent=ACC, size=10.5, heading_sizes=(18, 13, 11))
    notes = Notes(doc)
    sec = doc.sections[0]
    # ---------------------------------------------------------------- p1 cover
    para(doc, "")
    para(doc, PART, bold=True, size=14, color=ACC, space_before=90)
    para(doc, "Violence Against Women and Girls", size=30, color=ACC, space_after=0)
    para(doc, "Strategy 2027-2031", size=30, color=ACC, space_after=18)
    para(doc, "Safe at home, safe in public, safe online", size=16, color="595959", space_after=150)
    para(doc, "Corringdale Borough Council \u2022 Thursfield District Council \u2022 Quenmoor Police \u2022 "
              "Quenmoor Police and Crime Commissioner \u2022 Quenmoor County Council \u2022 NHS Quenmoor ICB \u2022 "
              "Probation Service \u2022 Corringdale Women's Aid \u2022 Thursfield Rape Crisis", size=9,
         color="595959")
    para(doc, "Published June 2027 (fictional)", size=9, color="595959")
    # ---------------------------------------------------------------- p2 contents
    s2 = new_section(doc)
    set_header(s2, PART, size=8)
    set_footer(s2, TITLE)
    para(doc, "Contents", size=18, color=ACC, bold=True, space_after=12)
    entries = ["Foreword", "Executive summary", "About Corringdale and Thursfield", "What the needs assessment found",
               "The national and local picture"]
    entries += [f"Priority {n}: {p}" for n, p in enumerate(PRIORITIES, 1)]
    entries += ["Delivery and governance", "Measuring success", "Appendix 1: Action plan 2027-2029",
                "Appendix 2: Glossary"]
    for e in entries:
        key = f"P{e[9]}" if e.startswith("Priority") else e
        p = para(doc, "", space_after=4, indent_cm=0.6 if e.startswith("Priority") else None)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2, leader=1)
        r = p.add_run(f"{e}\t{PAGES[key]}")
        r.bold = not e.startswith("Priority")
    para(doc, "")
    para(doc, "An Easy Read summary and a version for young people are published separately.", italic=True,
         size=9.5, color="595959")
    # ---------------------------------------------------------------- p3 foreword
    page_break(doc)
    doc.add_heading("Foreword", level=1)
    para(doc, "Every woman and girl in Corringdale and Thursfield should be able to live free from the fear of "
              "violence, at home, in public and online. For too many, that is not yet true. One in four women in "
              "our area will experience domestic abuse in her lifetime, and in our survey for this strategy "
              "almost two-thirds of women told us they change how they live to stay safe.")
    para(doc, "Our first strategy (2023-2027) brought partners together for the first time under one board and "
              "one set of goals. It made real progress: a new refuge in Thursfield, the Ask for Angela scheme in "
              "every licensed venue in Corringdale, and a domestic abuse champion in every GP practice. This "
              "second strategy builds on that, and it goes further in two ways. It puts more weight on "
              "prevention, and it asks the whole system, not just specialist services, to change.")
    para(doc, "We are grateful to the 1,480 women and girls who answered our survey, and above all to the "
              "survivors who met us in person. Their words are quoted throughout this document.")
    para(doc, "", runs=[("Dr Ruth Anand-Leigh", True), ("\nChair, Corringdale and Thursfield VAWG Partnership Board",
                                                         False)])
    para(doc, "As your Police and Crime Commissioner I have made tackling violence against women and girls one of "
              "the priorities of my Police and Crime Plan, and Quenmoor Police has a dedicated VAWG lead for the "
              "first time. I will fund the survivors' panel described in this strategy and the expansion of "
              "perpetrator programmes, and I will hold the Chief Constable to account for improving charge rates "
              "for rape and stalking.")
    para(doc, "", runs=[("Sarah Willoughby-Kaur", True), ("\nPolice and Crime Commissioner for Quenmoor", False)])
    # ---------------------------------------------------------------- p4 executive summary
    page_break(doc)
    doc.add_heading("Executive summary", level=1)
    para(doc, "This strategy sets out how the partners on the VAWG Partnership Board will work together from 2027 "
              "to 2031 to prevent violence against women and girls, to support victims and survivors and to hold "
              "perpetrators to account. It covers domestic abuse, sexual violence, stalking, harassment in public "
              "places, so-called honour-based abuse, female genital mutilation, forced marriage, and "
              "technology-facilitated abuse.")
    para(doc, "Our vision", bold=True, color=ACC, space_after=2)
    para(doc, "Women and girls in Corringdale and Thursfield are safe and feel safe, everywhere.")
    para(doc, "Our priorities in brief", bold=True, color=ACC, space_after=2)
    para(doc, "The board has agreed five priorities. In short, they are:")
    for n, s in enumerate(SHORT, 1):
        numbered(doc, f"{n}.", s, indent_cm=0.8, space_after=2)
    p = para(doc, "Each priority is set out in full in its own chapter, starting with Priority 1 on page "
                  f"{PAGES['P1']}, with what we will do in the first two years and how we will measure progress.")
    para(doc, "Our principles", bold=True, color=ACC, space_after=2)
    para(doc, "Four principles guide everything we do:")
    for n, s in enumerate(["Survivor-led: we listen to women and girls and act on what they tell us",
                           "Intersectional: we recognise that some women face more than one form of disadvantage",
                           "Trauma-informed: services do not cause further harm",
                           "Accountable: perpetrators, not victims, are responsible for abuse"], 1):
        numbered(doc, f"{n}.", s, indent_cm=0.8, space_after=2)
    p = para(doc, "The strategy will be delivered through an action plan (Appendix 1) refreshed every two years, and "
                  "monitored through the measures on page %d. It is funded from partners' core budgets, the "
                  "Domestic Abuse Act new burdens funding for safe accommodation and the PCC's Victims' Fund." %
             PAGES["Measuring success"])
    notes.ref(p, "Safe accommodation duties under Part 4 of the Domestic Abuse Act 2021 fall on Quenmoor County "
                 "Council; its own strategy is published separately.")
    # ---------------------------------------------------------------- p5-6 about the area
    page_break(doc)
    doc.add_heading("About Corringdale and Thursfield", level=1)
    para(doc, "Corringdale is a borough of 132,000 people centred on the town of Corringdale and its university; "
              "Thursfield is a largely rural district of 98,000 people with the market towns of Thursfield, "
              "Holmbury and Nethercote. About one in five residents of Corringdale is a student during term time. "
              "The two councils share a community safety team.")
    table(doc, ["", "Corringdale", "Thursfield", "Quenmoor"],
          [["Population (2026)", "132,400", "98,100", "876,500"], ["Women and girls", "67,100", "50,200",
                                                                    "446,900"],
           ["Domestic abuse crimes recorded (2026)", "2,318", "1,107", "14,902"],
           ["Sexual offences recorded", "412", "163", "2,260"], ["Stalking and harassment offences", "1,036", "388",
                                                                 "5,640"],
           ["Domestic abuse crimes per 1,000 people", "17.5", "11.3", "17.0"]],
          [6.6, 3.3, 3.3, 3.3], head_fill=ACC)
    para(doc, "")
    para(doc, "Domestic abuse crimes recorded by Quenmoor Police, Corringdale and Thursfield", bold=True,
         size=9.5)
    vals = [("2022", 2901), ("2023", 3077), ("2024", 3290), ("2025", 3381), ("2026", 3425)]
    t = doc.add_table(rows=len(vals), cols=3)
    no_borders(t)
    for i, (yr, v) in enumerate(vals):
        cell_text(t.rows[i].cells[0], yr, size=9)
        cell_text(t.rows[i].cells[2], f"{v:,}", size=9)
        shade(t.rows[i].cells[1], ACC)
        cell_text(t.rows[i].cells[1], "", size=9)
        col_widths_row = [1.4, 11.5 * v / 3500, 2.0]
        for c, w in zip(t.rows[i].cells, col_widths_row):
            c.width = Cm(w)
    col_widths(t, [1.4, 11.5 * 3425 / 3500, 2.0])
    for i, (yr, v) in enumerate(vals):
        t.rows[i].cells[1].width = Cm(11.5 * v / 3500)
    p = para(doc, "Recorded domestic abuse rose by 18% over five years. Partners believe most of the rise reflects "
                  "better recording and more confidence to report, since the Crime Survey for England and Wales "
                  "shows no rise in prevalence over the same period.", space_before=6)
    notes.ref(p, "Crime Survey for England and Wales, year ending March 2026, domestic abuse prevalence tables.")
    page_break(doc)
    doc.add_heading("Who is affected", level=2)
    para(doc, "Women are 77% of domestic abuse victims recorded by the police and 91% of victims of sexual "
              "offences. Girls aged 13 to 17 are the age group most likely to report sexual offences, much of it "
              "online or by someone of a similar age. Disabled women are twice as likely to experience domestic "
              "abuse as other women, and referrals from Black and minoritised women to specialist services are "
              "well below what their share of the population would suggest.")
    table(doc, ["Referrals to specialist services, 2026-27", "Women", "Men", "Children"],
          [["Domestic abuse outreach", "1,884", "221", "n/a"], ["Refuge and safe accommodation", "143", "9", "171"],
           ["Sexual violence (ISVA and counselling)", "1,187", "172", "214"],
           ["Total", "3,214", "402", "385"]], [8.5, 2.7, 2.7, 2.7], head_fill=ACC)
    para(doc, "")
    doc.add_heading("What women and girls told us", level=2)
    para(doc, "1,480 people answered the survey and 96 took part in focus groups. Asked what would make the most "
              "difference, they said:")
    for n, s in enumerate(["Better lighting and CCTV on routes home (64%)", "Police taking reports seriously "
                                                                               "the first time (59%)",
                           "Education for boys and young men (55%)", "Quicker access to counselling (41%)"], 1):
        numbered(doc, f"{n}.", s, indent_cm=0.8, space_after=2)
    para(doc, "\u201cI was passed from one service to another and had to tell it all again every time.\u201d "
              "(survivor, Thursfield)", italic=True, color=ACC)
    # ---------------------------------------------------------------- p7 needs assessment
    page_break(doc)
    doc.add_heading("What the needs assessment found", level=1)
    para(doc, "The 2027 VAWG needs assessment brought together police, health, council, specialist service and "
              "survey data. Its key findings were:")
    for n, s in enumerate([
            "Reported domestic abuse has risen for five years, and repeat victimisation is high (38% at MARAC).",
            "Women feel least safe in Corringdale town centre, at the railway station and on the riverside path.",
            "Charge rates for rape (6%) and stalking (9%) are below the national average.",
            "Waiting times for sexual violence counselling reach 26 weeks.",
            "Referrals from Black and minoritised women, disabled women and older women are low.",
            "Teenage relationship abuse and online abuse are growing and under-reported.",
            "Professionals are unsure how to ask about abuse, and information is not shared consistently."], 1):
        numbered(doc, f"Finding {n}", s, indent_cm=2.0, space_after=3, bold_number=True)
    para(doc, "The board tested each finding with survivors and frontline staff in two workshops in February 2027, "
              "and used them to agree the five priorities set out in the following chapters.")
    # ---------------------------------------------------------------- p8 context
    page_break(doc)
    doc.add_heading("The national and local picture", level=1)
    p = para(doc, "The Government's national Tackling Violence Against Women and Girls Strategy sets out four areas "
                  "of action:")
    notes.ref(p, "Home Office, Tackling Violence Against Women and Girls Strategy (2021), and the Domestic Abuse "
                 "Plan (2022).")
    bullets(doc, ["prioritising prevention", "supporting victims", "pursuing perpetrators", "a stronger system"])
    para(doc, "The Police and Crime Plan for Quenmoor 2025-2029 has five priorities:")
    bullets(doc, ["Fighting crime in every community", "Tackling violence against women and girls",
                  "Safer roads", "Putting victims first", "An efficient and trusted police service"])
    para(doc, "Locally, this strategy links with the Quenmoor Domestic Abuse Safe Accommodation Strategy, the "
              "Corringdale and Thursfield Community Safety Plan, the Serious Violence Duty response strategy and "
              "the safeguarding partnerships' priorities. The Community Safety Partnership has delegated its "
              "work on domestic abuse and VAWG to this board.")
    table(doc, ["Document", "Owner", "Link to this strategy"],
          [["Safe Accommodation Strategy 2025-2028", "Quenmoor County Council", "Priority 3"],
           ["Community Safety Plan 2026-2029", "Safer Corringdale and Thursfield CSP", "Priorities 2 and 4"],
           ["Serious Violence Response Strategy", "Quenmoor SV Partnership", "Priority 4"],
           ["Safeguarding Children Partnership plan", "QSCP", "Priorities 1 and 3"]],
          [6.0, 5.6, 5.0], head_fill=ACC)
    # ---------------------------------------------------------------- chapters, one section each
    for n, (name, ch) in enumerate(zip(PRIORITIES, CH), 1):
        s = new_section(doc)
        set_header(s, PART, right_text=f"{n}  {SHORT[n - 1]}", size=8)
        set_footer(s, TITLE)
        doc.add_heading(f"Priority {n}: {name}", level=1)
        p = para(doc, ch["intro"])
        notes.ref(p, ch["fn"])
        doc.add_heading("What we want to achieve", level=2)
        bullets(doc, ch["obj"])
        doc.add_heading("What we will do", level=2)
        table(doc, ["Action", "Lead", "By"], [list(a) for a in ch["act"]], [10.6, 3.6, 2.4], head_fill=ACC)
        doc.add_heading("How this links to other priorities", level=2)
        other = {1: 5, 2: 4, 3: 5, 4: 3, 5: 1}[n]
        para(doc, f"See Priority {other} on page {PAGES['P%d' % other]}. Actions that serve both priorities are "
                  "listed once, under the lead delivery group, in Appendix 1.")
    # ---------------------------------------------------------------- governance and measures
    s = new_section(doc)
    set_header(s, PART, size=8)
    set_footer(s, TITLE)
    doc.add_heading("Delivery and governance", level=1)
    para(doc, "The VAWG Partnership Board meets every two months. It reports to the Safer Corringdale and "
              "Thursfield Community Safety Partnership and to the Quenmoor Domestic Abuse Local Partnership Board, "
              "and shares an annual report with the two safeguarding partnerships.")
    gov = doc.add_table(rows=3, cols=5)
    gov.style = doc.styles["Table Grid"]
    merge_cells(gov, 0, 0, 0, 4)
    cell_text(gov.cell(0, 0), "VAWG Partnership Board (chair: Dr Ruth Anand-Leigh)", bold=True, color="FFFFFF",
              align="center")
    shade(gov.cell(0, 0), ACC)
    merge_cells(gov, 1, 0, 1, 4)
    cell_text(gov.cell(1, 0), "VAWG Officers' Group \u2022 Survivors' Panel", bold=True, align="center")
    shade(gov.cell(1, 0), "E8DCE4")
    for i, g in enumerate(["Prevention and Education Group", "Safer Spaces Group", "Survivor Support "
                                                                                   "Commissioning Group",
                           "Justice and Perpetrators Group", "Workforce and Data Group"]):
        cell_text(gov.cell(2, i), g, size=9, align="center")
    para(doc, "")
    para(doc, "Each delivery group is chaired by a board member and owns one priority. The Survivors' Panel "
              "reviews every delivery group's plan once a year and reports directly to the board.")
    page_break(doc)
    doc.add_heading("Measuring success", level=1)
    para(doc, "The board will track these measures every quarter. For several of them an increase is a good sign, "
              "because it shows that more women are confident to come forward.")
    table(doc, ["Priority", "Measure", "Baseline", "We want to see"],
          [[SHORT[0], "Schools delivering the relationships programme", "3 of 14", "14 of 14"],
           [SHORT[0], "Young people who say they know what a healthy relationship looks like", "62%", "Increase"],
           [SHORT[1], "Women who feel safe in the town centre after dark", "39%", "55%"],
           [SHORT[1], "Venues with bystander-trained staff", "28", "All licensed venues"],
           [SHORT[2], "Waiting time for counselling (weeks)", "26", "8"],
           [SHORT[2], "Referrals from Black and minoritised women", "142", "Increase"],
           [SHORT[3], "Rape charge rate", "6%", "12%"],
           [SHORT[3], "Perpetrators completing a programme", "31", "120 a year"],
           [SHORT[4], "Staff trained in trauma-informed practice", "0", "800"],
           [SHORT[4], "Survivors' Panel recommendations accepted", "n/a", "Reported annually"]],
          [3.8, 7.2, 2.4, 3.2], head_fill=ACC)
    para(doc, "")
    doc.add_heading("Equality statement", level=2)
    for t in equality(PART, "April 2027"):
        para(doc, t)
    # ---------------------------------------------------------------- landscape action plan
    s = new_section(doc, landscape=True)
    s.orientation = WD_ORIENT.LANDSCAPE
    set_header(s, PART, size=8, width_cm=25.3)
    set_footer(s, TITLE, width_cm=25.3)
    doc.add_heading("Appendix 1: Action plan 2027-2029", level=1)
    rows = []
    for n, ch in enumerate(CH, 1):
        for k, (a, lead, by) in enumerate(ch["act"], 1):
            rows.append([f"{n}.{k}", SHORT[n - 1] if k == 1 else "", a, lead, by, "Not started"])
        rows.append([f"{n}.4", "", "Report progress against this priority's measures to the board", "Group chair",
                     "Quarterly", "Not started"])
    table(doc, ["No.", "Priority", "Action", "Lead", "By", "Status"], rows, [1.3, 4.0, 11.4, 3.6, 2.6, 2.4],
          head_fill=ACC, repeat=True)
    # ---------------------------------------------------------------- glossary, back
    s = new_section(doc)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    set_header(s, PART, size=8)
    set_footer(s, TITLE)
    doc.add_heading("Appendix 2: Glossary", level=1)
    keys = ["DHR", "IDVA", "ISVA", "MARAC", "NTE", "OPCC", "PCC", "VAWG", "CSP"]
    table(doc, ["Term", "Meaning"], [[k, GLOSSARY[k]] for k in keys], [2.6, 14.0], head_fill=ACC,
          bold_first_col=True)
    para(doc, "")
    para(doc, "Get help", bold=True, color=ACC)
    para(doc, "In an emergency call 999. Quenmoor Domestic Abuse Helpline: 01632 960 771 (fictional), 24 hours. "
              "Thursfield Rape Crisis: 01632 960 338 (fictional). National Domestic Abuse Helpline: 0808 2000 247.")
    para(doc, "Corringdale and Thursfield Community Safety Team, Town Hall, Corringdale CR2 1AB.", size=9,
         color="595959")
    notes.finish()
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    target = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    n = common.pdf_pages(target)
    found = {}
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(target), "-"], capture_output=True,
                           text=True).stdout
        t = re.sub(r"\s+", " ", t)
        for k in PAGES:
            title = (f"Priority {k[1]}: {PRIORITIES[int(k[1]) - 1]}" if re.fullmatch(r"P\d", k) else k)
            if p > 2 and title in t and k not in found:
                found[k] = p
    assert found == PAGES, f"contents page numbers are wrong: {found}"
    return [target]
