"""Sub-event typing, thirteenth session: short reports written for these tests in the style of wire
snippets (passive voice, reported speech, acts in subordinate clauses), each typed wrongly before.

The mechanisms: a baton charge ("charged the teachers with batons") is force, not a legal charge, and a
demonstrator who "later died of his injuries" makes the force excessive (``forceacts``, ``crowdforce``,
``nonacled``); others setting upon a march (thugs, gunmen, counter-demonstrators) are force against it,
excessive when people are hurt or arms used (``forceacts.attacked_demonstration``); forces pushing back a
gathered crowd with pepper spray intervene in a protest, and a killing "as police clashed with youths
protesting" belongs to the protest (``protestlevel``); a marcher who "died after being shot by police" was
killed by the forces (``violence``); a punishment told in the passive ("were set ablaze by residents")
or with the subject parsed as the root is a crowd's (``crowdcues``); two men who shot a trader are gunmen,
no mob, and a "victim" is a civilian (``violence``, ``lexicon``); the people who "said" it are no mob that
killed (``crowd.mob_violence``), nor does what angered a crowd ("a death in police custody") make it the
police (``crowd.crowd_kind``); a crowd's rampage that also
pelts the police is a riot, rioting told as communal violence a mob, and hundreds of a faith's followers a crowd (``crowd``,
``crowdcues``); protests someone is arrested
"for organising" are the charge, not the scene (``protestlevel.reported_on``); remains exchanged under a deal are an agreement (``developments``); the side that retreated tells which side
took the place (``handover.leaving_side``); an "attack" on a budget, a football "striker" and recruiting
teachers are no conflict (``figurative``). Negatives keep their own types."""

from __future__ import annotations

import pytest

from events_helpers import first_sent, nlp_index, type_of
from eventwire.events.figurative import figurative_cue
from eventwire.events.forceacts import attacked_demonstration, died_of_wounds, physical_charge

MOB = "Mob violence"
VD = "Violent demonstration"
EF = "Excessive force against protesters"
PI = "Protest with intervention"
PP = "Peaceful protest"

FIXED = [
    # a charge of force, and a death from the beating
    ("Dozens were hurt, some seriously, when riot police charged striking nurses with batons in Lusaka.", EF),
    ("Marchers were beaten with whips and rifle butts by soldiers, and one student later died of his injuries.", EF),
    # others setting upon a demonstration
    ("Men armed with knives attacked peaceful marchers in Tbilisi, wounding eleven.", EF),
    ("Ruling party youths attacked a peaceful rally in Harare with iron rods, injuring thirty people.", EF),
    # forces on a gathered crowd; a killing told in the clause of a clash with protesters
    ("Riot police pushed back dozens of teachers gathered outside the education ministry in Rabat with pepper spray.",
     PI),
    ("A man was killed as police clashed with stone-throwing youths protesting against the vote count in Kisumu.",
     VD),
    ("A student who had joined the march died after being shot by soldiers, the union said.", EF),
    # mob justice told in the passive, or with its subject parsed as the root
    ("Two suspected cattle thieves were set ablaze by villagers in Kisii.", MOB),
    ("A suspected pickpocket was stripped, beaten and paraded through the market by a group of traders in Aba.", MOB),
    ("Local youths armed with sticks chased and beat two men they suspected of being thieves.", MOB),
    # a shooting by two men is no mob; a victim is a civilian
    ("Police said the victim, a money changer, was shot dead by two men on a motorbike as he left his shop in Kano.",
     "Attack"),
    # the source of the news ("villagers said") is not the doer of the killing told after it
    ("Jets and artillery pounded the rebel-held district through the night, villagers said, killing at least four "
     "people.", "Air/drone strike"),
    ("Artillery hit the market on Sunday, residents said, killing three people.", "Shelling/artillery/missile attack"),
    # what angered a crowd (a death "in police custody") does not make it the police
    ("Youths angered by the death of a boy in police custody attacked the police station with stones and petrol "
     "bombs.", VD),
    ("Traders angered by the shooting of a colleague by police stoned the police post in Onitsha.", VD),
    # a rampage that also pelts the police is a riot; rioting told as communal violence is a mob
    ("Hundreds of youths went on the rampage in the town overnight, looting shops and pelting police with stones.",
     VD),
    ("Rioters set fire to homes and a mosque during communal violence in the town, police said.", MOB),
    # hundreds of a faith's followers turning on the others' property are a crowd: a mob
    ("Hundreds of Hindus attacked a mosque in the town and set it on fire, police said.", MOB),
    # protests an arrest is made for (organising, leading them) are not where it was made
    ("A prominent activist was arrested on Monday for organising protests against the government, his lawyer said.",
     "Arrests"),
    ("Police arrested three student leaders for leading the demonstrations last week.", "Arrests"),
    # the remains of the dead exchanged under a deal
    ("The army and the rebels exchanged the remains of 25 fighters under a deal brokered by the Red Cross.",
     "Agreement"),
]

