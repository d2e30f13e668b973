"""pcc_missions_banners: a Police and Crime Plan whose priorities are "missions", each opening on a
full-width dark banner with white text ("MISSION ONE" + the mission); "pledges" under each mission, the
Government's national missions, white-on-dark value tiles and a dark "plan on a page" are distractors."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import rl_kit as R

NAME = "pcc_missions_banners"
TITLE = "Police and Crime Plan for Stonebeck 2025–2029"
NAVY, TEAL, GOLD = "14213D", "1B6F74", "F2B632"
W, H = A4
M = 50

MISSIONS = [
    ("ONE", "Fewer victims of violent crime",
     "Violent crime has fallen across Stonebeck, but knife crime and violence against women and girls have not. "
     "Behind every figure is a person whose life has been changed.",
     ["I pledge to fund a violence reduction team in each of the county's three policing areas.",
      "I pledge to double the number of domestic abuse perpetrators on behaviour change programmes.",
      "I pledge to put more officers into town centres on Friday and Saturday nights.",
      "I pledge to fund specialist support for victims of rape and serious sexual offences."],
     [["Knife-enabled offences", "612", "Reduce by 25%"], ["Repeat domestic abuse victims", "31%", "Reduce"],
      ["Rape charge rate", "6%", "Increase to 10%"]]),
    ("TWO", "Safe and confident communities",
     "People should feel safe where they live, and confident that the police will respond when they need them. "
     "Too many people tell me they do not see an officer from one month to the next.",
     ["I pledge to restore a named neighbourhood officer for every ward.",
      "I pledge to answer 999 calls within 10 seconds and 101 calls within five minutes.",
      "I pledge to fund community safety partnerships to tackle anti-social behaviour.",
      "I pledge to work with rural communities on farm and wildlife crime."],
     [["Confidence in local policing", "64%", "75%"], ["101 calls answered in 5 minutes", "58%", "85%"],
      ["ASB incidents", "28,400", "Reduce"]]),
    ("THREE", "A fair and effective criminal justice system",
     "Victims wait too long for justice, and too many give up on the process. Those who offend need to face the "
     "consequences and get the help they need to stop.",
     ["I pledge to give every victim a single point of contact from report to court.",
      "I pledge to fund the restorative justice service across the county.",
      "I pledge to work with the courts and the Crown Prosecution Service to reduce delays.",
      "I pledge to invest in services that help people leaving prison stay away from crime."],
     [["Victims satisfied with the service", "71%", "80%"], ["Average days from charge to trial", "412", "Reduce"],
      ["Proven reoffending (adults)", "25.3%", "Reduce"]]),
]


EXTRA = [
    ("“My son was stabbed walking home from football. I want other parents to be spared what we went through.”",
     "— a parent speaking at the Stonebeck city centre public meeting, June 2025",
     "Stonebeck Constabulary, the Violence Reduction Partnership, the five community safety partnerships, NHS "
     "Stonebeck, schools and colleges, and specialist victims' services."),
    ("“We used to know our PCSO by name. Now we don't know who to ring.”",
     "— a resident of Fellside, summer survey 2025",
     "Stonebeck Constabulary, district and parish councils, Neighbourhood Watch, Farm Watch, housing providers "
     "and the fire and rescue service."),
    ("“It was two and a half years from the night it happened to the day of the trial. I nearly gave up.”",
     "— a victim of a serious assault, victims' panel",
     "HM Courts and Tribunals Service, the Crown Prosecution Service, the Probation Service, the Local Criminal "
     "Justice Board, Victim Support and the restorative justice service."),
]


def _footer(c, n):
    R.text(c, M, 26, "Stonebeck Police and Crime Plan 2025–2029", size=8, color="777777")
    R.text(c, W - M, 26, str(n), font="Sans-Bold", size=9, color=NAVY, anchor="right")


def build(out: Path) -> Path:
    path = out / f"{NAME}.pdf"
    c = R.make_canvas(path, TITLE, "Office of the Police and Crime Commissioner for Stonebeck")
    wr = R.Writer(c, M, H - 60, W - 2 * M, bottom=50, accent=NAVY)

    # 1 cover: all white text on navy
    R.box(c, 0, 0, W, H, NAVY)
    R.box(c, 0, H - 14, W, 14, GOLD)
    R.text(c, M, H - 200, "STONEBECK", font="Sans-Bold", size=16, color=GOLD, char_space=4)
    R.text(c, M, H - 250, "Police and Crime Plan", font="Sans-Bold", size=36, color="FFFFFF")
    R.text(c, M, H - 292, "2025–2029", size=28, color="FFFFFF")
    R.text(c, M, H - 340, "Three missions for a safer Stonebeck", size=16, color="C7D0E6")
    R.text(c, M, 80, "Rachel Ndlovu, Police and Crime Commissioner for Stonebeck", size=11, color="FFFFFF")
    c.showPage()

    # 2 commissioner's introduction
    wr.reset()
    wr.heading("Commissioner's introduction", 22)
    for t in ["When I was elected I promised to listen before I wrote this plan. Over the summer I held 38 public "
              "meetings, from Stonebeck city centre to the smallest villages of the Fell, and more than 6,000 "
              "people completed my survey.",
              "What you told me was clear. You want to see officers in your community. You want violent crime, "
              "and especially violence against women and girls, taken seriously. And you want a justice system "
              "that works for victims, not one that makes them wait years for their day in court.",
              "This plan is built around three missions: fewer victims of violent crime; safe and confident "
              "communities; and a fair and effective criminal justice system. Under each mission I have made "
              "pledges, and I will report every year on whether I have kept them.",
              "The Chief Constable is responsible for operational policing. My job is to set the priorities, "
              "hold the Chief Constable to account on your behalf, and commission services for victims. I will "
              "do that openly."]:
        wr.para(t, size=11)
    wr.para("<b>Rachel Ndlovu</b><br/>Police and Crime Commissioner for Stonebeck", size=11)
    wr.heading("About this plan", 14, before=10)
    wr.para("The Police Reform and Social Responsibility Act 2011 requires every Police and Crime Commissioner "
            "to publish a police and crime plan. This plan runs from 2025 to 2029 and was reviewed by the "
            "Stonebeck Police and Crime Panel on 17 July 2025.")
    _footer(c, 2)
    c.showPage()

    # 3 at a glance + national missions
    wr.reset()
    wr.heading("Stonebeck at a glance", 22)
    y = wr.y
    for i, (big, small) in enumerate([("1.1m", "people live in Stonebeck"), ("3,410", "police officers"),
                                      ("96,200", "crimes recorded in 2024/25"), ("6,012", "survey responses")]):
        x = M + i * 125
        R.box(c, x, y - 72, 115, 68, TEAL)
        R.text(c, x + 10, y - 34, big, font="Sans-Bold", size=22, color="FFFFFF")
        R.text(c, x + 10, y - 54, small, size=8, color="FFFFFF")
    wr.space(90)
    wr.heading("What you told me", 15)
    wr.bullets(["78% want to see more officers on foot patrol", "knife crime is the top worry for parents",
                "women feel less safe than men in every part of the county",
                "victims want to be kept informed about their case"])
    wr.heading("The national picture", 15)
    wr.para("The Government's Safe Streets mission commits to:")
    wr.bullets(["halving knife crime in a decade", "halving violence against women and girls in a decade",
                "restoring confidence in policing and the criminal justice system",
                "tackling anti-social behaviour and shop theft"])
    wr.para("The Strategic Policing Requirement sets out national threats that every force must help to tackle, "
            "including terrorism, serious and organised crime, and violence against women and girls.")
    _footer(c, 3)
    c.showPage()

    # 4-6 missions
    for n, (word, name, why, pledges, measures) in enumerate(MISSIONS, start=4):
        R.box(c, 0, H - 190, W, 190, NAVY)
        R.box(c, 0, H - 196, W, 6, GOLD)
        R.text(c, M, H - 90, f"MISSION {word}", font="Sans-Bold", size=13, color=GOLD, char_space=3)
        bw = R.Writer(c, M, H - 105, W - 2 * M, bottom=0)
        bw.para(name, size=30, font="Sans-Bold", color="FFFFFF", leading=34)
        wr.reset(top=H - 225)
        wr.heading("Why this matters", 15, before=0)
        wr.para(why, size=11)
        wr.heading("My pledges", 15)
        wr.bullets(pledges, size=10.5)
        wr.heading("How we will measure progress", 15)
        wr.table([["Measure", "Baseline 2024/25", "Ambition 2029"]] + measures, [250, 120, 125], head_bg=TEAL,
                 size=10)
        quote, who, partners = EXTRA[n - 4]
        top = wr.y
        R.box(c, M, top - 96, W - 2 * M, 96, "EEF2F8")
        R.box(c, M, top - 96, 5, 96, GOLD)
        qw = R.Writer(c, M + 18, top - 12, W - 2 * M - 36, bottom=0)
        qw.para(f"<i>{quote}</i>", size=12, color=NAVY, leading=16)
        qw.para(who, size=9, color="555555")
        wr.space(112)
        wr.heading("Who will help deliver this mission", 13)
        wr.para(partners, size=10.5)
        _footer(c, n)
        c.showPage()

    # 7 partners and values
    wr.reset()
    wr.heading("Working with partners", 22)
    wr.para("No single organisation can deliver these missions. I will work with the county's five community "
            "safety partnerships, the Violence Reduction Partnership, the Local Criminal Justice Board, health "
            "and the voluntary sector.")
    wr.heading("Our values", 15)
    y = wr.y
    for i, (v, d) in enumerate([("Integrity", "doing the right thing"), ("Fairness", "treating people equally"),
                                ("Openness", "explaining our decisions")]):
        x = M + i * 167
        R.box(c, x, y - 80, 157, 76, NAVY)
        R.text(c, x + 12, y - 36, v, font="Sans-Bold", size=16, color="FFFFFF")
        R.text(c, x + 12, y - 58, d, size=9.5, color="FFFFFF")
    wr.space(96)
    wr.heading("Holding the Chief Constable to account", 15)
    wr.para("I will hold a public accountability meeting every quarter, publish the Chief Constable's "
            "performance against this plan, and commission independent inspections where needed.")
    wr.heading("Funding", 15)
    wr.para("The police budget for 2025/26 is £312 million, of which £96 million comes from council tax. I also "
            "receive £4.1 million from the Ministry of Justice to commission victims' services.")
    _footer(c, 7)
    c.showPage()

    # 8 plan on a page (white on dark)
    R.box(c, 0, 0, W, H, NAVY)
    R.text(c, M, H - 80, "Plan on a page", font="Sans-Bold", size=26, color="FFFFFF")
    R.text(c, M, H - 104, "Our vision: a safer Stonebeck, where people are protected from harm and "
                          "victims are put first.", size=11, color=GOLD)
    for i, (word, name, _why, pledges, _m) in enumerate(MISSIONS):
        x = M + i * 167
        R.box(c, x, 300, 157, 400, TEAL)
        bw = R.Writer(c, x + 10, 690, 137, bottom=0)
        bw.para(name, size=14, font="Sans-Bold", color="FFFFFF", leading=17, after=10)
        for p in pledges:
            bw.para(p.replace("I pledge to ", "").rstrip(".").capitalize(), size=8.5, color="FFFFFF", after=5)
    R.text(c, M, 260, "Police and Crime Panel: scrutinises the Commissioner's decisions and this plan.", size=10,
           color="FFFFFF")
    R.text(c, M, 240, "Contact: opcc@stonebeck.example.police.uk · 01632 960 900", size=10, color="FFFFFF")
    R.text(c, W - M, 26, "8", font="Sans-Bold", size=9, color="FFFFFF", anchor="right")
    c.showPage()
    c.save()
    return path
