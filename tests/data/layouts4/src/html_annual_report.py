"""pcc_annual_report_chapters.pdf: the Fenhallow Police and Crime Commissioner's Annual Report 2024/25, 26 A4
pages printed by Chromium from HTML written here (fixed-size page boxes, so every page's content is decided by the
source). The report is organised in chapters: "Chapter 1: Introduction" ... "Chapter 8: Finance". Chapter 1 says
that chapters 2 to 5 each report on one of the four priorities of the Police and Crime Plan, so gold is those four
chapter titles on their opening pages (6, 10, 14, 17). Not gold: the same four as a bulleted list in chapter 1
(page 4), the contents page, the running headers on every later page of a chapter ("Chapter 2: Fighting crime"),
chapters 1 and 6-8, the "In 2025/26 I will focus on" list, HMICFRS grades and the grants table.
"""
from __future__ import annotations

import html
from pathlib import Path

import common

NAME = "pcc_annual_report_chapters"
TITLE = "Fenhallow Police and Crime Commissioner \u2013 Annual Report 2024/25"

CHAPTERS = {
    1: "Introduction",
    2: "Fighting crime",
    3: "Supporting victims and witnesses",
    4: "Safer roads and rural communities",
    5: "Preventing harm and protecting the vulnerable",
    6: "Holding the Chief Constable to account",
    7: "Commissioning and grants",
    8: "Finance",
}
# chapter -> first page; the contents page and build-time check use these
START = {1: 3, 2: 6, 3: 10, 4: 14, 5: 17, 6: 21, 7: 23, 8: 24}
COLOUR = "#5B1F3F"

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Serif", Georgia, serif; font-size: 11.6pt; line-height: 1.5; color: #222; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; padding: 22mm 19mm 22mm 19mm;
        break-after: page; }
