"""Small hand-written English lexicons shipped with brief (no downloads, no I/O).

NLTK's gazetteers cover countries, US cities and first names, but not the words that tell a
news reader *what kind* of proper noun they are looking at: titles ("Foreign Secretary"),
organisation heads ("... Council"), world capitals, well-known acronyms, calendar words.
These lists are general-purpose English news vocabulary, not tuned to any one article.

Conventions: single words are stored lower-cased unless the name says otherwise
(``*_NAMES`` and dict keys that are proper names keep their written form); lookups in
:mod:`service.pipeline.actors` lower-case or case-fold before testing membership.
Other components (the positions finder) import ``PERSON_TITLES``, ``ROLE_HEADS``,
``ROLE_WORDS`` and ``TITLE_PHRASES`` from here.
"""

from __future__ import annotations

from typing import Literal

Gender = Literal["male", "female"]


def _words(block: str) -> frozenset[str]:
    """A set from a whitespace-separated block (keeps long word lists readable)."""
    return frozenset(block.split())


#: Honorifics written before a name ("Mr Stoltenberg", "Dr. Fauci"), lower-cased, without the
#: period, mapped to the gender they imply (``None``: the title says nothing about gender).
PERSON_TITLES: dict[str, Gender | None] = {
    "mr": "male",
    "mister": "male",
    "sir": "male",
    "lord": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "madam": "female",
    "dame": "female",
    "lady": "female",
    "dr": None,
    "prof": None,
    "professor": None,
    "rev": None,
    "gen": None,
    "sen": None,
    "rep": None,
    "gov": None,
    "lt": None,
    "col": None,
    "sgt": None,
    "capt": None,
    "cmdr": None,
    "adm": None,
    "hon": None,
}

#: Nouns that name an office or function; a role phrase ends with one of these
#: ("deputy foreign *minister*", "Kremlin *spokesman*"). Lower-cased.
ROLE_HEADS: frozenset[str] = _words(
    """
    president vice-president minister secretary secretary-general under-secretary chancellor premier
    king queen prince princess emperor pope cardinal bishop archbishop sheikh emir sultan
    senator congressman congresswoman lawmaker legislator mp governor mayor chairman chairwoman chair
    chairperson director director-general head leader envoy commissioner representative ambassador
    spokesman spokeswoman spokesperson chief commander adviser advisor officer official aide
    negotiator diplomat coach manager captain prosecutor judge justice attorney ceo executive founder
    general admiral colonel marshal lieutenant sergeant major chief-of-staff speaker treasurer
    deputy delegate consul counsellor councillor counselor correspondent editor analyst economist
    """
)

#: Words that may appear inside a role phrase besides its head (modifiers and offices' domains):
#: "*deputy foreign* minister", "Secretary of *State*", "*Prime* Minister". Lower-cased.
ROLE_MODIFIERS: frozenset[str] = _words(
    """
    deputy vice acting former first prime foreign defence defense interior home finance economy
    economic trade state affairs security national general executive senior top special high
    assistant under chief principal permanent external international press health energy justice
    treasury environment education transport labour labor agriculture culture communications
    intelligence military supreme lord attorney solicitor
    managing operating financial technical political public regional federal government opposition
    party army police company club team campaign embassy ministry presidential parliamentary
    """
)

#: Every word a role phrase is made of (heads and modifiers).
ROLE_WORDS: frozenset[str] = ROLE_HEADS | ROLE_MODIFIERS

#: Frequent complete titles, for components that want to match whole titles in text.
TITLE_PHRASES: tuple[str, ...] = (
    "Secretary General",
    "Secretary-General",
    "Secretary of State",
    "Deputy Secretary of State",
    "Foreign Secretary",
    "Home Secretary",
    "Defence Secretary",
    "Defense Secretary",
    "Foreign Minister",
    "Deputy Foreign Minister",
    "Defence Minister",
    "Defense Minister",
    "Prime Minister",
    "Deputy Prime Minister",
    "President",
    "Vice President",
    "Chancellor",
    "National Security Adviser",
    "High Representative",
    "Ambassador",
    "Spokesman",
    "Spokeswoman",
)

#: Last words of organisation names ("Nato-Russia *Council*", "World *Bank*"). Lower-cased.
ORG_HEADS: frozenset[str] = _words(
    """
    council commission union organization organisation ministry party bank inc corp corporation ltd
    plc llc co company agency department committee association federation institute institution
    university college school service services office court parliament assembly congress senate
    group club fund alliance army navy forces police administration board league foundation
    authority bureau centre center coalition front movement network news times post journal press
    airlines airways holdings industries motors systems technologies exchange reserve cabinet
    government secretariat tribunal guard command embassy delegation corps brigade society trust
    academy laboratory church directorate regiment commonwealth consortium cooperative
    brotherhood duma knesset bundestag
    """
)

