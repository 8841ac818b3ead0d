"""Plain data about actors that need no tagger: countries, supranational bodies, armed groups, parties, titles.

A country is listed with its canonical name, its other names (short forms and
acronyms), its demonyms and the capitals and seats of power that news text uses
for its government ("Washington", "the White House", "the Kremlin").
:mod:`analysis.actors` decides from the context whether a demonym or a capital
names the country acting or merely a place.
"""
from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    """A known actor: canonical name, actor type, other names, demonyms, capitals and seats of power."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()


def _country(name: str, aliases: tuple[str, ...], demonyms: tuple[str, ...], seats: tuple[str, ...]) -> Entry:
    return Entry(name, "country", aliases, demonyms, seats)


COUNTRIES: tuple[Entry, ...] = (
    # G20 members
    _country("Argentina", (), ("Argentine", "Argentinian"), ("Buenos Aires", "Casa Rosada")),
    _country("Australia", (), ("Australian",), ("Canberra",)),
    _country("Brazil", (), ("Brazilian",), ("Brasília", "Planalto")),
    _country("Canada", (), ("Canadian",), ("Ottawa",)),
    _country("China", ("PRC", "People's Republic of China"), ("Chinese",), ("Beijing", "Zhongnanhai")),
    _country("France", (), ("French",), ("Paris", "Élysée", "Élysée Palace")),
    _country("Germany", (), ("German",), ("Berlin",)),
    _country("India", (), ("Indian",), ("New Delhi",)),
    _country("Indonesia", (), ("Indonesian",), ("Jakarta",)),
    _country("Italy", (), ("Italian",), ("Rome",)),
    _country("Japan", (), ("Japanese",), ("Tokyo",)),
    _country("Mexico", (), ("Mexican",), ("Mexico City",)),
    _country("Russia", ("Russian Federation",), ("Russian",), ("Moscow", "Kremlin")),
    _country("Saudi Arabia", (), ("Saudi",), ("Riyadh",)),
    _country("South Africa", (), ("South African",), ("Pretoria",)),
    _country("South Korea", ("Republic of Korea", "ROK"), ("South Korean",), ("Seoul",)),
    _country("Turkey", ("Türkiye",), ("Turkish",), ("Ankara",)),
    _country(
        "United Kingdom", ("UK", "U.K.", "Britain", "Great Britain"), ("British", "Briton"),
        ("London", "Downing Street", "Whitehall", "No 10", "No. 10", "Number 10"),
    ),
    _country(
        "United States", ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"), ("American",),
        ("Washington", "White House", "Pentagon", "State Department", "Capitol Hill"),
    ),
    # other EU members
    _country("Austria", (), ("Austrian",), ("Vienna",)),
    _country("Belgium", (), ("Belgian",), ()),  # Brussels is the EU's seat below
    _country("Bulgaria", (), ("Bulgarian",), ()),
    _country("Croatia", (), ("Croatian",), ("Zagreb",)),
    _country("Cyprus", (), ("Cypriot",), ("Nicosia",)),
    _country("Czech Republic", ("Czechia",), ("Czech",), ("Prague",)),
    _country("Denmark", (), ("Danish", "Dane"), ("Copenhagen",)),
    _country("Estonia", (), ("Estonian",), ("Tallinn",)),
    _country("Finland", (), ("Finnish", "Finn"), ("Helsinki",)),
    _country("Greece", (), ("Greek",), ("Athens",)),
    _country("Hungary", (), ("Hungarian",), ("Budapest",)),
    _country("Ireland", (), ("Irish",), ("Dublin",)),
    _country("Latvia", (), ("Latvian",), ("Riga",)),
    _country("Lithuania", (), ("Lithuanian",), ("Vilnius",)),
    _country("Luxembourg", (), (), ()),
    _country("Malta", (), ("Maltese",), ("Valletta",)),
    _country("Netherlands", ("Holland",), ("Dutch",), ("The Hague",)),
    _country("Poland", (), ("Polish",), ("Warsaw",)),
    _country("Portugal", (), ("Portuguese",), ("Lisbon",)),
    _country("Romania", (), ("Romanian",), ("Bucharest",)),
    _country("Slovakia", (), ("Slovak",), ("Bratislava",)),
    _country("Slovenia", (), ("Slovenian", "Slovene"), ("Ljubljana",)),
    _country("Spain", (), ("Spanish",), ("Madrid",)),
    _country("Sweden", (), ("Swedish",), ("Stockholm",)),
    # rest of Europe and the former Soviet Union
    _country("Ukraine", (), ("Ukrainian",), ("Kyiv", "Kiev", "Bankova")),
    _country("Belarus", (), ("Belarusian",), ("Minsk",)),
    _country("Moldova", (), ("Moldovan",), ("Chisinau", "Chișinău")),
    _country("Georgia", (), ("Georgian",), ("Tbilisi",)),
    _country("Armenia", (), ("Armenian",), ("Yerevan",)),
    _country("Azerbaijan", (), ("Azerbaijani",), ("Baku",)),
    _country("Kazakhstan", (), ("Kazakh",), ("Astana",)),
    _country("Uzbekistan", (), ("Uzbek",), ("Tashkent",)),
    _country("Kyrgyzstan", (), ("Kyrgyz",), ("Bishkek",)),
    _country("Tajikistan", (), ("Tajik",), ("Dushanbe",)),
    _country("Turkmenistan", (), (), ("Ashgabat",)),  # "Turkmen" is also the Turkmen of Syria and Iraq
    _country("Norway", (), ("Norwegian",), ("Oslo",)),
    _country("Switzerland", (), ("Swiss",), ("Bern",)),
    _country("Iceland", (), ("Icelandic",), ("Reykjavik",)),
    _country("Serbia", (), ("Serbian",), ("Belgrade",)),
    _country("Kosovo", (), ("Kosovar",), ("Pristina",)),
    _country("Bosnia and Herzegovina", ("Bosnia",), ("Bosnian",), ("Sarajevo",)),
    _country("Albania", (), ("Albanian",), ("Tirana",)),
    _country("North Macedonia", (), ("North Macedonian",), ("Skopje",)),
    _country("Montenegro", (), ("Montenegrin",), ("Podgorica",)),
    _country("Vatican", ("Holy See", "Vatican City"), (), ()),
    _country("Andorra", (), ("Andorran",), ("Andorra la Vella",)),
    _country("Liechtenstein", (), ("Liechtensteiner",), ("Vaduz",)),
    _country("Monaco", (), ("Monegasque",), ()),
    _country("San Marino", (), ("Sammarinese",), ()),
    # Middle East and the Gulf
    _country("Israel", (), ("Israeli",), ("Jerusalem",)),
    _country("Palestine", ("State of Palestine",), ("Palestinian",), ("Ramallah",)),
    _country("Iran", ("Islamic Republic of Iran",), ("Iranian",), ("Tehran",)),
    _country("Iraq", (), ("Iraqi",), ("Baghdad",)),
    _country("Syria", (), ("Syrian",), ("Damascus",)),
    _country("Lebanon", (), ("Lebanese",), ("Beirut",)),
    _country("Jordan", (), ("Jordanian",), ("Amman",)),
    _country("Egypt", (), ("Egyptian",), ("Cairo",)),
    _country("United Arab Emirates", ("UAE", "Emirates"), ("Emirati",), ("Abu Dhabi",)),
    _country("Qatar", (), ("Qatari",), ("Doha",)),
    _country("Kuwait", (), ("Kuwaiti",), ("Kuwait City",)),
    _country("Bahrain", (), ("Bahraini",), ("Manama",)),
    _country("Oman", (), ("Omani",), ("Muscat",)),
    _country("Yemen", (), ("Yemeni",), ("Sanaa",)),
    # Asia and the Pacific
    _country("North Korea", ("DPRK", "Democratic People's Republic of Korea"), ("North Korean",), ("Pyongyang",)),
    _country("Taiwan", (), ("Taiwanese",), ("Taipei",)),
    _country("Pakistan", (), ("Pakistani",), ("Islamabad",)),
    _country("Afghanistan", (), ("Afghan",), ("Kabul",)),
    _country("Bangladesh", (), ("Bangladeshi",), ("Dhaka",)),
    _country("Sri Lanka", (), ("Sri Lankan",), ("Colombo",)),
    _country("Nepal", (), ("Nepali", "Nepalese"), ("Kathmandu",)),
    _country("Myanmar", ("Burma",), ("Burmese",), ("Naypyidaw",)),
    _country("Thailand", (), ("Thai",), ("Bangkok",)),
    _country("Vietnam", ("Viet Nam",), ("Vietnamese",), ("Hanoi",)),
    _country("Philippines", (), ("Philippine", "Filipino"), ("Manila",)),
    _country("Malaysia", (), ("Malaysian",), ("Kuala Lumpur", "Putrajaya")),
    _country("Singapore", (), ("Singaporean",), ()),
    _country("New Zealand", (), (), ("Wellington",)),
    _country("Mongolia", (), ("Mongolian",), ("Ulaanbaatar", "Ulan Bator")),
    _country("Bhutan", (), ("Bhutanese",), ("Thimphu",)),
    _country("Maldives", (), ("Maldivian",), ()),  # its capital Male is an English word
    _country("Cambodia", (), ("Cambodian",), ("Phnom Penh",)),
    _country("Laos", (), ("Laotian",), ("Vientiane",)),  # not "Lao": its plural would be "Laos"
    _country("Brunei", (), ("Bruneian",), ("Bandar Seri Begawan",)),
    _country("East Timor", ("Timor-Leste",), ("Timorese",), ("Dili",)),
    _country("Papua New Guinea", (), ("Papua New Guinean",), ("Port Moresby",)),
    _country("Fiji", (), ("Fijian",), ("Suva",)),
    _country("Solomon Islands", (), ("Solomon Islander",), ("Honiara",)),
    _country("Vanuatu", (), (), ("Port Vila",)),
    _country("Samoa", (), ("Samoan",), ("Apia",)),
    _country("Tonga", (), ("Tongan",), ("Nuku'alofa",)),
    _country("Kiribati", (), (), ()),
    _country("Tuvalu", (), ("Tuvaluan",), ("Funafuti",)),
    _country("Nauru", (), ("Nauruan",), ()),
    _country("Palau", (), ("Palauan",), ("Ngerulmud",)),
    _country("Marshall Islands", (), ("Marshallese",), ("Majuro",)),
    _country("Micronesia", ("Federated States of Micronesia",), (), ("Palikir",)),
    # Africa
    _country("Libya", (), ("Libyan",), ("Tripoli",)),
    _country("Tunisia", (), ("Tunisian",), ("Tunis",)),
    _country("Algeria", (), ("Algerian",), ("Algiers",)),
    _country("Morocco", (), ("Moroccan",), ("Rabat",)),
    _country("Sudan", (), ("Sudanese",), ("Khartoum",)),
    _country("South Sudan", (), ("South Sudanese",), ("Juba",)),
    _country("Ethiopia", (), ("Ethiopian",), ("Addis Ababa",)),
    _country("Eritrea", (), ("Eritrean",), ("Asmara",)),
    _country("Somalia", (), ("Somali",), ("Mogadishu",)),
    _country("Kenya", (), ("Kenyan",), ("Nairobi",)),
    _country("Nigeria", (), ("Nigerian",), ("Abuja",)),
    _country("Ghana", (), ("Ghanaian",), ("Accra",)),
    _country(
        "Democratic Republic of the Congo", ("Democratic Republic of Congo", "DR Congo", "DRC"), ("Congolese",),
        ("Kinshasa",),
    ),
    _country("Rwanda", (), ("Rwandan",), ("Kigali",)),
    _country("Uganda", (), ("Ugandan",), ("Kampala",)),
    _country("Mali", (), ("Malian",), ("Bamako",)),
    _country("Niger", (), ("Nigerien",), ("Niamey",)),
    _country("Senegal", (), ("Senegalese",), ("Dakar",)),
    _country("Zimbabwe", (), ("Zimbabwean",), ("Harare",)),
    _country("Mauritania", (), ("Mauritanian",), ("Nouakchott",)),
    _country("Chad", (), ("Chadian",), ("N'Djamena", "Ndjamena")),
    _country("Burkina Faso", ("Burkina",), ("Burkinabe",), ("Ouagadougou",)),
    _country("Gambia", (), ("Gambian",), ("Banjul",)),
    _country("Guinea-Bissau", (), ("Bissau-Guinean",), ("Bissau",)),
    _country("Guinea", (), ("Guinean",), ("Conakry",)),
    _country("Sierra Leone", (), ("Sierra Leonean",), ("Freetown",)),
    _country("Liberia", (), ("Liberian",), ("Monrovia",)),
    _country("Ivory Coast", ("Côte d'Ivoire",), ("Ivorian",), ("Abidjan", "Yamoussoukro")),
    _country("Togo", (), ("Togolese",), ("Lomé",)),
    _country("Benin", (), ("Beninese",), ("Porto-Novo", "Cotonou")),
    _country("Cape Verde", ("Cabo Verde",), ("Cape Verdean",), ("Praia",)),
    _country("Cameroon", (), ("Cameroonian",), ("Yaoundé",)),
    _country("Central African Republic", (), (), ("Bangui",)),
    _country("Republic of the Congo", ("Republic of Congo", "Congo-Brazzaville"), (), ("Brazzaville",)),
    _country("Gabon", (), ("Gabonese",), ("Libreville",)),
    _country("Equatorial Guinea", (), ("Equatorial Guinean",), ("Malabo",)),
    _country("São Tomé and Príncipe", (), (), ("São Tomé",)),
    _country("Djibouti", (), ("Djiboutian",), ()),
    _country("Tanzania", (), ("Tanzanian",), ("Dodoma",)),
    _country("Burundi", (), ("Burundian",), ("Gitega", "Bujumbura")),
    _country("Malawi", (), ("Malawian",), ("Lilongwe",)),
    _country("Zambia", (), ("Zambian",), ("Lusaka",)),
    _country("Mozambique", (), ("Mozambican",), ("Maputo",)),
    _country("Angola", (), ("Angolan",), ("Luanda",)),
    _country("Namibia", (), ("Namibian",), ("Windhoek",)),
    _country("Botswana", (), (), ("Gaborone",)),
    _country("Lesotho", (), (), ("Maseru",)),
    _country("Eswatini", ("Swaziland",), ("Swazi",), ("Mbabane",)),
    _country("Madagascar", (), ("Malagasy",), ("Antananarivo",)),
    _country("Comoros", (), ("Comorian",), ()),
    _country("Mauritius", (), ("Mauritian",), ("Port Louis",)),
    _country("Seychelles", (), ("Seychellois",), ()),
    # the Americas
    _country("Venezuela", (), ("Venezuelan",), ("Caracas", "Miraflores")),
    _country("Colombia", (), ("Colombian",), ("Bogotá",)),
    _country("Cuba", (), ("Cuban",), ("Havana",)),
    _country("Chile", (), ("Chilean",), ()),
    _country("Peru", (), ("Peruvian",), ()),
    _country("Uruguay", (), ("Uruguayan",), ("Montevideo",)),
    _country("Ecuador", (), ("Ecuadorian",), ("Quito",)),
    _country("Bolivia", (), ("Bolivian",), ()),
    _country("Nicaragua", (), ("Nicaraguan",), ("Managua",)),
    _country("Haiti", (), ("Haitian",), ("Port-au-Prince",)),
    _country("Panama", (), ("Panamanian",), ()),
    _country("Paraguay", (), ("Paraguayan",), ("Asunción",)),
    _country("Guyana", (), ("Guyanese",), ()),
    _country("Suriname", (), ("Surinamese",), ("Paramaribo",)),
    _country("Guatemala", (), ("Guatemalan",), ("Guatemala City",)),
    _country("Belize", (), ("Belizean",), ("Belmopan",)),
    _country("Honduras", (), ("Honduran",), ("Tegucigalpa",)),
    _country("El Salvador", (), ("Salvadoran", "Salvadorean"), ("San Salvador",)),
    _country("Costa Rica", (), ("Costa Rican",), ()),
    _country("Dominican Republic", (), ("Dominican",), ("Santo Domingo",)),
    _country("Jamaica", (), ("Jamaican",), ()),
    _country("Bahamas", (), ("Bahamian",), ()),
    _country("Trinidad and Tobago", (), ("Trinidadian",), ("Port of Spain", "Port-of-Spain")),
    _country("Barbados", (), ("Barbadian",), ("Bridgetown",)),
    _country("Antigua and Barbuda", ("Antigua",), ("Antiguan",), ()),
    _country("Saint Kitts and Nevis", ("St Kitts and Nevis", "St. Kitts and Nevis"), ("Kittitian",), ("Basseterre",)),
    _country("Dominica", (), (), ("Roseau",)),  # "Dominican" is the Dominican Republic's
    _country("Saint Lucia", ("St Lucia", "St. Lucia"), ("Saint Lucian",), ("Castries",)),
    _country(
        "Saint Vincent and the Grenadines", ("St Vincent and the Grenadines", "St. Vincent and the Grenadines"),
        ("Vincentian",), ("Kingstown",),
    ),
    _country("Grenada", (), ("Grenadian",), ()),
)

ORGANISATIONS: tuple[Entry, ...] = (
    Entry("European Union", "organisation", ("EU", "E.U.", "European Commission"), (), ("Brussels",)),
    Entry("NATO", "organisation", ("Nato", "North Atlantic Treaty Organization", "North Atlantic Alliance")),
    Entry("United Nations", "organisation", ("UN", "U.N.", "UN Security Council", "United Nations Security Council", "Security Council", "UN General Assembly", "General Assembly")),
    Entry("International Monetary Fund", "organisation", ("IMF",)),
    Entry("World Bank", "organisation"),
    Entry("World Trade Organization", "organisation", ("WTO",)),
    Entry("World Health Organization", "organisation", ("WHO",)),
    Entry("International Atomic Energy Agency", "organisation", ("IAEA",)),
    Entry("International Criminal Court", "organisation", ("ICC",)),
    Entry("African Union", "organisation", ("AU",)),
    Entry("OPEC", "organisation", ("Opec", "Organization of the Petroleum Exporting Countries",
                                   "Organisation of the Petroleum Exporting Countries")),
    Entry("OSCE", "organisation", ("Organization for Security and Co-operation in Europe",)),
    Entry("ASEAN", "organisation", ("Association of Southeast Asian Nations", "Asean")),
    Entry("Palestinian Authority", "organisation", ("Palestinian National Authority",)),  # which taggers read as a place
    Entry("Politburo", "organisation"),  # a ruling party's, which taggers read as a person
    Entry("Just Stop Oil", "organisation"),  # which taggers cut to "Oil"
)

# Central banks, which a tagger often misses or reads as a place ("European Central Bank" as LOC).
CENTRAL_BANKS: tuple[Entry, ...] = (
    Entry("Federal Reserve", "organisation", ("Fed", "U.S. Federal Reserve", "US Federal Reserve")),
    Entry("European Central Bank", "organisation", ("ECB",)),
    Entry("Bank of England", "organisation", ("BoE",)),
    Entry("Bank of Japan", "organisation", ("BOJ", "BoJ")),
    Entry("People's Bank of China", "organisation", ("PBOC", "PBoC")),
    Entry("Banque de France", "organisation", ("Bank of France",)),  # which taggers read as a person
    Entry("Bundesbank", "organisation"),
    Entry("Bank of Canada", "organisation", ("BoC",)),
    Entry("Reserve Bank of Australia", "organisation", ("RBA",)),
    Entry("Reserve Bank of India", "organisation", ("RBI",)),
    Entry("Swiss National Bank", "organisation", ("SNB",)),
    Entry("Bank of Italy", "organisation", ("Banca d'Italia",)),
    Entry("Bank of Spain", "organisation", ("Banco de España",)),
    Entry("Bank of Korea", "organisation", ("BOK",)),
)

# Parliaments known by a name of their own and chambers by their kind, which taggers read as people or places ("the
# Bundestag vote", "Lower House Speaker Hugo Motta").
LEGISLATURES: tuple[Entry, ...] = (
    Entry("Bundestag", "organisation"),
    Entry("Bundesrat", "organisation"),
    Entry("Knesset", "organisation"),
    Entry("State Duma", "organisation", ("Duma",)),
    Entry("Verkhovna Rada", "organisation", ("Rada",)),
    Entry("Sejm", "organisation"),
    Entry("Riksdag", "organisation"),
    Entry("Storting", "organisation", ("Stortinget",)),
    Entry("Folketing", "organisation", ("Folketinget",)),
    Entry("Dáil", "organisation", ("Dáil Éireann", "Dail")),
    Entry("Seanad", "organisation", ("Seanad Éireann",)),
    Entry("Oireachtas", "organisation"),
    Entry("Lok Sabha", "organisation"),
    Entry("Rajya Sabha", "organisation"),
    Entry("Majlis", "organisation"),
    Entry("Scottish Parliament", "organisation", ("Holyrood",)),  # by the seat's name, which taggers read as a person
    Entry("Northern Ireland Assembly", "organisation", ("Stormont",)),
    Entry("Senedd", "organisation", ("Welsh Parliament",)),
    Entry("Lower House", "organisation"),
    Entry("Upper House", "organisation"),
)

GROUPS: tuple[Entry, ...] = (
    Entry("Hamas", "group"),
    Entry("Hezbollah", "group"),
    Entry("Taliban", "group"),
    Entry("Houthis", "group", ("Houthi",)),
    Entry("Islamic State", "group", ("ISIS", "ISIL")),
    Entry("al-Qaeda", "group", ("al-Qaida", "Al Qaeda", "al Qaeda", "Al-Qaeda", "al Qaida")),
    Entry("Wagner Group", "group", ("Wagner",)),
    Entry("al-Shabaab", "group", ("Al-Shabaab", "al Shabaab", "Al Shabaab", "al-Shabab", "Al-Shabab", "Shabaab")),
    Entry("PKK", "group", ("Kurdistan Workers' Party",)),
)

# Parties whose members' name or adjective news text uses for the party ("Republicans", "Tory"). A demonym here is
# the party's adjective ("Republican senators"); the members' plural is one of its names ("Democrats").
PARTIES: tuple[Entry, ...] = (
    Entry("Republican Party", "organisation", ("GOP", "Republicans"), ("Republican",)),
    Entry("Democratic Party", "organisation", ("Democrats",), ("Democrat", "Democratic")),
    Entry("Labour Party", "organisation", ("Labour",)),
    Entry("Green Party", "organisation", ("Greens",)),
    Entry("Conservative Party", "organisation", ("Tories", "Conservatives"), ("Conservative", "Tory")),
    Entry("Liberal Democrats", "organisation", ("Lib Dems",), ("Liberal Democrat", "Lib Dem")),
    Entry("Liberal Party", "organisation", ("Liberals",), ("Liberal",)),  # Canada's and Australia's
    Entry("Labor Party", "organisation", ("Labor", "ALP")),  # Australia's and Israel's, which taggers read as a person
    Entry("Liberal Democratic Party", "organisation", ("LDP",)),  # Japan's, else split as Liberal + Democratic Party
    Entry("Alternative for Germany", "organisation", ("AfD",)),  # a mixed-case acronym that taggers miss
    Entry("Kuomintang", "organisation", ("KMT",)),  # which taggers read as a person
    Entry("Likud", "organisation"),
    Entry("Komeito", "organisation"),  # Japan's, which taggers read as a person
    Entry("Fidesz", "organisation"),  # which taggers read as a person
    Entry("Otzma Yehudit", "organisation", ("Jewish Power",)),  # which taggers read as a person
    Entry("Shas", "organisation"),  # and Israel's other parties, which taggers read as people
    Entry("United Torah Judaism", "organisation", ("UTJ",)),
    Entry("Yesh Atid", "organisation"),
    Entry("Yisrael Beytenu", "organisation"),
    Entry("Religious Zionism", "organisation", ("Religious Zionist Party",)),
    Entry("Blue and White", "organisation"),
    Entry("Die Linke", "organisation", ("Left Party",)),  # Germany's, which taggers read as a person
    Entry("France Unbowed", "organisation", ("La France Insoumise", "LFI")),  # which holds a country's name
    Entry("Reform UK", "organisation"),  # which holds a country's name and taggers often miss
    Entry("Fianna Fáil", "organisation", ("Fianna Fail",)),  # Ireland's, whose second word taggers drop
    Entry("Fine Gael", "organisation"),
    Entry("Sinn Féin", "organisation", ("Sinn Fein",)),
    Entry("Junts", "organisation", ("Junts per Catalunya", "Together for Catalonia")),  # Spain's, which taggers read
    Entry("Podemos", "organisation"),  # as people
    Entry("Sumar", "organisation"),
    Entry("Vox", "organisation"),
    Entry("Vooruit", "organisation"),  # Belgium's, which taggers read as people
    Entry("Vlaams Belang", "organisation"),
)

ENTRIES: tuple[Entry, ...] = COUNTRIES + ORGANISATIONS + CENTRAL_BANKS + LEGISLATURES + GROUPS + PARTIES

# Longer proper names that contain a country or capital but name something else.
NOT_ACTORS: tuple[str, ...] = (
    "Latin America", "South America", "North America", "Central America", "New Mexico", "Gulf of Mexico",
    "New Guinea", "Gulf of Guinea", "American Samoa", "Inner Mongolia", "Inner Mongolian", "Lake Chad", "Benin City",
    "Washington Post", "Washington state", "Moscow Times", "Kyiv Independent", "Kyiv Post",
    "Paris Agreement", "Paris Club", "China Daily", "Russia Today", "Jordan River", "Voice of America",
    "National Security Council", "Northern Ireland",
    "Social Democrats", "Social Democratic Party", "Christian Democrats", "Sweden Democrats", "Free Democrats",
    "New Democrats", "New Democratic Party",
    "Liberal Democratic Party", "Ministry of Labour", "Ministry of Labor", "Department of Labor", "Secretary of Labor",
    "Federation of Labor", "Health, Labor and Welfare", "Labor and Welfare",
    # Countries and capitals that hold another country's name: where they are no actor themselves ("Guinea-Bissau
    # President Umaro Embalo", "in Port of Spain") they still keep the shorter name out.
    "Papua New Guinea", "Equatorial Guinea", "Guinea-Bissau", "Democratic Republic of the Congo",
    "Democratic Republic of Congo", "Port of Spain", "Port-of-Spain", "Port Sudan",
)

# A country's name that is also a US state's: (what names the state's places or other states, what names the
# country's). Where a text names the state's and not the country's, the name is the state's ("Georgia's state Supreme
# Court" in a story from Atlanta, "the battleground states of Pennsylvania, Georgia and Arizona"), no actor.
STATE_NAMESAKES: dict[str, tuple[str, str]] = {
    "Georgia": (
        r"\bAtlanta\b|\bGa\.|\bSavannah\b|\bGeorgia['’]s state\b|\bstate of Georgia\b"
        r"|\b(?:Alabama|Florida|Tennessee|South Carolina|North Carolina|Pennsylvania|Michigan|Wisconsin|Arizona"
        r"|Nevada)\b",
        r"\bTbilisi\b|\bGeorgians?\b",
    ),
}

# Words a tagger may take for a name (adjectives, nationality nouns, markets and their benchmarks, currencies,
# products, common abbreviations); they name no actor of their own.
NOT_ACTOR_WORDS: tuple[str, ...] = (
    "European", "African", "Asian", "Arab", "Western", "Eastern", "Nordic", "Baltic", "Balkan", "Latin",
    "Latin American", "World",
    "Middle Eastern", "Transatlantic", "Soviet", "Islamic", "Muslim", "Christian", "Jewish", "Catholic", "Kurdish",
    "Sunni", "Shia", "Shiite",
    "English", "Scottish", "Welsh", "Catalan", "Basque", "Flemish", "Bavarian", "Socialist", "Communist",
    "Independents", "Europeans", "Africans", "Asians", "Arabs", "Westerners", "Orthodox", "ultra-Orthodox",
    "Christians", "Orthodox Christians", "Muslims", "Catholics", "Protestants", "Jews", "Hindus", "Sikhs",
    "Dutchman", "Frenchman", "Englishman", "Irishman", "Scotsman", "Welshman", "Spaniard", "Briton", "Swede", "Dane",
    "Northern Irishman", "Dutchwoman", "Frenchwoman", "Englishwoman", "Irishwoman", "Scotswoman", "Welshwoman",
    "Wall Street", "Brent", "WTI", "Nasdaq", "Dow", "Dow Jones", "Nikkei", "FTSE", "Stoxx", "Hang Seng", "S&P 500",
    "Sensex", "CAC", "CAC 40", "Stoxx Europe", "Euro Stoxx", "DAX", "Topix", "Kospi", "Merval", "Bovespa", "Ibovespa",
    "Wimbledon", "Roland Garros", "Masters", "Nasdaq Composite", "R&B", "Big Tech", "Big Pharma", "Big Oil",
    "Jury", "Fact", "Rights", "Industry",  # "Fact check: …", "Jury hears …", "Rights groups …", "Industry groups …"
    "God",
    "Yom Kippur", "Rosh Hashanah", "Passover", "Hanukkah", "Ramadan", "Eid", "Eid al-Fitr", "Eid al-Adha", "Diwali",
    "Christmas", "Easter", "Thanksgiving", "Lent",
    "Chrome", "iPhone", "iPhones", "iPad", "iPads", "Android", "Windows", "ChatGPT",
    "Sterling", "Grand Slam", "Grand Slams", "MPs", "MEPs", "MSPs", "Oscars", "Emmys", "Grammys", "Golden Globes",
    "Baftas", "BAFTAs", "Brexit", "Ashes", "World No",
    "Nobel", "AI", "A.I.", "TV", "GDP", "CEO", "IPO", "ESG", "EV", "EVs", "DACA", "GED", "EDM", "COVID", "COVID-19",
    "Covid", "Covid-19", "HIV", "AIDS", "GPU", "GPUs", "CPU", "CPUs", "LLM", "LLMs", "GDPR", "Hepatitis B",
    "Hepatitis C", "Ebola", "Mpox", "Zika",
    "Korean", "VAT", "GST", "Allied", "Human-rights", "Achilles", "Ministers", "Deputies", "Oil", "Gold", "Copper",
    "Test", "West Texas Intermediate", "Model",  # "Model Y"
    "KCMG", "GCMG", "CMG", "KCVO", "GCVO", "CVO", "LVO",  # honours
    # forms of address ("His Majesty had asked"), the UK's "Budget", a transcript's cues ("SOUNDBITE", "(LAUGHTER)",
    # "[CROSSTALK]"), trade pacts
    "Majesty", "His Majesty", "Her Majesty", "Excellency", "His Excellency", "Her Excellency", "Holiness",
    "His Holiness", "Highness", "Royal Highness", "Royal", "Budget", "SOUNDBITE", "LAUGHTER", "APPLAUSE", "CROSSTALK",
    "INAUDIBLE", "COMMERCIAL BREAK", "COMMERCIAL", "BEGIN VIDEO CLIP", "END VIDEO CLIP", "USMCA", "NAFTA", "JCPOA",
    # places a tagger reads as people
    "Khan Younis", "Kerem Shalom", "Zikim", "Beit Lahia", "Beit Hanoun", "Jabalia", "Deir al-Balah", "Nuseirat",
    "El Fasher", "El Obeid", "Omdurman", "Kadugli", "Babanusa", "Tawila", "Deir ez-Zor", "Debre Markos",
    # regions a tagger reads as actors
    "Sahel", "Tigray", "Amhara", "Oromia", "Afar", "Darfur", "Kordofan", "Donbas", "Kashmir",
    "Karabakh", "Nagorno-Karabakh",
    # peoples and their languages ("Obi, who switched between Igbo and English")
    "Igbo", "Yoruba", "Hausa", "Fulani",
)

# Companies whose names end in 's, which is no possessive ("Moody's said", "McDonald's sales").
POSSESSIVE_NAMES: tuple[str, ...] = (
    "Moody's", "McDonald's", "Sotheby's", "Christie's", "Macy's", "Kellogg's", "Lloyd's", "Sainsbury's", "Barron's",
    "Domino's", "Wendy's", "Lowe's", "Kohl's", "Dillard's", "Denny's", "Levi's", "Dunkin'", "Trader Joe's",
)

# Last words of a name that make it a law, treaty, prize or index, which a tagger may take for an organisation
# ("Digital Markets Act", "New START Treaty", "Nobel Peace Prize", "Bloomberg Commodity Index").
DOCUMENT_WORDS: tuple[str, ...] = (
    "Act", "Bill", "Law", "Treaty", "Agreement", "Accord", "Accords", "Directive", "Regulation", "Protocol",
    "Convention", "Charter", "Amendment", "Prize", "Award", "Medal", "Creed", "Index",
)

# Lowercase nouns that make the tagged name before them a place ("the Rafah crossing", "the Kursk region", "the Runcorn
# and Helsby by-election").
PLACE_NOUNS: tuple[str, ...] = (
    "crossing", "border", "region", "province", "district", "airport", "port", "strait", "valley", "peninsula",
    "jail", "prison", "by-election", "hospital", "refinery", "state line", "field office",
)

# Lowercase nouns that make the tagged name before them a product, a programme or an index, not an actor ("its
# Starship rocket", "the Artemis programme", "the S&P IPSA index"); not "chips" or "phones", which follow their
# makers' names too ("Nvidia chips").
PRODUCT_NOUNS: tuple[str, ...] = (
    "rocket", "rockets", "booster", "spacecraft", "capsule", "mission", "landing", "programme", "program", "project",
    "vaccine", "vaccines", "console", "consoles", "platform", "chatbot", "browser", "missile", "missiles", "satellite",
    "telescope", "index", "rover", "probe", "orbiter", "lander", "feature", "features", "tool", "tools",
)
# Lowercase nouns after an owner's possessive that make the name between them a product ("its H20 chip", "Apple's Siri
# voice assistant"); not "jets" or "cars", which an airline or a buyer owns by their makers' names.
OWNED_PRODUCT_NOUNS: tuple[str, ...] = (
    "chip", "chips", "processor", "processors", "assistant", "headset", "smartphone", "app", "model", "models",
    "software",
)
# Lowercase nouns that make the name after them a product ("its obesity drug CagriSema", "the cruise missile Taurus",
# "the maker of KitKat and Nescafé").
PRODUCT_KINDS: tuple[str, ...] = (
    "drug", "drugs", "vaccine", "medicine", "pill", "jab", "missile", "missiles", "rocket", "spacecraft", "capsule",
    "satellite", "telescope", "brand", "brands", "maker of", "makers of", "voice assistant", "AI assistant",
    "digital assistant", "chatbot",
)

# Last words of a place's name that a tagger may read as an organisation's ("Emirates Stadium", "Heathrow Airport")
# or, but for Street, Bridge and Square, which end surnames too, a person's ("John A. Macdonald Building").
PLACE_NAME_ENDINGS: tuple[str, ...] = (
    "Stadium", "Arena", "Airport", "Square", "Avenue", "Bridge", "Basilica", "Cathedral", "Mosque", "Shrine",
    "Pipeline", "Street", "Road", "Boulevard", "Building",
)

# Last words of a place's name that a tagger may read as a person's or an organisation's ("Second Thomas Shoal", "the
# Thomas W.L. Ashley U.S. Courthouse"); not "Bay", "Lake" or "Strait", which end people's names too (Michael Bay,
# George Strait).
GEOGRAPHY_NAME_ENDINGS: tuple[str, ...] = (
    "Shoal", "Reef", "Island", "Islands", "Sea", "Gulf", "Canal", "River", "Mountains", "Desert", "Peninsula", "Atoll",
    "Archipelago", "Courthouse",
)

# Last words of an event's name that a tagger may read as an organisation's or a person's ("Eras Tour", "World Cup");
# not "Games", which ends companies' names too ("Epic Games"). After a short form in capitals the name is a body's
# ("PGA Tour").
EVENT_NAME_ENDINGS: tuple[str, ...] = (
    "Tour", "Cup", "Open", "Festival", "Summit", "Championship", "Championships", "Olympics", "Awards", "Expo",
    "Marathon", "Trophy", "Finals", "Games", "War", "Prix",
)

# Lowercase nouns between a sentence's first word and a name, which make that word a description of the name
# ("Consumer group BEUC", "Rights group Amnesty International").
DESCRIBING_NOUNS: tuple[str, ...] = (
    "group", "body", "firm", "company", "giant", "watchdog", "organisation", "organization", "chain", "retailer",
    "daily", "newspaper", "weekly", "tabloid", "broadcaster", "magazine",
)

# Letters after a person's name for an office or an honour, no part of the name ("Rebecca Hall KC", "Jo Smith MP").
POST_NOMINALS: tuple[str, ...] = ("KC", "QC", "SC", "MP", "MSP", "MS", "MLA", "MEP", "OBE", "CBE", "MBE", "KBE", "DBE")

# Words that open sentences and are no surname, which a tagger's stray name may end with ("God Quench My").
DETERMINERS: tuple[str, ...] = ("My", "Our", "Your", "Their", "Its", "Me", "Us", "Them")

# Capitalised words a tagger may mistake for names at the start of a sentence: never actors on their own.
NOT_NAME_WORDS: tuple[str, ...] = (
    *DETERMINERS,
    "Nobody", "Everybody", "Everyone", "Someone", "Somebody", "Anyone", "Anybody", "No one", "None", "Nothing",
    "Everything", "Something", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
    "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan.", "Feb", "Feb.", "Aug", "Aug.", "Sept", "Sept.", "Oct", "Oct.", "Nov", "Nov.", "Dec", "Dec.",
    "What", "Who", "Why", "How", "Where", "When", "Which",  # a question as a heading: "What happened?"
    "No", "Yes",
    # a field, a trade or a kind of people opening a sentence before its noun, which the tagger reads as a body
    # ("Aid groups warn", "Political analyst Meera Santhanam", "Lawmakers in Washington"); not a party's members
    # ("Liberals", "Greens"), a team ("Hawks") or a surname ("Young")
    "Aid", "Gaming", "Fashion", "Aerospace", "Healthcare", "Health", "Tech", "Technology", "Business", "Media",
    "Governance", "Retail", "Energy", "Shipping", "Insurance", "Climate", "Banking", "Finance", "Investment",
    "Automotive", "Pharmaceutical", "Pharma", "Mining", "Airline", "Aviation", "Education", "Housing", "Property",
    "Construction", "Transport", "Tourism", "Hospitality", "Telecom", "Telecoms", "Broadband", "Crypto", "Streaming",
    "Cyber", "Dairy", "Fishing", "Forestry", "Farming", "Manufacturing", "Semiconductor", "Software", "Wildlife",
    "Conservation", "Privacy", "Nursing", "Beauty", "Cosmetics", "Luxury", "Grain", "Food", "Music", "Film", "Science",
    "Research", "Sports", "Football", "Cricket", "Rugby", "Satellite", "Currency", "Market", "Stock", "Startup",
    "Political", "Humanitarian", "Military", "Federal", "Local", "Regional", "Global", "Domestic", "Environmental",
    "Legal", "Diplomatic", "Civil", "Community", "Religious", "Medical", "Judicial", "Parliamentary", "Congressional",
    "Financial", "Digital", "Social", "Online", "Public", "Private", "Nuclear", "Solar",
    "Lawmakers", "Legislators", "Campaigners", "Activists", "Farmers", "Hackers", "Militants", "Insurgents",
    "Separatists", "Royalists", "Monarchists", "Populists", "Moderates", "Hardliners", "Reformists", "Centrists",
    "Leftists", "Rightists", "Investors", "Analysts", "Economists", "Protesters", "Demonstrators", "Residents",
    "Critics", "Officials", "Experts", "Diplomats", "Voters", "Workers", "Shareholders", "Bondholders", "Creditors",
    "Traders", "Doctors", "Nurses", "Teachers", "Students", "Parents", "Refugees", "Migrants", "Settlers", "Fighters",
    "Troops", "Soldiers", "Scientists", "Researchers",
)

# Given names that tell a person's gender (for he/she): common in English-language news, across languages. Left
# out: names borne by men and women alike in English or in the languages they come from (Alex, Jordan, Taylor,
# Kim, Jean, Andrea, Nicola, Sasha, Robin, Leslie, Ashley, Dana, Noor, Chris, Kelly, Charlie; Kristen, a man's
# name in Estonia; Karen, in Armenia; Simone, in Italy).
_MALE_GIVEN = """
aaron abdallah abdel abdelaziz abdul abdulaziz abdulla abdullah abdulrahman abiy abraham adam adrian ahmad ahmed
ahmet ajay akhilesh akira alan alar alastair albert alberto alejandro aleksandr aleksei alessandro alexander
alexandre alexei alfred algirdas ali alistair alvaro amir amit anatoly anders andre andreas andrei andres andrew andrii
andriy angelo anies anthony antonio antony anwar arnold arthur arturs arun arvind arvydas ashraf asif asim attaullah
avi bashar ben benjamin benny benoit bernard bernie bilawal bill billy bob bobby bola boris boyko brad bradley
brandon brendan brett brian bruce bruno bryan carl carlo carlos cesar charles christian christoph christopher chuck
clarence claude clive colin connor craig cyril daisuke damian dan daniel danny dave david dean denis dennis derek
diego diosdado dmitri dmitry dmytro dominic donald doug douglas dwight ed eddie edgar edgars edmund edmundo edouard
eduardo edward elon emmanuel emmerson emre enrico enrique eric erik ernest ernesto esteban ethan eugene evan evo
fabio faisal farid fatih felipe felix ferdinand fernando flavio francesco francis francisco francois frank franz fred
frederick friedrich fumio gabriel gabrielius gary gavin geoffrey george georgi gerald gerard gerhard gianni giorgio
giorgos giovanni gitanas giuseppe gonzalo goodluck gordon graham greg gregory guillermo gustavo gwede hakainde hakan
hakeem hamid hamza hans harold harry harvey hassan hayato heinrich henry herbert hernan hiroshi hosni howard hugh hugo
humberto hussein ian ibrahim ichiro ignacio igor ilham ilya imran isaac ismail ivan jack jacob jair jake james
jannik jared
jaroslaw jason javier jay jean-claude jean-luc jean-paul jeff jeffrey jejomar jens jeremy jerome jerry jesse jesus
jim jimmy joachim joaquin joe joel johan johann john johnny joko jon jonathan jorge jose josef joseph josh joshua
juan julian julio julius junichiro juri justin kamal karim karl kassym-jomart katsunobu kazuo keir keith kemal ken
kenji kenneth kestutis kevin kgalema khalid kirill klaus konstantin kostas krisjanis kurt kyrylo larry lars laurent
lawrence lazarus leon leonardo lewis linas lionel lloyd louis luca lucas luigi luis luiz lukas luke mahathir mahmood
mahmoud malcolm mamady manuel marc marcel marcelo marco marcus mario mark martin marvin massimo mateusz matt matteo
matthieu mathieu matthew matthias maurice mauricio max maxim mehmet mevlut michael michel miguel mike mikel mikhail
milorad milos
mitch mohamed mohammad mohammed mostafa muhammad muhammadu muhyiddin mustafa mykhailo najib narendra nathan nawaz
nayib neil nicholas nick nicolas nigel nikolai nikolay nikos noah nobuo norman olaf oleg oleksandr oleksiy oliver
olivier omar omer oscar otto ozgur pablo paolo patrick paul pavel pedro pep peter petr petro phil philip philippe pierre
pieter pietro prabowo radoslaw rafael rahul raila raj ralph ramon ramzan randy raul ray raymond recep reza ricardo
richard rick rob robert roberto rodrigo roger roman ron ronald roy rudolf rupert russell rustem ryan saad salman
samuel sanjay santiago scott sean sebastian sebastien selahattin serge sergei sergey sergio shane shavkat shehbaz
shigeru shinjiro shintaro shinzo sigmar simon stanley stefan stefano stephen steve steven stuart sven takeshi tariq
tayyip ted thabo thaksin thierry thomas tim timothy tobias todd tom tomasz tommy tomohiro tony toomas toshimitsu
travis tyler uhuru umar urmas vadym valentin valery victor viktor vincent vitali vitaly vivek vladimir vladislav
volodymyr vyacheslav vytautas wael walter warren wayne werner wes wesley william willie wolfgang xavier yannick
yaroslav yasser yasuo yevgeny yilmaz yoshihide yoshimasa yoshiro yossi youssef yoweri yuri yusuf zach zachary
zbigniew zoran
gianfranco giancarlo guido silvio ignazio gianluca pierluigi mukesh anil akash anant gautam sunil ratan piyush nitish
ranbir shubman amitabh sachin zaheer karan ranveer virat rohit aamir hrithik nitin ashwin jasprit hardik liam darnell
holger
""".split()
_FEMALE_GIVEN = """
abigail ada adriana agnes agnieszka aisha akiko alexandra alexandria alice alicia alina alison allison amanda amber
amelia amy ana anastasia angela angelina anita ann anna annalena anne annette antonia aryna ashley ayanna barbara beata
beatrice beatriz becky betty beverly brenda bridget brigitte brittany camila carla carmen carol carolina caroline cate
catherine cecilia charlotte chelsea cheryl christina christine cindy claire clara claudia coco colleen cristina cynthia
dalia daniela danielle daphne deborah debra denise diana diane dilma dina donna doris dorota dorothy edith eleanor elena
elisabeth elise eliza elizabeth ella ellen elly elsa emily emma erica erika esther eva evelyn evika ewa fatima fiona
florence frances francesca gabriela gabrielle gina giorgia gloria grace greta gretchen hanna hannah haruka heather heidi
helen helena hillary iga ilaria ilhan ingrid ingrida irene iris isabel isabella ivanka ivanna jacinda jacinta jacqueline
jane janet janice jeannette jennifer jenny jessica jill joan joanna jodi jolanta josephine joyce judith judy julia
julie juliet
justine kaja kamala karen karin karoline katarina kate katherine kathleen kathryn kathy katie katrin keiko kersti
kholood
kimberly kirsten kristalina kristi kristin kristina kyoko laura laure lauren leah linda lisa liz liza lucy ludmila lydia
madeleine
magdalena maite margaret margarethe margot maria marianne marie mariko marina marine marisa marjorie martha mary maya
mayumi megan melania melanie melissa meredith mette mia michelle mikaela miriam molly monica nadia nadine nancy naomi
natalia natalie natasha ngozi nicole nikki nina nora noriko olena olga olivia paetongtarn pamela patricia paula pauline
penny petra priti rachel rachida rashida rebecca regina rita roberta robyn rosa rosalynn rose ruth sabine sahra
samantha sanae
sandra sara
sarah seiko sharon sheila shirley silvia sonia sophia sophie stephanie suella susan susanne sushila susie sussan suzanne
svetlana sylvia tamara tanya teresa theresa tiffany tina tomoko tulsi ulrike ursula valentina valerie vanessa vera
veronica victoria violeta virginia wendy whitney xiomara yingluck yoko yolanda yuko yulia yuliya yuriko yvette yvonne
zoe
arianna ginevra chiara isha nita priyanka mamata nirmala smriti droupadi
alia deepika katrina anushka aishwarya kareena madhuri mithali
""".split()
GIVEN_NAME_GENDERS: dict[str, str] = {**{n: "m" for n in _MALE_GIVEN}, **{n: "f" for n in _FEMALE_GIVEN}}

# English short forms of given names, with the names they shorten: "Dan Okafor" is the "Daniel Okafor" of a call's
# participants list, "Meg Lindqvist" its "Margaret Lindqvist".
SHORT_GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "dan": ("daniel",), "danny": ("daniel",), "tom": ("thomas",), "tommy": ("thomas",), "meg": ("margaret",),
    "maggie": ("margaret",), "peggy": ("margaret",), "bill": ("william",), "will": ("william",),
    "billy": ("william",), "bob": ("robert",), "rob": ("robert",), "bobby": ("robert",), "jim": ("james",),
    "jimmy": ("james",), "mike": ("michael",), "dave": ("david",), "steve": ("steven", "stephen"),
    "joe": ("joseph",), "ben": ("benjamin",), "sam": ("samuel", "samantha"), "andy": ("andrew",),
    "tony": ("anthony", "antony"), "nick": ("nicholas", "nicolas"), "matt": ("matthew",),
    "pat": ("patrick", "patricia"),
    "liz": ("elizabeth",), "beth": ("elizabeth",), "kate": ("katherine", "catherine", "kathryn"),
    "katie": ("katherine", "catherine", "kathryn"), "jen": ("jennifer",), "jenny": ("jennifer",), "sue": ("susan",),
    "ed": ("edward",), "ted": ("edward",), "rick": ("richard",), "rich": ("richard",), "dick": ("richard",),
    "greg": ("gregory",), "jeff": ("jeffrey",), "tim": ("timothy",), "jon": ("jonathan",), "nate": ("nathan",),
    "pete": ("peter",), "phil": ("philip", "phillip"), "ron": ("ronald",), "don": ("donald",), "larry": ("lawrence",),
    "jerry": ("gerald",), "fred": ("frederick",), "charlie": ("charles",), "chuck": ("charles",), "hal": ("harold",),
    "alex": ("alexander", "alexandra"), "chris": ("christopher", "christine", "christina"), "vicky": ("victoria",),
    "becky": ("rebecca",), "abby": ("abigail",), "mandy": ("amanda",), "jess": ("jessica",), "nicky": ("nicola",),
}

# Chinese and Korean family names, written first in names like "Xi Jinping", "Lai Ching-te" and "Kim Jong Un"
# (pinyin, Wade-Giles, Hong Kong and Korean spellings). Left out: Vietnamese names (the news calls "To Lam" Lam) and
# family names that are also English words or begin place names (He, Oh, Song, Moon, Park, Fan, Han, Hong).
FAMILY_FIRST_SURNAMES: frozenset[str] = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo gao lin luo zheng liang xie tang feng deng cao
peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng wei su lu ding ren shen yao fu zhong cui tan qin dai xi
wen bo kong mao qian bai hou meng duan lei fang shi jia xia yan zou wan ji hua gu yin qiao wong chan cheung leung
lam chow tsang tsai lai ko chiang hsu chang chu kuo lien soong hsieh yeh chao lee kim choi jung chung kang cho yoon
yun jang lim seo shin kwon hwang ahn yoo jeon bae baek heo nam noh roh jeong ri choe park han moon ban hong oh song
ryu jo ha min xue qi fan shao
""".split())

