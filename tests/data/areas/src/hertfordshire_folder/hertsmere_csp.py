"""Hertsmere Community Safety Partnership: partnership aims 2023-2027 and priorities 2026-2027, a council web
page saved to PDF from a browser: HTML/CSS printed by Chromium (Liberation Sans, green).  Each page carries
the browser's own print header (date and time, page title) and footer (address, "N/7"), drawn in the HTML.
The site header, breadcrumb and side menu appear on p1 only.  The priorities are "Priority N - ..." h3 lines,
each followed by "What we will do:" bullets (p4); the three partnership aims are listed just above them."""
from __future__ import annotations

from . import shared as T
from .kit import blocks_html, esc, html_to_pdf

NAME = "hertsmere_community_safety_partnership_priorities_2026-27.pdf"
URL = "https://www.hertsmere.example/community/community-safety/hertsmere-community-safety-partnership"
GREEN = "#00703C"
PRIORITIES = [
    ("Protect vulnerable residents from exploitation and cuckooing",
     ["Visit every vulnerable tenant flagged by police or housing within ten working days.",
      "Deliver exploitation awareness sessions in all secondary schools in Borehamwood, Potters Bar and Bushey."]),
    ("Reduce anti-social behaviour and make our town centres feel safer",
     ["Run monthly joint action days in Borehamwood Shenley Road and Potters Bar Darkes Lane.",
      "Use Community Protection Warnings and Notices consistently across partners."]),
    ("Tackle domestic abuse and stalking",
     ["Promote the Herts Domestic Abuse Helpline in GP surgeries and pharmacies.",
      "Train council front-line staff to recognise stalking behaviours."]),
    ("Prevent young people from being drawn into crime",
     ["Fund detached youth work and holiday activities in the three hotspot wards.",
      "Refer young people at risk to the Youth Justice prevention service."]),
    ("Safeguard people at risk of radicalisation",
     ["Deliver Prevent awareness training to partners and community groups.",
      "Refer concerns through the Channel panel."]),
]
CSS = f"""
@page {{ size: A4; margin: 0 }}
* {{ box-sizing: border-box }}
body {{ margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #0b0c0c; line-height: 1.45 }}
.page {{ width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
         padding: 16mm 16mm 16mm }}
.page:last-child {{ page-break-after: auto }}
.bh, .bf {{ position: absolute; left: 8mm; right: 8mm; font-size: 7pt; color: #333;
            display: flex; justify-content: space-between; font-family: 'DejaVu Sans', sans-serif }}
.bh {{ top: 5mm }} .bf {{ bottom: 5mm }}
.site {{ background: {GREEN}; color: #fff; padding: 4mm 5mm; font-weight: bold; font-size: 14pt;
         display: flex; justify-content: space-between }}
.site span {{ font-size: 8pt; font-weight: normal }}
.menu {{ background: #E8F1EC; padding: 2mm 5mm; font-size: 8.5pt }}
.crumb {{ font-size: 8pt; margin: 3mm 0; color: #505a5f }}
.crumb a {{ color: #1d70b8 }}
h1 {{ font-size: 21pt; margin: 2mm 0 4mm }}
h2 {{ font-size: 14pt; margin: 5mm 0 2mm; border-bottom: 1pt solid #b1b4b6; padding-bottom: 1mm }}
h3 {{ font-size: 11.5pt; margin: 4mm 0 1mm; color: {GREEN} }}
p {{ margin: 0 0 2.5mm }}
.small {{ font-size: 8pt; color: #505a5f }}
ul, ol {{ margin: 0 0 3mm; padding-left: 6mm }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 4mm }}
th {{ text-align: left; border-bottom: 1.5pt solid #0b0c0c; padding: 1.5mm }}
td {{ border-bottom: 0.4pt solid #b1b4b6; padding: 1.5mm; vertical-align: top }}
.stats {{ display: flex; gap: 3mm; margin: 3mm 0 }}
.stat {{ flex: 1; border-left: 2mm solid {GREEN}; padding: 1mm 3mm }}
.stat b {{ display: block; font-size: 15pt }} .stat span {{ font-size: 8pt }}
blockquote {{ margin: 3mm 0; border-left: 1.5mm solid #b1b4b6; padding-left: 4mm }}
blockquote cite {{ display: block; font-size: 8pt }}
.wrap {{ display: grid; grid-template-columns: 1fr 48mm; gap: 7mm }}
.side {{ font-size: 8.5pt; border-top: 1.5mm solid {GREEN}; padding-top: 2mm }}
.side a {{ display: block; color: #1d70b8; margin-bottom: 2mm }}
.otp a {{ display: block; color: #1d70b8; margin: 0 0 2mm; font-size: 10pt }}
.wwd {{ font-weight: bold; margin: 0 0 1mm }}
"""
TOTAL = 7


def page(n, body):
    head = (f"<div class='bh'><span>14/04/2026, 10:12</span><span>Hertsmere Community Safety Partnership - "
            f"Hertsmere Borough Council</span></div>")
    foot = f"<div class='bf'><span>{URL}</span><span>{n}/{TOTAL}</span></div>"
    return f"<section class='page'>{head}{body}{foot}</section>"


