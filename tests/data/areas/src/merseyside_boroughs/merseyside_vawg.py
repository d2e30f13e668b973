"""Merseyside Violence Against Women and Girls Strategy 2025-28 (fictional): kept as the partnership website's HTML
(not printed), with a quick-exit script, mega-menu, cookie banner and footers. The five priorities are the
<summary> lines of <details> accordions (two open) under "Our five priorities"; the national Tackling Domestic
Abuse Plan's pillars are a list further up."""
from __future__ import annotations

from pathlib import Path

from .web import esc, write_text

OUT = "strategies/merseyside_vawg_strategy_2025-28.html"

PRIORITIES = [
    ("Preventing violence against women and girls before it happens", True,
     "Healthy relationships lessons in every school, a campaign with local football clubs challenging misogyny "
     "and training for youth workers to spot harmful attitudes early."),
    ("Making public spaces, transport and nights out safer for women and girls", False,
     "Safer routes home, Ask for Angela in licensed venues, women's safety audits of parks and stations, and "
     "training for taxi drivers and door staff."),
    ("Pursuing perpetrators and changing their behaviour", True,
     "More protection orders, targeted enforcement against repeat and serial perpetrators, and behaviour-change "
     "programmes for those who want to stop."),
    ("Improving the response to rape and sexual offences", False,
     "Specialist investigators, better early advice from prosecutors and a survivor panel that reviews cases "
     "that do not reach court."),
    ("Making sure every survivor, adult or child, gets specialist support", False,
     "IDVAs and ISVAs in every borough, children and young people's advocates, and safe accommodation that meets "
     "the needs of women with complex needs."),
]


def page() -> str:
    acc = "\n".join(
        f'        <details class="acc"{" open" if op else ""}>\n          <summary class="acc__head"><span '
        f'class="acc__title">{esc(t)}</span><span class="acc__icon" aria-hidden="true"></span></summary>\n'
        f'          <div class="acc__body"><p>{esc(b)}</p></div>\n        </details>'
        for t, op, b in PRIORITIES)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Violence Against Women and Girls Strategy 2025 to 2028 &#8211; Safer Merseyside</title>
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/safermerseyside/style.css?ver=2.3.1" media="all">
<link rel="stylesheet" id="cookie-law-info-css" href="/wp-content/plugins/cookie-law-info/public/css/cli.css?ver=3.0.8" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>
  /* Quick exit: leave the page and replace it in the browser history */
  function quickExit() {{ window.open('https://www.bbc.co.uk/weather', '_newtab'); window.location.replace('https://www.google.com'); }}
  document.addEventListener('keydown', function (e) {{ if (e.key === 'Escape') {{ quickExit(); }} }});
</script>
<style>.acc__icon::after{{content:'+'}} details[open] .acc__icon::after{{content:'\\2212'}}</style>
</head>
<body class="page-template-default page page-id-2417">
<div id="cookie-law-info-bar" data-nosnippet="true">
  <span>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.
  <a role="button" class="cli_settings_button">Cookie settings</a><a role="button" id="cookie_action_close_header" class="cli-plugin-button">Accept</a></span>
</div>
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<button class="quick-exit" onclick="quickExit()">Leave this site quickly</button>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2023/06/safer-merseyside-logo.png" alt="Safer Merseyside"></a>
  <p class="site-description">Merseyside&#8217;s partnership for safer communities</p></div>
  <nav id="site-navigation" class="main-navigation" aria-label="Primary menu">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
    <ul id="primary-menu" class="menu">
      <li class="menu-item menu-item-has-children"><a href="/about/">About</a>
        <ul class="sub-menu"><li><a href="/about/partners/">Our partners</a></li><li><a href="/about/boards/">Boards and groups</a></li></ul></li>
      <li class="menu-item current-menu-ancestor menu-item-has-children"><a href="/strategies/">Strategies</a>
        <ul class="sub-menu"><li class="current-menu-item"><a href="/strategies/vawg/">Violence against women and girls</a></li>
        <li><a href="/strategies/serious-violence/">Serious violence</a></li><li><a href="/strategies/victims/">Victims</a></li></ul></li>
      <li class="menu-item"><a href="/get-help/">Get help</a></li>
      <li class="menu-item"><a href="/news/">News</a></li>
      <li class="menu-item"><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><span><a href="/">Home</a></span> &raquo; <span><a href="/strategies/">Strategies</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">Violence Against Women and Girls Strategy 2025 to 2028</span></nav>
