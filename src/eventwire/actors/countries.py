"""Countries for the actor stage: ISO3 codes, ACLED-style country names, other names and demonyms.

The actor stage keeps its own table (the geo stage has its own) so that the two never depend on each
other. ACLED writes state actors as "Military Forces of Syria" and generic ones as "Civilians (Syria)";
a few countries take the article in the first form ("Military Forces of the United States").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class Country:
    iso3: str
    name: str  # ACLED's country name
    the: bool = False  # "Military Forces of the United States"
    names: tuple[str, ...] = ()  # other names the news uses for the country
    demonyms: tuple[str, ...] = ()  # adjectives: "Syrian", "Iraqi"


def _c(iso3: str, name: str, names: str = "", demonyms: str = "", *, the: bool = False) -> Country:
    split = lambda s: tuple(x.strip() for x in s.split("|") if x.strip())  # noqa: E731
    return Country(iso3=iso3, name=name, the=the, names=split(names), demonyms=split(demonyms))


COUNTRIES: tuple[Country, ...] = (
    # Middle East and North Africa
    _c("SYR", "Syria", "Syrian Arab Republic", "Syrian"),
    _c("IRQ", "Iraq", "", "Iraqi"),
    _c("YEM", "Yemen", "", "Yemeni|Yemenite"),
    _c("LBY", "Libya", "", "Libyan"),
    _c("EGY", "Egypt", "", "Egyptian"),
    _c("ISR", "Israel", "", "Israeli"),
    _c("PSE", "Palestine", "Gaza|Gaza Strip|West Bank|Palestinian Territories|occupied Palestinian territories",
       "Palestinian"),
    _c("LBN", "Lebanon", "", "Lebanese"),
    _c("JOR", "Jordan", "", "Jordanian"),
    _c("SAU", "Saudi Arabia", "Saudi|KSA", "Saudi|Saudi Arabian"),
    _c("ARE", "United Arab Emirates", "UAE|U.A.E.|Emirates", "Emirati", the=True),
    _c("QAT", "Qatar", "", "Qatari"),
    _c("KWT", "Kuwait", "", "Kuwaiti"),
    _c("BHR", "Bahrain", "", "Bahraini"),
    _c("OMN", "Oman", "", "Omani"),
    _c("IRN", "Iran", "Islamic Republic of Iran", "Iranian|Persian"),
    _c("TUR", "Turkey", "Turkiye|Türkiye", "Turkish"),
    _c("TUN", "Tunisia", "", "Tunisian"),
    _c("DZA", "Algeria", "", "Algerian"),
    _c("MAR", "Morocco", "", "Moroccan"),
    _c("ESH", "Western Sahara", "", "Sahrawi"),
    _c("CYP", "Cyprus", "", "Cypriot"),
    # Sub-Saharan Africa
    _c("SOM", "Somalia", "", "Somali|Somalian"),
    _c("NGA", "Nigeria", "", "Nigerian"),
    _c("MLI", "Mali", "", "Malian"),
    _c("BFA", "Burkina Faso", "Burkina", "Burkinabe|Burkinabè|Burkinan"),
    _c("NER", "Niger", "", "Nigerien|Nigérien"),
    _c("TCD", "Chad", "", "Chadian"),
    _c("MRT", "Mauritania", "", "Mauritanian"),
    _c("SEN", "Senegal", "", "Senegalese"),
    _c("SDN", "Sudan", "", "Sudanese"),
    _c("SSD", "South Sudan", "", "South Sudanese"),
    _c("ETH", "Ethiopia", "", "Ethiopian"),
    _c("ERI", "Eritrea", "", "Eritrean"),
    _c("DJI", "Djibouti", "", "Djiboutian"),
    _c("KEN", "Kenya", "", "Kenyan"),
    _c("UGA", "Uganda", "", "Ugandan"),
    _c("TZA", "Tanzania", "", "Tanzanian"),
    _c("RWA", "Rwanda", "", "Rwandan"),
    _c("BDI", "Burundi", "", "Burundian"),
    _c("COD", "Democratic Republic of Congo", "DRC|DR Congo|D.R. Congo|Congo-Kinshasa|"
       "Democratic Republic of the Congo", "Congolese", the=True),
    _c("COG", "Republic of Congo", "Congo-Brazzaville|Congo Brazzaville", "", the=True),
    _c("CAF", "Central African Republic", "CAR", "Central African", the=True),
    _c("CMR", "Cameroon", "", "Cameroonian"),
    _c("MOZ", "Mozambique", "", "Mozambican"),
    _c("ZWE", "Zimbabwe", "", "Zimbabwean"),
    _c("ZAF", "South Africa", "", "South African"),
    _c("GHA", "Ghana", "", "Ghanaian"),
    _c("CIV", "Ivory Coast", "Cote d'Ivoire|Côte d'Ivoire", "Ivorian"),
    _c("BEN", "Benin", "", "Beninese"),
    _c("TGO", "Togo", "", "Togolese"),
    _c("GIN", "Guinea", "", "Guinean"),
    _c("SLE", "Sierra Leone", "", "Sierra Leonean"),
    _c("LBR", "Liberia", "", "Liberian"),
    _c("AGO", "Angola", "", "Angolan"),
    _c("ZMB", "Zambia", "", "Zambian"),
    _c("MWI", "Malawi", "", "Malawian"),
    _c("MDG", "Madagascar", "", "Malagasy"),
    _c("GAB", "Gabon", "", "Gabonese"),
    _c("GMB", "Gambia", "The Gambia", "Gambian"),
    _c("NAM", "Namibia", "", "Namibian"),
    _c("BWA", "Botswana", "", "Botswanan"),
    _c("LSO", "Lesotho", "", ""),
    _c("SWZ", "eSwatini", "Eswatini|Swaziland", "Swazi"),
    # Asia
    _c("AFG", "Afghanistan", "", "Afghan"),
    _c("PAK", "Pakistan", "", "Pakistani"),
    _c("IND", "India", "", "Indian"),
    _c("BGD", "Bangladesh", "", "Bangladeshi"),
    _c("LKA", "Sri Lanka", "", "Sri Lankan"),
    _c("NPL", "Nepal", "", "Nepali|Nepalese"),
    _c("MMR", "Myanmar", "Burma", "Myanmar|Burmese"),
    _c("THA", "Thailand", "", "Thai"),
    _c("PHL", "Philippines", "", "Philippine|Filipino", the=True),
    _c("IDN", "Indonesia", "", "Indonesian"),
    _c("MYS", "Malaysia", "", "Malaysian"),
    _c("CHN", "China", "People's Republic of China|PRC", "Chinese"),
    _c("TWN", "Taiwan", "", "Taiwanese"),
    _c("PRK", "North Korea", "DPRK", "North Korean"),
    _c("KOR", "South Korea", "Republic of Korea", "South Korean"),
    _c("JPN", "Japan", "", "Japanese"),
    _c("VNM", "Vietnam", "Viet Nam", "Vietnamese"),
    _c("KHM", "Cambodia", "", "Cambodian"),
    _c("LAO", "Laos", "", "Laotian|Lao"),
    _c("TJK", "Tajikistan", "", "Tajik"),
    _c("UZB", "Uzbekistan", "", "Uzbek"),
    _c("KGZ", "Kyrgyzstan", "", "Kyrgyz"),
    _c("KAZ", "Kazakhstan", "", "Kazakh"),
    _c("TKM", "Turkmenistan", "", "Turkmen"),
    _c("AZE", "Azerbaijan", "", "Azerbaijani|Azeri"),
    _c("ARM", "Armenia", "", "Armenian"),
    _c("GEO", "Georgia", "", "Georgian"),
    # Europe
    _c("UKR", "Ukraine", "", "Ukrainian"),
    _c("RUS", "Russia", "Russian Federation", "Russian"),
    _c("BLR", "Belarus", "", "Belarusian"),
    _c("MDA", "Moldova", "", "Moldovan"),
    _c("GBR", "United Kingdom", "UK|U.K.|Britain|Great Britain", "British", the=True),
    _c("FRA", "France", "", "French"),
    _c("DEU", "Germany", "", "German"),
    _c("ITA", "Italy", "", "Italian"),
    _c("ESP", "Spain", "", "Spanish"),
    _c("NLD", "Netherlands", "Holland", "Dutch", the=True),
    _c("BEL", "Belgium", "", "Belgian"),
    _c("POL", "Poland", "", "Polish"),
    _c("GRC", "Greece", "", "Greek"),
    _c("SRB", "Serbia", "", "Serbian|Serb"),
    _c("XKX", "Kosovo", "", "Kosovar|Kosovan"),
    _c("BIH", "Bosnia and Herzegovina", "Bosnia", "Bosnian"),
    _c("SWE", "Sweden", "", "Swedish"),
    _c("NOR", "Norway", "", "Norwegian"),
    _c("DNK", "Denmark", "", "Danish"),
    _c("IRL", "Ireland", "", "Irish"),
    _c("PRT", "Portugal", "", "Portuguese"),
    _c("ROU", "Romania", "", "Romanian"),
    _c("HUN", "Hungary", "", "Hungarian"),
    _c("CZE", "Czech Republic", "Czechia", "Czech", the=True),
    _c("AUT", "Austria", "", "Austrian"),
    _c("CHE", "Switzerland", "", "Swiss"),
    # Americas and Oceania
    _c("USA", "United States", "US|U.S.|USA|U.S.A.|America|United States of America", "American|US|U.S.",
       the=True),
    _c("CAN", "Canada", "", "Canadian"),
    _c("MEX", "Mexico", "", "Mexican"),
    _c("COL", "Colombia", "", "Colombian"),
    _c("VEN", "Venezuela", "", "Venezuelan"),
    _c("BRA", "Brazil", "", "Brazilian"),
    _c("PER", "Peru", "", "Peruvian"),
    _c("ECU", "Ecuador", "", "Ecuadorian|Ecuadoran"),
    _c("BOL", "Bolivia", "", "Bolivian"),
    _c("CHL", "Chile", "", "Chilean"),
    _c("ARG", "Argentina", "", "Argentine|Argentinian"),
    _c("PRY", "Paraguay", "", "Paraguayan"),
    _c("HTI", "Haiti", "", "Haitian"),
    _c("HND", "Honduras", "", "Honduran"),
    _c("GTM", "Guatemala", "", "Guatemalan"),
    _c("SLV", "El Salvador", "", "Salvadoran|Salvadorean"),
    _c("NIC", "Nicaragua", "", "Nicaraguan"),
    _c("CUB", "Cuba", "", "Cuban"),
    _c("AUS", "Australia", "", "Australian"),
    _c("NZL", "New Zealand", "", "New Zealand"),
    _c("PNG", "Papua New Guinea", "", "Papua New Guinean"),
)

BY_ISO3: dict[str, Country] = {c.iso3: c for c in COUNTRIES}


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'").strip()).lower()


# lower-cased surface form -> ISO3 (demonyms, names, possessives); built once at import
_FORMS: dict[str, str] = {}
for _country in COUNTRIES:
    for _form in (_country.name, *_country.names, *_country.demonyms):
        _FORMS.setdefault(_fold(_form), _country.iso3)
        _FORMS.setdefault(_fold(_form) + "'s", _country.iso3)
    _FORMS.setdefault(_country.iso3.lower(), _country.iso3)
# forms that read as a country only when written in capitals ("US" is a country, "us" a pronoun)
for _bad in ("us", "us's", "car", "car's"):
    _FORMS.pop(_bad, None)

# the case-sensitive forms ("US" is a country, "us" is a pronoun)
_CASED_FORMS: dict[str, str] = {"US": "USA", "U.S.": "USA", "USA": "USA", "UAE": "ARE", "UK": "GBR",
                                "DRC": "COD", "CAR": "CAF"}


def country_of(word: str) -> str | None:
    """The ISO3 code of a demonym or country name ("Syrian", "Iraq's", "U.S."), or None."""
    w = word.strip()
    if w in _CASED_FORMS:
        return _CASED_FORMS[w]
    return _FORMS.get(_fold(w))


def country_name(iso3: str) -> str:
    """ACLED's name of the country ("SYR" -> "Syria"); the code itself when unknown."""
    c = BY_ISO3.get(iso3.upper()) if iso3 else None
    return c.name if c is not None else iso3


def of_country(iso3: str) -> str:
    """The form after "Military Forces of": "Syria", "the United States"."""
    c = BY_ISO3.get(iso3.upper())
    if c is None:
        return iso3
    return f"the {c.name}" if c.the else c.name


def country_forms() -> list[str]:
    """Every surface form (demonym, name, possessive), longest first, for building regexes."""
    forms: set[str] = set()
    for c in COUNTRIES:
        for f in (c.name, *c.names, *c.demonyms):
            forms.add(f)
            forms.add(f + "'s")
            forms.add(f + "’s")
    return sorted(forms, key=len, reverse=True)