# Titles and roles: they precede a name ("Foreign Minister Andrii Sybiha") or stand for a person ("the minister").
TITLES: tuple[str, ...] = (
    "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister", "Minister",
    "Foreign Minister", "Ayatollah",
    "Defence Minister", "Defense Minister", "Economy Minister", "Finance Minister", "Interior Minister",
    "Secretary", "Secretary of State", "Secretary-General", "Secretary General", "Treasury Secretary",
    "Defense Secretary", "Foreign Secretary", "Chancellor", "Vice Chancellor", "Vice-Chancellor", "Treasurer",
    "Taoiseach", "Tánaiste", "special envoy",
    "envoy", "ambassador", "Special Rapporteur", "rapporteur",
    "chair", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "National Security Adviser", "Senator", "Sen.", "Sens.", "Representative", "Rep.", "Reps.", "Governor", "Mayor",
    "Speaker",
    "King", "Queen", "Crown Prince", "Prince", "Princess", "Duchess", "Emir", "Sheikh", "Pope", "General", "Gen.",
    "Admiral",
    "commander", "chief", "leader", "opposition leader", "Majority Leader", "Minority Leader", "negotiator", "lawmaker",
    "MP", "MK", "PM", "CM", "TD", "Ceann Comhairle", "Alhaji", "Alhaja",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Baroness", "Justice",
    "Datuk", "Datuk Seri", "Dato'", "Datin",  # Malaysia's honorifics; not "Tan Sri", whose words are names too
    "Monsieur", "Madame", "Cllr", "Councillor", "Fr", "Fr.", "DCI", "Deputy",  # not "DI": casefolded, a particle
    "Chief Justice", "Judge", "Commissioner", "Director", "Director General", "Director-General", "Attorney General",
    "Colonel", "Col.", "Lieutenant", "Lt.", "Brigadier", "Major General", "Captain", "Sergeant", "Marshal",
    "Field Marshal", "Sheriff", "Inspector", "Chief Inspector", "Detective", "Detective Chief Inspector",
    "Superintendent", "Chief Constable", "Professor", "Prof.", "Rabbi", "Archbishop", "Cardinal", "Reverend", "Rev.",
    "Councilmember", "Council Member", "Councilman", "Councilwoman", "Alderman", "Alderwoman", "Assemblyman",
    "Assemblywoman", "Assembly Member", "Premier", "Gov.", "Lt. Gov.", "Lieutenant Governor", "Maj.", "Maj. Gen.",
    "Lt. Gen.", "Brig. Gen.", "Adm.", "Vice Adm.",
    "Rear Adm.", "Capt.", "Cmdr.", "Sgt.", "Cpl.", "Pvt.", "Supt.", "Det.", "Insp.",
    # the same without their dots, as British papers write them ("Gen Mohamed Hamdan Dagalo", "Det Insp Jane Ray")
    "Gen", "Lt Gen", "Maj Gen", "Brig", "Col", "Lt Col", "Capt", "Maj", "Sgt", "Cpl", "Supt", "Insp", "Det", "Det Insp",
    "Det Supt", "Prof", "Rev", "Adm", "Sens", "Reps",
)  # not "Bishop" or "Constable", surnames too ("Rep. Rob Bishop")

