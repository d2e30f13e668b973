"""Pan-Lancashire Domestic Abuse and VAWG Strategy 2025-2028: HTML/CSS -> Chromium (Liberation Sans).

The priorities are the **numbered list in the body of an email** printed on p5 ("A message to partners"): a
mail window with From / To / Subject lines; each priority bold with a sentence. Distractors: findings, previous
strategy's priorities, the national VAWG framework and the PCC's priorities (p4); delivery and measures (p6)."""
from lancashire_districts import kit_html
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/pan-lancashire_domestic_abuse_and_vawg_strategy_2025-28.pdf",
    title="Pan-Lancashire Domestic Abuse and Violence Against Women and Girls Strategy 2025–2028",
    short="Pan-Lancashire DA and VAWG Strategy", org="Pan-Lancashire Domestic Abuse and VAWG Partnership Board",
    cover_title="Domestic Abuse and Violence Against Women and Girls Strategy", years="2025 – 2028",
    cover_kicker="Lancashire County Council · Blackburn with Darwen · Blackpool · Police and Crime Commissioner", c1="#5B2A86", c2="#E9B44C",
    foreword=["This strategy covers the whole of Lancashire, including Blackburn with Darwen and Blackpool.",
              "It was written with survivors and specialist services, and it meets our duties under Part 4 of "
              "the Domestic Abuse Act 2021.", "We sent the priorities to every partner as a message, reproduced on page 5."],
    signed="Chair, Pan-Lancashire Domestic Abuse and VAWG Partnership Board",
    ctx_head="Domestic abuse and VAWG in Lancashire", ctx_intro="This page sets out the scale of the issue.",
    stats=[("31,500", "domestic abuse incidents"), ("3,900", "sexual offences recorded"), ("1,050", "stalking offences"),
           ("2,700", "MARAC cases a year"), ("1 in 4", "women who will experience domestic abuse"), ("410", "households in safe accommodation")],
    findings=["Many victims experience abuse for years before they get help.", "Sexual violence in public spaces "
              "and the night-time economy is under-reported.", "Fewer than one in ten perpetrators are offered a "
              "programme to change."],
    prev_head="Our previous strategy and the national framework",
    previous="The 2021–2024 strategy's priorities were: Prevention; Provision; Pursuit; and Partnership. The national "
             "Tackling Violence Against Women and Girls strategy's themes (prioritising prevention, supporting victims, "
             "pursuing perpetrators, a stronger system) inform this strategy.",
    pcc=PCC, pri_head="A message to partners",
    pri_intro="The board's chair wrote to every partner when the strategy was agreed. The message sets out our priorities.",
    mail_from="Chair, Pan-Lancashire DA and VAWG Partnership Board", mail_to="All partners; community safety partnerships",
    mail_subject="Our four priorities for 2025 to 2028",
    mail_open="Dear colleagues, the board has agreed the new strategy. Our four priorities are:",
    mail_close="Each priority has a delivery group, and every community safety partnership will be asked how it "
               "contributes.", mail_sign="With thanks, Chair of the Board",
    priorities=[("Preventing violence against women and girls before it starts", "Healthy relationships education, bystander training and campaigns."),
                ("Supporting survivors of domestic abuse and sexual violence to recover", "Specialist advocacy, safe accommodation and therapeutic support."),
                ("Holding perpetrators to account", "Perpetrator programmes, protection orders and multi-agency tasking."),
                ("Making public spaces and the night-time economy safe for women and girls", "Safe spaces, licensing conditions and training for venue staff.")],
    delivery=[("Prevention", "Healthy relationships in all secondary schools", "Lancashire County Council"),
              ("Survivors", "Recommission IDVA and ISVA services", "Police and Crime Commissioner"),
              ("Perpetrators", "MATAC in every division", "Lancashire Constabulary"),
              ("Public spaces", "Women's safety audits in town centres", "Community safety partnerships")],
    measures=[("Repeat MARAC cases", "30%", "Lower"), ("Perpetrators on programmes", "180", "More"),
              ("Women who feel safe in town centres at night", "46%", "Higher")],
    governance="The board reports to the three upper-tier councils and the Police and Crime Commissioner.",
    partners="Lancashire County Council; Blackburn with Darwen Borough Council; Blackpool Council; the twelve district "
             "councils; Lancashire Constabulary; NHS; specialist domestic and sexual abuse services.",
    contact="vawgboard@lancashire.example",
)


def build(root):
    h, css = kit_html.email(SPEC)
    return kit_html.build(root, SPEC, h, css, "vawg")
