"""Devon Combating Drugs Partnership plan 2025-2028: Easy Read (reportlab, landscape).

A third Easy Read design: landscape A4, 17 pt DejaVu Sans, round pictures on the left of every sentence, and a
shaded "Hard words on this page" panel down the right third of the page.  The four priorities are stated once,
on p9 ("What we want to happen"), each over two lines beside one picture.  The national strategy's three
priorities, retold in Easy Read, are a distractor on p7.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .kit import IconRow, family, icon_rl, rl_pages

FILE = "strategies/devon_combating_drugs_partnership_plan_2025-28_easy_read.pdf"
TITLE = "Devon Combating Drugs Partnership plan 2025 to 2028: Easy Read"
R, B = family("dejavu")
PLUM, SAND = colors.HexColor("#4a2353"), colors.HexColor("#f4ead7")
LINE = ParagraphStyle("l", fontName=R, fontSize=17, leading=23)
H1 = ParagraphStyle("h1", fontName=B, fontSize=24, leading=30, textColor=PLUM, spaceAfter=4 * mm)
HWH = ParagraphStyle("hwh", fontName=B, fontSize=15, leading=20, textColor=PLUM, spaceAfter=3 * mm)
HW = ParagraphStyle("hw", fontName=R, fontSize=15, leading=20, spaceAfter=4 * mm)

W, H = landscape(A4)
LEFT_W = 175 * mm


class RoundRow(IconRow):
    def draw(self):
        c = self.canv
        th = sum(h for _, h in self.sizes)
        y0 = self.h - self.pad - self.size
        icon_rl(c, self.icon, 0, y0, self.size, colors.white, PLUM, radius=self.size / 2)
        y = self.h - self.pad - max(0, (self.size - th) / 2)
        for f, (_, h) in zip(self.items, self.sizes):
            y -= h
            f.drawOn(c, self.size + self.gap, y)


def row(icon, *lines):
    return RoundRow(icon, [Paragraph(t, LINE) for t in lines], size=19 * mm, gap=6 * mm, pad=2 * mm)


def page(title, rows, hard=()):
    left = [Paragraph(title, H1)] + list(rows)
    right = []
    if hard:
        right.append(Paragraph("Hard words on this page", HWH))
        for w, m in hard:
            right.append(Paragraph(f"<b>{w}</b><br/>{m}", HW))
    t = Table([[left, right]], colWidths=[LEFT_W, W - 30 * mm - LEFT_W])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
          ("RIGHTPADDING", (0, 0), (0, 0), 8 * mm), ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
          ("TOPPADDING", (1, 0), (1, 0), 6 * mm)]
    if hard:
        st.append(("BACKGROUND", (1, 0), (1, 0), SAND))
    t.setStyle(TableStyle(st))
    return [t]


def build(out_root):
    P = [[Spacer(1, 1)]]
    toc = [("About this plan", 3), ("Who we are", 4), ("Drugs in Devon", 5), ("What people told us", 6),
           ("The government's plan", 7), ("What we did before", 8), ("What we want to happen", 9),
           ("Stopping drug dealing", 10), ("Getting help", 11), ("Keeping people alive", 12),
           ("A home and a job", 13), ("Checking and contact", 14)]
    half = (len(toc) + 1) // 2
    cols = [[Paragraph(f"{t} \u2013 <b>page {n}</b>", LINE) for t, n in toc[:half]],
            [Paragraph(f"{t} \u2013 <b>page {n}</b>", LINE) for t, n in toc[half:]]]
    tt = Table([[cols[0], cols[1]]], colWidths=[125 * mm, 125 * mm])
    tt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    P.append([Paragraph("Contents", H1), Paragraph("What is in this plan", LINE), Spacer(1, 4 * mm), tt])
    P.append(page("About this plan", [
        row("book", "This is an <b>Easy Read</b> plan about <b>drugs and alcohol</b> in Devon."),
        row("calendar", "It is for <b>2025 to 2028</b>."),
        row("question", "Hard words are in the <b>box on the right</b>.")],
        [("Easy Read", "Short sentences and pictures that make things easier to understand.")]))
    P.append(page("Who we are", [
        row("people", "We are the <b>Devon Combating Drugs Partnership</b>."),
        row("police", "We are the <b>police</b>, the <b>council</b>, the <b>NHS</b> and others."),
        row("person", "People who have <b>used drugs</b> in the past help us too.")],
        [("Partnership", "Groups that work together."), ("Combating", "Fighting against something.")]))
    P.append(page("Drugs in Devon", [
        row("pill", "About <b>4,000 people</b> in Devon get help for drugs or alcohol."),
        row("heart", "About <b>60 people</b> died because of drugs last year."),
        row("phone", "Some drug dealers come from <b>other cities</b>."),
        row("tick", "<i>These numbers are examples. They are not official numbers.</i>")],
        [("Dealer", "Someone who sells drugs.")]))
    P.append(page("What people told us", [
        row("speech", "People said it is <b>hard to get help</b> quickly."),
        row("house", "People said it is hard to find a <b>home</b> after treatment."),
        row("people", "Families said they want <b>help too</b>.")],
        [("Treatment", "Help from doctors and workers to stop or cut down.")]))
    P.append(page("The government's plan", [
        row("book", "The government has a plan called <b>From Harm to Hope</b>."),
        row("police", "It says: <b>break</b> the chains that bring drugs to people."),
        row("heart", "It says: give people <b>very good treatment</b> and help to recover."),
        row("school", "It says: make fewer people <b>want to use drugs</b> in the future."),
        row("tick", "Our plan follows the government's plan.")],
        [("Recover", "Get better and stay better.")]))
    P.append(page("What we did before", [
        row("calendar", "Our first plan was for <b>2023 to 2025</b>."),
        row("people", "We set up the <b>partnership</b>."),
        row("heart", "We gave out <b>naloxone</b> kits."),
        row("tick", "We learned what works.")],
        [("Naloxone", "A medicine that can stop someone dying from an overdose.")]))
    P.append(page("What we want to happen", [
        Paragraph("These are our <b>4 priorities</b>.", LINE), Spacer(1, 2 * mm),
        row("police", "We want to stop people", "<b>selling drugs</b>."),
        row("hand", "We want more people to <b>get help</b>", "to stop using drugs and alcohol."),
        row("heart", "We want fewer people", "to <b>die</b> because of drugs."),
        row("key", "We want people who get better", "to have a <b>home</b> and a <b>job</b>.")],
        [("Priority", "Something very important that we will work on first.")]))
    P.append(page("Stopping drug dealing", [
        row("police", "The police will <b>catch</b> dealers."),
        row("phone", "They will close <b>phone lines</b> used to sell drugs."),
        row("house", "They will help people whose homes are <b>taken over</b> by dealers.")],
        [("Cuckooing", "When dealers take over someone's home to sell drugs.")]))
    P.append(page("Getting help", [
        row("hand", "We will make it <b>quicker</b> to start treatment."),
        row("people", "We will help people <b>leaving prison</b> to carry on treatment."),
        row("heart", "We will help <b>families</b> too.")],
        [("Alcohol", "Drinks like beer, wine and spirits.")]))
    P.append(page("Keeping people alive", [
        row("heart", "We will give out more <b>naloxone</b>."),
        row("book", "We will look at every <b>death</b> to learn from it."),
        row("phone", "We will warn people about <b>dangerous drugs</b>.")],
        [("Overdose", "When someone takes too much of a drug and it harms them.")]))
    P.append(page("A home and a job", [
        row("key", "We will work with <b>housing</b> teams."),
        row("shop", "We will help people find <b>work</b> and training."),
        row("people", "We will support <b>recovery groups</b>.")],
        [("Recovery", "Getting better and staying well.")]))
    P.append(page("Checking and contact", [
        row("tick", "We will check our plan every <b>3 months</b>."),
        row("book", "We will tell the <b>government</b> how we are doing."),
        row("phone", "To talk to someone, call <b>0800 000 0000</b> (example number)."),
        row("speech", "Email: drugs.partnership@devon.example")]))

    def on_page(c, n, total):
        if n == 1:
            c.setFillColor(PLUM)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            icon_rl(c, "hand", 20 * mm, H - 95 * mm, 60 * mm, PLUM, SAND, radius=30 * mm)
            c.setFillColor(colors.white)
            c.setFont(B, 30)
            c.drawString(100 * mm, H - 60 * mm, "Devon Combating Drugs Partnership")
            c.setFont(R, 24)
            c.drawString(100 * mm, H - 76 * mm, "Our plan for 2025 to 2028")
            c.setFillColor(SAND)
            c.setFont(B, 26)
            c.drawString(100 * mm, H - 100 * mm, "Easy Read")
            return
        c.setFillColor(PLUM)
        c.setFont(B, 12)
        c.drawRightString(W - 15 * mm, 9 * mm, f"Page {n}")
        c.setFont(R, 10)
        c.drawString(15 * mm, 9 * mm, "Devon Combating Drugs Partnership \u2013 Easy Read")

    return rl_pages(out_root / FILE, P, on_page, TITLE, "Devon Combating Drugs Partnership", pagesize=(W, H),
                    margins=(15 * mm, 15 * mm, 14 * mm, 17 * mm))
