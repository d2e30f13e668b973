"""Brackenfold reducing reoffending strategy: the consultation draft was turned into the final version by
**editing the PDF** rather than the source. An incremental update (a second body, xref and trailer appended
after the first %%EOF, as Acrobat saves) adds a second content stream to pages 1 and 2 that paints **white
boxes over the old wording** and writes the new wording on top in Helvetica-Bold. The draft's words are still
in the first content stream, underneath: two reworded priorities and the "consultation draft" label."""
from __future__ import annotations

import re
import zlib

import kit14
from kit14 import Doc, box, hexc, text
from pdfobj import PDF

NAME = "whiteout_incremental_update_reoffending"
TITLE = "Brackenfold Reducing Reoffending Strategy 2026-2029"
ACC = "1D6A72"

# (draft wording, final wording or None if unchanged, description)
PRIORITIES = [
    ("Finding a settled home for everyone leaving prison", None,
     "Four in ten people released to Brackenfold last year had nowhere settled to live on their first night. We "
     "will agree an address before release for everyone serving under four years and open a second "
     "move-on house with Brackenfold Homes."),
    ("Getting people into work and training", "Helping people into education, training and work",
     "Employment halves the risk of reoffending. Employment hubs in HMP Castlereagh and the Probation office will "
     "link people to the twelve local employers who have signed our Fair Chance pledge."),
    ("Treatment for drug and alcohol problems that starts in prison and continues on release", None,
     "We will make sure no one leaves prison without a treatment appointment, and that people on a community "
     "order with a treatment requirement start treatment within two weeks."),
    ("Supporting women in the justice system", "A women's pathway that keeps women out of custody",
     "Most women in the justice system are victims as well as offenders. The women's centre on Mill Street will "
     "offer every woman on probation one place to get help with housing, debt, children and abuse."),
]