#: Organisations usually named without a head word. Written form.
ORG_NAMES: frozenset[str] = frozenset(
    {
        "Kremlin",
        "White House",
        "Pentagon",
        "Downing Street",
        "Whitehall",
        "Elysee",
        "Élysée",
        "Quai d'Orsay",
        "Congress",
        "Parliament",
        "Vatican",
        "Reuters",
        "Interfax",
        "Tass",
        "Xinhua",
        "Bundestag",
        "Duma",
        "Knesset",
        "Taliban",
        "Hamas",
        "Hezbollah",
        "Gazprom",
        "Google",
        "Microsoft",
        "Apple",
        "Amazon",
        "Facebook",
        "Twitter",
    }
)

#: Well-known acronyms -> (expansion, type). The expansion lets "NATO" and "North Atlantic
#: Treaty Organization" merge even when the article never writes "(NATO)".
ACRONYMS: dict[str, tuple[str, Literal["organization", "location"]]] = {
    "NATO": ("North Atlantic Treaty Organization", "organization"),
    "EU": ("European Union", "organization"),
    "UN": ("United Nations", "organization"),
    "OSCE": ("Organization for Security and Co-operation in Europe", "organization"),
    "IMF": ("International Monetary Fund", "organization"),
    "WTO": ("World Trade Organization", "organization"),
    "OPEC": ("Organization of the Petroleum Exporting Countries", "organization"),
    "OECD": ("Organisation for Economic Co-operation and Development", "organization"),
    "ASEAN": ("Association of Southeast Asian Nations", "organization"),
    "IAEA": ("International Atomic Energy Agency", "organization"),
    "ECB": ("European Central Bank", "organization"),
    "FBI": ("Federal Bureau of Investigation", "organization"),
    "CIA": ("Central Intelligence Agency", "organization"),
    "KGB": ("KGB", "organization"),
    "FSB": ("Federal Security Service", "organization"),
    "NSA": ("National Security Agency", "organization"),
    "NASA": ("National Aeronautics and Space Administration", "organization"),
    "UNESCO": ("UNESCO", "organization"),
    "UNICEF": ("UNICEF", "organization"),
    "FIFA": ("FIFA", "organization"),
    "UEFA": ("UEFA", "organization"),
    "BBC": ("British Broadcasting Corporation", "organization"),
    "CNN": ("CNN", "organization"),
    "AFP": ("Agence France-Presse", "organization"),
    "PLO": ("Palestine Liberation Organization", "organization"),
    "EEAS": ("European External Action Service", "organization"),
    "US": ("United States", "location"),
    "USA": ("United States", "location"),
    "UK": ("United Kingdom", "location"),
    "UAE": ("United Arab Emirates", "location"),
    "USSR": ("Soviet Union", "location"),
    "DRC": ("Democratic Republic of the Congo", "location"),
}

#: Other names of countries -> the name brief reports ("Britain" -> "United Kingdom").
COUNTRY_ALIASES: dict[str, str] = {
    "America": "United States",
    "United States of America": "United States",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Holland": "Netherlands",
    "Russian Federation": "Russia",
    "Burma": "Myanmar",
    "Czechia": "Czech Republic",
    "Ivory Coast": "Côte d'Ivoire",
}

#: Countries (short common names). NLTK's list is long but misses some everyday forms.
COUNTRIES: frozenset[str] = _words(
    """
    Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain
    Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chad Chile China
    Colombia Congo Croatia Cuba Cyprus Denmark Ecuador Egypt England Eritrea Estonia Ethiopia Finland
    France Georgia Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran
    Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Kyrgyzstan Laos
    Latvia Lebanon Libya Liechtenstein Lithuania Luxembourg Macedonia Malaysia Mali Malta Mexico
    Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands Nicaragua
    Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar
    Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan
    Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda
    Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Yugoslavia Zaire Zambia Zimbabwe
    """
) | frozenset(
    {
        "United States",
        "United Kingdom",
        "South Korea",
        "North Korea",
        "South Africa",
        "New Zealand",
        "Saudi Arabia",
        "Czech Republic",
        "United Arab Emirates",
        "Sri Lanka",
        "Soviet Union",
        "Northern Ireland",
        "Bosnia and Herzegovina",
        "Costa Rica",
        "El Salvador",
        "Dominican Republic",
    }
)

