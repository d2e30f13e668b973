"""Assembles a long-form partnership strategy (reportlab) from a data dict. See csp modules for the keys.

Order (chapter titles and order vary with the data): cover, contents, foreword, executive summary (the
priorities in short form), numbered chapters (introduction, the area, the evidence, the priorities, delivery
plan on landscape pages, measures, governance, equality and consultation), appendices (previous strategy,
national framework, data annex), glossary, endnotes, contacts.
"""
from __future__ import annotations

import random

from .longkit import H, LongDoc, mm
from .prose import para
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

PCP = ["Safer neighbourhoods, villages and market towns", "Protecting people from violence and exploitation",
       "Ending violence against women and girls", "Putting victims first", "Cutting reoffending",
       "A trusted, visible and effective police service"]

GLOSSARY = [
    ("ASB", "Anti-social behaviour: behaviour that has caused, or is likely to cause, harassment, alarm or distress."),
    ("CSP", "Community Safety Partnership, the statutory partnership under the Crime and Disorder Act 1998."),
    ("IOM", "Integrated Offender Management: police, probation and partners jointly managing prolific offenders."),
    ("MARAC", "Multi-agency risk assessment conference for victims of domestic abuse at high risk."),
    ("NRM", "National Referral Mechanism, the framework for identifying victims of modern slavery."),
    ("OPCC", "Office of the Police and Crime Commissioner."),
    ("PSPO", "Public spaces protection order, made by a council under the 2014 Act."),
    ("Strategic assessment", "The annual analysis of crime and disorder data that informs the partnership's choices."),
    ("VAWG", "Violence against women and girls."),
]

NATIONAL = {
    "csp": [("Crime and Disorder Act 1998", "Requires the responsible authorities to work together to reduce crime and disorder, "
             "substance misuse and reoffending, and to prepare a strategy based on a strategic assessment."),
            ("Anti-social Behaviour Action Plan (2023)", "Sets out the government's approach to anti-social behaviour, "
             "including stronger punishment, hotspot patrols and faster repair of visible damage."),
            ("Serious Violence Duty (2023)", "Requires specified authorities to work together to prevent and reduce serious "
             "violence, with a strategic needs assessment and a strategy."),
            ("Police and Crime Plan", "The Commissioner's plan, to which the partnership must have regard under the Police "
             "Reform and Social Responsibility Act 2011.")],
}


def _cover(c, d):
    s = d.spec
    W, Hh = c._pagesize
    c.saveState()
    style = s.get("cover", "block")
    if style == "block":
        c.setFillColor(d.c1)
        c.rect(0, Hh * 0.38, W, Hh * 0.62, stroke=0, fill=1)
        c.setFillColor(d.c2)
        c.rect(0, Hh * 0.38 - 6 * mm, W, 6 * mm, stroke=0, fill=1)
        ty, tc = Hh * 0.75, colors.white
    elif style == "stripe":
        c.setFillColor(d.c3)
        c.rect(0, 0, W, Hh, stroke=0, fill=1)
        c.setFillColor(d.c1)
        c.rect(0, 0, 28 * mm, Hh, stroke=0, fill=1)
        c.setFillColor(d.c2)
        c.rect(28 * mm, 0, 4 * mm, Hh, stroke=0, fill=1)
        ty, tc = Hh * 0.62, d.c1
    else:  # frame
        c.setStrokeColor(d.c1)
        c.setLineWidth(5)
        c.rect(12 * mm, 12 * mm, W - 24 * mm, Hh - 24 * mm, stroke=1, fill=0)
        c.setFillColor(d.c2)
        c.rect(12 * mm, Hh * 0.5, W - 24 * mm, 2 * mm, stroke=0, fill=1)
        ty, tc = Hh * 0.7, d.c1
    x = 40 * mm if style == "stripe" else 22 * mm
    c.setFillColor(tc)
    c.setFont(d.fr, 13)
    c.drawString(x, ty + 32 * mm, s["org"])
    from reportlab.lib.styles import ParagraphStyle
    st = ParagraphStyle("ct", fontName=d.hb, fontSize=27, leading=32, textColor=tc)
    para_ = Paragraph(s["cover_title"], st)
    _, ph = para_.wrap(W - x - 22 * mm, 100 * mm)
    para_.drawOn(c, x, ty + 24 * mm - ph)
    c.setFont(d.fr, 16)
    c.drawString(x, ty + 14 * mm - ph, s["years"])
    c.setFillColor(colors.black if style != "block" else H("#333333"))
    c.setFont(d.fr, 9.5)
    c.drawString(x, 30 * mm, s.get("cover_note", "Published " + s.get("published", "2025")))
    c.drawString(x, 24 * mm, "Statistics in this document are illustrative.")
    c.restoreState()


