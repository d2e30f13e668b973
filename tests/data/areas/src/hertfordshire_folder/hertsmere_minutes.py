"""Hertsmere Community Safety Partnership, Responsible Authorities Group: minutes of 12 March 2026.
NATIVE .docx (python-docx; the zip is re-written with fixed dates).  NOT a strategy: the minutes discuss the
draft priorities for 2026-2027 and record the decision to recommend them, with an action log; they state no
priorities of their own."""
from __future__ import annotations

from .kit import WORK, fix_docx_zip

NAME = "hertsmere_csp_rag_minutes_2026-03-12.docx"


def make():
    import docx_kit as K
    d = K.new_doc(font="Liberation Sans", size=10.5, colours=("00703C", "00703C", "404040"),
                  title="Hertsmere CSP Responsible Authorities Group - minutes 12 March 2026",
                  author="Hertsmere Borough Council")
    K.header_footer(d, "Hertsmere CSP RAG", "Minutes - 12 March 2026", "Page {PAGE}")
    K.para(d, "Hertsmere Community Safety Partnership", bold=True, size=16, colour="00703C")
    K.para(d, "Responsible Authorities Group (RAG)", bold=True, size=13)
    K.para(d, "Minutes of the meeting held on 12 March 2026, 10:00, Civic Offices, Borehamwood, and online")
    K.para(d, "A fictional re-creation made for testing; not a record of a real meeting.", size=8, colour="7F7F7F")
    K.heading(d, "Present", 2)
    K.bullets(d, ["Chair - Head of Community Services, Hertsmere Borough Council",
                  "Chief Inspector, Hertsmere Local Policing Area", "Station Commander, Hertfordshire Fire "
                  "and Rescue Service", "Senior Probation Officer, Probation Service",
                  "Community Safety Manager, Hertsmere Borough Council (minutes)",
                  "Partnership Officer, Office of the Police and Crime Commissioner",
                  "Commissioning Manager, Hertfordshire and West Essex ICB"])
    K.para(d, "Apologies: County Community Safety Unit; Youth Justice.")
    items = [
        ("1. Minutes of the last meeting and matters arising",
         ["The minutes of 11 December 2025 were agreed as a true record.",
          "Action 12 (CCTV camera in Shenley Road): completed. Action 14 (cuckooing protocol): carried forward."]),
        ("2. Strategic assessment 2025/26",
         ["The Community Safety Manager presented the strategic assessment. Key points: ASB down 6% but still "
          "concentrated in two town centres; cuckooing referrals doubled; stalking reports up a fifth; 11 "
          "Prevent referrals.",
          "Members noted that road safety complaints remain high but are taken forward by the Road Safety "
          "Partnership and the parish councils rather than the CSP."]),
        ("3. Draft partnership priorities 2026-2027",
         ["Members discussed the draft priorities circulated with the papers. The Chief Inspector asked "
          "whether exploitation and cuckooing should remain the first priority; members agreed it should, "
          "given the referral figures.",
          "The OPCC Partnership Officer noted that the draft priorities map well to the Commissioner's new "
          "plan, and reminded members that the community safety grant return is due by 30 April.",
          "The ICB representative asked that mental health be recognised in the action plan rather than as a "
          "separate priority. Agreed.",
          "There was discussion of whether shoplifting should be added. Members agreed to keep it under review "
          "in the ASB task group rather than add it this year.",
          "RESOLVED: that the five draft priorities be recommended to the council's Cabinet for publication "
          "on the partnership web page, with the aims 2023-2027 unchanged."]),
        ("4. Community safety grant 2026/27",
         ["The OPCC confirmed the grant at the same level as 2025/26 (illustrative). Members agreed the "
          "allocation in Appendix 2 of the papers."]),
        ("5. Any other business",
         ["The next newsletter will feature the new priorities and the Prevent training offer.",
          "Date of next meeting: 11 June 2026."]),
    ]
    for head, paras in items:
        K.heading(d, head, 2)
        for p in paras:
            K.para(d, p)
    K.heading(d, "Action log", 2)
    K.table(d, [["No.", "Action", "Owner", "Due"],
                ["14", "Finalise cuckooing protocol with housing providers", "Police / housing", "June 2026"],
                ["15", "Publish priorities 2026-2027 on the web page", "Community Safety Manager", "April 2026"],
                ["16", "Submit community safety grant return", "Community Safety Manager", "30 April 2026"],
                ["17", "Add mental health leads to the exploitation task group", "ICB", "June 2026"]],
            [1.2, 8.4, 4.2, 2.8], head_fill="00703C")
    return d


def build(out_root):
    out = out_root / "strategies" / NAME
    WORK.mkdir(parents=True, exist_ok=True)
    make().save(str(out))
    fix_docx_zip(out)
    return out
