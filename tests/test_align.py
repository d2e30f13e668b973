"""Alignment decisions, scores and plan coverage."""

from __future__ import annotations

import numpy as np

from stratalign.align import (
    AlignSettings,
    align_strategies,
    bar_for,
    alignment_score,
    coverage,
    match_priorities,
    plan_similarity,
    stated_links,
    statement_index,
    unsure,
)
from stratalign.models import Match, Priority


def test_decisions_follow_the_thresholds():
    plan = (Priority("plan#1", "plan.pdf", "Violence", 1), Priority("plan#2", "plan.pdf", "Victims", 1))
    pv = np.array([[1, 0], [0, 1]], dtype=np.float32)
    strat = (Priority("s#1", "s.pdf", "a", 1), Priority("s#2", "s.pdf", "b", 1), Priority("s#3", "s.pdf", "c", 1))
    sv = np.array([[0.9, 0.1], [0.1, 0.4], [0.2, 0.1]], dtype=np.float32)
    m = match_priorities(strat, sv @ pv.T, plan, AlignSettings(supports=0.5, partly=0.35))
    assert [(x.plan_priority, x.decision) for x in m] == [("plan#1", "supports"), ("plan#2", "partly"), (None, "none")]
    assert m[2].best == "plan#1"  # the nearest is still reported


def test_a_priority_far_below_the_areas_others_sits_outside_the_plan():
    plan = (Priority("plan#1", "plan.pdf", "Violence", 1), Priority("plan#2", "plan.pdf", "Victims", 1))
    best = [0.70, 0.68, 0.72, 0.66, 0.71, 0.69, 0.70, 0.67, 0.45]  # the last is far below the rest
    strat = tuple(Priority(f"s#{i}", "s.pdf", str(i), 1) for i in range(len(best)))
    sim = np.array([[b, 0.1] for b in best], dtype=np.float32)
    floor_only = match_priorities(strat, sim, plan, AlignSettings(supports=0.6, partly=0.4))
    assert floor_only[-1].decision == "partly"
    spread = match_priorities(strat, sim, plan, AlignSettings(supports=0.6, partly=0.4, outside=1.75))
    assert (spread[-1].plan_priority, spread[-1].decision, spread[-1].best) == (None, "none", "plan#1")
    assert [m.decision for m in spread[:-1]] == ["supports"] * 8
    s = np.array(best)
    assert bar_for(s, 0.4, 1.75) == round(s.mean() - 1.75 * s.std(), 4)
    # never below the calibrated floor, never above `supports`, and not judged on a handful of priorities
    assert bar_for(s, 0.62, 1.75) == 0.62
    assert bar_for(s, 0.4, 1.75, ceiling=0.5) == 0.5
    assert bar_for(s[:5], 0.4, 1.75) == 0.4
    assert bar_for(s, 0.4, 0.0) == 0.4


def test_a_match_resting_on_the_embedding_alone_must_come_closer():
    """Two priorities as close to the plan, both a little below the area's others: the one whose nearest
    plan priority stands out, or whose words the plan uses, partly supports it; the one about as close to
    two plan priorities and sharing no words with any is outside the plan."""
    plan = (Priority("plan#1", "plan.pdf", "Violence", 1), Priority("plan#2", "plan.pdf", "Victims", 1))
    best = [0.70, 0.68, 0.72, 0.66, 0.71, 0.69, 0.70, 0.67, 0.58, 0.58, 0.58]
    seconds = [0.1] * 8 + [0.2, 0.55, 0.55]
    strat = tuple(Priority(f"s#{i}", "s.pdf", str(i), 1) for i in range(len(best)))
    sim = np.array([[b, c] for b, c in zip(best, seconds)], dtype=np.float32)
    lexical = np.zeros_like(sim)
    lexical[:8, 0] = 0.6
    lexical[10, 1] = 0.5  # the plan names its subject, under the other priority
    settings = AlignSettings(supports=0.6, partly=0.4, outside=1.75, outside_unsure=1.0)
    m = match_priorities(strat, sim, plan, settings, lexical=lexical)
    assert [x.decision for x in m[8:]] == ["partly", "none", "partly"]
    assert [x.unsure for x in m[8:]] == [False, True, False]
    assert m[9].best == "plan#1"
    # without the words to tell, or with no stricter bar, nothing changes
    assert [x.decision for x in match_priorities(strat, sim, plan, settings)[8:]] == ["partly"] * 3
    same = AlignSettings(supports=0.6, partly=0.4, outside=1.75)
    assert [x.decision for x in match_priorities(strat, sim, plan, same, lexical=lexical)[8:]] == ["partly"] * 3
    assert unsure(np.array([0.5, 0.45]), np.array([0.1, 0.3]))
    assert not unsure(np.array([0.5, 0.35]), np.array([0.1, 0.3]))
    assert not unsure(np.array([0.5, 0.45]), np.array([0.1, 0.31]))


def test_score_is_supports_plus_half_partly_over_all():
    ms = [Match("a", "p", 0.9, "supports"), Match("b", "p", 0.4, "partly"), Match("c", None, 0.1, "none"),
          Match("d", "p", 0.8, "supports")]
    assert alignment_score(ms) == 62.5
    assert alignment_score([]) is None