def build_strategy(D: dict, out_root):
    path = out_root / "strategies" / D["file"]
    spec = dict(D["style"])
    spec.update(path=path, title=D["title"], short=D["short"], author=D["body"], org=D["org"],
                cover_title=D["cover_title"], years=D["years"])
    doc = LongDoc(spec)
    doc.build(lambda d: _story(d, D), _cover)
    return path


def _chapter(d, D, tpl, key, label, title):
    from reportlab.platypus import NextPageTemplate, PageBreak
    return [NextPageTemplate(tpl), PageBreak()] + d.chapter(key, label, title, newpage=False)


def _story(d: LongDoc, D: dict):
    rng = random.Random(D["seed"])
    ctx = dict(place=D["place"], body=D["body"], year=D.get("agreed", "2025"))
    T = {"intro": "Introduction", "area": f"About {D['place']}", "evidence": "What the evidence tells us",
         "priorities": "Our priorities", "delivery": "Delivery plan", "measures": "Measuring success",
         "governance": "Governance and partnership", "equality": "Equality and consultation"}
    T.update(D.get("titles", {}))
    order = D.get("order", ["intro", "area", "evidence", "priorities", "delivery", "measures", "governance",
                            "equality"])
    twocol = set(D.get("twocol", []))
    topics = D["topics"]
    pr = D["priorities"]
    endnotes: list[str] = []
    S = []
    from reportlab.platypus import NextPageTemplate, PageBreak
    S += [NextPageTemplate("front"), PageBreak()]
    S += d.contents(intro=D.get("contents_intro"))
    # foreword
    S += [NextPageTemplate("body"), PageBreak()] + d.chapter("fw", "", D.get("foreword_title", "Foreword"),
                                                               newpage=False)
    for _ in range(D.get("foreword_paras", 4)):
        S.append(d.p(para(rng, ["intro", "partnership"], **ctx)))
    S.append(d.p(f"<i>{D['signed']}</i>"))
    # executive summary
    S += d.chapter("exec", "", "Executive summary")
    S.append(d.p(para(rng, ["intro", "evidence"], 3, 4, **ctx)))
    S.append(d.p(D.get("exec_lead", "In short, over the life of this strategy the partnership will concentrate on:")))
    S += d.bullets([x["short"] for x in pr])
    S.append(d.p(para(rng, ["delivery", "measures"], 3, 5, **ctx)))
    S.append(d.p(para(rng, ["partnership"], 3, 5, **ctx)))
    S.append(d.p(para(rng, ["governance"], 3, 4, **ctx)))
    num = 0
    for key in order:
        num += 1
        label = f"{num}."
        tpl = "two" if key in twocol else ("land" if key == "delivery" else "body")
        if key == "priorities" and D.get("statement") == "landscape":
            tpl = "land"
        S += _chapter(d, D, tpl, key, label, T[key])
        S += globals()["_ch_" + key](d, D, rng, ctx, num, endnotes)
    # appendices
    S += _chapter(d, D, "body", "appA", "Appendix A", D.get("prev_title", "The previous strategy"))
    S += _app_prev(d, D, rng, ctx)
    S += _chapter(d, D, "body", "appB", "Appendix B", "National and regional framework")
    for head, text in D.get("national", NATIONAL["csp"]):
        S += [Paragraph(head, d.st["h3"]), d.p(text)]
    for head, items in D.get("national_lists", []):
        S += [Paragraph(head, d.st["h3"])] + d.bullets(items)
    S.append(d.p(para(rng, ["partnership"], 3, 4, **ctx)))
    S += _chapter(d, D, "body", "appC", "Appendix C", "Data annex")
    S += _app_data(d, D, rng)
    S += _chapter(d, D, "body", "gloss", "", "Glossary")
    gl = sorted(GLOSSARY + D.get("glossary", []), key=lambda x: x[0].lower())
    S.append(d.table(["Term", "Meaning"], gl, [42 * mm, d_width(d) - 42 * mm], bold_first=True, zebra=False,
                     head_fill=d.c2))
    S += _chapter(d, D, "body", "notes", "", "Endnotes")
    for i, n in enumerate(endnotes, 1):
        S.append(Paragraph(f"[{i}]&nbsp; {n}", d.st["small"]))
        S.append(Spacer(1, 3))
    S += _chapter(d, D, "body", "contact", "", "Contact us")
    S.append(d.p(para(rng, ["consultation"], 2, 3, **ctx)))
    for line in D["contacts"]:
        S.append(d.p(line))
    return S


