"""Tolverby Domestic Abuse Partnership Board: the Chair's open letter to partners launching the Domestic Abuse
Strategy 2026-2029 (reportlab, letter format, 2 pages). The four priorities are stated in prose with a
DIFFERENT ordinal phrasing each time, spread over several paragraphs with other sentences and paragraphs between
them: "The first thing the Board will prioritise is ...", "Next, we will prioritise ...", "A third priority,
and the one survivors raised most often, is ...", "Finally, we will prioritise ...". Ordinals used for other
things: "First, thank you", "Second, a word about money", last strategy's "first priority was",
the Domestic Abuse Act's duties ("The first of these ..."), and "the first of our principles"."""
from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY

from kit23 import Doc, text

NAME = "varied_ordinal_letter_domestic_abuse"
ACC = "8A3B12"
PRI = ["safe accommodation for every victim who has to leave home, including those with complex needs",
       "earlier help for children who live with domestic abuse",
       "a response that does not depend on the victim's age, disability or immigration status",
       "tackling the behaviour of those who cause harm"]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Tolverby Domestic Abuse Strategy 2026-2029: letter from the Chair",
            "Tolverby Domestic Abuse Partnership Board", footer="Tolverby Domestic Abuse Partnership Board",
            accent=ACC, font="Serif", footer_on_first=True)
    c, W, H = d.c, d.W, d.H
    J = dict(align=TA_JUSTIFY, size=11, leading=15.5, after=9)
    text(c, W - 56, H - 60, "Tolverby Domestic Abuse Partnership Board", "Serif-Bold", 12, ACC, anchor="right")
    text(c, W - 56, H - 76, "Civic Offices, Lantern Street, Tolverby TV1 4QE", "Serif", 9.5, "444444",
         anchor="right")
    text(c, W - 56, H - 90, "15 July 2026", "Serif", 9.5, "444444", anchor="right")
    w = d.writer(x=72, top=H - 130, width=W - 144)
    w.para("To: all partners of the Tolverby Domestic Abuse Partnership Board", size=11, after=4)
    w.para("<b>Our Domestic Abuse Strategy 2026-2029</b>", size=13, after=12, color=ACC)
    w.para("Dear colleagues,", **J)
    w.para("I am writing to launch the Board's new Domestic Abuse Strategy, which the Board agreed at its meeting "
           "on 24 June. The full strategy, with its action plan and needs assessment, is on the council's website; "
           "this letter sets out what it means for you and your organisation.", **J)
    w.para("First, thank you. More than 300 people helped us write this strategy, among them 58 survivors who told "
           "us about their experience of services in Tolverby, good and bad. Their words are all through the "
           "document, and they have changed what we will do.", **J)
    w.para("Our last strategy, for 2023-2026, had two priorities. Our first priority was a single front door for "
           "referrals, and our second was training for front-line staff. Both are now in place: the Tolverby "
           "Domestic Abuse Hub took 2,870 referrals last year, and 1,400 staff have been trained.", **J)
    w.para("The Domestic Abuse Act 2021 places duties on the council and on all of us. The first of these is to "
           "assess the need for support in safe accommodation; the second is to publish a strategy to meet it. "
           "This strategy meets both duties, and it goes further.", **J)
    w.para(f"The first thing the Board will prioritise is {PRI[0]}. Last year 41 women and 6 men who approached the "
           f"council as homeless because of abuse were placed in bed and breakfast, some for more than a month. "
           f"That has to stop. We will open eight dispersed safe homes and a specialist unit for survivors who use "
           f"drugs or alcohol.", **J)
    d.next()
    w = d.writer(x=72, width=W - 144)
    w.para("Survivors were clear that they want to be believed the first time. That is the first of our "
           "principles, and it runs through everything that follows.", **J)
    w.para(f"Next, we will prioritise {PRI[1]}. An estimated 3,100 children in Tolverby live in a home where there "
           f"is domestic abuse. Operation Encompass now reaches every school, but too few children get any support "
           f"after the school has been told. We will fund two children's workers and a group programme for "
           f"mothers and children.", **J)
    w.para("Second, a word about money. The council has committed \u00a3410,000 a year to this strategy, and the "
           "Police and Crime Commissioner a further \u00a3120,000. I will ask each partner at our September meeting "
           "what it can add.", **J)
    w.para(f"A third priority, and the one survivors raised most often, is {PRI[2]}. Older victims told us they were "
           f"not asked about abuse; deaf survivors told us they could not use the helpline; and women with no "
           f"recourse to public funds told us they were turned away. We will commission a specialist worker for "
           f"older and disabled victims and set up a fund for women with no recourse to public funds.", **J)
    w.para(f"Finally, we will prioritise {PRI[3]}. For too long our response has asked victims to change their "
           f"lives while the person harming them carries on. We will bring in a perpetrator programme that "
           f"accepts self-referrals and make better use of Domestic Abuse Protection Orders.", **J)
    w.para("The Board will publish a short progress report every year, and I will write to you again when the "
           "first one is ready. If you have any questions about the strategy, please contact Aisha Greenhalgh, "
           "the Board's Domestic Abuse Coordinator, at da.board@tolverby.gov.uk.", **J)
    w.para("With thanks and best wishes,", **J)
    w.para("<b>Dr Martin Foulkes-Adeyemi</b><br/>Independent Chair, Tolverby Domestic Abuse Partnership Board",
           size=11, leading=15.5)
    return [d.close()]
