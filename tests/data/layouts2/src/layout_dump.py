"""Writes pdftotext_layout_dump.txt: a strategy as `pdftotext -layout` would print it (columns kept
side by side with runs of spaces, a form feed after every page). Generated rather than typed so the
column padding is exact. Page N of the document is the text after the (N-1)th form feed."""
from __future__ import annotations

import textwrap
from pathlib import Path

D = "\u2013"
WIDTH = 104
FOOTER = f"Greyholme Community Safety Strategy 2025{D}2028"

# the priorities: short enough that each title stays on one line of its column
GRY = [
    "Safer town and district centres",
    "Protecting people from exploitation",
    "Reducing harm from drugs and alcohol",
    "Tackling domestic abuse and stalking",
]


def blocks(*cols: tuple[int, list[str]]) -> list[str]:
    """Lay out column blocks side by side: each (x, lines); rows are merged line by line."""
    n = max(len(lines) for _, lines in cols)
    out = []
    for i in range(n):
        row = ""
        for x, lines in cols:
            if i < len(lines) and lines[i]:
                row = row.ljust(x) + lines[i]
        out.append(row.rstrip())
    return out


def para(text: str, width: int, indent: int = 0) -> list[str]:
    return [" " * indent + line for line in textwrap.wrap(text, width)]


def page(lines: list[str], number: int, height: int = 66) -> str:
    body = lines + [""] * max(0, height - len(lines) - 2)
    foot = FOOTER.ljust(WIDTH - len(str(number))) + str(number)
    return "\n".join(body + ["", foot]) + "\n\f"


def build(out: Path) -> Path:
    pages = []
    # ---- page 1: cover
    p = [""] * 14
    p += ["GREYHOLME COMMUNITY SAFETY PARTNERSHIP".center(WIDTH).rstrip(), "",
          "Community Safety Strategy".center(WIDTH).rstrip(), "",
          f"2025{D}2028".center(WIDTH).rstrip(), "", "",
          "Working together for a safer Greyholme".center(WIDTH).rstrip()]
    p += [""] * 20
    p += ["   Greyholme District Council   Greyholme Police   Greyholme Fire and Rescue   Probation Service",
          "   NHS Greyholme Integrated Care Board   Greyholme Housing Trust"]
    pages.append(page(p, 1))

    # ---- page 2: contents, introduction, at a glance
    p = ["Contents", "",
         "Introduction" + " " * 60 + "2",
         "Greyholme at a glance" + " " * 51 + "2",
         "Our priorities" + " " * 58 + "3",
         "Cross-cutting themes" + " " * 52 + "3",
         f"Delivery plan 2025{D}26" + " " * 52 + "4",
         "Governance" + " " * 62 + "4", "", "",
         "Introduction", ""]
    p += para("The Greyholme Community Safety Partnership brings together the organisations with a legal duty "
              "to reduce crime and disorder in the district. This strategy sets out our priorities for the "
              "next three years. It is based on our 2024 strategic assessment and on the views of 1,150 "
              "residents, businesses and young people who took part in our consultation.", 96)
    p += [""]
    p += para("The strategy will be refreshed each year, and a delivery plan will be agreed every April.", 96)
    p += ["", "", "Greyholme at a glance", ""]
    p += blocks((4, ["6,214", "", "crimes recorded", "in 2024"]), (30, ["-3%", "", "change on the", "previous year"]),
                (56, ["1 in 5", "", "crimes related to", "domestic abuse"]),
                (82, ["72%", "", "residents feel safe", "after dark"]))
    pages.append(page(p, 2))

    # ---- page 3: priorities in a 2 x 2 grid, then cross-cutting themes in three columns
    texts = [
        ("Most violence and disorder happens in Greyholme town centre and the three district centres at "
         "night. We will work with businesses, licensees and transport operators so that people can enjoy "
         "the centres safely."),
        ("Criminal groups exploit children and adults with care and support needs to sell drugs, launder "
         "money and commit crime. We will spot the signs earlier and disrupt the people responsible."),
        ("Drugs and alcohol are linked to much of the district's crime. We will get more people into "
         "treatment and work with the police to close local drug markets."),
        ("Domestic abuse and stalking cause lasting harm to victims and their children. We will help "
         "victims come forward sooner and hold perpetrators to account."),
    ]
    p = ["Our priorities", ""]
    p += para("The partnership board has agreed four priorities for 2025 to 2028. They reflect the strategic "
              "assessment and what residents told us.", 96)
    p += ["", ""]
    for a, b in ((0, 1), (2, 3)):
        left = [f"{a + 1}   {GRY[a]}", ""] + para(texts[a], 42, 4)
        right = [f"{b + 1}   {GRY[b]}", ""] + para(texts[b], 42, 4)
        p += blocks((3, left), (54, right))
        p += ["", ""]
    p += ["", "Cross-cutting themes", ""]
    p += para("These themes apply to every priority. They are how we work, not what we work on.", 96)
    p += [""]
    p += blocks((3, ["Early intervention", ""] + para("Acting before problems escalate, especially with "
                                                      "children and families.", 28)),
                (37, ["Listening to communities", ""] + para("Regular forums and an annual residents' "
                                                             "survey.", 28)),
                (71, ["Sharing data safely", ""] + para("One information sharing agreement for all "
                                                        "partners.", 28)))
    pages.append(page(p, 3))

    # ---- page 4: delivery plan table (priority names wrap in their column) and governance
    rows = [
        ("Safer town and district centres", "Extend taxi marshals and the Safe Haven to all centres",
         "District Council", "Sep 2025"),
        ("Protecting people from exploitation", "Run a monthly multi-agency exploitation panel",
         "Greyholme Police", "Jun 2025"),
        ("Reducing harm from drugs and alcohol", "Open a recovery hub in Greyholme town centre",
         "Public Health", "Jan 2026"),
        ("Tackling domestic abuse and stalking", "Train 400 frontline staff in stalking awareness",
         "Domestic Abuse Board", "Mar 2026"),
    ]
    p = [f"Delivery plan 2025{D}26", ""]
    p += blocks((1, ["Priority"]), (26, ["Action"]), (66, ["Lead"]), (90, ["By"]))
    p += ["-" * WIDTH]
    for pr, act, lead, when in rows:
        p += blocks((1, textwrap.wrap(pr, 22)), (26, textwrap.wrap(act, 36)), (66, textwrap.wrap(lead, 20)),
                    (90, [when]))
        p += [""]
    p += ["", "Governance", ""]
    p += para("The Greyholme Community Safety Partnership Board meets every quarter and is chaired by the Chief "
              "Executive of Greyholme District Council. It reports each year to the council's Overview and "
              "Scrutiny Committee. The Police and Crime Commissioner for Greyholme attends the Board, and this "
              "strategy supports the Police and Crime Plan priorities of \u201cpreventing crime\u201d, \u201csupporting "
              "victims\u201d and \u201ctackling violence against women and girls\u201d.", 96)
    p += ["", "Contact: community.safety@greyholme.gov.uk"]
    pages.append(page(p, 4))

    target = out / "pdftotext_layout_dump.txt"
    target.write_text("".join(pages), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(build(Path("/tmp/l2w")))