#: Major world cities and capitals -> their country (NLTK's city list is US-only).
WORLD_CITIES: dict[str, str] = {
    "Moscow": "Russia",
    "St Petersburg": "Russia",
    "Washington": "United States",
    "New York": "United States",
    "Los Angeles": "United States",
    "Brussels": "Belgium",
    "Geneva": "Switzerland",
    "Zurich": "Switzerland",
    "Bern": "Switzerland",
    "Vienna": "Austria",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Kharkiv": "Ukraine",
    "Odesa": "Ukraine",
    "Odessa": "Ukraine",
    "Minsk": "Belarus",
    "London": "United Kingdom",
    "Manchester": "United Kingdom",
    "Edinburgh": "United Kingdom",
    "Paris": "France",
    "Marseille": "France",
    "Lyon": "France",
    "Berlin": "Germany",
    "Munich": "Germany",
    "Frankfurt": "Germany",
    "Hamburg": "Germany",
    "Bonn": "Germany",
    "Rome": "Italy",
    "Milan": "Italy",
    "Madrid": "Spain",
    "Barcelona": "Spain",
    "Lisbon": "Portugal",
    "Amsterdam": "Netherlands",
    "The Hague": "Netherlands",
    "Rotterdam": "Netherlands",
    "Copenhagen": "Denmark",
    "Stockholm": "Sweden",
    "Oslo": "Norway",
    "Helsinki": "Finland",
    "Warsaw": "Poland",
    "Prague": "Czech Republic",
    "Budapest": "Hungary",
    "Bucharest": "Romania",
    "Sofia": "Bulgaria",
    "Belgrade": "Serbia",
    "Zagreb": "Croatia",
    "Sarajevo": "Bosnia",
    "Athens": "Greece",
    "Ankara": "Turkey",
    "Istanbul": "Turkey",
    "Riga": "Latvia",
    "Vilnius": "Lithuania",
    "Tallinn": "Estonia",
    "Dublin": "Ireland",
    "Luxembourg": "Luxembourg",
    "Tbilisi": "Georgia",
    "Yerevan": "Armenia",
    "Baku": "Azerbaijan",
    "Chisinau": "Moldova",
    "Tehran": "Iran",
    "Baghdad": "Iraq",
    "Damascus": "Syria",
    "Beirut": "Lebanon",
    "Jerusalem": "Israel",
    "Tel Aviv": "Israel",
    "Gaza": "Palestine",
    "Amman": "Jordan",
    "Riyadh": "Saudi Arabia",
    "Cairo": "Egypt",
    "Kabul": "Afghanistan",
    "Islamabad": "Pakistan",
    "Karachi": "Pakistan",
    "New Delhi": "India",
    "Delhi": "India",
    "Mumbai": "India",
    "Bombay": "India",
    "Beijing": "China",
    "Shanghai": "China",
    "Hong Kong": "China",
    "Taipei": "Taiwan",
    "Tokyo": "Japan",
    "Osaka": "Japan",
    "Seoul": "South Korea",
    "Pyongyang": "North Korea",
    "Bangkok": "Thailand",
    "Hanoi": "Vietnam",
    "Jakarta": "Indonesia",
    "Manila": "Philippines",
    "Singapore": "Singapore",
    "Kuala Lumpur": "Malaysia",
    "Sydney": "Australia",
    "Melbourne": "Australia",
    "Canberra": "Australia",
    "Wellington": "New Zealand",
    "Ottawa": "Canada",
    "Toronto": "Canada",
    "Montreal": "Canada",
    "Mexico City": "Mexico",
    "Havana": "Cuba",
    "Caracas": "Venezuela",
    "Bogota": "Colombia",
    "Lima": "Peru",
    "Santiago": "Chile",
    "Buenos Aires": "Argentina",
    "Brasilia": "Brazil",
    "Rio de Janeiro": "Brazil",
    "Sao Paulo": "Brazil",
    "Nairobi": "Kenya",
    "Lagos": "Nigeria",
    "Abuja": "Nigeria",
    "Johannesburg": "South Africa",
    "Pretoria": "South Africa",
    "Cape Town": "South Africa",
    "Addis Ababa": "Ethiopia",
    "Khartoum": "Sudan",
    "Tripoli": "Libya",
    "Algiers": "Algeria",
    "Tunis": "Tunisia",
    "Rabat": "Morocco",
    "Dubai": "United Arab Emirates",
    "Abu Dhabi": "United Arab Emirates",
    "Doha": "Qatar",
    "Strasbourg": "France",
    "Davos": "Switzerland",
    "Sevastopol": "Ukraine",
    "Donetsk": "Ukraine",
    "Luhansk": "Ukraine",
    "Mariupol": "Ukraine",
    "Grozny": "Russia",
    "Yangon": "Myanmar",
    "Rangoon": "Myanmar",
    "Kinshasa": "Democratic Republic of the Congo",
}

