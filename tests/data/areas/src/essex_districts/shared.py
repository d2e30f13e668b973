"""Defaults shared by the essex_districts documents (the six-page skeleton's contents and the PFCC's
priorities as the partnerships quote them)."""

PFCC = ["Preventing crime and anti-social behaviour", "Reducing violence and drug-driven crime",
        "Tackling violence against women and girls, and domestic abuse", "Supporting victims and witnesses",
        "Protecting rural and coastal communities", "Building trust and confidence in Essex Police"]


def contents(pri_title, delivery_title="Delivering the plan", fw="Foreword",
             ctx="Our area and what the evidence tells us"):
    return [(fw, 3), (ctx, 4), (pri_title, 5), (delivery_title, 6)]


def csp(**kw):
    d = dict(folio="Page {n}", prev_title="Our previous plan, 2022\u20132025",
             prev_intro="Our last plan had these priorities. We have reviewed them against the new strategic "
                        "assessment; some carry forward in new words and some have been closed.",
             pcc=PFCC, delivery_intro="The partnership's delivery group keeps an action plan that is "
                                      "refreshed every year. The main actions for the first year are:")
    d.update(kw)
    d.setdefault("contents", contents(d["pri_title"]))
    return d
