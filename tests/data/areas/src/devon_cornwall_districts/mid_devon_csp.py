"""Mid Devon Community Safety Partnership Plan 2025-2028: Easy Read (HTML/CSS -> Chromium).

A second Easy Read design: 20 pt Liberation Sans in a two-column grid, a round-cornered picture (inline SVG,
no text) in a wide left column beside every sentence, thin grey rules between rows, key words in bold, and
"Hard word" boxes with a dictionary picture and a dashed purple border.  The five priorities are stated once,
on p9, each a sentence broken over two or three lines beside one picture.
"""
from __future__ import annotations

from .kit import html_pages, icon_svg

FILE = "strategies/mid_devon_community_safety_plan_2025-28_easy_read.pdf"
TITLE = "Mid Devon Community Safety Plan 2025 to 2028: Easy Read"
GREEN, PURPLE = "#2e6b30", "#5b2a86"

CSS = f"""
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 20pt; line-height: 1.3; color: #111 }}
.body {{ position: absolute; left: 18mm; right: 18mm; top: 18mm; bottom: 24mm; overflow: hidden }}
.foot {{ position: absolute; left: 18mm; right: 18mm; bottom: 9mm; font-size: 14pt; color: {GREEN} }}
.foot span {{ float: right; font-weight: bold }}
h1 {{ font-size: 28pt; color: {GREEN}; margin: 0 0 6mm 0 }}
.row {{ display: grid; grid-template-columns: 34mm 1fr; align-items: center; column-gap: 8mm;
        border-bottom: 0.8pt solid #ccc; padding: 3mm 0; min-height: 28mm }}
.row svg {{ display: block }}
.hard {{ display: grid; grid-template-columns: 22mm 1fr; column-gap: 5mm; align-items: start;
         border: 2pt dashed {PURPLE}; border-radius: 4mm; padding: 4mm; margin-top: 6mm; font-size: 17pt }}
.hard .k {{ color: {PURPLE}; font-weight: bold; font-size: 13pt; text-transform: uppercase; letter-spacing: 1pt }}
.toc div {{ display: flex; justify-content: space-between; border-bottom: 0.8pt solid #ccc; padding: 2mm 0;
            font-size: 17pt }}
.cover {{ background: #eaf3ea; height: 100%; padding: 30mm 20mm; box-sizing: border-box }}
.cover .t {{ font-size: 36pt; font-weight: bold; color: {GREEN}; line-height: 1.15; margin-top: 10mm }}
"""


def ic(name, fill=GREEN):
    return icon_svg(name, 30, "#ffffff", fill, unit="mm")


def row(icon, *lines):
    return f'<div class="row">{ic(icon)}<div>{"<br>".join(lines)}</div></div>'


def hard(word, text):
    return (f'<div class="hard">{icon_svg("book", 20, "#ffffff", PURPLE, unit="mm")}<div><div class="k">Hard word'
            f'</div><b>{word}</b><br>{text}</div></div>')


def pg(n, title, *rows):
    return (f'<div class="body"><h1>{title}</h1>{"".join(rows)}</div>'
            f'<div class="foot">Mid Devon Community Safety Plan \u2013 Easy Read<span>{n}</span></div>')


