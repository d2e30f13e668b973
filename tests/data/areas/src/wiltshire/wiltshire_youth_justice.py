"""Wiltshire Youth Justice Plan 2024-2025 (python-docx -> LibreOffice, YJB plan headings).

Layout: a TWO-VOICE TABLE (p6, "Our priorities, in our words and yours"): the left column "The board's
priority" holds each priority in bold on a shaded cell; the right column "What this means for you" restates it
in plain words written with children (not a priority).  No numbers.  Distractors: the Child First tenets and the
2023-24 priorities (p5), the right-hand column, the YJB key performance indicators (p8).
"""
from pathlib import Path

from wiltshire.content import sections
from wiltshire.kit import build_docx

FILE = "strategies/wiltshire_youth_justice_plan_2024-25.pdf"
PRIORITIES = [
    ("Preventing children from entering the youth justice system", "We will help you early, so you never need to come to court."),
    ("Reducing reoffending by children", "If you have been in trouble, we will help you not to get into trouble again."),
    ("Protecting children from serious violence", "We want you to be safe on the street, at school and online."),
    ("Protecting children from criminal exploitation", "Nobody should be able to make you carry or sell drugs."),
    ("Giving victims of youth crime a voice through restorative justice", "If someone has hurt you, you can tell them how it felt."),
]


def two_voice(ctx):
    d, shade, Pt, Cm, RGBColor = ctx["d"], ctx["shade"], ctx["Pt"], ctx["Cm"], ctx["RGBColor"]
    t = d.add_table(rows=len(PRIORITIES) + 1, cols=2)
    t.style = d.styles["Table Grid"]
    t.autofit = False
    for j, h in enumerate(["The board's priority", "What this means for you"]):
        c = t.cell(0, j)
        c.width = Cm(8.3)
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold, r.font.size = True, Pt(9.5)
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
        shade(c, "833C0B")
    for i, (pr, plain) in enumerate(PRIORITIES, start=1):
        a, b = t.cell(i, 0), t.cell(i, 1)
        a.width = b.width = Cm(8.3)
        a.text = b.text = ""
        ra = a.paragraphs[0].add_run(pr)
        ra.bold, ra.font.size = True, Pt(11.5)
        shade(a, "FBE4D5")
        rb = b.paragraphs[0].add_run(plain)
        rb.italic, rb.font.size = True, Pt(10)
        for c in (a, b):
            c.paragraphs[0].paragraph_format.space_before = Pt(6)
            c.paragraphs[0].paragraph_format.space_after = Pt(6)
    d.add_paragraph()
    ctx["para"]("The plain-words column was written with the young people of our participation group.", size=9,
                colour="707070")


C = dict(
    fw_toc="Introduction", fw_head="Introduction from the board chair",
    foreword=["This is the Wiltshire Youth Justice Plan for 2024 to 2025, written to the Youth Justice Board's "
              "guidance. It sets out how the Youth Justice Service and its partners will keep children out of the "
              "justice system, help those within it to move on, and put things right for victims.",
              "We have asked children what matters to them, and their words sit beside ours in this plan."],
    signed="Chair, Wiltshire Youth Justice Management Board",
    context=["Fewer children enter the youth justice system than five years ago, but those who do often have "
             "complex needs: three in four have special educational needs.",
             "Exploitation and knife possession are the fastest-growing concerns."],
    stats=[("64", "first-time entrants (illustrative)"), ("31%", "reoffending rate"),
           ("118", "children on out-of-court disposals"), ("22", "children referred for exploitation")],
    bg_toc="Child First and last year", bg_head="Child First and last year",
    background=[("h", "Child First"),
                ("p", "The Youth Justice Board's guiding principle has four tenets: see children as children; develop "
                      "pro-social identity for positive outcomes; collaborate with children; and promote diversion."),
                ("h", "Review of 2023\u201324"),
                ("table", [["2023\u201324 priority", "What happened"],
                           ["Education, training and employment", "More children in full-time education"],
                           ["Disproportionality", "Audit of out-of-court disposals completed"],
                           ["Speech, language and communication", "All staff trained"]], [70, 100])],
    pr_toc="Our priorities for 2024\u201325", pr_head="Our priorities, in our words and yours",
    priorities=[("p", "The management board has agreed five priorities for 2024\u201325. Beside each one is what it "
                      "means for the children we work with."), ("raw", two_voice)],
    delivery_intro="Each priority has a board sponsor and a service lead.",
    delivery=[["Prevention", "Turnaround programme, early help panels", "Head of Service"],
              ["Reoffending", "Desistance-focused plans, education support", "Operations Manager"],
              ["Violence", "Knife crime workshops, mentors, hospital links", "Board sponsor: Police"],
              ["Exploitation", "Exploitation screening on every case; NRM referrals", "Board sponsor: Children's Services"],
              ["Victims", "Restorative conferences, victim contact within ten days", "Restorative Justice Lead"]],
    measures=[["First-time entrants", "64", "55"], ["Binary reoffending rate", "31%", "27%"],
              ["Victims offered restorative justice", "78%", "90%"],
              ["YJB KPI: children in suitable accommodation", "88%", "95%"]],
    governance=["The Youth Justice Management Board meets quarterly and reports to the Wiltshire Safeguarding "
                "Vulnerable People Partnership and the Youth Justice Board."],
    partners=["Wiltshire Council Children's Services", "Wiltshire Police", "Probation Service",
              "NHS Integrated Care Board", "Office of the Police and Crime Commissioner"],
    contact="yjs@wiltshire.example",
)


def build(root: Path) -> Path:
    out = root / FILE
    build_docx(dict(title="Wiltshire Youth Justice Plan 2024\u20132025",
                    running="Wiltshire Youth Justice Plan 2024\u20132025", folio="Page {n}",
                    theme=dict(c1="833C0B", c2="C55A11", pale="FBE4D5"),
                    cover=dict(org="Wiltshire Youth Justice Service", title_plain="Youth Justice Plan 2024\u20132025",
                               sub="Child First in Wiltshire", foot="wiltshire-yjs.example"),
                    sections=sections(C)), out, stem="wilts_yj")
    return out
