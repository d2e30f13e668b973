"""Safer Plymouth Community Safety Plan 2025-2028: Easy Read version (reportlab).

Easy Read: 18 pt Liberation Sans, one short sentence per line, a drawn picture box on the left of every line,
key words in bold, yellow "Hard word" boxes.  The five priorities are stated once, on p9 ("The 5 big things we
will work on"), each spread over two lines beside one picture.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from .kit import Box, family, IconRow, icon_rl, rl_pages

FILE = "strategies/safer_plymouth_community_safety_plan_2025-28_easy_read.pdf"
TITLE = "Safer Plymouth Community Safety Plan 2025 to 2028: Easy Read"
NAVY, TEAL, YELLOW = colors.HexColor("#10324f"), colors.HexColor("#0b7a75"), colors.HexColor("#ffd23f")

R, B = family("liberation-sans")
LINE = ParagraphStyle("line", fontName=R, fontSize=18, leading=24, textColor=colors.black)
H1 = ParagraphStyle("h1", fontName=B, fontSize=26, leading=32, textColor=NAVY, spaceAfter=8 * mm)
HW = ParagraphStyle("hw", fontName=R, fontSize=16, leading=22)
HWT = ParagraphStyle("hwt", fontName=B, fontSize=16, leading=22, textColor=NAVY)


def row(icon, *lines, size=20 * mm):
    return IconRow(icon, [Paragraph(t, LINE) for t in lines], size=size, gap=7 * mm, fg=colors.white, bg=NAVY,
                   pad=2.5 * mm)


def hard(word, meaning_lines):
    items = [Paragraph("Hard word", HWT), Paragraph(f"<b>{word}</b>", HW)]
    items += [Paragraph(t, HW) for t in meaning_lines]
    return Box(items, border=YELLOW, width=3, pad=5 * mm, radius=6)


def page(title, *items):
    return [Paragraph(title, H1), *items]


def build(out_root):
    P = []
    # 1 cover (drawn in on_page)
    P.append([Spacer(1, 1)])
    # 2 contents
    toc = [("About this booklet", 3), ("Who we are", 4), ("What people told us", 5), ("Some facts", 6),
           ("What we did before", 7), ("The Police and Crime Commissioner", 8), ("The 5 big things", 9),
           ("Knives and violence", 10), ("Women and girls", 11), ("Domestic abuse", 12), ("Drugs", 13),
           ("Where people live", 14), ("What the law says", 15), ("How we will check", 16),
           ("Who checks our work", 17), ("Getting help", 18)]
    P.append([Paragraph("Contents", H1), Paragraph("What is in this booklet", LINE), Spacer(1, 5 * mm)] +
             [Paragraph(f"{t} <font color='#0b7a75'>........</font> <b>page {p}</b>", LINE) for t, p in toc])
    P.append(page("About this booklet",
                  row("book", "This booklet is about <b>keeping people safe</b> in Plymouth."),
                  row("calendar", "It is our plan for <b>2025 to 2028</b>."),
                  row("people", "It is an <b>Easy Read</b> version of a longer plan."),
                  row("question", "Some words are hard to understand."),
                  row("tick", "We explain them in a <b>yellow box</b>."),
                  Spacer(1, 6 * mm),
                  hard("Easy Read", ["Easy Read uses short sentences and pictures.",
                                     "It helps people understand information."])))
    P.append(page("Who we are",
                  row("people", "We are called <b>Safer Plymouth</b>."),
                  row("police", "We are the <b>police</b>, the <b>council</b> and other groups."),
                  row("heart", "The <b>NHS</b> and the <b>fire service</b> are part of it too."),
                  row("hand", "We work together to make Plymouth <b>safer</b>."),
                  Spacer(1, 6 * mm),
                  hard("Community Safety Partnership", ["A group of organisations that work together.",
                                                        "The law says every area must have one.",
                                                        "Safer Plymouth is our Community Safety Partnership."])))
    P.append(page("What people told us",
                  row("speech", "We asked people in Plymouth what <b>worries</b> them."),
                  row("people", "<b>2,100 people</b> answered our survey."),
                  row("house", "Many people said <b>noise and nuisance</b> near their home."),
                  row("pill", "Many people said <b>drug dealing</b> in their street."),
                  row("moon", "Some women said they feel <b>unsafe at night</b>."),
                  row("tick", "We listened to what people told us.")))
    P.append(page("Some facts",
                  row("calendar", "In one year the police recorded about <b>24,000 crimes</b> in Plymouth."),
                  row("house", "About <b>1 in 5</b> of these crimes was <b>domestic abuse</b>."),
                  row("knife", "There were about <b>180 crimes</b> with a knife."),
                  row("people", "Most people in Plymouth say they feel safe in the day."),
                  Spacer(1, 4 * mm),
                  Paragraph("<i>These numbers are examples for this booklet. They are not official numbers.</i>",
                            HW)))
    P.append(page("What we did before",
                  row("calendar", "Our last plan was from <b>2022 to 2025</b>."),
                  row("book", "In that plan we worked on:"),
                  row("house", "domestic abuse and sexual violence"),
                  row("moon", "violence in the city centre at night"),
                  row("pill", "drugs and alcohol"),
                  row("speech", "anti-social behaviour"),
                  row("tick", "We have learned a lot. Some of this work goes on.")))
    P.append(page("The Police and Crime Commissioner",
                  row("person", "The <b>Police and Crime Commissioner</b> is chosen by voters."),
                  row("book", "The Commissioner has a plan with <b>7 priorities</b>."),
                  row("shield", "Some are <b>keeping people safe from violence</b> and <b>putting victims first</b>."),
                  row("tick", "Our plan helps the Commissioner's plan."),
                  Spacer(1, 6 * mm),
                  hard("Priority", ["A priority is something very important.",
                                    "We will work on it first."])))
    P.append(page("The 5 big things we will work on",
                  Paragraph("From 2025 to 2028 these are our <b>priorities</b>.", LINE), Spacer(1, 5 * mm),
                  row("knife", "We want <b>fewer people</b>", "to be hurt by <b>knives and violence</b>.", size=24 * mm),
                  row("moon", "We want <b>women and girls</b>", "to feel safe in the city.", size=24 * mm),
                  row("house", "We want to stop", "<b>domestic abuse</b>.", size=24 * mm),
                  row("pill", "We want to stop people <b>selling drugs</b>",
                      "and using <b>children</b> to sell them.", size=24 * mm),
                  row("speech", "We want to stop <b>anti-social behaviour</b>", "where people live.", size=24 * mm)))
    P.append(page("Knives and violence",
                  row("school", "We will talk to <b>young people</b> in schools about knives."),
                  row("hand", "We will help young people who are <b>hurt</b> in hospital."),
                  row("police", "The police will <b>search</b> for knives where there is trouble."),
                  row("people", "We will work with <b>families</b>."),
                  Spacer(1, 6 * mm),
                  hard("Violence", ["When someone hurts another person on purpose."])))
    P.append(page("Women and girls",
                  row("moon", "We will make <b>streets and parks</b> safer at night."),
                  row("people", "We will train <b>bar staff</b> to spot trouble."),
                  row("phone", "We will make it <b>easier to report</b> when something happens."),
                  row("school", "We will teach boys and young men about <b>respect</b>.")))
    P.append(page("Domestic abuse",
                  row("house", "Domestic abuse happens at <b>home</b> or in a family."),
                  row("heart", "We will help people who are <b>hurt</b>."),
                  row("bed", "We will find <b>safe places to stay</b>."),
                  row("person", "We will help people who hurt others to <b>change</b>."),
                  Spacer(1, 6 * mm),
                  hard("Domestic abuse", ["When a partner, ex-partner or family member",
                                          "hurts you, scares you or controls you."])))
    P.append(page("Drugs",
                  row("police", "The police will <b>close down</b> drug dealers."),
                  row("phone", "Some dealers use <b>phone lines</b> to sell drugs."),
                  row("school", "We will help <b>children</b> who are made to sell drugs."),
                  row("heart", "We will help people who use drugs to get <b>treatment</b>."),
                  Spacer(1, 6 * mm),
                  hard("County lines", ["When gangs use children to move and sell drugs.",
                                        "It is a kind of exploitation."])))
    P.append(page("Where people live",
                  row("house", "We will stop <b>noise, damage and nuisance</b>."),
                  row("speech", "We will <b>listen</b> when people report it again and again."),
                  row("key", "We will work with <b>landlords</b> and housing groups."),
                  row("tree", "We will make <b>parks</b> nicer and safer.")))
    P.append(page("What the law says",
                  row("book", "The law says we must have a plan every year."),
                  row("knife", "A law called the <b>Serious Violence Duty</b> says we must work together on violence."),
                  row("house", "The <b>Domestic Abuse Act</b> says we must give safe places to stay."),
                  row("tick", "Our plan follows these laws."),
                  Spacer(1, 6 * mm),
                  hard("Duty", ["Something the law says you must do."])))
    P.append(page("How we will check",
                  row("tick", "We will count the number of <b>crimes with a knife</b>."),
                  row("house", "We will count how many people report <b>domestic abuse</b> again."),
                  row("speech", "We will ask people if they <b>feel safe</b>."),
                  row("calendar", "We will check every <b>3 months</b>.")))
    P.append(page("Who checks our work",
                  row("people", "The <b>Safer Plymouth board</b> meets 4 times a year."),
                  row("person", "It is led by the council and the police."),
                  row("book", "We write a report every year."),
                  row("tick", "Councillors <b>check</b> our work.")))
    P.append(page("Getting help",
                  row("phone", "In an <b>emergency</b> call <b>999</b>."),
                  row("phone", "If it is not an emergency call <b>101</b>."),
                  row("speech", "You can tell <b>Crimestoppers</b> without giving your name: 0800 555 111."),
                  row("book", "Email us: saferplymouth@plymouth.example"),
                  row("tick", "You can ask for this booklet in <b>large print</b>.")))

    def on_page(c, n, total):
        W, H = c._pagesize
        if n == 1:
            c.setFillColor(NAVY)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            icon_rl(c, "people", 30 * mm, H - 120 * mm, 60 * mm, NAVY, YELLOW, radius=8)
            c.setFillColor(colors.white)
            c.setFont(B, 34)
            c.drawString(30 * mm, H - 150 * mm, "Safer Plymouth")
            c.setFont(R, 24)
            c.drawString(30 * mm, H - 166 * mm, "Our plan to keep people safe")
            c.drawString(30 * mm, H - 178 * mm, "2025 to 2028")
            c.setFillColor(YELLOW)
            c.setFont(B, 24)
            c.drawString(30 * mm, H - 200 * mm, "Easy Read")
            return
        c.setFillColor(TEAL)
        c.setFont(B, 11)
        c.drawString(20 * mm, H - 12 * mm, "Safer Plymouth plan  |  Easy Read")
        c.setFillColor(NAVY)
        c.circle(W - 22 * mm, 14 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(B, 14)
        c.drawCentredString(W - 22 * mm, 12 * mm, str(n))

    return rl_pages(out_root / FILE, P, on_page, TITLE, "Safer Plymouth",
                    margins=(20 * mm, 20 * mm, 22 * mm, 26 * mm))
