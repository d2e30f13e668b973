"""Police and Crime Plan for North Wales 2025-2029: reportlab, drawn page by page (A4, bilingual).

Bilingual throughout in the way Welsh public bodies often print short documents: each paragraph in Welsh
(green italic) followed by the same paragraph in English.  Six priorities, two a page (P1-P2 p5, P3-P4 p6,
P5-P6 p7), each set out as a **bilingual name plate** like a Welsh public sign: a bordered board with the Welsh
title on the upper line and the English title on the lower line, a drawn daffodil-yellow corner block and no
number.  Under the plate are a Welsh/English tag line and numbered objectives "1.1 ..." in English.
Distractors: the principles (p3), the last plan's four priorities and "what you told us" (p4), the objectives,
the Policing in Wales joint commitments and the partner list (p8), the budget (p9).
"""
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from rl_kit import fonts
from north_wales.kit import check_pages, rl_para, rl_paras

FILE = "plan/north_wales_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for North Wales 2025–2029"
W, H = A4
GREEN, DARK, GOLD, GREY = (colors.HexColor(x) for x in ("#00704A", "#12263A", "#F2C230", "#5A5A5A"))

PRIORITIES = [
    ("Atal troseddu a chadw cymdogaethau'n ddiogel", "Preventing crime and keeping neighbourhoods safe",
     "Mae atal yn well na gwella.", "Prevention is better than cure.",
     ["1.1 Visible neighbourhood policing in every community, from the coastal resorts to the upland villages.",
      "1.2 Working with councils and housing providers to reduce anti-social behaviour and the harm it does.",
      "1.3 Tackling rural, wildlife and heritage crime, including livestock worrying and theft from farms.",
      "1.4 Early intervention and diversion for children and young people at risk of being drawn into crime or "
      "violence, and helping children who have offended not to offend again, with the youth justice services.",
      "1.5 Reducing hate crime and supporting cohesive communities."]),
    ("Mynd i'r afael â throseddau cyfundrefnol a chamfanteisio", "Tackling organised crime and exploitation",
     "Dim lle i gangiau yn y Gogledd.", "No place for gangs in North Wales.",
     ["2.1 Disrupting county lines and the supply of drugs into North Wales along the A55 corridor.",
      "2.2 Protecting children and adults from criminal and sexual exploitation and modern slavery.",
      "2.3 Reducing serious violence and knife crime with our partners under the Serious Violence Duty, "
      "including violence in the night-time economy.",
      "2.4 Protecting people from fraud, scams and cyber crime, especially older and isolated people."]),
    ("Cefnogi dioddefwyr a diogelu pobl fregus", "Supporting victims and protecting the vulnerable",
     "Rhoi dioddefwyr yn gyntaf.", "Putting victims first.",
     ["3.1 Helping every victim to cope and recover through the Victim Help Centre.",
      "3.2 Tackling domestic abuse: identifying it earlier, including by training frontline staff, and better "
      "support for survivors and their children.",
      "3.3 Tackling violence against women and girls, including sexual violence, stalking and harassment, with "
      "prevention work in schools and colleges.",
      "3.4 Responding well to people in mental health crisis, with health partners."]),
    ("Lleihau aildroseddu a darparu cyfiawnder", "Reducing reoffending and delivering justice",
     "Torri'r cylch.", "Breaking the cycle.",
     ["4.1 Integrated offender management for the adults who cause most harm, with housing and work on release.",
      "4.2 Diverting women from custody where it is safe to do so.",
      "4.3 Getting people whose offending is linked to drugs or alcohol into treatment and recovery, and reducing "
      "drug and alcohol harm, including drug-related deaths.",
      "4.4 Perpetrator programmes that hold domestic abuse perpetrators to account and change their behaviour.",
      "4.5 Swifter justice, with the courts and the Crown Prosecution Service.",
      "This priority is about adults; work with children who offend is under priority 1 (1.4)."]),
    ("Gwneud ein ffyrdd yn fwy diogel", "Making our roads safer",
     "Pawb adref yn ddiogel.", "Everyone home safely.",
     ["5.1 Enforcement against the 'fatal four': speeding, drink and drug driving, mobile phones and seat belts.",
      "5.2 Reducing deaths and serious injuries among motorcyclists on the A5, A470 and A494.",
      "5.3 Supporting Community Speedwatch in villages and near schools."]),
    ("Gwasanaeth heddlu y mae'r cyhoedd yn ymddiried ynddo", "A police service the public trust",
     "Yn deg, yn agored, yn atebol.", "Fair, open and accountable.",
     ["6.1 Building trust and confidence, especially among women and minority communities.",
      "6.2 A service that is offered in Welsh and English alike.",
      "6.3 Looking after the wellbeing of officers, staff and volunteers.",
      "6.4 Value for money, and a balanced budget in every year of the plan."]),
]


