"""Safe Durham Partnership Plan 2024-2027: HTML printed by Chromium (DejaVu Sans).

Six priorities, stated once, on p6 as the **tip of an iceberg** ("Above the waterline"): an SVG iceberg
drawn across a sky band and a sea band, the six priorities as centred bold lines stacked inside the part
above the waterline (narrower near the peak), no numbers.  Below the waterline, in the submerged part,
sit grey "what lies beneath" drivers (poverty, trauma, ...), which are not priorities.  The previous plan's
priorities (p5), the statutory duties and principles (p5), the PCVC's priorities quoted (p5), the key
findings (p4), the short theme labels on p7 and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from durham.work import work_file

FILE = "strategies/safe_durham_partnership_plan_2024-27.pdf"
TITLE = "Safe Durham Partnership Plan 2024–2027"

PRIORITIES = [
    ("Reducing anti-social behaviour and the harm it causes to communities", "ASB",
     "Joint problem-solving in the places with most reports, action on off-road motorbikes, and support for "
     "repeat victims of anti-social behaviour."),
    ("Tackling serious violence and knife crime", "Violence",
     "Delivering the Serious Violence Duty in County Durham with the county-wide serious violence partnership."),
    ("Reducing the harm caused by drugs and alcohol", "Substances",
     "More people in treatment and recovery, naloxone in every hostel, and fewer alcohol-related hospital "
     "admissions."),
    ("Tackling violence against women and girls", "VAWG",
     "Domestic abuse, sexual violence, stalking and harassment: earlier help, safer public spaces and justice "
     "for survivors."),
    ("Preventing people from being drawn into terrorism and extremism", "Prevent",
     "Delivering the Prevent duty, with training for schools, colleges and frontline staff."),
    ("Protecting children and young people from criminal exploitation", "Exploitation",
     "A multi-agency exploitation panel, return-home interviews and disruption of the adults who exploit "
     "children."),
]
BENEATH = ["Poverty and debt", "Childhood trauma", "Poor mental health", "Loneliness and isolation",
           "Exclusion from school", "Unstable housing"]

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-left { content: "Safe Durham Partnership Plan 2024–2027"; font: 7.5pt 'DejaVu Sans'; color: #6A7B86; }
  @bottom-right { content: "p. " counter(page); font: bold 8pt 'DejaVu Sans'; color: #0D3B66; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #1F2A30; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0D3B66; color: #fff; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 190mm; width: 210mm; height: 107mm; background: #0A2C4C; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; letter-spacing: 1.5pt; }
.cover h1 { position: absolute; left: 18mm; top: 95mm; font-size: 31pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 150mm; font-size: 15pt; color: #9BD3F2; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #0D3B66; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #1B7BA6; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #D6E4EC; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: #E7F2F8; padding: 3mm; } .stat b { font-size: 15pt; color: #0D3B66; display: block; }
.box { border: 1px dashed #1B7BA6; padding: 3mm 4mm; margin: 4mm 0; background: #F6FAFC; }
.berg { position: relative; width: 178mm; height: 196mm; margin-top: 3mm; }
.berg svg { position: absolute; left: 0; top: 0; }
.tip { position: absolute; left: 0; width: 178mm; text-align: center; font-weight: 700; color: #0D3B66; font-size: 10.6pt; line-height: 1.25; }
.tip div { margin: 0 auto 3.4mm auto; }
.deep { position: absolute; left: 0; width: 178mm; text-align: center; color: #B9CFDD; font-size: 8.6pt; }
.deep div { margin-bottom: 2.2mm; }
.wl { position: absolute; left: 3mm; font-size: 7.5pt; color: #9BD3F2; letter-spacing: 1pt; }
.cap { font-size: 7.6pt; color: #6A7B86; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #0D3B66; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #D6E4EC; padding: 1.6mm 2mm; vertical-align: top; }
.theme { display: grid; grid-template-columns: 30mm 1fr; gap: 2mm 5mm; margin-bottom: 3mm; }
.theme .k { font-weight: 700; color: #1B7BA6; font-size: 10pt; }
"""


def e(s):
    return html.escape(s, quote=False)


