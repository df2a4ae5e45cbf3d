"""Wording variety for the sub-event types that generalised worst on held-out snippets (violent
demonstration, property destruction, disrupted weapons use, government regaining territory, change to
group/activity, abduction, mob violence) and non-ACLED happenings that look like events: sentences
written for these tests in the many ways news tells each type (passive voice, nouns like "the
recapture of", crowds torching and looting, bombs found, mailed or shot down, groups merging or naming
leaders, places falling to or returning to government control), so that the clause-reading rules are
checked for general mechanisms rather than one wording."""

from __future__ import annotations

import pytest

from events_helpers import type_of

VARIETY = [
    (
        "Protesters torched two police vehicles and hurled rocks at officers outside the parliament.",
        "Violent demonstration",
    ),
    (
        "Demonstrators set fire to the ruling party's office in the provincial capital on Tuesday.",
        "Violent demonstration",
    ),
    (
        "Angry students pelted police with stones during a protest over fee increases.",
        "Violent demonstration",
    ),
    (
        "A protest against fuel prices turned violent when demonstrators smashed shop windows and blocked the highway.",
        "Violent demonstration",
    ),
    (
        "Rioters looted supermarkets and set tyres ablaze in several districts of the city.",
        "Violent demonstration",
    ),
    (
        "Opposition supporters clashed with police in the capital after the election results were announced.",
        "Violent demonstration",
    ),
    (
        "Protesting farmers blocked the national highway with burning tyres for six hours.",
        "Violent demonstration",
    ),
    (
        "Dozens of youths threw petrol bombs at the police station during a demonstration against the killing of a local man.",
        "Violent demonstration",
    ),
    (
        "The demonstration degenerated into violence as protesters attacked journalists and vandalised cars.",
        "Violent demonstration",
    ),
    (
        "Hundreds of residents stormed the district office and burned documents to protest power cuts.",
        "Violent demonstration",
    ),
    (
        "Several police officers were injured when protesters threw stones at them in the northern town.",
        "Violent demonstration",
    ),
    ("Riots broke out in the township after the arrest of a popular local leader.", "Violent demonstration"),
    (
        "Protesters erected barricades and burned tyres on the main road into the city.",
        "Violent demonstration",
    ),
    (
        "Demonstrators damaged public property and attacked security personnel with sticks.",
        "Violent demonstration",
    ),
    (
        "Clashes erupted between demonstrators and police, who responded with tear gas after protesters hurled bottles.",
        "Violent demonstration",
    ),
    ("Police killed five people during riots in the northern city, officials said.", "Violent demonstration"),
    (
        "Two protesters were killed when police fired on a crowd that was pelting them with stones.",
        "Violent demonstration",
    ),
    (
        "The death toll from the riots rose to 12 after police used live ammunition to quell the violence.",
        "Violent demonstration",
    ),
    ("Riots in the township left three people dead and dozens of shops looted.", "Violent demonstration"),
    (
        "Police shot and killed a man during violent protests in the port city, where demonstrators torched vehicles.",
        "Violent demonstration",
    ),
    ("A policeman died after being hit by a rock thrown by protesters.", "Violent demonstration"),
    (
        "Protesters and police clashed in the capital, leaving one demonstrator dead and dozens wounded.",
        "Violent demonstration",
    ),
    (
        "Protesters clashed with police in Baghdad on Sunday, with security forces firing live rounds and tear gas; two demonstrators were killed.",
        "Violent demonstration",
    ),
    (
        "The police arrested 50 people after protesters smashed windows and set fire to cars in the city centre on Saturday night.",
        "Violent demonstration",
    ),
    (
        "Dozens of people were detained as rioting spread through the capital, with shops looted and police stations attacked.",
        "Violent demonstration",
    ),
    (
        "Angry residents blocked the highway and burned tyres on Tuesday, demanding that the authorities honour an agreement to build a hospital.",
        "Violent demonstration",
    ),
    (
        "Protesters opposed to the ceasefire deal stormed the parliament and set fire to part of the building.",
        "Violent demonstration",
    ),
    (
        "Clashes broke out between protesters and police as the two sides failed to reach an agreement on the release of detained activists.",
        "Violent demonstration",
    ),
    (
        "Fishermen protesting the fisheries agreement with the EU pelted police with stones at the port.",
        "Violent demonstration",
    ),
    (
        "Workers who had been on strike for weeks stormed the factory and destroyed machinery, after talks on a new wage agreement collapsed.",
        "Violent demonstration",
    ),
    (
        "Hundreds of residents blocked the main road after the army deployed more troops in the district.",
        "Violent demonstration",
    ),
    (
        "Protesters throw stones at police during clashes in the West Bank city of Hebron, December 8, 2017.",
        "Violent demonstration",
    ),
    (
        "A masked protester sets fire to a barricade during a demonstration in Caracas, Venezuela, May 3, 2017.",
        "Violent demonstration",
    ),
    (
        "Demonstrators clash with riot police during a protest against the government in Santiago, Chile, November 8, 2019.",
        "Violent demonstration",
    ),
    (
        "A protester hurls a tear gas canister back at riot police during a demonstration against the new labour law in Santiago, Chile, November 12, 2019.",
        "Violent demonstration",
    ),
    (
        "PARIS (Reuters) - Yellow vest protesters set cars alight and smashed bank windows on the Champs-Elysees on Saturday as the weekly demonstrations entered their fourth month.",
        "Violent demonstration",
    ),
    (
        "Masked demonstrators attacked a police station with Molotov cocktails late on Friday, officials said, in the worst unrest the city has seen in years.",
        "Violent demonstration",
    ),
    (
        "Several shops were ransacked and a bank was set on fire as protests over the killing of a teenager spread to a third night.",
        "Violent demonstration",
    ),
    (
        "Hundreds of angry supporters of the jailed opposition leader blocked the main highway into the capital with burning tyres and rocks on Monday.",
        "Violent demonstration",
    ),
    (
        "Police said 14 officers were hurt after protesters pelted them with bricks and bottles outside the embassy.",
        "Violent demonstration",
    ),
    (
        "Students protesting against the fee hike vandalised university property and set a bus on fire, police said.",
        "Violent demonstration",
    ),
    (
        "Demonstrators and police clashed in the streets of the capital for a second straight day, with protesters throwing stones and police firing tear gas.",
        "Violent demonstration",
    ),
    (
        "Anti-government rioters set fire to the headquarters of the ruling party in the southern city on Thursday.",
        "Violent demonstration",
    ),
    (
        "The protest turned violent when a group of demonstrators broke through the police cordon and attacked officers with sticks.",
        "Violent demonstration",
    ),
    (
        "Youths burnt tyres and blocked roads in several neighbourhoods to protest against the rising cost of living.",
        "Violent demonstration",
    ),
    (
        "Protesters stormed the parliament building, breaking windows and ransacking offices.",
        "Violent demonstration",
    ),
    (
        "Demonstrations over the disputed election descended into chaos as crowds torched government vehicles.",
        "Violent demonstration",
    ),
    (
        "Clashes between stone-throwing protesters and police left dozens injured in the capital, witnesses said.",
        "Violent demonstration",
    ),
    (
        "A demonstrator kicks a burning barricade during clashes with police in Hong Kong, China, October 1, 2019.",
        "Violent demonstration",
    ),
    (
        "Thousands of people took to the streets of the capital on Friday to denounce the president's decision. Some of the demonstrators threw stones at police and set fire to rubbish bins.",
        "Violent demonstration",
    ),
    (
        "Police said 23 people were arrested after a night of unrest in which cars were torched and shops looted by protesters angered by the police shooting.",
        "Violent demonstration",
    ),
    (
        "Protesters angry over the death of a young man in police custody have attacked a police station in the western town, burning vehicles parked outside, the interior ministry said.",
        "Violent demonstration",
    ),
    (
        "Tensions flared on Saturday as hundreds of demonstrators tried to break through barricades around the governor's residence, hurling rocks and firecrackers at officers.",
        "Violent demonstration",
    ),
    (
        "A man throws a rock during a protest against the government in the centre of Beirut, Lebanon, January 15, 2020.",
        "Violent demonstration",
    ),
    (
        "Protesters set ablaze the residence of the local lawmaker after he was accused of corruption.",
        "Violent demonstration",
    ),
    (
        "Demonstrators opposed to the mining project blocked the access road to the mine and damaged equipment belonging to the company.",
        "Violent demonstration",
    ),
    (
        "The march ended in violence when a group of hooded youths smashed the windows of several banks and set bins on fire.",
        "Violent demonstration",
    ),
    (
        "Clashes erupted in the southern city overnight between police and residents protesting against water shortages.",
        "Violent demonstration",
    ),
    (
        "Supporters of the former president rioted in several cities after his conviction, burning police posts and looting shops.",
        "Violent demonstration",
    ),
    (
        "Four protesters were killed and dozens injured in clashes with the police in the capital on Friday.",
        "Violent demonstration",
    ),
    (
        "At least two people died as demonstrators clashed with security forces in the southern city, officials said.",
        "Violent demonstration",
    ),
    (
        "One protester was shot dead as stone-throwing crowds clashed with troops in the town.",
        "Violent demonstration",
    ),
    (
        "Police killed two rioters who had attacked a police station with petrol bombs.",
        "Violent demonstration",
    ),
    (
        "A protester was killed in clashes between demonstrators and police during a rally against the government.",
        "Violent demonstration",
    ),
    (
        "Several people were killed as protests over fuel prices turned violent, with crowds torching government buildings.",
        "Violent demonstration",
    ),
    (
        "Police fired live rounds at protesters who were throwing stones and petrol bombs, killing two of them.",
        "Violent demonstration",
    ),
    (
        "Security forces shot dead three demonstrators after a crowd set fire to a police station in the town.",
        "Violent demonstration",
    ),
    (
        "Two people were killed when police opened fire on rioters who were looting shops in the city centre.",
        "Violent demonstration",
    ),
    (
        "Iraqi security forces killed four protesters as demonstrators tried to storm the provincial government building.",
        "Violent demonstration",
    ),
    (
        "One man was shot dead during riots in the capital, where protesters burned cars and attacked police stations.",
        "Violent demonstration",
    ),
    (
        "Police used live ammunition against stone-throwing youths, killing one, as protests over the election results turned violent.",
        "Violent demonstration",
    ),
    (
        "A policeman was killed and several protesters injured when demonstrators attacked a police post with machetes.",
        "Violent demonstration",
    ),
    (
        "Protesters torched a police station after officers shot dead a young man during a demonstration.",
        "Violent demonstration",
    ),
    (
        "Protesters burned tyres and blocked roads to denounce the peace agreement signed by the government.",
        "Violent demonstration",
    ),
    (
        "Supporters of the candidate clashed with police after the electoral commission announced the results of the deal.",
        "Violent demonstration",
    ),
    ("Youths protesting against the ceasefire deal set fire to a police post.", "Violent demonstration"),
    (
        "Militants set fire to a school in the village overnight; no one was hurt.",
        "Looting/property destruction",
    ),
    ("Unidentified men burned down a church in the district on Sunday.", "Looting/property destruction"),
    (
        "Fighters looted the market and burned dozens of shops before leaving the town.",
        "Looting/property destruction",
    ),
    ("Armed herders razed several homes in the farming community.", "Looting/property destruction"),
    ("Soldiers demolished the houses of suspected militants in the village.", "Looting/property destruction"),
    ("Insurgents destroyed a telecommunications mast near the town.", "Looting/property destruction"),
    (
        "A polling station was vandalised and ballot boxes were burned by unknown people.",
        "Looting/property destruction",
    ),
    ("Gunmen torched a police post that had been abandoned by officers.", "Looting/property destruction"),
    ("The militia plundered the warehouses of the aid agency in the town.", "Looting/property destruction"),
    ("Armed men destroyed crops and burned granaries in the village.", "Looting/property destruction"),
    (
        "Police have arrested two men in connection with the torching of a church in the town. The building was set ablaze on Sunday night.",
        "Looting/property destruction",
    ),
    (
        "Three suspects have been taken into custody after a mosque was vandalised overnight, police said.",
        "Looting/property destruction",
    ),
    (
        "Unknown people set fire to the house of the local councillor on Tuesday night. Police said they were investigating.",
        "Looting/property destruction",
    ),
    (
        "Gunmen attacked the offices of the electoral commission and set them on fire, but no one was hurt.",
        "Looting/property destruction",
    ),
    (
        "Armed men stormed the warehouse and made away with bags of food aid, officials said.",
        "Looting/property destruction",
    ),
    (
        "Suspected herdsmen burnt down over 30 houses in the farming community on Wednesday night, residents said.",
        "Looting/property destruction",
    ),
    (
        "Al-Shabaab militants destroyed a telecommunication mast in the town on Tuesday, according to local officials.",
        "Looting/property destruction",
    ),
    (
        "Unknown arsonists set fire to a mosque in the northern city in the early hours of Sunday; nobody was injured.",
        "Looting/property destruction",
    ),
    (
        "Several shops belonging to foreign nationals were looted and burned in the township overnight.",
        "Looting/property destruction",
    ),
    (
        "The offices of the electoral commission were razed to the ground by unknown persons, police said.",
        "Looting/property destruction",
    ),
    (
        "Armed men ransacked a health centre and made off with medicines and equipment.",
        "Looting/property destruction",
    ),
    (
        "A group of men vandalised several election billboards of the ruling party.",
        "Looting/property destruction",
    ),
    (
        "Troops burned dozens of homes in the village during a search for rebels, residents said.",
        "Looting/property destruction",
    ),
    (
        "Statues of the former leader were toppled and smashed by unknown assailants overnight.",
        "Looting/property destruction",
    ),
    (
        "The militants withdrew after burning the local health centre and the district office.",
        "Looting/property destruction",
    ),
    (
        "Dozens of homes were torched in the village, forcing residents to flee into the bush, a local leader said.",
        "Looting/property destruction",
    ),
    (
        "Gunmen on motorcycles raided the market, carting away goods and setting several stalls ablaze.",
        "Looting/property destruction",
    ),
    (
        "A group of unidentified men vandalised the statue of the independence hero overnight, police said.",
        "Looting/property destruction",
    ),
    (
        "Jihadists destroyed ancient shrines in the city, according to witnesses.",
        "Looting/property destruction",
    ),
    (
        "Gunmen attacked a mobile phone mast in the village and set it on fire.",
        "Looting/property destruction",
    ),
    (
        "Two men were arrested after they set fire to a campaign office of the ruling party.",
        "Looting/property destruction",
    ),
    (
        "Police said the suspects torched three vehicles belonging to the company before fleeing.",
        "Looting/property destruction",
    ),
    (
        "Unknown attackers burned an opposition party office overnight; police have arrested two suspects.",
        "Looting/property destruction",
    ),
    ("Bomb disposal experts defused an explosive device found near the market.", "Disrupted weapons use"),
    ("The air defence system shot down two drones launched towards the airport.", "Disrupted weapons use"),
    (
        "Soldiers seized a cache of rifles and ammunition during a search of the forest.",
        "Disrupted weapons use",
    ),
    (
        "Police recovered a large quantity of explosives from a hideout in the district.",
        "Disrupted weapons use",
    ),
    (
        "An IED planted on the roadside was detected and safely detonated by security forces.",
        "Disrupted weapons use",
    ),
    ("A ballistic missile fired at the city was intercepted by air defences.", "Disrupted weapons use"),
    (
        "The militant was killed when the bomb he was assembling exploded prematurely.",
        "Disrupted weapons use",
    ),
    ("Troops discovered and destroyed an arms depot belonging to the rebels.", "Disrupted weapons use"),
    (
        "Security forces foiled a suicide attack on a mosque by arresting the would-be bomber.",
        "Disrupted weapons use",
    ),
    ("Sappers cleared dozens of landmines from the road.", "Disrupted weapons use"),
    ("The navy intercepted a boat carrying weapons bound for the rebels.", "Disrupted weapons use"),
    ("Police found two hand grenades and a pistol in the suspect's car.", "Disrupted weapons use"),
    (
        "An explosive-laden drone was downed by the coalition before it reached its target.",
        "Disrupted weapons use",
    ),
    ("The army neutralised a car bomb at a checkpoint outside the city.", "Disrupted weapons use"),
    ("Police arrested a man who was carrying a homemade bomb near the stadium.", "Disrupted weapons use"),
    (
        "Two suspected militants were arrested with a cache of explosives in the city.",
        "Disrupted weapons use",
    ),
    (
        "A bomb disposal officer was killed while trying to defuse a device found near the school.",
        "Disrupted weapons use",
    ),
    (
        "Saudi air defences intercepted and destroyed a ballistic missile fired by Houthi rebels towards Jizan, the coalition said.",
        "Disrupted weapons use",
    ),
    (
        "Police bomb squad defused a pipe bomb left outside the courthouse on Monday morning.",
        "Disrupted weapons use",
    ),
    (
        "The security forces recovered a huge cache of arms and ammunition, including rocket launchers and grenades, from a militant hideout in the district.",
        "Disrupted weapons use",
    ),
    (
        "A suspicious package found at the railway station was destroyed in a controlled explosion, police said.",
        "Disrupted weapons use",
    ),
    (
        "Two would-be suicide bombers were shot dead before they could detonate their explosive vests at a checkpoint.",
        "Disrupted weapons use",
    ),
    (
        "The army said it had dismantled an explosives factory used by the insurgents and seized bomb-making materials.",
        "Disrupted weapons use",
    ),
    (
        "Coast guards seized a vessel loaded with weapons off the coast, the ministry said.",
        "Disrupted weapons use",
    ),
    (
        "An unexploded mortar shell discovered in a field near the school was removed by army engineers.",
        "Disrupted weapons use",
    ),
    (
        "Israeli forces said the Iron Dome system intercepted a rocket launched from the Gaza Strip.",
        "Disrupted weapons use",
    ),
    (
        "Three militants were killed when explosives they were transporting went off accidentally.",
        "Disrupted weapons use",
    ),
    ("Troops on patrol found and defused two roadside bombs on the highway.", "Disrupted weapons use"),
    (
        "The police said they had thwarted a plan to bomb the parliament and seized explosives from the suspects.",
        "Disrupted weapons use",
    ),
    (
        "The military says it shot down an armed drone launched by the rebels over the southern province.",
        "Disrupted weapons use",
    ),
    (
        "Security officials said a car packed with explosives was intercepted at a checkpoint at the entrance of the city and the driver was arrested.",
        "Disrupted weapons use",
    ),
    (
        "A suicide bomber was shot by guards as he tried to enter the hotel, and his vest was later defused.",
        "Disrupted weapons use",
    ),
    (
        "The explosives were found hidden under a bridge by a patrol, which cordoned off the area until the bomb disposal unit arrived.",
        "Disrupted weapons use",
    ),
    (
        "Border guards confiscated a consignment of weapons and ammunition smuggled across the frontier.",
        "Disrupted weapons use",
    ),
    (
        "Air defences downed a Houthi drone over the southern province, according to the Saudi-led coalition.",
        "Disrupted weapons use",
    ),
    (
        "The army said its troops had uncovered a tunnel used by the rebels to store weapons and ammunition.",
        "Disrupted weapons use",
    ),
    (
        "A bomb attached to the underside of a car was spotted by the driver and defused by police.",
        "Disrupted weapons use",
    ),
    (
        "Following a tip-off, police raided a house in the suburb and recovered several hand grenades, detonators and a rifle.",
        "Disrupted weapons use",
    ),
    (
        "A bomb was found under a car parked outside the police headquarters on Tuesday morning.",
        "Disrupted weapons use",
    ),
    (
        "An improvised explosive device was discovered near the polling station and removed by the bomb squad.",
        "Disrupted weapons use",
    ),
    (
        "Police said a suspicious device found at the bus station turned out to be a live bomb, which was safely detonated.",
        "Disrupted weapons use",
    ),
    (
        "A pipe bomb was located in a mailbox outside the office of the newspaper, police said.",
        "Disrupted weapons use",
    ),
    (
        "Explosive devices were mailed to several politicians but none exploded, the FBI said.",
        "Disrupted weapons use",
    ),
    (
        "A roadside bomb targeting a military convoy was spotted and defused before it could explode.",
        "Disrupted weapons use",
    ),
    (
        "Two mortar shells fired by militants failed to explode and were later disposed of by the army.",
        "Disrupted weapons use",
    ),
    ("A grenade was found in the school compound and police cordoned off the area.", "Disrupted weapons use"),
    (
        "Army engineers detonated a landmine discovered on the road leading to the village.",
        "Disrupted weapons use",
    ),
    (
        "The package containing explosives was intercepted at a postal facility before being delivered.",
        "Disrupted weapons use",
    ),
    (
        "A car bomb was discovered in the parking lot of the hotel and was dismantled by experts.",
        "Disrupted weapons use",
    ),
    ("Security personnel recovered an IED planted along the railway track.", "Disrupted weapons use"),
    ("A second device found at the scene was defused by the police.", "Disrupted weapons use"),
    (
        "Military sources said the special forces destroyed 40 IEDs and a bomb-making facility during the operation.",
        "Disrupted weapons use",
    ),
    (
        "Three suspected militants were arrested with explosives and detonators in the city, police said.",
        "Disrupted weapons use",
    ),
    (
        "A package containing a suspected pipe bomb was delivered to the television network's offices in New York, prompting an evacuation.",
        "Disrupted weapons use",
    ),
    (
        "Authorities said the device sent to the senator's office was similar to the explosive devices mailed to other prominent critics of the president.",
        "Disrupted weapons use",
    ),
    (
        "Suspicious packages containing crude bombs were addressed to two former officials and were intercepted by the postal service.",
        "Disrupted weapons use",
    ),
    (
        "An explosive device was sent to the home of the billionaire investor on Monday, the police said; it did not go off.",
        "Disrupted weapons use",
    ),
    (
        "Investigators believe the explosive devices found this week were built by the same person.",
        "Disrupted weapons use",
    ),
    (
        "Homemade explosive devices were discovered in the school and nearby areas after the shooting, officials said.",
        "Disrupted weapons use",
    ),
    (
        "Secret Service agents intercepted a package containing a potential explosive device addressed to the former president.",
        "Disrupted weapons use",
    ),
    (
        "A suspected bomb was found in the mailroom of the building, and the bomb squad removed it.",
        "Disrupted weapons use",
    ),
    (
        "The FBI said a total of ten suspicious packages had been recovered, all containing potentially destructive devices.",
        "Disrupted weapons use",
    ),
    (
        "Police evacuated the station after a bag containing an explosive device was found on a platform.",
        "Disrupted weapons use",
    ),
    ("Government troops recaptured the town from the insurgents on Monday.", "Government regains territory"),
    (
        "The army announced the recapture of the strategic hill after three days of fighting.",
        "Government regains territory",
    ),
    ("Security forces regained control of the district headquarters.", "Government regains territory"),
    ("The town was retaken by the army after the militants fled.", "Government regains territory"),
    ("Iraqi forces liberated the village from Islamic State fighters.", "Government regains territory"),
    (
        "Troops drove the rebels out of the town and took back control of the airport.",
        "Government regains territory",
    ),
    (
        "The military said it had cleared the militants from the forest and restored state authority there.",
        "Government regains territory",
    ),
    (
        "Government forces have pushed the insurgents out of several villages in the north.",
        "Government regains territory",
    ),
    (
        "The army took back the border crossing which had been held by the rebels for a month.",
        "Government regains territory",
    ),
    (
        "The liberation of the city was announced by the prime minister after weeks of fighting.",
        "Government regains territory",
    ),
    ("Soldiers reclaimed the base that rebels had overrun last week.", "Government regains territory"),
    (
        "Syrian government forces seized the town from rebels after heavy fighting.",
        "Government regains territory",
    ),
    (
        "The Syrian army troops continued their advances in the southern countryside and managed to seize back control of several villages.",
        "Government regains territory",
    ),
    (
        "The army men imposed their control over the strategic hill after fierce clashes with the terrorists.",
        "Government regains territory",
    ),
    (
        "Army units purged the village of terrorists on Tuesday, a military source said.",
        "Government regains territory",
    ),
    (
        "The army troops restored security and stability to three villages in the eastern countryside of Hama.",
        "Government regains territory",
    ),
    (
        "The Syrian Army units gained full control over the town after the terrorists' defense lines collapsed.",
        "Government regains territory",
    ),
    (
        "Government troops have taken over the rebel stronghold in the north after a week-long offensive, state media reported.",
        "Government regains territory",
    ),
    (
        "The Iraqi army said on Saturday its forces had entered the centre of the town and hoisted the Iraqi flag on government buildings.",
        "Government regains territory",
    ),
    (
        "The army units established control over a large area in the desert after wiping out the last ISIL pockets.",
        "Government regains territory",
    ),
    (
        "The Afghan forces have retaken control of the district after the Taliban were forced to flee, the governor's spokesman said.",
        "Government regains territory",
    ),
    (
        "Ethiopian federal troops said they had captured the town of Adigrat from the regional forces.",
        "Government regains territory",
    ),
    (
        "Yemeni government forces backed by the coalition have seized the port city from the Houthi rebels.",
        "Government regains territory",
    ),
    (
        "The Libyan National Army took control of the oil terminal after heavy fighting with the rival militia.",
        "Government regains territory",
    ),
    (
        "The army said its soldiers had reopened the highway after dislodging the rebels from their positions along it.",
        "Government regains territory",
    ),
    (
        "Troops on Friday marched into the town, which had been under the control of separatists since March.",
        "Government regains territory",
    ),
    (
        "The Syrian Arab Army imposed full control over the town of Khan Shaykhun on Friday.",
        "Government regains territory",
    ),
    (
        "The Tiger Forces marched into the town after the militants withdrew under heavy fire.",
        "Government regains territory",
    ),
    (
        "The SAA and its allies imposed control over several villages in the countryside of Idlib.",
        "Government regains territory",
    ),
    (
        "Popular Mobilization Forces and the Iraqi army imposed their control on the district after clashes with ISIS.",
        "Government regains territory",
    ),
    (
        "Syrian army soldiers and allied fighters swept into the town and took control of the main square.",
        "Government regains territory",
    ),
    (
        "The 4th Division troops imposed control over the hills overlooking the town.",
        "Government regains territory",
    ),
    (
        "Kenyan Defence Forces and Somali troops marched into the town after al-Shabaab fled.",
        "Government regains territory",
    ),
    (
        "The town was recaptured by the Malian army and French troops on Thursday.",
        "Government regains territory",
    ),
    (
        "The village was captured by government troops after fierce clashes, state media said.",
        "Government regains territory",
    ),
    (
        "Security forces took back control of the area, killing several militants.",
        "Government regains territory",
    ),
    (
        "The Nigerian troops have recovered the town from Boko Haram insurgents.",
        "Government regains territory",
    ),
    (
        "The forces of the Government of National Accord seized the airbase from Haftar's forces.",
        "Government regains territory",
    ),
    (
        "After the militants withdrew, the army moved in and took control of the town on Sunday, following days of clashes.",
        "Government regains territory",
    ),
    (
        "Kurdish Peshmerga forces captured several villages east of Mosul on Monday.",
        "Government regains territory",
    ),
    (
        "AMISOM troops and Somali soldiers captured the town from al-Shabaab on Friday.",
        "Government regains territory",
    ),
    (
        "The Libyan National Army captured the city of Derna after months of fighting.",
        "Government regains territory",
    ),
    (
        "Ukrainian forces have captured several settlements in the east, the defence ministry said.",
        "Government regains territory",
    ),
    ("Afghan commandos took control of the district centre overnight.", "Government regains territory"),
    (
        "Forces loyal to President Hadi captured the district from the Houthis.",
        "Government regains territory",
    ),
    (
        "Iraqi counter-terrorism forces took full control of the neighbourhood.",
        "Government regains territory",
    ),
    (
        "Pro-government militias captured the village after heavy clashes with the rebels.",
        "Government regains territory",
    ),
    (
        "The SAA units took control over the town of al-Eis in southern Aleppo.",
        "Government regains territory",
    ),
    (
        "Government troops captured five villages in the province, opposition activists said.",
        "Government regains territory",
    ),
    (
        "Afghan forces have retaken the district centre from the Taliban after two days of heavy clashes, officials said.",
        "Government regains territory",
    ),
    (
        "Syrian troops backed by Russian air power recaptured several villages in the south of Idlib province on Tuesday, state media said.",
        "Government regains territory",
    ),
    (
        "The Nigerian army said it had dislodged Boko Haram fighters from the town and restored control.",
        "Government regains territory",
    ),
    (
        "Ethiopian federal forces took control of the regional capital on Saturday, the prime minister announced.",
        "Government regains territory",
    ),
    (
        "Iraqi troops have regained full control of the western neighbourhoods of the city, the joint operations command said.",
        "Government regains territory",
    ),
    (
        "After weeks of fighting the military declared the town liberated from the insurgents.",
        "Government regains territory",
    ),
    (
        "Somali forces backed by AU troops seized the al-Shabaab stronghold without meeting resistance, a commander said.",
        "Government regains territory",
    ),
    (
        "The recapture of the airport by government forces was confirmed by a military spokesman on Sunday.",
        "Government regains territory",
    ),
    (
        "Pro-government forces wrested control of the port from the rebels in fierce fighting.",
        "Government regains territory",
    ),
    (
        "Government soldiers entered the rebel-held town on Monday and raised the national flag over the town hall.",
        "Government regains territory",
    ),
    (
        "Government forces have recaptured the town of Kidal from the rebels, a military spokesman said on Friday. The rebels had held the town since last year.",
        "Government regains territory",
    ),
    (
        "The military announced that it had taken back the last areas held by the jihadists in the province, ending a months-long offensive.",
        "Government regains territory",
    ),
    (
        "Troops loyal to the government reclaimed control of the strategic crossroads town after rebels abandoned their positions.",
        "Government regains territory",
    ),
    (
        "Philippine troops regained control of the island's main town from Abu Sayyaf militants after a three-day battle.",
        "Government regains territory",
    ),
    (
        "The army has freed several villages from the control of the insurgents, the defence ministry said in a statement.",
        "Government regains territory",
    ),
    (
        "Army units completed the liberation of the eastern neighborhoods after killing dozens of militants.",
        "Government regains territory",
    ),
    (
        "The town returned to government control after pro-government militias pushed the rebels out.",
        "Government regains territory",
    ),
    (
        "Syrian army units entered the town after the militants retreated under heavy fire.",
        "Government regains territory",
    ),
    (
        "Troops advanced into the area and took full control of the villages, the army said.",
        "Government regains territory",
    ),
    (
        "The army said its units had secured the whole area after driving out the militants.",
        "Government regains territory",
    ),
    (
        "Government forces have pushed into the rebel enclave, capturing three villages.",
        "Government regains territory",
    ),
    (
        "Taliban fighters seized control of the district headquarters after government forces fled.",
        "Non-state actor overtakes territory",
    ),
    (
        "The jihadists took over the town after heavy fighting with the army, residents said.",
        "Non-state actor overtakes territory",
    ),
    (
        "Rebels said they had captured an army base in the north of the country.",
        "Non-state actor overtakes territory",
    ),
    ("Islamic State militants overran an army base in the desert.", "Non-state actor overtakes territory"),
    (
        "The town fell to the jihadists after government forces withdrew under fire.",
        "Non-state actor overtakes territory",
    ),
    (
        "Rebels took control of the border crossing after clashes with government troops.",
        "Non-state actor overtakes territory",
    ),
    (
        "The rebels handed over the town to the army as part of a deal brokered by tribal elders.",
        "Non-violent transfer of territory",
    ),
    (
        "Government forces took over the positions vacated by the withdrawing militia, a military source said.",
        "Non-violent transfer of territory",
    ),
    (
        "Government troops withdrew from the town and handed it over to the local militia.",
        "Non-violent transfer of territory",
    ),
    (
        "The militants left the town under a deal with the government, and troops took over without a fight.",
        "Non-violent transfer of territory",
    ),
    (
        "The rebels withdrew from the town, handing it over to the army under the terms of the agreement.",
        "Non-violent transfer of territory",
    ),
    (
        "Government troops entered the city after the militants pulled out without a fight.",
        "Non-violent transfer of territory",
    ),
    (
        "Kurdish-led forces handed control of the border town to the Syrian government.",
        "Non-violent transfer of territory",
    ),
    ("The two rebel factions announced a merger under a new name.", "Change to group/activity"),
    ("The armed group announced the formation of a new political wing.", "Change to group/activity"),
    ("Dozens of soldiers defected to the rebels with their weapons.", "Change to group/activity"),
    ("The army sent reinforcements to the besieged town.", "Change to group/activity"),
    ("Hundreds of young men have joined the militia in recent weeks.", "Change to group/activity"),
    (
        "The rebel commander and his men switched sides and joined the government forces.",
        "Change to group/activity",
    ),
    (
        "A new armed group calling itself the Liberation Front has emerged in the region.",
        "Change to group/activity",
    ),
    (
        "The militia has established a new training camp for recruits near the border.",
        "Change to group/activity",
    ),
    ("The military withdrew its troops from the northern province.", "Change to group/activity"),
    ("The group pledged allegiance to the Islamic State.", "Change to group/activity"),
    ("The insurgents split into two rival factions after a leadership dispute.", "Change to group/activity"),
    (
        "The army has deployed thousands of soldiers to the capital. Officials said the troops would help maintain order.",
        "Change to group/activity",
    ),
    (
        "A group of about 200 fighters arrived in the city on Monday to reinforce the militia's positions.",
        "Change to group/activity",
    ),
    (
        "A large military convoy carrying tanks and artillery headed towards the front line on Thursday.",
        "Change to group/activity",
    ),
    (
        "The army has put its units on high alert along the border after the threats.",
        "Change to group/activity",
    ),
    (
        "Hundreds of Hezbollah fighters have been positioned on the outskirts of the city, sources said.",
        "Change to group/activity",
    ),
    (
        "The government forces are preparing for a major assault on the rebel-held city, amassing troops and equipment nearby.",
        "Change to group/activity",
    ),
    (
        "Russian military police began patrolling the area on Wednesday under the agreement.",
        "Change to group/activity",
    ),
    (
        "The army has evacuated its troops from the besieged outpost by helicopter.",
        "Change to group/activity",
    ),
    (
        "Dozens of military vehicles carrying troops entered the province overnight, residents said.",
        "Change to group/activity",
    ),
    ("Rebel fighters have regrouped in the mountains after losing the town.", "Change to group/activity"),
    (
        "The group has stepped up its recruitment of young men in the region, according to local officials.",
        "Change to group/activity",
    ),
    (
        "Fresh troops were airlifted to the northern region to counter the insurgency.",
        "Change to group/activity",
    ),
    ("Thousands of volunteers have enlisted in the territorial defence units.", "Change to group/activity"),
    (
        "The rebel group announced on Monday that it had chosen a new commander following the death of its founder.",
        "Change to group/activity",
    ),
    (
        "Hundreds of fighters from the militia have crossed into the neighbouring province to reinforce positions near the front line.",
        "Change to group/activity",
    ),
    (
        "The government deployed hundreds of additional soldiers to the restive region ahead of the election.",
        "Change to group/activity",
    ),
    (
        "A senior commander of the armed group and dozens of his fighters defected to the government side.",
        "Change to group/activity",
    ),
    (
        "The Islamic State has appointed a new leader for its West Africa branch, according to an audio message.",
        "Change to group/activity",
    ),
    (
        "The militants have been recruiting children from the camps, a UN report said.",
        "Change to group/activity",
    ),
    (
        "The army has withdrawn its troops from several outposts in the north of the country.",
        "Change to group/activity",
    ),
    (
        "A new militia has been formed by local youths to protect the villages from bandit attacks.",
        "Change to group/activity",
    ),
    (
        "Turkish army reinforcements including tanks and armoured vehicles arrived at the border on Wednesday.",
        "Change to group/activity",
    ),
    (
        "Hundreds of former rebels have joined the national army as part of the integration programme, the ministry said.",
        "Change to group/activity",
    ),
    (
        "Russia has moved additional troops and military hardware to the border, satellite images show.",
        "Change to group/activity",
    ),
    (
        "The militia announced that it had elected a new leader at a meeting of its council.",
        "Change to group/activity",
    ),
    (
        "Soldiers have been redeployed from the capital to the northern front to counter the insurgency.",
        "Change to group/activity",
    ),
    (
        "The two armed groups have formed an alliance to fight the government forces in the region.",
        "Change to group/activity",
    ),
    (
        "Thousands of troops have been sent to the region to boost security ahead of the elections.",
        "Change to group/activity",
    ),
    (
        "The Islamic State's branch in the region has split, with a faction pledging loyalty to al-Qaeda.",
        "Change to group/activity",
    ),
    ("The militia has begun recruiting fighters in the camps, residents said.", "Change to group/activity"),
    (
        "Gunmen attacked a farm in the district and abducted the owner and two workers, police said.",
        "Abduction/forced disappearance",
    ),
    (
        "Armed men stormed a school dormitory overnight and carried off dozens of students.",
        "Abduction/forced disappearance",
    ),
    (
        "Suspected militants raided the village and seized 15 women, who were taken to an unknown location.",
        "Abduction/forced disappearance",
    ),
    (
        "The aid worker was taken at gunpoint from his car on the road to the airport and has not been heard from since.",
        "Abduction/forced disappearance",
    ),
    (
        "The journalist was picked up by men in plain clothes and his whereabouts remain unknown.",
        "Abduction/forced disappearance",
    ),
    ("Bandits ambushed a bus on the highway and took away 20 passengers.", "Abduction/forced disappearance"),
    (
        "Residents angry over a series of thefts attacked the suspects and burned their motorcycle.",
        "Mob violence",
    ),
    ("Locals chased and assaulted a group of migrants in the town, injuring five.", "Mob violence"),
    ("Villagers stoned a woman accused of witchcraft to death.", "Mob violence"),
    (
        "Angry youths attacked the homes of members of the minority community, setting several on fire.",
        "Mob violence",
    ),
    ("Football fans clashed with each other after the match, leaving dozens injured.", "Mob violence"),
    ("Residents beat a suspected thief in the market in Lagos, Nigeria, July 5, 2019.", "Mob violence"),
    ("A mob beat a man to death after accusing him of stealing a motorbike, police said.", "Mob violence"),
    ("Villagers armed with machetes attacked a group of herders, killing three of them.", "Mob violence"),
    ("Angry residents set the suspected kidnapper's house on fire and attacked him.", "Mob violence"),
    (
        "Supporters of rival candidates fought with sticks and stones in the market, injuring ten.",
        "Mob violence",
    ),
    ("A crowd of villagers lynched two men suspected of cattle theft, police said.", "Mob violence"),
    ("A group of men armed with sticks beat a suspected thief to death in the market.", "Mob violence"),
    ("Residents set ablaze two suspected kidnappers after catching them in the village.", "Mob violence"),
    ("A crowd attacked a man accused of blasphemy and burned his shop.", "Mob violence"),
    (
        "Police fired tear gas at protesters who had gathered in the square, dispersing the crowd.",
        "Protest with intervention",
    ),
    (
        "Dozens of protesters were arrested in the capital as police broke up an unauthorised demonstration.",
        "Protest with intervention",
    ),
    (
        "Police used water cannon against thousands of demonstrators marching on parliament.",
        "Protest with intervention",
    ),
    (
        "Police arrested 20 activists who staged a protest outside the ministry. The protest had been peaceful.",
        "Protest with intervention",
    ),
    (
        "Police kettled hundreds of demonstrators in the square for several hours.",
        "Protest with intervention",
    ),
    (
        "Several protesters were dragged away by police officers as they tried to reach the parliament.",
        "Protest with intervention",
    ),
    (
        "Police blocked the marchers from reaching the presidential palace and detained several organisers.",
        "Protest with intervention",
    ),
    (
        "Activists who chained themselves to the gates were hauled away by police.",
        "Protest with intervention",
    ),
    (
        "Police cordoned off the square and prevented the opposition from holding its rally.",
        "Protest with intervention",
    ),
    (
        "A protester is detained by riot police during a demonstration against the government in Moscow, Russia, January 23, 2021.",
        "Protest with intervention",
    ),
    ("Police used pepper spray on demonstrators who refused to leave the road.", "Protest with intervention"),
    (
        "Security forces broke up a gathering of teachers demanding unpaid wages, arresting 12.",
        "Protest with intervention",
    ),
    ("Police scattered the crowd with batons and water cannon.", "Protest with intervention"),
    (
        "Protesters were forcibly evicted from the camp they had set up outside the ministry.",
        "Protest with intervention",
    ),
    (
        "Police officers detain a demonstrator during a protest against lockdown measures in Berlin, Germany, August 29, 2020.",
        "Protest with intervention",
    ),
    (
        "Riot police use water cannon to disperse protesters during a rally in Santiago, Chile, October 22, 2019.",
        "Protest with intervention",
    ),
    (
        "Police dispersed hundreds of opposition supporters who had gathered outside the electoral commission.",
        "Protest with intervention",
    ),
    (
        "Dozens of activists were detained as police broke up a rally in the capital on Saturday.",
        "Protest with intervention",
    ),
    (
        "Riot police fired tear gas to scatter students marching towards the presidential palace.",
        "Protest with intervention",
    ),
    (
        "Police used batons to break up a sit-in by teachers demanding unpaid salaries.",
        "Protest with intervention",
    ),
    (
        "Anti-riot police detained dozens of demonstrators who were marching against the government.",
        "Protest with intervention",
    ),
    (
        "Police fired tear gas and rubber bullets at protesters who tried to march on the presidential palace.",
        "Protest with intervention",
    ),
    (
        "Several demonstrators were injured when police baton-charged a sit-in outside the ministry.",
        "Protest with intervention",
    ),
    (
        "Police arrested 30 protesters who had blocked the entrance to the ministry in a peaceful sit-in.",
        "Protest with intervention",
    ),
    (
        "Demonstrators marching to the embassy were stopped by police, who detained their leaders.",
        "Protest with intervention",
    ),
    (
        "Security forces prevented opposition supporters from holding a rally in the capital and detained several of them.",
        "Protest with intervention",
    ),
    (
        "Police opened fire on a peaceful protest, killing three demonstrators.",
        "Excessive force against protesters",
    ),
    (
        "Security forces killed at least 40 people protesting against the coup on Saturday, the bloodiest day since the takeover.",
        "Excessive force against protesters",
    ),
    (
        "A student was shot dead by police during a demonstration against tuition fees.",
        "Excessive force against protesters",
    ),
    (
        "Troops fired on mourners at the funeral of a slain protester, killing two.",
        "Excessive force against protesters",
    ),
    (
        "Myanmar security forces killed seven anti-coup protesters on Sunday, witnesses said.",
        "Excessive force against protesters",
    ),
    (
        "Security forces opened fire on demonstrators in the city, killing at least seven people, witnesses said.",
        "Excessive force against protesters",
    ),
    (
        "Two protesters died after police fired live rounds at a crowd demanding the release of detained leaders.",
        "Excessive force against protesters",
    ),
    (
        "Security forces opened fire on peaceful demonstrators, killing at least ten people.",
        "Excessive force against protesters",
    ),
    (
        "Police shot dead three people taking part in a peaceful march against the land law.",
        "Excessive force against protesters",
    ),
    (
        "Troops fired live ammunition into a crowd of unarmed protesters, killing four.",
        "Excessive force against protesters",
    ),
    (
        "Police shot dead two students during a peaceful march to the parliament.",
        "Excessive force against protesters",
    ),
    (
        "Soldiers killed five people when they fired on a crowd protesting against the military takeover.",
        "Excessive force against protesters",
    ),
    (
        "Thousands of people marched peacefully through the capital on Saturday to demand the release of political prisoners.",
        "Peaceful protest",
    ),
    (
        "Hundreds of nurses went on strike on Monday to demand better pay, chanting slogans outside the ministry.",
        "Peaceful protest",
    ),
    (
        "Supporters of the detained leader held a sit-in outside the court as the trial opened.",
        "Peaceful protest",
    ),
    ("Protesters formed a human chain along the coast to oppose offshore drilling.", "Peaceful protest"),
    (
        "Demonstrators hold placards during a protest against racism in London, Britain, June 6, 2020.",
        "Peaceful protest",
    ),
    (
        "Thousands rallied in the capital on Sunday in support of the jailed opposition leader.",
        "Peaceful protest",
    ),
    (
        "Demonstrators take part in a rally against the government's pension reform in Paris, France, January 19, 2023.",
        "Peaceful protest",
    ),
    (
        "Supporters of the opposition party shout slogans during a protest in Dhaka, Bangladesh, December 10, 2022.",
        "Peaceful protest",
    ),
    ("Hundreds of workers marched through the city on Monday to demand higher wages.", "Peaceful protest"),
    (
        "Opposition supporters held a rally in the capital, calling for the resignation of the prime minister.",
        "Peaceful protest",
    ),
    (
        "A bomb planted by militants exploded near a police station, wounding four officers.",
        "Remote explosive/landmine/IED",
    ),
    (
        "An explosive device hidden in a garbage bin went off in the market, killing two people.",
        "Remote explosive/landmine/IED",
    ),
    (
        "A child was killed when an unexploded shell he found in a field detonated.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Two deminers were killed when a landmine they were clearing exploded.",
        "Remote explosive/landmine/IED",
    ),
    (
        "A magnetic bomb attached to a car exploded in the capital, killing a government official.",
        "Remote explosive/landmine/IED",
    ),
    (
        "The blast was caused by an improvised explosive device placed on the roadside, police said.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Three soldiers were wounded when their patrol struck a mine; the army later recovered weapons in the area.",
        "Remote explosive/landmine/IED",
    ),
    (
        "A roadside bomb exploded near a police patrol in the city, killing two officers, police said.",
        "Remote explosive/landmine/IED",
    ),
    (
        "A bomb planted in a motorcycle went off in a busy market, wounding twelve people.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Two soldiers were killed when their vehicle hit a landmine near the border; a second device was later found and defused.",
        "Remote explosive/landmine/IED",
    ),
    (
        "An explosion ripped through a bus carrying pilgrims, killing six; police said a bomb had been planted under a seat.",
        "Remote explosive/landmine/IED",
    ),
    (
        "A bomb exploded at a checkpoint, wounding three soldiers; police had found another device nearby the previous day.",
        "Remote explosive/landmine/IED",
    ),
    (
        "An IED blast destroyed an armoured vehicle, killing two soldiers, the army said.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Three children were killed when an old mortar shell they found in a field exploded.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Israeli aircraft attacked Hamas positions in the northern Gaza Strip overnight in response to rocket fire.",
        "Air/drone strike",
    ),
    (
        "The US-led coalition carried out 14 strikes against Islamic State targets near the city on Tuesday.",
        "Air/drone strike",
    ),
    (
        "Russian planes bombed rebel-held towns as government troops pressed their ground offensive.",
        "Air/drone strike",
    ),
    (
        "The Turkish military said it had neutralised 20 PKK militants in air operations in northern Iraq.",
        "Air/drone strike",
    ),
    (
        "Fighter jets struck militant hideouts in the tribal region, killing at least 30 fighters, the military said.",
        "Air/drone strike",
    ),
    (
        "At least 15 civilians were killed when planes struck a market in the rebel-held town.",
        "Air/drone strike",
    ),
    (
        "The army said it had carried out aerial bombardment on positions held by the rebels near the border.",
        "Air/drone strike",
    ),
    (
        "A US drone fired missiles at a car in the province, killing three suspected militants.",
        "Air/drone strike",
    ),
    (
        "Coalition warplanes targeted a gathering of fighters in the town, as clashes continued on the ground.",
        "Air/drone strike",
    ),
    ("Smoke rises after an air strike by Israeli warplanes on Gaza City, May 14, 2021.", "Air/drone strike"),
    (
        "Coalition aircraft supported ground troops by striking militant positions near the town, killing 15 fighters.",
        "Air/drone strike",
    ),
    (
        "Warplanes pounded rebel positions as fighting continued on the outskirts of the city.",
        "Air/drone strike",
    ),
    (
        "The Nigerian Air Force said its jets destroyed a Boko Haram camp and killed several fighters in the Sambisa forest.",
        "Air/drone strike",
    ),
    (
        "Helicopter gunships fired on insurgent hideouts during the operation in the mountains.",
        "Air/drone strike",
    ),
    (
        "An unmanned aerial vehicle targeted a vehicle carrying al-Shabaab commanders near the town.",
        "Air/drone strike",
    ),
    ("Police arrested 15 opposition activists in the capital ahead of planned protests.", "Arrests"),
    ("Security forces rounded up dozens of suspected militants in a crackdown.", "Arrests"),
    ("The former prime minister was detained by the military on Monday.", "Arrests"),
    ("Police arrested the leader of the opposition party at his home in the capital.", "Arrests"),
    ("Security forces detained dozens of suspected militants in overnight raids.", "Arrests"),
    ("A fire in a textile factory killed twelve workers in the capital.", None),
    ("The ministers signed a trade agreement during the summit.", None),
    ("Police arrested three men for stealing cattle in the village.", None),
    ("The court sentenced the former governor to ten years in prison for corruption.", None),
    ("A bus plunged into a river, killing 20 passengers.", None),
    ("The president visited the flood-hit region on Monday.", None),
    ("The company announced a merger with its largest competitor.", None),
    ("Heavy rains destroyed hundreds of homes in the coastal district.", None),
    ("A man stabbed his neighbour to death after a quarrel over land.", None),
    ("Customs officers seized 200 kilograms of cocaine at the port.", None),
    ("The government said the militants were responsible for the attack.", None),
    ("The army chief met his counterpart to discuss border security.", None),
    ("A gas cylinder exploded in a restaurant, injuring six people.", None),
    ("The two countries agreed to resume direct flights.", None),
    ("The president declared a state of emergency after the floods displaced thousands of people.", None),
    ("The government imposed a curfew in the capital to contain the spread of the virus.", None),
    ("Hundreds of thousands of people were displaced by the cyclone, the UN said.", None),
    ("Police arrested a former minister on corruption charges on Monday.", None),
    ("The anti-corruption agency detained the governor over the alleged embezzlement of public funds.", None),
    (
        "A fire destroyed the parliament building's roof; investigators said an electrical fault was to blame.",
        None,
    ),
    ("The ambassador was expelled after the two countries cut diplomatic ties.", None),
    (
        "The foreign ministers of the two countries signed a memorandum of understanding on security cooperation.",
        None,
    ),
    ("The minister accused the rebels of violating the ceasefire.", None),
    ("Police blamed the arson attack on the church on a gang of local youths.", None),
    ("A court sentenced five men to death for the 2019 bombing of a hotel.", None),
    ("The hijackers released the ship and its crew after a ransom was paid.", None),
    ("A freight train derailed and caught fire, forcing the evacuation of nearby homes.", None),
    ("Lightning killed three farmers working in a field.", None),
    ("Floods swept away bridges and destroyed crops in the region.", None),
    ("The tanker exploded on the highway after colliding with a bus, killing 40 people.", None),
    ("A massive fire gutted more than 50 shops at the main market early on Sunday.", None),
    ("Flames engulfed the five-storey building, trapping workers inside.", None),
    ("The inferno razed dozens of homes in the slum before firefighters brought it under control.", None),
    ("Fire razed the dormitory of the girls' school overnight; the cause is not yet known.", None),
    ("The blaze, which started in a kitchen, destroyed the hotel's top floors.", None),
    (
        "Firefighters battled for hours to put out a fire that destroyed a warehouse in the industrial area.",
        None,
    ),
    ("An electrical fault sparked a fire that burned down the market.", None),
    (
        "The explosion at the chemical plant destroyed nearby houses and shattered windows across the city.",
        None,
    ),
    ("Strong winds and heavy rains damaged hundreds of houses and uprooted trees.", None),
    ("Police arrested 15 members of a gang involved in car thefts in the city.", None),
    ("Officers seized 3 tonnes of cannabis and arrested the driver of the truck.", None),
    ("Police said they had arrested a man for possession of an unlicensed firearm.", None),
    ("The national guard was deployed to help residents after the hurricane.", None),
    ("Hundreds of residents were evacuated as the wildfire approached the town.", None),
    ("Police arrested the suspect in the killing of the businessman, whose body was found in a river.", None),
    ("The junta, which seized power in a coup in February, has announced new elections for next year.", None),
    ("Residents fled their homes as floodwaters rose in the low-lying districts.", None),
    ("Thousands of people fled the area after the volcano began spewing ash.", None),
    ("The country has been under military rule since the 2014 coup.", None),
    ("Gang violence has forced thousands of residents to flee their neighbourhoods in the capital.", None),
    (
        "Police discovered a mass grave containing the bodies of migrants believed to have been killed by traffickers.",
        None,
    ),
    ("The government declared a state of emergency in the drought-hit provinces.", None),
    ("Hundreds of prisoners escaped after a fire broke out in the jail.", None),
    ("A fire broke out at a crowded market in the capital, destroying hundreds of stalls.", None),
    ("A warehouse storing fireworks exploded in the port city, killing at least 15 people.", None),
    ("Armed robbers attacked a bank in the city centre and made off with large sums of money.", None),
    (
        "The foreign minister said his country would not tolerate any interference in its internal affairs.",
        None,
    ),
    ("Police seized 500 kilograms of heroin and arrested four members of a drug trafficking ring.", None),
    ("A landslide buried dozens of homes in the mountain village after days of heavy rain.", None),
    ("The Islamic State claimed responsibility for the bombing in a statement released on Telegram.", None),
    ("The United States imposed new sanctions on three senior officials of the regime.", None),
    ("Gang members shot dead a rival in a turf war in the city's eastern suburbs.", None),
    ("The two leaders discussed ways to strengthen military cooperation.", None),
    ("An oil tanker caught fire after colliding with a cargo ship off the coast.", None),
    ("Police blamed the bombing on a local militant cell.", None),
    (
        "Rescue workers pulled survivors from the rubble after a six-storey building collapsed in the city.",
        None,
    ),
    ("The army said it would deploy soldiers to help with the rescue efforts after the cyclone.", None),
    ("A train carrying fuel derailed and exploded near the town, killing 30 people.", None),
    ("Police arrested a gang of armed robbers who had been terrorising the neighbourhood.", None),
    (
        "The UN Security Council condemned the attack and called for the perpetrators to be brought to justice.",
        None,
    ),
    (
        "A blaze destroyed a market in the city overnight, leaving hundreds of traders counting their losses.",
        None,
    ),
    ("Police have arrested a man suspected of robbing a petrol station at gunpoint.", None),
    ("Two men were arrested for selling fake medicines in the market.", None),
    ("Detectives arrested the suspect in connection with the murder of a businessman.", None),
    ("Police detained 12 people over an illegal gambling ring.", None),
    ("Thousands of residents fled their homes as the volcano erupted on Sunday.", None),
    ("More than 10,000 people were displaced by the floods in the north of the country.", None),
    ("Hundreds of families fled as wildfires swept through the hills.", None),
    ("The fire destroyed more than 200 homes in the informal settlement, officials said.", None),
    ("Burglars broke into the church and stole equipment worth thousands of dollars.", None),
    ("A strong wind destroyed the roofs of dozens of houses in the village.", None),
    ("Thieves vandalised the railway line and stole copper cables, disrupting services.", None),
    (
        "Government troops clashed with rebels on the outskirts of the town, backed by air support.",
        "Armed clash",
    ),
    (
        "Fighting broke out between the army and the militants in the district, with both sides using heavy weapons.",
        "Armed clash",
    ),
    ("Fighting resumed in the north after the two sides signed a ceasefire agreement.", "Armed clash"),
    ("Troops and militants exchanged fire for several hours in the forest.", "Armed clash"),
    ("Two rival militias fought for control of the oil field, leaving 15 fighters dead.", "Armed clash"),
    ("Al-Shabaab fighters attacked a military base, sparking a gun battle with soldiers.", "Armed clash"),
    ("The army said it had repelled an attack by insurgents on a checkpoint.", "Armed clash"),
    (
        "Syrian Democratic Forces fighters fire at Islamic State positions in the village of Baghouz, Syria, March 3, 2019.",
        "Armed clash",
    ),
    ("A hand grenade was thrown into a crowded bar, injuring 12 people.", "Grenade"),
    ("Unknown attackers lobbed a grenade into the compound of a police station overnight.", "Grenade"),
    (
        "Two people were hurt when a grenade exploded near the market; police said it was hurled from a passing motorcycle.",
        "Grenade",
    ),
    (
        "Militants hurled a grenade at a security forces vehicle in the town, wounding three soldiers.",
        "Grenade",
    ),
    (
        "A suicide bomber detonated his explosives at the entrance of a mosque during Friday prayers, killing 25 people.",
        "Suicide bomb",
    ),
    ("A female suicide bomber blew herself up in a crowded market, killing six.", "Suicide bomb"),
    ("An attacker wearing an explosive vest blew himself up at a checkpoint.", "Suicide bomb"),
    ("A suicide car bomber rammed his vehicle into the gate of the military base.", "Suicide bomb"),
    (
        "Residents reported the smell of chlorine after helicopters dropped canisters on the town, and dozens suffered breathing problems.",
        "Chemical weapon",
    ),
    (
        "Government forces used toxic gas against rebel positions, according to a monitoring group.",
        "Chemical weapon",
    ),
    ("A teenage girl was gang-raped by armed men at a checkpoint.", "Sexual violence"),
    ("The rebels set up a new headquarters in the captured town.", "Headquarters or base established"),
    (
        "Turkish forces established a new military post near the town on Monday.",
        "Headquarters or base established",
    ),
    (
        "The army has built a new base near the border to counter incursions.",
        "Headquarters or base established",
    ),
    ("The warring parties agreed to a 72-hour truce to allow aid deliveries.", "Agreement"),
    ("The two sides exchanged prisoners under a deal brokered by the Red Cross.", "Agreement"),
    ("Hundreds of fighters laid down their arms and surrendered to the army.", "Agreement"),
    ("Rebels and the government signed a peace deal ending the five-year conflict.", "Agreement"),
    ("Gunmen opened fire on a wedding party, killing 11 guests.", "Attack"),
    ("Militants attacked a village and killed 20 civilians, survivors said.", "Attack"),
    ("Unidentified gunmen shot dead a journalist outside his home.", "Attack"),
    ("Police beat and tortured detainees, a rights group said.", "Attack"),
    ("The military seized power in a coup on Monday and detained the president.", "Other"),
    ("A mass grave containing 50 bodies was discovered near the town.", "Other"),
    ("Thousands of people fled their homes as fighting approached the town.", "Other"),
    (
        "Smoke rises from buildings hit by artillery shelling in the town of Marioupol, Ukraine, March 12, 2022.",
        "Shelling/artillery/missile attack",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VARIETY)
def test_wording_variety(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


def test_variety_covers_the_weak_types() -> None:
    kinds = {e for _t, e in VARIETY}
    for sub in (
        "Violent demonstration",
        "Looting/property destruction",
        "Disrupted weapons use",
        "Government regains territory",
        "Change to group/activity",
        None,
    ):
        assert sum(1 for _t, e in VARIETY if e == sub) >= 10, sub
    assert len(kinds) >= 12
