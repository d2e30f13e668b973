"""Hertfordshire Violence Against Women and Girls Strategy 2026-2031 (Domestic Abuse Partnership Board):
HTML/CSS printed by Chromium (DejaVu Serif headings, DejaVu Sans body, deep purple and coral), A4 with a
coral "Leave this site quickly" box on the cover and a helpline strip at the foot of every page.  The
priorities are a vertical pathway (p5): five numbered circles joined by a dotted line, each priority in bold
beside its circle with a short "This means" line."""
from __future__ import annotations

from . import shared as T
from .kit import blocks_html, esc, html_to_pdf

NAME = "hertfordshire_vawg_strategy_2026-31.pdf"
PURPLE, CORAL = "#3E1F5C", "#E8604C"
PRIORITIES = [
    ("Preventing violence against women and girls before it starts",
     "Healthy relationships education, bystander training and challenging misogyny in schools and online."),
    ("Supporting survivors and their children to recover and thrive",
     "Specialist advocacy, refuges and safe accommodation, therapeutic support for children."),
    ("Pursuing perpetrators and changing their behaviour",
     "More charges, stalking protection orders and accredited behaviour change programmes."),
    ("Making public spaces safer for women and girls",
     "Safer streets, transport and night-time economy, shaped by women's own reports."),
    ("Building a skilled and confident workforce",
     "Training, supervision and a shared practice framework for every partner agency."),
]
CSS = f"""
@page {{ size: A4; margin: 0 }}
* {{ box-sizing: border-box }}
body {{ margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.4pt; line-height: 1.45; color: #2a2a2a }}
.page {{ width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
         padding: 20mm 20mm 26mm }}
.page:last-child {{ page-break-after: auto }}
.help {{ position: absolute; left: 0; right: 0; bottom: 0; height: 15mm; background: {PURPLE}; color: #fff;
         font-size: 7.5pt; padding: 3mm 20mm; display: flex; justify-content: space-between }}
.help b {{ color: #FFD1C9 }}
h1 {{ font-family: 'DejaVu Serif', serif; color: {PURPLE}; font-size: 20pt; margin: 0 0 5mm }}
h2 {{ font-family: 'DejaVu Serif', serif; color: {PURPLE}; font-size: 13pt; margin: 5mm 0 2mm }}
h3 {{ font-size: 10pt; margin: 3mm 0 1mm; color: {CORAL} }}
p {{ margin: 0 0 2.5mm }}
.small {{ font-size: 7.6pt; color: #666 }}
ul, ol {{ margin: 0 0 3mm; padding-left: 6mm }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.3pt; margin: 2mm 0 4mm }}
th {{ background: {PURPLE}; color: #fff; text-align: left; padding: 1.5mm }}
td {{ border: 0.4pt solid #d5cce0; padding: 1.5mm; vertical-align: top }}
.stats {{ display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin: 3mm 0 }}
.stat {{ background: #F3EEF8; padding: 3mm; border-radius: 3mm }}
.stat b {{ display: block; font-size: 16pt; color: {CORAL} }}
blockquote {{ margin: 3mm 0; font-family: 'DejaVu Serif', serif; font-size: 11pt; color: {PURPLE} }}
blockquote cite {{ display: block; font-size: 7.5pt; font-family: 'DejaVu Sans', sans-serif; color: #555 }}
.path {{ position: relative; margin: 6mm 0 0 2mm }}
.path:before {{ content: ''; position: absolute; left: 9mm; top: 8mm; bottom: 14mm;
               border-left: 1.2mm dotted {CORAL} }}
.step {{ display: grid; grid-template-columns: 20mm 1fr; align-items: start; margin-bottom: 9mm;
         position: relative }}
.dot {{ width: 18mm; height: 18mm; border-radius: 50%; background: {PURPLE}; color: #fff; font-size: 15pt;
        font-weight: bold; display: flex; align-items: center; justify-content: center;
        border: 1.2mm solid {CORAL} }}
.step b {{ display: block; font-size: 12.5pt; color: {PURPLE}; padding-top: 2mm; line-height: 1.3 }}
.step span {{ font-size: 8.8pt; color: #444 }}
.cover {{ background: {PURPLE}; color: #fff; padding-top: 60mm }}
.cover h1 {{ color: #fff; font-size: 28pt }}
.exit {{ position: absolute; right: 15mm; top: 12mm; background: {CORAL}; color: #fff; font-weight: bold;
         padding: 3mm 5mm; border-radius: 2mm }}
.toc p {{ display: flex; justify-content: space-between; border-bottom: 0.5pt dashed #aaa; font-size: 11pt }}
"""
HELP = ("<div class='help'><span><b>In an emergency call 999.</b> Herts Domestic Abuse Helpline 08000 000 000 "
        "(illustrative)</span><span>{n}</span></div>")


def page(n, body, cls=""):
    return f"<section class='page {cls}'>{body}{HELP.format(n=n)}</section>"


