"""Wrenshaw CSP plan: an accessibility-remediated tagged PDF. The structure tree (StructTreeRoot, MCIDs,
ParentTree, /Tabs /S) gives the logical reading order; the content stream on page 2 draws the **right column
first**, then the left column, then the introduction, then the **priority headings last** (in reverse), then the
page title. Running footers are /Artifact."""
from __future__ import annotations

from reportlab.platypus import Paragraph

import kit14
from kit14 import Doc, Tagger, box, hexc, style, text

NAME = "tagged_reading_order_csp"
TITLE = "Wrenshaw Community Safety Partnership Plan 2026-2029"
ACC = "23505F"

PRIORITIES = [
    ("Reducing burglary and vehicle crime in Wrenshaw's rural villages",
     "Burglary of outbuildings and theft of farm vehicles rose by 18% in the villages north of the A614 last year. "
     "Residents told us they feel forgotten because officers are rarely seen.",
     ["run a rural crime surgery in each of the nine villages twice a year",
      "fund 400 shed and outbuilding alarms through the Farm Watch scheme",
      "share vehicle crime hot spots with the parish councils every month"]),
    ("Keeping young people safe from exploitation and serious violence",
     "Two county lines were disrupted in Wrenshaw in 2025-26 and children as young as 13 were found running "
     "drugs between Wrenshaw and the city.",
     ["train every school's safeguarding lead in the exploitation screening tool",
      "open a detached youth work base in Holme Lane",
      "review every missing-from-home episode within 72 hours"]),
    ("Tackling domestic abuse and sexual violence",
     "Domestic abuse accounts for one in five violent crimes recorded in the district. Repeat referrals to the "
     "MARAC stood at 41%, above the national average.",
     ["commission a perpetrator programme with the Probation Service",
      "extend the Safe Spaces scheme to all GP surgeries",
      "publish the learning from two domestic homicide reviews"]),
    ("Making the town centre and night-time economy feel safe",
     "Only 38% of women who answered our survey feel safe in Wrenshaw town centre after dark, compared with 71% "
     "of men.",
     ["introduce a Safe Haven in the Market Hall on Friday and Saturday nights",
      "train 150 bar and door staff in Ask for Angela and bystander skills",
      "improve lighting on the riverside path and the bus station"]),
]


def _h(txt, st, width):
    p = Paragraph(txt, st)
    _, h = p.wrap(width, 10000)
    return p, h


