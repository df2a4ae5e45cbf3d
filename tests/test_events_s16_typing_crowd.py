"""Sub-event typing, sixteenth session (crowds, protest levels, territory, group changes): short reports
written for these tests in the style of wire snippets and ACLED notes, each typed wrongly before.

The mechanisms: an unarmed crowd that says what it stands for ("villagers opposed to the dam"), a cause's
crowd by name ("activists") or a crowd acting in front of a seat of authority makes a violent demonstration,
not mob violence, when it damages things, and rival rallies that battle are a mob (``crowdstance``); a
crowd hurling things at the police or ramming the gates of a building riots (``crowdthrow``); people who set upon a demonstration told as
peaceful and hurt nobody seriously, or a car driven into marchers that hurts them slightly, or counter-protesters pushing marchers and disrupting a vigil, intervene in it,
and a deadly ramming is excessive force (``forceacts``); a candidate or an official shot at a rally by a
gunman is attacked, not a protest met with force (``rallyattack``); a state's forces capturing a place the
sentence puts in another country are a foreign power overtaking it (``foreignland``), and a group moving
back into a place the other side left takes it without a fight (``arrivals``); an armed group ending
its insurgency, forming a new armed front, or disbanding and laying down its arms changes its activity (not
an agreement), and soldiers announcing that the president has been removed make a coup (``groupends``); a
demonstration planned and then banned never took place (``plans``); a declaration signed by a government
and an armed group is no diplomacy between states (``statedeals``). Neighbours keep their own types."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of
from eventwire.events.crowdstance import stance_crowd
from eventwire.events.forceacts import attacked_demonstration, light_harm
from eventwire.events.foreignland import foreign_capture
from eventwire.events.groupacts import group_acts
from eventwire.events.groupends import disbanded_not_agreed
from eventwire.events.plans import planned_act
from eventwire.events.statedeals import state_deal

VD = "Violent demonstration"
EF = "Excessive force against protesters"
PI = "Protest with intervention"
MOB = "Mob violence"
CH = "Change to group/activity"
NS = "Non-state actor overtakes territory"
GR = "Government regains territory"

FIXED = [
    ("Villagers opposed to the new port smashed a dredger's cabin and blocked the quay with boats.", VD),
    ("Environmental activists broke into the refinery and damaged two valves, police said.", VD),
    ("Farmers dumped wine and set pallets alight in front of the prefecture on Monday.", VD),
    ("Members of a ruling party youth wing attacked a peaceful march of nurses, and three were slightly hurt.", PI),
    ("On 3 May 2024, a presidential hopeful was shot dead as he left a rally in the port city.", "Attack"),
    ("Romanian forces seized the hamlet of Pesca in Moldova's Cahul district after a day of fighting.", NS),
    ("On 14 March 2024, the Dawn Front announced it was ending its insurgency in the hills.", CH),
    ("Leaders of the dissident faction announced a new armed front in the border province.", CH),
    ("The rebel movement said it had decided to disband and lay down its arms.", CH),
    ("Mutinous soldiers took over the radio station and announced that the president had been removed.", "Other"),
    ("Marines recovered control of the coastal district after the militants fled.", GR),
    ("Insurgents moved back into the market town after the soldiers withdrew.", "Non-violent transfer of territory"),
    ("Opposing rallies battle with rocks and bottles near the courthouse on Sunday.", MOB),
    ("Counter-protesters threw paint and pushed participants of the women's march before police stepped in.", PI),
    ("Nationalist youths disrupted a peaceful vigil for the victims and tore down its banners.", PI),
    ("Teachers protesting pay cuts hurled plastic chairs at riot police outside the ministry.", VD),
    ("Demonstrators rammed the gates of the governor's residence with a lorry.", VD),
]

NEIGHBOURS = [
    ("Police shot dead a marcher during a peaceful protest in the capital.", EF),
    ("Thugs attacked a peaceful march with machetes, injuring twelve.", EF),
    ("Villagers beat to death a man accused of stealing a goat.", MOB),
    ("A mob set fire to the home of a man accused of blasphemy.", MOB),
    ("Two hundred fighters laid down their arms and surrendered to the army under the amnesty.", "Agreement"),
    ("Government forces recaptured the town of Kalbo from the rebels.", GR),
    ("Kenyan troops seized the Somali town of Kalbo from al-Shabaab fighters.", GR),
    ("Divers recovered the bodies of two fishermen off the coast.", None),
    ("A candidate and a supporter were killed when police fired at a crowd demonstrating against the vote count.", EF),
    ("Rival rallies face off near the parliament, clash with bottles and fists.", MOB),
    ("Opposing rallies were held peacefully in the capital on Sunday.", "Peaceful protest"),
    ("Protesters disrupted traffic in the city centre for two hours.", "Peaceful protest"),
    ("Angry villagers torched the house of a man accused of witchcraft, police said.", MOB),
    ("Students threw flowers at the police officers guarding the march.", "Peaceful protest"),
    ("Romanian forces seized the hamlet of Pesca in Romania's Vaslui county after a day of fighting.", GR),
    ("The rebels ended their boycott of the talks on Monday.", None),
    ("Parliament voted to remove the president from office on Friday.", None),
    ("A march organised by the unions went ahead peacefully in the capital on Saturday.", "Peaceful protest"),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_probe_types(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_neighbours_keep_their_types(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


def _sent(text: str):
    nlp, _idx = nlp_index()
    return next(nlp(text).sents)


def _tok(sent, word: str):
    return next(t for t in sent if t.lower_ == word)


def test_stance_crowd_reads_the_cause_the_name_and_the_seat() -> None:
    sent = _sent("Residents demanding water burned a lorry.")
    assert stance_crowd(_tok(sent, "residents"), _tok(sent, "burned"))
    sent = _sent("Activists burned a lorry.")
    assert stance_crowd(_tok(sent, "activists"), _tok(sent, "burned"))
    sent = _sent("Farmers burned tyres outside the ministry.")
    assert stance_crowd(_tok(sent, "farmers"), _tok(sent, "burned"))
    sent = _sent("Residents burned a lorry.")
    assert not stance_crowd(_tok(sent, "residents"), _tok(sent, "burned"))


def test_slight_hurt_is_an_intervention_and_a_ramming_is_an_attack_on_the_march() -> None:
    assert light_harm({"slightly", "hurt"})
    assert not light_harm({"slightly", "hurt", "killed"})
    assert not light_harm({"slightly", "hurt", "machetes"})
    assert attacked_demonstration(_sent("A car ploughed into the marchers, killing one."))[0] == "force"
    assert attacked_demonstration(_sent("A driver drove into a group of protesters, lightly injuring one."))[0] == "interv"
    assert attacked_demonstration(_sent("A car drove into the river."))[0] is None


def test_foreign_capture_compares_the_takers_nation_with_the_place() -> None:
    sent = _sent("Russian troops captured the Ukrainian village of Lozove.")
    assert foreign_capture(_tok(sent, "captured"), _tok(sent, "troops")) is True
    sent = _sent("Russian troops recaptured the village of Lozove in Russia's Kursk region.")
    assert foreign_capture(_tok(sent, "recaptured"), _tok(sent, "troops")) is False
    sent = _sent("Russian troops captured the village of Lozove.")
    assert foreign_capture(_tok(sent, "captured"), _tok(sent, "troops")) is None
    sent = _sent("Nigerian troops captured the camp from Boko Haram.")
    assert foreign_capture(_tok(sent, "captured"), _tok(sent, "troops")) is None
    sent = _sent("Nigerian troops regained control of Baga, a fishing town on Lake Chad.")
    assert not foreign_capture(_tok(sent, "regained"), _tok(sent, "troops"))


def test_group_ends_and_coups_are_read_from_the_parse() -> None:
    ended = group_acts(_sent("The militia said it was ending its rebellion."), [])
    assert [h.phrase for h in ended] == ["activity ended"]
    assert group_acts(_sent("The two sides agreed to end the war."), []) == []
    coup = group_acts(_sent("Officers deposed the president on Tuesday."), [])
    assert [(h.category, h.phrase) for h in coup] == [("OTHER", "power taken")]
    assert group_acts(_sent("Lawmakers voted to remove the president."), []) == []
    assert disbanded_not_agreed(_sent("The militia decided to disband and lay down its arms."))
    assert not disbanded_not_agreed(_sent("The militia agreed to disband under the peace deal."))


def test_a_banned_planned_march_did_not_take_place() -> None:
    sent = _sent("The march planned for Sunday was banned by the governor.")
    assert planned_act(sent, _tok(sent, "march"))
    sent = _sent("The march planned for Sunday went ahead.")
    assert not planned_act(sent, _tok(sent, "march"))


def test_a_deal_with_an_armed_group_is_no_deal_between_states() -> None:
    sent = _sent("The M23 and the Congolese government signed a declaration of principles in Doha.")
    armed = {"M23"}

    def kind(tok):
        return "nonstate" if tok.text in armed else None

    assert state_deal(sent, kind) is None
    sent = _sent("France and Germany signed a declaration of intent on a new tank.")
    assert state_deal(sent, kind) is not None
