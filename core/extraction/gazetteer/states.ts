/**
 * The UN member states: label | Wikidata QID (empty where we are not sure) | capital | demonyms | other
 * names, including seats of government used as metonyms ("the Kremlin"). One line each, so the table
 * stays readable and reviewable; parsed once by `gazetteer/index.ts`.
 */
export const STATE_TABLE = `
Afghanistan|Q889|Kabul|Afghan|
Albania|Q222|Tirana|Albanian|
Algeria|Q262|Algiers|Algerian|
Andorra|Q228|Andorra la Vella|Andorran|
Angola|Q916|Luanda|Angolan|
Antigua and Barbuda||Saint John's|Antiguan|
Argentina|Q414|Buenos Aires|Argentine,Argentinian|
Armenia|Q399|Yerevan|Armenian|
Australia|Q408|Canberra|Australian|
Austria|Q40|Vienna|Austrian|
Azerbaijan|Q227|Baku|Azerbaijani|
Bahamas||Nassau|Bahamian|the Bahamas
Bahrain|Q398|Manama|Bahraini|
Bangladesh|Q902|Dhaka|Bangladeshi|
Barbados|Q244|Bridgetown|Barbadian|
Belarus|Q184|Minsk|Belarusian,Belarussian|Byelorussia
Belgium|Q31|Brussels|Belgian|
Belize|Q242|Belmopan|Belizean|
Benin|Q962|Porto-Novo|Beninese|
Bhutan|Q917|Thimphu|Bhutanese|
Bolivia|Q750|Sucre|Bolivian|La Paz
Bosnia and Herzegovina|Q225|Sarajevo|Bosnian|Bosnia
Botswana|Q963|Gaborone|Botswanan,Motswana|
Brazil|Q155|Brasilia|Brazilian|Brasília
Brunei|Q921|Bandar Seri Begawan|Bruneian|
Bulgaria|Q219|Sofia|Bulgarian|
Burkina Faso|Q965|Ouagadougou|Burkinabe|
Burundi|Q967|Gitega|Burundian|
Cabo Verde||Praia|Cape Verdean|Cape Verde
Cambodia|Q424|Phnom Penh|Cambodian|
Cameroon|Q1009|Yaounde|Cameroonian|Yaoundé
Canada|Q16|Ottawa|Canadian|
Central African Republic|Q929|Bangui|Central African|
Chad|Q657|N'Djamena|Chadian|
Chile|Q298|Santiago|Chilean|
China|Q148|Beijing|Chinese|People's Republic of China,PRC
Colombia|Q739|Bogota|Colombian|Bogotá
Comoros||Moroni|Comorian|
Republic of the Congo|Q971|Brazzaville|Congolese|Congo-Brazzaville
Democratic Republic of the Congo|Q974|Kinshasa||DR Congo,DRC,Congo-Kinshasa
Costa Rica|Q800|San Jose|Costa Rican|
Cote d'Ivoire|Q1008|Yamoussoukro|Ivorian|Ivory Coast,Côte d'Ivoire,Abidjan
Croatia|Q224|Zagreb|Croatian|
Cuba|Q241|Havana|Cuban|
Cyprus|Q229|Nicosia|Cypriot|
Czech Republic|Q213|Prague|Czech|Czechia
Denmark|Q35|Copenhagen|Danish|
Djibouti|Q977|Djibouti City|Djiboutian|
Dominica||Roseau|Dominican|
Dominican Republic|Q786|Santo Domingo||
Ecuador|Q736|Quito|Ecuadorian|
Egypt|Q79|Cairo|Egyptian|
El Salvador|Q792|San Salvador|Salvadoran|
Equatorial Guinea|Q983|Malabo|Equatoguinean|
Eritrea|Q986|Asmara|Eritrean|
Estonia|Q191|Tallinn|Estonian|
Eswatini||Mbabane|Swazi|Swaziland
Ethiopia|Q115|Addis Ababa|Ethiopian|
Fiji|Q712|Suva|Fijian|
Finland|Q33|Helsinki|Finnish|
France|Q142|Paris|French|Elysee,Élysée,Élysée Palace,Elysee Palace
Gabon|Q1000|Libreville|Gabonese|
Gambia|Q1005|Banjul|Gambian|the Gambia
Georgia|Q230|Tbilisi|Georgian|
Germany|Q183|Berlin|German|
Ghana|Q117|Accra|Ghanaian|
Greece|Q41|Athens|Greek|
Grenada||Saint George's|Grenadian|
Guatemala|Q774|Guatemala City|Guatemalan|
Guinea|Q1006|Conakry|Guinean|
Guinea-Bissau|Q1007|Bissau|Bissau-Guinean|
Guyana|Q734|Georgetown|Guyanese|
Haiti|Q790|Port-au-Prince|Haitian|
Honduras|Q783|Tegucigalpa|Honduran|
Hungary|Q28|Budapest|Hungarian|
Iceland|Q189|Reykjavik|Icelandic|
India|Q668|New Delhi|Indian|Delhi
Indonesia|Q252|Jakarta|Indonesian|
Iran|Q794|Tehran|Iranian|Islamic Republic of Iran,Teheran
Iraq|Q796|Baghdad|Iraqi|
Ireland|Q27|Dublin|Irish|
Israel|Q801|Jerusalem|Israeli|
Italy|Q38|Rome|Italian|
Jamaica|Q766|Kingston|Jamaican|
Japan|Q17|Tokyo|Japanese|
Jordan|Q810|Amman|Jordanian|
Kazakhstan|Q232|Astana|Kazakh|
Kenya|Q114|Nairobi|Kenyan|
Kiribati||Tarawa|I-Kiribati|
North Korea|Q423|Pyongyang|North Korean|DPRK,Democratic People's Republic of Korea
South Korea|Q884|Seoul|South Korean|Republic of Korea
Kuwait|Q817|Kuwait City|Kuwaiti|
Kyrgyzstan|Q813|Bishkek|Kyrgyz|
Laos|Q819|Vientiane|Lao,Laotian|
Latvia|Q211|Riga|Latvian|
Lebanon|Q822|Beirut|Lebanese|
Lesotho|Q1013|Maseru|Basotho|
Liberia|Q1014|Monrovia|Liberian|
Libya|Q1016|Tripoli|Libyan|
Liechtenstein|Q347|Vaduz|Liechtensteiner|
Lithuania|Q37|Vilnius|Lithuanian|
Luxembourg|Q32||Luxembourgish|
Madagascar|Q1019|Antananarivo|Malagasy|
Malawi|Q1020|Lilongwe|Malawian|
Malaysia|Q833|Kuala Lumpur|Malaysian|
Maldives||Male|Maldivian|the Maldives
Mali|Q912|Bamako|Malian|
Malta|Q233|Valletta|Maltese|
Marshall Islands||Majuro|Marshallese|
Mauritania|Q1025|Nouakchott|Mauritanian|
Mauritius|Q1027|Port Louis|Mauritian|
Mexico|Q96|Mexico City|Mexican|
Micronesia||Palikir|Micronesian|Federated States of Micronesia
Moldova|Q217|Chisinau|Moldovan|Chișinău
Monaco|Q235||Monegasque|
Mongolia|Q711|Ulaanbaatar|Mongolian|
Montenegro|Q236|Podgorica|Montenegrin|
Morocco|Q1028|Rabat|Moroccan|
Mozambique|Q1029|Maputo|Mozambican|
Myanmar|Q836|Naypyidaw|Myanmar|Burma,Burmese
Namibia|Q1030|Windhoek|Namibian|
Nauru||Yaren|Nauruan|
Nepal|Q837|Kathmandu|Nepalese,Nepali|
Netherlands|Q55|Amsterdam|Dutch|the Netherlands,The Hague,Holland
New Zealand|Q664|Wellington|New Zealand|
Nicaragua|Q811|Managua|Nicaraguan|
Niger|Q1032|Niamey|Nigerien|
Nigeria|Q1033|Abuja|Nigerian|
North Macedonia|Q221|Skopje|North Macedonian,Macedonian|Macedonia
Norway|Q20|Oslo|Norwegian|
Oman|Q842|Muscat|Omani|
Pakistan|Q843|Islamabad|Pakistani|
Palau||Ngerulmud|Palauan|
Panama|Q804|Panama City|Panamanian|
Papua New Guinea||Port Moresby|Papua New Guinean|
Paraguay|Q733|Asuncion|Paraguayan|Asunción
Peru|Q419|Lima|Peruvian|
Philippines|Q928|Manila|Philippine,Filipino|the Philippines
Poland|Q36|Warsaw|Polish|
Portugal|Q45|Lisbon|Portuguese|
Qatar|Q846|Doha|Qatari|
Romania|Q218|Bucharest|Romanian|
Russia|Q159|Moscow|Russian|Russian Federation,Kremlin,the Kremlin
Rwanda|Q1037|Kigali|Rwandan|
Saint Kitts and Nevis||Basseterre|Kittitian|
Saint Lucia||Castries|Saint Lucian|
Saint Vincent and the Grenadines||Kingstown|Vincentian|
Samoa||Apia|Samoan|
San Marino|Q238||Sammarinese|
Sao Tome and Principe||Sao Tome|Santomean|São Tomé and Príncipe
Saudi Arabia|Q851|Riyadh|Saudi|
Senegal|Q1041|Dakar|Senegalese|
Serbia|Q403|Belgrade|Serbian|
Seychelles||Victoria|Seychellois|
Sierra Leone|Q1044|Freetown|Sierra Leonean|
Singapore|Q334||Singaporean|
Slovakia|Q214|Bratislava|Slovak|
Slovenia|Q215|Ljubljana|Slovenian,Slovene|
Solomon Islands||Honiara|Solomon Islander|
Somalia|Q1045|Mogadishu|Somali|
South Africa|Q258|Pretoria|South African|
South Sudan|Q958|Juba|South Sudanese|
Spain|Q29|Madrid|Spanish|
Sri Lanka|Q854|Colombo|Sri Lankan|
Sudan|Q1049|Khartoum|Sudanese|
Suriname|Q730|Paramaribo|Surinamese|
Sweden|Q34|Stockholm|Swedish|
Switzerland|Q39|Bern|Swiss|
Syria|Q858|Damascus|Syrian|
Tajikistan|Q863|Dushanbe|Tajik|
Tanzania|Q924|Dodoma|Tanzanian|
Thailand|Q869|Bangkok|Thai|
Timor-Leste||Dili|Timorese|East Timor
Togo|Q945|Lome|Togolese|
Tonga||Nuku'alofa|Tongan|
Trinidad and Tobago||Port of Spain|Trinidadian|
Tunisia|Q948|Tunis|Tunisian|
Turkey|Q43|Ankara|Turkish|Türkiye
Turkmenistan|Q874|Ashgabat|Turkmen|
Tuvalu||Funafuti|Tuvaluan|
Uganda|Q1036|Kampala|Ugandan|
Ukraine|Q212|Kyiv|Ukrainian|Kiev
United Arab Emirates|Q878|Abu Dhabi|Emirati|UAE
United Kingdom|Q145|London|British|UK,U.K.,Britain,Great Britain,Downing Street
United States|Q30|Washington|American|US,U.S.,USA,U.S.A.,United States of America,America,White House,the White House
Uruguay|Q77|Montevideo|Uruguayan|
Uzbekistan|Q265|Tashkent|Uzbek|
Vanuatu||Port Vila|Ni-Vanuatu|
Venezuela|Q717|Caracas|Venezuelan|
Vietnam|Q881|Hanoi|Vietnamese|Viet Nam
Yemen|Q805|Sanaa|Yemeni|Sana'a
Zambia|Q953|Lusaka|Zambian|
Zimbabwe|Q954|Harare|Zimbabwean|
`;
