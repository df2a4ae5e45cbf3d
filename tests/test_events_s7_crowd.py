"""Typing, seventh session, crowds: protest levels (how far a demonstration went, told by injuries,
by what the crowd was doing, by what a later sentence says), crowds the phrase list misses (a
procession with a purpose, people walking to demand something, a strike of work), riots and mobs
(communities and rival wings fighting each other), and the boundaries of property destruction and
abduction (goods carried off, people taken away and not seen since). Sentences written for these
tests; each was typed otherwise before."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of

CASES = [
    # excessive force told by the injuries
    ("Soldiers beat women holding a silent vigil with rifle butts, hospitalising at least four of them.", "Excessive force against protesters"),
    ("Marchers who sat down in the road were beaten with whips by soldiers, leaving a dozen seriously injured.", "Excessive force against protesters"),
    ("The beating of striking nurses by anti-riot units left eleven of them in hospital with fractured skulls.", "Excessive force against protesters"),
    ("Gendarmes fired rubber bullets at the faces of demonstrators, causing severe eye injuries to five people.", "Excessive force against protesters"),
    ("Police bludgeoned peaceful marchers with batons, leaving several with head wounds requiring surgery.", "Excessive force against protesters"),
    # a demonstration the phrase list misses, met with lethal force
    ("Police opened fire on a procession of factory workers demanding back pay, killing two of them.", "Excessive force against protesters"),
    ("Soldiers fired on peaceful mourners walking to the cemetery, killing one man.", "Excessive force against protesters"),
    ("Police fired live rounds into a crowd of striking miners, killing four.", "Excessive force against protesters"),
    # a remote cue in a phrase set apart in time is another event
    ("Three days after a landmine killed two soldiers nearby, troops fired on villagers protesting the arrest of a teacher, killing one.", "Excessive force against protesters"),
    ("A police armoured car ran over three demonstrators at a sit-in outside the ministry, killing one.", "Excessive force against protesters"),
    ("Government snipers on rooftops picked off demonstrators in the main square.", "Excessive force against protesters"),
    ("A nurse lost an eye after police shot her with a rubber bullet at a peaceful rally.", "Excessive force against protesters"),
    ("Riot police beat a student unconscious at a march against fee increases.", "Excessive force against protesters"),
    ("A teenager was killed by a police bullet as marchers banging drums reached the main square.", "Excessive force against protesters"),
    ("Troops bayoneted students who had occupied the faculty, a rights group said.", "Excessive force against protesters"),
    ("Five people lost their lives when soldiers moved against a sit-in outside the barracks.", "Excessive force against protesters"),
    # peaceful demonstrations
    ("Hundreds of parishioners walked through the town after mass to call for the release of the detained bishop.", "Peaceful protest"),
    ("Shop owners kept their shutters down in a strike against the new market levy.", "Peaceful protest"),
    ("Nurses at the district hospital downed tools over unpaid allowances.", "Peaceful protest"),
    ("Widows of fallen soldiers held a vigil outside the defence ministry, demanding their pensions.", "Peaceful protest"),
    ("Port workers rallied at the dock gates against the sale of the port. Two years ago police used tear gas on a similar rally.", "Peaceful protest"),
    # interventions
    ("Police carried off students who were staging a sit-in at the education ministry.", "Protest with intervention"),
    ("Police in Accra detained 15 graduates who had walked to parliament to hand over a petition on jobs.", "Protest with intervention"),
    ("Doctors walking silently to the health ministry were stopped by police, who held ten of them for hours.", "Protest with intervention"),
    ("Riot police moved in overnight to evacuate a student occupation of the faculty building.", "Protest with intervention"),
    ("Police sprayed water at teachers protesting outside the ministry; three teachers were taken into custody.", "Protest with intervention"),
    ("Police escorted the marchers away from the governor's residence.", "Protest with intervention"),
    ("Teachers marched to the governor's office, where police fired tear gas to push them back.", "Protest with intervention"),
    ("Police fined and briefly held twenty people who staged a flash mob against the war.", "Protest with intervention"),
    ("Police abducted four protesters during the rally in the capital.", "Protest with intervention"),
    ("The police crackdown on the march, which left three protesters dead, drew criticism.", "Excessive force against protesters"),
    # riots and mobs
    ("After the vote count, opposition youths set the district office on fire and fought police in the streets.", "Violent demonstration"),
    ("Clashes between Christian and Muslim residents broke out in the town, with groups throwing stones at each other; one person died.", "Mob violence"),
    ("Rival student wings of the two parties fought with rods and bricks at the college, injuring nine.", "Mob violence"),
    ("Pensioners stormed the pension fund's office and smashed its windows.", "Violent demonstration"),
    ("Teachers demanding unpaid wages blocked the highway with burning tyres.", "Violent demonstration"),
    ("Market traders chased down a pickpocket and clubbed him to death.", "Mob violence"),
    ("Locals tied a suspected goat thief to a tree and flogged him.", "Mob violence"),
    ("A crowd doused a suspected robber with petrol and set him alight.", "Mob violence"),
    # property, attacks and abductions
    ("Gunmen abducted five protesters on their way home from the rally.", "Abduction/forced disappearance"),
    ("Militiamen stripped the clinic of its equipment and medicines.", "Looting/property destruction"),
    ("Gunmen seized a bus on the highway and kidnapped all 25 passengers.", "Abduction/forced disappearance"),
    ("Militiamen burned four villagers alive in their huts.", "Attack"),
    ("Soldiers torched houses in the village as families fled the shelling.", "Looting/property destruction"),
    ("Militiamen carried off the generators and solar panels of the health centre.", "Looting/property destruction"),
    ("Municipal police tore down hundreds of shacks in the settlement, leaving families homeless.", "Looting/property destruction"),
    ("Gunmen stormed a boarding school and carried away at least 40 pupils.", "Abduction/forced disappearance"),
    ("Men in plain clothes took the blogger away from his office and he has not been seen since.", "Abduction/forced disappearance"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_s7_crowd_types(text: str, expected: str) -> None:
    assert type_of(text) == expected


def test_goods_carried_off_are_no_abduction() -> None:
    from eventwire.events.objectcues import goods_taken

    nlp, _idx = nlp_index()
    doc = nlp("Fighters carried off cars and phones. Fighters carried off five nurses.")
    verbs = [t for t in doc if t.lower_ == "carried"]
    assert goods_taken(verbs[0]) and not goods_taken(verbs[1])


def test_a_past_sentence_says_nothing_of_this_protest() -> None:
    from eventwire.events.protestlevel import told_as_past

    nlp, _idx = nlp_index()
    doc = nlp("Last year police used tear gas on a similar rally. Police later used tear gas on the rally.")
    first, second = list(doc.sents)
    assert told_as_past(first) and not told_as_past(second)


def test_lethal_force_in_the_same_text_still_raises_the_level() -> None:
    # the later sentence is today's news: it raises the level of the first
    assert type_of("Hundreds of farmers marched to the governor's office. Police later opened fire on "
                   "the marchers, killing two.") == "Excessive force against protesters"