.page:last-child { break-after: auto; }
.rh { position: absolute; top: 9mm; left: 19mm; right: 19mm; font: 8pt "Liberation Sans", Arial, sans-serif;
      color: #7A5568; border-bottom: 0.5px solid #C9B3BF; padding-bottom: 1.5mm; }
.pf { position: absolute; bottom: 9mm; left: 19mm; right: 19mm; font: 8pt "Liberation Sans", Arial, sans-serif;
      color: #7A5568; display: flex; justify-content: space-between; }
h2 { font: bold 13.5pt "Liberation Sans", Arial, sans-serif; color: #5B1F3F; margin: 5mm 0 2mm 0; }
h3 { font: bold 11pt "Liberation Sans", Arial, sans-serif; color: #333; margin: 3mm 0 1.5mm 0; }
p { margin: 0 0 2.5mm 0; text-align: justify; }
ul { margin: 0 0 3mm 0; padding-left: 5mm; }
li { margin-bottom: 1mm; }
.opener { margin: -22mm -19mm 7mm -19mm; padding: 18mm 19mm 9mm 19mm; background: #5B1F3F; color: #fff; }
.opener .num { font: bold 11pt "Liberation Sans", Arial, sans-serif; letter-spacing: 1pt; color: #F0C3D7; }
.opener h1 { font: bold 26pt "Liberation Sans", Arial, sans-serif; margin: 2mm 0 0 0; line-height: 1.12; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3.5mm; margin: 3mm 0 4mm 0;
         font-family: "Liberation Sans", Arial, sans-serif; }
.tile { background: #F6EEF2; border-radius: 2mm; padding: 3mm; font-size: 8.5pt; }
.tile b { display: block; font-size: 18pt; color: #5B1F3F; line-height: 1.15; }
.case { border: 1px solid #D8C3CE; border-left: 2mm solid #5B1F3F; padding: 3mm 4mm; margin: 3mm 0 4mm 0;
        background: #FCF8FA; }
.case h3 { margin-top: 0; color: #5B1F3F; }
.q { font-style: italic; color: #5B1F3F; font-size: 12pt; margin: 4mm 6mm; }
table { width: 100%; border-collapse: collapse; font: 9pt "Liberation Sans", Arial, sans-serif; margin: 2mm 0 4mm 0; }
th { background: #5B1F3F; color: #fff; text-align: left; padding: 1.8mm; }
td { border-bottom: 1px solid #E2D3DB; padding: 1.8mm; vertical-align: top; }
.toc td { font-size: 11pt; padding: 2.6mm 1mm; }
.cover { background: #5B1F3F; color: #fff; font-family: "Liberation Sans", Arial, sans-serif; }
.cover .a { position: absolute; top: 40mm; left: 19mm; font-size: 13pt; color: #F0C3D7; }
.cover .b { position: absolute; top: 100mm; left: 19mm; right: 19mm; font-size: 40pt; font-weight: bold; line-height: 1.1; }
.cover .c { position: absolute; bottom: 30mm; left: 19mm; font-size: 11pt; }
"""


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def UL(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def tiles(*pairs):
    return '<div class="tiles">' + "".join(f'<div class="tile"><b>{a}</b>{b}</div>' for a, b in pairs) + "</div>"


def case(title, *paras):
    return f'<div class="case"><h3>{title}</h3>' + P(*paras) + "</div>"


def table(head, rows):
    out = "<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    for r in rows:
        out += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
    return out + "</table>"


def opener(n):
    return (f'<div class="opener"><div class="num">CHAPTER {n}</div><h1>Chapter {n}: {esc(CHAPTERS[n])}</h1></div>')


# ------------------------------------------------------------------------------------------- content
def pages() -> list[tuple[int | None, str]]:
    """(chapter for the running header or None, body html) for pages 2..25 (cover and back are separate)."""
    out: list[tuple[int | None, str]] = []
    toc = "".join(f'<tr><td>Chapter {n}: {esc(t)}</td><td style="text-align:right">{START[n]}</td></tr>'
                  for n, t in CHAPTERS.items())
    out.append((None, '<h1 style="font:bold 24pt Liberation Sans,Arial,sans-serif;color:#5B1F3F;margin:0 0 6mm 0">'
                      'Contents</h1><table class="toc">' + toc + "</table>" +
                P("This report is published under section 12 of the Police Reform and Social Responsibility Act 2011. "
                  "It was presented to the Fenhallow Police and Crime Panel on 9 July 2025.",
                  "Figures are for the year 1 April 2024 to 31 March 2025 unless stated. Crime figures are from "
                  "Fenhallow Constabulary and are provisional.")))
    # chapter 1 (pp3-5)
    out.append((None, opener(1) + "<h2>Foreword</h2>" + P(
        "This is my first annual report since I was re-elected as Police and Crime Commissioner for Fenhallow in May "
        "2024. It sets out what has been achieved in the first year of my Police and Crime Plan 2024\u20132029, where "
        "progress has been slower than I would like, and what I will do about it.",
        "It has been a demanding year for policing in Fenhallow. The disorder that followed the events in Southport "
        "in August 2024 reached two of our towns, and officers from every part of the county worked long shifts to "
        "keep communities safe. I want to thank them, and the staff and volunteers who supported them.",
        "Crime fell by 4% over the year. Neighbourhood crime \u2013 burglary, robbery, theft from the person and vehicle "
        "crime \u2013 fell by 9%, and the number of people killed or seriously injured on our roads was the lowest "
        "since records began. But violence against women and girls remains far too common, and victims still wait "
        "too long for their cases to come to court.",
        "Throughout this report you will find the voices of the people I met during the year: victims, officers, "
        "volunteers, young people and the partners who work alongside the police. Their experiences are the best "
        "test of whether the plan is working.") +
        '<p class="q">\u201cPolicing is at its best when it is close to the people it serves.\u201d</p>' +
        P("<b>Andrew Pellingham</b><br>Police and Crime Commissioner for Fenhallow")))
    out.append((1, "<h2>My Police and Crime Plan</h2>" + P(
        "My Police and Crime Plan 2024\u20132029 was published in November 2024 after a consultation in which 4,120 "
        "people took part. It sets out my priorities for policing and community safety in Fenhallow, and the "
        "measures by which I will judge progress.",
        "The plan has four priorities:") + UL(
        "Fighting crime", "Supporting victims and witnesses", "Safer roads and rural communities",
        "Preventing harm and protecting the vulnerable") + P(
        "This report is structured around those four priorities. Chapters 2 to 5 each report on one of them: what I "
        "said I would do, what has been done, and the measures. Chapter 6 describes how I have held the Chief "
        "Constable to account, chapter 7 the services I commission and the grants I make, and chapter 8 the "
        "finances of policing in Fenhallow.") + "<h2>The year in numbers</h2>" + tiles(
        ("\u22124%", "total recorded crime"), ("\u22129%", "neighbourhood crime"),
        ("1,912", "police officers, the most ever"), ("8.4 s", "average time to answer a 999 call"),
        ("71%", "victims satisfied with the service"), ("38", "killed or seriously injured on the roads (lowest ever)"))))
    out.append((1, "<h2>My role</h2>" + P(
        "Police and crime commissioners are elected to make the police answerable to the public. I set the priorities "
        "for policing, set the budget and the police part of the council tax, appoint the Chief Constable and hold "
        "the Chief Constable to account, and commission services for victims and for crime prevention.",
        "I do not run the police: operational decisions are for the Chief Constable. My work is scrutinised by the "
        "Fenhallow Police and Crime Panel, which is made up of councillors from each of the county\u2019s councils "
        "and two independent members.") + "<h2>Working with partners</h2>" + P(
        "Much of what the plan aims to achieve depends on partners. I chair the Fenhallow Criminal Justice Board and "
        "the Violence Reduction Partnership board, and I fund the county\u2019s five community safety partnerships. "
        "In 2024/25 I also became the lead for the Serious Violence Duty in Fenhallow, bringing together councils, "
        "health, probation, fire and youth justice services.") + "<h2>Listening to the public</h2>" + P(
        "During the year I held 31 public meetings and \u201cPCC on patrol\u201d visits, answered 1,604 pieces of "
        "correspondence, and ran two surveys. The issues people raised most often were speeding, anti-social "
        "behaviour, drug dealing, and the time taken to answer 101 calls.") +
        table(["Contact", "2023/24", "2024/25"], [["Letters and emails to the Commissioner", "1,488", "1,604"],
                                                  ["Complaint reviews completed", "212", "247"],
                                                  ["Public meetings and engagement events", "26", "31"]])))
    # chapter 2 (pp6-9)
    out.append((None, opener(2) + P(
        "<b>What I said I would do:</b> put more officers into neighbourhoods, bring more offenders to justice, and "
        "target the crimes that cause most harm to communities \u2013 burglary, robbery, drug dealing and "
        "anti-social behaviour.") + "<h2>Neighbourhood policing</h2>" + P(
        "The Constabulary recruited 164 officers during the year, and 92 of them have joined neighbourhood teams. "
        "Every ward now has a named neighbourhood officer, and their details are published on the Constabulary\u2019s "
        "website. Neighbourhood officers spent 71% of their time in their neighbourhoods, up from 58%.",
        "I funded 14 more police community support officers through a partnership with the district councils, who "
        "meet half the cost.") + tiles(("\u22129%", "neighbourhood crime"), ("\u221214%", "residential burglary"),
        ("+22%", "charges for drug supply offences")) + "<h2>Bringing offenders to justice</h2>" + P(
        "The proportion of crimes resulting in a charge or summons rose from 6.8% to 8.1%, which is above the "
        "national average for the first time in five years. The Constabulary\u2019s new investigation standards "
        "and the expansion of the domestic abuse investigation teams have contributed.")))
    out.append((2, "<h2>Tackling drugs and county lines</h2>" + P(
        "Operation Tideway, the Constabulary\u2019s response to county lines, closed 38 lines during the year and "
        "safeguarded 61 children and vulnerable adults. I funded two specialist caseworkers to support young people "
        "found running drugs, and a closure order team in the largest district council.",
        "Drug-related deaths fell from 49 to 41, but remain too high. I have continued to fund naloxone for every "
        "frontline officer.") + case("Case study: Operation Tideway in Fenbury",
        "In October 2024 officers closed a line that had been supplying crack cocaine and heroin from two "
        "cuckooed flats in Fenbury. Eleven people were arrested and nine have since been convicted. The two tenants "
        "whose flats had been taken over were moved to safe accommodation, and a 15-year-old who had been carrying "
        "drugs was referred to the National Referral Mechanism and is now back in school.") +
        "<h2>Anti-social behaviour</h2>" + P(
        "Anti-social behaviour incidents reported to the police fell by 12%. I funded the Government\u2019s "
        "hot-spot patrols programme in the eight areas with the highest levels of ASB and serious violence; "
        "incidents in those areas fell by 23%.",
        "I also funded the ASB case review champion, who supports victims who feel that their reports have not "
        "been acted on. Forty-one case reviews were held, compared with 19 the year before.")))
    out.append((2, "<h2>Business and retail crime</h2>" + P(
        "Shop theft rose by 18%, in line with the national trend. The Constabulary signed up to the national Retail "
        "Crime Action Plan, which commits officers to attend shop theft where violence was used, where a suspect was "
        "detained by store staff, or where evidence needs to be secured. Attendance at those incidents rose from 41% "
        "to 76%.",
        "I funded a business crime coordinator who works with the three business improvement districts, and a "
        "Shopwatch radio link in Fenbury and Castleford.") + "<h2>Cyber crime and fraud</h2>" + P(
        "Fraud is now the most common crime experienced by Fenhallow residents. The Constabulary\u2019s economic "
        "crime unit protected 1,218 vulnerable victims, and the Banking Protocol prevented losses of \u00a32.3 "
        "million.") + table(["Measure", "2023/24", "2024/25", "Direction"], [
        ["Total recorded crime", "78,416", "75,280", "Better"],
        ["Neighbourhood crime", "11,902", "10,831", "Better"],
        ["Charge/summons rate (all crime)", "6.8%", "8.1%", "Better"],
        ["Anti-social behaviour incidents", "19,644", "17,287", "Better"],
        ["Shop theft", "6,018", "7,101", "Worse"]])))
    out.append((2, "<h2>What the public told us</h2>" + P(
        "In my survey, 61% of respondents said the police were doing a good or excellent job in their area, up from "
        "55%. People in rural areas remained less satisfied than those in towns.") +
        '<p class="q">\u201cWe know our PCSO by name now. She\u2019s at the school gates most mornings.\u201d \u2013 '
        'parent, Ashworth</p>' + "<h2>Where progress has been slower</h2>" + P(
        "The average time to answer a 101 call rose to 4 minutes 12 seconds during the summer disorder and did not "
        "recover until December. The Chief Constable has recruited 20 more call handlers and the online reporting "
        "service has been improved; I will report on the results in next year\u2019s report.",
        "Too few burglaries are solved. Although the charge rate for burglary rose, it is still only 7%. I have "
        "asked the Chief Constable for a review of burglary investigation, which will report to my Performance and "
        "Accountability Board in September 2025.")))
    # chapter 3 (pp10-13)
    out.append((None, opener(3) + P(
        "<b>What I said I would do:</b> make sure every victim gets the support they need to cope and recover, that "
        "victims are kept informed, and that the Victims\u2019 Code is followed.") + "<h2>Fenhallow Victim Care</h2>" + P(
        "Fenhallow Victim Care, the service I commission, supported 14,902 victims during the year. Every victim of "
        "crime reported to the police is now offered support within two working days, and 86% of those who took up "
        "the offer said they felt better able to cope.",
        "I extended the service\u2019s opening hours to 8 pm on weekdays and 4 pm on Saturdays, and introduced a "
        "webchat.") + tiles(("14,902", "victims supported"), ("86%", "felt better able to cope"),
        ("19 weeks", "average wait for counselling (down from 27)"))))
    out.append((3, "<h2>The Victims\u2019 Code</h2>" + P(
        "My office audited Victims\u2019 Code compliance in 400 cases. Compliance with the right to be told about "
        "the progress of the investigation improved from 64% to 79%, but compliance with the right to make a "
        "Victim Personal Statement was only 58%. The Chief Constable has introduced a new process and I will audit "
        "again in 2025/26.") + "<h2>Domestic abuse and sexual violence</h2>" + P(
        "I funded 22 independent domestic violence advisers and 11 independent sexual violence advisers, including "
        "two ISVAs for children and young people. Demand continued to rise: referrals to the ISVA service were 31% "
        "higher than the year before.",
        "The Fenhallow Sexual Assault Referral Centre, which I jointly commission with NHS England, saw 612 people, "
        "of whom 214 were children.") + case("A victim\u2019s story",
        "Claire was raped by a man she met online. She reported it to the police a week later and was referred to "
        "an ISVA the same day. Her ISVA went with her to her police interview, explained each stage of the "
        "investigation, and stayed in touch during the 14 months it took for the case to come to court. \u201cI "
        "couldn\u2019t have done it without her,\u201d Claire says. \u201cShe was the one constant thing.\u201d")))
    out.append((3, "<h2>Witnesses and the courts</h2>" + P(
        "The backlog of cases in the Crown Court in Fenhallow remains one of the worst in the country: 1,102 cases "
        "were waiting at the end of March 2025, of which 212 had been waiting more than two years. Delays cause "
        "victims and witnesses great distress, and many withdraw.",
        "Through the Criminal Justice Board I have funded a court navigator for victims of rape, and worked with "
        "HM Courts and Tribunals Service to open a remote evidence centre in Castleford so that vulnerable witnesses "
        "can give evidence away from the court building.") + "<h2>Restorative justice</h2>" + P(
        "Restorative Fenhallow, which I fund, received 388 referrals and completed 142 restorative interventions. "
        "Ninety-four per cent of victims who took part said they would recommend it to others.")))
    out.append((3, "<h2>Hate crime</h2>" + P(
        "Reported hate crime rose by 11%, with the largest increase in the weeks after the disorder in August. I "
        "funded two new hate crime caseworkers and 12 third-party reporting centres, including in mosques, the "
        "university and the Pride centre.") + "<h2>Listening to victims</h2>" + P(
        "My Victims\u2019 Voice panel, made up of 14 people with experience of being a victim of crime, met six "
        "times during the year. Its members reviewed the police\u2019s letters to victims, which have been rewritten "
        "in plain English, and helped to choose the new provider of the counselling service.") + table(
        ["Measure", "2023/24", "2024/25"], [["Victims satisfied with the whole experience", "67%", "71%"],
                                          ["Victims kept informed (Code audit)", "64%", "79%"],
                                          ["Average wait for counselling", "27 weeks", "19 weeks"],
                                          ["Restorative interventions completed", "118", "142"]])))
    # chapter 4 (pp14-16)
    out.append((None, opener(4) + P(
        "<b>What I said I would do:</b> reduce the number of people killed or seriously injured on Fenhallow\u2019s "
        "roads, and make sure rural communities get a fair share of policing.") + "<h2>Road safety</h2>" + P(
        "Thirty-eight people were killed or seriously injured on Fenhallow\u2019s roads in 2024, the lowest number "
        "since records began. Every death is a tragedy, and the four families who lost someone this year are in my "
        "thoughts.",
        "I funded the Fenhallow Road Safety Partnership\u2019s new average speed cameras on the A47 and the A1068, "
        "and Community Speedwatch groups in 84 villages, up from 61.") + tiles(
        ("38", "killed or seriously injured"), ("84", "Community Speedwatch groups"),
        ("12,604", "speeding offences detected"))))
    out.append((4, "<h2>Rural crime</h2>" + P(
        "Theft of farm machinery and GPS units fell by 26% after the Rural Crime Team introduced forensic marking "
        "and a WhatsApp alert network with 1,900 farmers and landowners. Hare coursing reports fell by 41% following "
        "the new powers in the Police, Crime, Sentencing and Courts Act 2022.",
        "I funded two more officers for the Rural Crime Team, which now has 12 officers and four special "
        "constables.") + case("Case study: the Marshland tractor thefts",
        "In January 2025 three tractors worth \u00a3310,000 were stolen from farms near Marshland in a single night. "
        "Officers used the tractors\u2019 tracking data and the ANPR network to follow them to a port, where they were "
        "recovered before being shipped abroad. Two men have been charged.")))
    out.append((4, "<h2>Rural communities</h2>" + P(
        "Residents of rural areas told me that they rarely see a police officer and that it takes too long for "
        "officers to arrive when they call. Average attendance times to emergency calls in rural areas improved from "
        "19 to 16 minutes, against 11 minutes in towns.",
        "I opened three new police contact points in village halls and libraries, and the Constabulary now holds "
        "a monthly rural surgery in each district.") + "<h2>Wildlife and heritage crime</h2>" + P(
        "Fenhallow was one of the first forces to sign up to the national heritage crime memorandum. Two illegal "
        "metal detecting cases on scheduled monuments were prosecuted during the year.")))
    # chapter 5 (pp17-20)
    out.append((None, opener(5) + P(
        "<b>What I said I would do:</b> prevent crime before it happens, protect children and adults at risk of "
        "exploitation and abuse, and reduce reoffending.") + "<h2>Violence reduction</h2>" + P(
        "The Fenhallow Violence Reduction Partnership published the county\u2019s first serious violence strategy in "
        "January 2025. Hospital admissions for assault with a sharp object among under-25s fell from 34 to 27, and "
        "knife crime fell by 6%.",
        "The VRP funded youth workers in both emergency departments, a mentoring scheme for 180 young people and "
        "knife crime education in 52 schools.") + tiles(("27", "under-25 admissions for knife assault"),
        ("\u22126%", "knife crime"), ("180", "young people mentored"))))
    out.append((5, "<h2>Violence against women and girls</h2>" + P(
        "The Constabulary\u2019s VAWG action plan was inspected by HMICFRS in November 2024 and found to be "
        "\u201cpromising\u201d. Stalking protection orders rose from 9 to 31, and domestic abuse protection orders "
        "were introduced in Fenhallow as part of the national pilot.",
        "I funded the Safer Nights accreditation in Fenbury and Castleford, training 640 bar staff, door staff and "
        "taxi drivers to recognise and respond to harassment.") + "<h2>Children and young people</h2>" + P(
        "First-time entrants to the youth justice system fell by 14%, helped by the Turnaround programme and the "
        "Constabulary\u2019s child-centred policing approach. I funded four youth diversion workers who work with "
        "children at the point of arrest.")))
    out.append((5, "<h2>Reducing reoffending</h2>" + P(
        "Integrated Offender Management now focuses on 240 people who commit the most neighbourhood crime and "
        "violence. Their reoffending fell by 38% in the year after joining the scheme.",
        "I funded an accommodation worker for prison leavers, and 91% of people released to Fenhallow had somewhere "
        "to stay on their first night, up from 84%.") + case("Case study: Daniel",
        "Daniel had 43 convictions, mostly for shoplifting to fund a heroin habit. When he was released from prison "
        "in June 2024 he was met at the gate by his IOM officer and a recovery worker, and taken to supported "
        "housing. He has been drug-free for nine months and has not reoffended.")))
    out.append((5, "<h2>Mental health</h2>" + P(
        "The Right Care, Right Person approach was introduced in Fenhallow in April 2024. Police attendance at "
        "mental health calls fell by a third, freeing around 900 officer hours a month, while health partners "
        "took on calls where a police response was not needed.") + "<h2>Looking ahead to 2025/26</h2>" + P(
        "In 2025/26 I will focus on:") + UL(
        "improving 101 call answering times;", "solving more burglaries;",
        "reducing the time victims of rape wait for their case to come to court;",
        "expanding Community Speedwatch to every parish that wants it;",
        "preparing for the new neighbourhood policing guarantee.")))
    # chapter 6 (pp21-22)
    out.append((None, opener(6) + P(
        "I hold the Chief Constable to account in public at my quarterly Performance and Accountability Board, and "
        "privately at weekly meetings. The papers and recordings of the public meetings are on my website.") +
        "<h2>Inspection</h2>" + P(
        "HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspected Fenhallow Constabulary in "
        "2024 as part of its PEEL programme. The grades were:") + table(
        ["Area", "Grade"], [["Preventing crime", "Good"], ["Responding to the public", "Requires improvement"],
                            ["Investigating crime", "Adequate"], ["Protecting vulnerable people", "Good"],
                            ["Managing offenders", "Good"], ["Developing a positive workplace", "Adequate"]])))
    out.append((6, "<h2>Complaints</h2>" + P(
        "Since 2020 my office has reviewed complaints about the Constabulary where the complainant is not satisfied "
        "with the outcome. We completed 247 reviews; 19% were upheld, in which case the Constabulary must look at "
        "the complaint again.") + "<h2>Independent custody visitors</h2>" + P(
        "My 28 volunteer independent custody visitors made 198 unannounced visits to the county\u2019s three custody "
        "suites and spoke to 1,204 detained people. They raised concerns about the availability of appropriate "
        "adults overnight, which the Constabulary has addressed.")))
    # chapter 7 (p23)
    out.append((None, opener(7) + P(
        "I commission services for victims and for crime prevention, and make grants to community organisations "
        "through my Safer Communities Fund.") + table(
        ["Service or grant", "2024/25"], [["Fenhallow Victim Care", "\u00a31,480,000"],
                                          ["Independent domestic and sexual violence advisers", "\u00a31,212,000"],
                                          ["Sexual Assault Referral Centre (PCC share)", "\u00a3402,000"],
                                          ["Restorative Fenhallow", "\u00a3186,000"],
                                          ["Community safety partnerships", "\u00a3520,000"],
                                          ["Safer Communities Fund (64 grants)", "\u00a3310,000"],
                                          ["Violence Reduction Partnership", "\u00a31,090,000"]])))
    # chapter 8 (pp24-25)
    out.append((None, opener(8) + P(
        "The police budget for 2024/25 was \u00a3203.8 million. Of this, 47% came from central Government grants "
        "and 53% from council tax. The police part of the council tax for a Band D property was \u00a3301.68, an "
        "increase of \u00a313 (4.5%).") + table(
        ["", "Budget \u00a3m", "Outturn \u00a3m"], [["Police officer pay", "112.4", "113.1"], ["Staff pay", "48.2", "47.0"],
                                               ["Premises and transport", "14.9", "15.6"],
                                               ["Supplies and services", "22.7", "21.9"],
                                               ["Office of the PCC and commissioning", "5.6", "5.5"],
                                               ["Total", "203.8", "203.1"]])))
    out.append((8, "<h2>Reserves and capital</h2>" + P(
        "The underspend of \u00a30.7 million has been added to the general reserve, which stands at \u00a38.1 "
        "million (4% of the budget). Capital spending of \u00a311.4 million included the new Castleford custody "
        "suite and the replacement of the force\u2019s radio equipment.") + "<h2>Value for money</h2>" + P(
        "The external auditor gave an unqualified opinion on my accounts and the Chief Constable\u2019s accounts for "
        "2023/24, and found no significant weaknesses in our arrangements for value for money.")))
    return out


def build_html(work: Path) -> Path:
    body = ['<section class="page cover"><div class="a">Police and Crime Commissioner for Fenhallow</div>'
            '<div class="b">Annual Report<br>2024/25</div><div class="c">Andrew Pellingham</div></section>']
    page = 2
    chapter = None
    for ch, content in pages():
        # chapters start where START says; the running header names the chapter on its later pages
        for n, p in START.items():
            if p == page:
                chapter = n
            if f'<div class="num">CHAPTER {n}</div>' in content and p != page:
                raise SystemExit(f"{NAME}: chapter {n} opens on page {page}, START says {p}")
        header = f"Chapter {chapter}: {CHAPTERS[chapter]}" if (ch is not None and chapter) else ""
        rh = f'<div class="rh">{esc(header)}</div>' if header else ""
        body.append(f'<section class="page">{rh}{content}<div class="pf"><span>{esc(TITLE)}</span>'
                    f'<span>{page}</span></div></section>')
        page += 1
    body.append('<section class="page cover"><div class="a">Contact</div><div class="c">Office of the Police and '
                'Crime Commissioner for Fenhallow, Castle Yard, Fenbury FB1 1PC \u2022 opcc@fenhallow-pcc.gov.uk'
                '</div></section>')
    doc = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{esc(TITLE)}</title>'
           f"<style>{CSS}</style></head><body>{''.join(body)}</body></html>")
    path = work / f"{NAME}.html"
    path.write_text(doc, encoding="utf-8")
    return path


def _check_not_clipped(target: Path) -> None:
    """The page boxes hide overflow: make sure the last words of every page made it onto the page."""
    import re
    import subprocess
    for i, (_, content) in enumerate(pages(), start=2):
        words = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", content))).split()
        tail = " ".join(words[-3:])
        got = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(target), "-"], capture_output=True,
                             text=True).stdout
        if tail not in re.sub(r"\s+", " ", got):
            raise SystemExit(f"{NAME}: page {i} is clipped (its last words {tail!r} are missing)")


def finish(work: Path, out: Path) -> list[Path]:
    src = build_html(work)
    target = out / f"{NAME}.pdf"
    common.chromium_to_pdf(src, target)
    n = common.pdf_pages(target)
    if n != 26:
        raise SystemExit(f"{NAME}: {n} pages, expected 26")
    _check_not_clipped(target)
    return [target]
