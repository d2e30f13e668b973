"""long_strategy_toc_field: a 60-page "Strategic Assessment and Community Safety Strategy" with a real Word TOC.

Part A (pages 3-40) is the strategic assessment: 17 chapters, 16 one-page ward profiles, MoRiLE scores and
recommendations. Part B starts on page 41 with the four strategic objectives, all on that page. The objective
headings use the custom style "Objective Heading" (outline level 2) linked to a numbering definition with lvlText
"Objective %1 \u2013" in capital letters, so "Objective A \u2013" is drawn by the word processor and is not in
the heading text. The table of contents on page 2 is a Word 2016 TOC (TOC \\o "1-1" \\h \\z \\t "Objective
Heading,2") inside a "Table of Contents" content control; its cached entries DO carry the typed labels
("Objective A \u2013 ..." ... 41), as Word writes them. Later pages repeat the objectives: delivery groups (p42),
previous objectives with typed labels (p45), KPIs (p47), one action-plan page per objective (pp48-51).

Every page is one explicit page break long; finish() checks that each page's first line is on the same PDF page,
so the .docx page count and the PDF agree.
"""
from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

import common
from docx_extra import add_numbering, link_style_to_numbering, paragraph_style, toc_bookmark, toc_sdt
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "long_strategy_toc_field"
TITLE = "Lindmere Strategic Assessment and Community Safety Strategy 2025-2028"
AUTHOR = "Lindmere Community Safety Partnership"
ACCENT = "7A2E3B"
PAGES = 60
OBJ_PAGE = 41

OBJECTIVES = [
    ("Reducing serious violence and knife crime",
     "Violence with injury and knife crime are concentrated in the town centre and in Eastgate and Priory. We "
     "will take a public health approach, working with schools, the hospital and the Violence Reduction Unit."),
    ("Protecting victims of domestic abuse, stalking and sexual violence",
     "Domestic abuse is the largest single source of harm in the assessment. We will improve the response to "
     "high-risk and repeat victims and hold perpetrators to account."),
    ("Tackling anti-social behaviour and neighbourhood crime",
     "Anti-social behaviour and shoplifting matter most to residents. We will focus on the places and people "
     "that generate the most demand, using problem-solving and the full range of tools and powers."),
    ("Reducing drug and alcohol related harm",
     "Drug markets drive exploitation, violence and acquisitive crime. We will disrupt supply and get more people "
     "into treatment, with the Lindmere Combating Drugs Partnership."),
]

WARDS = ["Abbey", "Brookside", "Castle", "Eastgate", "Fairfield", "Greenhill", "Harbour", "Kingsmead", "Longford",
         "Meadowbank", "Northwood", "Oakfield", "Priory", "St Anne's", "Town Centre", "Westmoor"]

GLOSSARY = [
    ("ASB", "Anti-social behaviour"), ("CCE", "Child criminal exploitation"), ("CPN", "Community protection notice"),
    ("CSP", "Community safety partnership"), ("DARDR", "Domestic abuse related death review"),
    ("DHR", "Domestic homicide review (now DARDR)"), ("IDVA", "Independent domestic violence adviser"),
    ("IOM", "Integrated Offender Management"), ("ISVA", "Independent sexual violence adviser"),
    ("LSOA", "Lower layer super output area, a small statistical area of about 1,500 people"),
    ("MARAC", "Multi-agency risk assessment conference"), ("MoRiLE", "Management of Risk in Law Enforcement"),
    ("NTE", "Night-time economy"), ("OPCC", "Office of the Police and Crime Commissioner"),
    ("PSPO", "Public space protection order"), ("SARC", "Sexual assault referral centre"),
    ("SVD", "Serious Violence Duty"), ("VAWG", "Violence against women and girls"),
    ("VRU", "Violence Reduction Unit"), ("YJS", "Youth Justice Service"),
]


