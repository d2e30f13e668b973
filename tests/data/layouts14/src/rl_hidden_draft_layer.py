"""Sedgecombe Combating Drugs Partnership delivery plan, exported from a layout program with its layers as
**optional content groups**: "Final artwork" (on) and "Draft comments v0.6" (off for view and print). The
hidden layer still holds the reviewers' comment boxes, a draft watermark, the draft title and the draft's
**fifth priority**, struck out, in the place where the final page has other text. A viewer (and pdftotext)
shows only the final layer; a reader that ignores /OC marked content sees both."""
from __future__ import annotations

import kit14
from kit14 import Doc, box, hexc, para_at, text

NAME = "hidden_draft_layer_drugs"
TITLE = "Sedgecombe Combating Drugs Partnership Delivery Plan 2026-2029"
ACC = "0E6B5C"

PRIORITIES = [
    ("Breaking drug supply chains into Sedgecombe",
     "Police, Border Force and trading standards will target the county lines and online sellers that bring drugs "
     "into Sedgecombe, and close the cuckooed addresses they use."),
    ("Getting more people into treatment and keeping them there",
     "We will raise the number of adults in treatment from 1,180 to 1,450 and make sure that people leaving prison "
     "start treatment within three weeks of release."),
    ("Preventing drug and alcohol deaths",
     "Every drug-related death will be reviewed. We will give naloxone to everyone in treatment, to hostels and to "
     "families, and open an outreach service for people who use alone."),
    ("Helping young people stay clear of drugs",
     "Schools, youth services and the Sedgecombe Young People's Substance Service will offer early help to "
     "children who start to use drugs and to children whose parents do."),
]


class Layers:
    def __init__(self, d):
        self.d = d

    def on(self, name):  # name: final / draft
        self.d.c._code.append(f"/OC /{name} BDC")

    def off(self):
        self.d.c._code.append("EMC")


def comment(c, x, y, w, who, msg):
    """A reviewer's yellow comment box (drawn only in the draft layer)."""
    from reportlab.platypus import Paragraph
    _, h = Paragraph(f"<b>{who}</b> {msg}", kit14.style(size=8.5, color="3A3000")).wrap(w - 12, 1000)
    h += 10
    c.saveState()
    c.setFillColor(hexc("FFF2A8"))
    c.setStrokeColor(hexc("C9A800"))
    c.rect(x, y - h, w, h, stroke=1, fill=1)
    c.restoreState()
    para_at(c, f"<b>{who}</b> {msg}", x + 6, y - 5, w - 12, size=8.5, color="3A3000")


