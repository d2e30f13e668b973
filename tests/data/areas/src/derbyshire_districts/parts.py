"""Slides that many derbyshire_districts decks share (distractors), drawn in each deck's own colours."""
from .deck import CENTER, LEFT, MIDDLE, S

PCP = ["Visible neighbourhood policing that communities can rely on",
       "Tackling anti-social behaviour and neighbourhood crime",
       "Protecting women and girls from violence and abuse",
       "Preventing serious violence, drugs and exploitation",
       "Putting victims first",
       "A police service that is efficient, fair and trusted"]


def title_slide(d, org, title, sub, bg, band, note="A fictional re-creation for testing. Figures are illustrative."):
    s = d.slide(footer=False, bg=bg)
    d.rect(s, 0.8, 1.2, 1.6, 0.12, band)
    d.text(s, 0.8, 1.5, 11.5, 0.6, org, size=20, color="#FFFFFF")
    d.text(s, 0.8, 2.2, 11.5, 1.8, title, size=40, bold=True, color="#FFFFFF")
    d.text(s, 0.8, 4.3, 11.5, 0.6, sub, size=18, color="#FFFFFF")
    d.text(s, 0.8, 6.3, 11.5, 0.5, note, size=12, italic=True, color="#FFFFFF")
    return s


def agenda(d, items, fill, word="Agenda"):
    s = d.slide()
    d.heading(s, word)
    for i, t in enumerate(items):
        y = 1.55 + i * (5.2 / max(len(items), 1))
        d.shape(s, S.RECTANGLE, 0.7, y, 0.12, 0.45, fill=fill)
        d.text(s, 1.0, y - 0.02, 10.5, 0.5, t, size=20)
    return s


def prose(d, title, paras, aside=None, fill="#EEEEEE", color="#222222", notes=None):
    s = d.slide(notes=notes)
    d.heading(s, title)
    d.text(s, 0.6, 1.5, 7.4 if aside else 12.0, 5.2, paras, size=17, spacing=10)
    if aside:
        d.shape(s, S.RECTANGLE, 8.5, 1.6, 4.2, 4.8, fill=fill, paras=aside, size=15, color=color, align=LEFT,
                spacing=6, margin=0.2)
    return s


def tiles(d, title, items, fill, ink, note="All figures are illustrative."):
    s = d.slide()
    d.heading(s, title)
    n = len(items)
    cols = 3 if n > 4 else n
    for i, (big, small) in enumerate(items):
        x, y = 0.7 + (i % cols) * (12.0 / cols), 1.6 + (i // cols) * 2.45
        d.shape(s, S.RECTANGLE, x, y, 12.0 / cols - 0.3, 2.15, fill=fill,
                paras=[(big, {"size": 34, "bold": True, "color": ink}), (small, {"size": 15, "color": "#333333"})])
    d.text(s, 0.6, 6.55, 12, 0.4, note, size=11, italic=True, color="#666666")
    return s


def two_lists(d, title, lhead, litems, rhead, ritems, ink, notes=None):
    s = d.slide(notes=notes)
    d.heading(s, title)
    d.text(s, 0.6, 1.5, 5.9, 0.5, lhead, size=19, bold=True, color=ink)
    d.bullets(s, 0.6, 2.1, 5.9, 4.6, litems, size=16)
    d.text(s, 7.0, 1.5, 5.8, 0.5, rhead, size=19, bold=True, color=ink)
    d.bullets(s, 7.0, 2.1, 5.8, 4.6, ritems, size=16)
    return s


def quotes(d, title, items, fill, ink):
    s = d.slide()
    d.heading(s, title)
    for i, q in enumerate(items):
        x, y = 0.7 + (i % 2) * 6.1, 1.6 + (i // 2) * 1.7
        d.shape(s, S.ROUNDED_RECTANGLE if i % 2 else S.RECTANGLE, x, y, 5.8, 1.45, fill=fill,
                paras=f"“{q}”", size=15, italic=True, color=ink)
    return s


def pcp_slide(d, fill, ink, intro="The Police and Crime Commissioner's Police and Crime Plan 2025–2029 has six "
              "priorities. Our plan supports them where local partners can add most."):
    s = d.slide()
    d.heading(s, "How we fit with the Police and Crime Plan")
    d.text(s, 0.6, 1.45, 12, 0.8, intro, size=16, color="#444444")
    for i, t in enumerate(PCP):
        x, y = 0.7 + (i % 2) * 6.1, 2.45 + (i // 2) * 1.35
        d.shape(s, S.RECTANGLE, x, y, 5.8, 1.1, fill=fill, line=ink, paras=t, size=14, color=ink, align=LEFT,
                margin=0.15)
    return s


def action_table(d, title, rows, widths=(2.6, 5.9, 2.2, 1.4), size=12):
    s = d.slide()
    d.heading(s, title)
    d.table(s, 0.6, 1.45, sum(widths), [["Theme", "What we will do", "Lead", "By"]] + rows, list(widths), size=size,
            row_h=0.5)
    return s


def measures(d, title, rows, widths=(4.6, 4.2, 3.3)):
    s = d.slide()
    d.heading(s, title)
    d.table(s, 0.6, 1.45, sum(widths), [["Outcome", "Measure", "Baseline (illustrative)"]] + rows, list(widths),
            size=13, row_h=0.5)
    return s


def governance(d, title, boxes, fill, ink, contacts):
    s = d.slide()
    d.heading(s, title)
    for i, b in enumerate(boxes):
        d.shape(s, S.RECTANGLE, 0.8 + i * 0.6, 1.6 + i * 1.05, 6.4, 0.8, fill=fill, paras=b, size=14, color=ink)
    d.shape(s, S.RECTANGLE, 8.6, 1.6, 4.2, 4.6, fill="#F4F4F4", paras=[("Contact us", {"bold": True, "size": 18})]
            + contacts, size=14, color="#222222", align=LEFT, spacing=6, margin=0.2)
    return s


def end_slide(d, bg, text="Thank you – questions?"):
    s = d.slide(footer=False, bg=bg)
    d.text(s, 0.8, 3.0, 11.7, 1.2, text, size=36, bold=True, color="#FFFFFF", align=CENTER, anchor=MIDDLE)
    return s