class Builder:
    def __init__(self):
        self.doc = new_doc(TITLE, AUTHOR, font="Liberation Sans", size=10, accent=ACCENT,
                           heading_sizes=(16, 12.5, 11.5), margins_cm=2.2)
        self.page = 1
        self.toc: list[tuple[int, str, int, str]] = []
        self.first_lines: dict[int, str] = {}
        self.bm = 0
        self.rng = random.Random(20260112)

    # -- page bookkeeping
    def mark(self, text: str):
        self.first_lines.setdefault(self.page, text)

    def new_page(self):
        page_break(self.doc)
        self.page += 1

    def h(self, text: str, level: int = 1, toc: bool = True):
        self.mark(text)
        p = self.doc.add_heading(text, level)
        if toc and level == 1:
            self.bm += 1
            name = f"_Toc2094{31500 + self.bm * 7:06d}"
            toc_bookmark(p, name, self.bm)
            self.toc.append((1, text, self.page, name))
        return p

    def p(self, text: str, **kw):
        self.mark(text)
        return para(self.doc, text, **kw)

    def bl(self, items):
        self.mark(items[0])
        bullets(self.doc, items)

    def t(self, head, rows, widths, **kw):
        self.mark(head[0])
        return table(self.doc, head, rows, widths, head_fill=ACCENT, size=kw.pop("size", 9), **kw)

    def n(self, lo, hi):
        return self.rng.randint(lo, hi)


