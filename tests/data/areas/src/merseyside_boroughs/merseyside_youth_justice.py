"""Merseyside youth justice services' shared priorities 2025-26 (fictional): the accessible plain-text version that
the five youth justice services publish beside their plans. The five priorities are "Priority N: ..." lines under
an underlined capitals heading; the Child First tenets and the YJB key performance indicators are lists above and
below."""
from __future__ import annotations

from pathlib import Path

from .web import write_text

OUT = "strategies/merseyside_youth_justice_shared_priorities_2025-26.txt"

TEXT = """MERSEYSIDE YOUTH JUSTICE SERVICES
Shared strategic priorities 2025-26
Accessible text version

Liverpool Youth Justice Service | Knowsley Youth Justice Service | Sefton Youth Justice Service |
St Helens Youth Justice Service | Wirral Youth Justice Service

This is a plain text version of our shared priorities statement, for people using screen readers or other
assistive technology. The designed version has the same content. If you need it in another format, contact
your local youth justice service (details at the end).

Last updated: 28 May 2025


CONTENTS
--------
1. About this statement
2. Child First
3. Looking back: our 2024-25 priorities
4. Our priorities for 2025-26
5. National key performance indicators
6. How the priorities will be overseen
7. Contact us


1. ABOUT THIS STATEMENT
-----------------------
Each youth justice service in Merseyside publishes its own youth justice plan every year, approved by its
management board and submitted to the Youth Justice Board. Because many children move between our boroughs, and
because we share partners such as Merseyside Police, the Probation Service and the Police Commissioner, the five
heads of service have agreed a set of shared priorities. Each local plan shows how that service will deliver
them, alongside its own local priorities.

In 2024-25 the five services worked with around 1,150 children (illustrative figure). Most were aged 15 to 17,
boys were over-represented, and around one in five were children in care.


2. CHILD FIRST
--------------
All five services follow the Youth Justice Board's Child First principle. Its four tenets are:

  * As children: prioritise the best interests of children and recognise their needs, capacities, rights and
    potential.
  * Building pro-social identity: promote children's individual strengths and capacities to develop their
    pro-social identity for sustainable desistance.
  * Collaborating with children: encourage children's active participation, engagement and wider social
    inclusion.
  * Promoting diversion: promote a childhood removed from the justice system, using pre-emptive prevention,
    diversion and minimal intervention.


3. LOOKING BACK: OUR 2024-25 PRIORITIES
---------------------------------------
Last year's shared priorities were:

  - Early help and diversion
  - Serious youth violence
  - Education, training and employment
  - Disproportionality

What changed: first-time entrants fell in four of the five boroughs; the number of children in custody fell;
school exclusions remained high; and we still see too many Black and mixed heritage children and children in
care in our caseloads.


4. OUR PRIORITIES FOR 2025-26
-----------------------------
The heads of service and the five management board chairs agreed five shared priorities for 2025-26:

Priority 1: Prevent children entering the youth justice system
    More diversion through Turnaround and out-of-court work, and joint decision-making with the police.

Priority 2: Reduce reoffending by children
    Trauma-informed plans for every child, with health, speech and language and education support.

Priority 3: Protect children from criminal exploitation
    A shared Merseyside approach to child criminal exploitation and county lines, including the National
    Referral Mechanism.

Priority 4: Improve children's education, training and employment
    Education specialists in every service and a fair deal on exclusions for children known to us.

Priority 5: Put victims at the heart of restorative justice
    Every victim offered a say, and restorative justice for those who want it.

Each local youth justice plan sets out the actions, leads and timescales for these priorities.


5. NATIONAL KEY PERFORMANCE INDICATORS
--------------------------------------
From April 2023 every youth justice service reports on ten key performance indicators to the Youth Justice
Board, alongside the three headline measures (first-time entrants, reoffending and use of custody):

  1. Suitable accommodation
  2. Education, training and employment
  3. Special educational needs and disabilities
  4. Mental health care and emotional wellbeing
  5. Substance misuse
  6. Out-of-court disposals
  7. Management board attendance
  8. Wider services
  9. Serious violence
  10. Victims


6. HOW THE PRIORITIES WILL BE OVERSEEN
--------------------------------------
Each management board monitors its own plan every quarter. The heads of service meet monthly and report
progress on the shared priorities twice a year to the Merseyside Criminal Justice Board and to the Police
Commissioner, who funds the Turnaround and restorative justice work in all five services.


7. CONTACT US
-------------
Liverpool YJS: yjs@liverpool.example
Knowsley YJS: yjs@knowsley.example
Sefton YJS: yjs@sefton.example
St Helens YJS: yjs@sthelens.example
Wirral YJS: yjs@wirral.example

Was this useful? Tell us at feedback@merseysideyjs.example
"""


def build(root: Path) -> Path:
    return write_text(TEXT, Path(root) / OUT)
