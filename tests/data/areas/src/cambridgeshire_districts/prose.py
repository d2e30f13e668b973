"""Sentence banks and a deterministic paragraph generator for the long-form strategies of this area.

All text is written for this test set. Figures are illustrative. `para(rng, topic, **ctx)` joins four to six
sentences from a topic bank (no sentence twice in one paragraph) and fills {place}, {body}, {year} and {n}.
"""
from __future__ import annotations

import random

BANKS: dict[str, list[str]] = {
    "intro": [
        "This document sets out how {body} will work together over the next three years to keep {place} safe.",
        "It has been written by the partners who sit on the board, and it was agreed at the board's meeting in {year}.",
        "The strategy is not a list of everything that partners do; it describes the small number of things that we can only do well together.",
        "Each partner keeps its own plans and budgets, and this strategy is the place where those plans meet.",
        "We have tried to keep the document short enough to read, but long enough to show our reasoning.",
        "The chapters that follow explain the evidence we used, the choices we made and how we will know whether they worked.",
        "Where the strategy refers to national guidance, the source is given in a footnote or in the endnotes.",
        "The strategy will be reviewed every year, and the action plan will be refreshed each spring.",
        "Partners have agreed to share information where the law allows, so that the right agency can act early.",
        "Residents, businesses and voluntary groups helped to shape this strategy through surveys and meetings.",
        "Nothing in this document replaces the statutory duties of the individual partners.",
        "We have tried to write plainly, and a glossary at the back explains the terms we could not avoid.",
    ],
    "context": [
        "{place} has grown quickly over the last decade, and new communities bring new needs as well as new strengths.",
        "Recorded crime in {place} is close to the average for similar areas, but the average hides wide differences between neighbourhoods.",
        "A small number of streets account for a large share of calls to the police and the council about nuisance.",
        "The population is older than the national average in the rural parishes and younger in the towns.",
        "Deprivation is concentrated in a few wards, and those wards also see more of most kinds of harm.",
        "Around {pc} per cent of residents who answered the survey said that they felt safe outside after dark (illustrative figure).",
        "The figures in this chapter are illustrative and are rounded; they are given to show the shape of the problem, not to be quoted.",
        "Seasonal work in agriculture and food processing brings several thousand temporary workers to the area each year.",
        "Public transport is limited outside the main towns, which shapes how people reach services and how services reach them.",
        "The number of reports made online has risen each year since the pandemic, while calls to the front counter have fallen.",
        "Many incidents are never reported, and we have used survey and health data to see what the police figures miss.",
        "The night-time economy is busiest at weekends and during the university terms.",
        "The strategic assessment compared three years of data from the police, the council, health and the fire and rescue service.",
        "Repeat locations, repeat victims and repeat offenders remain the best guide to where effort is needed.",
    ],
    "evidence": [
        "The strategic assessment found that {pc} per cent of anti-social behaviour reports came from just ten locations (illustrative).",
        "Residents told us that the issues that matter most to them are not always the ones that appear in the crime figures.",
        "Partners found that information about the same families was held in several places, and that nobody had the whole picture.",
        "The assessment recommended that the partnership focus on fewer issues and measure them better.",
        "Analysts noted a rise in reports involving young people, though the number of young people charged has fallen.",
        "Health data show that admissions for assault are concentrated among men aged 18 to 30 (illustrative pattern).",
        "Calls about domestic abuse peaked during major sporting events and the Christmas period.",
        "Many victims told us they did not know where to go for help after they had reported a crime.",
        "The assessment also recorded what had improved, so that partners do not lose what already works.",
        "Some harms, such as exploitation and fraud, are hidden, and their recorded levels reflect how hard we look for them.",
        "The data annex at the back of this document gives the figures behind each finding.",
        "Rural residents reported crimes less often than town residents, and said that they expected a slower response.",
    ],
    "partnership": [
        "The board brings together the council, the police, the fire and rescue service, probation, the NHS and the voluntary sector.",
        "Each partner has named a senior lead who is accountable to the board for their part of the delivery plan.",
        "The Police and Crime Commissioner's office funds several of the projects described in this strategy.",
        "Joint tasking meetings every month allocate problem-solving work to the right partner.",
        "The board shares an analyst with its neighbouring partnerships, which keeps the evidence consistent across the county.",
        "We will work with the county-wide boards for domestic abuse, drugs, serious violence and reoffending rather than duplicate them.",
        "Voluntary and community groups are full members of the delivery groups, not only consultees.",
        "Information sharing is governed by a county-wide agreement reviewed each year.",
        "Where a priority is led by a county-wide board, this partnership contributes local knowledge and local action.",
        "Partners have agreed a shared approach to problem-solving, based on the scanning, analysis, response and assessment model.",
        "The board reports each year to the council's scrutiny committee and to the Police and Crime Panel.",
        "A small partnership team supports the board, keeps the action plan and prepares the performance reports.",
    ],
    "delivery": [
        "The delivery plan lists each action with its lead partner, its timescale and the measure that will show progress.",
        "Actions are grouped by theme, and each theme is owned by one of the delivery groups.",
        "Some actions continue work that began under the previous strategy, and they are marked as such.",
        "The plan is a live document, and partners will add actions as new problems emerge.",
        "Progress is rated each quarter as on track, at risk or off track.",
        "Where an action is off track for two quarters, the lead partner will bring a recovery plan to the board.",
        "Funding for several actions is confirmed for one year only; the board will seek longer-term funding where it can.",
        "The delivery groups will report exceptions rather than long narratives, so that board meetings can focus on decisions.",
        "Each action has been checked for its likely effect on people with protected characteristics.",
        "Partners will publish a short summary of progress on their websites every year.",
    ],
    "governance": [
        "The board meets quarterly and is chaired by a senior officer of the council.",
        "The terms of reference were refreshed in {year} and are published on the council's website.",
        "A delivery group for each theme meets every six to eight weeks and reports to the board.",
        "The board is the statutory body for community safety under the Crime and Disorder Act 1998.",
        "Decisions are recorded and published, and members declare any interests at the start of each meeting.",
        "The board's performance framework uses a small number of outcome measures and a larger set of indicators.",
        "Risks to delivery are held on a risk register reviewed at every meeting.",
        "The council's overview and scrutiny committee reviews the work of the partnership at least once a year.",
        "The board links to the county's safeguarding partnerships through a shared protocol.",
        "Domestic homicide reviews, now called domestic abuse related death reviews, are commissioned by the partnership when the criteria are met.",
    ],
    "consultation": [
        "More than {n} people answered the community safety survey, online and on paper (illustrative figure).",
        "We held drop-in sessions in libraries, community centres and market squares.",
        "Young people took part through the youth council and through schools.",
        "Businesses were asked about retail crime, night-time safety and the cost of crime.",
        "Parish councils sent written responses, and several invited partners to their meetings.",
        "People with lived experience of the issues in this strategy reviewed the draft priorities.",
        "The responses were analysed by theme, and the main themes are summarised in this chapter.",
        "Some requests were outside the partnership's powers, and we have passed them to the right body.",
        "We have tried to show where the consultation changed the strategy, and where it did not and why.",
        "Residents asked for more visible patrols, faster responses to reports and better feedback.",
    ],
    "equality": [
        "An equality impact assessment was completed for this strategy and is available on request.",
        "Some groups are more likely to be victims of certain crimes, and our actions take this into account.",
        "Disabled people, older people and people from minority ethnic groups are less likely to report crime.",
        "We will monitor our services to check that they reach every community.",
        "Interpreting and translation will be available for every service funded through this strategy.",
        "The strategy takes account of the public sector equality duty in the Equality Act 2010.",
        "Where data about protected characteristics are missing, partners will improve their recording.",
        "We will involve community groups in reviewing whether the strategy is fair in practice.",
    ],
    "measures": [
        "The board will judge success by a small number of outcome measures, set out in the table below.",
        "Most measures compare each year with the average of the three previous years, which smooths out short-term changes.",
        "Where a measure depends on reporting, a rise may mean that people have more confidence to come forward.",
        "Measures will be reported by ward or parish where the numbers allow.",
        "Survey measures will be taken from the annual community safety survey.",
        "The board will not set numerical targets for crimes where a rise in reporting is welcome.",
        "The partnership analyst will publish the baseline for each measure in the first year of the strategy.",
        "Each measure has a lead partner who will explain the figures to the board.",
    ],
    "asb": [
        "Anti-social behaviour remains the issue that residents raise most often.",
        "Reports cluster around town centres, parks, car parks and some housing estates.",
        "The ASB case review gives victims a way to ask for their case to be looked at again.",
        "Partners will use the tools in the Anti-social Behaviour, Crime and Policing Act 2014 where early help has not worked.",
        "Youth outreach workers will be deployed to the places that generate the most calls.",
        "Repeat victims of anti-social behaviour will have a single named contact.",
        "Public spaces protection orders will be reviewed to check that they are still needed and still work.",
        "Street drinking and begging often have causes that enforcement alone cannot fix.",
    ],
    "rural": [
        "Rural crime is under-reported, and farmers told us that they often do not report thefts at all.",
        "Hare coursing causes damage to crops and fear among farming families during the autumn and winter.",
        "Thefts of machinery, GPS units and fuel cost local farms several thousand pounds each (illustrative).",
        "Fly-tipping on farm land and in field gateways is a growing problem, and the landowner often pays to clear it.",
        "Rural crime volunteers and farm watch schemes extend the reach of the police.",
        "Heritage crime, such as lead theft from churches, damages buildings that cannot be replaced.",
        "The rural crime action team works across district boundaries.",
    ],
    "roads": [
        "Speeding through villages is the most common concern raised at parish meetings.",
        "Community Speedwatch groups recorded thousands of vehicles over the speed limit last year (illustrative).",
        "Anti-social driving, including car meets and off-road bikes, causes noise and danger.",
        "Partners will share data on collisions, speed surveys and complaints to choose where to act.",
        "Engineering changes are the responsibility of the highway authority, and the partnership will press for them where the evidence supports it.",
        "Education for young drivers is delivered with the fire and rescue service.",
    ],
    "fraud": [
        "Fraud is now the most common crime experienced by adults, but most of it is never reported.",
        "Older residents are targeted by telephone, doorstep and online scams.",
        "Trading standards and the police will run awareness sessions with banks, pharmacies and community groups.",
        "Call blockers will be offered to residents who have been repeat targets of scam calls.",
        "Friends against scams training will be offered to volunteers and front-line staff.",
        "Victims of fraud often feel ashamed, and support must start by making them feel believed.",
    ],
    "da": [
        "Domestic abuse accounts for a large share of violent crime recorded in the area.",
        "Many victims live with abuse for years before they tell anyone, and many never tell the police.",
        "Independent domestic violence advisers support victims at high risk of serious harm.",
        "Children who live with domestic abuse are victims in their own right under the Domestic Abuse Act 2021.",
        "The multi-agency risk assessment conference meets weekly to plan the safety of the highest-risk victims.",
        "Rural isolation, lack of transport and close-knit communities can make it harder to seek help.",
        "Specialist services for men, for older victims and for LGBT+ victims are still patchy.",
        "Perpetrator programmes are part of keeping victims safe, not an alternative to justice.",
        "Health visitors, GPs and school staff are often the first professionals to see the signs.",
    ],
    "vawg": [
        "Violence against women and girls includes domestic abuse, sexual violence, stalking, harassment and so-called honour-based abuse.",
        "Women and girls told us that harassment in public places is so common that many no longer report it.",
        "Sexual violence is one of the most under-reported crimes, and few cases reach court.",
        "Stalking often begins within a relationship and continues after it has ended.",
        "Schools have a role in teaching healthy relationships before harmful attitudes take hold.",
        "The partnership will listen to survivors and involve them in designing services.",
        "Safe accommodation includes refuges, dispersed housing and sanctuary schemes.",
        "Perpetrators must face consequences, and those who want to change must have a route to do so.",
    ],
    "violence": [
        "Serious violence is rare but its effects reach families, schools and whole neighbourhoods.",
        "Knife crime is concentrated in a few places and among a small number of young people.",
        "The public health approach treats violence as something that can be prevented, like a disease.",
        "Hospital data show that many assault injuries are never reported to the police (illustrative pattern).",
        "Violence in the night-time economy is closely linked to alcohol.",
        "Teachable moments, such as attendance at hospital after an injury, are a chance to offer help.",
        "Mentoring and youth work have the best evidence of reducing involvement in violence.",
        "Weapons sweeps and targeted patrols reduce violence in hotspots in the short term.",
    ],
    "exploitation": [
        "Criminal exploitation of children is often linked to county lines drug dealing.",
        "Cuckooing, where dealers take over the home of a vulnerable adult, has been found in every district.",
        "Children who go missing from home or school are at higher risk of exploitation.",
        "The multi-agency child exploitation meeting reviews every child identified as at high risk.",
        "Exploited children are victims first, even when they have committed offences.",
        "Contextual safeguarding looks at the places and peer groups where harm happens, not only at the family.",
        "Drug supply in the area is dominated by a small number of lines that move between towns.",
    ],
    "slavery": [
        "Modern slavery and labour exploitation are hidden crimes that depend on the silence of victims.",
        "Agriculture, food processing, car washes and nail bars are the sectors most often identified.",
        "Victims are often in debt to those who brought them to the country and fear what will happen if they speak.",
        "The National Referral Mechanism identifies victims and gives them access to support.",
        "Employers, landlords and recruitment agencies can all help to spot the signs.",
        "Multi-agency visits to houses in multiple occupation have found workers living in dangerous conditions.",
    ],
    "hate": [
        "Hate crime is under-reported, particularly disability hate crime.",
        "Third-party reporting centres let people report without going to the police.",
        "Tensions in one community can rise quickly after national or international events.",
        "Community cohesion is stronger where people from different backgrounds meet and work together.",
        "The partnership will monitor community tensions and respond quickly to incidents.",
        "Victims of hate crime often experience repeated incidents that are each reported as minor.",
    ],
    "drugs": [
        "Drug and alcohol use drives a large share of acquisitive crime and violence.",
        "The number of people in treatment has risen, but many people who need help are still not in contact with services.",
        "Drug-related deaths have risen over the last decade, in line with the national trend.",
        "Naloxone is now carried by police officers and outreach staff.",
        "People leaving prison are at high risk of overdose in the first weeks after release.",
        "Families of people who use drugs need support in their own right.",
        "Early education about drugs and alcohol works best when it is delivered by trusted adults.",
        "Recovery is more likely to last when people have a home, a purpose and people around them.",
    ],
    "youth": [
        "The number of children entering the justice system for the first time has fallen over ten years.",
        "Children in the justice system often have unmet needs in speech and language, learning and mental health.",
        "Out-of-court disposals allow children to be dealt with without a criminal record where that is right.",
        "Children in care are over-represented among children who offend.",
        "Restorative justice gives victims a voice and helps children to understand the harm they caused.",
        "Education, training and employment are among the strongest protections against reoffending.",
        "Turnaround funding has supported children on the edge of the justice system.",
        "The youth justice service works with children, not on them, in line with the Child First principle.",
    ],
    "reoffending": [
        "A small number of people commit a large share of neighbourhood crime.",
        "Integrated Offender Management brings police, probation and partners together to manage the most prolific offenders.",
        "People leaving prison without a home are much more likely to reoffend.",
        "A job is one of the strongest protections against reoffending.",
        "Women in the justice system often have histories of abuse, and need services designed for them.",
        "Drug treatment requirements can be attached to community sentences where the court agrees.",
        "The prisons in the area release several hundred people a year into the county (illustrative).",
        "Continuity of care between prison and community services is where too many people are lost.",
    ],
    "victims": [
        "Victims want to be believed, kept informed and treated with respect.",
        "The Victims' Code sets out the rights of every victim of crime.",
        "The Victim and Witness Hub contacts victims after they report a crime and offers support.",
        "Restorative justice is available to victims at any stage, if they want it.",
        "Victims of violence may need both practical and emotional support to recover.",
        "Support should continue after a case ends, whatever the outcome.",
    ],
    "homeless": [
        "The number of people sleeping rough in the city has risen, and many have complex needs.",
        "People who sleep rough are far more likely to be victims of crime than to commit it.",
        "Outreach workers, health services and the police meet weekly to discuss individuals at risk.",
        "Begging and street drinking are sometimes, but not always, linked to rough sleeping.",
        "A housing-led approach gives people a home first and then support to keep it.",
    ],
    "fire": [
        "Deliberate fires, including fires in bins, vehicles and derelict buildings, put lives and property at risk.",
        "The fire and rescue service works with schools to reduce fire setting by young people.",
        "Arson often happens in the same places as other anti-social behaviour.",
        "Removing fly-tipped waste quickly reduces the fuel for deliberate fires.",
    ],
    "prevent": [
        "The Prevent duty requires councils and other bodies to have due regard to preventing people being drawn into terrorism.",
        "Referrals to Prevent in the area are low, and most relate to mixed or unclear ideologies (illustrative pattern).",
        "Online radicalisation of young people is a growing concern.",
        "Front-line staff need training to recognise and refer concerns.",
        "Channel panels provide support to people at risk of radicalisation.",
    ],
    "care": [
        "Children in care are several times more likely than other children to be cautioned or convicted (illustrative).",
        "Many children's homes have agreed a protocol with the police to avoid criminalising behaviour that would be dealt with at home in a family.",
        "Foster carers and residential staff need support to manage incidents without calling the police.",
    ],
}


def sentence_pool(topics):
    pool = []
    for t in topics:
        pool.extend(BANKS[t])
    return pool


def para(rng: random.Random, topics, lo: int = 4, hi: int = 6, **ctx) -> str:
    if isinstance(topics, str):
        topics = [topics]
    pool = sentence_pool(topics)
    k = min(len(pool), rng.randint(lo, hi))
    chosen = rng.sample(pool, k)
    ctx.setdefault("n", rng.choice([900, 1200, 1450, 2100, 2400, 3100]))
    ctx.setdefault("pc", rng.choice([12, 18, 23, 27, 31, 36, 41, 58, 64, 72]))
    out = []
    for s in chosen:
        try:
            out.append(s.format(**ctx))
        except KeyError:
            out.append(s)
    return " ".join(out)


def paras(rng, topics, count, **ctx):
    return [para(rng, topics, **ctx) for _ in range(count)]
