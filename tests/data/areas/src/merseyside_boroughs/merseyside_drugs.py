"""Merseyside Combating Drugs Partnership strategy summary 2025-28 (fictional): a Markdown page as published on the
partnership's GitHub-style documentation site (front matter, badges, a table of contents, tables, HTML comments).
The four priorities are numbered level-3 headings under "Our priorities"; From Harm to Hope's priorities and
outcomes are quoted above them."""
from __future__ import annotations

from pathlib import Path

from .web import write_text

OUT = "strategies/merseyside_combating_drugs_partnership_strategy_summary_2025-28.md"

TEXT = """---
title: "Combating drugs strategy 2025-28: summary"
layout: page
permalink: /strategy/summary/
last_modified_at: 2025-04-30
nav_order: 2
---

<!-- Source for the summary page of the partnership's site. Edit the full strategy in /docs/strategy.md. -->

[![Status: agreed](https://img.shields.example/badge/status-agreed-green)](../governance/decisions.md)
[![Review: March 2026](https://img.shields.example/badge/review-March%202026-blue)](../governance/review.md)

[Home](../index.md) / [Strategy](./index.md) / Summary

# Merseyside Combating Drugs Partnership: strategy summary 2025 to 2028

> **Need help now?** If you are worried about your own or someone else's drug or alcohol use, contact your local
> treatment service. In an emergency, or if someone has collapsed, call 999.

## Contents

- [Who we are](#who-we-are)
- [The national strategy](#the-national-strategy)
- [What our needs assessment found](#what-our-needs-assessment-found)
- [Our priorities](#our-priorities)
- [Delivery groups](#delivery-groups)
- [How we will measure progress](#how-we-will-measure-progress)
- [Get involved](#get-involved)

## Who we are

The Merseyside Combating Drugs Partnership (CDP) brings together the five local authorities of Liverpool, Knowsley,
Sefton, St Helens and Wirral, Merseyside Police, the Police Commissioner, the Probation Service, HM Prison and
Probation Service, the NHS Cheshire and Merseyside Integrated Care Board, Jobcentre Plus and people with lived
experience of addiction and recovery. Each borough keeps its own local delivery plan; this page summarises the
shared strategy agreed by the partnership board in March 2025.

## The national strategy

*From harm to hope*, the government's ten-year drugs plan published in 2021, has three strategic priorities:

1. Break drug supply chains
2. Deliver a world-class treatment and recovery system
3. Achieve a generational shift in the demand for drugs

It sets three strategic outcomes for every partnership: reduce drug use; reduce drug-related crime; and reduce
drug-related deaths and harm. The national outcomes framework is reported to the Joint Combating Drugs Unit each
quarter.

## What our needs assessment found

All figures are illustrative.

| Indicator | Merseyside | England |
|---|---|---|
| Drug poisoning deaths per 100,000 | 8.9 | 5.2 |
| Adults in treatment for opiates or crack | 6,940 | n/a |
| Continuity of care after release from prison | 41% | 43% |
| Young people in specialist substance misuse services | 520 | n/a |
| County lines closed by Merseyside Police, 2023/24 | 118 | n/a |

Key messages:

- Merseyside is a source area for county lines that reach across the North West, North Wales and beyond.
- Deaths involving cocaine and multiple drugs are rising fastest.
- Too few people leaving prison start treatment in the community within three weeks.
- Young people told us cannabis and vapes are easy to get and that school drug education starts too late.

## Our priorities

The partnership board has agreed four priorities for 2025 to 2028.

### 1. Break drug supply chains and close down county lines

Pursue the organised crime groups that import and distribute drugs, close county lines at source, and protect
the children and vulnerable adults they exploit.

### 2. Get more people into treatment and keep them in recovery

Increase the number of adults and young people in treatment, improve continuity of care from prison and police
custody, and widen recovery housing and employment support.

### 3. Cut drug-related deaths across Merseyside

Naloxone for everyone at risk and their families, a drug death review panel in every borough and a rapid
response to drug alerts.

### 4. Stop young people starting to use drugs

Drug education that starts earlier, support for families, and early help for young people who are beginning to
use drugs or alcohol.

## Delivery groups

| Group | Leads on | Chair |
|---|---|---|
| Supply | Priority 1 | Merseyside Police |
| Treatment and recovery | Priorities 2 and 3 | Public health |
| Young people | Priority 4 | Children's services |
| Lived experience forum | All priorities | Peer chair |

<!-- TODO: add the Wirral and St Helens local leads once confirmed. -->

## How we will measure progress

- [ ] Drug-related deaths (three-year rolling rate)
- [ ] Numbers in treatment and successful completions
- [ ] Continuity of care from prison
- [ ] County lines closed and referrals of exploited children
- [ ] Young people in treatment and first-time drug offences

## Get involved

If you have lived experience of drug use or recovery and would like to join our forum, email
`cdp@merseysidecdp.example`. Partners can raise an issue or suggest a change to this page through the site's
[issue tracker](https://git.merseysidecdp.example/cdp/site/issues).

---

*Was this page useful?* [Yes](../feedback.md?useful=yes) | [No](../feedback.md?useful=no)

Licensed under the Open Government Licence v3.0. [Accessibility](../accessibility.md) |
[Privacy](../privacy.md) | [Contact](../contact.md)
"""


def build(root: Path) -> Path:
    return write_text(TEXT, Path(root) / OUT)
