"""Arnswick Borough Council web page: "Violence Against Women and Girls Strategy 2026-2029" (generated HTML,
printed by Chromium with the browser's own header and footer on, as "Print > Save as PDF" does it; 3 pages).

The page has a sticky left sidebar (CSS position: fixed) headed "Our priorities" with four SHORT link texts
("Safer streets and spaces", "Healthy relationships", ...). A fixed element is printed on EVERY page, so the
short names are on all three pages, level with the body text. The body states each priority once, as an h2
with the full wording, all four on p2 (gold). The short names are not the priorities' wording. Other lists: what women and girls told us (p1),
the national strategy's aims (p1), the PCC's priorities (p3), related pages (p3)."""
from __future__ import annotations

import html
from pathlib import Path

import common

NAME = "sticky_sidebar_short_links_vawg"
ACC = "4A2A73"
PRIORITIES = [  # (short link text, id, full wording, text, actions)
    ("Safer streets and spaces", "streets",
     "Make Arnswick's streets, parks and public transport places where women and girls feel safe",
     "Two in three women who answered our survey said they avoid at least one place in Arnswick after dark. "
     "Harbour Park, the underpass at Quayside and the late buses from Arnswick to Selby Mill were named most "
     "often.",
     ["Improve lighting and sightlines in Harbour Park and the Quayside underpass by March 2027",
      "Train bus drivers and taxi drivers to recognise and report harassment",
      "Extend the Safe Haven scheme to 40 shops and cafes"]),
    ("Healthy relationships", "relationships",
     "Teach every child and young person in Arnswick what a healthy relationship looks like",
     "Teachers told us that misogynistic content online is shaping how boys talk about girls, in primary as "
     "well as secondary schools. Young people asked for relationships education that is honest and relevant.",
     ["Offer every school the Respect Matters programme, co-designed with young people",
      "Run sessions for parents on online harms and misogyny",
      "Support youth workers to have conversations with boys and young men"]),
    ("Support for survivors", "support",
     "Give every victim and survivor fast, specialist support that meets her needs",
     "Demand for the Arnswick Rape and Sexual Abuse Support Centre has doubled since 2022 and the waiting list "
     "for counselling is now eleven months. Women from minoritised communities and disabled women told us "
     "that services are hard to reach.",
     ["Fund two more independent sexual violence advisers",
      "Cut the counselling waiting list to three months by 2028",
      "Commission a by-and-for service for Black and minoritised women"]),
    ("Holding perpetrators to account", "perpetrators",
     "Hold the men who commit violence and abuse to account and challenge them to change",
     "Fewer than one in ten reports of rape in Arnswick leads to a charge. Stalking and harassment are rising, "
     "and too few perpetrators are offered, or required to attend, a programme to change their behaviour.",
     ["Work with the police and CPS to review every rape case that does not go to charge",
      "Apply for stalking protection orders in every eligible case",
      "Commission a behaviour change programme for men who stalk"]),
]

CSS = """
@page { size: A4; margin: 14mm 12mm 14mm 12mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.4pt; line-height: 1.45; color: #1e1e1e; margin: 0; }
.site { background: #4A2A73; color: #fff; padding: 8pt 12pt; font-size: 14pt; font-weight: bold; }
.site span { font-size: 9pt; font-weight: normal; float: right; margin-top: 4pt; }
.crumbs { font-size: 8.5pt; color: #555; margin: 6pt 0 0 0; }
.side { position: fixed; top: 40mm; left: 0; width: 44mm; background: #F1ECF7; border-top: 4pt solid #4A2A73;
        padding: 8pt 8pt 10pt 8pt; font-size: 9pt; }
.side h4 { margin: 0 0 6pt 0; font-size: 10.5pt; color: #4A2A73; }
.side a { display: block; color: #1a4f9c; text-decoration: underline; margin: 0 0 6pt 0; }
.side .help { margin-top: 10pt; font-size: 8.5pt; color: #333; border-top: 1pt solid #ccc; padding-top: 6pt; }
main { margin-left: 52mm; }
h1 { font-size: 20pt; color: #1e1e1e; margin: 8pt 0 6pt 0; line-height: 1.2; }
h2 { font-size: 14pt; color: #4A2A73; margin: 16pt 0 5pt 0; line-height: 1.25; }
h3 { font-size: 11pt; margin: 8pt 0 3pt 0; }
.lede { font-size: 12pt; color: #333; }
.newpage { break-before: page; }
.updated { font-size: 8.5pt; color: #666; }
ul { margin: 3pt 0 6pt 0; padding-left: 16pt; }
.box { background: #F7F7F7; border-left: 4pt solid #999; padding: 6pt 9pt; margin: 8pt 0; }
footer { margin-left: 52mm; margin-top: 18pt; font-size: 8.5pt; color: #555; border-top: 1pt solid #ccc; padding-top: 6pt; }
"""