def build(path):
    d = Doc(path, TITLE, "Sedgecombe Combating Drugs Partnership", footer="Sedgecombe CDP Delivery Plan 2026-2029",
            accent=ACC)
    c = d.c
    L = Layers(d)
    # ------------------------------------------------------------------ p1
    L.on("draft")
    c.saveState()
    c.setFillColor(hexc("E0E0E0"))
    c.translate(d.W / 2, d.H / 2 - 60)
    c.rotate(40)
    c.setFont("Sans-Bold", 58)
    c.drawCentredString(0, 0, "DRAFT v0.6")
    c.restoreState()
    text(c, 56, d.H - 40, "Working title: Sedgecombe Drugs and Alcohol Strategy 2025-2028 (draft v0.6, not for "
                          "circulation)", "Sans", 8, "A00000")
    L.off()
    L.on("final")
    box(c, 0, d.H - 200, d.W, 200, ACC)
    w = d.writer(top=d.H - 80)
    w.para(TITLE, size=25, font="Sans-Bold", color="FFFFFF", leading=30)
    w.para("From harm to hope in Sedgecombe", size=13, color="CFEDE7")
    w.reset(top=d.H - 240)
    w.heading("Introduction", size=16)
    w.para("The Sedgecombe Combating Drugs Partnership brings together the council, police, probation, the NHS, "
           "treatment providers, Jobcentre Plus and people with lived experience. This delivery plan sets out what we "
           "will do locally to meet the ambitions of the national drugs strategy over the next three years.")
    w.para("Drug-related deaths in Sedgecombe have doubled in ten years: 31 people died in 2024. Around 1,900 adults "
           "use opiates or crack cocaine, and fewer than two in three of them are in treatment.")
    w.heading("The national strategy", size=14, before=8)
    w.para("From Harm to Hope, the Government's ten-year drugs strategy, has three strategic priorities. Every "
           "Combating Drugs Partnership is asked to show how its plan contributes to them:")
    w.bullets(["break drug supply chains", "deliver a world-class treatment and recovery system",
               "achieve a generational shift in the demand for drugs"])
    w.heading("How we chose our priorities", size=14, before=8)
    w.para("We used the 2026 joint needs assessment, the views of 212 people in treatment and their families, and a "
           "workshop with all partners in July 2026. Our priorities are local: they say what matters most in "
           "Sedgecombe, within the national framework.")
    L.off()
    # ------------------------------------------------------------------ p2 priorities
    d.next()
    L.on("final")
    w = d.writer()
    w.heading("Our priorities for 2026-2029", size=21)
    w.para("Four priorities will guide the partnership's work and spending until 2029.")
    gx, gy = 56, w.y - 6
    cw, ch = (d.W - 112 - 16) / 2, 132
    for i, (name, desc) in enumerate(PRIORITIES):
        x = gx + (i % 2) * (cw + 16)
        top = gy - (i // 2) * (ch + 16)
        box(c, x, top - ch, cw, ch, "E6F3F0")
        c.saveState()
        c.setFillColor(hexc(ACC))
        c.circle(x + 24, top - 26, 14, stroke=0, fill=1)
        c.restoreState()
        text(c, x + 24, top - 31.5, str(i + 1), "Sans-Bold", 15, "FFFFFF", anchor="center")
        h = para_at(c, name, x + 46, top - 14, cw - 58, font="Sans-Bold", size=13, color=ACC, leading=16)
        para_at(c, desc, x + 14, top - 14 - max(h, 28) - 10, cw - 28, size=9.5, leading=12.5)
    y = gy - 2 * ch - 16 - 20
    w.reset(top=y)
    w.heading("Cross-cutting commitments", size=14)
    w.para("<b>Lived experience.</b> People in recovery will sit on every delivery group. "
           "<b>Stigma.</b> Partners will use language that treats addiction as a health condition. "
           "<b>Alcohol.</b> Alcohol harm is tackled through the Sedgecombe Licensing and Alcohol Harm Strategy, "
           "which this plan supports but does not repeat.")
    L.off()
    L.on("draft")
    # the draft's fifth priority, struck out, where the final page has the cross-cutting commitments
    x, top = 56, y + 6
    box(c, x, top - 70, cw, 70, "FCE4E4")
    para_at(c, "5  Reducing alcohol harm in the night-time economy", x + 12, top - 12, cw - 24, font="Sans-Bold",
            size=13, color="8A1C1C", leading=16)
    c.saveState()
    c.setStrokeColor(hexc("C00000"))
    c.setLineWidth(1.5)
    c.line(x + 8, top - 20, x + cw - 8, top - 20)
    c.line(x + 8, top - 36, x + cw * 0.6, top - 36)
    c.restoreState()
    comment(c, x + cw + 16, top, cw, "RK 24/09:", "Board agreed to remove priority 5: alcohol in the night-time "
            "economy is covered by the Licensing Strategy. Grid to become 2 x 2.")
    comment(c, d.W - 56 - 190, gy + 44, 190, "HK 12/09:", "Board asked for 'Reducing drug-related deaths' rather "
            "than 'Preventing drug and alcohol deaths' \u2013 reword priority 3?")
    comment(c, 56, gy - ch - 6, 200, "JP 15/09:", "Should priority 2 say 'Improving treatment and recovery' to "
            "match From Harm to Hope?")
    L.off()
    # ------------------------------------------------------------------ p3 outcomes, old plan, governance
    d.next()
    L.on("final")
    w = d.writer()
    w.heading("How we will measure success", size=18)
    w.table([["Outcome", "Measure", "2025-26", "2028-29 ambition"],
             ["Less drug supply", "County lines closed", "9", "15 a year"],
             ["More people in treatment", "Adults in structured treatment", "1,180", "1,450"],
             ["Continuity of care", "Prison leavers starting treatment within 3 weeks", "38%", "75%"],
             ["Fewer deaths", "Drug-related deaths (three-year average)", "27", "Below 20"],
             ["Young people", "Under-18s in specialist treatment", "64", "90"]], [120, 200, 70, 93])
    w.heading("Our previous plan", size=14, before=6)
    w.para("The 2023-2026 Sedgecombe Drug and Alcohol Plan had three aims: reduce the harm caused by drugs and "
           "alcohol, increase recovery, and protect children affected by parental substance use. Progress against "
           "them is reported in the partnership's 2025-26 annual report.")
    w.heading("Governance", size=14, before=6)
    w.para("The partnership reports to the Sedgecombe Health and Wellbeing Board and, for supply, to the Safer "
           "Sedgecombe Partnership. Its senior responsible owner is the Director of Public Health. Each priority has "
           "a delivery group that reports every quarter.")
    w.heading("Members", size=14, before=6)
    w.bullets(["Sedgecombe Council (public health, children's services, housing)", "Sedgecombe Police",
               "Probation Service", "NHS integrated care board", "Sedgecombe Recovery Service",
               "Jobcentre Plus", "Sedgecombe Recovery Community"])
    L.off()
    L.on("draft")
    comment(c, d.W - 56 - 200, d.H - 50, 200, "RK 24/09:", "Add the 2023 plan's priorities in full? (Reduce harm; "
            "Increase recovery; Protect children.)")
    L.off()

    pdf = d.raw()
    final = pdf.add(b"<< /Type /OCG /Name " + kit14.pdf_string("Final artwork") + b" >>")
    draft = pdf.add(b"<< /Type /OCG /Name " + kit14.pdf_string("Draft comments v0.6")
                    + b" /Usage << /View << /ViewState /OFF >> /Print << /PrintState /OFF >> >> >>")
    for page in pdf.pages():
        pdf.page_resources_add(page, b"/Properties", b"/final %d 0 R /draft %d 0 R" % (final, draft))
    pdf.dict_add(pdf.root, (b"/OCProperties << /OCGs [%d 0 R %d 0 R] /D << /Name (Layers) /Order [%d 0 R %d 0 R] "
                            b"/ON [%d 0 R] /OFF [%d 0 R] /AS [<< /Event /Print /OCGs [%d 0 R %d 0 R] /Category "
                            b"[/Print] >> << /Event /View /OCGs [%d 0 R %d 0 R] /Category [/View] >>] >> >> "
                            b"") % (final, draft, final, draft, final, draft, final, draft, final,
                                                    draft))
    pdf.set(pdf.root, pdf.get(pdf.root).replace(b"/PageMode /UseNone", b"/PageMode /UseOC"))
    d.info(pdf, creator="Adobe InDesign 19.4 (Windows)", producer="Adobe PDF Library 17.0")
    return pdf.write(path.name)


def finish(work, out):
    return [kit14.publish_bytes(build(work / f"{NAME}.pdf"), out / f"{NAME}.pdf")]
