"""West Midlands Violence Against Women and Girls Strategy 2026-2030 (regional): HTML/CSS -> Chromium.

Four priorities on p5, each printed on a **strip of torn paper** (CSS clip-path with jagged top and bottom edges)
laid across a purple panel at staggered indents, the priority in large bold serif and a line under it.  No
numbers.  Distractors: the national VAWG framework and the Tackling Domestic Abuse Plan's pillars (p4), the
women's voices quoted (p5), commitments, measures.
"""
from west_midlands_metro import hkit
from west_midlands_metro.hkit import e
from west_midlands_metro.shared import PLAN_SENTENCE

CSS = """
.torn { background: #4B2A5E; padding: 9mm 6mm 7mm 6mm; margin-top: 4mm; }
.strip { background: #FBF7EF; padding: 6mm 8mm 6mm 8mm; margin: 0 0 5mm 0; width: 150mm;
  clip-path: polygon(0% 6%, 4% 0%, 9% 5%, 15% 1%, 22% 6%, 29% 0%, 36% 4%, 44% 1%, 51% 6%, 58% 0%, 66% 5%, 73% 1%,
  80% 6%, 87% 0%, 94% 5%, 100% 1%, 100% 94%, 95% 100%, 88% 95%, 81% 100%, 74% 94%, 66% 99%, 59% 95%, 51% 100%,
  43% 94%, 36% 99%, 28% 95%, 20% 100%, 13% 94%, 6% 99%, 0% 95%); }
.strip.r { margin-left: 16mm; }
.strip h3 { font-family: 'DejaVu Serif', serif; font-size: 15pt; line-height: 1.2; margin: 0 0 1.5mm 0; color: #2E1A3A; }
.strip p { margin: 0; font-size: 8.8pt; color: #555; }
.voices { font-style: italic; color: #555; font-size: 8.8pt; margin-top: 3mm; }
"""


def pri_html(doc):
    out = ['<div class="torn">']
    for i, (text, why) in enumerate(doc["priorities"]):
        out.append(f'<div class="strip{" r" if i % 2 else ""}"><h3>{e(text)}</h3><p>{e(why)}</p></div>')
    out.append('</div><p class="voices">“I walk home with my keys between my fingers.” “Nobody asked me what I '
               'needed.” – women who took part in our listening events.</p>')
    return "".join(out)


DOC = {
    "file": "strategies/west_midlands_violence_against_women_and_girls_strategy_2026-30.pdf",
    "title": "West Midlands Violence Against Women and Girls Strategy 2026–2030",
    "org": "West Midlands VAWG Strategic Board",
    "cover_title": "Violence Against Women and Girls Strategy for the West Midlands",
    "years": "2026–2030",
    "theme": dict(font="DejaVu Sans", hfont="DejaVu Serif", c1="#4B2A5E", c2="#E0B1CB", c3="#F6F0F8",
                  foot="West Midlands VAWG Strategy 2026–2030", folio='"Page " counter(page)',
                  extra=CSS),
    "heads": {"fw": "Foreword", "ctx": "The scale of the harm", "pri": "Four priorities, torn from what "
              "women told us", "del": "Our commitments in each borough", "gov": "Measuring change"},
    "foreword": [
        "This is the first region-wide strategy to end violence against women and girls across the seven "
        "boroughs of the West Midlands. It is owned by the VAWG Strategic Board, which brings together the "
        "Mayor's office, West Midlands Police, the seven councils, health, probation and specialist services.",
        "The borough domestic abuse strategies and community safety plans remain in place; this strategy sets the "
        "shared priorities they can build on.",
    ],
    "signed": "Deputy Mayor for Policing and Crime, Chair of the VAWG Strategic Board",
    "context": {
        "intro": "Violence against women and girls includes domestic abuse, sexual violence, stalking, "
                 "harassment, so-called honour-based abuse, female genital mutilation and online abuse.",
        "stats": [("52,000", "domestic abuse crimes and incidents"), ("6,800", "sexual offences"),
                  ("4,100", "stalking and harassment reports"), ("1 in 3", "women feel unsafe walking alone after "
                  "dark"), ("9%", "of rapes reported reach charge"), ("36", "refuge spaces per 100,000 women")],
        "find_head": "National frameworks",
        "findings": ["The national Tackling VAWG Strategy aims to increase support for victims and survivors, "
                     "bring more perpetrators to justice and reduce the prevalence of VAWG.",
                     "The Tackling Domestic Abuse Plan has four pillars: Prioritising prevention; Supporting "
                     "victims; Pursuing perpetrators; and a Stronger system.",
                     "VAWG is part of the national Strategic Policing Requirement."],
        "prev_head": "Before this strategy",
        "previous": "Until now, each borough set its own priorities through its domestic abuse board, with the "
                    "police force's VAWG plan covering policing only.",
    },
    "pri_intro": "We held listening events in all seven boroughs. From what women and girls told us, we agreed "
                 "four priorities.",
    "priorities": [
        ("Preventing violence before it starts",
         "Healthy relationships education in every secondary school, and work with men and boys."),
        ("Relentless pursuit of perpetrators",
         "More charges for rape and stalking, and perpetrator programmes that change behaviour."),
        ("Safe streets, transport and nights out for women and girls",
         "Safer routes, safe spaces and trained staff on buses, trams and in venues."),
        ("Specialist support for every survivor who needs it",
         "Independent advocates, by-and-for services and counselling without long waits."),
    ],
    "delivery": {
        "intro": "Each borough will set out how it contributes through its own plans. Region-wide commitments "
                 "are listed below.",
        "head": ["Commitment", "Lead", "By"],
        "rows": [("Healthy relationships programme in 120 schools", "Councils, schools", "2027"),
                 ("Rape and serious sexual offences team expanded", "West Midlands Police", "2026"),
                 ("Safer travel scheme on buses and trams", "Transport for West Midlands", "2027"),
                 ("Regional by-and-for services fund", "Mayor's office", "2026")],
        "widths": (.5, .3, .2),
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The VAWG Strategic Board meets quarterly and publishes an annual report.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Women who feel safe after dark", "64%", "Up"), ("Rape charge rate", "9%", "Up"),
                 ("Perpetrators completing programmes", "310", "Up"), ("Survivors waiting over 4 weeks", "38%",
                 "Down")],
        "partners": "Mayor's office; West Midlands Police; the seven borough councils; NHS; the Probation "
                    "Service; Transport for West Midlands; specialist VAWG services.",
    },
    "contact": "VAWG Strategic Board, Mayor's Office for Policing and Crime · vawg@wmca.example",
}


def build(root):
    return hkit.build(root, DOC, pri_html, "wm_vawg")
