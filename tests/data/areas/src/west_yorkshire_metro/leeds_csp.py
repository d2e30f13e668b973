"""Safer Leeds Community Safety Strategy 2025–2028: HTML printed by Chromium, set like a **council committee
report**: numbered paragraphs ("4.1", "4.2" …) and the priorities as **lettered sub-paragraphs (a)–(e)** of
the paragraph "Over the next three years Safer Leeds will:".  Distractors: findings, the previous strategy's
priorities, the Mayor's priorities, the recommendations of the scrutiny board, actions and measures."""
from west_yorkshire_metro import standard
from west_yorkshire_metro.htmlkit import e

FILE = "strategies/safer_leeds_community_safety_strategy_2025-28.pdf"
TITLE = "Safer Leeds Community Safety Strategy 2025–2028"
THEME = dict(font="'Liberation Serif', serif", hfont="'Liberation Sans', sans-serif", c1="#00504A",
             c2="#00504A", c3="#E6F0EF", footer='"Safer Leeds Strategy — " counter(page)',
             running="Safer Leeds Community Safety Strategy 2025–2028")
PRIORITIES = [
    "Reduce anti-social behaviour and neighbourhood crime",
    "Keep people safe in the city centre at night",
    "Tackle domestic violence and abuse",
    "Reduce serious violence and the carrying of weapons",
    "Tackle hate crime and build community cohesion",
]
CSS = """
.para { display: flex; margin: 0 0 2.5mm 0; } .para .n { width: 12mm; font-weight: 700; }
.para .x { flex: 1; }
.lt { display: flex; margin: 0 0 2.6mm 12mm; font-size: 11pt; font-weight: 700; color: #00504A; }
.lt .l { width: 10mm; }
.cv-l { background: #fff; border-top: 40mm solid #00504A; }
.cv-l h1 { position: absolute; left: 20mm; top: 70mm; font: 700 30pt 'Liberation Sans'; color: #00504A; margin: 0; width: 170mm; }
.cv-l .yr { position: absolute; left: 20mm; top: 130mm; font: 15pt 'Liberation Sans'; }
"""


def pri_html():
    h = ('<div class="para"><span class="n">4.1</span><span class="x">The Safer Leeds Executive agreed the '
         'priorities below after consultation with communities and partners.</span></div>'
         '<div class="para"><span class="n">4.2</span><span class="x">Over the next three years Safer Leeds '
         'will:</span></div>')
    for letter, t in zip("abcde", PRIORITIES):
        h += f'<div class="lt"><span class="l">({letter})</span><span>{e(t)}</span></div>'
    h += ('<div class="para"><span class="n">4.3</span><span class="x">Each priority has a lead officer and a '
          'delivery plan refreshed every year.</span></div>'
          '<div class="para"><span class="n">4.4</span><span class="x">The Environment, Housing and Communities '
          'Scrutiny Board recommended that the strategy should (i) publish a summary for residents, (ii) report '
          'progress twice a year and (iii) involve young people in reviewing it. These recommendations have been '
          'accepted.</span></div>')
    return h


def build(out_root):
    d = dict(
        file=FILE, name="leeds_csp", title=TITLE, theme=THEME, css=CSS, leader="dots",
        cover='<div class="cover cv-l"><h1>Safer Leeds Community Safety Strategy</h1><div class="yr">2025–2028 · '
              'Report of the Safer Leeds Executive</div></div>',
        fw_head="1. Summary",
        foreword=["This report presents the Safer Leeds Community Safety Strategy for 2025–2028, the statutory "
                  "crime and disorder strategy for the city.",
                  "Leeds is a growing, vibrant city. The strategy focuses partners on the few things that need a "
                  "joined-up response across the council, police and other responsible authorities."],
        signed="Director of Communities, Housing and Environment",
        context_head="2. Background",
        context=["Leeds has over 800,000 residents, a large student population and the region's busiest "
                 "night-time economy."],
        stats=[("31,000", "anti-social behaviour incidents"), ("120,000", "visitors in the city centre on a "
               "Saturday night"), ("16,500", "domestic violence and abuse incidents"), ("410", "weapon possession "
               "offences"), ("2,600", "hate crimes recorded"), ("78%", "residents who feel safe in their area")],
        findings=["Burglary and vehicle crime have fallen but remain the most feared crimes.",
                  "Alcohol is a factor in most city-centre violence.",
                  "Hate crime reports rise around national and international events."],
        bg_head="3. Previous strategy and national context",
        previous_head="Priorities of the 2021–2024 strategy",
        previous_intro="The previous strategy was built around three outcomes:",
        previous=["Keeping people safe from harm", "Preventing and reducing offending",
                  "Creating safer, stronger communities"],
        pri_head="4. Main issues: the strategy's priorities",
        pri_html=pri_html(),
        dl_head="5. Delivery, resources and governance",
        actions=[("(a)", "Neighbourhood problem solving in twelve priority wards", "Safer Leeds ASB team"),
                 ("(b)", "Late-night levy funding for street marshals and the safe space", "City centre partnership"),
                 ("(c)", "Front Door Safeguarding Hub daily domestic abuse meetings", "Council, police"),
                 ("(d)", "Weapons sweeps and knife bins with the Violence Reduction Partnership", "Police"),
                 ("(e)", "Hate crime reporting centres and community networks", "Communities team")],
        measures=["Anti-social behaviour and burglary trends", "City-centre violence at night",
                  "Repeat domestic violence and abuse", "Weapon-enabled offences", "Hate crime reporting"],
        governance="Safer Leeds Executive is the city's community safety partnership and reports to Executive "
                   "Board and scrutiny.",
        contact="safer.leeds@leeds.example",
    )
    return standard.build(out_root, d)