<div id="content" class="site-content">
  <main id="primary" class="site-main">
    <article id="post-2417" class="page type-page status-publish">
      <header class="entry-header"><h1 class="entry-title">Violence Against Women and Girls Strategy 2025 to 2028</h1></header>
      <div class="entry-content">
        <div class="wp-block-group help-box"><p><strong>If you are in danger now, call 999.</strong> If you cannot speak, press 55 when prompted. For confidential support, call the Merseyside domestic abuse helpline on 0151 000 0001 (illustrative number).</p></div>
        <p>This strategy is owned by the Merseyside VAWG Partnership Board, which brings together the Police Commissioner, Merseyside Police, the five local authorities, the NHS, the Probation Service, the Crown Prosecution Service and specialist women's organisations. It covers domestic abuse, rape and sexual violence, stalking and harassment, so-called honour-based abuse, female genital mutilation and forced marriage, and abuse in public places and online.</p>
        <div class="wp-block-columns stats">
          <div class="wp-block-column"><p class="big">1 in 4</p><p>women in Merseyside will experience domestic abuse in their lifetime (illustrative)</p></div>
          <div class="wp-block-column"><p class="big">2,300</p><p>rapes reported to Merseyside Police in 2023/24 (illustrative)</p></div>
          <div class="wp-block-column"><p class="big">58%</p><p>of women said they felt unsafe in a public place after dark (illustrative)</p></div>
        </div>
        <h2 class="wp-block-heading" id="national">The national picture</h2>
        <p>The government has described violence against women and girls as a national emergency. The Tackling Domestic Abuse Plan is built on four pillars, and we have used them to organise our action plan:</p>
        <ul class="wp-block-list">
          <li>Prioritising prevention</li>
          <li>Supporting victims</li>
          <li>Pursuing perpetrators</li>
          <li>A stronger system</li>
        </ul>
        <p>The Domestic Abuse Act 2021 recognises children who see, hear or experience the effects of abuse as victims in their own right.</p>
        <h2 class="wp-block-heading" id="voices">What survivors told us</h2>
        <blockquote class="wp-block-quote"><p>&#8220;I had to tell my story six times before anyone helped me.&#8221;</p><cite>Survivor, Sefton</cite></blockquote>
        <blockquote class="wp-block-quote"><p>&#8220;Nobody asked how my kids were.&#8221;</p><cite>Survivor, Knowsley</cite></blockquote>
        <h2 class="wp-block-heading" id="priorities">Our five priorities</h2>
        <p>Select each priority to read what the partnership will do.</p>
{acc}
        <h2 class="wp-block-heading" id="delivery">How we will deliver the strategy</h2>
        <p>Each borough&#8217;s domestic abuse partnership board will hold a local action plan. The Merseyside VAWG Partnership Board will monitor progress every quarter and publish an annual report. The Police Commissioner&#8217;s Police and Crime Plan 2025 to 2029 makes ending violence against women and girls one of its six priorities, and the Commissioner funds many of the services in this strategy.</p>
        <figure class="wp-block-table"><table><thead><tr><th>Pillar</th><th>Example action for 2025/26</th><th>Lead</th></tr></thead><tbody>
          <tr><td>Prevention</td><td>Healthy relationships programme in 60 secondary schools</td><td>Local authorities</td></tr>
          <tr><td>Support</td><td>Recommission the Merseyside ISVA service</td><td>Police Commissioner</td></tr>
          <tr><td>Pursue</td><td>Stalking protection orders for every eligible case</td><td>Merseyside Police</td></tr>
          <tr><td>System</td><td>One shared risk assessment across all five boroughs</td><td>VAWG Partnership Board</td></tr>
        </tbody></table></figure>
        <h2 class="wp-block-heading" id="measures">How we will know it is working</h2>
        <ul class="wp-block-list"><li>Repeat victimisation within 12 months</li><li>Charge rates for rape and for stalking</li><li>Survivors&#8217; satisfaction with support</li><li>Women&#8217;s feelings of safety at night</li></ul>
        <div class="wp-block-file"><a href="/wp-content/uploads/2025/03/Merseyside-VAWG-Strategy-2025-28.pdf">Merseyside VAWG Strategy 2025&#8211;28 (PDF)</a><a href="/wp-content/uploads/2025/03/Merseyside-VAWG-Strategy-2025-28.pdf" class="wp-block-file__button" download>Download</a></div>
      </div>
    </article>
    <section class="page-feedback"><h2>Was this page useful?</h2><form class="feedback-form"><button name="useful" value="yes">Yes</button> <button name="useful" value="no">No</button></form></section>
  </main>
  <aside id="secondary" class="widget-area">
    <section class="widget widget_nav_menu"><h2 class="widget-title">Related pages</h2>
      <ul><li><a href="/get-help/domestic-abuse/">Domestic abuse support</a></li><li><a href="/get-help/sexual-violence/">Sexual violence support</a></li><li><a href="/strategies/victims/">Merseyside Victims&#8217; Strategy</a></li></ul></section>
  </aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="footer-widgets"><ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy-policy/">Privacy policy</a></li><li><a href="/cookies/">Cookies</a></li></ul></div>
  <div class="site-info">&copy; 2025 Safer Merseyside &middot; Powered by WordPress</div>
</footer>
<script src="/wp-content/plugins/cookie-law-info/public/js/cli.js?ver=3.0.8" id="cookie-law-info-js"></script>
<script src="/wp-content/themes/safermerseyside/js/navigation.js?ver=2.3.1" id="theme-navigation-js"></script>
</body>
</html>
"""


def build(root: Path) -> Path:
    return write_text(page(), Path(root) / OUT)
