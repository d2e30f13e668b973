"""Bath Night-Time Economy Strategy 2025-2028 (HTML printed by Chromium).

Four priorities, stated once, on "Our priorities through the night" (p6): a **night-out timeline**, a time of
night in large type on the left of a vertical rule ("7pm", "10pm" ...) and the priority in bold on the right with
a line of description.  Distractors: the Purple Flag standards (p5), the visitor survey (p4), the actions.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import night_html

FILE = "strategies/bath_night_time_economy_strategy_2025-28.pdf"
PRIORITIES = [
    ("7pm", "A more diverse evening offer beyond drinking", "Late-opening shops, museums and food so that the "
     "evening is for everyone."),
    ("10pm", "Making Bath's evenings safe for women and girls", "Venue training, Ask for Angela, safe spaces and "
     "well-lit routes."),
    ("1am", "Reducing alcohol-related violence and disorder on nights out", "Street marshals, licensing conditions "
     "and a joint patrol plan for Kingsmead and George Street."),
    ("3am", "Getting people home safely by taxi, bus and on foot", "Marshalled taxi ranks, a late bus and safe "
     "walking routes."),
]


def spec():
    return dict(
        file=FILE, stem="bath_night_time", producer="html", title="Bath Night-Time Economy Strategy 2025–2028",
        author="Bath and North East Somerset Council and Bath BID", org="Bath and North East Somerset Council",
        running="Bath Night-Time Economy Strategy 2025–2028", cover=["Bath after dark", "Night-Time Economy",
        "Strategy 2025–2028"], cover_sub="Bath and North East Somerset Council with Bath BID",
        colours=("#1A1446", "#F5B700", "#ECEAF6"), font="DejaVu Sans", pagefmt='"Page " counter(page) " of " counter(pages)',
        sections=[
            ("intro", "Introduction", [
                ("p", "Bath's evenings and nights bring in visitors, students and residents and support thousands "
                      "of jobs. This strategy, written with Bath Business Improvement District, venues and the "
                      "police, sets out how we will make the night-time economy thrive and keep it safe."),
                ("sign", "Cabinet Member for Economic Development, Bath and North East Somerset Council")]),
            ("survey", "What visitors and residents told us", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("68%", "say there is little to do in the evening except drink"), ("41%", "of women feel "
                           "unsafe walking home"), ("610", "violent incidents between 10pm and 4am"), ("35 min",
                           "average wait for a taxi after 2am")])]),
            ("flag", "Purple Flag", [
                ("p", "Bath holds Purple Flag status. The scheme's standards are wellbeing, movement, appeal, place "
                      "and policy. We use them to check our progress; they are not our priorities.")]),
            ("pri", "Our priorities through the night", [night_html(PRIORITIES, "We have agreed four priorities, "
                                                                    "shown at the time of night they matter most:")]),
            ("act", "Actions", [
                ("ul", ["Street marshals every Friday and Saturday from 10pm to 4am.",
                        "A SafeSpace in Kingsmead Square.", "A late-night bus pilot to Keynsham and Radstock.",
                        "An evening markets programme."]),
                ("note", "All figures are illustrative. Contact: nighttime@bathnes.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
