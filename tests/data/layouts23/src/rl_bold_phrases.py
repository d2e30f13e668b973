"""Wensleigh Violence Against Women and Girls Strategy 2026-2029 (reportlab, 4 pages). No heading, list or label
for the priorities: each is a BOLD PHRASE in the middle of a running paragraph, one paragraph per priority, on
p3 under the heading "Where we will focus" (the intro sentence says the four priorities are "shown in bold").
Other bold phrases in running text: statistics and service names on p2, the 2022-2025 strategy's three
priorities in bold inside one sentence (p2), a bold service name ("Ask for Angela") inside the third priority's
paragraph, and bold run-in labels ("Governance.", "Measures.") on p4."""
from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY

from kit23 import Doc, box, para_at, text

NAME = "bold_phrases_in_paragraphs_vawg"
ACC = "6B2D5C"
PRI = ["preventing violence before it starts, through healthy relationships education in every school and college",
       "making Wensleigh's streets, parks and night-time venues places where women and girls feel safe",
       "holding perpetrators to account and changing their behaviour",
       "making sure every survivor can get specialist support quickly, wherever she lives in the district"]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Wensleigh Violence Against Women and Girls Strategy 2026-2029",
            "Safer Wensleigh Partnership", footer="Wensleigh VAWG Strategy 2026-2029", accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 330, W, 330, ACC)
    text(c, 56, H - 150, "Wensleigh Violence Against", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 188, "Women and Girls Strategy", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 226, "2026\u20132029", "Sans", 24, "F3D9EC")
    text(c, 56, H - 290, "Safer Wensleigh Partnership", "Sans", 14, "FFFFFF")
    para_at(c, "Wensleigh District Council \u2022 Fellshire Police \u2022 Office of the Police and Crime "
            "Commissioner for Fellshire \u2022 Fellshire Integrated Care Board \u2022 Wensleigh Women's Aid \u2022 "
            "Probation Service", 56, 140, W - 112, size=10, color="444444", leading=14)
    d.next()
    J = dict(align=TA_JUSTIFY, size=10.5, leading=15, after=9)
    w = d.writer(x=64, width=W - 128)
    w.heading("Foreword", 18)
    w.para("Violence against women and girls is not inevitable. It is a crime, a public health problem and a "
           "breach of human rights, and it is everyone's business. This strategy is the Safer Wensleigh "
           "Partnership's plan for the next three years. It was written with the women and girls who answered our "
           "survey, with the specialist services who support them every day, and with the young people of "
           "Wensleigh's schools, who told us very plainly what needs to change.", **J)
    w.para("I want to thank everyone who gave their time. I especially want to thank the survivors who spoke to "
           "us: this strategy is shaped by what you said.", **J)
    w.para("<i>Councillor Helen Marsh-Oduya, Chair, Safer Wensleigh Partnership</i>", **J)
    w.heading("The picture in Wensleigh", 18, before=10)
    w.para("Last year Fellshire Police recorded <b>2,140 domestic abuse crimes</b> in Wensleigh district, and "
           "<b>212 sexual offences</b>, of which 61 were against girls under 18. In our survey of 1,480 women and "
           "girls, <b>two in three</b> said they had changed the way they travel around Wensleigh because they "
           "felt unsafe, and <b>one in five</b> secondary school girls said they had been sent an unwanted sexual "
           "image in the last year.", **J)
    w.para("Support is there, but it is uneven. <b>Wensleigh Women's Aid</b> answered 3,900 helpline calls, and "
           "the <b>Fellshire Sexual Assault Referral Centre</b> saw 148 people from the district. Women in the "
           "rural north of the district wait on average nine days longer for an outreach worker than women in "
           "Wensleigh town.", **J)
    w.para("Our 2022-2025 strategy was built around three priorities: <b>raising awareness</b>, <b>improving the "
           "police response</b> and <b>more refuge places</b>. We have made progress on all three: the refuge has "
           "grown from 9 to 14 units and every response officer has had domestic abuse training. They are now part "
           "of how we work, rather than priorities in their own right.", **J)
    d.next()
    w = d.writer(x=64, width=W - 128)
    w.heading("Where we will focus", 18)
    w.para("The partnership has agreed four priorities for 2026-2029. They are shown in bold below, each with a "
           "short explanation of why it matters and what we will do.", **J)
    w.para(f"Most of the women we spoke to said that attitudes are set young. Over the next three years we will "
           f"put <b>{PRI[0]}</b> at the heart of our work. Schools have asked for help with this, and the "
           f"council's education team will lead it, using materials written with Wensleigh's youth council.", **J)
    w.para(f"Fear of harassment shapes where women go and when. The partnership will give priority to "
           f"<b>{PRI[1]}</b>. That means better lighting on the riverside path and in Abbey Gardens, training for "
           f"door staff and taxi drivers, and a Safe Spaces scheme in the town centre and in Carrick Bridge.", **J)
    w.para(f"Too often the burden of change falls on the victim. Our third area of focus is <b>{PRI[2]}</b>. We "
           f"will expand the Fellshire behaviour change programme, make full use of Stalking Protection Orders, and "
           f"ask every licensed venue to sign up to <b>Ask for Angela</b> so that staff know what to do when a woman "
           f"asks for help.", **J)
    w.para(f"Finally, and most importantly for the survivors who spoke to us, we will concentrate on "
           f"<b>{PRI[3]}</b>. We will fund a second outreach worker for the rural north, open a drop-in at "
           f"Carrick Bridge library, and agree a single referral route so that no woman has to tell her story more "
           f"than once.", **J)
    y = w.y - 8
    box(c, 64, y - 80, W - 128, 80, "F6EAF3")
    para_at(c, "\u201cI didn't know where to go. I rang three numbers before anyone could help me, and by then "
            "I'd nearly given up.\u201d", 80, y - 14, W - 160, font="Sans-Italic", size=11, color=ACC, leading=15)
    text(c, 80, y - 66, "\u2014 Survivor, Wensleigh listening event, March 2026", "Sans", 9, "555555")
    d.next()
    w = d.writer(x=64, width=W - 128)
    w.heading("How we will know it is working", 18)
    w.para("<b>Measures.</b> We will report to the partnership every six months on the number of schools delivering "
           "healthy relationships education, the share of women in our annual survey who feel safe in the town "
           "centre after dark, the number of perpetrators completing a behaviour change programme, and the time "
           "from referral to first contact with an outreach worker.", **J)
    w.para("<b>Governance.</b> The strategy belongs to the Safer Wensleigh Partnership. A VAWG Delivery Group, "
           "chaired by the council's Head of Community Safety, will keep an action plan and report to each "
           "partnership meeting. The Police and Crime Commissioner for Fellshire funds part of this work through "
           "the Community Safety Fund.", **J)
    w.para("<b>Equality.</b> Violence against women and girls affects women of every background, but not equally. "
           "Our action plan includes specific work with disabled women, older women and women from the district's "
           "Polish and Romanian communities.", **J)
    w.para("<b>Get help.</b> In an emergency, call 999. Wensleigh Women's Aid helpline: 01632 960 414 (24 hours). "
           "National Domestic Abuse Helpline: 0808 2000 247.", **J)
    return [d.close()]
