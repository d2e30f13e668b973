"""Safer Knowsley Partnership community safety plan 2025-28 (fictional): kept as the council web page's HTML as
saved from the site (not printed), with its navigation, cookie-consent markup, scripts, JSON-LD and footers. The
priorities are an ordered list of <strong> titles with a sentence each, under "Our priorities"."""
from __future__ import annotations

from pathlib import Path

from .web import esc, write_text

OUT = "strategies/safer_knowsley_partnership_community_safety_plan_2025-28.html"

PRIORITIES = [
    ("Tackling anti-social behaviour, including off-road bikes",
     "Joint patrols, dispersal orders where they are needed and swift action on the bikes that residents report "
     "in Kirkby, Huyton and Halewood."),
    ("Reducing violent crime and knife carrying",
     "Delivering the Serious Violence Duty locally, with knife crime education, youth outreach and hospital "
     "navigators at Whiston."),
    ("Protecting people from domestic abuse",
     "Earlier identification in GP surgeries and schools, a stronger MARAC and more support through the Knowsley "
     "domestic abuse service."),
    ("Keeping young people safe from exploitation and county lines",
     "A complex safeguarding team for children at risk of criminal and sexual exploitation, and disruption of the "
     "adults who exploit them."),
    ("Tackling hate crime and building community cohesion",
     "More third-party reporting centres, a rapid response to community tensions and events that bring "
     "neighbours together."),
]

NAV = ["Bins and recycling", "Council tax and benefits", "Housing", "Planning", "Roads and travel",
       "Schools and education", "Adult social care", "Children and families", "Community safety",
       "Your council"]


def page() -> str:
    nav = "\n".join(f'          <li class="nav__item"><a class="nav__link" href="/{n.lower().replace(" ", "-")}">'
                    f"{esc(n)}</a></li>" for n in NAV)
    prio = "\n".join(f'        <li class="steps__item">\n          <strong class="steps__title">{esc(t)}</strong>\n'
                     f'          <p class="steps__text">{esc(d)}</p>\n        </li>' for t, d in PRIORITIES)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Community safety plan 2025 to 2028 | Knowsley Council</title>
  <meta name="description" content="The Safer Knowsley Partnership's community safety plan for 2025 to 2028.">
  <link rel="canonical" href="https://www.knowsley.example/community-safety/community-safety-plan">
  <link rel="stylesheet" href="/assets/css/main.min.css?v=4.12.3">
  <link rel="icon" href="/assets/img/favicon.ico">
  <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
  <script async src="https://www.googletagmanager.example/gtag/js?id=G-XXXXXXX"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('consent', 'default', {{'analytics_storage': 'denied'}});
    gtag('js', new Date());
    gtag('config', 'G-XXXXXXX', {{'anonymize_ip': true}});
  </script>
  <script type="application/ld+json">
  {{"@context": "https://schema.org", "@type": "WebPage", "name": "Community safety plan 2025 to 2028",
    "publisher": {{"@type": "GovernmentOrganization", "name": "Knowsley Council"}},
    "breadcrumb": {{"@type": "BreadcrumbList", "itemListElement": [
      {{"@type": "ListItem", "position": 1, "name": "Home"}},
      {{"@type": "ListItem", "position": 2, "name": "Community safety"}},
      {{"@type": "ListItem", "position": 3, "name": "Community safety plan 2025 to 2028"}}]}}}}
  </script>
