"""The standard run of sections every wiltshire partner strategy follows (pages 3-9):
foreword, context, background (distractors), the priorities page (6), delivery, measures and governance,
partners and contact."""


def sections(c: dict) -> list[dict]:
    return [
        dict(toc=c.get("fw_toc", "Foreword"), heading=c.get("fw_head", "Foreword"),
             blocks=[("p", x) for x in c["foreword"]] + [("p", "<i>" + c["signed"] + "</i>")]),
        dict(toc="Our area in numbers", heading="Our area in numbers",
             blocks=[("p", c["context"][0]), ("stats", c["stats"][:3])]
             + ([("stats", c["stats"][3:])] if len(c["stats"]) > 3 else [])
             + [("p", x) for x in c["context"][1:]]
             + [("note", "All figures in this document are illustrative; they are not official statistics.")]),
        dict(toc=c["bg_toc"], heading=c["bg_head"], blocks=c["background"]),
        dict(toc=c["pr_toc"], heading=c.get("pr_head"), blocks=c["priorities"], cls=c.get("pr_cls", "")),
        dict(toc="How we will deliver", heading="How we will deliver",
             blocks=[("p", c["delivery_intro"]),
                     ("table", [["Theme", "What we will do", "Lead"]] + c["delivery"], c.get("dw", [32, 100, 38]))]),
        dict(toc="Measures and governance", heading="Measures and governance",
             blocks=[("table", [["Measure", "Baseline", "Ambition"]] + c["measures"], [95, 35, 40]),
                     ("h", "Governance")] + [("p", x) for x in c["governance"]]),
        dict(toc="Partners and contact", heading="Our partners",
             blocks=[("p", "This strategy was agreed by:"), ("ul", c["partners"]),
                     ("h", "Contact"), ("p", c["contact"]),
                     ("p", "This document is available in other formats on request.")]),
    ]