def build(path):
    d = Doc(path, TITLE, "Brackenfold Reducing Reoffending Board", footer="Brackenfold Reducing Reoffending "
            "Strategy 2026-2029", accent=ACC)
    c = d.c
    patches = {0: [], 1: []}  # page -> (x, y, w, h, new text, size, colour) white box + new text
    # ---------------------------------------------------------------- p1
    box(c, 0, d.H - 210, d.W, 210, ACC)
    text(c, 56, d.H - 60, "CONSULTATION DRAFT \u2013 NOT FOR PUBLICATION", "Sans-Bold", 11, "FFD27A")
    patches[0].append((52, d.H - 66, 330, 18, "FINAL VERSION - APPROVED 8 OCTOBER 2026", 11, "FFD27A", ACC))
    w = d.writer(top=d.H - 90)
    w.para(TITLE, size=26, font="Sans-Bold", color="FFFFFF", leading=31)
    w.para("Fewer victims, safer communities, second chances", size=13, color="D3EEF0")
    w.reset(top=d.H - 250)
    w.heading("Introduction", size=16)
    w.para("Around 1,400 people in Brackenfold are supervised by the Probation Service at any one time, and about "
           "320 are released from prison to the borough each year. One in four adults released from prison "
           "reoffends within a year; for people released from short sentences it is more than half.")
    w.para("The Brackenfold Reducing Reoffending Board brings together probation, the council, police, health, "
           "housing providers, Jobcentre Plus, HMP Castlereagh and the voluntary sector. This strategy sets out "
           "where we will concentrate our shared effort for the next three years.")
    w.heading("The seven pathways", size=14, before=8)
    w.para("National guidance groups the needs of people who offend into seven pathways. We have used them to "
           "organise our needs assessment, but our priorities are where Brackenfold most needs to improve:")
    w.bullets(["accommodation", "education, training and employment", "health", "drugs and alcohol",
               "finance, benefit and debt", "children and families", "attitudes, thinking and behaviour"])
    w.heading("What people with lived experience told us", size=14, before=8)
    w.bullets(["\u201cThe day you get out is the most dangerous day. Nothing is ready.\u201d",
               "\u201cI had a script in prison and then nothing for three weeks.\u201d",
               "\u201cEmployers see the record, not the person.\u201d"])
    # ---------------------------------------------------------------- p2 priorities
    d.next()
    w = d.writer()
    w.heading("Our priorities", size=21)
    w.para("The board has agreed four priorities for 2026-2029. Each has a lead partner and a delivery group.")
    for i, (old, new, desc) in enumerate(PRIORITIES, 1):
        w.space(6)
        text(c, 56, w.y - 10, f"PRIORITY {i}", "Sans-Bold", 9, "6A8E92", char_space=1)
        w.space(16)
        y0 = w.y
        size = 13.5 if len(old) < 60 else 12
        w.para(old, size=size, font="Sans-Bold", color=ACC, leading=size * 1.25, after=4)
        if new:
            patches[1].append((54, y0 - size * 1.25 - 1, d.W - 110, size * 1.25 + 2, new, size, ACC, "FFFFFF"))
        w.para(desc, after=4)
    w.space(8)
    w.heading("How we will work", size=14)
    w.para("<b>Whole system.</b> Prison, probation and community services plan release together. <b>Lived "
           "experience.</b> Two peer mentors sit on the board. <b>Victims first.</b> Every priority is judged by "
           "whether it means fewer victims.")
    # ---------------------------------------------------------------- p3
    d.next()
    w = d.writer()
    w.heading("How we will measure progress", size=18)
    w.table([["Measure", "2025-26", "2029 ambition"],
             ["Adults reoffending within 12 months (proven)", "26.8%", "23%"],
             ["Settled accommodation on the first night after release", "58%", "85%"],
             ["In work six weeks after release", "14%", "25%"],
             ["Treatment started within 3 weeks of release", "41%", "75%"],
             ["Women on probation supported by the women's centre", "112", "250"]], [290, 90, 103])
    w.heading("Our 2022-2025 strategy", size=16, before=8)
    w.para("The last strategy had three priorities: integrated offender management for prolific offenders, "
           "reducing knife crime by young adults, and improving data sharing between prison and probation. The "
           "first two now sit with the Community Safety Partnership and the Serious Violence Partnership.")
    w.heading("Governance", size=16, before=8)
    w.para("The board meets quarterly, chaired by the Head of the Probation Delivery Unit, and reports to the "
           "Safer Brackenfold Partnership and the Police and Crime Commissioner's Local Criminal Justice Board.")
    pdf = d.raw()
    d.info(pdf, creator="Adobe InDesign 19.4 (Windows)", producer="Adobe PDF Library 17.0")
    first = pdf.write(path.name)

    # ---------------------------------------------------------------- the Acrobat edit: incremental update
    upd = PDF(first)
    pages = upd.pages()
    fonts = int(re.search(rb"/Font (\d+) 0 R", upd.get(pages[0])).group(1))
    hebo = upd.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    upd.dict_add(fonts, b"/TT9 %d 0 R" % hebo)
    for pi, items in patches.items():
        ops = []
        for x, y, wd, ht, new, size, col, bg in items:
            r, g, b = hexc(bg).rgb()
            tr, tg, tb = hexc(col).rgb()
            ops += ["q", f"{r:.3f} {g:.3f} {b:.3f} rg", f"{x:.2f} {y:.2f} {wd:.2f} {ht:.2f} re f", "Q",
                    "BT", f"/TT9 {size} Tf", f"{tr:.3f} {tg:.3f} {tb:.3f} rg",
                    f"1 0 0 1 {x + 2:.2f} {y + ht * 0.28:.2f} Tm", f"({new}) Tj", "ET"]
        sid = upd.add_stream(b"/Filter /FlateDecode", zlib.compress("\n".join(ops).encode("cp1252"), 9))
        page = upd.get(pages[pi])
        page = re.sub(rb"/Contents (\d+) 0 R", lambda m: b"/Contents [" + m.group(1) + b" 0 R %d 0 R]" % sid, page)
        upd.set(pages[pi], page)
    kit14.pin_info(upd, Title=TITLE, Author=d.author, Subject=TITLE, Creator="Adobe InDesign 19.4 (Windows)",
                   Producer="Adobe PDF Library 17.0; modified using Adobe Acrobat Pro 24.2")
    return upd.append_update(path.name)


def finish(work, out):
    return [kit14.publish_bytes(build(work / f"{NAME}.pdf"), out / f"{NAME}.pdf")]