</head>
<body class="page page--content">
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <div id="cookie-consent" class="cookie-consent" role="region" aria-label="Cookie consent">
    <div class="cookie-consent__inner">
      <h2 class="cookie-consent__title">We use cookies on this site</h2>
      <p>Some cookies are essential. Others help us improve the website. You can choose which cookies to allow.</p>
      <button class="btn btn--primary" data-consent="all">Allow all cookies</button>
      <button class="btn btn--secondary" data-consent="essential">Essential cookies only</button>
      <a href="/cookies">Manage cookie settings</a>
    </div>
  </div>
  <header class="site-header">
    <div class="site-header__inner">
      <a class="site-header__logo" href="/"><img src="/assets/img/knowsley-logo.svg" alt="Knowsley Council"></a>
      <form class="site-search" action="/search" role="search">
        <label class="visually-hidden" for="q">Search</label>
        <input id="q" name="q" type="search" placeholder="What are you looking for?">
        <button type="submit">Search</button>
      </form>
      <ul class="site-header__links"><li><a href="/my-account">My account</a></li><li><a href="/contact">Contact us</a></li></ul>
    </div>
    <nav class="nav" aria-label="Main menu">
      <button class="nav__toggle" aria-expanded="false">Menu</button>
      <ul class="nav__list">
{nav}
      </ul>
    </nav>
  </header>
  <div class="breadcrumbs">
    <ol class="breadcrumbs__list">
      <li><a href="/">Home</a></li>
      <li><a href="/community-safety">Community safety</a></li>
      <li aria-current="page">Community safety plan 2025 to 2028</li>
    </ol>
  </div>
  <div class="layout">
    <main id="main-content" class="layout__main">
      <h1>Community safety plan 2025 to 2028</h1>
      <p class="lead">The Safer Knowsley Partnership is the borough's community safety partnership. This page sets
      out what the partnership will focus on for the next three years and how you can get involved.</p>
      <nav class="on-this-page" aria-label="On this page">
        <h2 class="on-this-page__title">On this page</h2>
        <ul>
          <li><a href="#about">About the partnership</a></li>
          <li><a href="#facts">Knowsley's community safety in numbers</a></li>
          <li><a href="#achieved">What we achieved in 2022 to 2025</a></li>
          <li><a href="#priorities">Our priorities</a></li>
          <li><a href="#links">Links to other plans</a></li>
          <li><a href="#governance">How the partnership works</a></li>
        </ul>
      </nav>
      <h2 id="about">About the partnership</h2>
      <p>The partnership brings together Knowsley Council, Merseyside Police, Merseyside Fire and Rescue Service,
      the Probation Service, the NHS, Livv Housing Group and other social landlords, and voluntary and community
      organisations. We have a duty to work together to reduce crime, disorder, substance misuse, reoffending and
      serious violence.</p>
      <h2 id="facts">Knowsley's community safety in numbers</h2>
      <p>The figures below are illustrative and are not official statistics.</p>
      <ul class="facts">
        <li><span class="facts__num">7,450</span> anti-social behaviour incidents in 2023/24, a third of them
        involving vehicles or off-road bikes</li>
        <li><span class="facts__num">2,980</span> domestic abuse incidents reported to the police</li>
        <li><span class="facts__num">41%</span> of residents said they felt safe in their local park after dark</li>
        <li><span class="facts__num">112</span> hate incidents reported, up from 87 the year before</li>
      </ul>
      <h2 id="achieved">What we achieved in 2022 to 2025</h2>
      <p>Our last plan had three themes: <em>Safer streets</em>, <em>Stronger families</em> and <em>Confident
      communities</em>. Under those themes we opened a domestic abuse hub in Huyton, seized 160 off-road bikes with
      Merseyside Police and trained 900 staff to spot the signs of exploitation.</p>
      <div class="accordion">
        <details class="accordion__item">
          <summary class="accordion__title">Read the 2022 to 2025 annual review</summary>
          <div class="accordion__body"><p>The annual review sets out progress against each theme and the measures
          we reported to the partnership board. Download the review (PDF, 1.2 MB).</p></div>
        </details>
      </div>
      <h2 id="priorities">Our priorities</h2>
      <p>Following our strategic assessment and the Safer Knowsley survey, the partnership board agreed five
      priorities for 2025 to 2028:</p>
      <ol class="steps">
{prio}
      </ol>
      <p>Each priority has a delivery group and an action plan that is reviewed every quarter.</p>
      <h2 id="links">Links to other plans</h2>
      <p>The plan supports the Knowsley 2030 strategy's ambitions of <em>safe, healthy and connected
      communities</em> and the Merseyside Police and Crime Plan 2025 to 2029, whose first priority is
      <em>Safer neighbourhoods, free from anti-social behaviour</em>. It also works alongside the Merseyside
      Violence Reduction Partnership's response strategy and the Knowsley Combating Drugs Partnership.</p>
      <h2 id="governance">How the partnership works</h2>
      <p>The partnership board meets every quarter and is chaired by the council's Cabinet Member for Communities.
      Four delivery groups report to it: Neighbourhoods, Violence and Exploitation, Domestic Abuse, and
      Communities Together. The board reports each year to the council's scrutiny committee.</p>
      <div class="feedback" data-module="feedback">
        <h2 class="feedback__title">Was this page helpful?</h2>
        <button class="feedback__btn" data-answer="yes">Yes</button>
        <button class="feedback__btn" data-answer="no">No</button>
        <p class="feedback__report"><a href="/report-a-problem">Report a problem with this page</a></p>
      </div>
      <p class="last-updated">Last updated: 12 February 2025</p>
    </main>
    <aside class="layout__sidebar" aria-label="Related pages">
      <h2 class="sidebar__title">Related pages</h2>
      <ul class="sidebar__list">
        <li><a href="/community-safety/report-anti-social-behaviour">Report anti-social behaviour</a></li>
        <li><a href="/community-safety/domestic-abuse">Domestic abuse support</a></li>
        <li><a href="/community-safety/hate-crime">Report a hate crime</a></li>
        <li><a href="/community-safety/off-road-bikes">Off-road bikes</a></li>
      </ul>
    </aside>
  </div>
  <footer class="site-footer">
    <div class="site-footer__cols">
      <ul><li><a href="/about-this-site">About this site</a></li><li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
      <ul><li><a href="/jobs">Jobs</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact us</a></li></ul>
      <ul class="social"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Instagram</a></li></ul>
    </div>
    <p class="site-footer__copy">&copy; Knowsley Metropolitan Borough Council</p>
  </footer>
  <script src="/assets/js/vendor/jquery.min.js"></script>
  <script src="/assets/js/main.min.js?v=4.12.3"></script>
  <script>
    document.querySelectorAll('[data-consent]').forEach(function (b) {{
      b.addEventListener('click', function () {{
        document.cookie = 'consent=' + b.dataset.consent + ';path=/;max-age=31536000';
        document.getElementById('cookie-consent').hidden = true;
      }});
    }});
  </script>
</body>
</html>
"""


def build(root: Path) -> Path:
    return write_text(page(), Path(root) / OUT)