def build(out_root):
    P = [f'<div class="cover">{icon_svg("tree", 70, "#ffffff", GREEN, unit="mm")}<div class="t">Mid Devon '
         f'Community Safety Plan<br>2025 to 2028</div><p style="font-size:26pt;color:{PURPLE};font-weight:bold">'
         f'Easy Read</p><p>How we will help people in Mid Devon to be safe and feel safe.</p></div>']
    toc = [("About this document", 3), ("Who we are", 4), ("Mid Devon", 5), ("What people told us", 6),
           ("Facts and numbers", 7), ("What we worked on before", 8), ("What we will work on", 9),
           ("Crime in the countryside", 10), ("Domestic abuse", 11), ("Scams", 12), ("Roads", 13),
           ("Young people", 14), ("Other plans", 15), ("How we will check", 16), ("Getting help", 17),
           ("Hard words", 18)]
    P.append(f'<div class="body"><h1>Contents</h1><p style="font-size:17pt">What is in this document</p>'
             f'<div class="toc">{"".join(f"<div><span>{t}</span><b>{n}</b></div>" for t, n in toc)}</div></div>'
             f'<div class="foot">Mid Devon Community Safety Plan \u2013 Easy Read<span>2</span></div>')
    P.append(pg(3, "About this document",
                row("book", "This document is our <b>plan</b>."),
                row("calendar", "The plan is for <b>2025 to 2028</b>."),
                row("question", "Some words are <b>hard words</b>."),
                hard("Plan", "A plan says what we want to do and how we will do it.")))
    P.append(pg(4, "Who we are",
                row("people", "We are the <b>Mid Devon Community Safety Partnership</b>."),
                row("police", "The <b>police</b> and the <b>council</b> are part of it."),
                row("heart", "The <b>NHS</b>, the <b>fire service</b> and charities are part of it too."),
                hard("Partnership", "When different groups work together.")))
    P.append(pg(5, "Mid Devon",
                row("house", "About <b>84,000 people</b> live in Mid Devon."),
                row("shop", "The main towns are <b>Tiverton</b>, <b>Cullompton</b> and <b>Crediton</b>."),
                row("tractor", "Most of Mid Devon is <b>countryside</b> and farms."),
                row("car", "Many people need a <b>car</b> to get around.")))
    P.append(pg(6, "What people told us",
                row("speech", "We asked people what <b>worries</b> them."),
                row("car", "Many people said <b>speeding</b> on country roads."),
                row("tractor", "Farmers said things are <b>stolen</b> from farms."),
                row("phone", "Older people said they get <b>scam calls</b>.")))
    P.append(pg(7, "Facts and numbers",
                row("book", "There are about <b>3,800 crimes</b> a year in Mid Devon."),
                row("house", "About <b>1 in 6</b> crimes is <b>domestic abuse</b>."),
                row("car", "About <b>40 people</b> are badly hurt on our roads each year."),
                row("tick", "<i>These numbers are examples. They are not official numbers.</i>")))
    P.append(pg(8, "What we worked on before",
                row("calendar", "Our last plan was for <b>2022 to 2025</b>."),
                row("speech", "We worked on <b>anti-social behaviour</b>."),
                row("house", "We worked on <b>domestic abuse</b>."),
                row("pill", "We worked on <b>drugs and alcohol</b>.")))
    P.append(pg(9, "What we will work on",
                row("tractor", "We will work on <b>rural crime</b>,", "like theft from farms."),
                row("house", "We will work to stop", "<b>domestic abuse</b>."),
                row("phone", "We will help stop", "<b>scams</b>."),
                row("car", "We will make the <b>roads</b>", "in the countryside", "safer."),
                row("person", "We will help <b>young people</b>", "stay away from crime.")))
    P.append(pg(10, "Crime in the countryside",
                row("tractor", "Thieves steal <b>quads, tools and trailers</b> from farms."),
                row("police", "The <b>rural crime team</b> will visit farms."),
                row("key", "We will help farmers <b>mark and lock</b> their things."),
                hard("Rural", "To do with the countryside.")))
    P.append(pg(11, "Domestic abuse",
                row("house", "Domestic abuse can happen to <b>anyone</b>."),
                row("phone", "We will tell people <b>where to get help</b>."),
                row("people", "We will train people in <b>villages</b> to spot it."),
                hard("Domestic abuse", "When someone close to you hurts you, scares you or controls you.")))
    P.append(pg(12, "Scams",
                row("phone", "A scam is a trick to <b>take your money</b>."),
                row("house", "Some scammers come to your <b>door</b>."),
                row("people", "We will give talks in <b>clubs and churches</b>."),
                row("shield", "We will give <b>call blockers</b> to people who need them.")))
    P.append(pg(13, "Roads",
                row("car", "We will work with <b>Community Speedwatch</b> groups."),
                row("police", "The police will check <b>speed</b> in villages."),
                row("school", "We will teach <b>young drivers</b> about country roads."),
                hard("Community Speedwatch", "Local people who check the speed of cars in their village.")))
    P.append(pg(14, "Young people",
                row("person", "Some young people get into <b>trouble</b>."),
                row("hand", "The <b>youth justice team</b> will help them early."),
                row("tree", "We will support <b>clubs and activities</b> in towns.")))
    P.append(pg(15, "Other plans",
                row("book", "The <b>Police and Crime Commissioner</b> has a plan too."),
                row("shield", "It has <b>7 priorities</b>."),
                row("car", "One priority is <b>making our roads safer</b>."),
                row("tick", "Our plan helps the Commissioner's plan.")))
    P.append(pg(16, "How we will check",
                row("calendar", "We will meet every <b>3 months</b>."),
                row("tick", "We will count <b>crimes</b> on farms and <b>crashes</b> on roads."),
                row("book", "We will write a <b>report</b> every year.")))
    P.append(pg(17, "Getting help",
                row("phone", "In an <b>emergency</b> call <b>999</b>."),
                row("phone", "If it is not an emergency call <b>101</b>."),
                row("speech", "Email: communitysafety@middevon.example")))
    P.append(pg(18, "Hard words",
                row("book", "<b>Anti-social behaviour</b>: things that upset or scare people, like noise."),
                row("book", "<b>Exploitation</b>: when someone uses another person to get something."),
                row("book", "<b>Youth justice team</b>: people who help young people who get into trouble.")))
    return html_pages(out_root / FILE, CSS, P, TITLE)