# Titles and family nouns ("his wife, Rosalynn") that tell a person's gender (for he/she).
GENDERED_TITLES: dict[str, str] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "chairman": "m", "chairwoman": "f",
    "spokesman": "m", "spokeswoman": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f", "duchess": "f", "sir": "m", "dame": "f",
    "lord": "m", "baroness": "f", "wife": "f", "husband": "m", "widow": "f", "widower": "m", "mother": "f",
    "father": "m", "daughter": "f", "son": "m", "sister": "f", "brother": "m", "fiancée": "f", "fiancé": "m",
}

# Nouns that, after "the" and before a speech verb, stand for the person named last ("the seven-time champion said").
EPITHET_NOUNS: tuple[str, ...] = (
    "champion", "veteran", "striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "quarterback",
    "pitcher", "captain", "skipper", "rookie", "teenager", "billionaire", "tycoon", "singer", "actor", "actress",
    "rapper", "star", "cleric", "prosecutor", "spinner", "bowler", "batter", "batsman", "opener", "all-rounder",
    "wicketkeeper", "player", "fly-half", "scrum-half", "MP", "lawmaker", "congressman", "congresswoman", "Republican",
    "Democrat", "general", "commissioner", "manager", "head coach", "coach", "boss", "diplomat", "leader", "full-back",
    "fullback", "jockey", "trainer", "golfer", "rider", "sprinter", "swimmer", "boxer", "grandmaster", "prince",
)

