"""Hollin Vale Combating Drugs Partnership strategy: a narrow left margin column carries small callouts beside
the running text. Four callouts tagged "OUR PRIORITY" are the only statement of the priorities (pp2-4); other
callouts are "KEY FACT", "DEFINITION" and "NATIONAL PRIORITY"."""
from __future__ import annotations

from kit6 import Doc, box, para_at, text

NAME = "marginal_callouts_drugs"
ACC = "355E3B"
TAGS = {"OUR PRIORITY": ("355E3B", "FFFFFF"), "KEY FACT": ("E7E2D3", "333333"),
        "DEFINITION": ("E7E2D3", "333333"), "NATIONAL PRIORITY": ("D5DEE8", "1F3A5F")}


def callout(c, tag, body, top):
    """A margin note: a tinted box holding a letter-spaced tag and a short text."""
    from reportlab.platypus import Paragraph

    from rl_kit import style
    bg, fg = TAGS[tag]
    ours = tag == "OUR PRIORITY"
    st = style(font="Sans-Bold" if ours else "Sans", size=9.5 if ours else 8, leading=12 if ours else 10,
               color=fg)
    p = Paragraph(body, st)
    _, h = p.wrap(118, 1000)
    box(c, 36, top - 18 - h - 6, 128, h + 24, bg, radius=3)
    text(c, 42, top - 11, tag, "Sans-Bold", 6.5, "C9E3CC" if ours else "777777", char_space=0.8)
    p.drawOn(c, 42, top - 16 - h)
    return top - 24 - h


SECTIONS = [
    ("Supply", [("OUR PRIORITY", "Breaking drug supply chains into Hollin Vale"),
                ("NATIONAL PRIORITY", "Break drug supply chains (From Harm to Hope, 2021)")],
     ["Crack cocaine and heroin reach Hollin Vale mainly through three county lines from the West Midlands and "
      "Merseyside. Police closed 11 lines in 2024-25, but new lines appear within weeks. Cuckooing of vulnerable "
      "tenants was reported 37 times.",
      "We will share intelligence between the police, housing providers and the two prisons in the area, and "
      "target the people who profit from supply, not the young people who are exploited to run it.",
      "Trading Standards and the police will also act against the sale of nitrous oxide and illicit vapes to "
      "children, which partners see as an entry point."]),
    ("Treatment and recovery", [("KEY FACT", "1,240 adults were in structured treatment in March 2025: 53% of "
                                 "the estimated need for opiate and crack users."),
                                ("OUR PRIORITY", "Getting more people into treatment and keeping them there")],
     ["Too many people leave prison without a treatment appointment: only 41% of people released with a "
      "substance misuse need started treatment within three weeks.",
      "Our treatment provider will run an outreach team in the town centres, and a recovery community will be "
      "commissioned with people with lived experience. Employment support will be offered to everyone in "
      "treatment.",
      "We will build treatment into the Integrated Offender Management scheme, and work with the Probation "
      "Service so that Drug Rehabilitation Requirements are proposed wherever they are suitable."]),
    ("Deaths", [("DEFINITION", "Naloxone: a medicine that reverses an opioid overdose for long enough to call "
                 "an ambulance."),
                ("OUR PRIORITY", "Reducing drug-related deaths")],
     ["Twenty-three people died from drug poisoning in Hollin Vale in 2024, the highest number on record. Most "
      "were men in their forties using more than one substance.",
      "Every death will be reviewed by the drug-related deaths panel within three months. Naloxone will be "
      "available in every hostel and in police custody, and we will test a drug-checking service at festivals."]),
    ("Prevention", [("OUR PRIORITY", "Preventing young people from starting to use drugs"),
                    ("KEY FACT", "One in eight Year 10 pupils said they had used cannabis (school survey, 2025).")],
     ["Early use of cannabis and vapes was the concern parents raised most often in our consultation.",
      "Schools will be offered a drug education programme that follows the national guidance, and the youth "
      "service will provide targeted support to young people whose parents use drugs. We will not use scare "
      "tactics: the evidence shows that they do not work."]),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Hollin Vale Combating Drugs Partnership Strategy 2026-2029",
            "Hollin Vale Combating Drugs Partnership", footer="Hollin Vale Combating Drugs Strategy 2026-2029",
            accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, "F4F1E8")
    box(c, 0, H - 300, W, 300, ACC)
    text(c, 56, H - 190, "Combating Drugs", "Sans-Bold", 34, "FFFFFF")
    text(c, 56, H - 226, "Partnership Strategy 2026-2029", "Sans", 22, "FFFFFF")
    text(c, 56, H - 270, "Hollin Vale", "Sans", 16, "DCE8DD")
    w = d.writer(x=190, top=H - 360, width=W - 246)
    w.para("The Hollin Vale Combating Drugs Partnership brings together the district councils, Hollinshire County "
           "Council's public health team, Hollinshire Police, the Probation Service, the Integrated Care Board, "
           "HMP Hollin and people with lived experience of drug use.")
    w.para("The Government's drug strategy, From Harm to Hope, sets three national priorities; the national "
           "priorities are shown in the margin where they apply. Our own priorities are marked in the margin, "
           "beside the part of the strategy that explains them.")
    d.next()
    for i, (head, callouts, paras) in enumerate(SECTIONS):
        if i in (2, 3):
            d.next()
        w = d.writer(x=190, width=W - 246) if i != 1 else w
        if i == 1:
            w.space(16)
        top0 = w.y
        w.heading(head, 18, after=8)
        ys = []
        for p in paras:
            ys.append(w.y)
            w.para(p, after=8)
        low = d.H
        for (tag, body), y in zip(callouts, ys[:2]):
            low = callout(c, tag, body, min(y - 2, low - 10))
        if i == 3:
            w.space(20)
            w.heading("How we will measure progress", 16)
            w.table([["National outcome", "Hollin Vale 2024-25"],
                     ["Adults in structured treatment", "1,240"],
                     ["Deaths related to drug misuse", "23"],
                     ["Drug-related offending (proven reoffending)", "24.9%"],
                     ["County lines closed", "11"]], [220, 120], head_bg=ACC)
    return [d.close()]
