"""Erewash Community Safety Partnership Plan 2025-2028: python-pptx deck exported by LibreOffice as NOTES PAGES.

Every PDF page is a portrait notes page: the slide as a thumbnail in the upper half and the presenter's speaker
notes under it.  One slide per priority (slides 8-12): a small "Our priorities | n of 5" strap, and the priority
as the text of a large rounded banner shape; the notes talk around it.
"""
from .deck import Deck, LEFT, S
from . import parts

OUT = "strategies/erewash_community_safety_partnership_plan_2025-28.pdf"
RED, LIGHT, DARK = "#A31F34", "#F8E6E9", "#4D0E18"
PRIS = [
    ("Reduce anti-social behaviour, including off-road bikes",
     "Say: this was the top concern in every ward. Mention the off-road bike operation in Kirk Hallam and the "
     "new Public Spaces Protection Order consultation. Ask members for hotspots in their wards."),
    ("Tackle domestic abuse and sexual violence",
     "Say: about one in six crimes in Erewash is linked to domestic abuse (illustrative). The county "
     "partnership leads strategy; we will focus on awareness, the sanctuary scheme and workplace champions."),
    ("Prevent serious violence and knife crime among young people",
     "Say: numbers are small but rising in Ilkeston town centre. Link to the Serious Violence Duty and the "
     "county strategy. Mention knife arches at events and the youth outreach bus."),
    ("Reduce the harm caused by drugs and alcohol",
     "Say: alcohol-related admissions are above the England average. Treatment is commissioned by the county; "
     "our role is licensing, street drinking and supporting referrals."),
    ("Improve community cohesion and tackle hate crime",
     "Say: hate crime reports rose after national events last summer. Talk about the third-party reporting "
     "centres and the community cohesion fund. Prevent sits with the county Prevent board."),
]


def build(root):
    d = Deck("Erewash Community Safety Partnership Plan 2025-2028", "Erewash Community Safety Partnership",
             accent=RED, number_fmt="{n}")
    parts.title_slide(d, "Erewash Community Safety Partnership", "Community Safety Partnership Plan 2025–2028",
                      "Members' seminar – speaker notes", DARK, "#F3A3B0")
    d.prs.slides[0].notes_slide.notes_text_frame.text = (
        "Welcome members. This pack prints the slides with the speaker notes. Figures are illustrative.")
    s = parts.agenda(d, ["Why a partnership plan", "Erewash in numbers", "What residents told us",
                         "Previous priorities", "The Police and Crime Plan", "Our five priorities",
                         "Action plan and measures", "Governance"], RED)
    s.notes_slide.notes_text_frame.text = "Run through the agenda. Allow 40 minutes including questions."
    s = parts.prose(d, "Why a partnership plan", [
        "The Crime and Disorder Act 1998 requires the council, police, fire, health and probation to work "
        "together to reduce crime and disorder.",
        "Erewash's plan covers Ilkeston, Long Eaton and the villages between them."],
        aside=["Statutory partners", "Erewash Borough Council", "Derbyshire Constabulary",
               "Derbyshire County Council", "Fire and rescue", "Probation", "Integrated Care Board"], fill=LIGHT)
    s.notes_slide.notes_text_frame.text = ("Explain the statutory basis. Note the new Serious Violence Duty, which "
                                           "applies to the same partners.")
    s = parts.tiles(d, "Erewash in numbers", [("113,000", "residents"), ("8,600", "crimes recorded"),
                                              ("3,400", "ASB incidents"), ("1 in 6", "crimes domestic-abuse related"),
                                              ("+21%", "hate crime reports"), ("38", "knife offences")], LIGHT, RED)
    s.notes_slide.notes_text_frame.text = "All figures illustrative. Stress that Erewash is a low-crime borough overall."
    s = parts.quotes(d, "What residents told us", [
        "Bikes tearing across Pioneer Meadows.", "I'd like to feel safe walking home from the station.",
        "Street drinking outside the shops in Long Eaton.", "My daughter was threatened with a knife at school.",
        "We were abused in the street for being Polish.", "More youth provision, please."], LIGHT, DARK)
    s.notes_slide.notes_text_frame.text = "Quotes from the 2024 survey and ward walkabouts (paraphrased)."
    s = parts.two_lists(d, "Previous priorities (2022–2025)", "What we focused on", [
        "Anti-social behaviour", "Domestic abuse", "Substance misuse", "Vulnerable people"],
        "What we learned", ["ASB needs youth provision as well as enforcement", "Hate crime is under-reported",
                            "Knife crime is emerging among teenagers"], RED)
    s.notes_slide.notes_text_frame.text = "Keep brief. The full review is in the annual report."
    s = parts.pcp_slide(d, LIGHT, DARK)
    s.notes_slide.notes_text_frame.text = ("These are the Commissioner's six priorities, not ours. Our plan "
                                           "supports several of them.")
    for i, (t, note) in enumerate(PRIS, start=1):
        s = d.slide(notes=note)
        d.text(s, 0.6, 0.5, 12, 0.5, f"Our priorities  |  {i} of 5", size=16, bold=True, color=RED)
        d.shape(s, S.ROUNDED_RECTANGLE, 0.9, 1.5, 11.5, 2.6, fill=RED, paras=t, size=34, bold=True, margin=0.4)
        d.text(s, 0.9, 4.6, 11.5, 1.6, ["Lead group and actions: see the action plan",
                                         "Progress reported quarterly to the partnership board"], size=16,
               color="#555555", spacing=6)
    s = parts.action_table(d, "Action plan 2025–26", [
        ["ASB", "Off-road bike operation and seizures", "Police", "Ongoing"],
        ["Domestic abuse", "Sanctuary scheme and workplace champions", "Council", "Mar 2026"],
        ["Violence", "Youth outreach bus in Ilkeston", "Council and youth service", "Sep 2025"],
        ["Substances", "Street drinking PSPO review", "Council", "Dec 2025"],
        ["Cohesion", "Third-party hate crime reporting centres", "Council", "Mar 2026"]])
    s.notes_slide.notes_text_frame.text = "Each task group owns its actions and reports quarterly."
    s = parts.measures(d, "Measures", [["Less ASB", "ASB incidents", "3,400"],
                                       ["More victims of abuse supported", "Sanctuary installations", "85"],
                                       ["Less knife crime", "Knife offences, under 25s", "38"],
                                       ["Less alcohol harm", "Alcohol-related admissions", "1,020"],
                                       ["More confidence to report hate", "Hate crime reports", "164"]])
    s.notes_slide.notes_text_frame.text = "Baselines are illustrative and will be refreshed in the annual assessment."
    s = parts.governance(d, "Governance", ["Safer Derbyshire board", "Erewash Community Safety Partnership",
                                           "Joint Action Group", "Task groups"], LIGHT, DARK,
                         ["community.safety@erewash.example", "0115 000 0000 (illustrative)"])
    s.notes_slide.notes_text_frame.text = "Close and take questions."
    return d.to_pdf(root / OUT, notes_pages=True)
