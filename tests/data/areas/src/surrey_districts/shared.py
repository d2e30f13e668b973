"""Text shared by several surrey_districts documents: the Police and Crime Plan's priorities (quoted in the
partner strategies as context, never as their own priorities) and small helpers."""

PLAN_TITLE = "Surrey Police and Crime Plan 2026\u20132030"

# (id, heading, tag line, objectives)
PLAN = [
    ("P1", "Safer towns, villages and neighbourhoods",
     "Fewer crimes where people live, shop and go out, and less anti-social behaviour.",
     ["Work with the eleven borough and district councils to tackle anti-social behaviour, using joint "
      "problem-solving and the ASB case review.",
      "Reduce burglary, vehicle crime and shop theft, and support retailers and their staff.",
      "Keep town centres and the night-time economy safe and welcoming for everyone.",
      "Protect rural communities from rural, heritage and wildlife crime, including farm theft and hare coursing.",
      "Back community-led crime prevention such as Neighbourhood Watch and Rural Watch."]),
    ("P2", "Tackling serious violence and exploitation",
     "Fewer people hurt by violence, and fewer children and adults exploited.",
     ["Work with the Serious Violence Duty partners to reduce knife crime and serious violence, focusing on the "
      "places and people most affected.",
      "Disrupt county lines and drug dealing, including the cuckooing of vulnerable adults, and protect children "
      "from criminal and sexual exploitation.",
      "Find and support victims of modern slavery and human trafficking, and bring those who exploit them to "
      "justice.",
      "Divert young people from crime at the earliest point, through youth diversion and early help for children "
      "at risk of violence."]),
    ("P3", "Ending violence against women and girls",
     "Women and girls safe, and feeling safe, at home, online and in public.",
     ["Identify domestic abuse earlier and make sure survivors and their children get specialist support and "
      "safe accommodation.",
      "Improve the response to rape, sexual offences and stalking, from first report to court.",
      "Challenge and change the behaviour of perpetrators, including through perpetrator programmes.",
      "Make streets, public transport and nights out safer for women and girls."]),
    ("P4", "Putting victims at the heart of justice",
     "Every victim treated with dignity and helped to cope and recover.",
     ["Commission services that help victims to cope and recover, and make sure the Victims' Code is met.",
      "Offer restorative justice to every victim who wants it, including victims of crimes committed by children.",
      "Protect older and vulnerable residents from fraud, scams and doorstep crime.",
      "Encourage the reporting of hate crime and support people targeted because of who they are.",
      "Work with the Surrey Criminal Justice Board to cut delays for victims and witnesses."]),
    ("P5", "Reducing reoffending",
     "Fewer victims, because fewer people go on to offend again.",
     ["Manage the most prolific offenders through Integrated Offender Management.",
      "Help people leaving prison into settled housing, training and work.",
      "With the Combating Drugs Partnership, get more people into drug and alcohol treatment, including through "
      "the justice system, and reduce drug-related deaths.",
      "Reduce reoffending by children, with the youth justice service."]),
    ("P6", "A police service Surrey can trust",
     "A force that answers, listens and is held to account.",
     ["Answer 999 and 101 calls quickly and keep callers updated.",
      "Keep neighbourhood officers and PCSOs visible and known in every borough and district.",
      "Scrutinise stop and search and the use of force, with community panels.",
      "Support the wellbeing, training and professional standards of the police workforce."]),
]

PCC_LIST = [h for _, h, _, _ in PLAN]

PCC_INTRO = ("The Police and Crime Commissioner for Surrey's Police and Crime Plan 2026\u20132030 sets six "
             "priorities for policing in the county. We show them here for reference; they are the "
             "Commissioner's priorities, not the partnership's:")

ILLUS = "All figures are illustrative, for this document only, and are not official statistics."
