"""The Mayor's Police, Fire and Crime Plan 2026-2030 (fictional new edition): its seven priorities and their
numbered objectives, used by plan.py and quoted (headings only) by the partners' documents."""

PLAN_SHORT = "Standing Together: Police, Fire and Crime Plan 2026–2030"

PRIORITIES = [
    ("Improving trust and confidence in policing", [
        "Answer 999 and 101 calls quickly and make it easier to report crime online and through LiveChat.",
        "Raise standards of behaviour in Greater Manchester Police, root out misconduct and handle complaints "
        "openly and on time.",
        "Deliver the Police Race Action Plan and scrutinise stop and search and the use of force with "
        "communities.",
        "Publish how the force is performing, borough by borough, every quarter."]),
    ("Keeping children and young people safe and preventing them from becoming involved in crime", [
        "Divert children from the justice system through Turnaround and out-of-court work with the ten youth "
        "justice services.",
        "Protect children from criminal and sexual exploitation, including recruitment into county lines.",
        "Work with schools and colleges to reduce exclusions and keep young people in education and safe on the "
        "way to and from school.",
        "Reduce reoffending by children and support children in custody to resettle."]),
    ("Supporting victims of crime and tackling emerging crime types", [
        "Make sure every victim receives their rights under the Victims' Code, from first contact to the end of "
        "any court case.",
        "Improve the response to hate crime: support victims, widen third-party reporting and act quickly on "
        "community tensions.",
        "Reduce fraud, scams and online crime, especially against older and disabled people.",
        "Offer restorative justice to more victims who want it."]),
    ("Reducing neighbourhood crime, retail crime and anti-social behaviour", [
        "Keep neighbourhood officers and PCSOs in every ward and tackle anti-social behaviour with councils and "
        "housing providers, using the ASB case review.",
        "Reduce burglary, robbery, vehicle crime and shop theft, and violence and abuse against shop workers.",
        "Make town centres and the night-time economy safe and well run, using licensing powers.",
        "Make roads and public transport safer: dangerous driving, illegal off-road bikes and e-scooters, and "
        "TravelSafe on the tram, bus and rail network.",
        "Prevent deliberate fires and arson with Greater Manchester Fire and Rescue Service."]),
    ("Reducing high-harm repeat offending and addiction", [
        "Manage the most prolific and high-harm offenders through Integrated Offender Management.",
        "Find settled accommodation, training and work for people leaving prison.",
        "Get more people into drug and alcohol treatment and recovery, and reduce drug-related deaths.",
        "Respond to gambling harm and wider addictions that drive offending."]),
    ("Reducing and preventing gender-based violence and serious violence", [
        "Respond earlier to domestic abuse, stalking and harassment, and keep victims and their children safe.",
        "Improve the investigation of rape and sexual offences and the support given to survivors.",
        "Hold perpetrators to account and increase places on behaviour change programmes.",
        "Make public spaces, nights out and travel safer for women and girls.",
        "Reduce knife crime and serious violence with the Violence Reduction Unit under the Serious Violence "
        "Duty."]),
    ("Tackling serious and organised crime and terrorism", [
        "Close down county lines and drug supply, and protect people whose homes are cuckooed.",
        "Find and protect victims of modern slavery and labour exploitation.",
        "Take the proceeds of crime from organised crime groups and reinvest them in communities.",
        "Work with councils and the counter terrorism network to stop people being drawn into terrorism and "
        "extremism (Prevent)."]),
]

HEADINGS = [h for h, _ in PRIORITIES]
