"""Merseyside Reducing Reoffending Strategy 2025-28 (fictional): kept as the Merseyside Criminal Justice Board
website's HTML (a Drupal-style page, not printed). The five priorities are the row headers (<th scope="row">) of a
four-column table; the seven resettlement pathways are a list above it."""
from __future__ import annotations

from pathlib import Path

from .web import esc, write_text

OUT = "strategies/merseyside_reducing_reoffending_strategy_2025-28.html"

PRIORITIES = [
    ("Manage the most prolific offenders through Integrated Offender Management",
     "One IOM cohort definition across Merseyside; joint police and probation case management", "Probation / Police",
     "Proven reoffending of the IOM cohort"),
    ("Secure settled accommodation for people leaving prison",
     "Accommodation duty to refer on the day of sentence; Community Accommodation Service places", "Local authorities",
     "Settled accommodation on release and at three months"),
    ("Increase employment, training and education for people on probation",
     "Employment hubs in each borough; employer pledge", "Probation / DWP", "In work six weeks after release"),
    ("Improve access to drug and alcohol treatment for people in the justice system",
     "Continuity of care from prison; treatment requirements at court", "Public health / NHS",
     "Treatment starts within three weeks of release"),
    ("Divert women from the criminal justice system",
     "Women's centres in Liverpool and Wirral; a whole-system approach for women", "Police Commissioner",
     "Women diverted at the point of arrest"),
]


def page() -> str:
    rows = "\n".join(f'            <tr>\n              <th scope="row">{esc(t)}</th>\n              <td>{esc(a)}</td>\n'
                     f'              <td>{esc(l)}</td>\n              <td>{esc(m)}</td>\n            </tr>'
                     for t, a, l, m in PRIORITIES)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta property="og:title" content="Reducing Reoffending Strategy 2025-28" />
    <link rel="canonical" href="https://www.merseysidecjb.example/reducing-reoffending/strategy" />
    <title>Reducing Reoffending Strategy 2025-28 | Merseyside Criminal Justice Board</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2xk8Yt3.css?delta=0&amp;language=en" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/318","currentLanguage":"en"}},"eu_cookie_compliance":{{"popup_enabled":true,"popup_agreed_enabled":false}},"user":{{"uid":0}}}}</script>
    <script src="/core/misc/drupalSettingsLoader.js?v=10.2.4"></script>
  </head>
  <body class="path-node page-node-type-page">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
      <div class="eu-cookie-compliance-banner" role="dialog" aria-label="Cookie consent">
        <div class="popup-content info"><div id="popup-text"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
        <div id="popup-buttons"><button type="button" class="agree-button">OK, I agree</button><button type="button" class="decline-button">No, thanks</button></div></div>
      </div>
      <header role="banner" class="region region-header">
        <div class="site-logo"><a href="/" title="Home" rel="home"><img src="/themes/custom/mcjb/logo.svg" alt="Merseyside Criminal Justice Board" /></a></div>
        <nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block-menu">
          <h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
          <ul class="menu">
            <li class="menu-item"><a href="/about">About the Board</a></li>
            <li class="menu-item menu-item--active-trail"><a href="/reducing-reoffending">Reducing reoffending</a></li>
            <li class="menu-item"><a href="/victims-and-witnesses">Victims and witnesses</a></li>
            <li class="menu-item"><a href="/courts">Courts</a></li>
            <li class="menu-item"><a href="/publications">Publications</a></li>
          </ul>
        </nav>
      </header>
      <div class="region region-breadcrumb">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
          <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
          <ol><li><a href="/">Home</a></li><li><a href="/reducing-reoffending">Reducing reoffending</a></li><li>Strategy 2025-28</li></ol>
        </nav>
      </div>
      <main role="main"><a id="main-content" tabindex="-1"></a>
        <div class="layout-content">
          <h1 class="page-title"><span class="field field--name-title">Reducing Reoffending Strategy 2025-28</span></h1>
          <div class="field field--name-body field--type-text-with-summary">
          <p class="intro">The Merseyside Reducing Reoffending Board is a sub-group of the Merseyside Criminal Justice Board. It brings together the Probation Service, HM Prison and Probation Service, Merseyside Police, the Police Commissioner, the five local authorities, the NHS, the Department for Work and Pensions and voluntary sector partners.</p>
          <div class="toc"><h2>On this page</h2><ul><li><a href="#why">Why reoffending matters</a></li><li><a href="#pathways">The resettlement pathways</a></li><li><a href="#priorities">Our priorities</a></li><li><a href="#governance">Governance</a></li></ul></div>
          <h2 id="why">Why reoffending matters</h2>
          <p>Around a quarter of adults who offend in Merseyside go on to reoffend within a year, and a small group of people account for a large share of all neighbourhood crime (illustrative figures). Most have complex needs: unstable housing, addiction, poor mental health and few routes into work. Short prison sentences often make those needs worse.</p>
          <h2 id="pathways">The resettlement pathways</h2>
          <p>Nationally, HM Prison and Probation Service organises resettlement around seven pathways. We have used them to test that our priorities cover the needs people have:</p>
          <ul>
            <li>Accommodation</li>
            <li>Education, training and employment</li>
            <li>Health</li>
            <li>Drugs and alcohol</li>
            <li>Finance, benefit and debt</li>
            <li>Children and families</li>
            <li>Attitudes, thinking and behaviour</li>
          </ul>
          <p>Our previous strategy, for 2021 to 2024, had three themes: <em>Homes</em>, <em>Health</em> and <em>Work</em>.</p>
          <h2 id="priorities">Our priorities</h2>
          <p>The Board has agreed five priorities for 2025 to 2028. The table sets out each priority, the main actions, the lead agency and the measure we will report.</p>
          <table class="table table--priorities">
            <caption>Reducing reoffending priorities 2025 to 2028</caption>
            <thead><tr><th scope="col">Priority</th><th scope="col">Main actions</th><th scope="col">Lead</th><th scope="col">Measure</th></tr></thead>
            <tbody>
{rows}
            </tbody>
          </table>
          <h2 id="governance">Governance</h2>
          <p>The Board meets every quarter and reports to the Merseyside Criminal Justice Board, which is chaired by the Police Commissioner. Each priority has a task group. Progress is also reported to the five community safety partnerships.</p>
          <p><a href="/sites/default/files/2025-04/MRRB-strategy-2025-28.pdf" type="application/pdf">Download the full strategy (PDF, 1.6 MB)</a></p>
          </div>
          <section class="feedback-block"><h2>Was this page useful?</h2><a href="/feedback?page=318&amp;useful=1">Yes</a> <a href="/feedback?page=318&amp;useful=0">No</a></section>
        </div>
        <aside class="layout-sidebar-second" role="complementary">
          <div class="block block-related"><h2>Related pages</h2><ul><li><a href="/reducing-reoffending/iom">Integrated Offender Management</a></li><li><a href="/reducing-reoffending/women">Women in the justice system</a></li><li><a href="/victims-and-witnesses">Victims and witnesses</a></li></ul></div>
        </aside>
      </main>
      <footer role="contentinfo" class="region region-footer">
        <ul class="menu"><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact</a></li></ul>
        <p>&copy; Merseyside Criminal Justice Board</p>
      </footer>
    </div>
    <script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
    <script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=10.2.4" defer></script>
  </body>
</html>
"""


def build(root: Path) -> Path:
    return write_text(page(), Path(root) / OUT)
