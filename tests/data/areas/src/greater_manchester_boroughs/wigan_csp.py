"""Safer Wigan Borough: Community Safety Partnership Plan 2025-2028 (python-docx -> LibreOffice).

Wigan Council template: Liberation Sans, heading 1 in capitals, navy and teal, header "Community Safety
Partnership Plan 2025 – 2028" and "Wigan Council" with a rule, footer "Wigan Borough CSP Plan | N".
The priorities are **Heading 2s with a typed label "Priority 1 –"** (all five on p6), each followed by an
italic "What residents told us" quotation line and a short paragraph.  Distractors: the Deal for Communities
text, the 2022-2025 priorities in a two-column table, the Mayor's priorities, the action plan's themes.
"""
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/wigan_borough_community_safety_partnership_plan_2025-28.pdf"
NAVY, TEAL = "0B2E59", "00857C"

PRIORITIES = [
    ("Reducing anti-social behaviour and environmental crime", "\"The bikes on the field every night.\"",
     "Target the hotspots residents tell us about, and clean up fly-tipping quickly."),
    ("Tackling domestic abuse", "\"I didn't know who to tell.\"",
     "More places to get help, and a quicker response for repeat victims."),
    ("Preventing serious violence and knife crime", "\"My son carries a knife because he's scared.\"",
     "Youth work, education about knives and focused deterrence with the VRU."),
    ("Reducing reoffending through Integrated Offender Management", "\"Same faces, same crimes.\"",
     "Manage the most prolific offenders together and help them into housing and work."),
    ("Preventing radicalisation and extremism", "\"Things said online worry me.\"",
     "Deliver the Prevent duty and work with schools, faith groups and online safety partners."),
]


def intro(d):
    X.prose(d, [
        "The Deal for Communities is how Wigan Council and residents work together. Keeping people safe is "
        "part of that deal: partners will do their bit, and we ask residents to report what they see and look "
        "out for one another.",
        "This plan was agreed by the Safer Wigan Borough Partnership Board in March 2025.",
    ])


def evidence(d):
    X.stats_table(d, [("Total crime", "29,800", "down 2%"), ("ASB incidents", "8,100", "down 5%"),
                      ("Fly-tipping reports", "4,600", "up 10%"), ("Domestic abuse crimes", "5,400", "up 3%"),
                      ("Knife crime", "230", "down 6%")], fill=NAVY, band="E6EEF6")
    W.heading(d, "Our priorities from 2022 to 2025", 2)
    W.grid(d, [["2022–2025 priority", "What happened"],
               ["Protecting vulnerable people", "Complex safeguarding hub set up"],
               ["Tackling crime and ASB", "ASB fell 11% over three years (illustrative)"],
               ["Reducing reoffending", "IOM cohort reoffending fell"],
               ["Building resilient communities", "Community Safety Champions recruited"]], [8.0, 8.0],
           head_fill="7F7F7F")
    W.heading(d, "The Mayor's plan", 2)
    X.mayor_quote(d, "Standing Together: the Mayor's priorities for 2026–2030", fill="E6F3F2", colour=TEAL)


def priorities(d):
    W.para(d, "Our five priorities for 2025 to 2028 are:")
    for k, (title, quote, text) in enumerate(PRIORITIES, 1):
        h = W.heading(d, f"Priority {k} – {title}", 2)
        h.paragraph_format.space_before = W.Pt(8)
        W.para(d, quote, italic=True, colour="595959", after=2)
        W.para(d, text, after=4)


def delivery(d):
    X.actions(d, [
        ("ASB", "Off-road bike taskforce; fly-tipping enforcement days", "Council / GMP", "2025"),
        ("Domestic abuse", "Domestic abuse champions in every GP practice", "NHS / Council", "2026"),
        ("Violence", "Knife crime education in all secondary schools", "VRU", "2026"),
        ("Reoffending", "IOM housing pathway", "Probation", "2025"),
        ("Prevent", "Prevent training for 1,000 front-line staff", "Council", "2026"),
    ], fill=NAVY)
    W.heading(d, "Governance and contact", 2)
    W.para(d, "The board reports to the Wigan Borough Partnership and to the Confident Council Scrutiny "
              "Committee.")
    X.contacts(d, "Safer Communities team, Wigan Council", "safer.communities@wigan.example")


SPEC = dict(
    file=FILE, title="Safer Wigan Borough: Community Safety Partnership Plan 2025–2028",
    org="Safer Wigan Borough Partnership",
    style=W.Style(body="Liberation Sans", size=10.5, colours=(NAVY, TEAL, NAVY), h1=18, h2=12.5, caps_h1=True,
                  header_left="Community Safety Partnership Plan 2025 – 2028", header_right="Wigan Council",
                  footer="Wigan Borough CSP Plan | {PAGE}", footer_align="right", rule="00857C"),
    needle={"pri": "Our five priorities for 2025 to 2028 are"},
    cover=dict(kind="plain", logo=["WIGAN", "Council"], logo_fill=TEAL,
               lines=["Safer Wigan Borough", "Community Safety Partnership Plan 2025 – 2028"], date="March 2025"),
    sections=[
        ("Introduction", "in", intro),
        ("The evidence", "ev", evidence),
        ("Our priorities", "pri", priorities),
        ("Delivering the plan", "del", delivery),
    ],
)


def build(out_root):
    return report.build(SPEC, out_root)