def build(path):
    d = Doc(path, TITLE, "Wrenshaw Community Safety Partnership", footer="Wrenshaw CSP Plan 2026-2029",
            accent=ACC)
    d.foot_hook = True
    c = d.c
    t = Tagger(d)
    # ---------------------------------------------------------------- logical structure, in reading order
    t.elem("doc", "Document")
    for k, r in (("title", "H1"), ("sub", "P"), ("fw_h", "H2"), ("fw1", "P"), ("fw2", "P"), ("sig", "P"),
                 ("toc_h", "H2"), ("toc", "L"), ("kf_h", "H2"), ("kf", "L")):
        t.elem(k, r, "doc")
    t.elem("pr_h", "H1", "doc")
    t.elem("pr_intro", "P", "doc")
    for i in range(4):
        t.elem(f"p{i}_h", "H2", "doc")
        t.elem(f"p{i}_b", "P", "doc")
        t.elem(f"p{i}_ww", "P", "doc")
        t.elem(f"p{i}_l", "L", "doc")
    for k, r in (("m_h", "H1"), ("m_t", "Table"), ("old_h", "H2"), ("old", "L"), ("pcc_h", "H2"), ("pcc_p", "P"),
                 ("pcc", "L"), ("gov_h", "H2"), ("gov", "P")):
        t.elem(k, r, "doc")

    def block(key, fn):
        t.begin(key)
        r = fn()
        t.end()
        return r

    # ---------------------------------------------------------------- page 1: cover, foreword, contents
    t.artifact(True)
    box(c, 0, d.H - 190, d.W, 190, ACC)
    t.artifact(False)
    w = d.writer(top=d.H - 70)
    block("title", lambda: w.para(TITLE, size=24, font="Sans-Bold", color="FFFFFF", leading=29, after=8))
    block("sub", lambda: w.para("Working together for safer towns and villages", size=13, color="D6E6EA"))
    w.reset(top=d.H - 230)
    block("fw_h", lambda: w.heading("Foreword", size=15))
    block("fw1", lambda: w.para(
        "This plan sets out what the Wrenshaw Community Safety Partnership will do over the next three years. It "
        "was shaped by our strategic assessment, by 1,146 residents who answered the Safer Wrenshaw survey and by "
        "the parish councils, who asked us to look beyond the town centre. We have kept our list of priorities "
        "short so that every partner can see where its effort goes."))
    block("fw2", lambda: w.para(
        "Wrenshaw remains a safe place to live: total recorded crime fell by 4% in 2025-26. But the fall hides "
        "real harm in some places and for some people, and that is where this plan concentrates."))
    block("sig", lambda: w.para("<b>Councillor Anita Marlow</b>, Chair, Wrenshaw Community Safety Partnership",
                                size=10, color="444444", after=14))
    block("toc_h", lambda: w.heading("In this plan", size=15))
    block("toc", lambda: w.bullets(["Foreword and key facts (page 1)", "Our priorities for 2026-2029 (page 2)",
                                    "How we will know it is working (page 3)", "How the partnership works (page 3)"]))
    w.space(8)
    block("kf_h", lambda: w.heading("Key facts", size=15))
    block("kf", lambda: w.bullets(["61,300 residents in the town and nine villages",
                                   "5,412 crimes recorded in 2025-26 (down 4%)",
                                   "1,390 antisocial behaviour reports (down 11%)",
                                   "38% of women feel safe in the town centre after dark"]))

    # ---------------------------------------------------------------- page 2: drawn out of order
    d.next()
    left, gut = 56, 22
    colw = (d.W - 112 - gut) / 2
    right = left + colw + gut
    h1 = style(font="Sans-Bold", size=21, leading=25, color=ACC)
    h2 = style(font="Sans-Bold", size=13, leading=16, color=ACC)
    body = style(size=10, leading=13.2)
    small = style(font="Sans-Bold", size=10, leading=13.2, color="333333")
    top = d.H - 60
    ptitle, th = _h("Our priorities for 2026-2029", h1, d.W - 112)
    pintro, ih = _h("Our strategic assessment, the survey and the parish councils all pointed to the same four "
                    "areas. These are our priorities for the next three years. Each one has a lead partner and "
                    "a delivery group that reports to the partnership every quarter.", body, d.W - 112)
    col_top = top - th - 8 - ih - 16
    heads = []  # (key, paragraph, x, y) drawn at the end
    bodies = []  # (column, callables) drawn first, right column first

    def column(x, items):
        y = col_top
        out = []
        for i, (name, why, acts) in items:
            ph, hh = _h(name, h2, colw - 30)
            heads.append((f"p{i}_h", ph, x + 30, y - hh, i, y))
            y -= max(hh, 24) + 6
            pb, bh = _h(why, body, colw)
            out.append((f"p{i}_b", pb, x, y - bh))
            y -= bh + 5
            pw, wh = _h("We will:", small, colw)
            out.append((f"p{i}_ww", pw, x, y - wh))
            y -= wh + 2
            lst = []
            for a in acts:
                pa = Paragraph(a, style(size=10, leading=13.2, leftIndent=11), bulletText="\u2022")
                _, ah = pa.wrap(colw, 1000)
                lst.append((pa, x, y - ah))
                y -= ah + 2
            out.append((f"p{i}_l", lst))
            y -= 16
        return out

    lc = column(left, [(0, PRIORITIES[0]), (1, PRIORITIES[1])])
    rc = column(right, [(2, PRIORITIES[2]), (3, PRIORITIES[3])])
    for item in rc + lc:  # the right column first
        if len(item) == 4:
            key, p, x, y = item
            t.begin(key)
            p.drawOn(c, x, y)
            t.end()
        else:
            key, lst = item
            t.begin(key)
            for p, x, y in lst:
                p.drawOn(c, x, y)
            t.end()
    t.begin("pr_intro")
    pintro.drawOn(c, left, top - th - 8 - ih)
    t.end()
    for key, p, x, y, i, ytop in reversed(heads):  # the headings last, in reverse order
        t.artifact(True)
        c.saveState()
        c.setFillColor(hexc(ACC))
        c.circle(x - 17, ytop - 11, 11, stroke=0, fill=1)
        c.restoreState()
        text(c, x - 17, ytop - 15.5, str(i + 1), "Sans-Bold", 12, "FFFFFF", anchor="center")
        t.artifact(False)
        t.begin(key)
        p.drawOn(c, x, y)
        t.end()
    t.begin("pr_h")
    ptitle.drawOn(c, left, top - th)
    t.end()

    # ---------------------------------------------------------------- page 3: measures, last plan, PCC
    d.next()
    w = d.writer()
    block("m_h", lambda: w.heading("How we will know it is working", size=18))
    block("m_t", lambda: w.table([
        ["Priority", "Measure", "2025-26", "Aim by 2029"],
        ["Rural crime", "Burglaries of outbuildings in the nine villages", "312", "Below 250"],
        ["Exploitation", "Children screened at high risk with a safety plan", "64%", "95%"],
        ["Domestic abuse", "Repeat referrals to MARAC", "41%", "Below 30%"],
        ["Town centre", "Women who feel safe in the town centre after dark", "38%", "55%"],
    ], [90, 230, 70, 93]))
    block("old_h", lambda: w.heading("Looking back: our 2023-2026 plan", size=14, before=6))
    block("old", lambda: w.bullets([
        "Reducing antisocial behaviour on the Brookfield and Holme Lane estates",
        "Protecting vulnerable people from fraud and scams",
        "Reducing reoffending by prolific offenders"]))
    w.space(6)
    block("pcc_h", lambda: w.heading("The Police and Crime Commissioner's priorities", size=14, before=6))
    block("pcc_p", lambda: w.para("Our plan supports the Commissioner's Police and Crime Plan 2025-2029, which "
                                  "has four priorities for the whole county:"))
    block("pcc", lambda: w.bullets(["Preventing crime and harm", "Supporting victims and witnesses",
                                    "Tackling violence against women and girls", "An effective and trusted police service"]))
    w.space(6)
    block("gov_h", lambda: w.heading("How the partnership works", size=14, before=6))
    block("gov", lambda: w.para(
        "The partnership board meets four times a year and is chaired in turn by the district council and the "
        "police. Each priority has a delivery group, and the Safer Wrenshaw Scrutiny Panel reviews this plan "
        "every year. The statutory partners are Wrenshaw District Council, the police, the fire and rescue "
        "service, the integrated care board and the Probation Service."))

    pdf = d.raw()
    t.build(pdf)
    d.info(pdf, creator="Adobe Acrobat Pro (accessibility remediation)")
    return pdf.write(path.name)


def finish(work, out):
    target = out / f"{NAME}.pdf"
    data = build(work / f"{NAME}.pdf")
    return [kit14.publish_bytes(data, target)]