# The US states, which a tagger may read as people ("a Tennessee law"): never a person.
US_STATES: tuple[str, ...] = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)

# Nouns for one person of a country that are not its demonym ("the Spaniard said"), with the country.
NATIONALITY_NOUNS: dict[str, str] = {
    "Dutchman": "Netherlands", "Dutchwoman": "Netherlands", "Frenchman": "France", "Frenchwoman": "France",
    "Englishman": "United Kingdom", "Englishwoman": "United Kingdom", "Scotsman": "United Kingdom",
    "Scotswoman": "United Kingdom", "Welshman": "United Kingdom", "Welshwoman": "United Kingdom",
    "Northern Irishman": "United Kingdom", "Irishman": "Ireland", "Irishwoman": "Ireland", "Spaniard": "Spain",
    "Swede": "Sweden",
}

# Lowercase words before a title that belong to it ("special envoy", "foreign policy chief").
TITLE_MODIFIERS: tuple[str, ...] = (
    "special", "deputy", "former", "acting", "top", "senior", "chief", "foreign", "policy", "defence", "defense",
    "economy", "finance", "interior", "trade", "national", "security", "presidential",
)

# Every word of a title or its modifiers, lowercase without dots ("minister", "sen", "special").
TITLE_WORDS: frozenset[str] = frozenset(w.casefold().strip(".") for t in TITLES + TITLE_MODIFIERS for w in t.split())

