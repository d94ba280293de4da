"""Word lists for the entities check: exonyms, usual French forms, titles, common words.

Written for quotecheck. Notation of :data:`EXONYMS` (English forms → French
forms, ``|`` between forms):

* a form in capitals (``NATO``, ``OTAN``, ``US``) is an acronym: it matches
  only in capitals, with or without dots (``US`` matches ``U.S.``);
* a form ending in ``*`` takes an inflection (``allemand*`` matches
  ``allemande``, ``allemands``, ``allemandes``);
* any other form matches without regard to case, accents, hyphens or
  apostrophes (``Maison Blanche`` matches ``Maison-Blanche``), and an English
  form also matches its plural in ``s``.

One entry is one entity: every English form of it is rendered faithfully by any
of its French forms (a country, its adjective, its demonym and, in news usage,
its capital as a metonym: ``Russia`` ↔ ``Moscou``).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

EXONYMS: dict[str, str] = {
    # --- countries and territories -------------------------------------------------
    "Afghanistan|Afghan": "Afghanistan|afghan*|Kaboul",
    "Albania|Albanian": "Albanie|albanais*",
    "Algeria|Algerian": "Algérie|algérien*|Alger",
    "Argentina|Argentine|Argentinian|Argentinean": "Argentine|argentin*",
    "Armenia|Armenian": "Arménie|arménien*",
    "Australia|Australian|Aussie": "Australie|australien*",
    "Austria|Austrian": "Autriche|autrichien*|Vienne",
    "Azerbaijan|Azerbaijani|Azeri": "Azerbaïdjan|azerbaïdjanais*|azéri*",
    "Bahrain|Bahraini": "Bahreïn|bahreïni*",
    "Bangladesh|Bangladeshi": "Bangladesh|bangladais*",
    "Belarus|Belarusian|Byelorussia": "Biélorussie|Bélarus|biélorusse*",
    "Belgium|Belgian": "Belgique|belge*",
    "Bolivia|Bolivian": "Bolivie|bolivien*",
    "Bosnia|Bosnian|Bosnia and Herzegovina": "Bosnie|bosnien*|bosniaque*|Bosnie-Herzégovine",
    "Brazil|Brazilian": "Brésil|brésilien*|Brasilia",
    "Britain|Great Britain|British|Briton|Brit|UK|United Kingdom":
        "Grande-Bretagne|Royaume-Uni|britannique*|RU|Londres|anglais*|Angleterre",
    "Bulgaria|Bulgarian": "Bulgarie|bulgare*",
    "Cambodia|Cambodian": "Cambodge|cambodgien*",
    "Cameroon|Cameroonian": "Cameroun|camerounais*",
    "Canada|Canadian": "Canada|canadien*|Ottawa",
    "Chile|Chilean": "Chili|chilien*",
    "China|Chinese|PRC": "Chine|chinois*|Pékin|Beijing",
    "Colombia|Colombian": "Colombie|colombien*",
    "Congo|Congolese|DRC": "Congo|congolais*|RDC",
    "Croatia|Croatian|Croat": "Croatie|croate*",
    "Cuba|Cuban": "Cuba|cubain*|La Havane",
    "Cyprus|Cypriot": "Chypre|chypriote*",
    "Czech Republic|Czechia|Czech": "République tchèque|Tchéquie|tchèque*|Prague",
    "Denmark|Danish|Dane": "Danemark|danois*|Copenhague",
    "Dominican Republic|Dominican": "République dominicaine|dominicain*",
    "Ecuador|Ecuadorian": "Équateur|équatorien*",
    "Egypt|Egyptian": "Égypte|égyptien*|Le Caire",
    "England|English": "Angleterre|anglais*|Royaume-Uni|britannique*",
    "Eritrea|Eritrean": "Érythrée|érythréen*",
    "Estonia|Estonian": "Estonie|estonien*",
    "Ethiopia|Ethiopian": "Éthiopie|éthiopien*",
    "Finland|Finnish|Finn": "Finlande|finlandais*|finnois*",
    "France|French|Frenchman|Frenchwoman": "France|français*|Paris|Hexagone",
    "Georgia|Georgian": "Géorgie|géorgien*",
    "Germany|German": "Allemagne|allemand*|Berlin|RFA",
    "Ghana|Ghanaian": "Ghana|ghanéen*",
    "Greece|Greek": "Grèce|grec|grecque*|grecs|Athènes|hellénique*|gréco*",
    "Guinea|Guinean": "Guinée|guinéen*",
    "Haiti|Haitian": "Haïti|haïtien*",
    "Hungary|Hungarian": "Hongrie|hongrois*|Budapest",
    "Iceland|Icelandic|Icelander": "Islande|islandais*",
    "India|Indian": "Inde|indien*|New Delhi",
    "Indonesia|Indonesian": "Indonésie|indonésien*|Jakarta",
    "Sulawesi|Celebes": "Sulawesi|Célèbes",
    "Sumatra|Sumatran": "Sumatra",
    "Iran|Iranian|Persia|Persian": "Iran|iranien*|Téhéran|Perse|persan*",
    "Iraq|Iraqi": "Irak|Iraq|irakien*|iraquien*|Bagdad",
    "Ireland|Irish|Eire": "Irlande|irlandais*|Dublin",
    "Israel|Israeli": "Israël|israélien*|Jérusalem|État hébreu|hébreu",
    "Italy|Italian": "Italie|italien*|Rome",
    "Ivory Coast|Côte d'Ivoire|Ivorian": "Côte d'Ivoire|ivoirien*",
    "Jamaica|Jamaican": "Jamaïque|jamaïcain*",
    "Japan|Japanese": "Japon|japonais*|Tokyo|nippon*",
    "Jordan|Jordanian": "Jordanie|jordanien*",
    "Kazakhstan|Kazakh": "Kazakhstan|kazakh*",
    "Kenya|Kenyan": "Kenya|kényan*|kenyan*",
    "Korea|Korean": "Corée|Corées|coréen*",
    "North Korea|North Korean|DPRK": "Corée du Nord|nord-coréen*|Pyongyang|RPDC",
    "South Korea|South Korean": "Corée du Sud|sud-coréen*|Séoul",
    "Kosovo|Kosovar": "Kosovo|kosovar*",
    "Kuwait|Kuwaiti": "Koweït|koweïtien*",
    "Latvia|Latvian": "Lettonie|letton*",
    "Lebanon|Lebanese": "Liban|libanais*|Beyrouth",
    "Libya|Libyan": "Libye|libyen*|Tripoli",
    "Lithuania": "Lituanie|lituanien*",
    "Malaysia|Malaysian": "Malaisie|malaisien*|malais*",
    "Mali|Malian": "Mali|malien*",
    "Malta|Maltese": "Malte|maltais*",
    "Mexico|Mexican": "Mexique|mexicain*|Mexico",
    "Moldova|Moldovan": "Moldavie|moldave*",
    "Mongolia|Mongolian": "Mongolie|mongol*",
    "Montenegro|Montenegrin": "Monténégro|monténégrin*",
    "Morocco|Moroccan": "Maroc|marocain*|Rabat",
    "Myanmar|Burma|Burmese": "Birmanie|Myanmar|birman*",
    "Nepal|Nepalese|Nepali": "Népal|népalais*",
    "Netherlands|Holland|Dutch": "Pays-Bas|Hollande|néerlandais*|hollandais*|La Haye|Amsterdam",
    "New Zealand|New Zealander|Kiwi": "Nouvelle-Zélande|néo-zélandais*",
    "Nigeria|Nigerian": "Nigeria|Nigéria|nigérian*",
    "Norway|Norwegian": "Norvège|norvégien*|Oslo",
    "Pakistan|Pakistani": "Pakistan|pakistanais*|Islamabad",
    "Palestine|Palestinian": "Palestine|palestinien*",
    "Peru|Peruvian": "Pérou|péruvien*",
    "Philippines|Filipino|Philippine": "Philippines|philippin*",
    "Poland|Polish|Pole": "Pologne|polonais*|Varsovie",
    "Portugal|Portuguese": "Portugal|portugais*|Lisbonne",
    "Qatar|Qatari": "Qatar|qatari*|Doha",
    "Romania|Romanian": "Roumanie|roumain*|Bucarest",
    "Russia|Russian|Russian Federation": "Russie|russe*|Moscou|Kremlin|Fédération de Russie",
    "Rwanda|Rwandan": "Rwanda|rwandais*",
    "Saudi Arabia|Saudi": "Arabie saoudite|saoudien*|Riyad|Ryad",
    "Scotland|Scottish|Scot|Scotsman": "Écosse|écossais*|Édimbourg",
    "Senegal|Senegalese": "Sénégal|sénégalais*|Dakar",
    "Serbia|Serbian|Serb": "Serbie|serbe*|Belgrade",
    "Singapore|Singaporean": "Singapour|singapourien*",
    "Slovakia|Slovak|Slovakian": "Slovaquie|slovaque*",
    "Slovenia|Slovenian|Slovene": "Slovénie|slovène*",
    "Somalia|Somali": "Somalie|somalien*",
    "South Africa|South African": "Afrique du Sud|sud-africain*",
    "Spain|Spanish|Spaniard": "Espagne|espagnol*|Madrid",
    "Sri Lanka|Sri Lankan": "Sri Lanka|sri-lankais*",
    "Sudan|Sudanese": "Soudan|soudanais*",
    "South Sudan": "Soudan du Sud|sud-soudanais*",
    "Sweden|Swedish|Swede": "Suède|suédois*|Stockholm",
    "Switzerland|Swiss": "Suisse|suisse*|helvétique*|Berne",
    "Syria|Syrian": "Syrie|syrien*|Damas",
    "Taiwan|Taiwanese": "Taïwan|taïwanais*|Taipei",
    "Tanzania|Tanzanian": "Tanzanie|tanzanien*",
    "Thailand|Thai": "Thaïlande|thaïlandais*|thaï*",
    "Tunisia|Tunisian": "Tunisie|tunisien*|Tunis",
    "Turkey|Turkish|Turk": "Turquie|turc|turque*|turcs|Ankara",
    "Uganda|Ugandan": "Ouganda|ougandais*",
    "Ukraine|Ukrainian": "Ukraine|ukrainien*|Kiev|Kyiv",
    "United States|US|USA|United States of America|America|American|Stateside":
        "États-Unis|Etats-Unis|américain*|Amérique|USA|US|EU|Washington|outre-Atlantique",
    "Uzbekistan|Uzbek": "Ouzbékistan|ouzbek*",
    "Venezuela|Venezuelan": "Venezuela|Vénézuéla|vénézuélien*|Caracas",
    "Vietnam|Viet Nam|Vietnamese": "Vietnam|Viêt Nam|Viet Nam|vietnamien*|Hanoï",
    "Wales|Welsh": "pays de Galles|gallois*",
    "Yemen|Yemeni": "Yémen|yéménite*",
    "Papua New Guinea|PNG": "Papouasie-Nouvelle-Guinée",
    "Macedonia|North Macedonia|Macedonian": "Macédoine|macédonien*",
    "Zimbabwe|Zimbabwean": "Zimbabwe|zimbabwéen*",
    "Vatican|Holy See": "Vatican|Saint-Siège",
    "Gaza|Gaza Strip|Gazan": "Gaza|bande de Gaza|gazaoui*",
    "West Bank": "Cisjordanie",
    "Crimea|Crimean": "Crimée",
    "Catalonia|Catalan": "Catalogne|catalan*",
    "Kurdistan|Kurd|Kurdish": "Kurdistan|kurde*",
    "Tibet|Tibetan": "Tibet|tibétain*",
    "Puerto Rico|Puerto Rican": "Porto Rico|portoricain*",
    "Greenland": "Groenland",
    "Sicily|Sicilian": "Sicile|sicilien*",
    "Sardinia": "Sardaigne",
    "Corsica|Corsican": "Corse|corse*",
    "Brittany|Breton": "Bretagne|breton*",
    "Normandy|Norman": "Normandie|normand*",
    "Bavaria|Bavarian": "Bavière|bavarois*",
    "Flanders|Flemish": "Flandre|Flandres|flamand*",
    "Wallonia|Walloon": "Wallonie|wallon*",
    "Siberia|Siberian": "Sibérie|sibérien*",
    "Chechnya|Chechen": "Tchétchénie|tchétchène*",
    "Caucasus": "Caucase",
    "Scandinavia|Scandinavian": "Scandinavie|scandinave*",
    "Andalusia|Andalusian": "Andalousie|andalou*",
    "Tuscany|Tuscan": "Toscane|toscan*",
    "Lombardy": "Lombardie",
    "Quebec|Quebecer|Quebecker|Québécois": "Québec|québécois*",
    "British Columbia": "Colombie-Britannique",
    "Newfoundland": "Terre-Neuve",
    "Nova Scotia": "Nouvelle-Écosse",
    "New Brunswick": "Nouveau-Brunswick",
    "Northern Ireland": "Irlande du Nord|nord-irlandais*",
    "Balkans|Balkan": "Balkans|balkanique*",
    "Baltic|Baltics": "Baltique|baltes|balte*",
    # --- continents, regions, seas --------------------------------------------------
    "Africa|African": "Afrique|africain*",
    "Asia|Asian": "Asie|asiatique*",
    "Europe|European": "Europe|européen*|Vieux Continent|continent*",
    "North America|North American": "Amérique du Nord|nord-américain*",
    "South America|South American": "Amérique du Sud|sud-américain*",
    "Latin America|Latin American|Latino|Latina|Hispanic":
        "Amérique latine|latino-américain*|latino*|hispanique*",
    "Central America|Central American": "Amérique centrale|centraméricain*",
    "Antarctica|Antarctic": "Antarctique|antarctique*",
    "Arctic": "Arctique|arctique*",
    "Oceania": "Océanie",
    "Middle East|Mideast|Near East": "Moyen-Orient|Proche-Orient|moyen-oriental*|proche-oriental*",
    "Far East": "Extrême-Orient",
    "Mediterranean": "Méditerranée|méditerranéen*",
    "Atlantic|Transatlantic": "Atlantique|transatlantique*|atlantique*",
    "Pacific": "Pacifique|pacifique*",
    "Indian Ocean": "océan Indien",
    "Gulf|Persian Gulf|Gulf States": "Golfe|golfe Persique",
    "Caribbean": "Caraïbes|caribéen*|Antilles|antillais*",
    "Black Sea": "mer Noire",
    "Red Sea": "mer Rouge",
    "North Sea": "mer du Nord",
    "Dead Sea": "mer Morte",
    "Alps|Alpine": "Alpes|alpin*",
    "Himalaya|Himalayas|Himalayan": "Himalaya|himalayen*",
    "Rockies|Rocky Mountains": "Rocheuses",
    "Amazon|Amazonia": "Amazonie|Amazone|amazonien*|Amazon",
    "Nile": "Nil",
    "Thames": "Tamise",
    "Rhine": "Rhin|rhénan*",
    "Everest|Mount Everest": "Everest",
    "West|Western": "Occident|occidental*|Ouest",
    "East|Eastern": "Est|Orient|oriental*",
    "Sahel": "Sahel|sahélien*",
    "Northeast|North-East|Northeastern": "nord-est",
    "Northwest|North-West|Northwestern": "nord-ouest",
    "Southeast|South-East|Southeastern": "sud-est",
    "Southwest|South-West|Southwestern": "sud-ouest",
    "Midwest|Midwestern": "Midwest|Middle West|centre des États-Unis",
    "Maghreb": "Maghreb|maghrébin*",
    # --- cities whose French name differs -----------------------------------------
    "London|Londoner": "Londres|londonien*",
    "Moscow|Muscovite": "Moscou|moscovite*",
    "Beijing|Peking": "Pékin|Beijing|pékinois*",
    "Brussels": "Bruxelles|bruxellois*",
    "Vienna|Viennese": "Vienne|viennois*",
    "Venice|Venetian": "Venise|vénitien*",
    "Florence|Florentine": "Florence|florentin*",
    "Naples|Neapolitan": "Naples|napolitain*",
    "Genoa": "Gênes",
    "Turin": "Turin",
    "Milan|Milanese": "Milan|milanais*",
    "Athens|Athenian": "Athènes|athénien*",
    "Lisbon": "Lisbonne",
    "Copenhagen": "Copenhague",
    "Warsaw": "Varsovie",
    "Prague": "Prague",
    "Carlsbad|Karlsbad|Karlovy Vary": "Karlovy Vary|Carlsbad|Karlsbad",
    "Munich": "Munich",
    "Cologne": "Cologne",
    "Hamburg": "Hambourg",
    "Geneva": "Genève|genevois*",
    "Basel": "Bâle",
    "The Hague|Hague": "La Haye",
    "Antwerp": "Anvers",
    "Ghent": "Gand",
    "Edinburgh": "Édimbourg",
    "Cairo": "Le Caire|Caire",
    "Algiers": "Alger",
    "Jerusalem": "Jérusalem",
    "Damascus": "Damas",
    "Baghdad": "Bagdad",
    "Tehran|Teheran": "Téhéran",
    "Kabul": "Kaboul",
    "Kyiv|Kiev": "Kiev|Kyiv",
    "Saint Petersburg|St Petersburg|St. Petersburg": "Saint-Pétersbourg",
    "Bucharest": "Bucarest",
    "Beirut": "Beyrouth",
    "Riyadh": "Riyad|Ryad",
    "Mecca": "La Mecque|Mecque",
    "Delhi|New Delhi": "Delhi|New Delhi",
    "Mumbai|Bombay": "Bombay|Mumbai",
    "Kolkata|Calcutta": "Calcutta|Kolkata",
   
    "Manila": "Manille",
    "Hanoi": "Hanoï|Hanoi",
    "New York|NYC|NY|New Yorker": "New York|new-yorkais*|NYC|NY",
    "Washington|Washington DC|DC|District of Columbia|Beltway":
        "Washington|district de Columbia|États-Unis|Etats-Unis|américain*|Maison Blanche",  # the metonym too
    "Los Angeles|LA": "Los Angeles|LA",
    "Philadelphia": "Philadelphie",
    "New Orleans": "La Nouvelle-Orléans|Nouvelle-Orléans",
    "Mexico City": "Mexico",
    "Havana": "La Havane|Havane",
    "Montreal|Montrealer": "Montréal|montréalais*",
    "Quebec City": "Québec",
    "Cape Town": "Le Cap|Cap",
    "Marseilles|Marseille": "Marseille|marseillais*",
    "Lyons|Lyon": "Lyon|lyonnais*",
    "Dunkirk": "Dunkerque",
    "Sao Paulo": "São Paulo|Sao Paulo",
    "Bogota": "Bogota|Bogotá",
    "Paris|Parisian": "Paris|parisien*",
    "Seville": "Séville", "Cordoba|Cordova": "Cordoue", "Saragossa|Zaragoza": "Saragosse",
    "Valencia": "Valence", "Barcelona": "Barcelone|barcelonais*", "Majorca|Mallorca": "Majorque",
    "Minorca|Menorca": "Minorque", "Tangier|Tangiers": "Tanger", "Marrakesh|Marrakech": "Marrakech",
    "Fez": "Fès", "Timbuktu": "Tombouctou", "Addis Ababa": "Addis-Abeba", "Mogadishu": "Mogadiscio",
    "Krakow|Cracow": "Cracovie", "Gdansk": "Gdańsk|Dantzig", "Thessaloniki|Salonika": "Thessalonique",
    "Nicosia": "Nicosie", "Aleppo": "Alep", "Mosul": "Mossoul", "Basra": "Bassora", "Alexandria": "Alexandrie",
    "Luxor": "Louxor", "Bethlehem": "Bethléem", "Jericho": "Jéricho", "Medina": "Médine", "Dubai": "Dubaï",
    "Abu Dhabi": "Abou Dabi|Abu Dhabi", "Muscat": "Mascate", "Kathmandu": "Katmandou", "Dhaka|Dacca": "Dacca|Dhaka",
    "Yangon|Rangoon": "Rangoun|Yangon", "Ho Chi Minh City|Saigon": "Hô Chi Minh-Ville|Saïgon",
    "Guangzhou|Canton": "Canton|Guangzhou", "Nanjing|Nanking": "Nankin|Nanjing", "Macau|Macao": "Macao",
    "Aachen": "Aix-la-Chapelle", "Mainz": "Mayence", "Trier": "Trèves", "Koblenz": "Coblence",
    "Nuremberg|Nurnberg": "Nuremberg", "Regensburg": "Ratisbonne", "Dresden": "Dresde",
    "Frankfurt": "Francfort", "Hanover|Hannover": "Hanovre", "Bremen": "Brême", "Bern|Berne": "Berne",
    "Salzburg": "Salzbourg", "Mantua": "Mantoue", "Padua": "Padoue", "Livorno|Leghorn": "Livourne",
    "Bologna": "Bologne", "Verona": "Vérone", "Siena|Sienna": "Sienne", "Pisa": "Pise", "Ravenna": "Ravenne",
    "Pompeii": "Pompéi", "Palermo": "Palerme", "Syracuse": "Syracuse", "Seoul": "Séoul",
    "Gothenburg": "Göteborg|Goteborg", "Reykjavik": "Reykjavik", "Lucerne|Luzern": "Lucerne",
    "St. Louis|Saint Louis|St Louis": "Saint-Louis", "Rio de Janeiro|Rio": "Rio de Janeiro|Rio",
    "Santiago": "Santiago|Santiago du Chili|Saint-Jacques", "Port-au-Prince": "Port-au-Prince",
    "Stalingrad|Volgograd": "Stalingrad|Volgograd", "Istanbul|Constantinople": "Istanbul|Constantinople",
    "Troy": "Troie", "Sparta|Spartan": "Sparte|spartiate*", "Carthage": "Carthage", "Babylon": "Babylone",
    "Mesopotamia": "Mésopotamie", "Byzantium|Byzantine": "Byzance|byzantin*",
    "Macedon": "Macédoine", "Gaul": "Gaule|gaulois*", "Anatolia": "Anatolie",
    "Cape Horn": "cap Horn", "Cape of Good Hope": "cap de Bonne-Espérance", "Tierra del Fuego": "Terre de Feu",
    "Easter Island": "île de Pâques", "Canary Islands|Canaries": "Canaries|îles Canaries",
    "Balearic Islands|Balearics": "Baléares", "Azores": "Açores", "Galapagos|Galápagos": "Galápagos|Galapagos",
    "Falkland Islands|Falklands": "Malouines|Falkland", "Channel Islands": "îles Anglo-Normandes",
    "English Channel|Channel": "Manche", "Bay of Biscay": "golfe de Gascogne", "Strait of Gibraltar": "détroit de Gibraltar",
    "Crete|Cretan": "Crète|crétois*", "Corfu": "Corfou", "Rhodes": "Rhodes", "Cyclades": "Cyclades",
    "Peloponnese": "Péloponnèse", "Saxony": "Saxe", "Lower Saxony": "Basse-Saxe", "Rhineland": "Rhénanie",
    "Westphalia": "Westphalie", "Brandenburg": "Brandebourg", "Thuringia": "Thuringe", "Hesse": "Hesse",
    "Piedmont": "Piémont|piémontais*", "Apulia|Puglia": "Pouilles", "Calabria": "Calabre", "Campania": "Campanie",
    "Veneto|Venetia": "Vénétie", "Castile": "Castille", "Basque Country|Basque": "Pays basque|basque*",
    "Galicia": "Galice", "Navarre": "Navarre", "Aragon": "Aragon", "Dagestan": "Daghestan",
    "Transylvania": "Transylvanie", "Bohemia|Bohemian": "Bohême|bohémien*", "Moravia": "Moravie",
    "Silesia": "Silésie", "Prussia|Prussian": "Prusse|prussien*", "Lapland": "Laponie", "Patagonia": "Patagonie",
    "Polynesia|Polynesian": "Polynésie|polynésien*", "Micronesia": "Micronésie", "Melanesia": "Mélanésie",
    "Borneo": "Bornéo", "Java": "Java", "Bali": "Bali",
    "Manchuria": "Mandchourie", "Mongol|Mongols": "Mongols|mongol*", "Kashmir": "Cachemire",
    "Punjab": "Pendjab", "Bengal|Bengali": "Bengale|bengali*", "Ganges": "Gange", "Indus": "Indus",
    "Yangtze": "Yangzi|Yangtsé", "Danube": "Danube", "Rhone|Rhône": "Rhône", "Loire": "Loire",
    "Mississippi": "Mississippi", "Saint Lawrence|St. Lawrence": "Saint-Laurent", "Great Lakes": "Grands Lacs",
    "Niagara Falls": "chutes du Niagara", "Grand Canyon": "Grand Canyon", "Yellowstone": "Yellowstone",
    "Andes": "Andes|andin*", "Pyrenees": "Pyrénées", "Apennines": "Apennins", "Carpathians": "Carpates",
    "Urals|Ural Mountains": "Oural", "Atlas Mountains": "Atlas", "Sierra Nevada": "Sierra Nevada",
    "Appalachians|Appalachian": "Appalaches", "Mont Blanc": "mont Blanc", "Kilimanjaro": "Kilimandjaro",
    "Lake Geneva": "lac Léman", "Lake Victoria": "lac Victoria", "Dead Sea Scrolls": "manuscrits de la mer Morte",
    "Caspian Sea|Caspian": "mer Caspienne|Caspienne", "Aegean|Aegean Sea": "mer Égée|Égée",
    "Adriatic": "Adriatique", "Baltic Sea": "mer Baltique|Baltique", "Arabian Peninsula": "péninsule Arabique",
    "Horn of Africa": "Corne de l'Afrique", "Sub-Saharan Africa|Sub-Saharan": "Afrique subsaharienne|subsaharien*",
    "Southeast Asia|South-East Asia": "Asie du Sud-Est", "East Asia": "Asie de l'Est|Asie orientale",
    "Central Asia": "Asie centrale", "South Asia": "Asie du Sud", "West Africa": "Afrique de l'Ouest",
    "East Africa": "Afrique de l'Est", "North Africa|North African": "Afrique du Nord|nord-africain*",
    "Western Europe": "Europe de l'Ouest|Europe occidentale", "Eastern Europe": "Europe de l'Est|Europe orientale",
    "Central Europe": "Europe centrale", "Northern Europe": "Europe du Nord", "Southern Europe": "Europe du Sud",
    "New England": "Nouvelle-Angleterre", "New Caledonia": "Nouvelle-Calédonie", "New Guinea": "Nouvelle-Guinée",
    "Antilles|West Indies": "Antilles", "French Guiana": "Guyane", "Guiana|Guyana": "Guyana|Guyane",
    "Cayman Islands": "îles Caïmans", "Virgin Islands": "îles Vierges", "Solomon Islands": "îles Salomon",
    "Marshall Islands": "îles Marshall", "Ivory": "Ivoire", "Roman Empire": "Empire romain",
    "Holy Roman Empire": "Saint-Empire romain germanique|Saint-Empire", "Ottoman Empire": "Empire ottoman",
    "British Empire": "Empire britannique", "Middle Ages|Medieval": "Moyen Âge|Moyen-Âge|médiéval*",
    "Renaissance": "Renaissance", "Enlightenment": "Lumières", "Reformation": "Réforme",
    "Industrial Revolution": "révolution industrielle", "French Revolution": "Révolution française",
    "Stone Age": "âge de pierre", "Bronze Age": "âge du bronze", "Iron Age": "âge du fer", "Ice Age": "ère glaciaire|période glaciaire",
    "Roman|Romans": "romain*|Romains", "Greeks": "Grecs|grec*", "Egyptians": "Égyptiens|égyptien*",
    "Vikings|Viking": "Vikings|viking*", "Celts|Celtic": "Celtes|celte*|celtique*", "Aztec|Aztecs": "aztèque*",
    "Maya|Mayan|Mayans": "maya*", "Inca|Incas": "inca*", "Hebrews": "Hébreux", "Pharaoh": "pharaon*",
    "Aboriginal Australians": "Aborigènes",
    "Central African Republic": "République centrafricaine|Centrafrique",
    "Chad|Chadian": "Tchad|tchadien*", "Niger": "Niger|nigérien*", "Burkina Faso": "Burkina Faso|burkinabè*",
    "Benin": "Bénin|béninois*", "Togo": "Togo|togolais*", "Gabon": "Gabon|gabonais*", "Angola": "Angola|angolais*",
    "Zambia": "Zambie|zambien*", "Malawi": "Malawi", "Namibia": "Namibie|namibien*", "Botswana": "Botswana",
    "Madagascar|Malagasy": "Madagascar|malgache*", "Mauritius": "Maurice|mauricien*", "Mauritania": "Mauritanie|mauritanien*",
    "Sierra Leone": "Sierra Leone", "Liberia": "Liberia|libérien*", "Gambia": "Gambie", "Djibouti": "Djibouti",
    "Equatorial Guinea": "Guinée équatoriale", "Western Sahara": "Sahara occidental", "Lesotho": "Lesotho",
    "Eswatini|Swaziland": "Eswatini|Swaziland", "Comoros": "Comores", "Seychelles": "Seychelles",
    "Cape Verde": "Cap-Vert", "Sao Tome": "Sao Tomé", "Honduras": "Honduras|hondurien*",
    "Guatemala": "Guatemala|guatémaltèque*", "El Salvador|Salvadoran": "Salvador|salvadorien*",
    "Nicaragua": "Nicaragua|nicaraguayen*", "Costa Rica": "Costa Rica|costaricien*",
    "Paraguay": "Paraguay|paraguayen*", "Uruguay": "Uruguay|uruguayen*", "Barbados": "Barbade",
    "Trinidad": "Trinité", "Trinidad and Tobago": "Trinité-et-Tobago", "Bahamas": "Bahamas",
    "Grenada": "Grenade", "Dominica": "Dominique", "Saint Lucia": "Sainte-Lucie", "Belize": "Belize",
    "Suriname": "Suriname", "Andorra": "Andorre", "Monaco": "Monaco|monégasque*",
    "Liechtenstein": "Liechtenstein", "San Marino": "Saint-Marin", "Kyrgyzstan": "Kirghizistan|kirghize*",
    "Tajikistan": "Tadjikistan|tadjik*", "Turkmenistan": "Turkménistan|turkmène*", "Bhutan": "Bhoutan",
    "Maldives": "Maldives", "Laos|Lao": "Laos|laotien*", "Brunei": "Brunei", "East Timor|Timor-Leste": "Timor oriental",
    "Fiji": "Fidji", "Samoa": "Samoa", "Tonga": "Tonga", "Papua": "Papouasie", "Oman": "Oman|omanais*",
    "United Arab Emirates|UAE|Emirates|Emirati": "Émirats arabes unis|EAU|Émirats|émirati*",
    "Yugoslavia": "Yougoslavie|yougoslave*", "Czechoslovakia": "Tchécoslovaquie", "Rhodesia": "Rhodésie",
    "Zaire": "Zaïre", "Ceylon": "Ceylan", "Siam": "Siam", "Formosa": "Formose", "Abyssinia": "Abyssinie",
    "Antigua": "Antigua", "Grenadines": "Grenadines", "Montserrat": "Montserrat", "Guadeloupe": "Guadeloupe",
    "Martinique": "Martinique", "Reunion|Réunion": "Réunion", "Tahiti|Tahitian": "Tahiti|tahitien*",
    "Alsace": "Alsace|alsacien*", "Provence": "Provence|provençal*", "Burgundy": "Bourgogne|bourguignon*",
    "Champagne": "Champagne", "Savoy": "Savoie", "Gascony": "Gascogne", "Picardy": "Picardie",
    "Lorraine": "Lorraine", "Aquitaine": "Aquitaine", "Dordogne": "Dordogne", "Riviera|French Riviera": "Côte d'Azur|Riviera",
    "Versailles": "Versailles",
    "Cornwall": "Cornouailles", "Yorkshire": "Yorkshire", "Isle of Man": "île de Man",
    "Isle of Wight": "île de Wight", "Hebrides": "Hébrides", "Orkney": "Orcades", "Shetland": "Shetland",
    "Highlands": "Highlands|Hautes-Terres", "Canterbury": "Cantorbéry|Canterbury", "Dover": "Douvres",
    # --- US states with a French name ---------------------------------------------
    "California|Californian": "Californie|californien*",
    "Florida|Floridian": "Floride|floridien*",
    "Louisiana": "Louisiane",
    "North Carolina": "Caroline du Nord",
    "South Carolina": "Caroline du Sud",
    "Carolina|Carolinas": "Caroline|Carolines",
    "Pennsylvania": "Pennsylvanie",
    "Virginia|Virginian": "Virginie",
    "West Virginia": "Virginie-Occidentale",
    "New Mexico": "Nouveau-Mexique",
    "Hawaii|Hawaiian": "Hawaï|Hawaii|hawaïen*",
    "North Dakota": "Dakota du Nord",
    "South Dakota": "Dakota du Sud",
    "Texas|Texan": "Texas|texan*",
    # --- international organisations and their French acronyms --------------------
    "NATO|North Atlantic Treaty Organization": "OTAN|Otan|Alliance atlantique|Alliance",
    "UN|United Nations": "ONU|Onu|Nations unies|onusien*",
    "Security Council|UN Security Council|UNSC": "Conseil de sécurité",
    "General Assembly": "Assemblée générale",
    "EU|European Union": "UE|Union européenne|Union|européen*|Bruxelles|Vingt-Sept|Vingt-Huit|Europe",
    "European Commission|Commission": "Commission européenne|Commission|Bruxelles",
    "European Parliament": "Parlement européen",
    "European Council": "Conseil européen",
    "ECB|European Central Bank": "BCE|Banque centrale européenne",
    "WHO|World Health Organization|World Health Organisation": "OMS|Organisation mondiale de la santé",
    "IMF|International Monetary Fund": "FMI|Fonds monétaire international",
    "World Bank": "Banque mondiale",
    "WTO|World Trade Organization|World Trade Organisation": "OMC|Organisation mondiale du commerce",
    "OECD": "OCDE",
    "OPEC": "OPEP|Opep",
    "UNESCO": "UNESCO|Unesco",
    "UNICEF": "UNICEF|Unicef",
    "UNHCR": "HCR|UNHCR|Haut-Commissariat",
    "FAO": "FAO",
    "Red Cross|ICRC": "Croix-Rouge|CICR",
    "Doctors Without Borders|MSF": "Médecins sans frontières|MSF",
    "ICC|International Criminal Court": "CPI|Cour pénale internationale",
    "ICJ|International Court of Justice": "CIJ|Cour internationale de justice",
    "ASEAN": "ANASE|Asean|ASEAN",
    "African Union|AU": "Union africaine|UA",
    "Arab League": "Ligue arabe",
    "Olympics|Olympic Games|Olympic|Olympian": "Jeux olympiques|JO|olympique*",
    "Asian Games": "Jeux asiatiques|Jeux d'Asie",
    "Commonwealth Games": "Jeux du Commonwealth",
    "Paralympics|Paralympic": "Jeux paralympiques|paralympique*",
    "IOC": "CIO",
    "World Cup": "Coupe du monde|Mondial",
    "Champions League": "Ligue des champions",
    "Eurozone|Euro Zone|Euro Area": "zone euro",
    # --- state institutions --------------------------------------------------------
    "White House": "Maison Blanche|Washington",
    "Congress|Congressional": "Congrès|parlementaire*|congressiste*|élus",
    "Senate|Senatorial": "Sénat|sénateur*|sénatorial*|sénatrice*",
    "House of Representatives|House": "Chambre des représentants|Chambre|représentants",
    "Pentagon": "Pentagone",
    "State Department|Department of State": "département d'État|diplomatie américaine",
    "Supreme Court": "Cour suprême",
    "Capitol|Capitol Hill": "Capitole",
    "Oval Office": "Bureau ovale",
    "Treasury": "Trésor",
    "Federal Reserve|Fed": "Réserve fédérale|Fed",
    "Justice Department|Department of Justice|DOJ": "ministère de la Justice|département de la Justice",
    "Homeland Security|DHS": "Sécurité intérieure",
    "Democrat|Democratic|Dem|Dems": "démocrate*|démocratique*",
    "Republican|GOP": "républicain*|GOP",
    "Democratic Party": "Parti démocrate|démocrate*",
    "Twitter|tweet|tweeted|tweeting|retweet|retweeted": "Twitter|tweet*|gazouill*",
    "Facebook": "Facebook",
    "Republican Party": "Parti républicain|républicain*|GOP",
    "Downing Street|Number 10": "Downing Street|gouvernement britannique|Premier ministre britannique|Londres",
    "Parliament|Parliamentary": "Parlement|parlementaire*|député*",
    "House of Commons|Commons": "Chambre des communes|Communes|député*|Parlement britannique",
    "House of Lords|Lords": "Chambre des lords|Lords",
    "Labour|Labour Party": "travailliste*|Labour|Parti travailliste",
    "Tory|Tories|Conservative Party": "conservateur*|conservatrice*|tory|tories|Parti conservateur",
    "Conservative": "conservateur*|conservatrice*|tory|tories",
    "Independent": "indépendant*",
    "Liberal Democrat|Lib Dem|Lib Dems": "libéraux-démocrates|libéral-démocrate*|Lib Dem",
    "Kremlin": "Kremlin|Moscou",
    # metonyms of news usage: the place for the institution
    "Wall Street": "Wall Street|Bourse de New York|Bourse américaine|marchés américains",
    "Scotland Yard": "Scotland Yard|police londonienne|police de Londres|police britannique|police métropolitaine",
    "NHS|National Health Service": "NHS|système de santé britannique|service de santé britannique|"
                                   "santé publique britannique|hôpitaux britanniques|système de santé public",
    "PSG|Paris Saint-Germain|Paris St-Germain": "PSG|Paris Saint-Germain|Paris SG|club parisien|Parisiens",
    "Man Utd|Man United|Manchester United": "Manchester United|Man United|Man Utd|MU|Red Devils|Mancuniens",
    "Elysee|Élysée": "Élysée|Elysée",
    "Bundestag": "Bundestag",
    "Brexit|Brexiteer|Brexiter": "Brexit|brexiter*|brexiteur*",
    "UKIP|Ukip": "UKIP|Ukip|Parti pour l'indépendance du Royaume-Uni",
    "Academy Awards|Oscars|Oscar": "Oscars|Oscar",
    "Islamic State|ISIS|ISIL|Daesh": "État islamique|EI|Daech|Daesh|ISIS|jihadiste*|djihadiste*",
    "Al Qaeda|al-Qaeda|al-Qaida|Al-Qaeda": "Al-Qaïda|Al-Qaida|Al Qaïda",
    "Taliban": "taliban*",
    "Hezbollah|Hizbullah|Hizballah": "Hezbollah|Hizbollah|Hezbolla",
    "Muslim Brotherhood|Brotherhood": "Frères musulmans|Confrérie",
    "Nazi|Nazis|Nazism": "nazi*",
    "Holocaust": "Shoah|Holocauste",
    "World War II|World War Two|World War 2|Second World War|WWII|WW2": "Seconde Guerre mondiale|Deuxième Guerre mondiale|2e Guerre mondiale|IIe Guerre mondiale|guerre",
    "World War I|World War One|World War 1|First World War|WWI|WW1|Great War": "Première Guerre mondiale|1re Guerre mondiale|Ire Guerre mondiale|Grande Guerre|guerre de 14",
    "Cold War": "guerre froide",
    "Soviet Union|USSR|Soviet": "Union soviétique|URSS|soviétique*",
    "Ottoman": "ottoman*",
    "Hollywood": "Hollywood|hollywoodien*",
    # --- armed forces ------------------------------------------------------------------
    "Navy|Naval": "Marine|marine|naval*|navale*",
    "Army": "Armée|armée|armée de terre",
    "Air Force": "armée de l'air|Air Force|aviation",
    "Marines|Marine|Marine Corps": "Marines|marines|Marine|Corps des Marines",
    "Coast Guard": "garde-côte*|garde côtière|gardes-côtes",
    "National Guard": "Garde nationale",
    # --- well-known acronyms, kept in French --------------------------------------------
    "FBI": "FBI", "CIA": "CIA", "NSA": "NSA", "NASA": "NASA|Nasa", "ESA": "ESA|Agence spatiale européenne",
    "BBC": "BBC", "CNN": "CNN", "NBC": "NBC", "CBS": "CBS", "ABC": "ABC", "AFP": "AFP", "NPR": "NPR",
    "NFL": "NFL", "NBA": "NBA", "NHL": "NHL", "MLB": "MLB", "FIFA": "FIFA|Fifa", "UEFA": "UEFA|Uefa",
    "SNCF": "SNCF", "IRA": "IRA", "ANC": "ANC", "PKK": "PKK", "KGB": "KGB", "FSB": "FSB",
    "CDC": "CDC", "FDA": "FDA", "EPA": "EPA", "ICE": "ICE", "NRA": "NRA", "SEC": "SEC|gendarme de la Bourse",
    "IBM": "IBM", "BMW": "BMW", "HSBC": "HSBC", "NYPD": "NYPD|police de New York",
    "LAPD": "LAPD|police de Los Angeles",
    # --- names with a usual French spelling ---------------------------------------
    "Aristotle": "Aristote", "Plato": "Platon", "Socrates": "Socrate", "Homer|Homeric": "Homère|homérique*",
    "Alexander the Great": "Alexandre le Grand", "Julius Caesar|Caesar": "Jules César|César",
    "Augustus": "Auguste", "Constantine": "Constantin", "Hadrian": "Hadrien", "Nero": "Néron",
    "Cleopatra": "Cléopâtre", "Hannibal": "Hannibal", "Pericles": "Périclès", "Herodotus": "Hérodote",
    "Hippocrates": "Hippocrate", "Archimedes": "Archimède", "Pythagoras": "Pythagore", "Euclid": "Euclide",
    "Ptolemy": "Ptolémée", "Virgil": "Virgile", "Ovid": "Ovide", "Horace": "Horace", "Cicero": "Cicéron",
    "Charlemagne": "Charlemagne", "William the Conqueror": "Guillaume le Conquérant",
    "Richard the Lionheart": "Richard Cœur de Lion", "Peter the Great": "Pierre le Grand",
    "Catherine the Great": "Catherine II|Catherine la Grande", "Ivan the Terrible": "Ivan le Terrible",
    "Napoleon|Napoleonic": "Napoléon|napoléonien*", "Columbus|Christopher Columbus": "Colomb|Christophe Colomb",
    "Copernicus": "Copernic", "Galileo": "Galilée", "Michelangelo": "Michel-Ange",
    "Leonardo da Vinci|Leonardo": "Léonard de Vinci|Vinci", "Raphael": "Raphaël", "Titian": "Titien",
    "Luther": "Luther", "Moses": "Moïse", "Noah": "Noé", "Buddha": "Bouddha|bouddhiste*",
    "Saint Peter|St. Peter": "saint Pierre", "Saint Paul|St. Paul": "saint Paul", "Saint John": "saint Jean",
    "John the Baptist": "Jean-Baptiste", "Virgin Mary": "Vierge Marie|Vierge",
    "Henry": "Henri", "William": "Guillaume|William", "James": "Jacques|James", "John": "Jean|John",
    "Peter": "Pierre|Peter", "Mary": "Marie|Mary", "Elizabeth": "Élisabeth|Elizabeth", "George": "Georges|George",
    "Frederick": "Frédéric|Frederick", "Philip": "Philippe|Philip", "Edward": "Édouard|Edward",
    "Stephen": "Étienne|Stephen", "Anthony|Antony": "Antoine|Anthony", "Matthew": "Matthieu|Matthew",
    "Andrew": "André|Andrew", "Francis": "François|Francis", "Lawrence": "Laurent|Lawrence",
    "Michael": "Michel|Michael", "Nicholas": "Nicolas|Nicholas", "Charles": "Charles", "Louis": "Louis",
    "Catherine": "Catherine", "Joan of Arc": "Jeanne d'Arc", "Mark": "Marc|Mark", "Luke": "Luc|Luke",
    "Mark Antony": "Marc Antoine", "Gregory": "Grégoire|Gregory", "Benedict": "Benoît|Benedict",
    "Innocent": "Innocent", "Urban": "Urbain", "Pius": "Pie", "Leo": "Léon|Leo", "Clement": "Clément",
    "Putin": "Poutine",
    "Gaddafi|Qaddafi|Gadhafi|Kadhafi": "Kadhafi",
    "Khrushchev": "Khrouchtchev",
    "Gorbachev": "Gorbatchev",
    "Yeltsin": "Eltsine",
    "Stalin|Stalinist": "Staline|stalinien*",
    "Lenin": "Lénine",
    "Trotsky": "Trotski",
    "Mao|Mao Zedong|Mao Tse-tung": "Mao|Mao Zedong|Mao Tsé-toung",
    "Confucius": "Confucius",
    "Zelensky|Zelenskyy": "Zelensky|Zelenski",
    "Medvedev": "Medvedev",
    "Navalny": "Navalny|Navalni",
    "Lavrov": "Lavrov",
    "Silicon Valley": "Silicon Valley",
    # --- feasts, religions, peoples ------------------------------------------------
    "Christmas|Xmas": "Noël",
    "Easter": "Pâques",
    "New Year|New Year's": "Nouvel An|nouvelle année|bonne année|Jour de l'an|réveillon|Saint-Sylvestre",
    "Valentine's Day|Valentine": "Saint-Valentin",
    "Independence Day": "fête de l'Indépendance|fête nationale|4 juillet",
    "Labor Day|Labour Day": "fête du Travail",
    "Mother's Day": "fête des mères",
    "Father's Day": "fête des pères",
    "Hanukkah|Chanukah": "Hanoukka|Hanouka",
    "Passover": "Pâque|Pessah",
    "Ramadan": "ramadan|Ramadan",
    "Halloween": "Halloween",
    "God": "Dieu",
    "Jesus|Christ|Jesus Christ": "Jésus|Christ|Jésus-Christ",
    "Muhammad|Mohammed|Prophet": "Mahomet|Mohammed|Mohamed|Prophète",
    "Koran|Quran|Qur'an": "Coran",
    "Bible|Biblical": "Bible|biblique*",
    "Muslim|Moslem": "musulman*|islam*",
    "Islam|Islamic|Islamist": "islam*",
    "Christian|Christianity": "chrétien*|christianisme",
    "Catholic|Catholicism": "catholique*|catholicisme",
    "Protestant": "protestant*",
    "Jewish|Jew|Jewry|Judaism": "juif|juive*|juifs|judaïsme|israélite*",
    "Hebrew": "hébreu|hébraïque*",
    "Hindu|Hinduism": "hindou*|hindouisme",
    "Buddhist|Buddhism": "bouddhiste*|bouddhisme",
    "Orthodox": "orthodoxe*",
    "Sunni": "sunnite*",
    "Shia|Shiite|Shi'ite": "chiite*",
    "Evangelical": "évangélique*|évangéliste*",
    "Mormon": "mormon*",
    "Arab|Arabic|Arabian": "arabe*",
    "Latin": "latin*",
    "Mandarin": "mandarin",
    "Farsi": "farsi|persan*",
    "African American|African-American|Black": "afro-américain*|noir*|Noir*",
    "Native American|Indigenous|Aboriginal": "amérindien*|autochtone*|indigène*|aborigène*|Indiens",
    "Caucasian|White": "blanc*|blanche*|Blanc*",
    "Roma|Romani": "Roms|rom*",
    "Aussie Rules": "football australien",
    # --- planets and heavenly bodies -------------------------------------------
    "Earth": "Terre|terre|planète",
    "Moon": "Lune|lune",
    "Sun": "Soleil|soleil",
    "Venus": "Vénus",
    "Mercury": "Mercure",
    "Saturn": "Saturne",
    "Pluto": "Pluton",
    "Milky Way": "Voie lactée",
}

# Days and months: matched to their lowercase French names.
DAYS: dict[str, str] = {
    "monday": "lundi", "tuesday": "mardi", "wednesday": "mercredi", "thursday": "jeudi",
    "friday": "vendredi", "saturday": "samedi", "sunday": "dimanche",
}
MONTHS: dict[str, str] = {
    "january": "janvier", "february": "février", "march": "mars", "april": "avril", "may": "mai",
    "june": "juin", "july": "juillet", "august": "août", "september": "septembre",
    "october": "octobre", "november": "novembre", "december": "décembre",
    "jan": "janvier", "feb": "février", "apr": "avril", "aug": "août", "sept": "septembre",
    "sep": "septembre", "oct": "octobre", "nov": "novembre", "dec": "décembre",
}

# Titles and forms of address: lowercase in French, not entities.
TITLES_EN: frozenset[str] = _words("""
president vice presidents president-elect prime minister ministers pm premier secretary secretaries senator
senators sen rep reps representative congressman congresswoman congressmen governor gov mayor chancellor king
queen prince princess duke duchess earl pope cardinal bishop archbishop rev reverend father sister brother dr
doctor mr mrs ms miss mister madam sir dame lord lady general gen colonel col lt lieutenant captain capt sgt
sergeant admiral commander chief director judge justice attorney speaker leader chairman chairwoman chair
coach officer detective professor prof ambassador commissioner deputy agent inspector superintendent sheriff
ceo cfo coo cto founder emperor empress ayatollah sheikh sultan emir crown first mp mps mep meps am ams
spokesman spokeswoman spokesperson det councillor councilor councilman alderman marshal corporal private major
trooper constable jr sr junior senior esq st saint sens adm brig maj cmdr supt insp amb atty secy lawmaker
congressmember assemblyman assemblywoman head heads manager managers trainer boss executive editor treasurer
envoy delegate chairperson dean rector provost headmaster headmistress principal curator
""")

TITLES_FR: frozenset[str] = _words("""
président présidente présidents premier première ministre ministres secrétaire sénateur sénatrice gouverneur
gouverneure maire chancelier chancelière roi reine prince princesse duc duchesse pape cardinal évêque
archevêque père soeur sœur frère docteur dr m mme mmes mlle mm monsieur madame mademoiselle messieurs sir lord
lady général colonel lieutenant capitaine sergent amiral commandant chef directeur directrice juge procureur
procureure ambassadeur ambassadrice commissaire député députée inspecteur shérif pdg fondateur empereur
impératrice ayatollah cheikh sultan émir porte-parole vice conseiller conseillère maître me saint sainte
représentant représentante élu élue lieutenant-colonel responsable dirigeant dirigeante entraîneur patron
patronne gérant gérante manager trésorier trésorière envoyé envoyée délégué déléguée doyen doyenne recteur
rectrice proviseur conservateur conservatrice rédacteur rédactrice
""")

# English words that are never names by themselves, even capitalised: function
# words, sentence starters, and the common nouns and adjectives a headline or a
# tweet capitalises.
COMMON_EN: frozenset[str] = _words("""
a an the this that these those there here it its it's i i'm i've i'll i'd me my mine we we're we've we'll our
ours us you you're your yours he he's his him she she's her hers they they're their theirs them who whom whose
what which when where why how whether if then than so and or but nor yet for of in on at by to from with
without into onto about above below over under after before during since until till between among against
through across along around behind beyond near off out up down upon via per as like unlike while although
though because unless once also too very just only even still already again ever never not no yes yeah ok okay
oh hey hi hello dear please thanks thank thankyou welcome sorry congratulations congrats wow well now today
tonight tomorrow yesterday soon later all any some many much more most less least few several each every both
either neither other another such same own one two three four five six seven eight nine ten first second third
last next new old good great bad big small little long short high low best better worse worst true false real
happy sad proud glad free full open close closed live dead right left top bottom is are was were be been being
am do does did done doing have has had having will would shall should can could may might must let lets let's
get gets got make makes made go goes went gone going come comes came see saw seen look looks watch read say
says said tell told ask asked know knew think thought want wanted need needs needed love loved liked hope
hoped feel felt keep kept give gave take took find found call called join joined meet met vote voted help stop
start started stay stand win won lose lost play played run ran work worked lived show shows try tried check
follow breaking news update updates alert video photo photos pic picture thread report reports today's
tonight's week weekend month year years day days time times morning afternoon evening night people man men
woman women child children kid kids family friend friends home house world country nation nations state states
city town village government gov't police army navy court law laws bill act party parties team club school
schools university college hospital church bank company companies group council committee department ministry
agency office board union association foundation institute center centre society movement campaign project
program programme service services system health care healthcare education energy security defense defence
justice freedom liberty peace war democracy election elections votes rally march press media fake leader
leaders member members citizens american's everyone everybody someone somebody anyone anybody nothing
something everything anything north south east west northern southern eastern western central national
international federal global local public private general special royal official grand upper lower greater
republic kingdom empire federation commonwealth province region county district island islands river lake
mountain mount mountains valley bay coast beach park street road avenue square bridge airport station tower
hall building plaza twenties thirties forties fifties sixties seventies eighties nineties clinic lab
laboratory unit units research data index scale fund funds facility theater theaters theatre theatres studio
studios museum gallery library academy faculty authority administration commission bureau force forces guard
corps command fleet brigade division network channel post journal magazine review daily weekly herald tribune
gazette prize award awards cup games championship league series festival drive lane way garden gardens zone
area day's treaty accord agreement plan strategy study survey conference summit forum fair expo ceremony phd
mba joint hurricane storm typhoon cyclone tropical class internal external domestic monitor mother mom mum dad
daddy mommy grandma grandpa uncle aunt baby son daughter wife husband foreign interior business trade finance
commerce weather higher red blue green yellow orange purple pink brown grey gray golden silver however
meanwhile instead maybe earlier within sometimes remember nobody despite thus throughout moreover therefore
perhaps rather whenever whatever wherever whoever outside inside nowhere sometime former latter pretty back
talk tough tougher hundreds thousands millions dozens officials troops residents witnesses prosecutors
advocates critics experts analysts researchers scientists doctors officers authorities investigators voters
fans supporters protesters sources lawmakers twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million billion actually anyway besides finally furthermore hence indeed initially likewise
nevertheless nonetheless otherwise overall recently similarly suddenly unfortunately fortunately luckily sadly
hopefully clearly obviously apparently certainly definitely honestly literally basically currently eventually
originally previously usually often always almost nearly amid amidst beside towards toward whereas including
according regarding don't doesn't didn't can't won't isn't aren't wasn't weren't haven't hasn't hadn't
wouldn't shouldn't couldn't you'd you've you'll they'd they've they'll we'd he'd she'd it'll that's there's
here's what's who's internet web online email covid coronavirus virus vaccine tv radio gdp ceo cfo lol omg rt
dm ps pm hq id iq re fw fwd btw fyi tbt asap diy usd eur gbp ad bc ce ii iii iv vi vat aids ufo hiv dna ngo
ngos ai lgbt lgbtq suv ipo
""")

# French words commonly capitalised that are not entities by themselves, and
# common words that start a sentence.
COMMON_FR: frozenset[str] = _words("""
a à au aux le la les l' un une des du de d' ce cet cette ces ça cela ceci c' il ils elle elles on nous près
lors afin tandis loin facile difficile pendant durant environ presque surtout notamment vraiment seulement
toujours jamais souvent parfois rarement encore déjà bientôt tard tôt ici là ailleurs partout dessus dessous
dedans dehors devant derrière autour auprès parmi hormis sauf outre quant grâce face lorsque puisque quoique
comme tant autant tellement assez trop peu beaucoup plutôt quelque quiconque chacun chacune personne rien
certain certaine ceux celles celui celle ceux-ci tous entre-temps historiquement traditionnellement
actuellement récemment finalement évidemment apparemment probablement certainement simplement heureusement
également auparavant désormais dorénavant hier demain aujourd'hui maintenant autrefois jadis puis ensuite
enfin ainsi donc alors aussi bref voici voilà certes soit oui non si peut-être sinon pourtant cependant
toutefois néanmoins or mère père frère soeur fils fille femme mari enfant enfants gens monde pays vous je j'
tu moi toi lui leur leurs eux mon ma mes ton ta tes son sa ses notre nos votre vos qui que qu' quoi dont où
quand comment pourquoi combien et ou mais ni car pour par avec sans sous sur dans en entre chez vers depuis
après avant contre selon malgré dès jusqu merci bravo bonjour salut désolé pardon félicitations bienvenue
hélas malheureusement d'ailleurs bien très plus moins tout toute toutes chaque plusieurs certains certaines
quelques aucun aucune autre autres même mêmes tel telle tels telles est sont était étaient sera seront été
être avoir ai as avons avez ont avait fait faire faut peut peuvent doit doivent va vont voir dit dire état
etat états etats église eglise dieu gouvernement parlement assemblée sénat conseil cour constitution chambre
république royaume empire nation nations président présidente premier première ministre ministère ministres
internet web nord sud ouest centre terre lune soleil bourse trésor armée police justice résistance libération
révolution renaissance antiquité orient occident hexagone continent national nationale fédéral fédérale union
parti mouvement ligue fédération communauté région département province commune ville cité place rue avenue
boulevard pont tour palais hôtel université école lycée collège hôpital sterling fonds banque agence office
institut comité tribunal service bureau organisation association fondation société compagnie groupe front
syndicat académie musée théâtre prix coupe championnat jeux club équipe faculté laboratoire clinique
cathédrale mosquée synagogue temple château gare aéroport port parc jardin forêt mont montagne lac mer océan
fleuve rivière île golfe baie vallée loi code charte traité accord convention déclaration plan programme
projet rapport indice échelle droit commerce industrie économie finances santé défense intérieur affaires
étrangères éducation culture travail armées environnement agriculture transports énergie sécurité sciences
lettres arts histoire médecine cv pib tva sida ovni pdg ong adn ia vih ogm sms tv télé radio salon foire
exposition tournoi sommet conférence forum festival parquet exécutif législatif judiciaire choeur chœur
siècle siècles institution institutions javel barbarie cap préfecture mairie rectorat inspection
""")

# Words that make a run of capitalised words the name of an institution, which
# translators routinely translate ("National Weather Service" → "service
# météorologique national"): names inside such a run are not reported alone.
INSTITUTIONS_EN: frozenset[str] = _words("""
agency authority administration association bank board bureau center centre college commission committee
council court department enforcement foundation fund institute laboratory lab league ministry network office
organisation organization school service society union university academy hospital clinic program programme
project museum library system trust unit corporation company force guard police secretariat federation
observatory alliance coalition assembly chamber tribunal index scale survey study report act bill law treaty
""")

INSTITUTIONS_FR: frozenset[str] = _words("""
agence autorité administration association banque bureau centre collège commission comité conseil cour
département direction fondation fonds institut laboratoire ligue ministère réseau office organisation parti
école service société union université académie hôpital clinique programme projet musée bibliothèque système
groupe unité compagnie force garde police secrétariat syndicat fédération observatoire alliance coalition
assemblée chambre tribunal gestion indice échelle loi traité
""")