def test_coverage_and_strategy_alignment():
    plan = (Priority("plan#1", "plan.pdf", "Violence", 1), Priority("plan#2", "plan.pdf", "Roads", 1))
    ps = (Priority("s#1", "s.pdf", "a", 1), Priority("t#1", "t.pdf", "b", 1))
    ms = (Match("s#1", "plan#1", 0.9, "supports"), Match("t#1", "plan#1", 0.4, "partly"))
    cov = coverage(plan, ms)
    assert cov == {"plan#1": ("s#1", "t#1"), "plan#2": ()}
    al = align_strategies(["s.pdf", "t.pdf"], ps, ms, has_plan=True)
    assert [(a.document, a.score) for a in al] == [("s.pdf", 100.0), ("t.pdf", 50.0)]


def test_a_plan_priority_is_also_matched_through_its_own_objectives():
    # the plan theme's name is far from "Burglary", but one of its listed objectives is close
    names = np.array([[1.0, 0.0, 0.0]], dtype=np.float32)
    plan_vectors = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    units = (np.array([[0.9, 0.436, 0.0]], dtype=np.float32), np.zeros((0, 3), dtype=np.float32))
    without = plan_similarity(names, plan_vectors, units, unit_weight=0.0)
    with_units = plan_similarity(names, plan_vectors, units, unit_weight=0.9)
    assert without[0, 0] == 0.0
    assert with_units[0, 0] == round(0.9 * 0.9, 4)
    # and the match says which objective it rests on; none where the plan priority as a whole is closer
    assert statement_index(names[0], plan_vectors[0], units[0], 0.9) == 0
    assert statement_index(names[0], np.array([1.0, 0.0, 0.0]), units[0], 0.9) == -1
    assert statement_index(names[0], plan_vectors[0], units[0], 0.0) == -1
    assert statement_index(names[0], plan_vectors[1], units[1], 0.9) == -1


def test_a_priority_leans_to_the_plan_priority_its_strategy_as_a_whole_points_to():
    # "Preventing violence before it starts" is as near the plan's serious violence priority (column 0) as
    # its VAWG one (column 1), but the other priorities of its VAWG strategy point clearly to column 1
    plan_vectors = np.eye(2, dtype=np.float32)
    vectors = np.array([[0.62, 0.6], [0.1, 0.9], [0.2, 0.8], [0.7, 0.1]], dtype=np.float32)
    documents = ["vawg.pdf", "vawg.pdf", "vawg.pdf", "csp.pdf"]
    units = (np.zeros((0, 2), dtype=np.float32),) * 2
    alone = plan_similarity(vectors, plan_vectors, units, 0.0)
    leaning = plan_similarity(vectors, plan_vectors, units, 0.0, documents=documents, document_weight=0.3)
    assert alone[0].argmax() == 0 and leaning[0].argmax() == 1
    # the strategy's mean row is (0.3067, 0.7667): each row moves towards it by weight / (1 + weight)
    assert leaning[0, 1] == round((0.6 + 0.3 * (0.6 + 0.9 + 0.8) / 3) / 1.3, 4)
    # a strategy with one priority has nothing to lean on, and weight 0 changes nothing
    assert leaning[3].tolist() == alone[3].tolist()
    assert plan_similarity(vectors, plan_vectors, units, 0.0, documents=documents).tolist() == alone.tolist()


def test_what_a_strategy_says_it_supports_is_read_from_its_own_lines():
    plan = (Priority("p#1", "plan.pdf", "Violence", 1), Priority("p#2", "plan.pdf", "Better supporting victims", 1),
            Priority("p#3", "plan.pdf", "Increasing trust and confidence", 1))

    def stated(description):
        return stated_links(Priority("s#1", "s.pdf", "Domestic abuse", 3, description=description), plan)

    assert stated("Supports: Increasing trust and confidence; Better supporting victims\nDomestic abuse is...") == (
        ("p#3", "p#2"), "Supports: Increasing trust and confidence; Better supporting victims")
    assert stated("Links to the Police and Crime Plan: Violence") == (("p#1",), "Links to the Police and Crime Plan: Violence")
    # a plan priority of three words or more is a claim wherever it is named
    assert stated("This work is part of Better Supporting Victims.")[0] == ("p#2",)
    # narrative that happens to use a short plan priority's word is not a claim
    assert stated("Licensing reviews where premises are repeatedly linked to violence.") == ((), "")
    assert stated("Support people affected by violence") == ((), "")


def test_the_places_a_priority_names_do_not_make_its_match_unsure(fake_embedder):
    """Whether a match rests on the embedding alone is judged by the words of the priority's subject: the
    towns "Anti-social behaviour in Alton, Petersfield and Whitehill & Bordon" names are in no plan
    priority, but anti-social behaviour is (hampshire_districts, East Hampshire)."""
    from stratalign.models import Extracted
    from stratalign.pipeline import features

    plan = (Priority("plan#1", "plan.pdf", "Visible neighbourhood policing in every community", 6,
                     description="Work with councils to tackle anti-social behaviour hot spots."),
            Priority("plan#2", "plan.pdf", "Keeping women and girls safe", 7))
    strat = Priority("s#1", "s.pdf", "Anti-social behaviour in Alton, Petersfield and Whitehill & Bordon", 6)
    docs = [Extracted("plan.pdf", "plan.pdf", "", "pdf", "Plan", 9, plan),
            Extracted("s.pdf", "s.pdf", "", "pdf", "East Hampshire CSP Plan", 9, (strat,))]
    f = features(plan + (strat,), plan, docs, fake_embedder, 0.5)
    assert f.lexical[2].max() <= 0.3 < f.subject_words[2].max()