def page_html() -> str:
    e = html.escape
    o = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
         "<title>Violence Against Women and Girls Strategy 2026-2029 | Arnswick Borough Council</title>"
         f"<style>{CSS}</style></head><body>"]
    o.append("<div class='site'>Arnswick Borough Council <span>Search \u2022 My account \u2022 Contact us</span></div>")
    o.append("<aside class='side'><h4>Our priorities</h4>")
    for short, pid, *_ in PRIORITIES:
        o.append(f"<a href='#{pid}'>{e(short)}</a>")
    o.append("<div class='help'><b>Need help now?</b><br>In an emergency call 999.<br>Arnswick Women's Aid "
             "helpline: 01632 960155 (fictional)</div></aside>")
    o.append("<main><p class='crumbs'>Home \u203a Community safety \u203a Violence against women and girls \u203a "
             "Strategy</p>")
    o.append("<h1>Violence Against Women and Girls Strategy 2026-2029</h1><p class='updated'>Page last updated: "
             "24 June 2026</p>")
    o.append("<p class='lede'>The Safer Arnswick Partnership's strategy to prevent violence against women and "
             "girls, support survivors and hold perpetrators to account.</p>")
    o.append("<p>Violence against women and girls includes domestic abuse, rape and sexual assault, stalking, "
             "harassment in public places, so-called honour-based abuse, female genital mutilation and abuse "
             "online. It affects one in four women in Arnswick during their lifetime. This strategy was agreed "
             "by the Safer Arnswick Partnership on 11 June 2026 and runs until March 2029.</p>")
    o.append("<h2>What women and girls told us</h2><p>In spring 2026, 1,286 women and girls answered our "
             "survey and 140 took part in group conversations. They told us:</p><ul>"
             "<li>67% avoid at least one place in Arnswick after dark</li>"
             "<li>54% have been harassed in a public place in the last year</li>"
             "<li>only 12% of those reported it, mostly because they thought nothing would happen</li>"
             "<li>young women were most worried about abuse and image sharing online</li></ul>")
    o.append("<div class='box'>\u201cI plan my whole evening around getting home safely. Men don't have to do "
             "that.\u201d \u2014 Survey respondent, aged 24</div>")
    o.append("<h2>The national picture</h2><p>The Government's strategy aims to halve violence against women "
             "and girls within a decade. Its three aims are:</p><ul><li>prioritising prevention</li>"
             "<li>supporting victims</li><li>pursuing perpetrators</li></ul>")
    o.append("<p>The police now treat violence against women and girls as a national threat, alongside terrorism "
             "and serious organised crime. Our local strategy follows the same approach.</p>")
    o.append("<h2>Our priorities</h2><p>The partnership has agreed four priorities. Each is set out below with "
             "the reasons for it and what we will do in the first year.</p>")
    for n, (short, pid, full, why, acts) in enumerate(PRIORITIES, 1):
        o.append(f"<h2 id='{pid}'>{e(full)}</h2><p>{e(why)}</p><h3>In 2026-27 we will:</h3><ul>")
        o += [f"<li>{e(a)}</li>" for a in acts]
        o.append("</ul>")
    o.append("<h2>How we will know it is working</h2><ul><li>More women saying they feel safe in Arnswick after "
             "dark (annual survey)</li><li>More reports of harassment and stalking, and more charges</li>"
             "<li>Shorter waiting times for specialist support</li><li>Schools taking up the Respect Matters "
             "programme</li></ul>")
    o.append("<h2>Working with the Police and Crime Commissioner</h2><p>The Police and Crime Commissioner's "
             "plan has three priorities: <em>safer communities</em>, <em>victims at the heart</em> and <em>an "
             "effective justice system</em>. The Commissioner funds the Safe Haven scheme and the independent "
             "sexual violence advisers.</p>")
    o.append("<h2>Download the strategy</h2><ul><li>VAWG Strategy 2026-2029 (PDF, 1.2MB)</li>"
             "<li>Easy read version (PDF, 800KB)</li><li>Equality impact assessment (PDF, 300KB)</li></ul>")
    o.append("<h3>Related pages</h3><ul><li>Domestic abuse: get help</li><li>Report harassment in a public "
             "place</li><li>Safe Haven scheme</li><li>Safer Arnswick Partnership</li></ul></main>")
    o.append("<footer>\u00a9 Arnswick Borough Council 2026 \u2022 Accessibility \u2022 Privacy \u2022 Cookies"
             "</footer></body></html>")
    return "".join(o)


def finish(work: Path, out: Path) -> list[Path]:
    src = work / f"{NAME}.html"
    src.write_text(page_html(), encoding="utf-8")
    target = common.chromium_to_pdf(src, out / f"{NAME}.pdf", browser_header_footer=True,
                                    saved_name="violence-against-women-and-girls-strategy.html")
    assert common.pdf_pages(target) == 3, common.pdf_pages(target)
    return [target]
