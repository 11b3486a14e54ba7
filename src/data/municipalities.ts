/**
 * Norway's 357 municipalities (kommuneinndelingen fra 1. januar 2024), with today's kommunenummer,
 * the number they had 2020–2023 and the numbers before 2020, of the municipality itself or of the
 * ones it was made from. Data, not logic: one line per municipality, parsed and validated by
 * `parseMunicipalityTable` in `src/data/regions.ts` against `src/schemas/region.ts` when the module
 * loads; a bad line fails with its line number.
 *
 * Columns, separated by `|`:
 *   1. kommunenummer from 2024
 *   2. name: the one official name; where two municipalities share it, the county follows in
 *      brackets as SSB writes it (`Herøy (Nordland)`). Municipal names have one official form in
 *      both written standards; the parallel names are Sami and Kven.
 *   3. official parallel names (Sami, Kven), separated by `/`; empty when there are none
 *   4. kommunenummer 2020–2023: empty when it was the same as now, `-` when the municipality did not
 *      exist then (Haram was part of Ålesund 2020–2023)
 *   5. numbers before 2020, separated by `;`: `number name` for a municipality it was made from or a
 *      former name, a bare number for its own earlier number. Empty when the number is the same as now.
 *
 * Sources: SSB's municipal classification (Klass 131) and its change tables for 2018, 2020 and 2024,
 * as the team knows them; the numbers before 2020 were checked against a published 2016 → 2024
 * correspondence (every one of them maps to the municipality it stands under here). Before-2020
 * numbers go back to the municipalities of 2016: in Trøndelag both the 2018–2019 number (50xx) and
 * the older one (16xx/17xx), in Vestfold both the 2018–2019 number and the 2017 ones. Parts of
 * municipalities that were divided (Snillfjord, Tysfjord, Halsa, Hornindal) are named only under the
 * municipality that took most of them. The 2020–2023 numbers (Viken 30xx, Vestfold og Telemark 38xx,
 * Troms og Finnmark 54xx) follow SSB's order of the old numbers within each county.
 */
