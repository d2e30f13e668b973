"""Rotherham Youth Justice Plan 2024-25.

HTML/CSS -> Chromium (DejaVu Sans; YJB plan headings).  The priorities are the track titles of a MUSIC
PLAYLIST "Our plan, our playlist" (p6) chosen with children: a dark player header with cover tile and play
button, then five numbered tracks, each a bold title (the priority) over a grey "artist" line naming the lead
and a duration; the track numbers are labels.
"""
from pathlib import Path

from south_yorkshire.kit import E, html_build

OUT = "strategies/rotherham_youth_justice_plan_2024-25.pdf"
PRIORITIES = [
    ("Keeping children out of the justice system through early support", "Prevention and diversion team", "3:12"),
    ("Reducing reoffending by children", "Court and community team", "2:48"),
    ("Protecting children from exploitation and serious violence", "Exploitation and safeguarding leads", "4:05"),
    ("Restorative justice that puts victims at the centre", "Restorative justice workers", "3:30"),
    ("Getting children back into education, training and work", "Education, training and employment officer", "2:57"),
]
CSS = """
.pl { background: #151a2d; color: #fff; border-radius: 3mm; padding: 5mm; margin-top: 3mm; }
.pl .hd { display: flex; gap: 5mm; align-items: center; margin-bottom: 4mm; }
.pl .art { width: 26mm; height: 26mm; border-radius: 2mm; background: #e4572e; flex: none; }
.pl .hd .t { font-size: 8pt; color: #aab; }
.pl .hd .t b { display: block; font-size: 17pt; color: #fff; margin: 1mm 0; }
.pl .play { width: 0; height: 0; border-left: 7mm solid #4cd964; border-top: 4.5mm solid transparent;
            border-bottom: 4.5mm solid transparent; margin-left: auto; }
.tr { display: flex; gap: 4mm; padding: 3mm 0; border-top: 0.3mm solid #2c3350; }
.tr .n { width: 8mm; color: #889; font-size: 11pt; text-align: right; flex: none; }
.tr .x b { display: block; font-size: 12pt; line-height: 1.25; }
.tr .x span { font-size: 8pt; color: #99a; }
"""


def playlist():
    rows = "".join(f"<div class='tr'><div class='n'>{i}</div><div class='x'><b>{E(p)}</b>"
                   f"<span>{E(a)} \u00b7 {d}</span></div></div>"
                   for i, (p, a, d) in enumerate(PRIORITIES, 1))
    return (f"<div class='pl'><div class='hd'><div class='art'></div><div class='t'>PLAYLIST"
            f"<b>Our plan, our playlist</b>Chosen with the young people's panel \u00b7 5 tracks</div>"
            f"<div class='play'></div></div>{rows}</div>")


def build(root: Path) -> Path:
    doc = {
        "title": "Youth Justice Plan 2024\u201325", "org": "Rotherham Youth Justice Service",
        "subtitle": "Our annual youth justice plan for the Youth Justice Board", "colour": "#e4572e", "accent": "#ffd166",
        "running": "Rotherham Youth Justice Plan 2024\u201325", "folio": "Page {n} of {m}",
        "sections": [
            ("Introduction from the Chair of the Management Board", [
                ("p", "Every youth justice partnership must publish a plan each year for the Youth Justice Board. "
                      "This is Rotherham's plan for 2024\u201325. It describes our performance, our priorities and "
                      "the resources we have."),
                ("p", "Children on our young people's panel helped choose the priorities and, at their suggestion, "
                      "we have set them out as a playlist."),
                ("p", "\u2013 Chair, Rotherham Youth Justice Management Board"),
            ]),
            ("Child First", [
                ("h", "The Youth Justice Board's Child First tenets"),
                ("ol", ["See children as children.", "Develop pro-social identity for positive child outcomes.",
                        "Collaborate with children.", "Promote diversion."]),
                ("p", "These tenets are the national guiding principle for youth justice, not local priorities."),
                ("stats", [("140", "children worked with (illustrative)"), ("62", "first-time entrants (illustrative)"),
                           ("31%", "reoffending rate (illustrative)")]),
            ]),
            ("Looking back at 2023\u201324", [
                ("table", [["2023\u201324 priority", "What happened"],
                           ["Serious youth violence", "New weapons awareness programme"],
                           ["Exploitation", "Joint panel with children's social care"],
                           ["Education", "Fewer children out of school"],
                           ["Over-represented children", "Disproportionality audit completed"]]),
            ]),
            ("Our priorities for 2024\u201325", [
                ("raw", playlist()),
                ("p", "Each priority has a lead on the board and an action plan reviewed every quarter."),
            ]),
            ("Performance", [
                ("h", "Youth Justice Board key performance indicators"),
                ("ul", ["Suitable accommodation", "Education, training and employment", "Substance misuse",
                        "Mental health and emotional wellbeing", "Serious violence", "Victims"]),
                ("table", [["Indicator", "2023\u201324 (illustrative)"], ["First-time entrants per 100,000", "205"],
                           ["Reoffending rate", "31%"], ["Custody rate per 1,000", "0.08"]]),
            ]),
            ("Resources and governance", [
                ("p", "The service is funded by the council, the Youth Justice Board grant, the Mayor of South "
                      "Yorkshire, health and probation. The management board meets quarterly."),
                ("table", [["Partner", "Contribution (illustrative)"], ["Rotherham Council", "\u00a31.1m"],
                           ["Youth Justice Board grant", "\u00a3620k"], ["Mayor of South Yorkshire", "\u00a360k"],
                           ["Health", "\u00a390k"]]),
            ]),
            ("Risks and sign-off", [
                ("ul", ["Recruitment of experienced case workers.", "Rising demand from exploitation cases."]),
                ("p", "Signed on behalf of the management board by the Chair and the Head of Service."),
                ("p", "Contact: youthjustice@rotherham.example"),
            ]),
        ],
    }
    return html_build(doc, root / OUT, extra_css=CSS)
