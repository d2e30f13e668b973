"""Northamptonshire Violence Against Women and Girls Strategy 2024-2028: HTML printed by Chromium
(Liberation Sans).

Four priorities, stated once, on p6 as **the partnership's replies in a chat thread** "A conversation with
women and girls": grey speech bubbles on the left quote what women and girls said (distractors), and a purple
bubble on the right answers each, opening with a small "VAWG Partnership" sender line, then the priority in
bold, then a "We will ..." sentence.  No numbers.  The survey findings (p4), the national policing framework's
pillars and the principles (p5), the quotes (p6), the delivery table (p7) and the measures (p8) are
distractors.
"""
from northamptonshire.kit import e, html_build
from northamptonshire.work import work_file

FILE = "strategies/northamptonshire_vawg_strategy_2024-28.pdf"
TITLE = "Northamptonshire Violence Against Women and Girls Strategy 2024–2028"

THREAD = [
    ("I walk home through the park with my keys between my fingers. Every night.",
     "Making streets, parks and public transport safe for women and girls",
     "We will light, design and patrol the places women tell us feel unsafe, and train bus and taxi staff."),
    ("I reported it and heard nothing for four months. I nearly gave up.",
     "Improving the response to rape and sexual violence",
     "We will keep survivors informed, offer an ISVA to everyone who reports, and speed up investigations."),
    ("He kept turning up outside my work. Everyone said it was harmless.",
     "Tackling stalking and harassment from the very first report",
     "We will recognise the pattern early, use stalking protection orders and fund a stalking advocate."),
    ("The boys in my year share pictures of girls and think it's a joke.",
     "Challenging the attitudes that allow violence against women and girls to happen",
     "We will work with schools, sports clubs and employers so that men and boys call it out."),
]

CSS = """
.thread { background: #F6F3F8; border-radius: 5mm; padding: 4mm 5mm; margin-top: 3mm; }
.msg { display: flex; margin: 2.4mm 0; }
.msg.them { justify-content: flex-start; } .msg.us { justify-content: flex-end; }
.bub { max-width: 118mm; padding: 2.6mm 4mm; border-radius: 4mm; font-size: 9pt; }
.them .bub { background: #E3E0E6; color: #333; border-bottom-left-radius: 1mm; font-style: italic; }
.us .bub { background: #5B2A86; color: #fff; border-bottom-right-radius: 1mm; }
.us .bub .from { font-size: 7pt; letter-spacing: .6pt; color: #D9C8EA; display: block; margin-bottom: 1mm; }
.us .bub b { font-size: 12pt; line-height: 1.3; display: block; margin-bottom: 1.2mm; }
.us .bub span.w { font-size: 8.6pt; color: #EDE4F6; }
.tsmall { font-size: 7.4pt; color: #888; text-align: center; }
"""


def thread():
    P = ['<h2>A conversation with women and girls</h2><div class="thread"><div class="tsmall">Survey responses, '
         'spring 2024 (shared with permission)</div>']
    for said, pri, will in THREAD:
        P.append(f'<div class="msg them"><div class="bub">{e(said)}</div></div>')
        P.append(f'<div class="msg us"><div class="bub"><span class="from">VAWG PARTNERSHIP</span><b>{e(pri)}</b>'
                 f'<span class="w">{e(will)}</span></div></div>')
    P.append("</div>")
    return "\n".join(P)


SPEC = dict(
    file=FILE, title=TITLE, org="Northamptonshire VAWG Partnership", c1="#5B2A86", c2="#E5007E", pale="#F1EAF7",
    running="Violence Against Women and Girls Strategy 2024–2028", page_fmt='"Page " counter(page)',
    cover_title=["Violence Against", "Women and Girls", "Strategy"], years="2024 – 2028",
    cover_sub="A strategy of the councils, Northamptonshire Police, the NHS and the Police, Fire and Crime Commissioner",
    back=["Northamptonshire VAWG Partnership", "vawg@northants-partnership.example"],
    sections=[
        ("fw", "Foreword", [
            ("p", "Violence against women and girls is not inevitable. It is a choice made by perpetrators, and it "
                  "is allowed to continue by attitudes that excuse it. This strategy is about changing both."),
            ("p", "The VAWG Partnership brings together West and North Northamptonshire Councils, Northamptonshire "
                  "Police, the NHS, the universities, specialist charities and the Police, Fire and Crime "
                  "Commissioner. It sits beside the Domestic Abuse Local Partnership Board, which leads on domestic "
                  "abuse."),
            ("p", "More than 2,600 women and girls answered our survey (illustrative). We have answered them in "
                  "their own words."),
            ("sign", "Chair, Northamptonshire VAWG Partnership")]),
        ("ctx", "What women and girls told us", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("2,600", "survey responses"), ("58%", "feel unsafe in a park after dark"),
                       ("1,240", "rapes and sexual offences recorded"), ("710", "stalking offences recorded"),
                       ("1 in 4", "girls aged 13–17 sent unwanted images"), ("38%", "did not report because they "
                       "thought nothing would happen")]),
            ("h", "Key findings"),
            ("ul", ["Parks, underpasses and bus stations are where women feel least safe.",
                    "Survivors of rape wait too long and hear too little.",
                    "Stalking is often recorded as single incidents of harassment.",
                    "Harmful attitudes start early and spread online."])]),
        ("fr", "Frameworks and principles", [
            ("p", "This strategy follows the national Tackling VAWG Strategy and the policing VAWG framework, whose "
                  "three pillars are:"),
            ("ul", ["Build trust and confidence", "Relentless perpetrator pursuit", "Safer spaces"]),
            ("h", "Our principles"),
            ("ul", ["Believe women and girls.", "Focus on the perpetrator's behaviour.",
                    "Recognise the extra barriers faced by disabled, Black and minoritised women.",
                    "Involve men and boys as allies."])]),
        ("pri", "Our priorities", [
            ("p", "We asked women and girls what needs to change. These are our four priorities for 2024 to 2028, "
                  "each one an answer to what we heard."),
            ("raw", thread())]),
        ("del", "Delivering the strategy", [
            ("p", "A delivery plan is agreed each year. The main actions for 2024/25 are:"),
            ("table", [["Theme", "Key actions 2024/25", "Lead"],
                       ["Safer spaces", "Safety audits of ten parks; Safer Streets lighting; Ask for Angela",
                        "Councils"],
                       ["Rape and sexual violence", "Two more ISVAs; a survivor panel to review cases", "PFCC, police"],
                       ["Stalking", "A stalking advocate; stalking training for call handlers", "Police"],
                       ["Attitudes", "Healthy relationships lessons; a campaign with football clubs", "Councils"]])]),
        ("gov", "Measures and governance", [
            ("p", "The partnership meets quarterly and reports to both community safety partnerships."),
            ("table", [["Measure", "Baseline", "Direction"], ["Women who feel safe in a park after dark", "42%",
                       "Up"], ["Rape survivors supported by an ISVA", "61%", "Up"],
                       ["Stalking protection orders granted", "18", "Up"],
                       ["Schools delivering healthy relationships lessons", "55%", "Up"]]),
            ("note", "Baselines are illustrative.")])])


def build(root):
    return html_build(SPEC, root, work_file, CSS)