def build(work: Path) -> tuple[Path, dict[int, str]]:
    b = Builder()
    doc = b.doc
    paragraph_style(doc, "Objective Heading", "Heading 2", outline_level=1, size=13, color=ACCENT, bold=True,
                    space_before=12, space_after=3)
    add_numbering(doc, 50, 50, [{"fmt": "upperLetter", "text": "Objective %1 \u2013", "pstyle": "Objective Heading",
                                 "suff": "space", "bold": True, "color": ACCENT}], multilevel=False)
    link_style_to_numbering(doc.styles["Objective Heading"], 50)
    sec = doc.sections[0]
    set_header(sec, "OFFICIAL", align="right", size=8)
    set_footer(sec, "Lindmere Strategic Assessment and Community Safety Strategy 2025\u20132028")

    # ------------------------------------------------------------------ 1 cover
    b.p("", space_after=80)
    b.first_lines[1] = "Lindmere Community Safety Partnership"
    para(doc, "Lindmere Community Safety Partnership", bold=True, size=14, color=ACCENT)
    doc.add_paragraph("Strategic Assessment 2025 and Community Safety Strategy 2025\u20132028", style="Title")
    para(doc, "Part A: Strategic Assessment (crime and disorder data to 31 March 2025)", size=12, color="555555")
    para(doc, "Part B: Community Safety Strategy 2025\u20132028", size=12, color="555555")
    para(doc, "Approved by the Lindmere Community Safety Partnership Board, 9 October 2025", size=9,
         color="555555", space_before=200)
    para(doc, "Protective marking: OFFICIAL. This version has been redacted for publication.", size=9, color="555555")
    b.new_page()

    # ------------------------------------------------------------------ 2 contents (TOC inserted at the end)
    b.first_lines[2] = "Contents"
    toc_anchor = doc.add_paragraph()
    b.new_page()

    # ------------------------------------------------------------------ 3 foreword
    b.h("1. Foreword")
    b.p("This document brings together two things that used to be published separately: the partnership's annual "
        "strategic assessment, which tells us what is happening to crime and disorder in Lindmere, and our "
        "three-year community safety strategy, which sets out what we will do about it.")
    b.p("Putting them side by side makes the link between evidence and action clear. Every strategic objective in "
        "Part B can be traced back to the findings and scores in Part A.")
    b.p("Crime in Lindmere fell by 4% last year, and burglary is at its lowest level for twenty years. But violence "
        "in the town centre has risen, domestic abuse remains the largest single source of harm, and residents "
        "in some wards feel markedly less safe than they did three years ago.")
    b.p("I would like to thank the analysts from the council and Hollinshire Police who produced the assessment, "
        "and the 1,340 residents who took part in our survey.")
    b.p("Councillor Helen Maddox, Chair, Lindmere Community Safety Partnership", italic=True)
    b.p("Superintendent Owen Briggs, Vice-chair, Hollinshire Police", italic=True)
    b.new_page()

    # ------------------------------------------------------------------ 4 introduction
    b.h("2. Introduction")
    b.h("2.1 Purpose of this document", 2)
    b.p("The Crime and Disorder Act 1998 and the Crime and Disorder (Formulation and Implementation of Strategy) "
        "Regulations 2007 require the partnership to prepare a strategic assessment every year and a partnership "
        "plan setting out its priorities for the next three years.")
    b.h("2.2 Our statutory duties", 2)
    b.bl(["reducing crime and disorder, including anti-social behaviour",
          "combating the misuse of drugs, alcohol and other substances",
          "reducing reoffending",
          "preventing and reducing serious violence (Serious Violence Duty, from January 2023)",
          "conducting domestic abuse related death reviews"])
    b.h("2.3 How this document is organised", 2)
    b.p("Part A (chapters 3 to 17) is the strategic assessment. Chapter 15 contains a one-page profile for each "
        "of the sixteen wards. Part B (chapters 18 to 24) is the strategy. The appendices hold the 2025/26 action "
        "plan, the data tables, the consultation summary, the equality impact assessment and a glossary.")
    b.new_page()

    # ------------------------------------------------------------------ 5-6 about Lindmere
    b.h("3. About Lindmere")
    b.h("3.1 Population", 2)
    b.p("Lindmere has a population of 186,400 (mid-2024 estimate). The population has grown by 7% since 2014, with "
        "the fastest growth among residents aged 75 and over and among young adults in the town centre.")
    b.t(["Age group", "Residents", "Share"], [["0 to 17", "38,900", "20.9%"], ["18 to 24", "17,200", "9.2%"],
                                             ["25 to 64", "94,300", "50.6%"], ["65 and over", "36,000", "19.3%"]],
        [6, 4, 4])
    b.h("3.2 Deprivation and inequality", 2)
    b.p("Eleven of Lindmere's 112 neighbourhoods (LSOAs) are among the 10% most deprived in England; nine of them are "
        "in Eastgate, Priory and Harbour wards. Life expectancy in Eastgate is nine years lower than in Kingsmead.")
    b.new_page()
    b.h("3.3 Our neighbourhoods", 2)
    b.p("The assessment reports on the sixteen electoral wards. Their populations are:")
    rows = [[w, f"{b.n(8, 15)},{b.n(100, 999)}", f"{b.n(1, 10)}"] for w in WARDS]
    b.t(["Ward", "Population", "Deprivation decile (1 = most deprived)"], rows, [5, 4, 6.5])
    b.new_page()

    # ------------------------------------------------------------------ 7 methodology
    b.h("4. How we carried out the assessment")
    b.h("4.1 Data sources", 2)
    b.bl(["police recorded crime and incidents, April 2020 to March 2025",
          "council ASB case management system and housing ASB records",
          "fire and rescue incidents and deliberate fires",
          "hospital emergency department assault attendances (anonymised)",
          "drug and alcohol treatment data and the youth justice case management system",
          "the 2025 residents' survey and six focus groups"])
    b.h("4.2 Scoring issues", 2)
    b.p("Each issue was scored using the MoRiLE (Management of Risk in Law Enforcement) method. Scores combine the "
        "harm to individuals and communities, the volume and trend, public concern and the partnership's capacity "
        "to make a difference. The results are in chapter 17.")
    b.new_page()

    # ------------------------------------------------------------------ 8-9 overview
    b.h("5. Crime and disorder overview")
    b.h("5.1 All recorded crime", 2)
    b.p("Police recorded 15,942 crimes in Lindmere in 2024/25, a rate of 85.5 per 1,000 residents.")
    yrs = ["2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]
    b.t(["Year", "Recorded crime", "Rate per 1,000", "ASB incidents"],
        [[y, f"{c:,}", f"{c / 186.4:.1f}", f"{a:,}"] for y, c, a in
         zip(yrs, [14210, 16055, 16870, 16611, 15942], [9821, 8140, 7712, 7390, 6974])], [3.5, 4, 4, 4])
    b.p("Recorded crime rose after the pandemic and has fallen in each of the last two years. Changes in police "
        "recording practice in 2022 account for some of the rise in violence without injury.")
    b.new_page()
    b.h("5.2 Comparison with similar areas", 2)
    b.p("Compared with its most similar group of fifteen community safety partnerships, Lindmere has:")
    b.t(["Crime type", "Lindmere rate", "Group average", "Position (1 = lowest)"],
        [["Violence with injury", "8.9", "8.1", "11th"], ["Domestic abuse crimes", "16.4", "15.2", "10th"],
         ["Residential burglary", "2.1", "3.0", "3rd"], ["Shoplifting", "9.8", "7.7", "13th"],
         ["Criminal damage", "7.2", "7.4", "7th"], ["Drug offences", "2.9", "2.4", "12th"]], [5, 3, 3.5, 4])
    b.new_page()

    # ------------------------------------------------------------------ 10-12 violence
    b.h("6. Violence")
    b.h("6.1 Violence with injury", 2)
    b.p("There were 1,659 offences of violence with injury in 2024/25, up 5%. Almost a third took place in Town "
        "Centre ward, mostly between 10pm and 4am on Friday and Saturday nights. Alcohol was a factor in 46% of "
        "town centre assaults.")
    b.p("Emergency department data record 612 assault attendances, of which 38% were not reported to the police.")
    b.new_page()
    b.h("6.2 Knife crime and weapons", 2)
    b.p("Knife crime rose by 18% to 141 offences. Possession offences account for most of the rise and reflect "
        "more proactive policing, but 29 offences involved a knife being used to cause injury. Half of victims and "
        "suspects were under 25.")
    b.new_page()
    b.h("6.3 Serious violence", 2)
    b.p("The Serious Violence Duty requires the partnership to understand and prevent serious violence. The "
        "Hollinshire serious violence strategic needs assessment identified Lindmere's town centre and Eastgate "
        "as two of the county's eight serious violence hotspots.")
    b.bl(["two homicides in 2024/25 (both domestic)", "47 hospital admissions for assault with a sharp object",
          "21 children referred to the exploitation panel because of weapon carrying"])
    b.new_page()

    # ------------------------------------------------------------------ 13-14 domestic abuse
    b.h("7. Domestic abuse and violence against women and girls")
    b.h("7.1 Domestic abuse", 2)
    b.p("Police recorded 3,061 domestic abuse crimes and 2,218 non-crime incidents. The MARAC heard 402 cases, of "
        "which 33% were repeats within twelve months. Women were the victim in 77% of crimes.")
    b.new_page()
    b.h("7.2 Sexual offences", 2)
    b.p("There were 398 sexual offences, including 161 rapes. Around a quarter related to offences more than a "
        "year before they were reported.")
    b.h("7.3 Stalking and harassment", 2)
    b.p("Stalking offences doubled after recording changes, to 544. Stalking protection orders remain rarely used.")
    b.new_page()

    # ------------------------------------------------------------------ 15-16 ASB
    b.h("8. Anti-social behaviour")
    b.h("8.1 Volumes and trends", 2)
    b.p("Anti-social behaviour incidents fell by 6% to 6,974, continuing a five-year decline. But repeat callers "
        "rose, and the council opened 311 ASB cases, its highest number.")
    b.new_page()
    b.h("8.2 Hotspots", 2)
    b.p("The ten locations with the most ASB incidents in 2024/25:")
    b.t(["Rank", "Location", "Ward", "Incidents"],
        [[str(i + 1), loc, ward, str(n)] for i, (loc, ward, n) in enumerate([
            ("Market Square", "Town Centre", 388), ("Eastgate shopping parade", "Eastgate", 241),
            ("Priory Park", "Priory", 203), ("Bus station", "Town Centre", 197), ("Harbour Road", "Harbour", 150),
            ("Longford Recreation Ground", "Longford", 122), ("St Anne's Church precinct", "St Anne's", 97),
            ("Riverside Walk", "Castle", 91), ("Brookside Library", "Brookside", 84),
            ("Westmoor skate park", "Westmoor", 80)])], [1.5, 6, 4, 3])
    b.new_page()

    # ------------------------------------------------------------------ 17-22 other chapters
    b.h("9. Acquisitive crime")
    b.h("9.1 Burglary", 2, toc=False)
    b.p("Residential burglary fell by 12% to 392 offences, the lowest on record.")
    b.h("9.2 Vehicle crime", 2, toc=False)
    b.p("Theft from vehicles fell, but thefts of catalytic converters and vans' tools rose in Kingsmead and "
        "Oakfield.")
    b.h("9.3 Shoplifting", 2, toc=False)
    b.p("Shoplifting rose by 27% to 1,827 offences. A small group of prolific offenders, most with a drug "
        "dependency, accounts for around a third.")
    b.new_page()
    b.h("10. Drugs and alcohol")
    b.p("Drug possession and supply offences rose by 9%. Police closed 14 county lines operating into Lindmere. "
        "There were 23 drug-related deaths in the three years to 2024, above the England rate. Alcohol-related "
        "hospital admissions are 12% above the national average.")
    b.p("612 adults were in drug treatment, and the proportion completing treatment successfully fell to 41%.")
    b.new_page()
    b.h("11. Exploitation and modern slavery")
    b.p("The exploitation panel discussed 86 children, most at risk of criminal exploitation. 39 referrals were made "
        "to the National Referral Mechanism for adults and children, mainly for labour and criminal exploitation.")
    b.new_page()
    b.h("12. Hate crime and community tensions")
    b.p("Police recorded 287 hate crimes, of which 71% were racially motivated. Reports rose sharply during the "
        "national disorder of summer 2024, when two protests took place in the town centre without serious "
        "incident.")
    b.new_page()
    b.h("13. Reoffending")
    b.p("The proven reoffending rate for adults is 26.8% and for children 33.1%. The Integrated Offender Management "
        "cohort of 74 people committed 46% fewer offences in their first year on the scheme.")
    b.new_page()
    b.h("14. Fire, arson and road safety")
    b.p("Deliberate fires fell by 8% to 219, mostly small refuse and grass fires. 64 people were killed or seriously "
        "injured on Lindmere's roads; road safety is led by the Hollinshire Road Safety Partnership.")
    b.new_page()

    # ------------------------------------------------------------------ 23-38 ward profiles
    for i, ward in enumerate(WARDS):
        if i == 0:
            b.h("15. Ward profiles")
            b.p("Each profile shows 2024/25 figures and the change from 2023/24.", space_after=4)
        b.mark(f"{ward} ward")
        doc.add_heading(f"{ward} ward", 3)
        crimes, asb, da, viol = b.n(420, 1900), b.n(180, 900), b.n(80, 420), b.n(40, 260)
        rows = [["All recorded crime", f"{crimes:,}", f"{b.n(-12, 9):+d}%"],
                ["Violence with injury", str(viol), f"{b.n(-15, 20):+d}%"],
                ["Domestic abuse crimes", str(da), f"{b.n(-10, 14):+d}%"],
                ["ASB incidents", str(asb), f"{b.n(-20, 8):+d}%"],
                ["Residential burglary", str(b.n(5, 48)), f"{b.n(-30, 10):+d}%"],
                ["Shoplifting", str(b.n(0, 420)), f"{b.n(-5, 40):+d}%"],
                ["Deliberate fires", str(b.n(2, 30)), f"{b.n(-25, 25):+d}%"],
                ["Residents who feel safe after dark (survey)", f"{b.n(38, 81)}%", f"{b.n(-9, 5):+d} points"]]
        table(doc, ["Measure", "2024/25", "Change"], rows, [8.5, 3, 3.5], head_fill=ACCENT, size=9)
        para(doc, f"{ward} has {'above' if crimes > 1000 else 'below'}-average levels of recorded crime for "
                  f"Lindmere. The main issues raised by ward councillors and residents were "
                  f"{['parking and speeding', 'youth nuisance', 'drug dealing', 'fly-tipping', 'noise'][i % 5]} and "
                  f"{['litter', 'shoplifting', 'street drinking', 'off-road bikes', 'begging'][(i * 3) % 5]}.",
             space_before=6)
        para(doc, f"Neighbourhood policing team: {ward} and "
                  f"{WARDS[(i + 1) % len(WARDS)]}. Ward councillors: three. PACT meetings: quarterly.", color="555555")
        b.new_page()

    # ------------------------------------------------------------------ 39 residents
    b.h("16. What residents told us")
    b.p("1,340 residents answered the 2025 survey. 71% feel safe outside in their area during the day, and 48% "
        "after dark. The issues they most wanted the partnership to tackle were:")
    b.bl(["drug dealing and drug use (57%)", "anti-social behaviour by young people (49%)",
          "speeding (45%)", "shoplifting and begging in the town centre (33%)",
          "violence against women and girls (31%)"])
    b.p("Women, disabled residents and residents of Eastgate and Priory were the least likely to feel safe.")
    b.new_page()

    # ------------------------------------------------------------------ 40 conclusions
    b.h("17. Conclusions and recommendations")
    b.p("The MoRiLE scoring gave the following results. Issues scoring above 300 are recommended as areas of "
        "focus for the strategy.")
    b.t(["Issue", "Harm", "Trend", "Concern", "Score"],
        [["Domestic abuse", "High", "Rising", "Medium", "412"], ["Serious violence and knife crime", "High",
                                                                "Rising", "High", "398"],
         ["Drug supply and county lines", "High", "Stable", "High", "356"], ["Child criminal exploitation",
                                                                           "High", "Rising", "Medium", "341"],
         ["Anti-social behaviour", "Medium", "Falling", "High", "318"], ["Shoplifting", "Low", "Rising", "High",
                                                                         "305"],
         ["Hate crime", "Medium", "Stable", "Low", "262"], ["Fraud", "Medium", "Rising", "Low", "244"],
         ["Burglary", "Medium", "Falling", "Medium", "201"]], [6, 2, 2, 2.2, 2])
    b.p("Recommendation: the Board should adopt a small number of objectives that combine the issues scoring above "
        "300, and retain hate crime and fraud as issues to monitor.")
    b.new_page()

    # ------------------------------------------------------------------ 41 objectives (gold page)
    assert b.page == OBJ_PAGE, b.page
    b.p("PART B: COMMUNITY SAFETY STRATEGY 2025\u20132028", bold=True, size=9, color="555555")
    b.h("18. Our vision and strategic objectives")
    b.p("Our vision is for Lindmere to be a place where everyone is safe and feels safe. Following the "
        "recommendations in chapter 17, the Board has agreed four strategic objectives for 2025 to 2028.")
    for k, (title, text) in enumerate(OBJECTIVES):
        p = doc.add_paragraph(title, style="Objective Heading")
        b.bm += 1
        name = f"_Toc2094{31500 + b.bm * 7:06d}"
        toc_bookmark(p, name, b.bm)
        # Word writes the list number into the TOC entry as plain text
        b.toc.append((2, f"Objective {chr(65 + k)} \u2013 {title}", b.page, name))
        para(doc, text)
    b.new_page()

    # ------------------------------------------------------------------ 42-47 delivery
    b.h("19. How we will deliver")
    b.p("Each objective has a delivery group, which owns the action plan in Appendix A and reports to the Board.")
    b.t(["Objective", "Delivery group", "Chair"],
        [["A", "Serious Violence Steering Group", "Hollinshire Police"],
         ["B", "Domestic Abuse and VAWG Partnership", "Lindmere Council"],
         ["C", "ASB and Neighbourhood Crime Group", "Hollinshire Police"],
         ["D", "Lindmere Combating Drugs Partnership", "Director of Public Health"]], [2.2, 8, 5])
    b.p("Resources: the partnership's pooled budget for 2025/26 is \u00a3212,000, with a further \u00a3385,000 from "
        "the Police and Crime Commissioner and the Home Office for specific projects.")
    b.new_page()
    b.h("20. Cross-cutting principles")
    b.p("All four objectives will be delivered according to these principles:")
    b.bl(["prevention and early intervention come first", "decisions are based on evidence",
          "victims and communities are involved in designing services", "we challenge inequality and "
          "disproportionality", "we share information safely and lawfully"])
    b.new_page()
    b.h("21. Links to other plans")
    b.p("The Hollinshire Police and Crime Plan 2024\u20132029 has four priorities: preventing crime and protecting "
        "the vulnerable; putting victims first; fighting crime and bringing offenders to justice; and safer roads.")
    b.p("The Hollinshire Serious Violence Strategy 2024\u20132027 has three strategic priorities: early intervention "
        "with children and young people, violence in public places, and domestic and sexual violence.")
    b.p("The Lindmere Council Plan 2023\u20132027 commits the council to \"safe, clean and proud neighbourhoods\".")
    b.new_page()
    b.h("22. Our previous objectives (2022\u20132025)")
    b.p("The 2022\u20132025 strategy had three objectives. Their progress is summarised below.")
    b.t(["Previous objective", "Result"],
        [["Objective 1: Safer streets and public places", "ASB down 29% over three years"],
         ["Objective 2: Protecting vulnerable people", "MARAC repeat rate down from 38% to 33%"],
         ["Objective 3: Reducing reoffending", "IOM cohort offending down 46%"]], [8, 7])
    b.new_page()
    b.h("23. Governance")
    b.p("The Lindmere Community Safety Partnership Board meets quarterly and is accountable to the council's "
        "Overview and Scrutiny Committee and, for the Serious Violence Duty, to the Police and Crime Commissioner.")
    b.bl(["Board: strategic direction, resources, performance", "Delivery groups: one for each objective",
          "Analysts' network: strategic assessment and quarterly performance report"])
    b.new_page()
    b.h("24. Performance framework")
    b.t(["Objective", "Key performance indicator", "Baseline 2024/25"],
        [["A", "Violence with injury, Town Centre ward", "512"], ["A", "Knife crime offences", "141"],
         ["B", "Repeat MARAC cases", "33%"], ["B", "Domestic abuse crimes with a charge", "9%"],
         ["C", "ASB incidents", "6,974"], ["C", "Shoplifting offences", "1,827"],
         ["D", "Adults successfully completing drug treatment", "41%"],
         ["D", "Drug-related deaths (three-year)", "23"]], [2.2, 9, 4])
    b.new_page()

    # ------------------------------------------------------------------ 48-51 action plans
    actions = {
        0: ["Fund a hospital-based youth violence navigator", "Weapons sweeps and knife bins in hotspot parks",
            "Deliver bleed-control kits to licensed premises", "Mentoring for children at risk of exclusion"],
        1: ["Recommission IDVA service with two additional posts", "Perpetrator programme for medium-risk cases",
            "Stalking awareness training for call handlers", "Workplace domestic abuse policy for partners"],
        2: ["Monthly problem-solving meetings for the top ten hotspots", "Retail crime partnership in the town centre",
            "Review the town centre PSPO", "Publicise the ASB case review"],
        3: ["Drug testing on arrest with referral to treatment", "Close cuckooed addresses within 48 hours",
            "Naloxone for families and hostels", "Alcohol identification and brief advice in the emergency department"],
    }
    for i, (title, _) in enumerate(OBJECTIVES):
        if i == 0:
            b.h("Appendix A: Action plan 2025/26")
        b.p(f"Actions for objective {chr(65 + i)}: {title.lower()}", bold=True, color=ACCENT)
        b.t(["Ref", "Action", "Lead", "By"],
            [[f"{chr(65 + i)}{k + 1}", a, ["Police", "Council", "Public Health", "Probation"][k % 4],
              ["Jun 2025", "Sep 2025", "Dec 2025", "Mar 2026"][k]] for k, a in enumerate(actions[i])],
            [1.5, 9, 3, 2.5])
        b.new_page()

    # ------------------------------------------------------------------ 52-54 data tables
    b.h("Appendix B: Data tables")
    b.p("Table B1: Recorded crime by ward, 2020/21 to 2024/25", bold=True)
    b.t(["Ward"] + yrs, [[w] + [f"{b.n(400, 1900):,}" for _ in yrs] for w in WARDS], [3.8] + [2.5] * 5, size=8.5)
    b.new_page()
    b.p("Table B2: ASB incidents by ward, 2020/21 to 2024/25", bold=True)
    b.t(["Ward"] + yrs, [[w] + [f"{b.n(150, 950):,}" for _ in yrs] for w in WARDS], [3.8] + [2.5] * 5, size=8.5)
    b.new_page()
    b.p("Table B3: Domestic abuse crimes by ward, 2020/21 to 2024/25", bold=True)
    b.t(["Ward"] + yrs, [[w] + [str(b.n(70, 430)) for _ in yrs] for w in WARDS], [3.8] + [2.5] * 5, size=8.5)
    b.new_page()

    # ------------------------------------------------------------------ 55-56 consultation
    b.h("Appendix C: Consultation summary")
    b.p("The draft strategy was published for consultation from 7 July to 17 August 2025. We received 214 "
        "responses: 188 online, 19 paper and 7 from organisations.")
    b.t(["Question", "Agree", "Neither", "Disagree"],
        [["Objective A is the right focus", "81%", "12%", "7%"], ["Objective B is the right focus", "84%", "11%",
                                                                  "5%"],
         ["Objective C is the right focus", "88%", "8%", "4%"], ["Objective D is the right focus", "79%", "13%",
                                                                 "8%"]], [8, 2.5, 2.5, 2.5])
    b.new_page()
    b.p("Themes from free-text comments", bold=True)
    b.bl(["more visible policing in the town centre in the evening", "more support for young people, especially "
          "youth clubs", "concern about drug dealing near schools", "requests for better street lighting",
          "calls to include road safety and speeding", "praise for the Safe Space scheme in bars"])
    b.p("Changes made after consultation: we strengthened the focus on young people in objective A and added "
        "street lighting to the action plan for objective C.")
    b.new_page()

    # ------------------------------------------------------------------ 57 EqIA
    b.h("Appendix D: Equality impact assessment summary")
    b.p("The equality impact assessment found that the strategy is likely to have a positive impact on women and "
        "girls, children, disabled people and minority ethnic communities, who are over-represented among victims. "
        "It identified a risk of disproportionate enforcement against young Black men in objectives A and D, which "
        "will be monitored through the performance framework.")
    b.new_page()

    # ------------------------------------------------------------------ 58-59 glossary
    b.h("Appendix E: Glossary")
    b.t(["Term", "Meaning"], [list(g) for g in GLOSSARY[:10]], [3, 12.5])
    b.new_page()
    b.p("Glossary (continued)", bold=True)
    b.t(["Term", "Meaning"], [list(g) for g in GLOSSARY[10:]], [3, 12.5])
    b.new_page()

    # ------------------------------------------------------------------ 60 back cover
    b.p("Contact us", bold=True, size=14, color=ACCENT, space_before=200)
    b.p("Lindmere Community Safety Partnership, Lindmere Council, Guildhall Square, Lindmere LM1 1AA")
    b.p("community.safety@lindmere.gov.uk | 01632 960 555")
    b.p("This document is available in large print, Easy Read and other languages on request.")
    assert b.page == PAGES, b.page

    # ------------------------------------------------------------------ the TOC on page 2
    toc_sdt(doc, b.toc, width_cm=16.6, instr=' TOC \\o "1-1" \\h \\z \\t "Objective Heading,2" ')
    sdt = doc.element.body.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdt")[-1]
    toc_anchor._p.addprevious(sdt)
    toc_anchor._p.getparent().remove(toc_anchor._p)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path, dict(b.first_lines)


_FIRST: dict[int, str] = {}


def sources(work: Path) -> list[Path]:
    path, first = build(work)
    _FIRST.update(first)
    return [path]


def _page_text(pdf: Path, n: int) -> str:
    return " ".join(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def finish(work: Path, out: Path) -> list[Path]:
    pdf = work / f"{NAME}.pdf"
    n = common.pdf_pages(pdf)
    if n != PAGES:
        raise SystemExit(f"{NAME}: LibreOffice made {n} pages, expected {PAGES}")
    for page, line in sorted(_FIRST.items()):
        if line and " ".join(line.split())[:40] not in _page_text(pdf, page):
            raise SystemExit(f"{NAME}: page {page} should start with {line[:40]!r}")
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    return [docx, common.publish(pdf, out / f"{NAME}.pdf")]