def d_width(d):
    return 170 * mm - (12 * mm if d.spec.get("header") == "side" else 0)


def _ch_intro(d, D, rng, ctx, num, en):
    S = [d.p(para(rng, "intro", **ctx))]
    S += d.fn(D.get("intro_fn_text", f"{D['body']} is the partnership responsible for this strategy, and the law asks it "
                                      "to prepare one."), D.get("intro_fn", "Crime and Disorder Act 1998, section 6, "
                                                                  "as amended by the Police and Justice Act 2006."))
    S.append(d.p(para(rng, ["intro", "partnership"], **ctx)))
    S += d.section(f"{num}.1", f"{num}.1", "Why a new strategy now")
    S.append(d.p(para(rng, ["evidence", "intro"], **ctx)))
    S.append(d.en(para(rng, "context", 3, 4, **ctx), en, "Strategic assessment " + D.get("agreed", "2025") +
                  ", produced by the county's research team for the partnership (illustrative)."))
    S += d.section(f"{num}.2", f"{num}.2", "How this document is organised")
    S.append(d.p(para(rng, ["intro", "delivery"], 3, 4, **ctx)))
    S += d.fn("The appendices hold the previous strategy's priorities, the national framework and a data annex.",
              "Figures in the appendices are illustrative and rounded; they are not official statistics.")
    return S


def _ch_area(d, D, rng, ctx, num, en):
    S = [d.p(para(rng, "context", **ctx))]
    S += d.fn(para(rng, "context", 2, 3, **ctx), "Population figures are illustrative, rounded to the nearest "
              "hundred, based on the pattern of the 2021 Census.")
    tiles = D["tiles"]
    S.append(Spacer(1, 4))
    S.append(d.table(["Figure (illustrative)", "What it shows"], tiles,
                     [40 * mm, (80 if "area" in D.get("twocol", []) else 120) * mm - 40 * mm + 0 * mm],
                     bold_first=True, head_fill=d.c2))
    S.append(Spacer(1, 6))
    S += d.section(f"{num}.1", f"{num}.1", "Our communities")
    S.append(d.p(para(rng, ["context", "equality"], **ctx)))
    S.append(d.p(para(rng, "context", **ctx)))
    S += d.section(f"{num}.2", f"{num}.2", "Crime and disorder in the last three years")
    S.append(d.en(para(rng, ["context", "evidence"], **ctx), en, "Police recorded crime, three financial years; "
                  "council ASB case management system (illustrative extract)."))
    S.append(d.p(para(rng, D["topics"], **ctx)))
    S += d.fn(para(rng, D["topics"], 2, 3, **ctx), "Rates per 1,000 residents; figures illustrative.")
    S.append(d.p(para(rng, ["context"], 3, 4, **ctx)))
    return S


