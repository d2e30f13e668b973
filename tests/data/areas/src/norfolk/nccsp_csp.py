"""Norfolk County Community Safety Partnership Strategy 2024-2027: HTML printed by Chromium (Liberation Sans,
DejaVu Serif headings).

Five priorities, stated once, as **alternating feature rows** ("zig-zag" rows, as on a web page): each row is
a CSS-drawn illustration made of coloured shapes (no text) on one side and, on the other, the priority as a
serif heading with a paragraph and a short "We will" list; the illustration swaps sides from row to row.
Three rows on p6, two on p7.  No numbers.  The previous strategy's priorities (p4), the strategic
assessment's emerging issues (p4), the cross-cutting themes and the PCC's priorities (p5), the delivery
groups' short names (p8) and the measures (p9) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from norfolk.work import work_file

FILE = "strategies/norfolk_county_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Norfolk County Community Safety Partnership Strategy 2024–2027"

# (priority, paragraph, we will ..., illustration class)
PRIORITIES = [
    ("Reducing serious violence and knife crime",
     "Serious violence is rare in Norfolk, but it is rising in Norwich, Great Yarmouth and King's Lynn, and most "
     "of it involves young men. We lead the county's response to the Serious Violence Duty.",
     ["publish and refresh the Norfolk serious violence strategic needs assessment every year",
      "fund youth workers in the Norfolk and Norwich University Hospital emergency department",
      "put knife crime awareness into every secondary school"], "ill-a"),
    ("Tackling violence against women and girls",
     "Domestic abuse, sexual violence, stalking and harassment in public spaces are different crimes with the same "
     "root. We will tackle them together, with the Norfolk Domestic Abuse and Sexual Violence Board.",
     ["run a county-wide campaign on misogyny and harassment aimed at men and boys",
      "make Ask for Angela and safe spaces available in every district",
      "review every domestic homicide and act on what we learn"], "ill-b"),
    ("Preventing exploitation and modern slavery",
     "Exploitation takes many forms: children groomed into county lines, vulnerable adults whose homes are taken "
     "over, and workers held in forced labour on farms and in car washes.",
     ["train frontline staff in every district council to spot the signs of exploitation",
      "hold a county-wide modern slavery partnership with the Gangmasters and Labour Abuse Authority",
      "share intelligence through the multi-agency exploitation hub"], "ill-c"),
    ("Reducing the risk of radicalisation and terrorism",
     "The threat from terrorism in Norfolk is low, but people here, including children, have been drawn into "
     "extremist ideologies online. We lead the Prevent duty for the county.",
     ["deliver Prevent training to schools, colleges, councils and health services",
      "run the Channel panel to support people referred to Prevent",
      "work with faith and community groups on online harms"], "ill-d"),
    ("Tackling anti-social behaviour and its impact on communities",
     "Anti-social behaviour is the issue residents raise with us most often. Its impact is greatest on people who "
     "are targeted again and again.",
     ["use one approach to ASB across all seven districts, with a shared case management system",
      "make the ASB case review (community trigger) easy to find and use",
      "offer every repeat victim of ASB a named contact"], "ill-e"),
]

DELIVERY = [
    ("Violence", "Serious Violence Duty Group", "Hospital youth workers; schools programme; needs assessment"),
    ("VAWG", "Domestic Abuse and Sexual Violence Board", "Men and boys campaign; safe spaces; reviews"),
    ("Exploitation", "Exploitation and Modern Slavery Group", "Exploitation hub; training; labour abuse"),
    ("Prevent", "Prevent Delivery Group", "Training; Channel panel; online harms"),
    ("ASB", "ASB Practitioners Group", "Shared case system; community trigger; victim contact"),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-left { content: "Norfolk County Community Safety Partnership"; font: 7.5pt 'Liberation Sans'; color: #7a7a7a; }
  @bottom-right { content: "page " counter(page); font: 8pt 'Liberation Sans'; color: #3C2F6B; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #25222b; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #3C2F6B; color: #fff; break-after: page; overflow: hidden; }
.cover .b1 { position: absolute; right: -30mm; top: 40mm; width: 140mm; height: 140mm; border-radius: 50%; background: #F2A541; }
.cover .b2 { position: absolute; right: 30mm; top: 120mm; width: 90mm; height: 90mm; border-radius: 50%; background: #5FB49C; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 0.8pt; }
.cover h1 { position: absolute; left: 18mm; top: 200mm; font-family: 'DejaVu Serif', serif; font-size: 28pt; line-height: 1.2; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 252mm; font-size: 15pt; color: #F2A541; }
.pg { break-before: page; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 20pt; color: #3C2F6B; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #3C2F6B; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #e2deea; }
.toc div span.d { flex: 1; } .toc b { color: #3C2F6B; width: 10mm; display: inline-block; }
.figs { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 3mm 0; }
.fig { background: #F4F1F8; border-radius: 3mm; padding: 3mm; } .fig b { display: block; font-size: 16pt; color: #3C2F6B; }
.row { display: flex; gap: 8mm; align-items: center; margin: 0 0 9mm 0; break-inside: avoid; }
.row.rev { flex-direction: row-reverse; }
.ill { flex: 0 0 58mm; height: 52mm; border-radius: 4mm; position: relative; overflow: hidden; }
.ill i { position: absolute; display: block; }
.ill-a { background: #3C2F6B; } .ill-a i.s1 { left: 8mm; top: 10mm; width: 30mm; height: 30mm; border-radius: 50%; background: #F2A541; }
.ill-a i.s2 { left: 30mm; top: 22mm; width: 22mm; height: 22mm; background: #5FB49C; transform: rotate(20deg); }
.ill-b { background: #F2A541; } .ill-b i.s1 { left: 6mm; top: 6mm; width: 24mm; height: 40mm; border-radius: 12mm; background: #3C2F6B; }
.ill-b i.s2 { left: 32mm; top: 14mm; width: 20mm; height: 32mm; border-radius: 10mm; background: #fff; }
.ill-c { background: #5FB49C; } .ill-c i.s1 { left: 4mm; top: 20mm; width: 50mm; height: 8mm; background: #3C2F6B; }
.ill-c i.s2 { left: 20mm; top: 6mm; width: 18mm; height: 40mm; border: 3mm solid #fff; border-radius: 9mm; }
.ill-d { background: #E7E2F0; } .ill-d i.s1 { left: 10mm; top: 8mm; width: 36mm; height: 36mm; border: 4mm solid #3C2F6B; border-radius: 50%; }
.ill-d i.s2 { left: 24mm; top: 22mm; width: 8mm; height: 8mm; background: #F2A541; border-radius: 50%; }
.ill-e { background: #3C2F6B; } .ill-e i.s1 { left: 6mm; top: 28mm; width: 14mm; height: 18mm; background: #5FB49C; }
.ill-e i.s2 { left: 22mm; top: 18mm; width: 14mm; height: 28mm; background: #F2A541; }
.txt { flex: 1; }
.txt h3 { font-family: 'DejaVu Serif', serif; font-size: 14.5pt; line-height: 1.25; color: #3C2F6B; margin: 0 0 2mm 0; }
.txt p { margin: 0 0 1.5mm 0; } .txt ul { margin: 0; padding-left: 5mm; font-size: 8.8pt; }
.aside { background: #F4F1F8; border-radius: 3mm; padding: 3mm 4mm; font-size: 8.6pt; margin: 3mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 5mm 0; }
th { background: #3C2F6B; color: #fff; text-align: left; padding: 1.8mm 2mm; }
td { border-bottom: 1px solid #dcd6e6; padding: 1.8mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #3C2F6B; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="b1"></div><div class="b2"></div>'
             '<div class="org">NORFOLK COUNTY COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Strategy</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for n, (t, k) in enumerate([("Welcome", "fw"), ("Norfolk's community safety picture", "ctx"),
                                ("How this strategy fits", "fit"), ("Our priorities", "pri"),
                                ("Making it happen", "del"), ("Measuring progress", "gov")], 1):
        P.append(f'<div><span><b>{n:02d}</b>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Welcome</h1>')
    for t in [
        "Norfolk has a single county-wide community safety partnership, the Norfolk County Community Safety "
        "Partnership (NCCSP). It brings together Norfolk County Council, the seven district councils, Norfolk "
        "Constabulary, Norfolk Fire and Rescue Service, the Probation Service, the Integrated Care Board and the "
        "Police and Crime Commissioner.",
        "Local problem-solving happens in each district through the operational partnership teams. This strategy "
        "sets the county-wide priorities that need all of us to act together.",
        "It is based on our strategic assessment, on a survey of 2,400 residents and on workshops with partners and "
        "community groups (figures illustrative).",
        "We will report on progress to the Norfolk County Council Scrutiny Committee and publish an annual review."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Norfolk County Community Safety Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Norfolk\'s community safety picture</h1><p>All figures below are '
             'illustrative and are not official statistics.</p><div class="figs">')
    for n, c in [("58,400", "crimes recorded, 2023/24"), ("21,800", "anti-social behaviour incidents"),
                 ("410", "knife crime offences"), ("14,900", "domestic abuse incidents and crimes"),
                 ("96", "potential victims of modern slavery referred"), ("31", "Prevent referrals from schools")]:
        P.append(f'<div class="fig"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Emerging issues from the strategic assessment</h2><ul>')
    for t in ["Violence in the night-time economy of Norwich and Great Yarmouth.",
              "Online grooming and radicalisation of young people.",
              "Labour exploitation in agriculture and hand car washes.",
              "Anti-social behaviour concentrated on a small number of estates and town centres."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our last strategy</h2><p>The 2021–2024 strategy had four priorities: Neighbourhood crime; '
             'Preventing terrorism; Domestic abuse and sexual violence; and Exploitation. The annual review found '
             'good progress on exploitation and Prevent, but less on neighbourhood crime, which we now frame as '
             'anti-social behaviour and its impact.</p></div>')
    P.append('<div class="pg"><h1 class="t">How this strategy fits</h1><p>Our work sits alongside the Police, '
             'Crime and Community Safety Plan of the Police and Crime Commissioner, whose priorities are: sustaining '
             'a resilient Norfolk Constabulary; visible and trusted policing; tackling serious crime and '
             'exploitation; making Norfolk safer for women and girls; preventing offending; putting victims first; '
             'and safer and stronger communities.</p><h2>Cross-cutting themes</h2><p>Four themes run through '
             'everything we do:</p><div class="aside"><b>Think family.</b> We look at the whole household, not one '
             'person.<br><b>Early help.</b> We act before problems become crises.<br><b>Mental health.</b> We '
             'recognise that poor mental health lies behind much of the harm we see.<br><b>Listening to '
             'communities.</b> We act on what residents tell us.</div><h2>Statutory duties</h2><p>The partnership '
             'meets the duties of the Crime and Disorder Act 1998, the Serious Violence Duty, the Domestic Abuse '
             'Act 2021 (with Norfolk County Council) and the Prevent duty.</p><h2>Other partnerships</h2><p>The '
             'Norfolk Domestic Abuse and Sexual Violence Board, the Norfolk Combating Drugs Partnership, the '
             'Norfolk Youth Justice Board and the safeguarding partnerships lead on their own strategies; we do not '
             'repeat them here.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>The partnership has agreed five priorities for '
             '2024 to 2027. Each is set out below with what we will do.</p>')
    for k, (name, para, will, ill) in enumerate(PRIORITIES):
        rev = " rev" if k % 2 else ""
        P.append(f'<div class="row{rev}"><div class="ill {ill}"><i class="s1"></i><i class="s2"></i></div>'
                 f'<div class="txt"><h3>{e(name)}</h3><p>{e(para)}</p><p><b>We will:</b></p><ul>')
        P += [f"<li>{e(w)}</li>" for w in will]
        P.append('</ul></div></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Making it happen</h1><p>Each priority has a delivery group that '
             'reports to the partnership board every quarter.</p><table><tr><th>Theme</th><th>Delivery group</th>'
             '<th>Main actions 2024/25</th></tr>')
    for r in DELIVERY:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>District operational partnership teams</h2><p>Breckland, Broadland, Great Yarmouth, '
             'King\'s Lynn and West Norfolk, North Norfolk, Norwich and South Norfolk each run an operational '
             'partnership team that solves local problems and feeds into these priorities.</p></div>')
    P.append('<div class="pg"><h1 class="t">Measuring progress</h1><table><tr><th>Measure</th><th>Baseline '
             '2023/24</th><th>Direction</th></tr>')
    for r in [("Knife crime offences", "410", "Down"), ("Hospital admissions for assault with a sharp object", "64",
                                                          "Down"),
              ("Women who feel safe walking alone after dark", "54%", "Up"),
              ("Exploitation referrals to the hub", "380", "Up (earlier referral)"),
              ("Prevent referrals", "31", "Stable"), ("Repeat victims of ASB", "1,150", "Down")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p><h2>Governance</h2><p>The partnership board '
             'meets quarterly. The Police and Crime Commissioner chairs the strategic board; the County Council '
             'hosts the partnership team.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Norfolk County Community Safety Partnership</h2>'
             '<p>County Hall, Martineau Lane, Norwich</p><p>nccsp@norfolk.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Welcome Norfolk has a single", "ctx": "Norfolk's community safety picture All figures",
               "fit": "How this strategy fits Our work", "pri": "Our priorities The partnership has agreed",
               "del": "Making it happen Each", "gov": "Measuring progress Measure"}
    src = work_file("nccsp_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