def build(out_root):
    out = out_root / "strategies" / NAME
    p = []
    p.append(page(1, "<div class='exit'>Leave this site quickly &times;</div><h1>Ending violence against women "
                  "and girls in Hertfordshire</h1><p style='font-size:13pt'>Strategy 2026-2031</p>"
                  "<p>Hertfordshire Domestic Abuse Partnership Board</p><p class='small' style='color:#ddd;"
                  "margin-top:110mm'>A fictional re-creation made for testing; not a publication of the board."
                  "</p>", "cover"))
    toc = [("Foreword", 3), ("What we mean by violence against women and girls", 3),
           ("What survivors and the data tell us", 4), ("The national framework", 4), ("Our priorities", 5),
           ("Delivering the strategy", 6), ("Outcomes and governance", 7)]
    p.append(page(2, "<h1>Contents</h1><div class='toc'>" + "".join(
        f"<p><span>{esc(t)}</span><span>{n}</span></p>" for t, n in toc) + "</div>"))
    p.append(page(3, blocks_html([
        ("raw", "<h1>Foreword</h1>"),
        ("p", "Violence against women and girls is not inevitable. This strategy sets out how the partners of "
              "the Hertfordshire Domestic Abuse Partnership Board will work together over the next five years to "
              "prevent it, to support survivors and to hold perpetrators to account. It replaces our Domestic "
              "Abuse Strategy 2021-2025 and widens it to all forms of violence against women and girls."),
        ("quote", "I was believed, and that changed everything.", "A survivor, Hertfordshire"),
        ("small", "Chair, Hertfordshire Domestic Abuse Partnership Board"),
        ("h2", "What we mean by violence against women and girls"),
        ("p", "Violence against women and girls covers domestic abuse, sexual violence and rape, stalking and "
              "harassment, so-called honour-based abuse, female genital mutilation, forced marriage, "
              "technology-facilitated abuse and sexual exploitation. Men and boys also experience these crimes "
              "and our services are open to everyone who needs them."),
        ("p", "The Domestic Abuse Act 2021 recognises children who see, hear or experience domestic abuse as "
              "victims in their own right.")])))
    p.append(page(4, blocks_html([
        ("raw", "<h1>What survivors and the data tell us</h1>"),
        ("stats", [("21,600", "domestic abuse incidents a year"), ("1 in 4", "women will experience domestic "
                   "abuse in their lifetime"), ("980", "rapes reported"), ("62%", "of women feel unsafe in "
                   "parks after dark")]),
        ("ul", ["Survivors want one trusted worker rather than many referrals.",
                "Refuge spaces are full on most nights; a quarter of requests are turned away.",
                "Fewer than one in ten stalking reports leads to a charge.",
                "Teenage girls report high levels of online harassment."]),
        ("small", "All figures are illustrative, for this fictional re-creation."),
        ("h2", "The national framework"),
        ("p", "The Tackling Domestic Abuse Plan (2022) and the Tackling Violence Against Women and Girls "
              "Strategy (2021) organise national work under four pillars:"),
        ("ul", T.DA_PILLARS),
        ("p", "Our 2021-2025 strategy had three priorities: early intervention and prevention; support for "
              "victims and survivors; and perpetrators held to account.")])))
    steps = "".join(f"<div class='step'><div class='dot'>{i}</div><div><b>{esc(t)}</b><span>This means: "
                    f"{esc(m)}</span></div></div>" for i, (t, m) in enumerate(PRIORITIES, 1))
    p.append(page(5, "<h1>Our priorities</h1><p>The board has agreed five priorities for 2026-2031. Together "
                  "they follow a survivor's path from prevention to recovery.</p>"
                  f"<div class='path'>{steps}</div>"))
    p.append(page(6, blocks_html([
        ("raw", "<h1>Delivering the strategy</h1>"),
        ("p", "Each priority has a delivery group chaired by a board member and a two-year action plan."),
        ("table", [["Theme", "Action", "Lead", "By"],
                   ["Prevention", "Healthy relationships lessons in all secondary schools", "County council",
                    "2027"],
                   ["Survivors", "Recommission refuge and safe accommodation", "County council", "2026"],
                   ["Perpetrators", "Expand the behaviour change programme to the west of the county", "PCC",
                    "2027"],
                   ["Public spaces", "Women's safety audits in five town centres", "District councils", "2027"],
                   ["Workforce", "Shared training framework", "Board", "2026"]]),
        ("p", "This strategy contributes to the Police and Crime Plan priority Ending violence against women "
              "and girls, and to the community safety plans of the ten districts and boroughs.")])))
    p.append(page(7, blocks_html([
        ("raw", "<h1>Outcomes and governance</h1>"),
        ("table", [["Outcome", "Measure (illustrative baseline)"],
                   ["Fewer people experience abuse", "Repeat victimisation at MARAC: 31%"],
                   ["Survivors recover", "Survivors reporting improved safety at case closure: 78%"],
                   ["Perpetrators held to account", "Domestic abuse charge rate: 11%"],
                   ["Women feel safer", "Women who feel safe after dark: 38%"]]),
        ("p", "The Domestic Abuse Partnership Board meets quarterly and reports to the Safer Hertfordshire Board "
              "and the Hertfordshire Safeguarding Children Partnership. It publishes an annual report."),
        ("p", "Contact: dapb@hertfordshire-vawg.example")])))
    html = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>" + "".join(p) \
        + "</body></html>"
    return html_to_pdf("vawg", html, out)