def build(root):
    reg, bold = fonts("dejavu")
    sreg, sbold = fonts("liberation-serif")
    body = ParagraphStyle("b", fontName=reg, fontSize=9.2, leading=13, textColor=colors.HexColor("#222222"))
    cy = ParagraphStyle("cy", parent=body, fontName=reg, textColor=GREEN)
    h1 = ParagraphStyle("h1", fontName=sbold, fontSize=21, leading=25, textColor=DARK)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, textColor=DARK)
    obj = ParagraphStyle("o", parent=body, fontSize=8.9, leading=12, leftIndent=20, firstLineIndent=-20)
    plate_cy = ParagraphStyle("pc", fontName=bold, fontSize=13, leading=16, textColor=GREEN)
    plate_en = ParagraphStyle("pe", fontName=sbold, fontSize=17, leading=20, textColor=DARK)
    out = root / FILE
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(TITLE)
    c.setAuthor("Office of the Police and Crime Commissioner for North Wales")
    c.setCreator("stratalign test data")
    L, R = 20 * mm, W - 20 * mm
    TW = R - L
    page = [0]

    def chrome(title_cy, title_en):
        page[0] += 1
        c.setFillColor(GREEN)
        c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(reg, 7.5)
        c.drawString(L, H - 6 * mm, "Cynllun Heddlu a Throsedd Gogledd Cymru  |  Police and Crime Plan for North Wales")
        c.setFillColor(GREY)
        c.setFont(reg, 8)
        c.drawRightString(R, 10 * mm, f"Tudalen {page[0]}  |  Page {page[0]}")
        y = H - 24 * mm
        c.setFillColor(GREEN)
        c.setFont(sreg, 12)
        c.drawString(L, y, title_cy)
        y = rl_para(c, title_en, h1, L, y - 4 * mm, TW)
        return y - 5 * mm

    def both(pairs, y, gap=5):
        for w_, e_ in pairs:
            y = rl_para(c, f"<i>{w_}</i>", cy, L, y, TW) - 2
            y = rl_para(c, e_, body, L, y, TW) - gap
        return y

    # 1 cover
    page[0] += 1
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GREEN)
    p = c.beginPath()
    p.moveTo(0, 0); p.lineTo(0, 95 * mm); p.lineTo(45 * mm, 140 * mm); p.lineTo(75 * mm, 110 * mm)
    p.lineTo(120 * mm, 165 * mm); p.lineTo(160 * mm, 120 * mm); p.lineTo(W, 150 * mm); p.lineTo(W, 0); p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.circle(165 * mm, 225 * mm, 16 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(bold, 10)
    c.drawString(L, H - 25 * mm, "COMISIYNYDD HEDDLU A THROSEDD GOGLEDD CYMRU")
    c.drawString(L, H - 31 * mm, "POLICE AND CRIME COMMISSIONER FOR NORTH WALES")
    c.setFont(sbold, 26)
    c.drawString(L, 215 * mm, "Cynllun Heddlu a Throsedd")
    c.drawString(L, 203 * mm, "Police and Crime Plan")
    c.setFont(sreg, 16)
    c.drawString(L, 190 * mm, "Gogledd Cymru | North Wales  2025–2029")
    c.showPage()

    # 2 contents
    y = chrome("Cynnwys", "Contents")
    rows = [("Rhagair | Foreword", 3), ("Gogledd Cymru heddiw | North Wales today", 4),
            ("Ein blaenoriaethau | Our priorities", 5), ("Gweithio mewn partneriaeth | Working in partnership", 8),
            ("Arian ac atebolrwydd | Money and accountability", 9), ("Cysylltu â ni | Contact us", 10)]
    for t, n in rows:
        c.setFont(reg, 11); c.setFillColor(DARK)
        c.drawString(L, y, t)
        c.drawRightString(R, y, str(n))
        c.setDash(1, 2); c.setStrokeColor(GREEN)
        c.line(L + c.stringWidth(t, reg, 11) + 3, y + 1, R - 12, y + 1)
        c.setDash()
        y -= 10 * mm
    c.showPage()

    # 3 foreword
    y = chrome("Rhagair", "Foreword")
    y = both([
        ("Mae'n bleser gennyf gyflwyno fy nghynllun heddlu a throsedd ar gyfer 2025–2029. Mae'n seiliedig ar yr hyn "
         "a ddywedoch wrthym ac ar waith gyda'n partneriaid.",
         "I am pleased to present my police and crime plan for 2025–2029. It is built on what you told us and on our "
         "work with partners across the six counties of North Wales."),
        ("Mae Gogledd Cymru yn un o'r llefydd mwyaf diogel i fyw ynddo, ond mae heriau newydd yn wynebu ein "
         "cymunedau.",
         "North Wales is one of the safest places in England and Wales to live, but our communities face new "
         "challenges: organised crime moving along the A55, exploitation of children, fraud and harm on our roads."),
        ("Ni all yr heddlu wneud hyn ar ei ben ei hun.",
         "The police cannot do this alone. The councils, the health board, probation, the fire and rescue service "
         "and the third sector all have a part to play, and this plan says how we will work with them."),
    ], y)
    y = rl_para(c, "<b>Ein hegwyddorion | Our principles</b>", h2, L, y - 2 * mm, TW) - 4
    y = rl_paras(c, ["<b>Atal | Prevention</b> – we act early, before harm is done.",
                     "<b>Dioddefwyr | Victims</b> – we start with the person harmed.",
                     "<b>Dwyieithog | Bilingual</b> – we serve people in the language of their choice.",
                     "<b>Partneriaeth | Partnership</b> – we share information and resources."], body, L + 4 * mm, y,
                 TW - 4 * mm, gap=3)
    y = rl_para(c, "<b>Comisiynydd Heddlu a Throsedd Gogledd Cymru<br/>Police and Crime Commissioner for North "
                   "Wales</b>", body, L, y - 6 * mm, TW)
    c.showPage()

    # 4 north wales today
    y = chrome("Gogledd Cymru heddiw", "North Wales today")
    y = both([("Ffigurau enghreifftiol yw'r rhain, nid ystadegau swyddogol.",
               "The figures below are illustrative and are not official statistics.")], y)
    stats = [("700,000", "residents / trigolion"), ("6", "local authorities / awdurdodau lleol"),
             ("58,000", "crimes recorded in 2023/24"), ("12,400", "anti-social behaviour incidents"),
             ("27%", "of residents speak Welsh"), ("31", "people killed on our roads in 2023")]
    bw = (TW - 10 * mm) / 3
    for i, (n, t) in enumerate(stats):
        x = L + (i % 3) * (bw + 5 * mm)
        yy = y - (i // 3) * 26 * mm
        c.setFillColor(colors.HexColor("#E8F3EE")); c.rect(x, yy - 22 * mm, bw, 22 * mm, stroke=0, fill=1)
        c.setFillColor(GREEN); c.setFont(bold, 17); c.drawString(x + 4 * mm, yy - 10 * mm, n)
        c.setFillColor(DARK); c.setFont(reg, 8); c.drawString(x + 4 * mm, yy - 17 * mm, t)
    y -= 56 * mm
    y = rl_para(c, "Yr hyn a ddywedoch wrthym | What you told us", h2, L, y, TW) - 4
    y = rl_paras(c, ["• 61% want to see more officers in their village or town (illustrative).",
                     "• Speeding and dangerous driving were the top worry in rural areas.",
                     "• Young people told us they worry about knives and exploitation online.",
                     "• Victims want to be kept informed about their case."], body, L, y, TW, gap=2)
    y = rl_para(c, "Ein cynllun diwethaf | Our last plan (2021–2024)", h2, L, y - 4 * mm, TW) - 4
    rl_para(c, "The last plan had four priorities: Supporting victims and communities; Fighting crime; Delivering "
               "justice; and Effective and efficient policing. This plan keeps much of that work but organises it "
               "around six new priorities.", body, L, y, TW)
    c.showPage()

    # 5-7 priorities, two a page
    for k in range(3):
        y = chrome("Ein blaenoriaethau", "Our priorities") if k == 0 else chrome("Ein blaenoriaethau (parhad)",
                                                                                 "Our priorities (continued)")
        for cy_t, en_t, tag_cy, tag_en, objs in PRIORITIES[2 * k: 2 * k + 2]:
            # the name plate
            c.setFont(bold, 13)
            h_cy = rl_para  # noqa: keep name
            from reportlab.platypus import Paragraph
            pc, pe = Paragraph(cy_t, plate_cy), Paragraph(en_t, plate_en)
            _, hc = pc.wrap(TW - 30 * mm, 500)
            _, he = pe.wrap(TW - 30 * mm, 500)
            ph = hc + he + 14 * mm
            c.setFillColor(colors.white); c.setStrokeColor(GREEN); c.setLineWidth(2.5)
            c.roundRect(L, y - ph, TW, ph, 3 * mm, stroke=1, fill=1)
            c.setFillColor(GOLD); c.rect(R - 16 * mm, y - ph + 2, 14 * mm, ph - 4, stroke=0, fill=1)
            pc.drawOn(c, L + 6 * mm, y - 5 * mm - hc)
            c.setStrokeColor(colors.HexColor("#9CC9B5")); c.setLineWidth(0.6)
            c.line(L + 6 * mm, y - 7.5 * mm - hc, R - 22 * mm, y - 7.5 * mm - hc)
            pe.drawOn(c, L + 6 * mm, y - 10 * mm - hc - he)
            y -= ph + 5 * mm
            y = rl_para(c, f"<i>{tag_cy}</i>  {tag_en}", cy, L, y, TW) - 5
            y = rl_paras(c, objs, obj, L, y, TW, gap=3) - 9 * mm
        c.showPage()

    # 8 partnership
    y = chrome("Gweithio mewn partneriaeth", "Working in partnership")
    y = both([("Rydym yn gweithio gyda Bwrdd Cymunedau Diogelach Gogledd Cymru a'r byrddau rhanbarthol.",
               "We work through the North Wales Safer Communities Board and the regional boards: the Violence against "
               "Women, Domestic Abuse and Sexual Violence board, the Area Planning Board for substance misuse, the "
               "Serious Violence Duty partnership and the Reducing Reoffending Board.")], y)
    y = rl_para(c, "Plismona yng Nghymru | Policing in Wales", h2, L, y - 2 * mm, TW) - 4
    y = rl_para(c, "The four Welsh forces and commissioners share joint commitments through Policing in Wales: "
                   "tackling serious and organised crime together; a single approach to violence against women and "
                   "girls; an anti-racist police service; and a bilingual service. These are shared commitments, not "
                   "the priorities of this plan.", body, L, y, TW) - 8
    y = rl_para(c, "Ein partneriaid | Our partners", h2, L, y - 2 * mm, TW) - 4
    rl_paras(c, ["Cyngor Sir Ynys Môn | Isle of Anglesey County Council", "Cyngor Gwynedd", "Conwy County Borough "
                 "Council", "Denbighshire County Council", "Flintshire County Council", "Wrexham County Borough "
                 "Council", "Betsi Cadwaladr University Health Board", "Probation Service Wales",
                 "North Wales Fire and Rescue Service", "HMP Berwyn", "Third sector partners"], body, L + 4 * mm, y,
             TW, gap=1)
    c.showPage()

    # 9 money
    y = chrome("Arian ac atebolrwydd", "Money and accountability")
    y = both([("Ffigurau enghreifftiol yw'r rhain.", "These figures are illustrative.")], y)
    for t, v in [("Police grant and precept 2025/26", "£212m"), ("Commissioned services for victims", "£4.1m"),
                 ("Crime prevention and partnership fund", "£1.6m"), ("Office of the Commissioner", "£1.2m")]:
        c.setFont(reg, 10); c.setFillColor(DARK)
        c.drawString(L, y, t); c.drawRightString(R, y, v)
        c.setStrokeColor(colors.HexColor("#CCCCCC")); c.line(L, y - 2 * mm, R, y - 2 * mm)
        y -= 9 * mm
    y = rl_para(c, "The North Wales Police and Crime Panel scrutinises the plan. The Commissioner holds the Chief "
                   "Constable to account at a public accountability meeting each quarter and publishes an annual "
                   "report.", body, L, y - 4 * mm, TW)
    c.showPage()

    # 10 back
    page[0] += 1
    c.setFillColor(GREEN); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont(bold, 12)
    c.drawString(L, 80 * mm, "Swyddfa'r Comisiynydd Heddlu a Throsedd | Office of the Police and Crime Commissioner")
    c.setFont(reg, 10)
    c.drawString(L, 72 * mm, "opcc@northwales.example  |  01234 000 100 (illustrative)")
    c.drawString(L, 65 * mm, "Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.")
    c.showPage()
    c.save()
    check_pages(out, 10)
    return out