# What a person does, named before the name like a title but not one ("Arsenal manager Mikel Arteta told
# reporters", "Assistant U.S. Attorney Danielle Sassoon said"): only for finding a quote's speaker.
JOB_NOUNS: tuple[str, ...] = (  # beside TITLES ("captain", "judge", "professor" are there)
    "manager", "coach", "head coach", "striker", "midfielder", "defender", "goalkeeper", "player", "attorney",
    "prosecutor", "lawyer", "executive", "chief executive", "founder", "economist", "analyst", "strategist",
    "researcher", "scientist", "official", "councillor", "councilor", "candidate", "activist", "organiser",
    "organizer", "correspondent", "editor", "historian", "officer", "co-director", "co-founder", "pollster",
    "frontman", "frontwoman",
)

# Nouns for a person that the text ties to a name with an appositive ("her daughter, Anna Reed", "His lawyer, Marc
# Agnifilo"): after that, "her daughter" and "the lawyer" are that person. Left out: nouns a text uses of several
# people (deputy, successor, rival, friend, aide...).
PERSON_NOUNS: tuple[str, ...] = (
    "daughter", "son", "wife", "husband", "widow", "widower", "mother", "father", "brother", "sister", "fiancée",
    "fiancé", "lawyer", "attorney", "doctor", "agent", "manager", "coach", "publicist", "biographer",
)

