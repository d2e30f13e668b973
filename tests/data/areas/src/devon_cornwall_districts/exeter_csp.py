"""Exeter Community Safety Partnership Plan 2025-2028: transcript of the BSL video (reportlab).

A British Sign Language video printed as a transcript: a grey timecode column, speaker labels in capitals,
[square-bracketed] descriptions of what is on screen, and bordered "ON-SCREEN TEXT" panels that print the
captions line by line.  The five priorities are stated once, as the caption lines of the on-screen panel at
04:10 on p8; the interpreter then explains each one in her own words (pp9-10).
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .kit import Box, family, rl_pages

FILE = "strategies/exeter_community_safety_partnership_plan_2025-28_bsl_video_transcript.pdf"
TITLE = "Exeter Community Safety Partnership Plan 2025-2028: BSL video transcript"
R, B = family("dejavu")
GREY, RED = colors.HexColor("#6b6b6b"), colors.HexColor("#9e1b32")
TXT = ParagraphStyle("t", fontName=R, fontSize=11, leading=16)
SPK = ParagraphStyle("s", fontName=B, fontSize=9.5, leading=13, textColor=RED)
DESC = ParagraphStyle("d", fontName=R, fontSize=10.5, leading=15, textColor=GREY)
TC = ParagraphStyle("tc", fontName=R, fontSize=9.5, leading=16, textColor=GREY)
H1 = ParagraphStyle("h1", fontName=B, fontSize=17, leading=22, spaceAfter=5 * mm)
CAP = ParagraphStyle("cap", fontName=B, fontSize=13, leading=19)
CAPH = ParagraphStyle("caph", fontName=B, fontSize=8.5, leading=12, textColor=GREY)


def T(rows):
    """rows: (timecode, kind, text) with kind in {'SPEAKER NAME', '[]', 'screen'}"""
    data = []
    for tc, who, text in rows:
        if who == "[]":
            cell = [Paragraph(f"[{text}]", DESC)]
        elif who == "screen":
            cell = [Box([Paragraph("ON-SCREEN TEXT", CAPH)] + [Paragraph(x, CAP) for x in text],
                        border=colors.black, width=1.2, pad=4 * mm, radius=0)]
        else:
            cell = [Paragraph(who, SPK), Paragraph(text, TXT)]
        data.append([Paragraph(tc, TC), cell])
    t = Table(data, colWidths=[22 * mm, None])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * mm), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return t


IN, VO = "INTERPRETER (signing, with voice-over)", "CHAIR OF THE PARTNERSHIP (voice, interpreted)"


def build(out_root):
    P = [[Spacer(1, 50 * mm),
          Paragraph("Exeter Community Safety Partnership", ParagraphStyle("c1", parent=H1, fontSize=20)),
          Paragraph("Our plan for 2025 to 2028", ParagraphStyle("c2", parent=H1, fontSize=26, leading=32)),
          Spacer(1, 10 * mm),
          Paragraph("Transcript of the British Sign Language (BSL) video", ParagraphStyle("c3", parent=H1,
                                                                                           textColor=RED)),
          Paragraph("Video length 11 minutes 40 seconds. Subtitled and voiced. This transcript is provided for "
                    "people who cannot watch the video.", TXT)]]
    toc = [("About this transcript", "-", 3), ("Welcome", "00:00", 4), ("Why we have a plan", "01:15", 5),
           ("What we found out", "02:05", 6), ("The last three years", "03:20", 7), ("Our priorities", "04:10", 8),
           ("What each priority means", "04:55", 9), ("Working together", "08:40", 11),
           ("Contact us and credits", "10:50", 12)]
    rows = [[Paragraph(t, TXT), Paragraph(tc, TC), Paragraph(str(p), TXT)] for t, tc, p in toc]
    tt = Table([[Paragraph("<b>Section</b>", TXT), Paragraph("<b>Video time</b>", TXT), Paragraph("<b>Page</b>", TXT)]]
               + rows, colWidths=[100 * mm, 30 * mm, 20 * mm])
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    P.append([Paragraph("Contents", H1), tt])
    P.append([Paragraph("About this transcript", H1),
              Paragraph("The times in the left-hand column show where each part starts in the video.", TXT),
              Spacer(1, 3 * mm),
              Paragraph("Words that are signed by the interpreter, or spoken by the chair, are printed after the "
                        "name of the person in capitals.", TXT), Spacer(1, 3 * mm),
              Paragraph("Descriptions of what you can see on screen are printed in [square brackets].", TXT),
              Spacer(1, 3 * mm),
              Paragraph("Text that appears on the screen as a caption is printed in a box marked ON-SCREEN TEXT.",
                        TXT), Spacer(1, 3 * mm),
              Paragraph("The interpreter is a registered BSL/English interpreter. Nobody in the video is named.", TXT)])
    P.append([Paragraph("Welcome", H1), T([
        ("00:00", "[]", "Music. The Exeter Community Safety Partnership logo on a red background."),
        ("00:06", "[]", "The interpreter stands in front of a plain blue background, on the right of the screen."),
        ("00:09", IN, "Hello, and welcome. This video is about the Exeter Community Safety Partnership and our plan "
                      "for the next three years."),
        ("00:21", "[]", "Film of Exeter High Street during the day. People shopping. A bus passes."),
        ("00:27", IN, "The partnership is the city council, the police, the fire service, the NHS, the probation "
                      "service, Devon County Council and the university, working together."),
        ("00:44", "[]", "The chair appears on the left of the screen, sitting at a table."),
        ("00:47", VO, "Exeter is a safe city, but we know some people don't feel safe, especially at night. "
                      "This plan is about making everyone safe and helping them feel safe."),
    ])])
    P.append([Paragraph("Why we have a plan", H1), T([
        ("01:15", IN, "The law says the council and the police must work together with others to reduce crime "
                      "and disorder. It says we must have a plan, and check it every year."),
        ("01:32", "screen", ["Crime and Disorder Act 1998", "Serious Violence Duty 2023"]),
        ("01:40", IN, "There is also a newer law, the Serious Violence Duty. It means we must work together to "
                      "prevent serious violence."),
        ("01:55", "[]", "Film of a partnership meeting around a table. Faces are blurred."),
    ])])
    P.append([Paragraph("What we found out", H1), T([
        ("02:05", IN, "Every year we look at what has happened. We look at crime figures and at what people "
                      "have told us."),
        ("02:18", "screen", ["About 13,000 crimes in a year", "1 in 4 violent crimes in the city centre at night",
                             "Shop theft up by about a fifth", "Illustrative figures"]),
        ("02:36", IN, "Those numbers are examples, not official figures. They show that the city centre at night, "
                      "and shop theft, are growing problems."),
        ("02:52", "[]", "A graph rising from left to right. No labels are readable."),
        ("02:58", IN, "People also told us about rough sleeping, and about hate crime, especially against disabled "
                      "people and against students from other countries."),
    ])])
    P.append([Paragraph("The last three years", H1), T([
        ("03:20", IN, "Our last plan ran from 2022 to 2025. It had four themes."),
        ("03:28", "screen", ["Violence and the night-time economy", "Anti-social behaviour",
                             "Domestic abuse", "Drugs and alcohol"]),
        ("03:40", IN, "We made progress. We opened a safe space in the city centre on Friday and Saturday nights, "
                      "and more people are getting help for domestic abuse."),
        ("03:58", "[]", "Film of volunteers in high-visibility jackets outside the safe space at night."),
    ])])
    P.append([Paragraph("Our priorities", H1), T([
        ("04:10", IN, "Now, our priorities. These are the five things we will work on from 2025 to 2028."),
        ("04:18", "screen", ["A safe city centre at night",
                             "Less anti-social behaviour and shop theft in the city centre",
                             "Preventing serious youth violence",
                             "Helping people off the streets and into a home",
                             "Tackling hate crime in Exeter"]),
        ("04:40", "[]", "The five lines appear one at a time. Each has a small drawing beside it: a moon, a shop, "
                        "a young person, a house and two hands."),
        ("04:50", IN, "I will explain each one."),
    ])])
    P.append([Paragraph("What each priority means", H1), T([
        ("04:55", IN, "First, the night-time. We want people to enjoy a night out and get home safely. We will "
                      "keep the safe space open and train door staff and bar staff."),
        ("05:30", "[]", "Film of taxi rank at night. Door staff talk to a young woman."),
        ("05:40", IN, "Second, the city centre in the day. Shops have told us about theft and abuse of their staff. "
                      "We will use the shop radio scheme and work with businesses."),
        ("06:15", IN, "Third, young people. We want to stop violence before it starts. We will work in schools and "
                      "with youth workers, and help young people who are hurt."),
    ])])
    P.append([Paragraph("What each priority means (continued)", H1), T([
        ("06:55", IN, "Fourth, people sleeping rough. We will work with the council's housing team and charities so "
                      "that people get a bed, and then a home."),
        ("07:30", "[]", "Film of an outreach worker talking to a man in a doorway. His face is not shown."),
        ("07:40", IN, "Fifth, hate crime. Hate crime is when someone is targeted because of who they are. We will "
                      "set up more places to report it, and support people who are targeted."),
        ("08:20", "[]", "The signs for 'hate crime' and 'report' are shown slowly."),
    ])])
    P.append([Paragraph("Working together", H1), T([
        ("08:40", IN, "We don't work alone. The Police and Crime Commissioner has a plan too. Some of our work "
                      "helps that plan."),
        ("08:55", "screen", ["Police and Crime Plan 2025 to 2029", "Keeping people safe from violence",
                             "Tackling anti-social behaviour", "Putting victims first"]),
        ("09:10", IN, "Those are three of the Commissioner's seven priorities. We also work with the peninsula "
                      "violence partnership and the Devon drugs partnership."),
        ("09:40", IN, "Our board meets four times a year. We will publish what we have done every year."),
    ])])
    P.append([Paragraph("Contact us and credits", H1), T([
        ("10:50", IN, "If you want to contact us, you can email community.safety@exeter.example. You can also "
                      "contact us by text relay or video relay."),
        ("11:05", IN, "In an emergency, call 999, or use the emergencySMS service. To report a crime, call 101."),
        ("11:20", "[]", "Credits: produced for the Exeter Community Safety Partnership. BSL interpretation by a "
                        "registered interpreter. Subtitles by the council's communications team."),
        ("11:40", "[]", "End of video."),
    ])])

    def on_page(c, n, total):
        W, H = c._pagesize
        if n == 1:
            c.setFillColor(RED)
            c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
            return
        c.setFont(R, 8.5)
        c.setFillColor(GREY)
        c.drawString(20 * mm, H - 13 * mm, "Exeter CSP plan 2025\u20132028 \u00b7 BSL video transcript")
        c.drawRightString(W - 20 * mm, 11 * mm, f"{n} / {total}")

    return rl_pages(out_root / FILE, P, on_page, TITLE, "Exeter Community Safety Partnership",
                    margins=(20 * mm, 20 * mm, 22 * mm, 20 * mm))
