"""ACLED's region names by ISO 3166-1 alpha-3 country code."""

from __future__ import annotations

_REGIONS: dict[str, str] = {
    "Middle East": "ARE BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM",
    "Northern Africa": "DZA EGY ESH LBY MAR SDN TUN",
    "Western Africa": "BEN BFA CIV CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SHN SLE TGO",
    "Middle Africa": "AGO CAF CMR COD COG GAB GNQ STP TCD",
    "Eastern Africa": "BDI COM DJI ERI ETH IOT KEN MDG MOZ MUS MWI MYT REU RWA SOM SSD SYC TZA UGA ZMB ZWE ATF",
    "Southern Africa": "BWA LSO NAM SWZ ZAF",
    "South Asia": "AFG BGD BTN IND LKA MDV NPL PAK",
    "Southeast Asia": "BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM CXR CCK",
    "East Asia": "CHN HKG JPN KOR MAC MNG PRK TWN",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Europe": ("ALA ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA FRO GBR GGY GIB GRC HRV "
               "HUN IMN IRL ISL ITA JEY LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SMR SRB "
               "SJM SVK SVN SWE UKR VAT"),
    "North America": "BMU CAN GRL SPM USA UMI",
    "Central America": "BLZ CRI GTM HND MEX NIC PAN SLV",
    "South America": "ARG BOL BRA CHL COL ECU FLK GUF GUY PER PRY SGS SUR URY VEN",
    "Caribbean": ("ABW AIA ATG BES BHS BLM BRB CUB CUW CYM DMA DOM GLP GRD HTI JAM KNA LCA MAF MSR MTQ PRI "
                  "SXM TCA TTO VCT VGB VIR"),
    "Oceania": ("ASM AUS COK FJI FSM GUM HMD KIR MHL MNP NCL NFK NIU NRU NZL PCN PLW PNG PYF SLB TKL TON TUV "
                "VUT WLF WSM"),
    "Antarctica": "ATA BVT",
}

REGION_BY_ISO3: dict[str, str] = {iso: region for region, codes in _REGIONS.items() for iso in codes.split()}
# codes outside ISO 3166-1 that gazetteers and ACLED use
REGION_BY_ISO3.update({"XKX": "Europe", "XKO": "Europe"})


def region_of(iso3: str | None) -> str:
    """ACLED's region of a country ("" when unknown)."""
    return REGION_BY_ISO3.get((iso3 or "").upper(), "")
