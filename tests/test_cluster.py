"""Themes: deterministic, order-independent, no merging within a document, no chaining."""

from __future__ import annotations

import random

import numpy as np

from stratalign.cluster import ThemeClusterer, build_themes, possible_duplicates, prepare_themes
from stratalign.context import crime_in_general
from stratalign.models import Priority


def unit(v):
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def make(items):
    ps = tuple(Priority(id=f"{d}#{i}", document=f"{d}.pdf", text=t, page=1) for i, (d, t, _) in enumerate(items))
    vs = np.stack([unit(v) for _, _, v in items])
    return ps, vs


ITEMS = [
    ("a", "Violent crime", [1, 0.1, 0, 0]),
    ("b", "Reducing violence", [1, 0.15, 0, 0]),
    ("c", "Serious violence", [1, 0.05, 0.05, 0]),
    ("a", "Anti-social behaviour", [0, 1, 0, 0.1]),
    ("b", "Tackling ASB", [0, 1, 0.05, 0.1]),
    ("c", "Drugs", [0, 0, 1, 0]),
]


def test_similar_priorities_from_different_documents_form_one_theme():
    ps, vs = make(ITEMS)
    themes = build_themes(ps, vs @ vs.T, ThemeClusterer(threshold=0.8))
    members = {frozenset(t.members) for t in themes}
    assert frozenset({"a#0", "b#1", "c#2"}) in members
    assert frozenset({"a#3", "b#4"}) in members
    assert sum(len(t.members) for t in themes) == len(ps)  # nobody dropped, nobody twice


def test_priorities_of_one_document_are_not_merged():
    ps, vs = make([("a", "Violent crime", [1, 0, 0]), ("a", "Knife crime", [1, 0.5, 0]), ("b", "Violence", [1, 0.2, 0])])
    themes = build_themes(ps, vs @ vs.T, ThemeClusterer(threshold=0.8))
    for t in themes:
        docs = [m.split("#")[0] for m in t.members]
        assert len(docs) == len(set(docs))


def test_identical_wording_in_one_document_may_merge():
    ps, vs = make([("a", "Violent crime", [1, 0, 0]), ("a", "Violent crime", [1, 0, 0])])
    themes = build_themes(ps, vs @ vs.T, ThemeClusterer(threshold=0.8))
    assert len(themes) == 1


def test_a_chain_is_broken():
    # x ~ y and y ~ z but x and z far apart: the far end leaves the theme
    ps, vs = make([("a", "x", [1, 0, 0]), ("b", "y", [0.75, 0.66, 0]), ("c", "z", [0.1, 1, 0]), ("d", "w", [1, 0.05, 0])])
    themes = build_themes(ps, vs @ vs.T, ThemeClusterer(threshold=0.7, min_member_similarity=0.5))
    for t in themes:
        assert not {"a#0", "c#2"} <= set(t.members)


def test_result_does_not_depend_on_input_order():
    ps, vs = make(ITEMS)
    base = build_themes(ps, vs @ vs.T, ThemeClusterer(threshold=0.8))
    order = list(range(len(ps)))
    for seed in range(5):
        random.Random(seed).shuffle(order)
        shuffled = build_themes(tuple(ps[i] for i in order), vs[order] @ vs[order].T, ThemeClusterer(threshold=0.8))
        assert shuffled == base


def test_theme_label_prefers_the_plan_wording():
    ps, vs = make([("plan", "Reducing and preventing violence", [1, 0.1, 0]), ("b", "Violent crime", [1, 0, 0])])
    themes = build_themes(ps, vs @ vs.T, ThemeClusterer(threshold=0.8), plan_document="plan.pdf")
    assert themes[0].label == "Reducing and preventing violence"