#: Regions, continents and other places that are not countries or cities. Written form.
PLACE_NAMES: frozenset[str] = frozenset(
    {
        "Europe",
        "Asia",
        "Africa",
        "America",
        "North America",
        "South America",
        "Latin America",
        "Eastern Europe",
        "Western Europe",
        "Central Europe",
        "Central Asia",
        "Middle East",
        "Near East",
        "Far East",
        "Balkans",
        "Baltics",
        "Caucasus",
        "Scandinavia",
        "Siberia",
        "Crimea",
        "Donbas",
        "Donbass",
        "Kashmir",
        "West Bank",
        "Gaza Strip",
        "Golan Heights",
        "Antarctica",
        "Arctic",
        "Mediterranean",
        "Pacific",
        "Atlantic",
        "Persian Gulf",
        "Black Sea",
        "Baltic Sea",
        "Caribbean",
        "Sahara",
        "Sahel",
        "Kurdistan",
        "Chechnya",
        "Tibet",
        "Xinjiang",
        "Catalonia",
        "Bavaria",
        "Ulster",
        "Transnistria",
        "Abkhazia",
        "South Ossetia",
        "Nagorno-Karabakh",
    }
)

#: Last words of place names ("Black *Sea*", "Long *Island*"). Lower-cased.
LOCATION_HEADS: frozenset[str] = _words(
    """
    sea ocean river lake mountains mountain mount island islands peninsula gulf bay strait valley
    province region county district street avenue square airport city state republic desert coast
    canal border heights
    """
)

#: Adjectives of nationality or region that are not actors in themselves ("Russian troops").
#: NLTK's nationality list covers most countries; these are the ones it lacks.
DEMONYMS: frozenset[str] = _words(
    """
    American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian
    Swiss Austrian Swedish Norwegian Danish Finnish Polish Czech Slovak Hungarian Romanian Bulgarian
    Greek Turkish Russian Ukrainian Belarusian Georgian Armenian Serbian Croatian Bosnian Albanian
    Estonian Latvian Lithuanian Moldovan Chinese Japanese Korean Indian Pakistani Afghan Iranian Iraqi
    Syrian Israeli Palestinian Lebanese Saudi Egyptian Libyan Kurdish Arab Arabic Persian Canadian
    Mexican Brazilian Argentine Australian African Asian European Soviet Western Eastern Northern
    Southern Central Transatlantic Atlantic Nordic Baltic Balkan Slavic Latin Crimean Chechen Kremlin-backed
    Islamic Muslim Christian Jewish Catholic Orthodox Sunni Shia Shiite Democratic Republican Communist
    Socialist Conservative Liberal
    """
)

MONTHS: frozenset[str] = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)

WEEKDAYS: frozenset[str] = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)

#: Capitalised words that are page furniture, credits or calendar words, never actors. Lower-cased.
NON_ACTOR_WORDS: frozenset[str] = (
    MONTHS
    | WEEKDAYS
    | _words(
        """
        photo photos photograph image images picture pictures video stock alamy getty shutterstock
        pool file handout credit caption copyright updated published posted comments comment readers
        reader subscribe newsletter advertisement sponsored share tweet click read more related
        also check voice login sign am pm gmt utc bst est cet edt pdt today tonight yesterday tomorrow
        god internet web tv i ok
        """
    )
)

#: News agencies that appear as photo credits at the end of captions ("... join Nato. EPA").
CREDIT_AGENCIES: frozenset[str] = frozenset({"EPA", "AFP", "AP", "PA", "Reuters", "Getty", "Alamy", "Shutterstock"})

#: Last words of names of events, laws and things that are not actors ("Cold *War*", "World *Cup*").
NON_ACTOR_HEADS: frozenset[str] = _words(
    """
    war wars cup games olympics championship championships open prize award awards day week summit
    treaty accord accords agreement act law declaration plan doctrine crisis revolution festival
    conference stream pipeline
    """
)

#: Lower-case particles inside personal names ("Ursula *von der* Leyen", "Charles *de* Gaulle").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "der", "den", "de", "du", "da", "di", "del", "la", "le", "bin", "ibn", "al", "el", "dos"}
)

#: Lower-case words allowed inside organisation names ("Organization *for* Security *and* ...").
ORG_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "in", "on", "the", "&"})