# Roles that stand only for a person the text gives that title ("the judge" is Judge Arun Subramanian, "the spokesman"
# Kremlin spokesman Dmitry Peskov): the person named last may be the one on trial or the one spoken for.
TITLED_ROLES: tuple[str, ...] = ("judge", "spokesman", "spokeswoman", "spokesperson")
# Roles that stand for a person after "the" ("the minister said").
ROLES: tuple[str, ...] = (
    "president", "vice president", "vice-president", "prime minister", "minister", "foreign minister", "secretary",
    "secretary of state", "secretary-general", "secretary general",
    "chancellor", "envoy", "special envoy", "ambassador", "chair",
    "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "senator", "governor", "mayor",
    "premier", "king", "queen", "commissioner", "director general", "director-general", "attorney general",
    "pope", "pontiff", "treasurer", "taoiseach", "crown prince", "emir", "majority leader", "minority leader",
    "cardinal", "archbishop",
    *TITLED_ROLES,
)
# Roles that stand for a title they do not spell ("the pontiff" is the person named "Pope …").
ROLE_TITLES: dict[str, str] = {"pontiff": "pope", "vice-president": "vice president"}

# Nouns that, after "the", stand for the organisation last named with that last word ("the agency" after the
# International Energy Agency, "the Commission" after the European Commission).
ORGANISATION_NOUNS: frozenset[str] = frozenset("""
    agency alliance assembly authority bank board bureau commission committee company corporation council court
    department federation forum foundation fund group institute ministry network office organisation organization
    palace parliament party tribunal union university
""".split())