def test_a_plan_priority_about_crime_as_a_whole_is_not_one_theme_with_part_of_it():
    # plan "Preventing crime and anti-social behaviour": a CSP's anti-social behaviour priority serves part
    # of it and is not a duplicate; a CSP's "Reducing crime and anti-social behaviour" is
    items = [("plan", "Preventing crime and anti-social behaviour", [1, 0.1, 0]),
             ("b", "Anti-social behaviour in our town centres", [1, 0.12, 0]),
             ("c", "Tackling anti-social behaviour and its impact", [1, 0.11, 0])]
    ps, vs = make(items)
    themes = build_themes(ps, vs @ vs.T, ThemeClusterer(threshold=0.8), plan_document="plan.pdf")
    assert [t.members for t in themes if len(t.members) > 1] == [("b#1", "c#2")]
    ps, vs = make(items[:2] + [("c", "Reducing crime and anti-social behaviour", [1, 0.1, 0])])
    themes = build_themes(ps, vs @ vs.T, ThemeClusterer(threshold=0.8), plan_document="plan.pdf")
    assert [t.members for t in themes if len(t.members) > 1] == [("c#2", "plan#0")]


def test_crime_in_general_is_crime_not_qualified_by_its_kind():
    assert crime_in_general("Cutting neighbourhood crime, reoffending and anti-social behaviour")
    assert crime_in_general("Preventing and fighting crime")
    assert not crime_in_general("Reducing knife crime and serious violence")
    assert not crime_in_general("Reduce drug-related crime and anti-social behaviour")
    assert not crime_in_general("Fighting Serious Organised Crime")


def test_a_priority_joins_only_its_mutual_best_match_in_another_document():
    # b#0 is a's best match in b, but a#0's best match (b#1) is elsewhere: only the mutual pair merges
    ps, vs = make([("a", "x", [1, 0.3, 0]), ("b", "y", [1, 0.5, 0.1]), ("b", "z", [1, 0.25, 0])])
    sim = vs @ vs.T
    themes = build_themes(ps, sim, ThemeClusterer(threshold=0.8))
    together = [t.members for t in themes if len(t.members) > 1]
    assert together == [("a#0", "b#2")]


def test_clustering_matches_scikit_learn():
    sklearn = __import__("pytest").importorskip("sklearn.cluster")
    from stratalign.cluster import _agglomerate, _canonical

    rng = np.random.default_rng(0)
    for _ in range(20):
        n = int(rng.integers(5, 40))
        v = rng.normal(size=(n, 8))
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        d = np.round(1 - v @ v.T, 4)
        np.fill_diagonal(d, 0)
        for linkage in ("average", "complete"):
            ours = _canonical(_agglomerate(d, 0.7, linkage))
            theirs = sklearn.AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage=linkage,
                                                     distance_threshold=0.7).fit_predict(d)
            assert (ours == _canonical(theirs)).all()


def test_populations_name_the_narrower_groups_a_priority_is_about():
    from stratalign.context import populations

    assert populations("Reducing reoffending by children") == {"children_young_people"}
    assert populations("Changing the behaviour of domestic abuse perpetrators") == {"perpetrators"}
    assert populations("Reducing reoffending") == frozenset()
    assert populations("Supporting residents and communities") == frozenset()  # everyone: not narrower


def test_a_priority_s_subject_leaves_off_its_verbs_what_it_includes_and_where():
    from stratalign.context import topic

    assert topic("Reducing and preventing violence") == "violence"
    assert topic("Tackling anti-social behaviour, including nuisance off-road bikes") == "anti-social behaviour"
    assert topic("Reducing serious violence across Lincolnshire") == "serious violence"
    assert topic("Preventing crime and anti-social behaviour in every community") == "crime anti-social behaviour"
    # kinds of place after it: where partners act, not what they act on
    assert topic("Tackling anti-social behaviour in our town centres and coastal resorts") == "anti-social behaviour"
    assert topic("Anti-social behaviour on the seafront and in our town centre") == "Anti-social behaviour"
    # the night-time economy is a subject, not a place to leave off
    assert topic("Tackling violence in the night-time economy") == "violence in night-time economy"


def test_an_outcome_statement_s_subject_leaves_off_its_date_tense_and_place():
    # held-out surrey_districts: "By 2029, ..." outcome statements beside other districts' plain priorities
    from stratalign.context import topic

    assert topic("By 2029, fewer people in Guildford will experience anti-social behaviour") == "people anti-social behaviour"
    assert topic("By 2029, no one will need to sleep rough in Guildford") == "no one need to sleep rough"
    assert topic("In 2026-27 we will build a new hub") == "we build new hub"