#: Common nouns a text uses to refer back to an organisation of that kind ("the alliance").
#: Maps the noun to the acronyms of the organisations it usually denotes in news copy.
ORG_DESCRIPTORS: dict[str, frozenset[str]] = {
    "alliance": frozenset({"NATO"}),
    "bloc": frozenset({"EU", "NATO"}),
    "union": frozenset({"EU"}),
}

#: Capitals whose name news copy uses for the country's government ("Moscow said", "Washington's
#: reply"): capital -> the country name brief reports. Only seats of national government; cities
#: like Brussels or Geneva, which stand for several institutions or none, are left out.
CAPITALS: dict[str, str] = {
    city: WORLD_CITIES[city]
    for city in (
        "Moscow Washington Kyiv Kiev Minsk London Paris Berlin Rome Madrid Lisbon Warsaw Prague Budapest "
        "Bucharest Belgrade Athens Ankara Tbilisi Yerevan Baku Tehran Baghdad Damascus Beirut Jerusalem "
        "Amman Riyadh Cairo Kabul Islamabad Beijing Taipei Tokyo Seoul Pyongyang Hanoi Ottawa Canberra "
        "Havana Caracas Tripoli Khartoum Doha Stockholm Oslo Helsinki Copenhagen Dublin Vienna Bern "
        "Vilnius Riga Tallinn Chisinau"
    ).split()
} | {"New Delhi": "India", "Mexico City": "Mexico", "Buenos Aires": "Argentina", "Brasilia": "Brazil"}

#: Verbs that introduce attributed speech; a name just before one is a speaker (used for salience
#: and to type a lone unknown word as a person: "Okafor said").
SAY_VERBS: frozenset[str] = _words(
    """
    said says say told tells added adds stated states warned warns insisted insists argued argues
    wrote writes claimed claims noted notes explained explains announced announces declared declares
    stressed stresses urged urges suggested suggests acknowledged acknowledges admitted admits
    denied denies confirmed confirms replied replies responded responds asked asks commented
    """
)

#: Adjectives of nationality -> the country (for the affiliation of "Russian President").
DEMONYM_COUNTRIES: dict[str, str] = {
    "American": "United States",
    "British": "United Kingdom",
    "English": "England",
    "Scottish": "Scotland",
    "Welsh": "Wales",
    "Irish": "Ireland",
    "French": "France",
    "German": "Germany",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Portuguese": "Portugal",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Swiss": "Switzerland",
    "Austrian": "Austria",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Finnish": "Finland",
    "Polish": "Poland",
    "Czech": "Czech Republic",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Greek": "Greece",
    "Turkish": "Turkey",
    "Russian": "Russia",
    "Ukrainian": "Ukraine",
    "Belarusian": "Belarus",
    "Georgian": "Georgia",
    "Serbian": "Serbia",
    "Estonian": "Estonia",
    "Latvian": "Latvia",
    "Lithuanian": "Lithuania",
    "Chinese": "China",
    "Japanese": "Japan",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "Afghan": "Afghanistan",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Lebanese": "Lebanon",
    "Saudi": "Saudi Arabia",
    "Egyptian": "Egypt",
    "Libyan": "Libya",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Australian": "Australia",
    "Soviet": "Soviet Union",
}

#: First names common in international news that NLTK's (mostly English) name lists lack.
EXTRA_MALE_NAMES: frozenset[str] = _words(
    """
    dmitry dmitri dmytro volodymyr sergey sergiy oleksiy oleksandr mykhailo yevgeny evgeny vasily
    josep jordi xavier joao jose luis mateusz andrzej jaroslaw viktor zoltan recep mevlut
    rishi keir narendra ebrahim hassan mahmoud abdullah bashar muammar kim xi wang li
    """
)
EXTRA_FEMALE_NAMES: frozenset[str] = _words(
    """
    mette sanna kaja annalena giorgia ursula roberta ngozi kamala nancy jacinda
    """
)

#: A short line that is only one of these phrases starts a block of page furniture (teasers, link
#: lists) at the end of an article. Lower-cased.
TAIL_MARKERS: frozenset[str] = frozenset(
    {
        "check also",
        "related",
        "related articles",
        "related stories",
        "read more",
        "read next",
        "more stories",
        "more from",
        "you may also like",
        "recommended",
        "most read",
        "popular",
        "trending",
        "more on this story",
    }
)

#: First words of a byline or author box line ("By Jane Doe", "About Jane Doe"). Lower-cased.
BYLINE_OPENERS: frozenset[str] = frozenset({"by", "about", "author", "written", "words", "reporting"})

#: Common nouns that name a settlement or area: "the village of *X*" makes X a place. Lower-cased.
SETTLEMENT_NOUNS: frozenset[str] = _words("village town city region province district county suburb port island")
