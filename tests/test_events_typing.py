"""Typing sentences into ACLED sub-event types (the clause, not the bag of words): one or more
ACLED-note-style sentences per type, written for these tests, and non-ACLED happenings that must come
out as no event. Negations and hypotheticals are the status module's job (test_events_fatalities)."""

from __future__ import annotations

import functools

import pytest

from eventwire.events.lexicon import build_index
from eventwire.events.taxonomy import SUB_EVENT_TYPES
from eventwire.events.typing import classify


@functools.lru_cache(maxsize=1)
def _nlp_index():
    from eventwire.nlp import load_nlp

    return load_nlp(), build_index()


def type_of(text: str) -> str | None:
    nlp, idx = _nlp_index()
    doc = nlp(text)
    for sent in doc.sents:
        dec = classify(doc, sent, idx.match(sent))
        if dec is not None:
            return dec.sub_event_type
    return None


CASES = [
("On 3 May 2021, unidentified gunmen shot and killed a village chief in Gao region.", "Attack"),
("Bandits stormed the village of Kurfi on Sunday night, killing 12 residents and rustling livestock.", "Attack"),
("Soldiers opened fire on a crowd of unarmed villagers, killing five.", "Attack"),
("Al-Shabaab militants beheaded two farmers accused of spying for the government.", "Attack"),
("Militants attacked a convoy of the Malian army near Boni, killing four soldiers.", "Armed clash"),
("Fighting broke out between two clan militias over grazing land in Galmudug, leaving 7 dead.", "Armed clash"),
("Troops repelled an attack by ISWAP fighters on their base in Marte.", "Armed clash"),
("Police and suspected militants exchanged fire in Pulwama for several hours.", "Armed clash"),
("The army recaptured the town of Shiraro from TPLF forces on Friday.", "Government regains territory"),
("Government forces retook control of Ma'arrat al-Nu'man after heavy fighting.", "Government regains territory"),
("Taliban fighters overran the district headquarters of Ghormach.", "Non-state actor overtakes territory"),
("JNIM militants seized the town of Boulkessi after the army withdrew under fire.", "Non-state actor overtakes territory"),
("Hundreds of students held a peaceful demonstration in front of the parliament in Kampala.", "Peaceful protest"),
("Traders staged a sit-in outside the governor's office to protest new taxes.", "Peaceful protest"),
("Police used tear gas and water cannon to disperse protesters in Minsk.", "Protest with intervention"),
("Security forces arrested 40 demonstrators during an opposition rally in Conakry.", "Protest with intervention"),
("Security forces shot dead eight protesters demonstrating against the coup in Mandalay.", "Excessive force against protesters"),
("Protesters burned tyres, blocked roads and threw stones at police in Port-au-Prince.", "Violent demonstration"),
("Rioters torched a police station and looted shops in Durban.", "Violent demonstration"),
("An angry mob lynched a suspected thief in Nairobi's Kibera slum.", "Mob violence"),
("Villagers beat to death two men accused of witchcraft.", "Mob violence"),
("Israeli warplanes struck targets in Gaza overnight, killing three people.", "Air/drone strike"),
("A US drone strike killed two al-Shabaab commanders near Jilib.", "Air/drone strike"),
("Russian jets bombed a market in Idlib province.", "Air/drone strike"),
("Government forces shelled residential areas of Daraa al-Balad.", "Shelling/artillery/missile attack"),
("Houthi forces fired a ballistic missile at Marib city, wounding five civilians.", "Shelling/artillery/missile attack"),
("Mortar rounds landed on a camp for displaced people in Mogadishu.", "Shelling/artillery/missile attack"),
("A suicide bomber blew himself up at a mosque in Kabul during Friday prayers, killing 20 worshippers.", "Suicide bomb"),
("A suicide car bomb exploded at the gate of a military base in Mogadishu.", "Suicide bomb"),
("A roadside bomb hit a bus carrying civilians in Helmand, killing 11.", "Remote explosive/landmine/IED"),
("Two children were killed when a landmine exploded in a field near Kandahar.", "Remote explosive/landmine/IED"),
("An IED detonated near a patrol of Pakistani soldiers in North Waziristan.", "Remote explosive/landmine/IED"),
("Unknown assailants threw a grenade at a bar in Bujumbura, injuring eight people.", "Grenade"),
("Militants lobbed a grenade at a police post in Srinagar.", "Grenade"),
("Government helicopters dropped barrel bombs containing chlorine on Saraqib.", "Chemical weapon"),
("Dozens suffocated after a sarin attack on Khan Shaykhun.", "Chemical weapon"),
("Gunmen abducted 20 passengers from a bus on the Abuja-Kaduna highway.", "Abduction/forced disappearance"),
("Armed men kidnapped a Catholic priest in Enugu state on Tuesday.", "Abduction/forced disappearance"),
("Soldiers raped three women during a raid on the village of Kolo.", "Sexual violence"),
("The government and the rebels signed a ceasefire agreement in Juba.", "Agreement"),
("Thirty fighters of the armed group surrendered to the army in Beni.", "Agreement"),
("Police arrested the opposition leader at his home in Harare.", "Arrests"),
("Security forces detained 15 suspected members of the Islamic State in Kirkuk.", "Arrests"),
("Al-Shabaab recruited dozens of young men in the Bay region.", "Change to group/activity"),
("The army deployed additional troops to the border town of Kidal.", "Change to group/activity"),
("Police defused a bomb planted near a church in Kaduna.", "Disrupted weapons use"),
("Troops seized a large cache of weapons and ammunition in a raid on a hideout.", "Disrupted weapons use"),
("Air defenses intercepted two drones launched toward Abha airport.", "Disrupted weapons use"),
("Turkish forces set up a new military base near Idlib.", "Headquarters or base established"),
("Militants looted and burned shops in the market of Djibo.", "Looting/property destruction"),
("Unknown persons vandalized the offices of the opposition party in Lusaka.", "Looting/property destruction"),
("Kurdish forces handed over control of the town of Manbij to government troops without a fight.", "Non-violent transfer of territory"),
("Mass graves containing dozens of bodies were discovered in Tarhuna.", "Other"),
("A 6.2 magnitude earthquake killed 30 people in Sulawesi.", None),
("Police seized 200 kilograms of cocaine at the port and arrested three smugglers.", None),
("The foreign ministers of both countries met in Geneva to discuss sanctions.", None),
("A gas cylinder explosion in a restaurant killed four people in Lagos.", None),
("The Islamic State claimed responsibility for the attack.", None),
    # news-style sentences, a second batch
("Suspected Fulani herdsmen attacked Kwall village in Bassa LGA, killing 11 people and burning several houses.", "Attack"),
("Gunmen on motorcycles killed a local councillor in Tillaberi, residents said on Tuesday.", "Attack"),
("Police officers allegedly tortured a detainee to death at a station in Nairobi.", "Attack"),
("ISWAP fighters ambushed a military convoy on the Maiduguri-Damboa road, killing 7 soldiers.", "Armed clash"),
("Heavy fighting between the army and the RSF continued in Khartoum on Saturday.", "Armed clash"),
("At least 15 insurgents were killed when troops raided a Taliban hideout in Kunduz.", "Armed clash"),
("Two police officers were killed when militants attacked a checkpoint in Sinai.", "Armed clash"),
("The Ethiopian army said it had liberated the town of Lalibela from Tigrayan forces.", "Government regains territory"),
("Syrian government troops backed by Russian air power took full control of the town of Khan Sheikhoun.", "Government regains territory"),
("Houthi rebels took over the city of Hazm, the capital of al-Jawf province.", "Non-state actor overtakes territory"),
("M23 rebels captured the town of Bunagana on the Ugandan border after clashes with the Congolese army.", "Non-state actor overtakes territory"),
("Hundreds of doctors went on strike in Lagos to demand unpaid salaries.", "Peaceful protest"),
("Residents rallied in the capital to denounce the rising cost of living.", "Peaceful protest"),
("Thousands marched through Santiago on Sunday calling for a new constitution.", "Peaceful protest"),
("Police fired rubber bullets and arrested dozens as protesters gathered in Lagos.", "Protest with intervention"),
("Riot police dispersed a rally by opposition supporters in Dhaka with batons.", "Protest with intervention"),
("Security forces killed at least 12 protesters in Khartoum as demonstrators marched toward the presidential palace.", "Excessive force against protesters"),
("Demonstrators set fire to government buildings and clashed with police in Bishkek.", "Violent demonstration"),
("Angry youths blocked the highway with burning tyres and pelted vehicles with stones to protest a killing.", "Violent demonstration"),
("A mob set ablaze two men suspected of stealing a motorcycle in Kampala.", "Mob violence"),
("Residents attacked and burned the house of a man accused of witchcraft in Kisii.", "Mob violence"),
("A Turkish drone struck a vehicle near Qamishli, killing two SDF members.", "Air/drone strike"),
("Coalition aircraft carried out several raids on Houthi positions in Hodeidah.", "Air/drone strike"),
("Artillery shells fired by the army hit a school in Donetsk.", "Shelling/artillery/missile attack"),
("Rockets were fired at the US embassy compound in Baghdad's Green Zone.", "Shelling/artillery/missile attack"),
("Israeli tanks fired on Hamas positions in the northern Gaza Strip.", "Shelling/artillery/missile attack"),
("A female suicide bomber detonated her explosive vest at a market in Konduga, killing 9.", "Suicide bomb"),
("Two civilians were wounded when an improvised explosive device went off in a market in Baidoa.", "Remote explosive/landmine/IED"),
("A car bomb exploded outside a hotel in Mogadishu, killing six people.", "Remote explosive/landmine/IED"),
("A soldier was injured when his vehicle hit a landmine in Tigray.", "Remote explosive/landmine/IED"),
("A hand grenade was thrown into a crowded bar in Bujumbura.", "Grenade"),
("The OPCW said the Syrian air force used chlorine gas in an attack on Douma.", "Chemical weapon"),
("Unknown gunmen kidnapped two Chinese engineers working at a mine in Kasai.", "Abduction/forced disappearance"),
("Activists say three journalists have been missing since they were taken by men in plain clothes.", "Abduction/forced disappearance"),
("Militia members sexually assaulted several women at a camp in Ituri.", "Sexual violence"),
("The warring parties agreed to a seven-day truce brokered by Saudi Arabia.", "Agreement"),
("The two sides exchanged 200 prisoners under a deal mediated by Turkey.", "Agreement"),
("Authorities detained a prominent opposition journalist in Algiers on Monday.", "Arrests"),
("Police rounded up 120 suspected members of the banned group across the state.", "Arrests"),
("Wagner fighters arrived in Bamako as part of a new deployment.", "Change to group/activity"),
("Dozens of soldiers defected to the rebel side in eastern Congo.", "Change to group/activity"),
("A new armed group calling itself the Popular Defence Front was formed in Kordofan.", "Change to group/activity"),
("Bomb disposal experts defused an explosive device found under a bridge in Quetta.", "Disrupted weapons use"),
("Saudi air defences intercepted a ballistic missile fired by the Houthis toward Jazan.", "Disrupted weapons use"),
("Police recovered 50 rifles and 3,000 rounds of ammunition during a search in Marsabit.", "Disrupted weapons use"),
("Two militants were killed when the bomb they were planting exploded prematurely.", "Disrupted weapons use"),
("The Iraqi army established a new headquarters in the town of Rutba.", "Headquarters or base established"),
("Gunmen ransacked and looted a health centre in Ouallam.", "Looting/property destruction"),
("Unidentified people torched a school in Nkambe overnight.", "Looting/property destruction"),
("The rebels withdrew from the town of Kitshanga, handing control to East African troops.", "Non-violent transfer of territory"),
("Government forces entered Raqqa unopposed after the SDF handed over the city.", "Non-violent transfer of territory"),
("The military seized power in a coup in Niamey.", "Other"),
("Flash floods killed 40 people in the Kenyan county of Kitui.", None),
("A bus plunged into a gorge in Nepal, killing 20 passengers.", None),
("Customs officers seized 2 tonnes of heroin hidden in a shipment at the port.", None),
("The UN Security Council condemned the attack and called for an investigation.", None),
("The president met the Chinese ambassador to discuss bilateral trade.", None),
("A fire at a textile factory in Dhaka killed 17 workers.", None),
("The army blamed the Taliban for the bombing.", None),
    # boundaries: disrupted vs exploded, riot vs protest, looting, ordinary crime and accidents
("Security forces found and defused two IEDs planted along the road to Gao.", "Disrupted weapons use"),
("An explosive device was discovered near the police headquarters and safely detonated by the bomb squad.", "Disrupted weapons use"),
("Police foiled a plot to bomb a shopping mall and seized explosives from the suspects' home.", "Disrupted weapons use"),
("A grenade was found in a school yard in Kasese and handed over to the army.", "Disrupted weapons use"),
("A roadside bomb exploded as a police vehicle passed, wounding three officers.", "Remote explosive/landmine/IED"),
("A bomb planted in a motorcycle went off near a checkpoint, killing two soldiers.", "Remote explosive/landmine/IED"),
("Unexploded ordnance detonated in a field, killing two boys who were playing with it.", "Remote explosive/landmine/IED"),
("Thousands of protesters clashed with police in Tbilisi, throwing bottles and stones.", "Violent demonstration"),
("Protesters stormed the parliament building and set parts of it on fire.", "Violent demonstration"),
("Students vandalised university property during a protest over fees.", "Violent demonstration"),
("Opposition supporters rioted after the election results were announced, burning cars.", "Violent demonstration"),
("Demonstrators blocked the main highway with rocks and burning tyres.", "Violent demonstration"),
("Government troops regained control of several villages in Idlib province.", "Government regains territory"),
("The army said it had cleared the town of Palma of insurgents.", "Government regains territory"),
("Afghan forces retook the district centre of Kohistan from the Taliban on Sunday.", "Government regains territory"),
("Troops liberated Mosul's old city after months of fighting.", "Government regains territory"),
("Police opened fire on protesters in Lagos, killing at least 12 people.", "Excessive force against protesters"),
("Soldiers fired live ammunition at demonstrators in Yangon, wounding dozens.", "Excessive force against protesters"),
("A protester died after being hit by a tear gas canister fired by police.", "Excessive force against protesters"),
("Police beat and detained peaceful protesters outside the court.", "Protest with intervention"),
("Gunmen burned down the house of a local chief in Ituri.", "Looting/property destruction"),
("Armed men looted shops and stole livestock in the village of Bangui.", "Looting/property destruction"),
("Soldiers demolished dozens of homes in the village, residents said.", "Looting/property destruction"),
("Assailants set fire to a church in Plateau state overnight.", "Looting/property destruction"),
("Police arrested three men suspected of planning attacks in Mombasa.", "Arrests"),
("Two people were killed in a traffic accident on the Nairobi-Mombasa highway.", None),
("Heavy rains caused a landslide that buried 12 homes in the village.", None),
("The minister visited the families of the victims and promised compensation.", None),
("A man was stabbed to death during a robbery at a shop in Johannesburg.", None),
("An explosion at a fireworks warehouse killed nine people.", None),
("The government announced new sanctions on three militia leaders.", None),
("Drug traffickers shot dead a police officer in Sinaloa.", "Attack"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence_type(text, expected):
    assert type_of(text) == expected


def test_every_sub_event_type_is_covered():
    covered = {e for _, e in CASES if e is not None}
    assert covered == set(SUB_EVENT_TYPES)
