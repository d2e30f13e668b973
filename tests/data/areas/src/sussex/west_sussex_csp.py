"""West Sussex Community Safety Partnership Plan 2024-2027, **Easy Read version**: HTML printed by
Chromium (Liberation Sans, 13-15 pt text).

The whole document follows Easy Read conventions: large text, one idea per sentence, and a two-column
layout with a simple picture (an inline SVG drawing with no text) on the left of every block and the words
on the right.  The five priorities are stated once, on p6 "The 5 things we will work on": each row has a
picture and, beside it, the priority as a bold line with one or two short plain sentences under it; no
numbers.  The "Words to know" glossary (p3, bold terms such as "Anti-social behaviour" and "Exploitation"),
the big-number facts (p4), the last plan's priorities and what people told us (p5), the "What we will do"
labels (p7) and the Police and Crime Commissioner's six priorities quoted on p8 are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from sussex.work import work_file

FILE = "strategies/west_sussex_community_safety_partnership_plan_2024-27_easy_read.pdf"
TITLE = "West Sussex Community Safety Partnership Plan 2024 to 2027: Easy Read version"

ICONS = {
    "house": '<path d="M10 38 L40 12 L70 38 L70 70 L10 70 Z" fill="#F6C453"/><rect x="33" y="48" width="14" height="22" fill="#2B5D34"/>',
    "people": '<circle cx="28" cy="26" r="10" fill="#2B5D34"/><circle cx="54" cy="26" r="10" fill="#6FA86B"/><rect x="16" y="40" width="24" height="30" rx="8" fill="#2B5D34"/><rect x="42" y="40" width="24" height="30" rx="8" fill="#6FA86B"/>',
    "shield": '<path d="M40 8 L68 18 L68 40 C68 56 54 68 40 74 C26 68 12 56 12 40 L12 18 Z" fill="#2B5D34"/><path d="M28 40 L37 50 L54 30" stroke="#fff" stroke-width="6" fill="none"/>',
    "hand": '<rect x="22" y="30" width="36" height="40" rx="10" fill="#F6C453"/><rect x="24" y="10" width="8" height="26" rx="4" fill="#F6C453"/><rect x="34" y="6" width="8" height="28" rx="4" fill="#F6C453"/><rect x="44" y="10" width="8" height="26" rx="4" fill="#F6C453"/>',
    "knife": '<circle cx="40" cy="40" r="30" fill="none" stroke="#C0392B" stroke-width="7"/><rect x="22" y="36" width="36" height="8" fill="#555"/><line x1="20" y1="60" x2="60" y2="20" stroke="#C0392B" stroke-width="7"/>',
    "heart": '<path d="M40 70 C10 50 8 30 20 20 C30 12 38 18 40 26 C42 18 50 12 60 20 C72 30 70 50 40 70 Z" fill="#C0392B"/>',
    "phone": '<rect x="24" y="8" width="32" height="64" rx="6" fill="#2B5D34"/><rect x="28" y="16" width="24" height="44" fill="#DDEFD9"/><circle cx="40" cy="66" r="3" fill="#fff"/>',
    "chart": '<rect x="12" y="44" width="12" height="26" fill="#6FA86B"/><rect x="30" y="30" width="12" height="40" fill="#2B5D34"/><rect x="48" y="16" width="12" height="54" fill="#F6C453"/>',
    "speech": '<path d="M10 14 H70 V52 H34 L20 66 L22 52 H10 Z" fill="#6FA86B"/>',
    "book": '<rect x="12" y="14" width="26" height="52" fill="#2B5D34"/><rect x="42" y="14" width="26" height="52" fill="#6FA86B"/>',
    "tick": '<circle cx="40" cy="40" r="30" fill="#2B5D34"/><path d="M26 40 L36 50 L56 28" stroke="#fff" stroke-width="7" fill="none"/>',
    "calendar": '<rect x="12" y="16" width="56" height="52" rx="4" fill="#fff" stroke="#2B5D34" stroke-width="4"/><rect x="12" y="16" width="56" height="12" fill="#2B5D34"/>',
}

PRIORITIES = [
    ("house", "Tackling anti-social behaviour",
     "Anti-social behaviour is things like noise, vandalism and people being threatening in the street. "
     "We want fewer people to be affected by it."),
    ("hand", "Protecting people from being exploited by criminals",
     "Some criminals make children or adults carry drugs or commit crime for them. We want to spot this early "
     "and keep people safe."),
    ("knife", "Reducing serious violence, including knife crime",
     "We want fewer people to be hurt by violence. We will work with schools and youth workers."),
    ("heart", "Keeping people safe from domestic abuse",
     "Domestic abuse is when someone in your family or a partner hurts or controls you. We want people to be "
     "safe at home."),
    ("phone", "Making it easier to report crime and get help",
     "If crime happens to you, we want you to know where to get help. We want it to be easy to tell the police "
     "or another service."),
]

CSS = """
@page { size: A4; margin: 16mm 18mm 20mm 18mm;
  @bottom-center { content: "Page " counter(page); font: 11pt 'Liberation Sans'; color: #333; } }
@page bare { margin: 0; @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 13pt; line-height: 1.45; color: #111; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #DDEFD9; break-after: page; }
.cover .band { position: absolute; left: 0; top: 0; width: 210mm; height: 30mm; background: #2B5D34; }
.cover .org { position: absolute; left: 18mm; top: 10mm; color: #fff; font-size: 13pt; font-weight: 700; }
.cover h1 { position: absolute; left: 18mm; top: 70mm; width: 170mm; font-size: 30pt; line-height: 1.2; margin: 0; color: #143A1C; }
.cover .er { position: absolute; left: 18mm; top: 150mm; background: #F6C453; padding: 4mm 8mm; font-size: 20pt; font-weight: 700; border-radius: 4mm; }
.cover .pic { position: absolute; left: 130mm; top: 190mm; }
.cover .foot { position: absolute; left: 18mm; bottom: 18mm; font-size: 11pt; width: 170mm; }
.pg { break-before: page; }
h1.t { font-size: 24pt; color: #143A1C; margin: 0 0 6mm 0; }
h2 { font-size: 16pt; color: #2B5D34; margin: 6mm 0 3mm 0; }
.row { display: flex; align-items: flex-start; margin: 0 0 6mm 0; break-inside: avoid; }
.row .ic { flex: 0 0 30mm; height: 26mm; }
.row .ic svg { width: 24mm; height: 24mm; }
.row .tx { flex: 1; }
.row .tx p { margin: 0 0 2mm 0; }
.pri .tx .name { font-size: 15pt; font-weight: 700; color: #143A1C; margin: 1mm 0 1.5mm 0; }
.toc div { display: flex; padding: 2.5mm 0; border-bottom: 2px solid #DDEFD9; font-size: 14pt; }
.toc div span:first-child { flex: 1; }
.words { border: 3px solid #2B5D34; border-radius: 4mm; padding: 4mm 6mm; margin-top: 6mm; }
.words p { margin: 0 0 3mm 0; }
.big { font-size: 26pt; font-weight: 700; color: #2B5D34; display: block; line-height: 1.1; }
.note { font-size: 10.5pt; color: #444; }
.quote { background: #F4F7F3; border-radius: 4mm; padding: 4mm 6mm; margin-bottom: 5mm; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; margin: 2mm 0 4mm 0; }
td, th { border: 1px solid #9DBF98; padding: 2mm 3mm; text-align: left; vertical-align: top; }
th { background: #2B5D34; color: #fff; }
"""


def e(s):
    return html.escape(s, quote=False)


def icon(name):
    return f'<svg viewBox="0 0 80 80" xmlns="http://www.w3.org/2000/svg">{ICONS[name]}</svg>'


def row(ic, inner, cls=""):
    return f'<div class="row {cls}"><div class="ic">{icon(ic)}</div><div class="tx">{inner}</div></div>'


def ps(*lines):
    return "".join(f"<p>{x}</p>" for x in lines)


def render(pages):
    P = [f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="org">West Sussex Community Safety '
             'Partnership</div><h1>Our plan to keep West Sussex safe: 2024 to 2027</h1>'
             '<div class="er">Easy Read version</div>'
             f'<div class="pic"><svg width="60mm" height="60mm" viewBox="0 0 80 80">{ICONS["people"]}</svg></div>'
             '<div class="foot">This is an Easy Read version of the West Sussex Community Safety Partnership Plan '
             '2024 to 2027. Some words are in <b>bold</b>. We explain them on page 3.</div></div>')
    P.append('<h1 class="t">Contents</h1><p>What is in this plan:</p><div class="toc">')
    for t, k in [("About this plan", "about"), ("Some facts about West Sussex", "facts"),
                 ("What people told us", "told"), ("The 5 things we will work on", "pri"),
                 ("What we will do", "do"), ("How we will check we are doing well", "check")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">About this plan</h1>')
    P.append(row("people", ps("The <b>Community Safety Partnership</b> is a group of organisations that work "
                              "together.", "They want West Sussex to be a safe place to live.")))
    P.append(row("book", ps("This plan says what the partnership will work on from 2024 to 2027.",
                            "The full plan is on our website.")))
    P.append(row("speech", ps("The chair of the partnership says:",
                              "“We listened to more than 2,000 people. This plan is about the things you said "
                              "matter most.”", "<b>Chair, West Sussex Community Safety Partnership</b>")))
    P.append('<div class="words"><h2 style="margin-top:0">Words to know</h2>'
             '<p><b>Anti-social behaviour</b> means things people do that upset or scare others, like noise, '
             'vandalism or shouting in the street.</p>'
             '<p><b>Exploitation</b> means when someone uses another person to make money or commit crime.</p>'
             '<p><b>Domestic abuse</b> means when a partner or family member hurts or controls you.</p>'
             '<p><b>Partnership</b> means organisations working together.</p></div></div>')
    P.append('<div class="pg"><h1 class="t">Some facts about West Sussex</h1>')
    for ic, big, txt in [("people", "890,000", "people live in West Sussex."),
                         ("house", "9,200", "reports of anti-social behaviour last year."),
                         ("heart", "12,500", "reports of domestic abuse last year."),
                         ("knife", "310", "crimes with a knife last year."),
                         ("chart", "1 in 3", "people who have a crime happen to them do not tell anyone.")]:
        P.append(row(ic, f'<span class="big">{e(big)}</span><p>{e(txt)}</p>'))
    P.append('<p class="note">These numbers are only examples. They are not official numbers.</p></div>')
    P.append('<div class="pg"><h1 class="t">What people told us</h1>')
    for q in ["“I don’t feel safe in the town centre at night.”", "“I didn’t know who to tell when it happened.”",
              "“Young people are being pulled into selling drugs.”"]:
        P.append(f'<div class="quote">{e(q)}</div>')
    P.append('<h2>Our last plan</h2>' + row("calendar", ps("Our last plan was from 2021 to 2024.",
                                                            "It worked on:")
                                            + "<ul><li>anti-social behaviour</li><li>county lines</li>"
                                              "<li>domestic abuse</li><li>keeping safe online</li></ul>")
             + '</div>')
    P.append('<div class="pg"><h1 class="t">The 5 things we will work on</h1>'
             '<p>From 2024 to 2027 the partnership will work on these 5 things:</p>')
    for ic, name, txt in PRIORITIES:
        P.append(row(ic, f'<p class="name">{e(name)}</p><p>{e(txt)}</p>', "pri"))
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1>')
    for ic, label, txt in [
            ("house", "Anti-social behaviour", "We will work with councils and housing to stop it quickly."),
            ("hand", "Exploitation", "We will train staff in schools, shops and buses to spot the signs."),
            ("knife", "Violence", "We will give young people things to do and people to talk to."),
            ("heart", "Domestic abuse", "We will make sure people know where to get help."),
            ("phone", "Getting help", "We will put information in Easy Read and other languages.")]:
        P.append(row(ic, f"<p><b>{e(label)}</b></p><p>{e(txt)}</p>"))
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">How we will check we are doing well</h1>')
    P.append(row("tick", ps("We will count how many reports there are each year.",
                            "We will ask people if they feel safe.",
                            "We will tell everyone how we are doing every year.")))
    P.append('<h2>The Police and Crime Commissioner</h2>' + row("shield", ps(
        "The <b>Police and Crime Commissioner</b> for Sussex also has a plan.", "That plan has 6 parts:")
        + "<ul><li>Strengthening local policing and preventing crime</li><li>Disrupting serious and organised "
          "crime</li><li>Tackling violence against women and girls</li><li>Putting victims first</li>"
          "<li>Making Sussex's roads safer</li><li>Improving access to policing services</li></ul>"))
    P.append('<h2>Who is in the partnership</h2><p>West Sussex County Council, the 7 district and borough councils, '
             'Sussex Police, West Sussex Fire and Rescue Service, the NHS, the Probation Service and the Police '
             'and Crime Commissioner.</p>')
    P.append('<p>To get this plan in another format, email <b>community.safety@westsussex.example</b></p></div>')
    P.append('</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"about": "About this plan The Community", "facts": "Some facts about West Sussex 890",
               "told": "What people told us", "pri": "The 5 things we will work on From",
               "do": "What we will do Anti", "check": "How we will check we are doing well We will"}
    src = work_file("west_sussex_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