def _ch_evidence(d, D, rng, ctx, num, en):
    S = [d.p(para(rng, "evidence", **ctx))]
    S += d.section(f"{num}.1", f"{num}.1", "Key findings")
    S += d.bullets(D["findings"])
    S.append(d.en(para(rng, ["evidence"], 3, 4, **ctx), en, "Findings summarised from the strategic assessment; "
                  "the full assessment is a restricted document."))
    S += d.section(f"{num}.2", f"{num}.2", "What residents and partners told us")
    S.append(d.p(para(rng, "consultation", **ctx)))
    S.append(Paragraph(f"\u201c{D['quote']}\u201d", d.st["quote"]))
    S.append(d.p(para(rng, ["consultation", "evidence"], **ctx)))
    S += d.section(f"{num}.3", f"{num}.3", "How we chose our priorities")
    S.append(d.p(para(rng, ["evidence", "partnership"], **ctx)))
    S += d.fn("Each candidate issue was scored for harm, volume, public concern and the partnership's ability to "
              "make a difference.", "The scoring method follows the MoRiLE approach used by police forces, "
              "adapted for partnership use.")
    S.append(d.p(para(rng, D["topics"], **ctx)))
    return S


def _statement(d, D, num):
    pr = D["priorities"]
    style = D["statement"]
    intro = D.get("statement_intro", "After weighing the evidence, the board has agreed the following priorities:")
    S = [d.p(intro)]
    if style == "headings":
        for i, x in enumerate(pr, 1):
            S.append(Paragraph(f"{num}.{i}&nbsp;&nbsp;{x['text']}", d.st["h3"]))
            S.append(d.p(x["why"]))
    elif style == "lettered":
        from reportlab.lib.styles import ParagraphStyle
        st = ParagraphStyle("let", parent=d.st["p"], fontName=d.fb, leftIndent=18, firstLineIndent=0)
        for i, x in enumerate(pr):
            S.append(Paragraph(x["text"], st, bulletText=f"({'abcdefg'[i]})"))
            S.append(Paragraph(x["why"], ParagraphStyle("letd", parent=d.st["p"], leftIndent=18)))
    elif style in ("table", "landscape"):
        w = d_width(d) if style == "table" else 250 * mm
        S.append(d.table(["Our priority", "What it means", "Lead group"],
                         [(x["text"], x["why"], x["lead"]) for x in pr],
                         [w * 0.34, w * 0.46, w * 0.20], bold_first=True))
    elif style == "runin":
        for x in pr:
            S.append(Paragraph(f'<font name="{d.fb}" color="{D["style"]["c1"]}">{x["text"]}.</font> {x["why"]}',
                               d.st["p"]))
    elif style == "boxed":
        inner = [Paragraph(D.get("box_title", "Our priorities"), d.st["h2"])]
        from reportlab.lib.styles import ParagraphStyle
        st = ParagraphStyle("bx", parent=d.st["p"], fontName=d.fb, leftIndent=16)
        for i, x in enumerate(pr, 1):
            inner.append(Paragraph(x["text"], st, bulletText=f"{i}."))
        S.append(d.box(inner, d.c3, border=d.c1))
        S.append(Spacer(1, 6))
        for x in pr:
            S.append(d.p(x["why"]))
    elif style == "bullets":
        from reportlab.lib.styles import ParagraphStyle
        st = ParagraphStyle("bb", parent=d.st["bul"], fontName=d.fb, textColor=d.c1, spaceAfter=5)
        for x in pr:
            S.append(Paragraph(x["text"], st, bulletText="\u25a0"))
        for x in pr:
            S.append(d.p(x["why"]))
    S.append(d.p(D.get("statement_close", "Each priority is explained in the pages that follow, with what we will "
                                           "do and how we will know whether it is working.")))
    return [KeepTogether(S)]