NEIGHBOURS = [
    ("Police charged the opposition leader with treason on Monday.", None),
    ("Thousands marched peacefully through Nairobi to demand lower taxes.", PP),
    ("Protesters attacked police with stones and set a patrol car on fire in Kisumu.", VD),
    ("A crowd beat a suspected thief to death in Kano.", MOB),
    ("A crowd of residents beat a suspected thief to death in Kano, police said.", MOB),
    ("The two clubs exchanged players before the new season.", None),
    ("A group of men shot dead a shopkeeper in Karachi, police said.", "Attack"),
    ("Rioters clashed with police during communal violence in the town, police said.", VD),
    ("Rioters set fire to the governor's office in protest at the election results.", VD),
    ("Hundreds of Muslims gathered outside the embassy to protest the cartoons.", PP),
    ("Police arrested twenty protesters during a demonstration in the capital.", PI),
    ("Police arrested the organisers of the march as it set off from the square.", PI),
    ("Gunmen shot dead three villagers in Zamfara.", "Attack"),
    ("Police fired tear gas to disperse protesters in Harare.", PI),
    ("Security forces shot dead five protesters in Khartoum.", EF),
    ("Rebels attacked an army base near Beni, killing four soldiers.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_probe_types(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_neighbours_keep_their_types(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


def test_figurative_conflict_words_make_no_event() -> None:
    for text in (
        "The opposition launched a fierce attack on the government's budget in parliament.",
        "The striker scored twice in the first half to give his team the lead in the cup final.",
        "The governor launched a campaign to recruit 3,000 nurses for rural clinics.",
    ):
        assert type_of(text) is None, text
    assert type_of("Al-Shabaab launched an attack on a military base in Lower Shabelle.") is not None
    assert type_of("The militia recruited hundreds of fighters in the villages.") == "Change to group/activity"


def test_figurative_cue_reads_the_clause() -> None:
    nlp, idx = nlp_index()
    doc = nlp("The minister's attack on the budget drew applause. Militants launched an attack on the convoy.")
    sents = list(doc.sents)
    attacks = [[h for h in idx.match(s) if h.category in ("VIOLENCE", "CLASH") and doc[h.start].lower_ == "attack"]
               for s in sents]
    assert attacks[0] and all(figurative_cue(doc, h) for h in attacks[0])
    assert attacks[1] and not any(figurative_cue(doc, h) for h in attacks[1])


def test_physical_charge_and_death_from_wounds() -> None:
    nlp, _ = nlp_index()
    baton = first_sent(nlp, "Police charged the marchers with batons.")
    legal = first_sent(nlp, "Police charged the marchers with rioting.")
    assert physical_charge(next(t for t in baton if t.lemma_ == "charge"))
    assert not physical_charge(next(t for t in legal if t.lemma_ == "charge"))
    died = first_sent(nlp, "One protester later died of his wounds.")
    natural = first_sent(nlp, "The former minister died of cancer.")
    assert died_of_wounds(next(t for t in died if t.lemma_ == "die"))
    assert not died_of_wounds(next(t for t in natural if t.lemma_ == "die"))


def test_attacked_demonstration_levels() -> None:
    nlp, _ = nlp_index()
    hurt = first_sent(nlp, "Thugs attacked the march with clubs, injuring nine.")
    plain = first_sent(nlp, "A group of nationalists attacked the march in the old town.")
    own = first_sent(nlp, "Protesters attacked the police station.")
    assert attacked_demonstration(hurt)[0] == "force"
    assert attacked_demonstration(plain)[0] == "interv"
    assert attacked_demonstration(own) == (None, None)
    peaceful = first_sent(nlp, "Thugs attacked a peaceful march with knives, injuring nine.")
    assert attacked_demonstration(peaceful) == ("force", "force")
    assert attacked_demonstration(hurt)[1] is None  # the march is not told as peaceful


def test_side_that_retreated_tells_the_taker() -> None:
    assert type_of("The 3rd Brigade took control of the town after the rebels retreated under heavy fire.") == (
        "Government regains territory")
    assert type_of("The brigade took control of the town after government soldiers retreated under heavy fire.") == (
        "Non-state actor overtakes territory")
    assert type_of("The 3rd Brigade took control of the town after the rebels retreated.") == (
        "Non-violent transfer of territory")  # no fighting told: the place changed hands without it