export const municipalityTable = `
0301|Oslo|Oslove||
3101|Halden||3001|0101
3103|Moss||3002|0104 Moss; 0136 Rygge
3105|Sarpsborg||3003|0105
3107|Fredrikstad||3004|0106
3110|Hvaler||3011|0111
3112|Råde||3017|0135
3114|Våler (Østfold)||3018|0137
3116|Skiptvet||3015|0127
3118|Indre Østfold||3014|0122 Trøgstad; 0123 Spydeberg; 0124 Askim; 0125 Eidsberg; 0138 Hobøl
3120|Rakkestad||3016|0128
3122|Marker||3013|0119
3124|Aremark||3012|0118
3201|Bærum||3024|0219
3203|Asker||3025|0220 Asker; 0627 Røyken; 0628 Hurum
3205|Lillestrøm||3030|0226 Sørum; 0227 Fet; 0231 Skedsmo
3207|Nordre Follo||3020|0213 Ski; 0217 Oppegård
3209|Ullensaker||3033|0235
3212|Nesodden||3023|0216
3214|Frogn||3022|0215
3216|Vestby||3019|0211
3218|Ås||3021|0214
3220|Enebakk||3028|0229
3222|Lørenskog||3029|0230
3224|Rælingen||3027|0228
3226|Aurskog-Høland||3026|0221 Aurskog-Høland; 0121 Rømskog
3228|Nes||3034|0236
3230|Gjerdrum||3032|0234
3232|Nittedal||3031|0233
3234|Lunner||3054|0533
3236|Jevnaker||3053|0532
3238|Nannestad||3036|0238
3240|Eidsvoll||3035|0237
3242|Hurdal||3037|0239
3301|Drammen||3005|0602 Drammen; 0625 Nedre Eiker; 0711 Svelvik
3303|Kongsberg||3006|0604
3305|Ringerike||3007|0605
3310|Hole||3038|0612
3312|Lier||3049|0626
3314|Øvre Eiker||3048|0624
3316|Modum||3047|0623
3318|Krødsherad||3046|0622
3320|Flå||3039|0615
3322|Nesbyen||3040|0616 Nes
3324|Gol||3041|0617
3326|Hemsedal||3042|0618
3328|Ål||3043|0619
3330|Hol||3044|0620
3332|Sigdal||3045|0621
3334|Flesberg||3050|0631
3336|Rollag||3051|0632
3338|Nore og Uvdal||3052|0633
3401|Kongsvinger|||0402
3403|Hamar|||0403
3405|Lillehammer|||0501
3407|Gjøvik|||0502
3411|Ringsaker|||0412
3412|Løten|||0415
3413|Stange|||0417
3414|Nord-Odal|||0418
3415|Sør-Odal|||0419
3416|Eidskog|||0420
3417|Grue|||0423
3418|Åsnes|||0425
3419|Våler (Innlandet)|||0426
3420|Elverum|||0427
3421|Trysil|||0428
3422|Åmot|||0429
3423|Stor-Elvdal|||0430
3424|Rendalen|||0432
3425|Engerdal|||0434
3426|Tolga|||0436
3427|Tynset|||0437
3428|Alvdal|||0438
3429|Folldal|||0439
3430|Os|||0441
3431|Dovre|||0511
3432|Lesja|||0512
3433|Skjåk|||0513
3434|Lom|||0514
3435|Vågå|||0515
3436|Nord-Fron|||0516
3437|Sel|||0517
3438|Sør-Fron|||0519
3439|Ringebu|||0520
3440|Øyer|||0521
3441|Gausdal|||0522
3442|Østre Toten|||0528
3443|Vestre Toten|||0529
3446|Gran|||0534
3447|Søndre Land|||0536
3448|Nordre Land|||0538
3449|Sør-Aurdal|||0540
3450|Etnedal|||0541
3451|Nord-Aurdal|||0542
3452|Vestre Slidre|||0543
3453|Øystre Slidre|||0544
3454|Vang|||0545
3901|Horten||3801|0701
3903|Holmestrand||3802|0715 Holmestrand; 0702 Holmestrand; 0714 Hof; 0713 Sande
3905|Tønsberg||3803|0704 Tønsberg; 0716 Re
3907|Sandefjord||3804|0710 Sandefjord; 0706 Sandefjord; 0719 Andebu; 0720 Stokke
3909|Larvik||3805|0712 Larvik; 0709 Larvik; 0728 Lardal
3911|Færder||3811|0729 Færder; 0722 Nøtterøy; 0723 Tjøme
4001|Porsgrunn||3806|0805
4003|Skien||3807|0806
4005|Notodden||3808|0807
4010|Siljan||3812|0811
4012|Bamble||3813|0814
4014|Kragerø||3814|0815
4016|Drangedal||3815|0817
4018|Nome||3816|0819
4020|Midt-Telemark||3817|0821 Bø; 0822 Sauherad
4022|Seljord||3820|0828
4024|Hjartdal||3819|0827
4026|Tinn||3818|0826
4028|Kviteseid||3821|0829
4030|Nissedal||3822|0830
4032|Fyresdal||3823|0831
4034|Tokke||3824|0833
4036|Vinje||3825|0834
4201|Risør|||0901
4202|Grimstad|||0904
4203|Arendal|||0906
4204|Kristiansand|||1001 Kristiansand; 1017 Songdalen; 1018 Søgne
4205|Lindesnes|||1002 Mandal; 1021 Marnardal; 1029 Lindesnes
4206|Farsund|||1003
4207|Flekkefjord|||1004
4211|Gjerstad|||0911
4212|Vegårshei|||0912
4213|Tvedestrand|||0914
4214|Froland|||0919
4215|Lillesand|||0926
4216|Birkenes|||0928
4217|Åmli|||0929
4218|Iveland|||0935
4219|Evje og Hornnes|||0937
4220|Bygland|||0938
4221|Valle|||0940
4222|Bykle|||0941
4223|Vennesla|||1014
4224|Åseral|||1026
4225|Lyngdal|||1032 Lyngdal; 1027 Audnedal
4226|Hægebostad|||1034
4227|Kvinesdal|||1037
4228|Sirdal|||1046
1101|Eigersund|||
1103|Stavanger|||1103 Stavanger; 1141 Finnøy; 1142 Rennesøy
1106|Haugesund|||
1108|Sandnes|||1102 Sandnes; 1129 Forsand
1111|Sokndal|||
1112|Lund|||
1114|Bjerkreim|||
1119|Hå|||
1120|Klepp|||
1121|Time|||
1122|Gjesdal|||
1124|Sola|||
1127|Randaberg|||
1130|Strand|||
1133|Hjelmeland|||
1134|Suldal|||
1135|Sauda|||
1144|Kvitsøy|||
1145|Bokn|||
1146|Tysvær|||
1149|Karmøy|||
1151|Utsira|||
1160|Vindafjord|||
1505|Kristiansund|||
1506|Molde|||1502 Molde; 1543 Nesset; 1545 Midsund
1508|Ålesund||1507|1504 Ålesund; 1523 Ørskog; 1529 Skodje; 1546 Sandøy
1511|Vanylven|||
1514|Sande|||
1515|Herøy (Møre og Romsdal)|||
1516|Ulstein|||
1517|Hareid|||
1520|Ørsta|||
1525|Stranda|||
1528|Sykkylven|||
1531|Sula|||
1532|Giske|||
1535|Vestnes|||
1539|Rauma|||
1547|Aukra|||
1554|Averøy|||
1557|Gjemnes|||
1560|Tingvoll|||
1563|Sunndal|||
1566|Surnadal|||
1573|Smøla|||
1576|Aure|||
1577|Volda|||1519 Volda; 1444 Hornindal
1578|Fjord|||1524 Norddal; 1526 Stordal
1579|Hustadvika|||1548 Fræna; 1551 Eide
1580|Haram||-|1534
1804|Bodø|||
1806|Narvik|||1805 Narvik; 1854 Ballangen; 1850 Tysfjord
1811|Bindal|||
1812|Sømna|||
1813|Brønnøy|||
1815|Vega|||
1816|Vevelstad|||
1818|Herøy (Nordland)|||
1820|Alstahaug|||
1822|Leirfjord|||
1824|Vefsn|||
1825|Grane|||
1826|Hattfjelldal|Aarborte||
1827|Dønna|||
1828|Nesna|||
1832|Hemnes|||
1833|Rana|Raane||
1834|Lurøy|||
1835|Træna|||
1836|Rødøy|||
1837|Meløy|||
1838|Gildeskål|||
1839|Beiarn|||
1840|Saltdal|||
1841|Fauske|Fuossko||
1845|Sørfold|Fuolldá||
1848|Steigen|||
1851|Lødingen|||
1853|Evenes|Evenášši||
1856|Røst|||
1857|Værøy|||
1859|Flakstad|||
1860|Vestvågøy|||
1865|Vågan|||
1866|Hadsel|||
1867|Bø|||
1868|Øksnes|||
1870|Sortland|Suortá||
1871|Andøy|||
1874|Moskenes|||
1875|Hamarøy|Hábmer||1849 Hamarøy
4601|Bergen|||1201
4602|Kinn|||1401 Flora; 1439 Vågsøy
4611|Etne|||1211
4612|Sveio|||1216
4613|Bømlo|||1219
4614|Stord|||1221
4615|Fitjar|||1222
4616|Tysnes|||1223
4617|Kvinnherad|||1224
4618|Ullensvang|||1228 Odda; 1231 Ullensvang; 1227 Jondal
4619|Eidfjord|||1232
4620|Ulvik|||1233
4621|Voss|||1235 Voss; 1234 Granvin
4622|Kvam|||1238
4623|Samnanger|||1242
4624|Bjørnafjorden|||1243 Os; 1241 Fusa
4625|Austevoll|||1244
4626|Øygarden|||1246 Fjell; 1245 Sund; 1259 Øygarden
4627|Askøy|||1247
4628|Vaksdal|||1251
4629|Modalen|||1252
4630|Osterøy|||1253
4631|Alver|||1256 Meland; 1260 Radøy; 1263 Lindås
4632|Austrheim|||1264
4633|Fedje|||1265
4634|Masfjorden|||1266
4635|Gulen|||1411
4636|Solund|||1412
4637|Hyllestad|||1413
4638|Høyanger|||1416
4639|Vik|||1417
4640|Sogndal|||1420 Sogndal; 1419 Leikanger; 1418 Balestrand
4641|Aurland|||1421
4642|Lærdal|||1422
4643|Årdal|||1424
4644|Luster|||1426
4645|Askvoll|||1428
4646|Fjaler|||1429
4647|Sunnfjord|||1432 Førde; 1433 Naustdal; 1430 Gaular; 1431 Jølster
4648|Bremanger|||1438
4649|Stad|||1443 Eid; 1441 Selje
4650|Gloppen|||1445
4651|Stryn|||1449
5001|Trondheim|Tråante||1601 Trondheim; 5030 Klæbu; 1662 Klæbu
5006|Steinkjer|Stïentje||5004 Steinkjer; 1702 Steinkjer; 5039 Verran; 1724 Verran
5007|Namsos|Nåavmesjenjaelmie||5005 Namsos; 1703 Namsos; 5040 Namdalseid; 1725 Namdalseid; 5048 Fosnes; 1748 Fosnes
5014|Frøya|||1620
5020|Osen|||1633
5021|Oppdal|||1634
5022|Rennebu|||1635
5025|Røros|Rosse||1640
5026|Holtålen|||1644
5027|Midtre Gauldal|||1648
5028|Melhus|||1653
5029|Skaun|||1657
5031|Malvik|||1663
5032|Selbu|||1664
5033|Tydal|||1665
5034|Meråker|||1711
5035|Stjørdal|||1714
5036|Frosta|||1717
5037|Levanger|Levangke||1719
5038|Verdal|||1721
5041|Snåsa|Snåase||1736
5042|Lierne|||1738
5043|Røyrvik|Raarvihke||1739
5044|Namsskogan|||1740
5045|Grong|||1742
5046|Høylandet|||1743
5047|Overhalla|||1744
5049|Flatanger|||1749
5052|Leka|||1755
5053|Inderøy|||1756
5054|Indre Fosen|||1624 Rissa; 1718 Leksvik
5055|Heim|||5011 Hemne; 1612 Hemne; 1571 Halsa; 5012 Snillfjord; 1613 Snillfjord
5056|Hitra|||5013; 1617
5057|Ørland|||5015 Ørland; 1621 Ørland; 5017 Bjugn; 1627 Bjugn
5058|Åfjord|||5018 Åfjord; 1630 Åfjord; 5019 Roan; 1632 Roan
5059|Orkland|||5024 Orkdal; 1638 Orkdal; 5023 Meldal; 1636 Meldal; 5016 Agdenes; 1622 Agdenes
5060|Nærøysund|||5050 Vikna; 1750 Vikna; 5051 Nærøy; 1751 Nærøy
5061|Rindal|||1567
5501|Tromsø||5401|1902
5503|Harstad|Hárstták|5402|1903
5510|Kvæfjord||5411|1911
5512|Tjeldsund|Dielddanuorri|5412|1852 Tjeldsund; 1913 Skånland
5514|Ibestad||5413|1917
5516|Gratangen|Rivtták|5414|1919
5518|Lavangen|Loabák|5415|1920
5520|Bardu||5416|1922
5522|Salangen||5417|1923
5524|Målselv||5418|1924
5526|Sørreisa||5419|1925
5528|Dyrøy||5420|1926
5530|Senja||5421|1931 Lenvik; 1927 Tranøy; 1928 Torsken; 1929 Berg
5532|Balsfjord||5422|1933
5534|Karlsøy||5423|1936
5536|Lyngen|Ivgu/Yykeä|5424|1938
5538|Storfjord|Omasvuotna/Omasvuono|5425|1939
5540|Kåfjord|Gáivuotna/Kaivuono|5426|1940
5542|Skjervøy||5427|1941
5544|Nordreisa|Ráisa/Raisi|5428|1942
5546|Kvænangen||5429|1943
5601|Alta||5403|2012
5603|Hammerfest|Hámmerfeasta|5406|2004 Hammerfest; 2017 Kvalsund
5605|Sør-Varanger||5444|2030
5607|Vadsø||5405|2003
5610|Karasjok|Kárášjohka|5437|2021
5612|Kautokeino|Guovdageaidnu|5430|2011
5614|Loppa||5432|2014
5616|Hasvik||5433|2015
5618|Måsøy||5434|2018
5620|Nordkapp||5435|2019
5622|Porsanger|Porsáŋgu/Porsanki|5436|2020
5624|Lebesby||5438|2022
5626|Gamvik||5439|2023
5628|Tana|Deatnu|5441|2025
5630|Berlevåg||5440|2024
5632|Båtsfjord||5443|2028
5634|Vardø||5404|2002
5636|Nesseby|Unjárga|5442|2027
`;
