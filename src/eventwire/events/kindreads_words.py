"""Word lists of :mod:`eventwire.events.kindreads2` (words read in another sense, second pass)."""

from __future__ import annotations

#: lemmas of a withdrawal of forces
WITHDRAWALS = frozenset("withdraw withdrawal pullout pull-out drawdown".split())
#: what makes a withdrawal only a plan: "decision to withdraw", "ordered the withdrawal", "plan for the withdrawal"
PLAN_HEADS = frozenset(
    """decision decide plan planning order orders announce announcement intend intention intent want wish vow
    pledge promise proposal propose move bid call demand timetable timeline precondition preconditions condition
    conditions debate talk idea prospect threaten threat consider""".split())
#: words of a protest that keep a rally or a gathering a demonstration
UNREST_WORDS = frozenset(
    """protest protests protesting protested protester protesters protestor protestors demonstration
    demonstrations demonstrator demonstrators against demand demanded demanding demands slogan slogans chant
    chanted chanting banner banners placard placards petition march marched marchers strike""".split())
#: people a leader rallies ("rallied followers", "rallied his supporters")
MOBILISED = frozenset(
    """follower followers supporter supporters base voter voters member members troops support ally allies
    faithful party nation country people""".split())
#: verbs by which a politician holds a rally ("Trump holds rallies")
RALLY_HOSTS = frozenset("hold stage host headline address attend plan schedule".split())
#: modifiers of a vigil kept as a watch ("a tight vigil")
WATCH_MODS = frozenset("tight close strict constant round-the-clock strong heavy careful sharp".split())
#: what a size tells of damages ("the damages are enormous")
SIZE_WORDS = frozenset(
    """enormous extensive huge massive considerable significant minimal limited substantial severe heavy vast
    immense great serious widespread minor""".split())
#: verbs of wrecking that may take a deal or a plan
WRECK_VERBS = frozenset("wreck ruin scupper torpedo sabotage derail destroy".split())
#: what is wrecked that is no property ("wrecked the deal")
ABSTRACT_PACTS = frozenset(
    """deal deals agreement agreements accord accords treaty treaties pact talks negotiation negotiations ceasefire
    truce process plan plans policy policies shift relationship relations chance chances hope hopes career
    reputation economy election elections campaign""".split())
#: heads after which an act is what a court tries or convicts for ("prosecution for fighting", "guilty of assaulting")
COURT_MATTER_HEADS = frozenset(
    """prosecution prosecute prosecuted guilty convict convicted conviction acquit acquitted sentence sentenced jail
    jailed imprison imprisoned fine fined trial try tried""".split())
#: the acts of a killing a criminal case may tell
KILLING_ACTS = frozenset("murder die death kill shoot shooting stab".split())
#: words that tell a criminal case told at its sentence or custody ("lethal injection", "granted bail"; with
#: "case" as "the case of", "a murder case": see :func:`eventwire.events.kindreads2.killing_case`)
CASE_WORDS = frozenset(
    """injection execution executed parole inmate inmates surety bail""".split())
#: words of a gang, a cartel or strife, whose killings ACLED may code
STRIFE_WORDS = frozenset(
    """gang gangs gangster gangsters cartel cartels mafia militia militias sectarian communal ethnic tribal
    clan clans feud""".split())
#: words of hiring that make "engaged" a firm's hiring ("engaged a London-based firm in a contract")
HIRE_WORDS = frozenset(
    """firm firms company companies contract contracts adviser advisers advisor advisors consultant consultants
    consultancy lobbying lobbyist lobbyists hired hire services limited ltd inc llc""".split())
#: what is executed that is no person ("to execute a project")
EXECUTED_THINGS = frozenset(
    """project projects plan plans contract contracts order orders strategy strategies task tasks programme
    program programs policy policies transaction transactions warrant warrants agreement deal trade trades
    move moves idea ideas vision budget""".split())
#: what is shot that is no person ("shooting his third film")
FILM_WORDS = frozenset(
    """film films movie movies scene scenes video videos footage documentary documentaries series episode
    episodes photo photos picture pictures feature pilot commercial advert advertisement""".split())
#: things that attack only in words ("the executive order attacks the platform")
UTTERANCES = frozenset(
    """order orders law laws bill bills statement statements article articles report reports ad ads advert
    editorial editorials speech speeches tweet tweets post posts letter letters column columns book books film
    documentary op-ed lawsuit suit complaint resolution motion""".split())
#: persons who may battle to do a thing ("a migrant is battling to claim a jackpot")
PERSON_WORDS = frozenset(
    """he she i we you man woman boy girl mother father family families migrant migrants national refugee
    refugees pensioner pensioners widow widower son daughter wife husband parent parents worker workers resident residents owner
    farmer farmers patient patients student students victim victims""".split())
#: what a "shooting" names that is no act ("a shooting range", "the shooting script")
SHOOTING_THINGS = frozenset("range ranges gallery galleries star stars script schedule club competition location day".split())
#: aircraft one boards or charters, no strike ("boarded a jet to leave Washington")
AIRCRAFT = frozenset("jet jets plane planes aircraft airliner helicopter helicopters".split())
#: verbs of travelling by an aircraft
BOARDING_VERBS = frozenset("board charter catch ride".split())
#: ranks and roles an "Air Force" describes ("an Air Force veteran")
AIR_ROLES = frozenset(
    """veteran veterans pilot pilots officer officers general colonel major captain sergeant lieutenant chief
    spokesman spokeswoman spokesperson academy reservist reservists cadet cadets secretary""".split())
#: defenders whose killing or trial is no ordinary crime ("the murder of a land rights defender")
DEFENDER_WORDS = frozenset(
    """rights defender defenders lawyer lawyers environmentalist environmentalists indigenous land union unionist
    unionists advocate advocates human humanitarian ngo campaigner campaigners""".split())
#: words that give an article a political side: its trials and killings are no ordinary crime
SIDE_WORDS = DEFENDER_WORDS | frozenset(
    """activist activists journalist journalists reporter reporters blogger bloggers opposition dissident
    dissidents critic critics protester protesters""".split())
#: the acts a court's matter may be (a killing tried is left to the other rules: it may be an attack on a defender)
TRIED_ACTS = frozenset("fight fighting assault assaulting attack attacking beat beating battle".split())
