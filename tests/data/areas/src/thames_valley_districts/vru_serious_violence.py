"""Thames Valley Serious Violence Duty Strategy 2025–2030 (HTML/CSS → Chromium): the priorities are the channel
labels of a drawn patient monitor, "Checking the vital signs" (page 5): a dark screen with a green ECG trace
(inline SVG) and four readout panels, each a priority in bold with an illustrative reading; no numbers."""
from kit_html import build_doc, e

D = dict(
    file="strategies/thames_valley_serious_violence_duty_strategy_2025-30.pdf",
    title="Thames Valley Serious Violence Duty Strategy 2025–2030",
    org="Thames Valley Violence Reduction Unit", strap="A public health approach to preventing violence",
    email="vru@tvpcc.example", c1="#0B3C5D", c2="#D9534F", c3="#9FD8CB", font="'DejaVu Sans'",
    hfont="'DejaVu Sans'",
    foreword=["The Serious Violence Duty requires councils, the police, fire and rescue, health, probation and "
              "youth justice to work together to prevent and reduce serious violence. In the Thames Valley that "
              "work is co-ordinated by the Violence Reduction Unit.",
              "We treat violence like a disease: we look for its causes, spot the early signs and act before it "
              "spreads. This strategy sets four priorities for the whole Thames Valley, and each local area adds "
              "its own delivery plan."],
    signed="Director, Thames Valley Violence Reduction Unit",
    context="The strategic needs assessment covers the eleven local authority areas of the Thames Valley.",
    stats=[("1,900", "hospital admissions for assault (illustrative)"), ("1,350", "knife crime offences"),
           ("29%", "of victims aged under 25"), ("10%", "of places see 40% of violence")],
    findings_head="Key findings of the strategic needs assessment",
    findings=["Most serious violence happens in a small number of town-centre streets and transport hubs.",
              "Children excluded from school are far more likely to be involved in violence.",
              "Violence is linked to drug markets in every one of the eleven areas.",
              "Communities want a say in how violence is prevented where they live."],
    previous_head="The Home Office success measures",
    previous_intro="The national measures for the Duty (not local priorities) are reductions in:",
    previous=["Hospital admissions for assault with a sharp object", "Knife and sharp object offences",
              "Homicides"],
    intro="Our four priorities are the vital signs we will check at every meeting.",
    vitals=[("SVD1", "Reducing knife crime and violence in public places", "1,350 offences"),
            ("SVD2", "Intervening early with children at risk of violence", "640 referrals"),
            ("SVD3", "Focusing on the places where violence concentrates", "38 hotspots"),
            ("SVD4", "Involving communities in preventing violence", "22 projects")],
    actions=[("Public places", ["Hotspot patrols informed by hospital data.", "Knife surrender bins."]),
             ("Early intervention", ["Navigators in emergency departments and custody suites.",
                                     "Mentoring for children at risk of exclusion."]),
             ("Places", ["Problem-oriented plans for the 38 hotspots."]),
             ("Communities", ["A community fund for local prevention projects."])],
    governance="The Violence Reduction Unit reports to the Thames Valley Serious Violence Duty strategic board, "
               "chaired by the Police and Crime Commissioner. Local Serious Violence Duty partnerships deliver "
               "the strategy in each area.",
    measures=[["Hospital admissions for assault with a sharp object", "410", "Down"],
              ["Knife crime offences", "1,350", "Down"], ["Children supported by navigators", "640", "Up"],
              ["Violence in hotspot locations", "4,900", "Down"]],
    partners=["Local authorities", "Thames Valley Police", "Fire and rescue services", "Integrated care boards",
              "Probation Service", "Youth justice services", "Office of the Police and Crime Commissioner"],
)

CSS = """
.monitor { background: #111; border: 4mm solid #555; border-radius: 5mm; padding: 4mm; margin-top: 3mm; }
.monitor .hdr { color: #9FD8CB; font-size: 8pt; letter-spacing: 0.1em; margin-bottom: 2mm; }
.monitor svg { width: 100%; height: 28mm; display: block; }
.chans { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin-top: 3mm; }
.chan { border: 0.8pt solid #2ecc71; border-radius: 2mm; padding: 3mm; color: #fff; min-height: 30mm; }
.chan .lbl { font-weight: bold; font-size: 12pt; color: #2ecc71; line-height: 1.25; }
.chan .rd { font-size: 17pt; color: #fff; margin-top: 2mm; font-family: 'DejaVu Sans Mono'; }
.chan .cap { font-size: 7.5pt; color: #aaa; }
"""


def priorities_html(d):
    pts = " ".join(f"{x},{y}" for x, y in [(0, 50), (60, 50), (70, 45), (80, 50), (120, 50), (130, 10), (140, 90),
                                            (150, 50), (220, 50), (230, 44), (240, 50), (300, 50), (310, 12),
                                            (320, 88), (330, 50), (400, 50), (410, 46), (420, 50), (480, 50),
                                            (490, 8), (500, 92), (510, 50), (600, 50)])
    chans = "".join(f'<div class="chan"><div class="lbl">{e(t)}</div><div class="rd">{e(r)}</div>'
                    f'<div class="cap">2024/25 reading (illustrative)</div></div>' for _, t, r in d["vitals"])
    return (f"<p>{e(d['intro'])}</p><h2>Checking the vital signs</h2><div class='monitor'>"
            f"<div class='hdr'>THAMES VALLEY · SERIOUS VIOLENCE · LIVE</div>"
            f"<svg viewBox='0 0 600 100' preserveAspectRatio='none'><polyline points='{pts}' fill='none' "
            f"stroke='#2ecc71' stroke-width='2.5'/></svg><div class='chans'>{chans}</div></div>"
            "<p style='margin-top:4mm'>The readings are illustrative. Each local Serious Violence Duty partnership "
            "will set its own targets against the four vital signs.</p>")


def build(out_root):
    return build_doc(out_root, D, CSS, priorities_html, folio=lambda n: f"Page {n} of 7",
                     secs=["Foreword", "Understanding violence in the Thames Valley", "Our priorities",
                           "What we will do", "Delivery, measures and governance"])