def _ch_priorities(d, D, rng, ctx, num, en):
    S = _statement(d, D, num)
    from reportlab.platypus import NextPageTemplate, PageBreak
    tpl = "two" if "priorities" in D.get("twocol", []) else "body"
    S += [NextPageTemplate(tpl), PageBreak()]
    for i, x in enumerate(D["priorities"], 1):
        head = D.get("detail_head", "Priority {i}: {short}").format(i=i, short=x["short"])
        S += d.section(f"{num}.p{i}", f"{num}.{i}", head)
        S += _h3(d, D, f"{num}.p{i}w", "Why this matters")
        S.append(d.p(para(rng, [x["topic"]], **ctx)))
        S.append(d.p(para(rng, [x["topic"], "evidence"], 3, 4, **ctx)))
        S += _h3(d, D, f"{num}.p{i}d", "What we will do")
        S += d.bullets(x["actions"])
        S += _h3(d, D, f"{num}.p{i}k", "How we will know")
        S.append(d.p(x["measure"] + " " + para(rng, "measures", 1, 2, **ctx)))
    return S


def _h3(d, D, key, text):
    from .longkit import Anchor
    if D.get("toc_detail"):
        d.toc.append((2, text, key))
        return [Anchor(d, key), Paragraph(text, d.st["h3"])]
    return [Paragraph(text, d.st["h3"])]


def _ch_delivery(d, D, rng, ctx, num, en):
    S = [d.p(para(rng, "delivery", 3, 4, **ctx))]
    rows = []
    leads = D.get("leads", ["Council", "Police", "Fire and rescue", "Probation", "NHS", "Voluntary sector"])
    whens = ["Mar 2026", "Sep 2026", "Mar 2027", "Ongoing", "Dec 2025", "Jun 2026"]
    k = 0
    for i, x in enumerate(D["priorities"], 1):
        sl = x["short"][0].lower() + x["short"][1:]
        acts = x["actions"] + x.get("more", []) + [
            f"Agree a shared data set on {sl} with the partnership analyst",
            f"Report progress on {sl} to the board each quarter, by exception"]
        for a in acts:
            k += 1
            rows.append((f"{D['ref']}{k:02d}", x["short"], a, rng.choice(leads), rng.choice(whens),
                         rng.choice(["Quarterly report", "Case audit", "Survey", "Performance data", "Partner return"])))
    for a in D.get("cross_actions", CROSS):
        k += 1
        rows.append((f"{D['ref']}{k:02d}", "Cross-cutting", a, rng.choice(leads), rng.choice(whens), "Board report"))
    S.append(d.table(["Ref", "Theme", "Action", "Lead", "By", "Evidence"], rows,
                     [16 * mm, 46 * mm, 110 * mm, 30 * mm, 20 * mm, 36 * mm]))
    S.append(Spacer(1, 6))
    S.append(d.p(para(rng, "delivery", 2, 3, **ctx)))
    return S


CROSS = ["Refresh the strategic assessment each autumn", "Publish an annual progress summary",
         "Complete an equality impact assessment of the action plan", "Review information-sharing agreements",
         "Hold a partnership development day each year"]


def _ch_measures(d, D, rng, ctx, num, en):
    S = [d.p(para(rng, "measures", **ctx))]
    w = d_width(d)
    S.append(d.table(["Outcome measure", "Baseline (illustrative)", "What we want to see", "Theme"],
                     D["measures"], [w * 0.38, w * 0.18, w * 0.24, w * 0.20], head_fill=d.c2))
    S.append(Spacer(1, 6))
    S.append(d.en(para(rng, "measures", 3, 4, **ctx), en, "Baselines are the average of 2021/22 to 2023/24 "
                  "(illustrative)."))
    return S


