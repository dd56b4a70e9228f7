/**
 * About 230 Swedish towns with their postal-code prefix (first three digits) and a sales
 * district, for plausible demo addresses: "Storgatan 12, 753 21 Uppsala".
 */
export type City = { name: string; prefix: number; district: string };

export const DISTRICTS: Record<string, string> = {
  S: 'Stockholm', M: 'Mälardalen', O: 'Östergötland', V: 'Väst', Y: 'Syd', L: 'Småland', T: 'Mitt', N: 'Norr',
};

// name:prefix:district — a few big cities appear more than once so they get more contacts.
const RAW = `Stockholm:111:S Stockholm:113:S Stockholm:114:S Stockholm:116:S Stockholm:118:S Solna:169:S Sundbyberg:172:S
Huddinge:141:S Nacka:131:S Täby:183:S Järfälla:175:S Sollentuna:191:S Tumba:147:S Handen:136:S Södertälje:151:S
Lidingö:181:S Danderyd:182:S Vallentuna:186:S Åkersberga:184:S Upplands Väsby:194:S Märsta:195:S Norrtälje:761:S
Nynäshamn:149:S Gustavsberg:134:S Vällingby:162:S Bromma:167:S Farsta:123:S Skärholmen:127:S Tyresö:135:S Kista:164:S
Hägersten:129:S Enskede:122:S Älvsjö:125:S Spånga:163:S Johanneshov:121:S Saltsjöbaden:133:S Vaxholm:185:S
Ekerö:178:S Kungsängen:196:S Sigtuna:193:S
Uppsala:753:M Uppsala:754:M Enköping:745:M Västerås:722:M Västerås:724:M Köping:731:M Sala:733:M Eskilstuna:632:M
Strängnäs:645:M Katrineholm:641:M Nyköping:611:M Flen:642:M Örebro:702:M Örebro:703:M Kumla:692:M Hallsberg:694:M
Karlskoga:691:M Lindesberg:711:M Arboga:732:M Fagersta:737:M Östhammar:742:M Tierp:815:M Oxelösund:613:M Trosa:619:M
Knivsta:741:M Heby:744:M Bålsta:746:M Surahammar:735:M Kungsör:736:M Hallstahammar:734:M Norberg:738:M Vingåker:643:M
Gnesta:646:M Askersund:696:M Nora:713:M Hällefors:712:M Laxå:695:M Degerfors:693:M
Linköping:582:O Linköping:583:O Norrköping:602:O Norrköping:603:O Motala:591:O Mjölby:595:O Finspång:612:O
Vadstena:592:O Söderköping:614:O Åtvidaberg:597:O Valdemarsvik:615:O Kisa:590:O Ödeshög:599:O
Göteborg:411:V Göteborg:412:V Göteborg:413:V Göteborg:414:V Göteborg:416:V Mölndal:431:V Partille:433:V Kungälv:442:V
Lerum:443:V Alingsås:441:V Borås:503:V Borås:504:V Trollhättan:461:V Vänersborg:462:V Uddevalla:451:V Lysekil:453:V
Strömstad:452:V Skövde:541:V Lidköping:531:V Falköping:521:V Mariestad:542:V Ulricehamn:523:V Stenungsund:444:V
Kungsbacka:434:V Varberg:432:V Falkenberg:311:V Halmstad:302:V Laholm:312:V Kinna:511:V Tidaholm:522:V Hjo:544:V
Tibro:543:V Åmål:662:V Bengtsfors:666:V Vara:534:V Götene:533:V Herrljunga:524:V Vårgårda:447:V Henån:473:V
Skärhamn:471:V Hisings Backa:422:V Västra Frölunda:421:V Angered:424:V Torslanda:423:V Öckerö:475:V Nödinge:449:V
Lilla Edet:463:V Nossebro:465:V Grästorp:467:V Munkedal:455:V Tanumshede:457:V Kungshamn:456:V Färgelanda:458:V
Ed:668:V Mellerud:464:V Svenljunga:512:V Tranemo:514:V Bollebygd:517:V Töreboda:545:V Gullspång:548:V Karlsborg:546:V
Skara:532:V
Malmö:211:Y Malmö:212:Y Malmö:214:Y Malmö:215:Y Lund:222:Y Lund:224:Y Helsingborg:252:Y Helsingborg:254:Y
Landskrona:261:Y Trelleborg:231:Y Ystad:271:Y Kristianstad:291:Y Hässleholm:281:Y Ängelholm:262:Y Eslöv:241:Y
Höganäs:263:Y Staffanstorp:245:Y Vellinge:235:Y Lomma:234:Y Svedala:233:Y Skurup:274:Y Sjöbo:275:Y Simrishamn:272:Y
Höör:243:Y Hörby:242:Y Klippan:264:Y Åstorp:265:Y Båstad:269:Y Osby:283:Y Karlskrona:371:Y Ronneby:372:Y
Karlshamn:374:Y Sölvesborg:294:Y Olofström:293:Y Bjuv:267:Y Perstorp:284:Y Tomelilla:273:Y Kävlinge:244:Y Arlöv:232:Y
Örkelljunga:286:Y Bromölla:295:Y Svalöv:268:Y
Jönköping:553:L Jönköping:554:L Huskvarna:561:L Nässjö:571:L Värnamo:331:L Gislaved:332:L Vetlanda:574:L Eksjö:575:L
Tranås:573:L Växjö:352:L Ljungby:341:L Kalmar:392:L Västervik:593:L Oskarshamn:572:L Nybro:382:L Vimmerby:598:L
Hultsfred:577:L Emmaboda:361:L Borgholm:387:L Visby:621:L Gnosjö:335:L Sävsjö:576:L Alvesta:342:L Tingsryd:362:L
Mönsterås:383:L Älmhult:343:L
Karlstad:652:T Karlstad:653:T Kristinehamn:681:T Arvika:671:T Säffle:661:T Filipstad:682:T Hagfors:683:T Torsby:685:T
Sunne:686:T Falun:791:T Borlänge:781:T Ludvika:771:T Avesta:774:T Hedemora:776:T Mora:792:T Leksand:793:T
Rättvik:795:T Malung:782:T Gävle:802:T Gävle:803:T Sandviken:811:T Hudiksvall:824:T Bollnäs:821:T Söderhamn:826:T
Ljusdal:827:T Edsbyn:828:T
Sundsvall:852:N Sundsvall:853:N Härnösand:871:N Örnsköldsvik:891:N Kramfors:872:N Sollefteå:881:N Timrå:861:N
Östersund:831:N Åre:837:N Umeå:903:N Umeå:904:N Skellefteå:931:N Lycksele:921:N Vilhelmina:912:N Luleå:972:N
Piteå:941:N Boden:961:N Kiruna:981:N Gällivare:982:N Haparanda:953:N Kalix:952:N Arvidsjaur:933:N Sveg:842:N
Strömsund:833:N Storuman:923:N Jokkmokk:962:N Älvsbyn:942:N Överkalix:956:N Pajala:984:N Sorsele:924:N`;

export const CITIES: City[] = [...RAW.matchAll(/(\S[^:]*?):(\d{3}):([A-Z])/g)].map((m) => ({
  name: m[1]!, prefix: Number(m[2]), district: DISTRICTS[m[3]!]!,
}));

/** Telephone area codes by district, for plausible switchboard numbers. */
export const AREA_CODES: Record<string, string[]> = {
  Stockholm: ['08'], Mälardalen: ['018', '021', '016', '019', '0155'], Östergötland: ['013', '011', '0141'],
  Väst: ['031', '033', '0520', '0500', '035'], Syd: ['040', '046', '042', '044', '0455'],
  Småland: ['036', '0470', '0480', '0490', '0498'], Mitt: ['054', '023', '026', '0243'], Norr: ['060', '090', '0920', '063'],
};