def test_a_priority_put_as_a_question_is_about_what_it_asks():
    # nottinghamshire_districts: Newark and Sherwood's priorities are questions
    from stratalign.context import topic

    assert topic("How do we reduce anti-social behaviour in Newark and our market towns?") == "anti-social behaviour"
    assert topic("How can partners keep children safe from exploitation?") == "keep children safe from exploitation"
    assert topic("How we work") == "How we work"  # not a question


def test_an_easy_read_priority_is_about_what_it_names():
    # devon_cornwall_districts: Mid Devon's and Plymouth's easy read versions
    from stratalign.context import topic

    assert topic("We will help stop scams") == "scams"
    assert topic("We will work on rural crime, like theft from farms") == "rural crime"
    assert topic("We want to stop anti-social behaviour where people live") == "anti-social behaviour"


def test_naming_the_group_a_harm_typically_falls_on_does_not_narrow_it():
    # the labels group "Fraud and scams affecting older residents" with plain fraud priorities (22 of 25
    # pairs), and "youth nuisance" with anti-social behaviour (7 of 8); youth violence stays narrower
    from stratalign.context import scope

    assert "older_people" not in scope("Fraud and scams affecting older residents")
    assert "children_young_people" not in scope("Anti-social behaviour and youth nuisance")
    assert "children_young_people" in scope("Reducing serious youth violence")
    assert "older_people" in scope("Supporting older people who are victims of crime")


def test_a_result_for_people_is_about_the_harm_it_keeps_them_from():
    # humberside_districts: Hull's "population results"
    from stratalign.context import topic

    assert topic("Children and young people in Hull are safe from criminal exploitation") == "criminal exploitation"
    assert topic("People in Hull live free from domestic abuse") == "domestic abuse"


def test_people_who_commit_domestic_abuse_are_perpetrators():
    from stratalign.context import populations

    assert populations("Changing the behaviour of people who commit domestic abuse") == {"perpetrators"}


def test_scope_adds_the_stage_a_priority_acts_at():
    # "before it starts" is one part of a domestic abuse strategy; "Preventing" alone narrows nothing
    from stratalign.context import scope

    assert scope("Preventing domestic abuse before it starts") == {"before_harm"}
    assert scope("Stopping young people from starting to use drugs") == {"children_young_people", "before_harm"}
    assert scope("Tackling domestic abuse") == frozenset()
    assert scope("Preventing serious violence") == frozenset()


def test_scope_adds_a_specialist_approach():
    # restorative justice is one way of putting victims first, not the whole of it
    from stratalign.context import scope

    assert scope("Putting victims at the heart of restorative justice") == {"restorative"}
    assert scope("Restorative practice for every victim who wants it") == {"restorative"}
    assert scope("Putting victims first") == frozenset()


def test_a_priority_acting_before_harm_is_not_one_theme_with_the_whole_problem(fake_embedder):
    from stratalign.pipeline import features

    ps = (Priority(id="a#1", document="a.pdf", text="Tackling domestic abuse", page=1),
          Priority(id="b#1", document="b.pdf", text="Preventing domestic abuse before it starts", page=1),
          Priority(id="c#1", document="c.pdf", text="Stopping domestic abuse before it happens", page=1))
    f = features(ps, (), [], fake_embedder, 0.5)
    plain, weighted = f.theme_similarity(0.0), f.theme_similarity(0.0, 0.2)
    assert np.isclose(weighted[0, 1], plain[0, 1] - 0.2)
    assert np.isclose(weighted[1, 2], plain[1, 2])