def _ch_governance(d, D, rng, ctx, num, en):
    S = [d.p(para(rng, "governance", **ctx))]
    w = d_width(d)
    S.append(d.table(["Group", "Chair", "Meets", "Reports to"], D["groups"], [w * 0.34, w * 0.26, w * 0.16, w * 0.24],
                     head_fill=d.c2))
    S += d.section(f"{num}.1", f"{num}.1", D.get("pcp_head", "Supporting the Police and Crime Plan"))
    S.append(d.p("The Police and Crime Commissioner's plan for 2025\u20132029 has six priorities, and the partnership "
                 "must have regard to them:"))
    S += d.bullets(PCP)
    S.append(d.p(para(rng, "partnership", 3, 4, **ctx)))
    S += d.section(f"{num}.2", f"{num}.2", "Working with the county-wide boards")
    S.append(d.p(para(rng, ["partnership", "governance"], **ctx)))
    S.append(d.en(para(rng, "governance", 2, 3, **ctx), en, "Terms of reference of the board, refreshed " +
                  D.get("agreed", "2025") + "."))
    return S


def _ch_equality(d, D, rng, ctx, num, en):
    S = [d.p(para(rng, "equality", **ctx))]
    S += d.section(f"{num}.1", f"{num}.1", "Consultation")
    S.append(d.p(para(rng, "consultation", **ctx)))
    S.append(d.p(para(rng, ["consultation", "equality"], **ctx)))
    S += d.fn(para(rng, "equality", 2, 2, **ctx), "Equality Act 2010, section 149.")
    return S


def _app_prev(d, D, rng, ctx):
    prev = D["previous"]
    S = [d.p(prev.get("intro", f"The previous strategy ran from {prev['years']}. Its priorities were:"))]
    w = d_width(d)
    S.append(d.table([f"Priority {prev['years']}", "What happened"], prev["items"], [w * 0.42, w * 0.58],
                     bold_first=True, head_fill=H("#777777")))
    S.append(Spacer(1, 6))
    S.append(d.p(para(rng, ["evidence", "delivery"], 3, 4, **ctx)))
    return S


def _app_data(d, D, rng):
    S = [d.p("All figures in this annex are illustrative. They show the kind of data the partnership uses; they are "
             "not official statistics and should not be quoted.")]
    rows = []
    for ind, src in D["data"]:
        base = rng.randint(40, 4000)
        vals = [base]
        for _ in range(2):
            vals.append(max(1, int(vals[-1] * rng.uniform(0.82, 1.18))))
        rows.append((ind, f"{vals[0]:,}", f"{vals[1]:,}", f"{vals[2]:,}", src))
    w = d_width(d)
    S.append(d.table(["Indicator", "2021/22", "2022/23", "2023/24", "Source"], rows,
                     [w * 0.40, w * 0.12, w * 0.12, w * 0.12, w * 0.24]))
    return S


BASE_DATA = ["All recorded crime", "Anti-social behaviour incidents", "Violence with injury", "Violence without injury",
             "Domestic abuse-related crimes", "Sexual offences", "Residential burglary", "Vehicle crime",
             "Shoplifting", "Criminal damage and arson", "Drug trafficking offences", "Possession of weapons offences",
             "Hate crimes", "Fraud reports to Action Fraud", "Repeat victims of ASB", "First-time entrants (10-17)",
             "Deliberate fires", "Fly-tipping incidents"]


def data_rows(wards, extra=(), per_ward=("All recorded crime", "Anti-social behaviour incidents",
                                         "Violence with injury")):
    rows = [(x, "Police recorded crime") for x in BASE_DATA] + [(x, s) for x, s in extra]
    for w in wards:
        for ind in per_ward:
            rows.append((f"{ind}: {w}", "Police / council, by ward"))
    return rows


def pr(id, text, short, topic, lead, why, actions, measure, more=()):
    """One priority: the full statement (`text`, the gold), the short name used everywhere else, and detail."""
    return dict(id=id, text=text, short=short, topic=topic, lead=lead, why=why, actions=list(actions),
                measure=measure, more=list(more))


def measures_from(prs, baselines):
    return [(m, b, w, x["short"]) for x, (m, b, w) in zip(prs, baselines)]
