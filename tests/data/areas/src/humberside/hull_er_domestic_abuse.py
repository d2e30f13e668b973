"""Hull and East Riding Domestic Abuse Partnership Strategy 2024-2027: HTML/CSS printed by Chromium
(DejaVu Sans, DejaVu Serif captions).

Four priorities, stated once, on p6 as **a strip of film**: a dark vertical strip with sprocket holes down
both edges and four frames, each holding a simple CSS-drawn scene (no text) and, under the scene inside the
frame, the priority as a bold serif caption with a small grey "frame" line ("FRAME 1 · 2024") above it.  The
strip title "Our next chapter" and the frame lines are not priorities.  The Domestic Abuse Act definition and
survivors' words (p4), the national plan's four pillars and the principles (p5), the delivery themes (p7) and
the outcomes (p8) are distractors.
"""
from humberside.work import build_html, e

FILE = "strategies/hull_and_east_riding_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Hull and East Riding Domestic Abuse Partnership Strategy 2024–2027"

PRIORITIES = [
    ("Recognising abuse early and responding well, wherever people first ask for help", "door"),
    ("Safe homes: refuges, sanctuary and other safe accommodation", "house"),
    ("Supporting children and young people who live with domestic abuse", "kids"),
    ("Holding perpetrators to account and helping them change", "scale"),
]

CSS = """
:root { --c1: #5B2A6E; --c3: #F3ECF6; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; }
h1.t { font-family: 'DejaVu Serif', serif; }
@page { size: A4; margin: 16mm 18mm 18mm 18mm;
  @bottom-left { content: "Hull and East Riding Domestic Abuse Partnership"; font: 7.5pt 'DejaVu Sans'; color: #888; }
  @bottom-right { content: "p. " counter(page); font: 8pt 'DejaVu Sans'; color: #5B2A6E; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #5B2A6E; color: #fff; overflow: hidden; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 75mm; font-family: 'DejaVu Serif', serif; font-size: 29pt; margin: 0; line-height: 1.2; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 140mm; font-size: 16pt; }
.cover .sun { position: absolute; right: -30mm; bottom: -30mm; width: 130mm; height: 130mm; border-radius: 50%; background: #E9A23B; }
.strip { width: 112mm; margin: 3mm auto 0 auto; background: #1E1E1E; padding: 4mm 11mm; position: relative; }
.strip::before, .strip::after { content: ""; position: absolute; top: 0; bottom: 0; width: 5mm;
  background: repeating-linear-gradient(to bottom, #1E1E1E 0, #1E1E1E 2mm, #F4F4F4 2mm, #F4F4F4 5mm, #1E1E1E 5mm, #1E1E1E 7mm); }
.strip::before { left: 3mm; } .strip::after { right: 3mm; }
.frame { background: #FAF7F2; margin: 0 0 4mm 0; padding: 2.5mm; height: 50mm; display: flex; gap: 3mm; }
.scene { width: 38mm; flex: none; position: relative; overflow: hidden; background: #CFE3EE; }
.scene .g { position: absolute; left: 0; right: 0; bottom: 0; height: 12mm; background: #7FA66B; }
.scene .a { position: absolute; background: #5B2A6E; }
.frame .cap { display: flex; flex-direction: column; justify-content: center; }
.frame .no { font-size: 7pt; color: #999; letter-spacing: 0.8pt; margin-bottom: 2mm; }
.frame .pt { font-family: 'DejaVu Serif', serif; font-weight: 700; font-size: 12.5pt; line-height: 1.3; color: #2B1433; }
.stitle { text-align: center; color: #fff; font-family: 'DejaVu Serif', serif; font-size: 10pt; margin-bottom: 3mm; letter-spacing: 1pt; }
"""

SCENES = {
    "door": '<div class="g"></div><div class="a" style="left:13mm;bottom:12mm;width:12mm;height:22mm;background:#8B5A2B"></div>'
            '<div class="a" style="left:22mm;bottom:22mm;width:1.5mm;height:1.5mm;border-radius:50%;background:#E9A23B"></div>',
    "house": '<div class="g"></div><div class="a" style="left:9mm;bottom:12mm;width:20mm;height:14mm;background:#E9A23B"></div>'
             '<div class="a" style="left:7mm;bottom:26mm;width:24mm;height:10mm;background:#5B2A6E;clip-path:polygon(50% 0,100% 100%,0 100%)"></div>',
    "kids": '<div class="g"></div><div class="a" style="left:10mm;bottom:12mm;width:5mm;height:14mm;border-radius:2.5mm 2.5mm 0 0"></div>'
            '<div class="a" style="left:22mm;bottom:12mm;width:5mm;height:10mm;border-radius:2.5mm 2.5mm 0 0;background:#E9A23B"></div>',
    "scale": '<div class="g"></div><div class="a" style="left:18.5mm;bottom:12mm;width:1.5mm;height:22mm"></div>'
             '<div class="a" style="left:7mm;bottom:33mm;width:24mm;height:1.2mm"></div>'
             '<div class="a" style="left:5mm;bottom:26mm;width:8mm;height:3mm;border-radius:0 0 4mm 4mm;background:#E9A23B"></div>'
             '<div class="a" style="left:25mm;bottom:26mm;width:8mm;height:3mm;border-radius:0 0 4mm 4mm;background:#E9A23B"></div>',
}