# Nouns that, after "the", stand for the company last named in that paragraph or the one before ("the company"
# after Google, "the group" after Amnesty International), unless an organisation named with that noun ("Manitowoc
# Company", or for "the group" an armed group) came first: an organisation outside this gazetteer, no news outlet,
# whose names end in no word of PUBLIC_BODY_WORDS.
COMPANY_NOUNS: frozenset[str] = frozenset("""
    company firm group carmaker automaker planemaker chipmaker airline carrier retailer lender bank insurer startup club
""".split())
# Last words of public bodies' names: the organisation nouns a company's name does not end in, and more.
PUBLIC_BODY_WORDS: frozenset[str] = ORGANISATION_NOUNS - {"company", "corporation", "group", "bank", "fund"} | frozenset(
    """
    congress senate house government police army navy military guard command forces chiefs university school
    hospital church caucus cabinet administration center centre foundation society association observatory
    programme program corps league branch
    """.split()
)
# Words of a name spelled out before its short form in brackets that make it an organisation even where the tagger
# missed it ("Rapid Support Forces (RSF)", "Federal Bureau of Investigation (FBI)"; not "Consumer Price Index (CPI)").
BODY_NAME_WORDS: frozenset[str] = ORGANISATION_NOUNS | PUBLIC_BODY_WORDS | frozenset("""
    corps front movement coalition network service services brigades panel programme program association
    foundation society centre center observatory community
""".split())
NEWS_OUTLETS: tuple[str, ...] = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "CNN", "BBC", "Fox News", "NBC",
    "CBS", "ABC", "Al Jazeera", "Xinhua", "TASS", "Interfax", "RIA Novosti", "New York Times", "Wall Street Journal",
    "Financial Times", "Guardian", "Axios", "Politico", "Washington Post", "New Yorker", "Anadolu", "Yonhap", "Kyodo",
    "NHK", "ANSA", "EFE", "dpa", "Deutsche Welle", "Euronews", "Sky News", "NPR", "PBS", "MSNBC", "CNBC", "USA Today",
    "Los Angeles Times", "Newsweek", "Economist", "Telegraph", "Der Spiegel", "Le Monde", "Le Figaro", "El País",
    "Haaretz", "Times of Israel", "Kyiv Independent", "Ukrinform", "Ukrainska Pravda", "Kommersant", "Meduza", "RT",
    "Sputnik", "Global Times", "South China Morning Post", "Nikkei Asia", "Times of India", "Al Arabiya", "Semafor",
    "WAM", "Saudi Press Agency", "IRNA", "KCNA", "Bernama", "Antara", "Tasnim", "Fars", "Kicker", "Bild", "L'Équipe",
    "L'Equipe", "Marca", "Gazzetta dello Sport", "Corriere della Sera", "La Repubblica", "Süddeutsche Zeitung",
    "Frankfurter Allgemeine Zeitung", "Cadena SER", "Sky Sports", "Irish Times", "RTÉ", "RTE",
)