def test_priorities_about_different_groups_are_kept_apart_by_the_population_weight(fake_embedder):
    # "Reducing reoffending" and "Reducing reoffending by children" are close in any embedding; with a
    # population weight they are not one theme, and two priorities naming children still meet
    from stratalign.pipeline import features

    ps = (Priority(id="a#1", document="a.pdf", text="Reducing reoffending", page=1),
          Priority(id="b#1", document="b.pdf", text="Reducing reoffending by children", page=1),
          Priority(id="c#1", document="c.pdf", text="Reducing reoffending by young people", page=1))
    f = features(ps, (), [], fake_embedder, 0.5)
    plain, weighted = f.theme_similarity(0.0), f.theme_similarity(0.0, 0.2)
    assert np.isclose(weighted[0, 1], plain[0, 1] - 0.2)
    assert np.isclose(weighted[1, 2], plain[1, 2])


def themes_and_possible(ps, vs, threshold=0.8, floor=0.6, apart=()):
    clusterer = ThemeClusterer(threshold=threshold)
    prepared = prepare_themes(ps, vs @ vs.T, clusterer, apart=apart)
    themes = prepared.themes(clusterer)
    return themes, possible_duplicates(prepared, themes, floor)


def test_a_close_pair_below_the_threshold_is_listed_for_review():
    # "Disrupting drug supply" ~ "Drug dealing and county lines": close, not close enough for one theme
    ps, vs = make([("a", "Disrupting drug supply", [1, 1.2, 0]), ("b", "Drug dealing and county lines", [1, 0.1, 0]),
                   ("c", "Burglary", [0, 0, 1])])
    themes, possible = themes_and_possible(ps, vs)
    sim = float(vs[0] @ vs[1])
    assert 0.6 <= sim < 0.8 and len(themes) == 3
    assert [(d.a, d.b) for d in possible] == [("a#0", "b#1")]
    assert abs(possible[0].similarity - sim) < 1e-3
    # below the floor it is not
    assert themes_and_possible(ps, vs, floor=sim + 0.01)[1] == ()


def test_possible_duplicates_leave_out_one_theme_one_document_and_not_nearest_pairs():
    ps, vs = make([("a", "Violent crime", [1, 0, 0]), ("b", "Reducing violence", [1, 0.05, 0]),
                   ("a", "Knife crime", [1, 0.6, 0]), ("c", "Weapons", [1, 0.75, 0])])
    themes, possible = themes_and_possible(ps, vs)
    assert frozenset({"a#0", "b#1"}) in {frozenset(t.members) for t in themes}
    pairs = {frozenset((d.a, d.b)) for d in possible}
    assert frozenset({"a#0", "b#1"}) not in pairs  # one theme already
    assert frozenset({"a#0", "a#2"}) not in pairs  # one document
    # c's nearest in a is "Knife crime", so "Violent crime" is not asked about against it
    assert frozenset({"a#0", "c#3"}) not in pairs
    assert all(ps_doc(d.a) != ps_doc(d.b) for d in possible)


def ps_doc(pid: str) -> str:
    return pid.split("#")[0]


def test_one_pair_per_two_themes_and_none_for_themes_the_analyst_kept_apart():
    # b and c are one theme; d is close to both, but only its nearest pair is listed
    ps, vs = make([("b", "Reducing violence", [1, 0.1, 0]), ("c", "Serious violence", [1, 0.12, 0]),
                   ("d", "Violence and exploitation", [1, 1.2, 0])])
    themes, possible = themes_and_possible(ps, vs)
    assert len(themes) == 2 and len(possible) == 1
    # the analyst said d is not c's theme: the theme pair is not asked about again through b
    _, possible = themes_and_possible(ps, vs, apart=[(possible[0].b, possible[0].a)])
    assert possible == ()


def test_possible_duplicates_do_not_depend_on_input_order():
    ps, vs = make(ITEMS + [("d", "Violence and drugs", [0.7, 0, 0.7, 0]), ("e", "Nuisance", [0.3, 1, 0, 0.5])])
    base = themes_and_possible(ps, vs, floor=0.3)[1]
    assert base
    order = list(range(len(ps)))
    for seed in range(5):
        random.Random(seed).shuffle(order)
        shuffled = themes_and_possible(tuple(ps[i] for i in order), vs[order], floor=0.3)[1]
        assert shuffled == base
