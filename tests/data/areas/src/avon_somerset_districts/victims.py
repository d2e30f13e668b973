"""Avon and Somerset Victims' Strategy 2025-2028 (HTML printed by Chromium).

Five priorities, stated once, on "Our priorities for victims" (p6): a **two-column grid of cards**, the priority
as the card heading, a paragraph, and a "Measured by: ..." footer.  Distractors: the Victims' Code rights (p5),
the victims' survey (p4), the commissioned services list and governance.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import measured_cards_html

FILE = "strategies/avon_and_somerset_victims_strategy_2025-28.pdf"
PRIORITIES = [
    ("Every victim gets the support they need to cope and recover", "Whether or not they report to the police, "
     "through the victim care hub and specialist services.", "victims' satisfaction with support"),
    ("Victims' Code rights upheld at every stage", "Information, updates and a say at every stage, from the first "
     "report to the end of a sentence.", "Victims' Code compliance audits"),
    ("Better support for victims of fraud and scams", "A specialist fraud caseworker and advice on protecting "
     "money and identity.", "fraud victims supported"),
    ("Restorative justice for every victim who wants it", "Safe, well-run restorative meetings at any stage of "
     "the justice process.", "restorative cases completed"),
    ("Helping children and young people who are victims of crime", "A service designed with young people, in "
     "schools, online and in person.", "young victims supported"),
]


def spec():
    return dict(
        file=FILE, stem="victims", producer="html", title="Avon and Somerset Victims' Strategy 2025–2028",
        author="Avon and Somerset Local Criminal Justice Board", org="Avon and Somerset Local Criminal Justice Board",
        running="Victims' Strategy 2025–2028", cover=["Victims' Strategy", "2025–2028"],
        cover_sub="Avon and Somerset Local Criminal Justice Board", colours=("#005F73", "#94D2BD", "#E9F5F3"),
        font="Liberation Sans", pagefmt='counter(page)',
        sections=[
            ("intro", "Introduction", [
                ("p", "This strategy belongs to the Victims and Witnesses Group of the Local Criminal Justice Board, "
                      "chaired by the Police and Crime Commissioner's office. It covers the police, the Crown "
                      "Prosecution Service, the courts, probation and the services the Commissioner funds."),
                ("sign", "Chair, Victims and Witnesses Group")]),
            ("survey", "What victims told us", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("71%", "satisfied with the support they received"), ("48%", "kept informed about "
                           "their case"), ("5,400", "fraud victims a year"), ("90", "restorative cases")]),
                ("ul", ["'I didn't know what was happening with my case.'", "'Nobody helped after the scam.'"])]),
            ("code", "The Victims' Code", [
                ("p", "The Code of Practice for Victims of Crime gives twelve rights, among them the right to be "
                      "able to understand and to be understood, to have needs assessed, to be referred to support "
                      "services, to be given information about the investigation and prosecution, and to make a "
                      "victim personal statement. They are legal rights, not this strategy's priorities.")]),
            ("pri", "Our priorities for victims", [measured_cards_html(PRIORITIES, "The group has agreed five "
                                                                       "priorities for 2025–2028:")]),
            ("gov", "Services and governance", [
                ("ul", ["Victim care hub (commissioned by the Commissioner)", "Independent sexual violence advisers",
                        "Restorative justice service", "Young victims' service"]),
                ("p", "The group reports to the Local Criminal Justice Board twice a year."),
                ("note", "Contact: victims@avonandsomerset-pcc.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