def build(out_root):
    out = out_root / "strategies" / NAME
    p = []
    p.append(page(1, "<div class='site'>Hertsmere Borough Council<span>Search | My account | Menu</span></div>"
                  "<div class='menu'>Bins and recycling &middot; Council tax &middot; Planning &middot; Housing "
                  "&middot; Community &middot; Your council</div>"
                  "<div class='crumb'><a>Home</a> &rsaquo; <a>Community</a> &rsaquo; <a>Community safety</a> "
                  "&rsaquo; Hertsmere Community Safety Partnership</div>"
                  "<div class='wrap'><div><h1>Hertsmere Community Safety Partnership</h1>" + blocks_html([
                      ("p", "Hertsmere Community Safety Partnership (CSP) is made up of local organisations, known "
                            "as responsible authorities, who work together to make Hertsmere an even safer place "
                            "to live, work and visit."),
                      ("p", T.CRIME_DISORDER),
                      ("h2", "Who is in the partnership"),
                      ("ul", ["Hertsmere Borough Council", "Hertfordshire Constabulary", "Hertfordshire County "
                              "Council, including Hertfordshire Fire and Rescue Service", "The Probation Service",
                              "Hertfordshire and West Essex Integrated Care Board",
                              "The Police and Crime Commissioner (co-opted)"]),
                      ("p", "We also work with town and parish councils, schools, housing associations, Beacon "
                            "(the county's victim care centre), Neighbourhood Watch and voluntary groups."),
                      ("small", "A fictional re-creation made for testing; not a page of the council's website."),
                  ]) + "</div><div class='side'><b>In this section</b><a>Report anti-social behaviour</a>"
                  "<a>Domestic abuse support</a><a>Prevent and Channel</a><a>CCTV</a><a>CSP newsletter</a>"
                  "<a>Contact the community safety team</a></div></div>"))
    p.append(page(2, "<h2>Contents</h2><div class='otp'>" + "".join(
        f"<a>{esc(t)} - page {n}</a>" for t, n in [
            ("Who is in the partnership", 1), ("Crime and disorder in Hertsmere", 3),
            ("Partnership aims and priorities 2026-2027", 4), ("How we are doing", 5),
            ("The county picture", 6), ("Newsletter, meetings and contact", 7)]) + "</div>"
        + blocks_html([("p", "This page was last updated on 1 April 2026. It replaces the priorities for "
                             "2025-2026, which are listed under 'How we are doing'."),
                       ("quote", "Every year we check our priorities against what residents and partners tell "
                                 "us.", "Chair, Hertsmere CSP")])))
    p.append(page(3, "<h2>Crime and disorder in Hertsmere</h2>" + blocks_html(T.context("Hertsmere", [
        ("1,540", "ASB reports"), ("63", "cuckooing referrals"), ("+14%", "domestic abuse reports"),
        ("11", "Prevent referrals")],
        ["ASB concentrates in Borehamwood and Potters Bar town centres in the evenings.",
         "Cuckooing referrals doubled, mostly in social housing.",
         "Stalking reports rose by a fifth.",
         "Young people told the youth council they want more to do in the evenings."]))))
    pri = "".join(f"<h3>Priority {i} - {esc(t)}</h3><p class='wwd'>What we will do:</p><ul>"
                  + "".join(f"<li>{esc(x)}</li>" for x in wwd) + "</ul>" for i, (t, wwd) in enumerate(PRIORITIES, 1))
    p.append(page(4, "<h2>Partnership aims and priorities 2026-2027</h2>" + blocks_html([
        ("p", "The Partnership aims 2023-2027 are:"),
        ("ul", ["To create safer environments by tackling crime and anti-social behaviour",
                "To protect and safeguard vulnerable people",
                "To build community confidence and wellbeing to increase feelings of safety"]),
        ("p", "The Partnership priorities 2026-2027 are:")]) + pri))
    p.append(page(5, "<h2>How we are doing</h2>" + blocks_html([
        ("p", "Our priorities for 2025-2026 were:"),
        ("ul", ["Support and protect vulnerable victims of exploitation", "Tackle anti-social behaviour",
                "Reduce the harm caused by domestic abuse", "Engage young people in positive activities"]),
        ("h3", "Results 2025-2026"),
        ("table", [["Theme", "What we did", "Result (illustrative)"],
                   ["Exploitation", "Cuckooing visits", "63 homes visited, 41 safeguarding plans"],
                   ["ASB", "Joint action days", "ASB down 6% in Borehamwood"],
                   ["Domestic abuse", "Awareness campaign", "Helpline calls up 18%"],
                   ["Young people", "Holiday activities", "620 places taken up"]])] + T.measures_table([
            ["ASB incidents", "1,540", "-8%"], ["Cuckooing safeguarding plans", "41", "all referrals"],
            ["Stalking reports", "210", "more reporting"], ["First-time entrants to youth justice", "22", "down"],
            ["Prevent training sessions", "14", "20"]]))))
    p.append(page(6, "<h2>The county picture</h2>" + blocks_html(T.pcp_quote() + [
        ("p", T.SV_DUTY),
        ("p", "County-wide strategies on domestic abuse and violence against women and girls, serious violence "
              "and drugs are agreed by the Safer Hertfordshire Board; the CSP delivers them locally.")])))
    p.append(page(7, "<h2>Newsletter, meetings and contact</h2>" + blocks_html(T.governance(
        "Hertsmere Community Safety Partnership", "Hertsmere Borough Council") + [
        ("p", "Read our latest CSP newsletter, or sign up for email updates."),
        ("small", "Was this page useful? Yes / No. Report a problem with this page.")])))
    html = f"<!doctype html><html><head><meta charset='utf-8'><title>Hertsmere CSP</title><style>{CSS}</style>" \
           "</head><body>" + "".join(p) + "</body></html>"
    return html_to_pdf("hertsmere", html, out)