def iceberg():
    # sky to waterline at 80mm; berg polygon in mm units (viewBox 0 0 178 196)
    svg = ('<svg width="178mm" height="196mm" viewBox="0 0 178 196">'
           '<rect x="0" y="0" width="178" height="94" fill="#EAF5FB"/>'
           '<rect x="0" y="94" width="178" height="102" fill="#0D3B66"/>'
           '<polygon points="89,3 114,22 134,46 152,70 172,94 6,94 24,72 42,48 62,24" fill="#FFFFFF" '
           'stroke="#9BD3F2" stroke-width="0.8"/>'
           '<polygon points="6,94 172,94 176,120 164,158 132,188 58,192 18,166 2,122" fill="#1E5B86"/>'
           '<line x1="0" y1="94" x2="178" y2="94" stroke="#1B7BA6" stroke-width="0.9" stroke-dasharray="3,2"/>'
           '</svg>')
    widths = [52, 74, 96, 112, 128, 142]
    tip = '<div class="tip" style="top:17mm">' + "".join(
        f'<div style="width:{w}mm">{e(p)}</div>' for w, (p, _, _) in zip(widths, PRIORITIES)) + '</div>'
    deep = ('<div class="deep" style="top:110mm"><div style="font-size:8pt;letter-spacing:1pt;color:#9BD3F2">'
            'WHAT LIES BENEATH</div>' + "".join(f"<div>{e(b)}</div>" for b in BENEATH) + '</div>')
    wl = '<div class="wl" style="top:96mm">WATERLINE</div>'
    return f'<div class="berg">{svg}{tip}{wl}{deep}</div>'


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="org">SAFE DURHAM PARTNERSHIP</div>'
             '<h1>Safe Durham Partnership Plan</h1><div class="yr">2024 – 2027 · County Durham</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("County Durham in context", "ctx"), ("How we work", "how"),
                 ("Our priorities", "pri"), ("What the priorities mean", "mean"),
                 ("Delivery and measures", "del"), ("Governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "County Durham is a large county of market towns, former coalfield communities, a cathedral city and "
        "open dales. Most of our residents are safe most of the time, but crime and disorder are felt most "
        "sharply in a small number of neighbourhoods, and by people who are already vulnerable.",
        "The Safe Durham Partnership is the community safety partnership for County Durham. It brings together "
        "Durham County Council, Durham Constabulary, County Durham and Darlington Fire and Rescue Service, the "
        "Probation Service, the Integrated Care Board and the voluntary and community sector, with the Police, "
        "Crime and Victims' Commissioner.",
        "This plan is based on our strategic assessment and on what residents told us through the Police and "
        "Communities Together (PACT) meetings and an online survey. It sets out where we will focus for the next "
        "three years, and how we will know whether we are making a difference."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Safe Durham Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">County Durham in context</h1><p class="cap">All figures on this page '
             'are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("526,000", "residents"), ("41,000", "crimes recorded in 2023/24"), ("14,100", "ASB incidents"),
                 ("8,900", "domestic abuse incidents and crimes"), ("230", "knife crime offences"),
                 ("2,200", "adults in drug and alcohol treatment")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What our strategic assessment found</h2><ul>')
    for t in ["Anti-social behaviour is concentrated in twelve neighbourhoods, most of them in former coalfield "
              "towns.",
              "Off-road motorbikes are the ASB issue residents raise most often.",
              "Alcohol is a factor in almost half of violent crimes in Durham City centre at night.",
              "Drug-related deaths in the county remain well above the national average.",
              "Children as young as twelve are being drawn into drug dealing by adults from outside the county."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Residents\' survey</h2><p>Of 1,850 residents who answered our survey (illustrative), '
             '64% named anti-social behaviour as their main concern, 48% drug dealing and 31% speeding '
             'traffic.</p></div>')
    P.append('<div class="pg"><h1 class="t">How we work</h1><h2>Our duties</h2><p>The partnership meets the '
             'duties of the Crime and Disorder Act 1998, the Serious Violence Duty, the Domestic Abuse Act 2021 and '
             'the Prevent duty under the Counter-Terrorism and Security Act 2015.</p><h2>Our principles</h2><ul>'
             '<li><b>Prevention first</b>: we act early, before harm escalates.</li>'
             '<li><b>Think family</b>: we look at the whole household, not one person.</li>'
             '<li><b>Evidence-led</b>: we go where the data and residents point us.</li>'
             '<li><b>One public service</b>: we share information and resources.</li></ul>'
             '<div class="box"><b>The Police and Crime Plan</b><br>The Police, Crime and Victims\' Commissioner\'s '
             'plan for 2025–2029 has six priorities: Safer streets and neighbourhoods; Cutting violent crime; Ending '
             'violence against women and girls; Putting victims first; Breaking the cycle of offending; and Trust and '
             'confidence in policing. We will show the Commissioner how our work contributes.</div>'
             '<h2>Looking back: our 2021–2024 plan</h2><p>Our last plan had five objectives: Reduce anti-social '
             'behaviour; Protect vulnerable people from harm; Reduce reoffending; Reduce the harm caused by alcohol '
             'and drugs; and Counter terrorism and prevent violent extremism. Reducing reoffending now sits with the '
             'Local Criminal Justice Board\'s reducing reoffending group.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Our six priorities for 2024–2027 are above the '
             'waterline: they are the harms that residents see and that we will tackle together. Below the '
             'waterline are the things that drive them. We cannot solve those alone, but every priority plan must '
             'take account of them.</p>')
    P.append(iceberg())
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">What the priorities mean</h1><p>Each priority has a lead partner and '
             'a delivery group, shown here under its short name.</p>')
    for name, short, txt in PRIORITIES:
        P.append(f'<div class="theme"><div class="k">{e(short)}</div><div>{e(txt)}</div></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Delivery and measures</h1><table><tr><th>Theme</th><th>Key actions '
             '2024/25</th><th>Lead</th></tr>')
    for r in [("ASB", "Off-road bike operation in the east of the county; ASB case reviews within 10 days",
               "Council, police"),
              ("Violence", "Hotspot patrols; knife awareness in every secondary school", "Police, serious violence "
               "partnership"),
              ("Substances", "Naloxone in hostels; alcohol care team at University Hospital of North Durham",
               "Public health"),
              ("VAWG", "IDVAs in hospitals; safer streets work in Durham City", "Council, police"),
              ("Prevent", "Prevent training for all schools and colleges", "Council"),
              ("Exploitation", "Exploitation panel; return-home interviews", "Children's services")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>How we will know</h2><table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "14,100", "Down"), ("Knife crime offences", "230", "Down"),
              ("Adults in treatment", "2,200", "Up"), ("Repeat referrals to MARAC", "29%", "Down"),
              ("Prevent referrals from education", "41", "Up (earlier referral)"),
              ("Children referred to the exploitation panel", "96", "Monitored")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="cap">Baselines are illustrative.</p></div>')
    P.append('<div class="pg"><h1 class="t">Governance</h1><p>The Safe Durham Partnership Board meets quarterly. '
             'It reports to the County Durham Together Partnership and to the council\'s Safer and Stronger '
             'Communities Overview and Scrutiny Committee, and it works with the Domestic Abuse and Sexual '
             'Violence Executive Group, the serious violence partnership, the combating drugs partnership and the '
             'Durham Safeguarding Children Partnership.</p><h2>Delivery groups</h2><ul><li>ASB and Community '
             'Safety Group</li><li>Serious Violence Delivery Group</li><li>Drug and Alcohol Harm Reduction Group'
             '</li><li>VAWG Delivery Group</li><li>Prevent Steering Group</li><li>Exploitation Sub-Group</li></ul>'
             '<h2>Contact us</h2><p>Safe Durham Partnership, County Hall, Durham<br>safedurham@durham.example</p>'
             '</div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword County Durham is", "ctx": "County Durham in context All figures",
               "how": "How we work Our duties", "pri": "Our priorities Our six", "mean": "What the priorities mean",
               "del": "Delivery and measures Theme", "gov": "Governance The Safe Durham"}
    src = work_file("safe_durham_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
