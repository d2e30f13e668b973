"""Hinckley and Bosworth Community Safety Partnership Plan 2025-2028 (house style C, red and slate)."""
from __future__ import annotations

from pathlib import Path

from . import house_c

SPEC = {
    "out": "strategies/hinckley_and_bosworth_community_safety_partnership_plan_2025-28.pdf",
    "title": "Hinckley and Bosworth Community Safety Partnership Plan 2025\u20132028",
    "cover_title": ["Hinckley and Bosworth", "Community Safety", "Partnership Plan"], "years": "2025\u20132028",
    "body": "Hinckley and Bosworth Community Safety Partnership", "code": "HBC",
    "running": "Hinckley and Bosworth CSP Plan 2025\u20132028",
    "theme": {"main": "#A4161A", "acc": "#3D405B", "pale": "#F7E9E9", "font": "liberation-sans",
              "hfont": "liberation-sans"},
    "fills": ["#A4161A", "#3D405B", "#E07A5F", "#81B29A", "#6D597A"],
    "vision": "a borough where people feel safe at home, in our town centres and in our villages.",
    "foreword": [
        "Hinckley and Bosworth combines the market town of Hinckley, the growing communities of Earl Shilton, "
        "Barwell and Burbage, and the rural west around Market Bosworth. This plan is the partnership's commitment "
        "to residents for the next three years.",
        "We have kept to five priorities so that we can do each of them well. For transparency, each has a "
        "reference number, the evidence behind it and a lead partner, set out in our priority register."],
    "signed": "Chair, Hinckley and Bosworth Community Safety Partnership",
    "role": ["Under the Crime and Disorder Act 1998 the partnership must assess crime and disorder each year and "
             "publish a plan to reduce it. It also has duties under the Serious Violence Duty and the Domestic "
             "Abuse Act 2021, and must have regard to the Police and Crime Plan."],
    "area_intro": "Figures from the 2024\u201325 strategic assessment.",
    "stats": [("114,000", "residents"), ("7,300", "recorded crimes"), ("2,040", "ASB reports"),
              ("1,260", "domestic abuse incidents"), ("640", "shop thefts in Hinckley and Earl Shilton"),
              ("51", "killed or seriously injured on borough roads")],
    "findings": ["anti-social behaviour remains residents' first concern, especially in Hinckley town centre and "
                 "Barwell;", "domestic abuse is the largest category of violence, and sexual offences reports have "
                 "risen;", "a small number of children have been exploited to carry drugs along the A5 corridor;",
                 "shop theft has risen by a third, driven by a few repeat offenders;",
                 "speeding complaints from parishes have doubled since 2022."],
    "shape_intro": "Our previous plan and the national and local plans listed here shaped our choices.",
    "previous": [["Anti-social behaviour", "Continues as HBC-P1"], ["Domestic abuse", "Continues, widened to "
                  "sexual violence"], ["Vulnerable people", "Refocused on young people and exploitation"],
                 ["Business crime", "Continues as retail crime"]],
    "national": ["Serious Violence Duty (2023): partners must work together to prevent and reduce serious violence.",
                 "Tackling Domestic Abuse Plan: prioritising prevention; supporting victims; pursuing perpetrators; "
                 "a stronger system.", "Anti-social Behaviour Action Plan (2023): swift and visible justice."],
    "register_intro": "These five priorities were agreed by the partnership board in March 2025.",
    "priorities": [
        ("Reducing anti-social behaviour and its effect on residents", "Top concern in every ward survey; 2,040 "
         "reports", "Borough Council", "1. Visible neighbourhood policing"),
        ("Tackling domestic abuse and sexual violence", "Largest category of violent crime; rising sexual offence "
         "reports", "County Council", "4. Keeping women and girls safe"),
        ("Keeping children and young people safe from exploitation", "Children exploited along the A5 drug "
         "routes", "Police", "3. Serious violence, drugs and exploitation"),
        ("Reducing shop theft and retail crime in our town centres", "Shop theft up a third; repeat offenders",
         "Police", "1. Visible neighbourhood policing"),
        ("Improving road safety and tackling speeding", "Parish complaints doubled; 51 KSI casualties",
         "Road Safety Partnership", "2. Protecting rural communities"),
    ],
    "watch": [["Fly-tipping", "Handled by the Council's enforcement team"],
              ["Cyber crime", "Low volume; covered by Trading Standards campaigns"]],
    "actions": [["HBC-P1", "Multi-agency problem-solving in Hinckley town centre and Barwell", "Borough Council",
                 "2025"], ["HBC-P1", "Diversionary youth sessions in the summer holidays", "Borough Council", "2025"],
                ["HBC-P2", "Independent sexual violence adviser surgeries", "OPCC", "2026"],
                ["HBC-P2", "Sanctuary scheme and target hardening", "Borough Council", "2025"],
                ["HBC-P3", "Exploitation awareness for taxi drivers, takeaways and hotels", "Police", "2025"],
                ["HBC-P4", "Shopwatch radio scheme and criminal behaviour orders", "Police", "2025"],
                ["HBC-P5", "Speed indicator devices rotated around parishes", "Road Safety Partnership", "2025"]],
    "measures": [["HBC-P1", "ASB reports", "2,040"], ["HBC-P2", "Repeat domestic abuse referrals", "27%"],
                 ["HBC-P3", "Children referred for exploitation support", "34"], ["HBC-P4", "Shop theft offences",
                 "640"], ["HBC-P5", "Killed or seriously injured casualties", "51"]],
    "governance": ["The partnership board meets quarterly, chaired by the Borough Council. It reports to the "
                   "Council's Scrutiny Commission and to the Leicestershire Safer Communities Strategy Board."],
    "contacts": ["Community Safety Team, Hinckley and Bosworth Borough Council", "Hinckley Hub, Rugby Road, Hinckley",
                 "Email csp@hinckley-bosworth-csp.example", "Telephone 01455 000 000 (illustrative)"],
}


def build(root: Path) -> Path:
    return house_c.build(root, SPEC)