def cover():
    return ('<div class="cover"><div class="org">HULL AND EAST RIDING DOMESTIC ABUSE PARTNERSHIP</div>'
            '<h1>Domestic Abuse Partnership Strategy</h1><div class="yr">2024 – 2027</div><div class="sun"></div></div>')


def strip():
    out = ['<div class="strip"><div class="stitle">OUR NEXT CHAPTER</div>']
    for i, (t, s) in enumerate(PRIORITIES, 1):
        out.append(f'<div class="frame"><div class="scene">{SCENES[s]}</div><div class="cap">'
                   f'<div class="no">FRAME {i} · 2024</div><div class="pt">{e(t)}</div></div></div>')
    out.append('</div>')
    return "".join(out)


SECTIONS = [
    ("fw", "Foreword", [
        ("p", "Domestic abuse happens in every street of Hull and every town and village of the East Riding. It "
              "harms adults and children, and it often goes on for years before anyone asks for help."),
        ("p", "The Hull and East Riding Domestic Abuse Partnership brings the two councils together with "
              "Humberside Police, the Police and Crime Commissioner, the NHS, the Probation Service, housing "
              "providers and specialist domestic abuse services. It is the local partnership board required by "
              "the Domestic Abuse Act 2021."),
        ("p", "<b>Independent Chair, Hull and East Riding Domestic Abuse Partnership</b>"),
    ]),
    ("ctx", "Domestic abuse across Hull and the East Riding", [
        ("p", "The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between people aged 16 or "
              "over who are personally connected. It includes physical, sexual, economic, emotional and "
              "controlling or coercive behaviour. Children who see, hear or experience its effects are victims "
              "in their own right."),
        ("stats", [("11,200", "domestic abuse incidents reported to police"), ("640", "high-risk cases at MARAC"),
                   ("190", "households in refuge or safe accommodation"), ("3,900", "children in households with abuse"),
                   ("1 in 3", "victims who had told someone before"), ("120", "places on perpetrator programmes")]),
        ("note", "All figures are illustrative and are not official statistics."),
        ("h2", "What survivors told us"),
        ("ul", ["“My GP was the first person I told, and they knew what to do.”",
                "“We moved three times before we felt safe.”",
                "“Nobody asked my son how he was.”"]),
    ]),
    ("nat", "The national picture and our principles", [
        ("box", "The Tackling Domestic Abuse Plan (2022): four national objectives", [
            "Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
            "A stronger system"]),
        ("h2", "Our principles"),
        ("ul", ["Survivors' voices shape what we do.", "Children are victims in their own right.",
                "Services are open to everyone, whatever their background.", "We share information safely."]),
    ]),
    ("pri", "Our priorities", [
        ("p", "The partnership has agreed four priorities for the next three years. We have set them out as the "
              "frames of a film: each is a scene in the next chapter of the story we want survivors to be able "
              "to tell."),
        ("custom", strip()),
    ]),
    ("del", "How we will deliver", [
        ("p", "Delivery is organised in four themes, each with a lead agency and an action plan."),
        ("table", [["Theme", "Main actions 2024/25", "Lead"],
                   ["Early response", "Domestic abuse champions in GP surgeries and A&E; routine enquiry", "NHS"],
                   ["Safe accommodation", "Twelve more refuge spaces; a sanctuary scheme in both council areas", "Councils"],
                   ["Children", "Specialist children's workers; Operation Encompass in every school", "Children's services"],
                   ["Perpetrators", "A behaviour change programme; a high-harm perpetrator panel", "Probation, PCC"]],
         [0.2, 0.58, 0.22]),
    ]),
    ("gov", "Outcomes and governance", [
        ("p", "The partnership reports to both councils, to the Police and Crime Commissioner and to the community "
              "safety partnerships of Hull and the East Riding."),
        ("table", [["Outcome", "Baseline", "Direction"], ["Victims referred from health settings", "9%", "Up"],
                   ["Households refused safe accommodation", "60", "Down"],
                   ["Children offered specialist support", "410", "Up"],
                   ["Perpetrators completing a programme", "85", "Up"]], [0.55, 0.2, 0.25]),
        ("note", "Baselines are illustrative. Contact: dapartnership@hull-er.example"),
    ]),
]


def build(root):
    out = root / FILE
    build_html({"title": TITLE, "sections": SECTIONS}, out, cover(), CSS, name="hull_er_da")
    return out