# Firms named after people, which taggers read as people ("Thomas Beck with Morgan Stanley", "Eli Lilly said").
FIRMS_NAMED_FOR_PEOPLE: tuple[str, ...] = (
    "Morgan Stanley", "J.P. Morgan", "JP Morgan", "JPMorgan", "JPMorgan Chase", "Goldman Sachs", "Charles Schwab",
    "Raymond James", "Piper Sandler", "Merrill Lynch", "Edward Jones", "Wells Fargo", "Cantor Fitzgerald",
    "William Blair", "Eli Lilly", "Johnson & Johnson", "Procter & Gamble", "Ernst & Young", "Baker McKenzie",
    "Barclays", "Lloyds", "Deloitte", "McKinsey", "Bloomberg", "Rolls-Royce", "Mercedes-Benz", "Ferrari",
    "Louis Vuitton", "Christian Dior", "Christian Dior Couture", "Dior", "Moët Hennessy", "Loro Piana", "Fendi",
    "Celine", "Givenchy", "Yves Saint Laurent", "Saint Laurent", "Hermès", "Chanel", "Prada", "Balenciaga",
    "Hugo Boss", "Estée Lauder", "L'Oréal",  # not designers the news still names as people (Tommy Hilfiger)
    "Boeing", "Tesla", "Disney", "Porsche", "Siemens", "Philips", "Heineken", "Michelin", "Renault", "Lamborghini",
    "Maserati", "Bugatti", "Chrysler", "Marriott", "Kellogg", "Cadbury", "Nestlé", "Hewlett-Packard",
    "Grant Thornton", "Andreessen Horowitz", "Kleiner Perkins",
    # not the names of firms that other people the news names bear (Ford, Dyson, Hilton, Dell)
)

# Nouns that, after "the", stand for the armed group last named, whatever its name ("the group" after Hamas).
GROUP_NOUNS: frozenset[str] = frozenset({"group", "militia"})
# Adjectives that may stand between "the" and such a noun ("the militant group", "the armed group").
GROUP_ADJECTIVES: tuple[str, ...] = ("militant", "armed", "rebel", "Islamist", "jihadist", "paramilitary", "extremist")

# Nouns that, after "the", stand for the central bank last named ("the central bank" after the Federal Reserve).
CENTRAL_BANK_NOUNS: frozenset[str] = frozenset({"central bank"})

# Lowercase nouns before "of", "for", "in" or "at" that make the name after it the body they speak for
# ("a spokesperson for the Coast Guard", "hardliners in the Freedom Caucus"), unlike "a critic of Trump".
MEMBER_NOUNS: frozenset[str] = frozenset("""
    head heads member members official officials lawmaker lawmakers legislator legislators hardliner hardliners
    representative representatives delegate delegates delegation diplomat diplomats negotiator negotiators
    spokespeople staff founder ceo executive executives counsel government ministry cabinet wing
""".split())

# Nouns that make a demonym name the state acting ("Russian missile attacks", "Ukrainian officials").
STATE_NOUNS: frozenset[str] = frozenset("""
    official officials government governments authorities administration leadership leader leaders president
    minister ministers ministry ministries side state regime military army forces force troops soldiers navy
    jets warplanes warships drone drones missile missiles rocket rockets artillery shelling strike strikes attack
    attacks offensive counteroffensive invasion occupation aggression bombardment bombing bombings negotiators
    negotiator mediators mediator delegation delegations diplomats diplomat diplomacy envoy envoys embassy intelligence parliament
    lawmakers legislators prosecutors police sanctions demands proposal proposals position response defences
    defenses units commanders command cabinet spokesman spokeswoman spokesperson agency agencies senators mps
""".split())
