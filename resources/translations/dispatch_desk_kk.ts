<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../dispatch_desk/cli/__init__.py" line="57"/>
        <source>a file given is not UTF-8 text ({reason} at byte {byte})</source>
        <translation>берілген файл UTF-8 мәтіні емес ({reason}, {byte} байт)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/__init__.py" line="66"/>
        <source>cannot use {file}</source>
        <translation>{file} пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/__init__.py" line="66"/>
        <source>cannot use a file</source>
        <translation>файлды пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="26"/>
        <source>Mon</source>
        <translation>Дс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="27"/>
        <source>Tue</source>
        <translation>Сс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="28"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="29"/>
        <source>Thu</source>
        <translation>Бс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="30"/>
        <source>Fri</source>
        <translation>Жм</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="31"/>
        <source>Sat</source>
        <translation>Сн</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="32"/>
        <source>Sun</source>
        <translation>Жс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="134"/>
        <location filename="../../dispatch_desk/cli/geography.py" line="204"/>
        <location filename="../../dispatch_desk/cli/reports.py" line="204"/>
        <source>precinct {code}</source>
        <translation>{code} учаскесі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="134"/>
        <source>the city</source>
        <translation>қала</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="152"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="92"/>
        <source>CATEGORY</source>
        <translation>САНАТ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="152"/>
        <source>NOW</source>
        <translation>ҚАЗІР</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="152"/>
        <source>BEFORE</source>
        <translation>БҰРЫН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="152"/>
        <source>CHANGE</source>
        <translation>ӨЗГЕРІС</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="170"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="94"/>
        <source>ADDRESS</source>
        <translation>МЕКЕНЖАЙ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="170"/>
        <source>CONTACTS</source>
        <translation>ӨТІНІШТЕР</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="170"/>
        <source>SHARE</source>
        <translation>ҮЛЕС</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="137"/>
        <source>{where}: {now} contacts ({before} the period before)</source>
        <translation>{where}: өтініштер {now} (алдыңғы кезеңде {before})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="158"/>
        <source>busiest hour: {day} {hour}:00 ({count} contacts)</source>
        <translation>ең қарбалас сағат: {day} {hour}:00 (өтініштер: {count})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="173"/>
        <source>the top {count} addresses make {share} of the contacts; {half} addresses make half of them</source>
        <translation>алдыңғы мекенжайлар ({count}) өтініштердің {share} береді; өтініштердің жартысы {half} мекенжайдан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="218"/>
        <source>the text for residents, as printed:</source>
        <translation>тұрғындарға арналған мәтін, басылатын түрінде:</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="231"/>
        <source>say where the pack goes: --pdf OUT.pdf, --csv OUT or --json OUT</source>
        <translation>материалдарды қайда жазу керегін көрсетіңіз: --pdf OUT.pdf, --csv OUT немесе --json OUT</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="269"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="295"/>
        <source>hot</source>
        <translation>ыстық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="295"/>
        <source>cold</source>
        <translation>суық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <source>CELL</source>
        <translation>ҰЯШЫҚ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>LAT</source>
        <translation>ЕНДІК</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>LON</source>
        <translation>БОЙЛЫҚ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <source>COUNT</source>
        <translation>САНЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <source>PER KM²</source>
        <translation>КМ² САЙЫН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="90"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <source>SPOT</source>
        <translation>ОШАҚ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="304"/>
        <source>{shown} of {all} cells hot or cold at 90 % or more</source>
        <translation>90 % және одан жоғары деңгейдегі ыстық не суық ұяшықтар: {all} ішінен {shown}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="309"/>
        <source>near repeats (Knox, {metres} m, {days} days): {pairs} pairs, {expected} expected, p = {p}</source>
        <translation>жақын қайталанулар (Нокс, {metres} м, {days} тәул.): жұптар {pairs}, күтілгені {expected}, p = {p}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="102"/>
        <source>set intake_account_secret (the secret shared with the registration service) first</source>
        <translation>алдымен intake_account_secret орнатыңыз (тіркеу қызметімен ортақ құпия)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="120"/>
        <location filename="../../dispatch_desk/cli/geography.py" line="194"/>
        <location filename="../../dispatch_desk/cli/geography.py" line="218"/>
        <source>warning: {warning}</source>
        <translation>ескерту: {warning}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="123"/>
        <source>intake server on {url} (OpenAPI: /openapi.json), database {database}, media in {folder}</source>
        <translation>қабылдау сервері {url} мекенжайында (OpenAPI: /openapi.json), дерекқор {database}, медиафайлдар {folder} ішінде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="139"/>
        <source>a confidential key, </source>
        <translation>құпия кілт, </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="143"/>
        <source>key {name} created ({kind}{rate} requests a minute); it is shown only now, store it in the client&apos;s configuration</source>
        <translation>{name} кілті жасалды ({kind}минутына {rate} сұрау); ол тек қазір көрсетіледі, оны клиенттің баптауларына сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="152"/>
        <source>key {name} is revoked</source>
        <translation>{name} кілті кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <location filename="../../dispatch_desk/cli/cameras.py" line="98"/>
        <location filename="../../dispatch_desk/cli/users.py" line="150"/>
        <source>NAME</source>
        <translation>АТЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <source>KEY</source>
        <translation>КІЛТ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>KIND</source>
        <translation>ТҮРІ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <source>PER MINUTE</source>
        <translation>МИНУТЫНА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <source>CREATED</source>
        <translation>ЖАСАЛДЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <location filename="../../dispatch_desk/cli/users.py" line="154"/>
        <source>STATE</source>
        <translation>КҮЙІ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="161"/>
        <source>revoked {time}</source>
        <translation>кері қайтарылды {time}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="161"/>
        <location filename="../../dispatch_desk/cli/words.py" line="151"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="163"/>
        <source>confidential</source>
        <translation>құпия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="163"/>
        <source>app</source>
        <translation>қосымша</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="74"/>
        <source>{file} is a folder; give a file name</source>
        <translation>{file} — қалта; файл атын көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="76"/>
        <source>{count} lines written to {file}</source>
        <translation>{file} файлына жазылған жолдар: {count}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="94"/>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>TIME</source>
        <translation>УАҚЫТ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="95"/>
        <source>SOURCE</source>
        <translation>ДЕРЕККӨЗ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="96"/>
        <location filename="../../dispatch_desk/cli/users.py" line="149"/>
        <location filename="../../dispatch_desk/cli/users.py" line="180"/>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="97"/>
        <source>WORKSTATION</source>
        <translation>ЖҰМЫС ОРНЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="98"/>
        <location filename="../../dispatch_desk/cli/users.py" line="180"/>
        <source>WHAT</source>
        <translation>НЕ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="99"/>
        <source>SUBJECT</source>
        <translation>НЫСАН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="100"/>
        <source>DETAIL</source>
        <translation>ТОЛЫҒЫРАҚ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="106"/>
        <source>the current shift only, from {time}</source>
        <translation>тек ағымдағы ауысым, {time} бастап</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="109"/>
        <source>more lines match; narrow the search or raise --limit</source>
        <translation>тағы жолдар сәйкес келеді; іздеуді тарылтыңыз немесе --limit арттырыңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="39"/>
        <source>{message} (see &apos;{program} --help&apos;)</source>
        <translation>{message} (&apos;{program} --help&apos; қараңыз)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="98"/>
        <source>this database had no accounts; its administrator is &apos;admin&apos; with the one-time password</source>
        <translation>бұл дерекқорда тіркелгілер болмады; оның әкімшісі — бір реттік құпиясөзі бар &apos;admin&apos;</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="99"/>
        <source>It is shown only now. Sign in with it and choose a new password at once.</source>
        <translation>Ол тек қазір көрсетіледі. Онымен кіріп, бірден жаңа құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="113"/>
        <source>this command acts as a person: give --user LOGIN (or set DISPATCH_DESK_USER)</source>
        <translation>бұл команда адамның атынан әрекет етеді: --user ЛОГИН көрсетіңіз (немесе DISPATCH_DESK_USER орнатыңыз)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="118"/>
        <source>no password: set {variable} or run the command in a terminal</source>
        <translation>құпиясөз жоқ: {variable} орнатыңыз немесе команданы терминалда іске қосыңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="120"/>
        <location filename="../../dispatch_desk/cli/desk.py" line="66"/>
        <source>password for {login}: </source>
        <translation>{login} құпиясөзі: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="128"/>
        <source>{login} must choose a new password first: dispatch-desk users password --user {login}</source>
        <translation>{login} алдымен жаңа құпиясөз таңдауы керек: dispatch-desk users password --user {login}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="227"/>
        <source>could not write {file}</source>
        <translation>{file} жазу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="46"/>
        <source>--evening goes with --demo (the demo city&apos;s Saturday evening)</source>
        <translation>--evening --demo параметрімен бірге қолданылады (демо қаланың сенбі кеші)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="51"/>
        <source>the {role} role has a new password; the URL above is shown only now</source>
        <translation>{role} рөлінің жаңа құпиясөзі бар; жоғарыдағы мекенжай тек қазір көрсетіледі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="56"/>
        <source>database {database} is at revision {revision}</source>
        <translation>{database} дерекқорының нұсқасы {revision}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="66"/>
        <source>demo city built: {precincts} precincts, {streets} streets, {units} units, {incidents} incidents ({open} open); accounts {accounts}, each with the password &apos;{password}&apos;</source>
        <translation>демо қала жасалды: учаскелер {precincts}, көшелер {streets}, жасақтар {units}, оқиғалар {incidents} (ашық {open}); тіркелгілер {accounts}, әрқайсысының құпиясөзі &apos;{password}&apos;</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="77"/>
        <source>database ready: {database}</source>
        <translation>дерекқор дайын: {database}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/desk.py" line="62"/>
        <source>the screenshot is written as PNG: give a file name ending in .png</source>
        <translation>скриншот PNG түрінде жазылады: .png деп аяқталатын файл атын көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="113"/>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="114"/>
        <source>NAME (RU)</source>
        <translation>АТАУЫ (RU)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="115"/>
        <source>NAME (KK)</source>
        <translation>АТАУЫ (KK)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="116"/>
        <source>NAME (EN)</source>
        <translation>АТАУЫ (EN)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="117"/>
        <source>HOURS</source>
        <translation>ЖҰМЫС УАҚЫТЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="118"/>
        <source>PHONE</source>
        <translation>ТЕЛЕФОН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="119"/>
        <source>SERVICE CENTRE</source>
        <translation>ҚЫЗМЕТ КӨРСЕТУ ОРТАЛЫҒЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="121"/>
        <source>no precincts</source>
        <translation>учаскелер жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="143"/>
        <source> ({count} objects without usable geometry skipped)</source>
        <translation> (жарамды геометриясы жоқ нысандар өткізілді: {count})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="146"/>
        <source> ({count} addresses far from every precinct left out)</source>
        <translation> (барлық учаскеден алыс мекенжайлар қосылмады: {count})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="149"/>
        <source>gazetteer replaced: {streets} streets, {addresses} addresses</source>
        <translation>мекенжай анықтамалығы ауыстырылды: көшелер {streets}, мекенжайлар {addresses}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="167"/>
        <source>warning: the road network was not replaced: {error}</source>
        <translation>ескерту: жол желісі ауыстырылмады: {error}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="169"/>
        <source>road network replaced: {size} KB for the routing engine</source>
        <translation>жол желісі ауыстырылды: бағыт қозғалтқышына {size} КБ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="175"/>
        <source>give an ADDRESS, or --reverse LAT LON</source>
        <translation>МЕКЕНЖАЙ немесе --reverse ЕНДІК БОЙЛЫҚ көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="177"/>
        <source>the address is too long ({count} characters, at most 300)</source>
        <translation>мекенжай тым ұзын ({count} таңба, ең көбі 300)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="184"/>
        <source>no suggestions</source>
        <translation>ұсыныстар жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="189"/>
        <location filename="../../dispatch_desk/cli/geography.py" line="239"/>
        <source>({lat}, {lon}) is not a latitude and longitude</source>
        <translation>({lat}, {lon}) ендік пен бойлық емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="199"/>
        <source>no match: the location stays unverified until the operator places it on the map</source>
        <translation>сәйкестік жоқ: оператор картаға белгілегенше орын тексерілмеген болып қалады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="204"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="205"/>
        <source>confidence {value}</source>
        <translation>сенімділік {value}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="221"/>
        <source>imported {count} precincts</source>
        <translation>импортталған учаскелер: {count}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="222"/>
        <source> (all earlier precincts replaced)</source>
        <translation> (бұрынғы барлық учаскелер ауыстырылды)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="231"/>
        <source>give LAT LON, or --csv FILE with --lat-column and --lon-column</source>
        <translation>ЕНДІК БОЙЛЫҚ немесе --lat-column және --lon-column параметрлерімен --csv ФАЙЛ көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="233"/>
        <source>--csv takes --lat-column and --lon-column, and no LAT LON</source>
        <translation>--csv үшін --lat-column мен --lon-column керек, ЕНДІК БОЙЛЫҚ қабылданбайды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="236"/>
        <source>there are no precincts: import them with &apos;dispatch-desk precincts import&apos;</source>
        <translation>учаскелер жоқ: оларды &apos;dispatch-desk precincts import&apos; командасымен импорттаңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="246"/>
        <source>outside every precinct ({match})</source>
        <translation>барлық учаскеден тыс ({match})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="248"/>
        <source>, {metres} m outside</source>
        <translation>, шекарадан {metres} м тыс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="257"/>
        <source>cannot write {file}</source>
        <translation>{file} жазу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="271"/>
        <source>{count} rows: {summary}</source>
        <translation>жолдар {count}: {summary}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="54"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="60"/>
        <location filename="../../dispatch_desk/cli/routes.py" line="78"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="60"/>
        <location filename="../../dispatch_desk/cli/trackers.py" line="121"/>
        <source>UNIT</source>
        <translation>ЖАСАҚ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="60"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="91"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>STATUS</source>
        <translation>КҮЙІ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="60"/>
        <source>ETA</source>
        <translation>ЖЕТУ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="60"/>
        <source>WHY</source>
        <translation>НЕЛІКТЕН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="62"/>
        <source>no unit can be sent now</source>
        <translation>қазір жіберетін жасақ жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="89"/>
        <location filename="../../dispatch_desk/cli/users.py" line="151"/>
        <source>NUMBER</source>
        <translation>НӨМІРІ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="51"/>
        <source>cameras imported: {count} ({secrets} with credentials, kept apart)</source>
        <translation>камералар қосылды: {count} (тіркелгі деректерімен: {secrets}, бөлек сақталады)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="93"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <location filename="../../dispatch_desk/cli/users.py" line="153"/>
        <source>PRECINCT</source>
        <translation>УЧАСКЕ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <location filename="../../dispatch_desk/cli/cameras.py" line="98"/>
        <source>ID</source>
        <translation>ИД</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <source>PLACE</source>
        <translation>ОРНЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <source>VIEW</source>
        <translation>ШОЛУ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <source>RANGE, M</source>
        <translation>ҚАШЫҚТЫҚ, М</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <source>STREAM</source>
        <translation>АҒЫН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="79"/>
        <source>no cameras</source>
        <translation>камералар жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="85"/>
        <source>camera {id} removed</source>
        <translation>{id} камерасы жойылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="95"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="95"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="98"/>
        <source>LOOKS AT THE PLACE</source>
        <translation>ОРЫНҒА ҚАРАЙДЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="99"/>
        <source>no camera sees the place</source>
        <translation>бұл орынды бірде-бір камера көрмейді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="95"/>
        <source>UNITS</source>
        <translation>ЖАСАҚТАР</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="96"/>
        <source>RECEIVED</source>
        <translation>ТҮСТІ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="98"/>
        <source>no incidents</source>
        <translation>оқиғалар жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>CALL SIGN</source>
        <translation>ШАҚЫРУ БЕЛГІСІ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>INCIDENT</source>
        <translation>ОҚИҒА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>CREW</source>
        <translation>ҚҰРАМЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="132"/>
        <source>no units</source>
        <translation>жасақтар жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="165"/>
        <source>INTERVAL</source>
        <translation>АРАЛЫҚ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="166"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="167"/>
        <source>P50 S</source>
        <translation>P50 С</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="168"/>
        <source>P90 S</source>
        <translation>P90 С</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="169"/>
        <source>MAX S</source>
        <translation>ЕҢ КӨП С</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="170"/>
        <source>PENDING</source>
        <translation>КҮТУДЕ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="171"/>
        <source>LEFT OUT</source>
        <translation>ШЫҒАРЫЛДЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="177"/>
        <source>{count} incidents from {start} to {end}</source>
        <translation>{start} — {end} аралығындағы оқиғалар: {count}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="182"/>
        <source>; no dispatch yet</source>
        <translation>; әлі жіберу болған жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="187"/>
        <source>P{priority} dispatched within {minutes} min: {share} of {count} (target 90 %: {verdict})</source>
        <translation>P{priority} {minutes} мин ішінде жіберілді: {count} ішінен {share} (мақсат 90 %: {verdict})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="192"/>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="192"/>
        <source>not met</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="214"/>
        <source>queue</source>
        <translation>күту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="215"/>
        <source>travel</source>
        <translation>жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="216"/>
        <source>response</source>
        <translation>әрекет ету</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="217"/>
        <source>on scene</source>
        <translation>оқиға орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="218"/>
        <source>total</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="119"/>
        <source>account {login} created ({roles}); tell the person this one-time password, which is shown only now</source>
        <translation>{login} тіркелгісі жасалды ({roles}); адамға осы бір реттік құпиясөзді айтыңыз — ол тек қазір көрсетіледі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="140"/>
        <source> (new password due)</source>
        <translation> (жаңа құпиясөз керек)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="152"/>
        <location filename="../../dispatch_desk/cli/users.py" line="180"/>
        <source>ROLES</source>
        <translation>РӨЛДЕР</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="155"/>
        <source>LAST SIGN-IN</source>
        <translation>СОҢҒЫ КІРУ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="163"/>
        <source>waiting for a second administrator ({program} users confirm|refuse LOGIN):</source>
        <translation>екінші әкімшіні күтуде ({program} users confirm|refuse ЛОГИН):</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="174"/>
        <source>new account</source>
        <translation>жаңа тіркелгі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="174"/>
        <source>roles</source>
        <translation>рөлдер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="180"/>
        <source>ASKED BY</source>
        <translation>КІМ СҰРАДЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="180"/>
        <source>ASKED AT</source>
        <translation>ҚАШАН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="200"/>
        <source>no roles wait for confirmation</source>
        <translation>растауды күтетін рөлдер жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="208"/>
        <source>the roles asked for {login} are refused</source>
        <translation>{login} үшін сұралған рөлдерден бас тартылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="215"/>
        <location filename="../../dispatch_desk/cli/users.py" line="246"/>
        <source>{login} is now {roles}</source>
        <translation>{login} енді: {roles}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="223"/>
        <source>account {login} is {state}</source>
        <translation>{login} тіркелгісі: {state}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="233"/>
        <source>one-time password for {login}, shown only now; it must be changed at the next sign-in</source>
        <translation>{login} үшін бір реттік құпиясөз, тек қазір көрсетіледі; келесі кіруде оны өзгерту керек</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="253"/>
        <source>give --user LOGIN: whose password to change</source>
        <translation>--user ЛОГИН көрсетіңіз: кімнің құпиясөзін өзгерту керек</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="260"/>
        <source>no password: set {old} and {new}, or run in a terminal</source>
        <translation>құпиясөз жоқ: {old} және {new} орнатыңыз немесе терминалда іске қосыңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="265"/>
        <source>current password for {login}: </source>
        <translation>{login} ағымдағы құпиясөзі: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="266"/>
        <source>new password: </source>
        <translation>жаңа құпиясөз: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="267"/>
        <source>the new password again: </source>
        <translation>жаңа құпиясөз тағы бір рет: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="268"/>
        <source>the two new passwords differ; nothing was changed</source>
        <translation>жаңа құпиясөздер сәйкес емес; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="270"/>
        <source>the password of {login} is changed</source>
        <translation>{login} құпиясөзі өзгертілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="118"/>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="119"/>
        <source>shift lead</source>
        <translation>жауапты кезекші</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="120"/>
        <source>precinct inspector</source>
        <translation>учаскелік инспектор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="121"/>
        <source>anti-corruption officer</source>
        <translation>сыбайлас жемқорлыққа қарсы қызмет қызметкері</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="122"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="123"/>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="124"/>
        <source>wall display</source>
        <translation>қабырға таблосы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="127"/>
        <source>take calls</source>
        <translation>қоңырауларды қабылдау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="128"/>
        <source>dispatch units and update incidents</source>
        <translation>жасақтарды жіберу және оқиғаларды жүргізу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="129"/>
        <source>see callers&apos; identity</source>
        <translation>өтініш берушілердің жеке басын көру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="130"/>
        <source>read incidents of every precinct</source>
        <translation>барлық учаскелердің оқиғаларын оқу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="131"/>
        <source>take a unit off an incident of another precinct</source>
        <translation>басқа учаскенің оқиғасынан жасақты алу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="132"/>
        <source>override an incident&apos;s priority</source>
        <translation>оқиғаның басымдығын өзгерту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="133"/>
        <source>reopen incidents</source>
        <translation>оқиғаларды қайта ашу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="134"/>
        <source>manage units and their shifts</source>
        <translation>жасақтар мен олардың ауысымдарын басқару</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="135"/>
        <source>read analytics</source>
        <translation>талдауды оқу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="136"/>
        <source>read the shift&apos;s audit trail</source>
        <translation>ауысымның аудит журналын оқу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="137"/>
        <source>set the overdue thresholds and acknowledge overdue incidents</source>
        <translation>мерзімі өту шектерін орнату және мерзімі өткен оқиғаларды растау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="138"/>
        <source>read the audit trail</source>
        <translation>аудит журналын оқу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="139"/>
        <source>handle corruption reports and complaints about police officers</source>
        <translation>сыбайлас жемқорлық туралы хабарламалармен және полиция қызметкерлеріне шағымдармен жұмыс істеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="140"/>
        <source>manage accounts</source>
        <translation>тіркелгілерді басқару</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="141"/>
        <source>change precincts and address data</source>
        <translation>учаскелер мен мекенжай деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="142"/>
        <source>change categories</source>
        <translation>санаттарды өзгерту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="143"/>
        <source>manage the intake&apos;s API keys</source>
        <translation>қабылдау серверінің API кілттерін басқару</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="144"/>
        <source>open and work on the precinct&apos;s problems</source>
        <translation>учаске мәселелерін ашу және олармен жұмыс істеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="145"/>
        <source>show the city board</source>
        <translation>қала таблосын көрсету</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="146"/>
        <source>watch the city&apos;s cameras</source>
        <translation>қала камераларын көру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="152"/>
        <source>locked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="153"/>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="175"/>
        <source>{login} may not {action}; this is for: {roles}</source>
        <translation>{login} рұқсаты жоқ: {action}; бұл кімге рұқсат: {roles}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="178"/>
        <source>nobody</source>
        <translation>ешкім</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="187"/>
        <source>wrong login or password</source>
        <translation>логин немесе құпиясөз қате</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="188"/>
        <source>the account is locked for a while after failed sign-ins; try later</source>
        <translation>сәтсіз кірулерден кейін тіркелгі біраз уақытқа бұғатталды; кейінірек көріңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="189"/>
        <source>the account is disabled; an administrator can enable it</source>
        <translation>тіркелгі өшірілген; оны әкімші қоса алады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="198"/>
        <source>{login}: {roles} read confidential data; the request waits for a second administrator to confirm it (dispatch-desk users confirm {login})</source>
        <translation>{login}: {roles} рөлдері құпия деректерді оқиды; сұрау екінші әкімшінің растауын күтеді (dispatch-desk users confirm {login})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="84"/>
        <source>the device&apos;s password: </source>
        <translation>құрылғының құпиясөзі: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="86"/>
        <source>the device&apos;s password is empty</source>
        <translation>құрылғының құпиясөзі бос</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="96"/>
        <source>{device} is now in unit {unit}</source>
        <translation>{device} енді {unit} жасағында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="99"/>
        <source>{device} is no longer in unit {unit}</source>
        <translation>{device} енді {unit} жасағында емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="121"/>
        <source>DEVICE</source>
        <translation>ҚҰРЫЛҒЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="121"/>
        <source>PROTOCOL</source>
        <translation>ХАТТАМА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="121"/>
        <source>SINCE</source>
        <translation>БАСТАП</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="121"/>
        <source>BY</source>
        <translation>КІМ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="122"/>
        <source>UNTIL</source>
        <translation>ДЕЙІН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="123"/>
        <source>no trackers are bound to units</source>
        <translation>жасақтарға бірде-бір трекер байланыстырылмаған</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="137"/>
        <source>no protocol to serve: give --wialon-port, --teltonika-port or --osmand-port</source>
        <translation>қызмет көрсететін хаттама жоқ: --wialon-port, --teltonika-port немесе --osmand-port көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="143"/>
        <source>units&apos; server on {host}: {protocols}; database {database}</source>
        <translation>жасақтар сервері {host} мекенжайында: {protocols}; дерекқор {database}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>KM/H</source>
        <translation>КМ/САҒ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>USED</source>
        <translation>ЕСКЕРІЛДІ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="194"/>
        <source>no fixes in that period</source>
        <translation>бұл кезеңде белгілер жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="73"/>
        <source>the units&apos; server refused device {device}</source>
        <translation>жасақтар сервері {device} құрылғысынан бас тартты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="111"/>
        <source>{count} demo units drive; Ctrl+C stops them</source>
        <translation>қозғалыстағы демо-жасақтар: {count}; Ctrl+C оларды тоқтатады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="116"/>
        <source>there is no unit {call_sign}</source>
        <translation>{call_sign} жасағы жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="144"/>
        <source>{call_sign}: panic input pressed ({protocol})</source>
        <translation>{call_sign}: дабыл түймесі басылды ({protocol})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="154"/>
        <source>the units&apos; server is not reachable: {error}</source>
        <translation>жасақтар серверіне қол жетпейді: {error}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/routes.py" line="55"/>
        <source>no route from {unit} to {number}: no road network, no position of the unit or of the incident, or no road between them</source>
        <translation>{unit} жасағынан {number} дейін бағыт жоқ: жол желісі жоқ, жасақтың не оқиғаның орны белгісіз немесе олардың арасында жол жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/routes.py" line="68"/>
        <source>{unit} → {number}: {km} km, about {minutes} min</source>
        <translation>{unit} → {number}: {km} км, шамамен {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/routes.py" line="76"/>
        <source>across: {bridges}</source>
        <translation>арқылы: {bridges}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/routes.py" line="78"/>
        <source>TURN</source>
        <translation>МАНЕВР</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="98"/>
        <location filename="../../dispatch_desk/cli/routes.py" line="78"/>
        <source>METRES</source>
        <translation>МЕТР</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="128"/>
        <source>About Dispatch Desk</source>
        <translation>Dispatch Desk туралы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="134"/>
        <source>Dispatch Desk %1</source>
        <translation>Dispatch Desk %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="137"/>
        <source>Demo city map data © OpenStreetMap contributors, available under the Open Database Licence (ODbL) 1.0. The precincts, street positions, units and incidents of the demo are illustrative.</source>
        <translation>Демо қала картасының деректері © OpenStreetMap қатысушылары, Open Database Licence (ODbL) 1.0 лицензиясы бойынша. Демо деректердегі учаскелер, көшелердің орны, жасақтар мен оқиғалар шартты.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="50"/>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="77"/>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="94"/>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="114"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="77"/>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="95"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="77"/>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="97"/>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="77"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="78"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="78"/>
        <source>Last sign-in</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="88"/>
        <source>for a precinct inspector</source>
        <translation>учаскелік инспектор үшін</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="96"/>
        <source>Personal number</source>
        <translation>Жеке нөмірі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="98"/>
        <source>Home precinct</source>
        <translation>Өз учаскесі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="100"/>
        <source>&amp;New account</source>
        <translation>&amp;Жаңа есептік жазба</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="101"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="102"/>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="240"/>
        <source>&amp;Disable</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="103"/>
        <source>&amp;Reset password</source>
        <translation>Құпиясөзді &amp;қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="113"/>
        <source>Waiting for a second administrator</source>
        <translation>Екінші әкімшіні күтуде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="114"/>
        <source>Roles asked for</source>
        <translation>Сұралған рөлдер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="114"/>
        <source>Asked by</source>
        <translation>Кім сұрады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="114"/>
        <source>Asked at</source>
        <translation>Қашан сұралды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="117"/>
        <source>&amp;Confirm roles</source>
        <translation>Рөлдерді &amp;растау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="118"/>
        <source>Re&amp;fuse roles</source>
        <translation>Рөлдерді қа&amp;былдамау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="173"/>
        <source>new account: %1</source>
        <translation>жаңа тіркелгі: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="188"/>
        <source>Choose the request to confirm.</source>
        <translation>Растайтын сұрауды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="194"/>
        <source>Roles of %1 confirmed.</source>
        <translation>%1 рөлдері расталды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="201"/>
        <source>Choose the request to refuse.</source>
        <translation>Қабылдамайтын сұрауды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="206"/>
        <source>The roles asked for %1 are refused.</source>
        <translation>%1 үшін сұралған рөлдер қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="215"/>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="217"/>
        <source>locked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="219"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="220"/>
        <source>must change password</source>
        <translation>құпиясөзді ауыстыру керек</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="240"/>
        <source>&amp;Enable</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="275"/>
        <source>Roles of %1 saved.</source>
        <translation>%1 рөлдері сақталды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="285"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 енді кіре алмайды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="290"/>
        <source>%1 can sign in again.</source>
        <translation>%1 қайта кіре алады.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="303"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="320"/>
        <source>A one-time password for %1 is shown once.</source>
        <translation>%1 үшін бір реттік құпиясөз бір рет көрсетілді.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="323"/>
        <source>One-time password</source>
        <translation>Бір реттік құпиясөз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="325"/>
        <source>The one-time password of %1 is:

%2

Tell it to the person only; it is shown only now and must be changed at the first sign-in.</source>
        <translation>%1 бір реттік құпиясөзі:

%2

Оны тек осы адамға айтыңыз; ол тек қазір көрсетіледі және алғашқы кіргенде ауыстырылуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="336"/>
        <source>%1 reads confidential data: the request waits for a second administrator to confirm it.</source>
        <translation>%1 — құпия деректерге қолжетімділік: сұрау екінші әкімшінің растауын күтуде.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../dispatch_desk/ui/action_spec.py" line="100"/>
        <source>&amp;Desk</source>
        <translation>&amp;Пульт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_spec.py" line="101"/>
        <source>&amp;Incident</source>
        <translation>&amp;Оқиға</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_spec.py" line="102"/>
        <source>&amp;Units</source>
        <translation>&amp;Жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_spec.py" line="103"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_spec.py" line="104"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="27"/>
        <source>Set selected unit: available</source>
        <translation>Таңдалған жасақ: бос</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="28"/>
        <source>Set selected unit: busy</source>
        <translation>Таңдалған жасақ: бос емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="29"/>
        <source>Set selected unit: returning</source>
        <translation>Таңдалған жасақ: қайтып келе жатыр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="30"/>
        <source>Set selected unit: off shift</source>
        <translation>Таңдалған жасақ: кезекшілікте емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="39"/>
        <source>&amp;New call</source>
        <translation>&amp;Жаңа қоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="48"/>
        <source>&amp;Answer the call from the app</source>
        <translation>Қосымшадан келген қоңырауға &amp;жауап беру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="53"/>
        <source>Answer</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="58"/>
        <source>&amp;Hang up</source>
        <translation>Қоңырауды &amp;аяқтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="63"/>
        <source>Hang up</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="68"/>
        <source>&amp;Mute the microphone</source>
        <translation>Микрофонды &amp;өшіру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="74"/>
        <source>Mute</source>
        <translation>Дыбысты өшіру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="79"/>
        <source>Snapshot of the caller&apos;s &amp;video</source>
        <translation>Қоңырау шалушының &amp;бейнесінен кадр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="84"/>
        <source>Snapshot</source>
        <translation>Кадр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="89"/>
        <source>Missed call &amp;called back</source>
        <translation>Өткізілген қоңырауға &amp;кері қоңырау шалынды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="94"/>
        <source>Called back</source>
        <translation>Кері қоңырау шалынды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="98"/>
        <source>&amp;Search the queue</source>
        <translation>Кезектен &amp;іздеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="102"/>
        <source>Go to the &amp;queue</source>
        <translation>&amp;Кезекке өту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="109"/>
        <source>Go to the &amp;units</source>
        <translation>&amp;Жасақтарға өту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="116"/>
        <source>City &amp;board…</source>
        <translation>Қала &amp;тақтасы…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="126"/>
        <source>&amp;Overdue incidents…</source>
        <translation>Мерзімі &amp;өткен оқиғалар…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="135"/>
        <source>Response &amp;intervals…</source>
        <translation>Әрекет ету &amp;аралықтары…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="144"/>
        <source>&amp;Meeting pack (PDF)…</source>
        <translation>&amp;Кездесу материалдары (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="153"/>
        <source>Meeting pack for &amp;residents (PDF)…</source>
        <translation>&amp;Тұрғындарға арналған материалдар (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="162"/>
        <source>New &amp;look-out…</source>
        <translation>Жаңа &amp;іздеу хабарламасы…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="171"/>
        <source>Shift &amp;handover…</source>
        <translation>Ауысымды &amp;тапсыру…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="180"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Есептік жазбалар…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="190"/>
        <source>Au&amp;dit trail…</source>
        <translation>&amp;Аудит журналы…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="199"/>
        <source>Audit trail of this incident…</source>
        <translation>Осы оқиғаның аудит журналы…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="209"/>
        <source>&amp;Lock the screen</source>
        <translation>Экранды &amp;құлыптау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="218"/>
        <source>Sign &amp;out (shift change)</source>
        <translation>Шы&amp;ғу (кезекші ауысымы)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="226"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="235"/>
        <source>&amp;Dispatch the first recommended unit</source>
        <translation>Ұсынылған бірінші жасақты &amp;жіберу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="241"/>
        <source>Dispatch first</source>
        <translation>Біріншісін жіберу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="247"/>
        <source>Dispatch recommended unit %1</source>
        <translation>Ұсынылған %1-жасақты жіберу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="259"/>
        <source>Unit &amp;en route</source>
        <translation>Жасақ &amp;жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="265"/>
        <source>En route</source>
        <translation>Жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="270"/>
        <source>Unit &amp;on scene</source>
        <translation>Жасақ &amp;орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="276"/>
        <source>On scene</source>
        <translation>Орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="281"/>
        <source>&amp;Clear unit</source>
        <translation>&amp;Жасақты босату</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="287"/>
        <source>Clear unit</source>
        <translation>Жасақты босату</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="292"/>
        <source>&amp;Reassign selected unit here…</source>
        <translation>Таңдалған жасақты мұнда &amp;қайта жіберу…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="297"/>
        <source>Reassign unit here</source>
        <translation>Жасақты мұнда қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="303"/>
        <source>Cl&amp;ose incident…</source>
        <translation>Оқиғаны &amp;жабу…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="308"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="313"/>
        <source>Re&amp;open incident…</source>
        <translation>Оқиғаны қайта &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="318"/>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="323"/>
        <source>&amp;Place incident on the map</source>
        <translation>Оқиға орнын картада &amp;белгілеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="328"/>
        <source>Place on map</source>
        <translation>Картада белгілеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="350"/>
        <source>Start the selected unit&apos;s shift with its crew…</source>
        <translation>Таңдалған жасақтың ауысымын құрамымен бастау…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="361"/>
        <source>Selected unit: meal break (or back from it)</source>
        <translation>Таңдалған жасақ: тамақ үзілісі (немесе одан оралу)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="371"/>
        <source>Lend the selected unit to another precinct…</source>
        <translation>Таңдалған жасақты басқа учаскеге беру…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="381"/>
        <source>End the selected unit&apos;s loan</source>
        <translation>Таңдалған жасақты беруді аяқтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="15"/>
        <source>Follow the selected unit on the map (again: stop)</source>
        <translation>Таңдалған жасақты картада бақылау (қайта басу: тоқтату)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="25"/>
        <source>Track of the selected unit on the map…</source>
        <translation>Таңдалған жасақтың картадағы ізі…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="35"/>
        <source>Clear the track from the map</source>
        <translation>Ізді картадан алып тастау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="45"/>
        <source>&amp;Recent messages…</source>
        <translation>&amp;Соңғы хабарлар…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="52"/>
        <source>&amp;Night palette</source>
        <translation>&amp;Түнгі палитра</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="60"/>
        <source>&amp;Hot spots and repeat addresses</source>
        <translation>&amp;Ыстық нүктелер мен қайталанатын мекенжайлар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="70"/>
        <source>&amp;Coverage of the free units by road (5 and 10 min)</source>
        <translation>Бос жасақтардың жолмен &amp;қамтуы (5 және 10 мин)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="80"/>
        <source>Ca&amp;meras at the incident</source>
        <translation>Оқиғадағы ка&amp;мералар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="89"/>
        <source>Camera view cones on the map</source>
        <translation>Камералардың шолуы картада</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="99"/>
        <source>Camera snapshot into the incident</source>
        <translation>Камерадан суретті оқиғаға қосу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="108"/>
        <source>&amp;Problems of the precinct…</source>
        <translation>Учаскенің &amp;проблемалары…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="393"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="398"/>
        <source>&amp;About Dispatch Desk</source>
        <translation>Dispatch Desk &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="402"/>
        <source>Save the call</source>
        <translation>Қоңырауды сақтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="410"/>
        <source>Discard the call</source>
        <translation>Қоңырауды тастау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="417"/>
        <source>Link the call to the likely duplicate</source>
        <translation>Қоңырауды ықтимал қайталанумен байланыстыру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="425"/>
        <source>Place the call on the map</source>
        <translation>Қоңырау орнын картада белгілеу</translation>
    </message>
</context>
<context>
    <name>AlarmBar</name>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="76"/>
        <source>⚠ OFFICER IN DANGER — %1</source>
        <translation>⚠ ҚЫЗМЕТКЕР ҚАУІПТЕ — %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="80"/>
        <source>pressed %1 (%2 min ago) at %3</source>
        <translation>%1 басылды (%2 мин бұрын), орны: %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="88"/>
        <source>now at %1 (%2)</source>
        <translation>қазір: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="96"/>
        <source>Show on map</source>
        <translation>Картада көрсету</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="105"/>
        <source>Acknowledge…</source>
        <translation>Қабылдау…</translation>
    </message>
</context>
<context>
    <name>AlarmDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="142"/>
        <source>Officer in danger: %1</source>
        <translation>Қызметкер қауіпте: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="174"/>
        <source>Acknowledge the alarm of %1</source>
        <translation>%1 дабылын қабылдау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="175"/>
        <source>What was done (units sent, the officer&apos;s state):</source>
        <translation>Не істелді (қандай жасақтар жіберілді, қызметкердің жағдайы):</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="182"/>
        <source>The alarm of %1 is acknowledged.</source>
        <translation>%1 дабылы қабылданды.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="56"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="80"/>
        <source>login, e.g. operator</source>
        <translation>логин, мысалы operator</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="82"/>
        <source>incident number, call sign or login</source>
        <translation>оқиға нөмірі, шақыру белгісі немесе логин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="84"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="86"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="93"/>
        <source>Changes and accesses</source>
        <translation>Өзгерістер мен қараулар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="94"/>
        <source>Changes only</source>
        <translation>Тек өзгерістер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="95"/>
        <source>Accesses only</source>
        <translation>Тек қараулар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="96"/>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="99"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="64"/>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="106"/>
        <source>Person</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="65"/>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="107"/>
        <source>About</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="112"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="113"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="64"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="64"/>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="64"/>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="65"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="65"/>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="138"/>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/audit_view.py" line="159"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n жол</numerusform>
            <numerusform>%n жол</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="161"/>
        <source>the current shift only, from %1</source>
        <translation>тек ағымдағы ауысым, %1 бастап</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="165"/>
        <source>more lines match: narrow the search</source>
        <translation>көбірек жол табылды: іздеуді нақтылаңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="174"/>
        <source>change</source>
        <translation>өзгеріс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="174"/>
        <source>access</source>
        <translation>қарау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="191"/>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/audit_view.py" line="211"/>
        <source>%n line(s) written to %1</source>
        <translation>
            <numerusform>%n жол %1 файлына жазылды</numerusform>
            <numerusform>%n жол %1 файлына жазылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="67"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="69"/>
        <source>Longest wait</source>
        <translation>Ең ұзақ күту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="70"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="71"/>
        <source>Available</source>
        <translation>Бос</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="72"/>
        <source>Busy</source>
        <translation>Бос емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="73"/>
        <source>Off shift</source>
        <translation>Кезекшілікте емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="74"/>
        <source>Centre</source>
        <translation>Орталық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="75"/>
        <source>Contacts, last hour / usual</source>
        <translation>Өтініштер, соңғы сағат / әдетте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="120"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="122"/>
        <source>No precinct</source>
        <translation>Учаскесіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="129"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="129"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <source>+7 7xx xxx xx xx</source>
        <translation type="vanished">+7 7xx xxx xx xx</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="88"/>
        <source>Street and house, or coordinates</source>
        <translation>Көше мен үй немесе координаттар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="131"/>
        <source>Caller phone</source>
        <translation>Өтініш берушінің телефоны</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="132"/>
        <source>Caller name</source>
        <translation>Өтініш берушінің аты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="133"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="137"/>
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="138"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="139"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="140"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="203"/>
        <source>Place on map (%1)</source>
        <translation>Картада белгілеу (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="204"/>
        <source>Link to it (%1)</source>
        <translation>Байланыстыру (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="205"/>
        <source>Discard (%1)</source>
        <translation>Тастау (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="206"/>
        <source>Save (%1)</source>
        <translation>Сақтау (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="207"/>
        <source>What happened (Enter saves, Shift+Enter: new line)</source>
        <translation>Не болды (Enter — сақтау, Shift+Enter — жаңа жол)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="440"/>
        <source>Discard the call</source>
        <translation>Қоңырауды тастау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="441"/>
        <source>Go on with the call</source>
        <translation>Қоңырауды жалғастыру</translation>
    </message>
    <message>
        <source>What happened (%1 saves)</source>
        <translation type="vanished">Не болды (%1 — сақтау)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="vanished">Не болды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="216"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="234"/>
        <source>Category default</source>
        <translation>Санат бойынша</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="237"/>
        <source>1 — life in danger</source>
        <translation>1 — өмірге қауіп</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="238"/>
        <source>2 — urgent</source>
        <translation>2 — шұғыл</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="239"/>
        <source>3 — routine</source>
        <translation>3 — кәдімгі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="240"/>
        <source>4 — no urgency</source>
        <translation>4 — шұғыл емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="252"/>
        <source>looking up…</source>
        <translation>ізделуде…</translation>
    </message>
    <message>
        <source>not a possible phone number</source>
        <translation type="vanished">мұндай телефон нөмірі болмайды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="315"/>
        <source>unverified: type an address or place it on the map</source>
        <translation>расталмаған: мекенжайды енгізіңіз немесе картада белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="328"/>
        <source>Likely duplicate: %1</source>
        <translation>Ықтимал қайталану: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="334"/>
        <source>Linked to %1</source>
        <translation>%1 оқиғасымен байланыстырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="435"/>
        <source>Discard the call?</source>
        <translation>Қоңырауды тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="436"/>
        <source>Everything typed for this call will be lost.</source>
        <translation>Осы қоңырау бойынша енгізілгеннің бәрі жоғалады.</translation>
    </message>
</context>
<context>
    <name>CallMedia</name>
    <message>
        <location filename="../../dispatch_desk/ui/call/media.py" line="46"/>
        <source>No picture from the caller yet</source>
        <translation>Қоңырау шалушыдан әзірге сурет жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/media.py" line="61"/>
        <source>Kept: it goes into the incident when it is saved</source>
        <translation>Сақталды: оқиға сақталғанда оған қосылады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/media.py" line="65"/>
        <source>Added to %1</source>
        <translation>%1 ішіне қосылды</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="70"/>
        <source>No call in progress</source>
        <translation>Қазір қоңырау жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="75"/>
        <source>(not given)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="77"/>
        <source>video call</source>
        <translation>бейнеқоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="77"/>
        <source>voice call</source>
        <translation>дауыстық қоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="83"/>
        <source>connecting to the caller…</source>
        <translation>қоңырау шалушымен байланыс орнатылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="84"/>
        <source>waiting for the caller&apos;s media…</source>
        <translation>қоңырау шалушының дауысы мен бейнесі күтілуде…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="85"/>
        <source>connecting…</source>
        <translation>қосылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="86"/>
        <source>connected</source>
        <translation>байланыс бар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="87"/>
        <source>connection interrupted: reconnecting…</source>
        <translation>байланыс үзілді: қайта қосылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="88"/>
        <source>the connection failed</source>
        <translation>байланыс орнатылмады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="89"/>
        <source>no microphone: the caller cannot hear you</source>
        <translation>микрофон жоқ: қоңырау шалушы сізді естімейді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="90"/>
        <source>the caller hung up</source>
        <translation>қоңырау шалушы қоңырауды аяқтады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="91"/>
        <source>you ended the call</source>
        <translation>сіз қоңырауды аяқтадыңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="92"/>
        <source>the connection to the caller was lost</source>
        <translation>қоңырау шалушымен байланыс жоғалды</translation>
    </message>
</context>
<context>
    <name>CallTaking</name>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="179"/>
        <source>not found: unverified, place it on the map (%1)</source>
        <translation>табылмады: расталмаған, картада белгілеңіз (%1)</translation>
    </message>
    <message>
        <source>%1 · precinct %2 · confidence %3</source>
        <translation type="vanished">%1 · учаске %2 · сенімділік %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="136"/>
        <source>the app sent no position: ask where the caller is</source>
        <translation>қосымша орынды жібермеді: қоңырау шалушының қайда екенін сұраңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="140"/>
        <source>±%1 m</source>
        <translation>±%1 м</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="146"/>
        <source>caller&apos;s GPS%1 · precinct %2 · nearest address %3</source>
        <translation>қоңырау шалушының GPS%1 · учаске %2 · ең жақын мекенжай %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="187"/>
        <source>%1 · precinct %2 · %3</source>
        <translation>%1 · %2 учаске · %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="213"/>
        <source>Duplicates could not be looked for: %1</source>
        <translation>Ықтимал қайталанулар тексерілмеді: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="222"/>
        <source>typed coordinates</source>
        <translation>терілген координаттар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="223"/>
        <source>house found</source>
        <translation>үй табылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="224"/>
        <source>house placed between its neighbours</source>
        <translation>үй көрші үйлердің арасына орналастырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="225"/>
        <source>no such house number on this street: the street only</source>
        <translation>бұл көшеде мұндай үй нөмірі жоқ: тек көше</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="226"/>
        <source>the street only: no house number</source>
        <translation>тек көше: үй нөмірі жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="227"/>
        <source>found by the remote geocoder: check it</source>
        <translation>қашықтағы геокодер тапты: тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="229"/>
        <source>approximate</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="231"/>
        <source>street name corrected</source>
        <translation>көше атауы түзетілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="247"/>
        <source>Earlier incidents could not be read: %1</source>
        <translation>Бұрынғы оқиғаларды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="256"/>
        <source>open at this address</source>
        <translation>осы мекенжайда ашық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="259"/>
        <source>%1 min ago</source>
        <translation>%1 мин бұрын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="270"/>
        <source>placed on the map: %1, %2</source>
        <translation>картада белгіленді: %1, %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="307"/>
        <source>%1 saved and passed to the anti-corruption officers, who alone see it</source>
        <translation>%1 сақталды және сыбайлас жемқорлыққа қарсы қызмет қызметкерлеріне берілді: оны тек солар көреді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="309"/>
        <source>%1 saved</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="357"/>
        <source>The call being taken when the desk stopped has been restored</source>
        <translation>Бағдарлама тоқтаған кезде қабылданып жатқан қоңырау қалпына келтірілді</translation>
    </message>
</context>
<context>
    <name>CallsDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="56"/>
        <source>Calls from the app</source>
        <translation>Қосымшадан қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="57"/>
        <source>Call</source>
        <translation>Қоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="248"/>
        <source>Taken by %1 first</source>
        <translation>Бұрын %1 қабылдады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="252"/>
        <source>Call answered</source>
        <translation>Қоңырауға жауап берілді</translation>
    </message>
    <message>
        <source>No picture from the caller yet</source>
        <translation type="vanished">Қоңырау шалушыдан әзірге сурет жоқ</translation>
    </message>
    <message>
        <source>Kept: it goes into the incident when it is saved</source>
        <translation type="vanished">Сақталды: оқиға сақталғанда оған қосылады</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation type="vanished">%1 ішіне қосылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="312"/>
        <source>The call&apos;s connection failed: %1</source>
        <translation>Қоңырау байланысы орнатылмады: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="345"/>
        <source>Marked as called back</source>
        <translation>Кері қоңырау шалынды деп белгіленді</translation>
    </message>
</context>
<context>
    <name>CallsList</name>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="46"/>
        <location filename="../../dispatch_desk/ui/call/list.py" line="52"/>
        <source>Caller</source>
        <translation>Қоңырау шалушы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="47"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="48"/>
        <source>Nearest address</source>
        <translation>Ең жақын мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="49"/>
        <source>Waits</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="50"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="52"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="52"/>
        <source>Missed at</source>
        <translation>Өткізілген уақыты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="63"/>
        <source>Missed calls to call back</source>
        <translation>Кері қоңырау шалатын өткізілген қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="96"/>
        <source>(not given)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="109"/>
        <source>Calls from the app: %1 waiting</source>
        <translation>Қосымшадан қоңыраулар: %1 күтуде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="111"/>
        <source>Calls from the app: none waiting</source>
        <translation>Қосымшадан қоңыраулар: күтетін жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="124"/>
        <location filename="../../dispatch_desk/ui/call/list.py" line="157"/>
        <source>ringing</source>
        <translation>шырылдап тұр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="126"/>
        <source>your call</source>
        <translation>сіздің қоңырауыңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="128"/>
        <source>taken by %1</source>
        <translation>%1 қабылдады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="141"/>
        <source>video call</source>
        <translation>бейнеқоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="141"/>
        <source>voice call</source>
        <translation>дауыстық қоңырау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/call/list.py" line="153"/>
        <source>%n more calls waiting</source>
        <translation>
            <numerusform>Тағы %n қоңырау жауап күтуде</numerusform>
            <numerusform>Тағы %n қоңырау жауап күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more calls waiting</source>
        <translation type="vanished">Тағы %1 қоңырау жауап күтуде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="155"/>
        <source>a flood of calls? Enter answers the longest waiting</source>
        <translation>қоңыраулар легі? Enter ең ұзақ күткенге жауап береді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="185"/>
        <source>Missed calls to call back: %1</source>
        <translation>Кері қоңырау шалатын өткізілген қоңыраулар: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="187"/>
        <source>Missed calls to call back: none</source>
        <translation>Кері қоңырау шалатын өткізілген қоңыраулар: жоқ</translation>
    </message>
</context>
<context>
    <name>CameraDock</name>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="157"/>
        <source>No camera sees the selected incident.</source>
        <translation>Таңдалған оқиғаны бірде-бір камера көрмейді.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="165"/>
        <source>Cameras</source>
        <translation>Камералар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="224"/>
        <source>looks at the place</source>
        <translation>орынға қарайды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="224"/>
        <source>near the place</source>
        <translation>орынға жақын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="299"/>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="303"/>
        <source>No live picture to take a snapshot of.</source>
        <translation>Сурет түсіретін тікелей бейне жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="308"/>
        <source>Snapshot of %1 added to %2.</source>
        <translation>%1 суреті %2 оқиғасына қосылды.</translation>
    </message>
</context>
<context>
    <name>CameraTile</name>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="80"/>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="111"/>
        <source>Live</source>
        <translation>Тікелей эфир</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="119"/>
        <source>The picture was lost (%1): connecting again…</source>
        <translation>Бейне жоғалды (%1): қайта қосылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="126"/>
        <source>The stream stopped: connecting again…</source>
        <translation>Ағын тоқтады: қайта қосылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="132"/>
        <source>No picture within %1 s: the camera does not answer.</source>
        <translation>%1 с ішінде бейне жоқ: камера жауап бермейді.</translation>
    </message>
</context>
<context>
    <name>CityBoard</name>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="174"/>
        <source>City board</source>
        <translation>Қала тақтасы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="198"/>
        <source>A click on a precinct narrows the queue, the units and the map to it; on the city, shows the whole city again.</source>
        <translation>Учаскені басу кезекті, жасақтарды және картаны сол учаскемен шектейді; қаланы басу бүкіл қаланы қайта көрсетеді.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="39"/>
        <source>Close %1</source>
        <translation>%1 жабу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="41"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="45"/>
        <source>Details (required for “other”)</source>
        <translation>Толығырақ («басқа» үшін міндетті)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="53"/>
        <source>Sent to the author of the report</source>
        <translation>Хабарлама авторына жіберіледі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="55"/>
        <source>Disposition</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="56"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="58"/>
        <source>Measures taken (for the citizen)</source>
        <translation>Қабылданған шаралар (өтініш берушіге)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="69"/>
        <source>Choose how the incident ended</source>
        <translation>Оқиға немен аяқталғанын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="73"/>
        <source>Say in the details what “other” was</source>
        <translation>«Басқа» не екенін толығырақ жазыңыз</translation>
    </message>
</context>
<context>
    <name>CrewDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="48"/>
        <source>%1 goes on shift</source>
        <translation>%1 ауысымға шығады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="50"/>
        <source>one name a line</source>
        <translation>бір жолға бір есім</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="52"/>
        <source>Start the shift</source>
        <translation>Ауысымды бастау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="56"/>
        <source>Crew</source>
        <translation>Құрамы</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/database.py" line="14"/>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/database.py" line="19"/>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/database.py" line="22"/>
        <source>Database unavailable, retrying: %1</source>
        <translation>Дерекқор қолжетімсіз, қайталау: %1</translation>
    </message>
</context>
<context>
    <name>DeskLayout</name>
    <message>
        <location filename="../../dispatch_desk/ui/layout.py" line="142"/>
        <source>Panels shown</source>
        <translation>Көрсетілген панельдер</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../dispatch_desk/ui/session.py" line="134"/>
        <source>Cannot sign in now: %1</source>
        <translation>Қазір кіру мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/session.py" line="140"/>
        <source>Too many failed sign-ins: the account is locked until %1.</source>
        <translation>Кіру әрекеттері тым көп сәтсіз болды: есептік жазба %1 дейін құлыпталды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/session.py" line="142"/>
        <source>This account is disabled. An administrator can enable it.</source>
        <translation>Бұл есептік жазба өшірілген. Оны әкімші қоса алады.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/session.py" line="143"/>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>DurationSpin</name>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="127"/>
        <source>h</source>
        <translation>сағ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="127"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="127"/>
        <source>s</source>
        <translation>с</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="97"/>
        <source>Shift handover</source>
        <translation>Ауысымды тапсыру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="101"/>
        <source>Handed over to you</source>
        <translation>Сізге тапсырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="105"/>
        <source>Save its report as PDF…</source>
        <translation>Оның есебін PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="106"/>
        <source>Confirm receipt</source>
        <translation>Қабылдауды растау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="120"/>
        <source>What the incoming shift lead must know: units, places, people, what is promised</source>
        <translation>Келесі ауысым басшысы білуі тиіс нәрсе: жасақтар, орындар, адамдар, уәде етілгені</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="122"/>
        <source>Save the report as PDF…</source>
        <translation>Есепті PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="123"/>
        <source>Hand over</source>
        <translation>Тапсыру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="130"/>
        <source>Your shift</source>
        <translation>Сіздің ауысымыңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="132"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="133"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="157"/>
        <source>%1 handed over the period %2 – %3 at %4.</source>
        <translation>%1 %2 – %3 кезеңін %4 уақытында тапсырды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="171"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="171"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="181"/>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="186"/>
        <source>Report written: %1</source>
        <translation>Есеп жазылды: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="198"/>
        <source>Handed over; the incoming shift lead confirms receipt at their desk.</source>
        <translation>Тапсырылды; келесі ауысым басшысы қабылдауды өз пультінде растайды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="216"/>
        <source>Receipt confirmed and recorded.</source>
        <translation>Қабылдау расталды және жазылды.</translation>
    </message>
</context>
<context>
    <name>HandoverPdf</name>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="56"/>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="65"/>
        <source>no precinct</source>
        <translation>учаскесіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="70"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="148"/>
        <source>Shift handover</source>
        <translation>Ауысымды тапсыру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="149"/>
        <source>Period %1 · printed %2 by %3</source>
        <translation>Кезең %1 · басып шығарылды %2, %3</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="vanished">өтініш</translation>
    </message>
    <message>
        <source>P1 incidents</source>
        <translation type="vanished">Б1 оқиғалары</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="161"/>
        <source>carried over</source>
        <translation>
            <numerusform>ауысымға өтті</numerusform>
            <numerusform>ауысымға өтті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="163"/>
        <source>overdue (not acknowledged)</source>
        <translation>
            <numerusform>мерзімі өткен (расталмаған)</numerusform>
            <numerusform>мерзімі өткен (расталмаған)</numerusform>
        </translation>
    </message>
    <message>
        <source>units on shift</source>
        <translation type="vanished">ауысымдағы жасақтар</translation>
    </message>
    <message>
        <source>active look-outs</source>
        <translation type="vanished">белсенді іздеу хабарламалары</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="173"/>
        <source>received by %1 at %2</source>
        <translation>%1 %2 уақытында қабылдады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="177"/>
        <source>not yet received by the incoming shift lead</source>
        <translation>келесі ауысым басшысы әлі қабылдаған жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="180"/>
        <source>Handed over by %1 at %2; %3.</source>
        <translation>Тапсырған %1, %2; %3.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="185"/>
        <source>The shift lead&apos;s notes</source>
        <translation>Ауысым басшысының жазбалары</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="189"/>
        <source>No notes.</source>
        <translation>Жазбалар жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="190"/>
        <source>Incidents carried over (open at the end of the period)</source>
        <translation>Ауысатын оқиғалар (кезең соңында ашық)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="207"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="273"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="337"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="380"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="113"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="208"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="306"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="339"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="209"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="279"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="378"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="210"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="275"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="211"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="276"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="212"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="277"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="379"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="213"/>
        <source>Units</source>
        <translation>Жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="214"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="274"/>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="218"/>
        <source>None: every incident of the period is closed.</source>
        <translation>Жоқ: кезеңнің барлық оқиғалары жабылды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="223"/>
        <source>Contacts by hour</source>
        <translation>Сағат бойынша өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="228"/>
        <source>Contacts by category</source>
        <translation>Санат бойынша өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="123"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="230"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="245"/>
        <source>No contacts.</source>
        <translation>Өтініштер жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="82"/>
        <source>Outcomes of the period&apos;s incidents</source>
        <translation>Кезең оқиғаларының нәтижелері</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="84"/>
        <source>no disposition recorded</source>
        <translation>нәтиже көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="88"/>
        <source>Disposition</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="88"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="91"/>
        <source>No incident of the period was closed.</source>
        <translation>Кезеңнің бірде-бір оқиғасы жабылмады.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="93"/>
        <source>Response by priority</source>
        <translation>Басымдық бойынша әрекет ету</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="97"/>
        <source>%1 within %2 min</source>
        <translation>%2 мин ішінде %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="114"/>
        <source>Contacts</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="115"/>
        <source>Dispatched</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="116"/>
        <source>Target 90 %</source>
        <translation>Мақсат 90 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="117"/>
        <source>To dispatch, median</source>
        <translation>Жіберуге дейін, медиана</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="118"/>
        <source>To the scene, median</source>
        <translation>Оқиға орнына дейін, медиана</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="131"/>
        <source>Signatures</source>
        <translation>Қолдар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="133"/>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="133"/>
        <source>Shift lead</source>
        <translation>Жауапты кезекші</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="133"/>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="133"/>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="135"/>
        <source>Handed over</source>
        <translation>Тапсырды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="137"/>
        <source>Taken over</source>
        <translation>Қабылдады</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="159"/>
        <source>contact(s)</source>
        <translation>
            <numerusform>өтініш</numerusform>
            <numerusform>өтініш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="160"/>
        <source>P1 incident(s)</source>
        <translation>
            <numerusform>P1 оқиғасы</numerusform>
            <numerusform>P1 оқиғасы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="166"/>
        <source>unit(s) on shift</source>
        <translation>
            <numerusform>ауысымдағы жасақ</numerusform>
            <numerusform>ауысымдағы жасақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="167"/>
        <source>active look-out(s)</source>
        <translation>
            <numerusform>қолданыстағы іздеу хабарламасы</numerusform>
            <numerusform>қолданыстағы іздеу хабарламасы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="237"/>
        <source>other categories</source>
        <translation>басқа санаттар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="239"/>
        <source>Contacts by precinct</source>
        <translation>Учаске бойынша өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="248"/>
        <source>P1 incidents of the period</source>
        <translation>Кезеңдегі Б1 оқиғалары</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="253"/>
        <source>no unit sent</source>
        <translation>жасақ жіберілмеді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="278"/>
        <source>To dispatch</source>
        <translation>Жібергенге дейін</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="283"/>
        <source>No P1 incidents.</source>
        <translation>Б1 оқиғалары жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="289"/>
        <source>Overdue incidents and their acknowledgements</source>
        <translation>Мерзімі өткен оқиғалар және оларды растау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="307"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="309"/>
        <source>Longest</source>
        <translation>Ең ұзақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="326"/>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="330"/>
        <source>not acknowledged</source>
        <translation>расталмаған</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="305"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="338"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="340"/>
        <source>Overdue from</source>
        <translation>Мерзімі өткен уақыт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="341"/>
        <source>For</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="308"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="342"/>
        <source>Acknowledged</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="313"/>
        <source>Nothing was overdue.</source>
        <translation>Мерзімі өткен ештеңе болған жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="349"/>
        <source>%1 more overdue events in the CSV (report handover --csv).</source>
        <translation>Мерзімі өткен тағы %1 оқиға — CSV-де (report handover --csv).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="356"/>
        <source>Units at the end of the period</source>
        <translation>Кезең соңындағы жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="362"/>
        <source>lent to %1 until %2</source>
        <translation>%2 дейін %1 учаскесіне берілген</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="377"/>
        <source>Unit</source>
        <translation>Жасақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="381"/>
        <source>Crew</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="382"/>
        <source>Since</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="385"/>
        <source>No units.</source>
        <translation>Жасақтар жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="387"/>
        <source>Active look-outs</source>
        <translation>Белсенді іздеу хабарламалары</translation>
    </message>
    <message>
        <source>person sought</source>
        <translation type="vanished">ізделетін адам</translation>
    </message>
    <message>
        <source>vehicle sought</source>
        <translation type="vanished">ізделетін көлік</translation>
    </message>
    <message>
        <source>missing person</source>
        <translation type="vanished">хабарсыз кеткен адам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="393"/>
        <source>whole city</source>
        <translation>бүкіл қала</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="400"/>
        <source>Sought</source>
        <translation>Ізделуде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="401"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="402"/>
        <source>Plate</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="403"/>
        <source>Precincts</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="404"/>
        <source>Until</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="407"/>
        <source>No active look-outs.</source>
        <translation>Белсенді іздеу хабарламалары жоқ.</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="76"/>
        <source>This number: %n earlier incident(s)</source>
        <translation>
            <numerusform>Осы нөмірден: бұрын %n оқиға</numerusform>
            <numerusform>Осы нөмірден: бұрын %n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="78"/>
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="84"/>
        <source>%n in the last 30 days</source>
        <translation>
            <numerusform>соңғы 30 күнде %n</numerusform>
            <numerusform>соңғы 30 күнде %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="82"/>
        <source>At this address: %n earlier incident(s)</source>
        <translation>
            <numerusform>Осы мекенжайда: бұрын %n оқиға</numerusform>
            <numerusform>Осы мекенжайда: бұрын %n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="86"/>
        <source>repeat address</source>
        <translation>қайталанатын мекенжай</translation>
    </message>
</context>
<context>
    <name>HotSpotsLayer</name>
    <message>
        <location filename="../../dispatch_desk/ui/hot_spots.py" line="31"/>
        <source>Hot spots (Gi*), %1 days</source>
        <translation>Ыстық нүктелер (Gi*), %1 күн</translation>
    </message>
    <message>
        <source>hot, 99 %</source>
        <translation type="vanished">ыстық, 99 %</translation>
    </message>
    <message>
        <source>hot, 95 %</source>
        <translation type="vanished">ыстық, 95 %</translation>
    </message>
    <message>
        <source>hot, 90 %</source>
        <translation type="vanished">ыстық, 90 %</translation>
    </message>
    <message>
        <source>cold, 90 %</source>
        <translation type="vanished">суық, 90 %</translation>
    </message>
    <message>
        <source>cold, 95 %</source>
        <translation type="vanished">суық, 95 %</translation>
    </message>
    <message>
        <source>cold, 99 %</source>
        <translation type="vanished">суық, 99 %</translation>
    </message>
    <message>
        <source>contacts from one address</source>
        <translation type="vanished">бір мекенжайдан өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/hot_spots.py" line="77"/>
        <source>precinct %1</source>
        <translation>%1 учаскесі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/hot_spots.py" line="79"/>
        <source>the city</source>
        <translation>қаланың</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/hot_spots.py" line="82"/>
        <source>Hot spots of %1, last %2 days: %3 hot cells, %4 cold, %5 repeat addresses</source>
        <translation>%1 ыстық нүктелері, соңғы %2 күн: %3 ыстық ұяшық, %4 суық, %5 қайталанатын мекенжай</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="68"/>
        <source>No dispatched incidents in the period</source>
        <translation>Кезеңде жасақ жіберілген оқиға жоқ</translation>
    </message>
</context>
<context>
    <name>IncidentActions</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="62"/>
        <source>Send another unit?</source>
        <translation>Тағы бір жасақ жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="63"/>
        <source>%1 already has %2. Send %3 as well?</source>
        <translation>%1 оқиғасына %2 жіберілген. %3 жасағын да жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="95"/>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="112"/>
        <source>%1 dispatched to %2</source>
        <translation>%1 %2 оқиғасына жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="136"/>
        <source>No unit is on %1 yet</source>
        <translation>%1 оқиғасында әзірге жасақ жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="140"/>
        <source>%1 en route</source>
        <translation>%1 жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="141"/>
        <source>%1 on scene</source>
        <translation>%1 орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="142"/>
        <source>%1 cleared</source>
        <translation>%1 босатылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="154"/>
        <source>Select a unit in the unit panel and an incident in the queue</source>
        <translation>Жасақтар тақтасынан жасақты, кезектен оқиғаны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="161"/>
        <source>%1 reassigned to %2</source>
        <translation>%1 %2 оқиғасына қайта жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="169"/>
        <source>Reassign %1</source>
        <translation>%1 қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="170"/>
        <source>Why is %1 moved to %2?</source>
        <translation>%1 неліктен %2 оқиғасына ауыстырылады?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="191"/>
        <source>%1: en route</source>
        <translation>%1: жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="192"/>
        <source>%1: on scene</source>
        <translation>%1: орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="193"/>
        <source>%1: clear</source>
        <translation>%1: босату</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="214"/>
        <source>%1 closed</source>
        <translation>%1 жабылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="244"/>
        <source>Reopen %1</source>
        <translation>%1 қайта ашу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="245"/>
        <source>Why?</source>
        <translation>Себебі?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="247"/>
        <source>%1 reopened</source>
        <translation>%1 қайта ашылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="258"/>
        <source>Click the map where %1 is</source>
        <translation>%1 орналасқан жерді картадан басыңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="270"/>
        <source>%1 placed on the map</source>
        <translation>%1 орны картада белгіленді</translation>
    </message>
</context>
<context>
    <name>IncidentCounts</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/counts.py" line="33"/>
        <source>Open incidents: %1 (%2)</source>
        <translation>Ашық оқиғалар: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="90"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="91"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="92"/>
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="93"/>
        <source>Caller</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="94"/>
        <source>Units</source>
        <translation>Жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="99"/>
        <source>Recommended units</source>
        <translation>Ұсынылған жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="101"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="118"/>
        <source>Recommended units (%1, %2…%3)</source>
        <translation>Ұсынылған жасақтар (%1, %2…%3)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="50"/>
        <source>%1 km, about %2 min</source>
        <translation>%1 км, шамамен %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="51"/>
        <source>%1 km by road, about %2 min</source>
        <translation>жолмен %1 км, шамамен %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="53"/>
        <source>%1 km by road, about %2 min, across %3</source>
        <translation>жолмен %1 км, шамамен %2 мин, %3 арқылы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="56"/>
        <source>%1 m from the nearest road</source>
        <translation>жақын жолға дейін %1 м</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="57"/>
        <source>no road leads there from its position</source>
        <translation>оның орнынан онда жол апармайды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="59"/>
        <source>from its post (the service centre): %1 km by road, about %2 min</source>
        <translation>бекетінен (учаскелік пункт): жолмен %1 км, шамамен %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="64"/>
        <source>straight-line estimate: %1</source>
        <translation>түзу сызықпен бағалау: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="65"/>
        <source>own precinct</source>
        <translation>өз учаскесі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="66"/>
        <source>lent to this precinct</source>
        <translation>осы учаскеге берілген</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="67"/>
        <source>from precinct %1</source>
        <translation>%1 учаскесінен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="68"/>
        <source>traffic unit for a road incident</source>
        <translation>жол оқиғасына жол полициясы жасағы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="69"/>
        <source>returning from another job</source>
        <translation>басқа шақырудан қайтып келе жатыр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="70"/>
        <source>position %1 min old: unknown</source>
        <translation>орны %1 мин бұрын: белгісіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="71"/>
        <source>position unknown</source>
        <translation>орны белгісіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="72"/>
        <source>incident not located: by precinct</source>
        <translation>орны анықталмаған: учаске бойынша</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="74"/>
        <source>the nearest unit to %1 (%2), still waiting</source>
        <translation>%1 (%2) оқиғасына ең жақын жасақ, ол әлі күтуде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="82"/>
        <source>no road network</source>
        <translation>жол желісі жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="83"/>
        <source>the routing engine did not answer</source>
        <translation>бағыт қозғалтқышы жауап бермеді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="84"/>
        <source>the incident is far from every road</source>
        <translation>оқиға жолдардан алыс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="138"/>
        <source>App call: rang %1</source>
        <translation>Қосымшадан қоңырау: %1 түсті</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="142"/>
        <source>answered %1 (after %2 s) by %3</source>
        <translation>%1 жауап берді (%2 с кейін): %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="148"/>
        <source>ended %1</source>
        <translation>%1 аяқталды</translation>
    </message>
    <message>
        <source>the nearest unit to %1 (P%2), still waiting</source>
        <translation type="vanished">%1 (Б%2) оқиғасына ең жақын жасақ, ол әлі күтуде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="168"/>
        <source>No incident selected</source>
        <translation>Оқиға таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="183"/>
        <source>typed: %1</source>
        <translation>терілгені: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="186"/>
        <source>unverified: place it on the map</source>
        <translation>расталмаған: картада белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="191"/>
        <source>precinct %1</source>
        <translation>учаске %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="194"/>
        <source>app account %1</source>
        <translation>қосымшадағы тіркелгі %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="197"/>
        <source>%1 (reported in the 102 app)</source>
        <translation>%1 («102» қосымшасынан хабарлама)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="214"/>
        <source>Video call requested</source>
        <translation>Бейнеқоңырау сұралды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="218"/>
        <source>Attachments: %1</source>
        <translation>Тіркемелер: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="220"/>
        <source>Part of %1 (the same sender)</source>
        <translation>%1 құрамында (сол жіберуші)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="223"/>
        <source>%n more report(s) from the same sender: %1</source>
        <translation>
            <numerusform>сол жіберушінің тағы %n хабарламасы: %1</numerusform>
            <numerusform>сол жіберушінің тағы %n хабарламасы: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="235"/>
        <source>none now (cleared: %1)</source>
        <translation>қазір жоқ (кетті: %1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="237"/>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident_panel.py" line="120"/>
        <source>Nothing sent: the recommended units are in sight now; press the key again to send unit %1.</source>
        <translation>Ештеңе жіберілмеді: ұсынылған жасақтар енді көрініп тұр; %1-жасақты жіберу үшін пернені қайта басыңыз.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="114"/>
        <source>P</source>
        <translation>Б</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="115"/>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="116"/>
        <source>Age</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="117"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="118"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="119"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="120"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="121"/>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="122"/>
        <source>Units</source>
        <translation>Жасақтар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="165"/>
        <source>%n more report(s) from the same sender, grouped here</source>
        <translation>
            <numerusform>сол жіберушінің тағы %n хабарламасы, осында жиналған</numerusform>
            <numerusform>сол жіберушінің тағы %n хабарламасы, осында жиналған</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="185"/>
        <source>(location only)</source>
        <translation>(тек координаттар)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="314"/>
        <source>acknowledged by %1 at %2</source>
        <translation>%1 %2-де растады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="316"/>
        <source>again: acknowledged by %1 at %2, still overdue</source>
        <translation>қайтадан: %1 %2 кезінде растаған, әлі де мерзімі өткен</translation>
    </message>
</context>
<context>
    <name>IntervalsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="131"/>
        <source>Response intervals</source>
        <translation>Әрекет ету аралықтары</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="140"/>
        <source>All precincts</source>
        <translation>Барлық учаскелер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="144"/>
        <source>All priorities</source>
        <translation>Барлық басымдықтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="147"/>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="155"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="160"/>
        <source>Which</source>
        <translation>Қайсысы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="164"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="165"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="166"/>
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="167"/>
        <source>Longest</source>
        <translation>Ең ұзағы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="168"/>
        <source>Not yet</source>
        <translation>Әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="169"/>
        <source>Left out</source>
        <translation>Есепке алынбаған</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="186"/>
        <source>Queue time by hour of day: median (blue), 90 % (red), response median (grey)</source>
        <translation>Кезекте күту уақыты тәулік сағаттары бойынша: медиана (көк), 90 % (қызыл), әрекет ету медианасы (сұр)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="194"/>
        <source>Queue: received → dispatched</source>
        <translation>Кезек: қабылданды → жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="195"/>
        <source>Travel: dispatched → on scene</source>
        <translation>Жол: жіберілді → орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="196"/>
        <source>Response: received → on scene</source>
        <translation>Әрекет ету: қабылданды → орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="197"/>
        <source>On scene → closed</source>
        <translation>Орнында → жабылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="198"/>
        <source>Total: received → closed</source>
        <translation>Барлығы: қабылданды → жабылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="213"/>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="238"/>
        <source>No incident was dispatched in the period.</source>
        <translation>Кезеңде бірде-бір оқиғаға жасақ жіберілмеді.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="243"/>
        <source>target met</source>
        <translation>мақсатқа жетті</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="243"/>
        <source>target not met</source>
        <translation>мақсатқа жетпеді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="244"/>
        <source>P%1 dispatched within %2 min: %3 of %4 (target 90 %) — %5</source>
        <translation>P%1 — жасақ %2 мин ішінде жіберілді: %4 ішінен %3 (мақсат 90 %) — %5</translation>
    </message>
    <message>
        <source>Dispatched within 60 s: %1 of incidents (target 90 %) — %2</source>
        <translation type="vanished">60 с ішінде жіберілді: оқиғалардың %1 (мақсат 90 %) — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="256"/>
        <source>%n incident(s) in the period.</source>
        <translation>
            <numerusform>Кезеңде %n оқиға.</numerusform>
            <numerusform>Кезеңде %n оқиға.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="258"/>
        <source>Left out (missing or out-of-order times): %1</source>
        <translation>Есепке алынбағандар (уақыты жоқ немесе ретсіз): %1</translation>
    </message>
</context>
<context>
    <name>IntervalsPdf</name>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="27"/>
        <source>Queue: received → dispatched</source>
        <translation>Кезек: қабылданды → жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="28"/>
        <source>Travel: dispatched → on scene</source>
        <translation>Жол: жіберілді → орында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="29"/>
        <source>Response: received → on scene</source>
        <translation>Ден қою: қабылданды → орында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="30"/>
        <source>On scene → closed</source>
        <translation>Орында → жабылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="31"/>
        <source>Total: received → closed</source>
        <translation>Барлығы: қабылданды → жабылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="36"/>
        <source>a time is missing (closed without it)</source>
        <translation>уақыт жоқ (онсыз жабылған)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="37"/>
        <source>times out of order</source>
        <translation>уақыттар ретсіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="43"/>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="45"/>
        <source>Response intervals</source>
        <translation>Ден қою уақыттары</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="47"/>
        <source>No incident was dispatched in the period.</source>
        <translation>Кезеңде бірде-бір оқиғаға жасақ жіберілмеді.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="51"/>
        <source>target met</source>
        <translation>мақсатқа жетті</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="51"/>
        <source>target not met</source>
        <translation>мақсатқа жетпеді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="52"/>
        <source>P%1 dispatched within %2 min (target 90 %)</source>
        <translation>P%1 — жасақ %2 мин ішінде жіберілді (мақсат 90 %)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="94"/>
        <source>Incidents left out of some interval — %1. The list is in the CSV (report intervals --csv).</source>
        <translation>Кейбір аралықтарға кірмеген оқиғалар — %1. Тізімі CSV файлында (report intervals --csv).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="49"/>
        <source>incidents</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <source>dispatched within 60 s (target 90 %)</source>
        <translation type="vanished">60 с ішінде жіберілді (мақсат 90 %)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="59"/>
        <source>Intervals (minutes:seconds)</source>
        <translation>Уақыттар (минут:секунд)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="74"/>
        <source>Interval</source>
        <translation>Уақыт аралығы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="75"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="76"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="77"/>
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="78"/>
        <source>Longest</source>
        <translation>Ең ұзақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="79"/>
        <source>Not yet</source>
        <translation>Әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="80"/>
        <source>Left out</source>
        <translation>Алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="85"/>
        <source>Queue time by hour of day: median, seconds</source>
        <translation>Тәулік сағаты бойынша кезек уақыты: медиана, секунд</translation>
    </message>
    <message>
        <source>Incidents left out (missing or out-of-order times)</source>
        <translation type="vanished">Алынып тасталған оқиғалар (уақыттары жоқ немесе ретсіз)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="vanished">Оқиға</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Себебі</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="vanished">Жоқ.</translation>
    </message>
    <message>
        <source>%1 more in the CSV.</source>
        <translation type="vanished">Тағы %1 — CSV-де.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="21"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="83"/>
        <location filename="../../dispatch_desk/ui/names.py" line="22"/>
        <location filename="../../dispatch_desk/ui/names.py" line="31"/>
        <source>dispatched</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="84"/>
        <location filename="../../dispatch_desk/ui/names.py" line="23"/>
        <location filename="../../dispatch_desk/ui/names.py" line="32"/>
        <source>en route</source>
        <translation>жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="85"/>
        <location filename="../../dispatch_desk/ui/names.py" line="24"/>
        <location filename="../../dispatch_desk/ui/names.py" line="33"/>
        <source>on scene</source>
        <translation>орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="88"/>
        <location filename="../../dispatch_desk/ui/names.py" line="25"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="89"/>
        <location filename="../../dispatch_desk/ui/names.py" line="26"/>
        <source>cancelled</source>
        <translation>күшін жойды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="90"/>
        <location filename="../../dispatch_desk/ui/names.py" line="27"/>
        <source>reopened</source>
        <translation>қайта ашылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="30"/>
        <source>available</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="34"/>
        <source>returning</source>
        <translation>қайтып келе жатыр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="35"/>
        <source>busy</source>
        <translation>бос емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="36"/>
        <source>meal break</source>
        <translation>тамақ үзілісі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="37"/>
        <source>off shift</source>
        <translation>кезекшілікте емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="40"/>
        <source>patrol car</source>
        <translation>патрульдік автокөлік</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="41"/>
        <source>foot patrol</source>
        <translation>жаяу патруль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="42"/>
        <source>traffic police</source>
        <translation>жол полициясы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="43"/>
        <source>juvenile inspector</source>
        <translation>кәмелетке толмағандар ісі жөніндегі инспектор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="44"/>
        <source>precinct inspector</source>
        <translation>учаскелік инспектор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="15"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="16"/>
        <source>102 app</source>
        <translation>102 қосымшасы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="17"/>
        <source>video call</source>
        <translation>бейне қоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="18"/>
        <source>walk-in</source>
        <translation>жеке өтініш</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="72"/>
        <source>P%1</source>
        <translation>Б%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="76"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="77"/>
        <source>from the address</source>
        <translation>мекенжай бойынша</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="78"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="87"/>
        <source>placed on the map</source>
        <translation>картада белгіленген</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="79"/>
        <source>unverified</source>
        <translation>расталмаған</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="82"/>
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="86"/>
        <source>unit cleared</source>
        <translation>жасақ босатылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="91"/>
        <source>priority changed</source>
        <translation>басымдық өзгертілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="92"/>
        <source>overdue acknowledged</source>
        <translation>мерзімінің өткені расталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="94"/>
        <source>report opened</source>
        <translation>хабарлама ашылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="93"/>
        <source>picture or recording added</source>
        <translation>сурет немесе жазба қосылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="117"/>
        <source>overdue thresholds set</source>
        <translation>мерзім шектері белгіленді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="95"/>
        <source>unit added</source>
        <translation>жасақ қосылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="96"/>
        <source>unit sent</source>
        <translation>жасақ жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="97"/>
        <source>unit reassigned</source>
        <translation>жасақ қайта тағайындалды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="98"/>
        <source>unit status</source>
        <translation>жасақ күйі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="99"/>
        <source>unit position</source>
        <translation>жасақтың орны</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="108"/>
        <source>precinct saved</source>
        <translation>учаске сақталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="109"/>
        <source>category saved</source>
        <translation>санат сақталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="110"/>
        <source>address data replaced</source>
        <translation>мекенжай деректері ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="114"/>
        <source>API key created</source>
        <translation>API кілті жасалды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="115"/>
        <source>API key revoked</source>
        <translation>API кілті қайтарылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="116"/>
        <source>demo city built</source>
        <translation>демо қала құрылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="131"/>
        <source>signed in</source>
        <translation>кірді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="132"/>
        <source>sign-in refused</source>
        <translation>кіру қабылданбады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="133"/>
        <source>account locked</source>
        <translation>есептік жазба бұғатталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="134"/>
        <source>signed out</source>
        <translation>шықты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="135"/>
        <source>screen locked</source>
        <translation>экран бұғатталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="136"/>
        <source>password changed</source>
        <translation>құпиясөз ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="200"/>
        <source>hot, 99 %</source>
        <translation>ыстық, 99 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="201"/>
        <source>hot, 95 %</source>
        <translation>ыстық, 95 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="202"/>
        <source>hot, 90 %</source>
        <translation>ыстық, 90 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="203"/>
        <source>cold, 90 %</source>
        <translation>суық, 90 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="204"/>
        <source>cold, 95 %</source>
        <translation>суық, 95 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="205"/>
        <source>cold, 99 %</source>
        <translation>суық, 99 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="207"/>
        <source>contacts from one address</source>
        <translation>бір мекенжайдан түскен өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="219"/>
        <source>Pavlodar</source>
        <translation>Павлодар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="129"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="137"/>
        <source>account changed</source>
        <translation>есептік жазба өзгертілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="100"/>
        <source>unit&apos;s shift started</source>
        <translation>жасақ ауысымға шықты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="101"/>
        <source>unit&apos;s shift ended</source>
        <translation>жасақтың ауысымы аяқталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="102"/>
        <source>unit lent to another precinct</source>
        <translation>жасақ басқа учаскеге берілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="103"/>
        <source>unit&apos;s loan ended</source>
        <translation>жасақты беру аяқталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="104"/>
        <source>look-out issued</source>
        <translation>іздеу хабарламасы шығарылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="105"/>
        <source>look-out ended</source>
        <translation>іздеу хабарламасы алынды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="106"/>
        <source>shift handed over</source>
        <translation>ауысым тапсырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="107"/>
        <source>handover received</source>
        <translation>ауысым қабылданды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="111"/>
        <source>road network replaced</source>
        <translation>жол желісі ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="112"/>
        <source>cameras imported</source>
        <translation>камералар қосылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="113"/>
        <source>camera removed</source>
        <translation>камера жойылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="118"/>
        <source>call from the app ringing</source>
        <translation>қосымшадан қоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="119"/>
        <source>call answered</source>
        <translation>қоңырауға жауап берілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="120"/>
        <source>caller moved</source>
        <translation>өтініш беруші орнын ауыстырды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="121"/>
        <source>call ended</source>
        <translation>қоңырау аяқталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="122"/>
        <source>call missed</source>
        <translation>қоңырау өткізіп алынды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="123"/>
        <source>caller called back</source>
        <translation>өтініш берушіге қайта қоңырау шалынды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="124"/>
        <source>call recorded as an incident</source>
        <translation>қоңырау оқиға ретінде тіркелді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="125"/>
        <source>problem opened</source>
        <translation>мәселе ашылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="126"/>
        <source>problem changed</source>
        <translation>мәселе өзгертілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="127"/>
        <source>officer in danger</source>
        <translation>қызметкер қауіпте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="128"/>
        <source>alarm acknowledged</source>
        <translation>дабыл қабылданды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="138"/>
        <source>caller&apos;s identity viewed</source>
        <translation>өтініш берушінің деректері қаралды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="139"/>
        <source>media opened</source>
        <translation>медиафайлдар ашылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="140"/>
        <source>confidential report opened</source>
        <translation>құпия хабарлама ашылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="141"/>
        <source>unit&apos;s track viewed</source>
        <translation>жасақтың жолы қаралды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="142"/>
        <source>camera watched</source>
        <translation>камера қаралды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="143"/>
        <source>camera closed</source>
        <translation>камера жабылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="144"/>
        <source>camera snapshot taken</source>
        <translation>камерадан сурет алынды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="149"/>
        <source>administrative report drawn up</source>
        <translation>әкімшілік хаттама толтырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="150"/>
        <source>criminal case registered (ERDR)</source>
        <translation>СДТБТ-да тіркелді (қылмыстық іс)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="151"/>
        <source>person detained</source>
        <translation>адам ұсталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="152"/>
        <source>taken to the police station</source>
        <translation>полиция бөліміне жеткізілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="153"/>
        <source>talk held, warning given</source>
        <translation>әңгіме жүргізілді, ескерту жасалды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="154"/>
        <source>settled on the spot</source>
        <translation>орнында шешілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="155"/>
        <source>passed to the precinct inspector</source>
        <translation>учаскелік инспекторға берілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="156"/>
        <source>passed to another service</source>
        <translation>басқа қызметке берілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="157"/>
        <source>advice given</source>
        <translation>кеңес берілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="158"/>
        <source>found</source>
        <translation>табылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="159"/>
        <source>not confirmed</source>
        <translation>фактісі расталмады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="160"/>
        <source>nobody found at the place</source>
        <translation>оқиға орнында ешкім табылмады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="161"/>
        <source>false call</source>
        <translation>жалған шақыру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="162"/>
        <source>other (say what)</source>
        <translation>басқа (не екенін жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="181"/>
        <source>overdue: no unit sent yet</source>
        <translation>мерзімі өтті: әлі жасақ жіберілмеді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="182"/>
        <source>overdue: its unit was moved to another incident</source>
        <translation>мерзімі өтті: жасағы басқа оқиғаға ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="183"/>
        <source>overdue: %1 en route too long</source>
        <translation>мерзімі өтті: %1 жолда тым ұзақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="184"/>
        <source>overdue: on scene too long without an update</source>
        <translation>мерзімі өтті: оқиға орнында жаңартусыз тым ұзақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="185"/>
        <source>overdue: app report not opened</source>
        <translation>мерзімі өтті: қосымшадан келген хабар ашылмады</translation>
    </message>
</context>
<context>
    <name>LeadDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="255"/>
        <source>%1 handed the shift over to you: confirm receipt in Shift handover (%2)</source>
        <translation>%1 ауысымды сізге тапсырды: «Ауысымды тапсыру» терезесінде қабылдауды растаңыз (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="321"/>
        <source>%1 is on shift</source>
        <translation>%1 ауысымда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="344"/>
        <source>%1 lent to precinct %2</source>
        <translation>%1 %2 учаскесіне берілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="358"/>
        <source>%1 is back in its own precinct</source>
        <translation>%1 өз учаскесіне оралды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="368"/>
        <source>%1: meal break</source>
        <translation>%1: тамақ үзілісі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="368"/>
        <source>%1: back from the meal break</source>
        <translation>%1: тамақ үзілісінен оралды</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="70"/>
        <source>Lend %1 to another precinct</source>
        <translation>%1 жасағын басқа учаскеге беру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="77"/>
        <source> h</source>
        <translation> сағ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="81"/>
        <source>Lend</source>
        <translation>Беру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="85"/>
        <source>To precinct</source>
        <translation>Учаскеге</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="86"/>
        <source>For</source>
        <translation>Ұзақтығы</translation>
    </message>
</context>
<context>
    <name>LivePositions</name>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="80"/>
        <source>km/h</source>
        <translation>км/сағ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="81"/>
        <source>%1 s ago</source>
        <translation>%1 с бұрын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="82"/>
        <source>%1 min ago</source>
        <translation>%1 мин бұрын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="83"/>
        <source>%1 h ago</source>
        <translation>%1 сағ бұрын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="84"/>
        <source>no recent fix</source>
        <translation>жаңа координаттар жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="96"/>
        <source>The map follows %1.</source>
        <translation>Карта %1 жасағын бақылап тұр.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="98"/>
        <source>The map follows no unit.</source>
        <translation>Карта ешбір жасақты бақыламайды.</translation>
    </message>
</context>
<context>
    <name>LiveViews</name>
    <message>
        <location filename="../../dispatch_desk/ui/live_views.py" line="42"/>
        <source>New app report(s): %1</source>
        <translation>Қосымшадан жаңа хабарламалар: %1</translation>
    </message>
</context>
<context>
    <name>LookOutDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="289"/>
        <source>Look-outs</source>
        <translation>Іздеу хабарламалары</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="324"/>
        <source>New look-out: %1</source>
        <translation>Жаңа іздеу хабарламасы: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="379"/>
        <source>Look-out match: %1 — %2</source>
        <translation>Іздеу хабарламасымен сәйкестік: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="393"/>
        <source>Look-out: %1</source>
        <translation>Іздеу хабарламасы: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="422"/>
        <source>Look-out issued to every desk</source>
        <translation>Іздеу хабарламасы барлық пульттерге жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="437"/>
        <source>End the look-out</source>
        <translation>Іздеу хабарламасын аяқтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="438"/>
        <source>Why does it end (found, no longer sought)?</source>
        <translation>Неге аяқталады (табылды, енді ізделмейді)?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="440"/>
        <source>Look-out ended</source>
        <translation>Іздеу хабарламасы аяқталды</translation>
    </message>
</context>
<context>
    <name>LookOutDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="166"/>
        <source>New look-out</source>
        <translation>Жаңа іздеу хабарламасы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="173"/>
        <source>Who or what is sought, and why: appearance, clothes, vehicle</source>
        <translation>Кім немесе не ізделуде және неге: сыртқы түрі, киімі, көлігі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="177"/>
        <source>words a caller would use, separated by commas</source>
        <translation>қоңырау шалушы айтатын сөздер, үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="186"/>
        <source> h</source>
        <translation> сағ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="195"/>
        <source>Choose a photo…</source>
        <translation>Фотосурет таңдау…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="197"/>
        <source>no photo</source>
        <translation>фотосурет жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="206"/>
        <source>Sought</source>
        <translation>Ізделуде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="207"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="208"/>
        <source>Words to watch for</source>
        <translation>Бақыланатын сөздер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="209"/>
        <source>Plate</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="211"/>
        <source>Valid for</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="212"/>
        <source>Precincts (none: the whole city)</source>
        <translation>Учаскелер (ешқайсысы: бүкіл қала)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="213"/>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="236"/>
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="215"/>
        <source>Issue to every desk</source>
        <translation>Барлық пульттерге жіберу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="232"/>
        <source>not a Kazakh plate such as 123 ABC 02</source>
        <translation>123 ABC 02 сияқты қазақстандық нөмір емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="236"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="247"/>
        <source>The photo cannot be read or is larger than 8 MB.</source>
        <translation>Фотосуретті оқу мүмкін емес немесе ол 8 МБ-тан үлкен.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="269"/>
        <source>Issuing…</source>
        <translation>Жіберілуде…</translation>
    </message>
</context>
<context>
    <name>LookOutPanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="85"/>
        <source>Sought</source>
        <translation>Ізделуде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="86"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="87"/>
        <source>Plate</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="88"/>
        <source>Until</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="89"/>
        <source>Matched</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="101"/>
        <source>New look-out…</source>
        <translation>Жаңа іздеу хабарламасы…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="102"/>
        <source>End the selected…</source>
        <translation>Таңдалғанды аяқтау…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="105"/>
        <source>No active look-outs.</source>
        <translation>Белсенді іздеу хабарламалары жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="134"/>
        <source>Words: %1</source>
        <translation>Сөздер: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="136"/>
        <source>Precincts: %1</source>
        <translation>Учаскелер: %1</translation>
    </message>
</context>
<context>
    <name>LookOuts</name>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="62"/>
        <source>person sought</source>
        <translation>ізделетін адам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="63"/>
        <source>vehicle sought</source>
        <translation>ізделетін көлік</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="64"/>
        <source>missing person</source>
        <translation>хабарсыз кеткен адам</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="128"/>
        <source>Loading the map…</source>
        <translation>Карта жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="138"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="141"/>
        <source>New call</source>
        <translation>Жаңа қоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="139"/>
        <source>Units</source>
        <translation>Жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="140"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="333"/>
        <source>The basemap cannot be shown: %1</source>
        <translation>Негізгі картаны көрсету мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Demo accounts: %1 — the password of each is &quot;%2&quot;.</source>
        <translation type="vanished">Демо есептік жазбалар: %1 — әрқайсысының құпиясөзі «%2».</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="182"/>
        <source>The first administrator</source>
        <translation>Алғашқы әкімші</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="175"/>
        <source>This database had no accounts. Its administrator is &quot;admin&quot; with the one-time password

%1

It is shown only now. Sign in with it and choose a new password.</source>
        <translation>Бұл дерекқорда есептік жазбалар болмаған. Оның әкімшісі — «admin», бір реттік құпиясөзі

%1

Ол тек қазір көрсетіледі. Онымен кіріп, жаңа құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="345"/>
        <source>The database is not available: %1</source>
        <translation>Дерекқор қолжетімсіз: %1</translation>
    </message>
    <message>
        <source>New app report(s): %1</source>
        <translation type="vanished">Қосымшадан жаңа хабарламалар: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="394"/>
        <source>Changed by someone else</source>
        <translation>Басқа оператор өзгертті</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="398"/>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Nothing sent: the recommended units are in sight now; press the key again to send unit %1.</source>
        <translation type="vanished">Ештеңе жіберілмеді: ұсынылған жасақтар енді көрініп тұр; %1-жасақты жіберу үшін пернені қайта басыңыз.</translation>
    </message>
    <message>
        <source>%1: en route</source>
        <translation type="vanished">%1: жолда</translation>
    </message>
    <message>
        <source>%1: on scene</source>
        <translation type="vanished">%1: орнында</translation>
    </message>
    <message>
        <source>%1: clear</source>
        <translation type="vanished">%1: босату</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="461"/>
        <source>Dispatch Desk</source>
        <translation>Кезекші пульті</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="456"/>
        <source>(demo data)</source>
        <translation>(демо деректер)</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="99"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="101"/>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="103"/>
        <source>Voice message</source>
        <translation>Дауыстық хабарлама</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="171"/>
        <source>Media: %1</source>
        <translation>Медиа: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="176"/>
        <source>The photo cannot be shown (file missing or damaged).</source>
        <translation>Фотоны көрсету мүмкін емес (файл жоқ немесе бүлінген).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="180"/>
        <source>Wheel or +/− zooms, 0 fits, drag moves</source>
        <translation>Дөңгелек немесе +/− — масштаб, 0 — терезеге сыйдыру, сүйреу — жылжыту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="203"/>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="251"/>
        <source>Play (Space)</source>
        <translation>Ойнату (Бос орын)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="225"/>
        <source>The file is missing.</source>
        <translation>Файл жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="251"/>
        <source>Pause (Space)</source>
        <translation>Кідірту (Бос орын)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="188"/>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="254"/>
        <source>Cannot play: %1</source>
        <translation>Ойнату мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>MeetingPackDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="99"/>
        <source>Meeting pack for residents</source>
        <translation>Тұрғындарға арналған материалдар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="99"/>
        <source>Meeting pack</source>
        <translation>Кездесу материалдары</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="100"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="118"/>
        <source>Preparing the meeting pack…</source>
        <translation>Кездесу материалдары дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="167"/>
        <source>Meeting pack written to %1</source>
        <translation>Кездесу материалдары жазылды: %1</translation>
    </message>
</context>
<context>
    <name>MeetingPackPdf</name>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="70"/>
        <source>Hot spots (Gi*)</source>
        <translation>Ыстық нүктелер (Gi*)</translation>
    </message>
    <message>
        <source>hot, 99 %</source>
        <translation type="vanished">ыстық, 99 %</translation>
    </message>
    <message>
        <source>hot, 95 %</source>
        <translation type="vanished">ыстық, 95 %</translation>
    </message>
    <message>
        <source>hot, 90 %</source>
        <translation type="vanished">ыстық, 90 %</translation>
    </message>
    <message>
        <source>cold, 90 %</source>
        <translation type="vanished">суық, 90 %</translation>
    </message>
    <message>
        <source>cold, 95 %</source>
        <translation type="vanished">суық, 95 %</translation>
    </message>
    <message>
        <source>cold, 99 %</source>
        <translation type="vanished">суық, 99 %</translation>
    </message>
    <message>
        <source>contacts from one address</source>
        <translation type="vanished">бір мекенжайдан түскен өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="58"/>
        <source>Contacts compared with usual</source>
        <translation>Жүгінулер әдеттегімен салыстырғанда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="80"/>
        <source>the city</source>
        <translation>қала</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="82"/>
        <source>precinct %1</source>
        <translation>%1 учаскесі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="97"/>
        <source>new</source>
        <translation>алғаш рет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="106"/>
        <source>For the meeting with residents: %1</source>
        <translation>Тұрғындармен кездесуге: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="106"/>
        <source>Meeting pack: %1</source>
        <translation>Кездесу материалдары: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="112"/>
        <source>%1 – %2, against %3 – %4 · printed %5</source>
        <translation>%1 – %2, салыстыру: %3 – %4 · басылды %5</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="121"/>
        <source>contacts</source>
        <translation>өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="122"/>
        <source>the period before</source>
        <translation>алдыңғы кезең</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="123"/>
        <source>change</source>
        <translation>өзгеріс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="124"/>
        <source>hot cells</source>
        <translation>ыстық ұяшықтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="127"/>
        <source>sensitive contacts, counted only</source>
        <translation>құпия санаттар, тек саны</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="129"/>
        <source>share of the top addresses</source>
        <translation>үздік мекенжайлардың үлесі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="130"/>
        <source>addresses that make half the contacts</source>
        <translation>өтініштердің жартысын беретін мекенжайлар</translation>
    </message>
    <message>
        <source>The records begin on %1: the period before is not complete, so no change against it is given.</source>
        <translation type="vanished">Жазбалар %1 басталады: алдыңғы кезең толық емес, сондықтан онымен салыстыру берілмейді.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="135"/>
        <source>¹ The records begin on %1: the period before is not complete, so a change is given in contacts, not as a share.</source>
        <translation>¹ Жазбалар %1 басталады: алдыңғы кезең толық емес, сондықтан өзгеріс пайызбен емес, өтініштер санымен берілген.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="143"/>
        <source>This version carries no personal data: no names, phones or descriptions; places only as streets and map cells. Domestic conflicts, corruption reports, complaints about police officers and missing persons are only counted (%1, the period before %2).</source>
        <translation>Бұл нұсқада дербес деректер жоқ: аты-жөні, телефон мен сипаттама жоқ; орындар тек көше мен карта ұяшығы ретінде. Отбасылық жанжалдар, сыбайлас жемқорлық туралы хабарламалар, полиция қызметкерлеріне шағымдар және хабар-ошарсыз кеткендер тек саналады (%1, алдыңғы кезеңде %2).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="153"/>
        <source>From your precinct inspector</source>
        <translation>Учаскелік инспекторыңыздан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="156"/>
        <source>The map: hot and cold spots</source>
        <translation>Карта: ыстық және суық нүктелер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="161"/>
        <source>Each coloured place is a hexagon of about 0.1 km² where people called the police more often (red) or less often (blue) than usual for the neighbourhood; only places with at least 3 contacts are shown.</source>
        <translation>Әрбір түсті орын — шамамен 0,1 км² алтыбұрыш, онда полицияға маңайдағыдан жиірек (қызыл) немесе сирек (көк) жүгінген; кемінде 3 жүгіну болған орындар ғана көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="170"/>
        <source>Getis-Ord Gi* on a grid of hexagons of about 0.1 km² with 999 permutations: a hot cell and its neighbours hold more contacts than chance would put there.</source>
        <translation>Getis-Ord Gi*, шамамен 0,1 км² алтыбұрыштар торы, 999 ауыстыру: ыстық ұяшық пен оның көршілерінде кездейсоқтықтан көп өтініш бар.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="183"/>
        <source>Contacts by category</source>
        <translation>Санаттар бойынша өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="190"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="190"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="190"/>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="190"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="194"/>
        <source>No contacts in the period</source>
        <translation>Кезеңде өтініш жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="199"/>
        <source>When: by day of the week and by hour</source>
        <translation>Қашан: апта күндері және сағаттар бойынша</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="201"/>
        <source>Mon</source>
        <translation>Дс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="202"/>
        <source>Tue</source>
        <translation>Сс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="203"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="204"/>
        <source>Thu</source>
        <translation>Бс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="205"/>
        <source>Fri</source>
        <translation>Жм</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="206"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="207"/>
        <source>Sun</source>
        <translation>Жс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="216"/>
        <source>Streets most contacts come from</source>
        <translation>Өтініш ең көп түсетін көшелер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="219"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="238"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="252"/>
        <source>Street</source>
        <translation>Көше</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="219"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="228"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="238"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="254"/>
        <source>Contacts</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="223"/>
        <source>No contacts with an address</source>
        <translation>Мекенжайы бар өтініш жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="226"/>
        <source>Repeat addresses</source>
        <translation>Қайталанатын мекенжайлар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="228"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="228"/>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="232"/>
        <source>No address called twice</source>
        <translation>Екі рет хабарласқан мекенжай жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="236"/>
        <source>Places with more or fewer contacts than usual</source>
        <translation>Жүгіну әдеттегіден көп немесе аз орындар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="238"/>
        <source>Compared with usual</source>
        <translation>Әдеттегімен салыстырғанда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="246"/>
        <source>No place stands out</source>
        <translation>Ерекшеленетін орын жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="249"/>
        <source>Hot and cold cells</source>
        <translation>Ыстық және суық ұяшықтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="253"/>
        <source>Cell</source>
        <translation>Ұяшық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="255"/>
        <source>per km²</source>
        <translation>км² сайын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="258"/>
        <source>Significance</source>
        <translation>Маңыздылық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="275"/>
        <source>No cell stands out at 90 % confidence</source>
        <translation>90 % сенімділікпен ерекшеленетін ұяшық жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="281"/>
        <source>Near repeats (Knox test): of %1 contacts, %2 pairs within %3 m and %4 days of each other; chance would give %5 (p = %6).</source>
        <translation>Жақын қайталанулар (Нокс тесті): %1 өтініштің %2 жұбы бір-бірінен %3 м және %4 күн ішінде; кездейсоқ %5 болар еді (p = %6).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="294"/>
        <source>far more than usual</source>
        <translation>әдеттегіден әлдеқайда көп</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="296"/>
        <source>more than usual</source>
        <translation>әдеттегіден көп</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="298"/>
        <source>far fewer than usual</source>
        <translation>әдеттегіден әлдеқайда аз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="299"/>
        <source>fewer than usual</source>
        <translation>әдеттегіден аз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="299"/>
        <source>as usual</source>
        <translation>әдеттегідей</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="305"/>
        <source>due %1</source>
        <translation>мерзімі %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="311"/>
        <source>Problems and what was done since %1</source>
        <translation>Проблемалар және %1 бастап не істелді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="313"/>
        <source>No problem is open in the precinct.</source>
        <translation>Учаскеде ашық проблема жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="323"/>
        <source>Places: %1</source>
        <translation>Орындар: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="324"/>
        <source>Contacts a week before the response: %1</source>
        <translation>Шараларға дейін аптасына өтініштер: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="332"/>
        <source>since: %1 (%2)</source>
        <translation>содан бері: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="339"/>
        <source>Steps taken this week: %1; steps planned: %2</source>
        <translation>Осы аптада қабылданған шаралар: %1; жоспарланғаны: %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="349"/>
        <source>Nothing recorded this week.</source>
        <translation>Осы аптада ештеңе жазылмаған.</translation>
    </message>
</context>
<context>
    <name>NewProblemDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="41"/>
        <source>New problem</source>
        <translation>Жаңа проблема</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="45"/>
        <source>What is known so far (optional)</source>
        <translation>Әзірге белгілісі (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="50"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="51"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="52"/>
        <source>First note</source>
        <translation>Алғашқы жазба</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="56"/>
        <source>Open the problem</source>
        <translation>Проблеманы ашу</translation>
    </message>
</context>
<context>
    <name>OperatorStatus</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="35"/>
        <source>Nobody signed in</source>
        <translation>Ешкім кірмеген</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="40"/>
        <source>precinct %1</source>
        <translation>%1 учаскесі</translation>
    </message>
</context>
<context>
    <name>OverdueCount</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/counts.py" line="48"/>
        <source>Overdue: %1</source>
        <translation>Мерзімі өткен: %1</translation>
    </message>
</context>
<context>
    <name>OverdueDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="97"/>
        <source>Overdue again after acknowledgement: %1</source>
        <translation>Растаудан кейін қайтадан мерзімі өтті: %1</translation>
    </message>
</context>
<context>
    <name>OverdueDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="169"/>
        <source>Overdue incidents</source>
        <translation>Мерзімі өткен оқиғалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="173"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="173"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="173"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="173"/>
        <source>Since</source>
        <translation>Қашаннан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="174"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="174"/>
        <source>Acknowledged</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="177"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Растау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="180"/>
        <source>Thresholds for every desk</source>
        <translation>Барлық пульттерге арналған шектер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="183"/>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="184"/>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="185"/>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="186"/>
        <source>No unit sent: %1</source>
        <translation>Жасақ жіберілмеді: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="187"/>
        <source>En route longer than</source>
        <translation>Жолда мұнан ұзақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="188"/>
        <source>On scene without an update longer than</source>
        <translation>Оқиға орнында жаңартусыз мұнан ұзақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="189"/>
        <source>App report not opened after</source>
        <translation>Қосымшадан келген хабар мұнан кейін ашылмаса</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="194"/>
        <source>&amp;Save thresholds</source>
        <translation>Шектерді &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="276"/>
        <source>%1: overdue acknowledged</source>
        <translation>%1: мерзімінің өткені расталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="285"/>
        <source>The overdue thresholds are saved</source>
        <translation>Мерзім шектері сақталды</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/phone_field.py" line="20"/>
        <source>+7 7xx xxx xx xx</source>
        <translation>+7 7xx xxx xx xx</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/phone_field.py" line="47"/>
        <source>not a possible phone number</source>
        <translation>мұндай телефон нөмірі болмайды</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="153"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="154"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="155"/>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="156"/>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="163"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="164"/>
        <source>Received</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="165"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="166"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="167"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="174"/>
        <source>What drives the contacts here</source>
        <translation>Мұнда өтініштерге не себеп</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="177"/>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="188"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="188"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="188"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="188"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="190"/>
        <source>What is done</source>
        <translation>Не істеледі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="192"/>
        <source>Who answers for it</source>
        <translation>Кім жауап береді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="197"/>
        <source>Add step</source>
        <translation>Қадам қосу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="199"/>
        <source>Mark the selected step done</source>
        <translation>Таңдалған қадам орындалды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="117"/>
        <source>Linked incidents</source>
        <translation>Байланысты оқиғалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="118"/>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="119"/>
        <source>Response</source>
        <translation>Шаралар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="220"/>
        <source>Problem %1 · precinct %2</source>
        <translation>Проблема %1 · %2 учаскесі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="239"/>
        <source>Linked incidents (%1)</source>
        <translation>Байланысты оқиғалар (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="249"/>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="272"/>
        <source>before the response: %1 contacts in %2 weeks (%3 a week)</source>
        <translation>шараларға дейін: %2 аптада %1 өтініш (аптасына %3)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="278"/>
        <source>no response yet</source>
        <translation>шаралар әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="280"/>
        <source>since: %1 in %2 weeks (%3 a week)</source>
        <translation>содан бері: %2 аптада %1 (аптасына %3)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="302"/>
        <source>Close the problem</source>
        <translation>Проблеманы жабу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="303"/>
        <source>Outcome: what changed at these places</source>
        <translation>Нәтиже: бұл орындарда не өзгерді</translation>
    </message>
</context>
<context>
    <name>ProblemListDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="75"/>
        <source>Problems</source>
        <translation>Проблемалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="79"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="80"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="81"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="82"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="83"/>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="84"/>
        <source>Steps open</source>
        <translation>Ашық қадамдар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="91"/>
        <source>No problems yet: open one from a hot cell or a repeat address on the map (View → Hot spots and repeat addresses).</source>
        <translation>Әзірге проблема жоқ: картадағы ыстық ұяшықтан немесе қайталанатын мекенжайдан ашыңыз (Көрініс → Ыстық нүктелер мен қайталанатын мекенжайлар).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="43"/>
        <source>analysis</source>
        <translation>талдау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="44"/>
        <source>response</source>
        <translation>шаралар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="45"/>
        <source>assessment</source>
        <translation>бағалау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="46"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="58"/>
        <source>no street yet</source>
        <translation>көше әлі белгісіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="61"/>
        <source>hexagon %1 (%2)</source>
        <translation>алтыбұрыш: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProblemsDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="168"/>
        <source>No problem is open at this place</source>
        <translation>Бұл орында ашық проблема жоқ</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="95"/>
        <source>Search number, address, caller, text</source>
        <translation>Іздеу: нөмір, мекенжай, өтініш беруші, мәтін</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="98"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="99"/>
        <source>All today</source>
        <translation>Бүгінгінің бәрі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="100"/>
        <source>Closed: search all</source>
        <translation>Жабылғандар: барлығынан іздеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="107"/>
        <source>All channels</source>
        <translation>Барлық арналар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="184"/>
        <source>All precincts</source>
        <translation>Барлық учаскелер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="186"/>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="197"/>
        <source>Find closed incidents: number, address, phone, text (%1)</source>
        <translation>Жабылған оқиғаларды табу: нөмір, мекенжай, телефон, мәтін (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="199"/>
        <source>Search number, address, caller, text (%1)</source>
        <translation>Іздеу: нөмір, мекенжай, өтініш беруші, мәтін (%1)</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="150"/>
        <source>A call from the app is in progress: quitting ends it for the caller.</source>
        <translation>Қосымшадан қоңырау жүріп жатыр: шығу оны қоңырау шалушы үшін аяқтайды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="152"/>
        <source>The call being typed is kept as a draft and comes back at the next start.</source>
        <translation>Толтырылып жатқан шақыру жоба ретінде сақталып, келесі іске қосқанда қайтады.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="154"/>
        <source>Quit the desk?</source>
        <translation>Бағдарламадан шығасыз ба?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="156"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="157"/>
        <source>Stay at the desk</source>
        <translation>Қалу</translation>
    </message>
</context>
<context>
    <name>RecentMessages</name>
    <message>
        <location filename="../../dispatch_desk/ui/notices.py" line="78"/>
        <source>Recent messages</source>
        <translation>Соңғы хабарлар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/notices.py" line="85"/>
        <source>No messages yet in this session.</source>
        <translation>Бұл сеанста әзірге хабар болған жоқ.</translation>
    </message>
</context>
<context>
    <name>ResidentsText</name>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="42"/>
        <source>Text for the residents</source>
        <translation>Тұрғындарға арналған мәтін</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="45"/>
        <source>The residents&apos; version prints this text as it stands, beside the counts and the places. Write what you want the residents to know; name no one and give no phone number — the pack is not printed while the text holds either.</source>
        <translation>Тұрғындарға арналған нұсқа бұл мәтінді сандар мен орындардың жанында сол күйінде басады. Тұрғындар білуі керек нәрсені жазыңыз; ешкімнің атын атамаңыз, телефон нөмірін бермеңіз — мәтінде олардың бірі болғанша материалдар басылмайды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="53"/>
        <source>e.g. Evening patrols on the streets below continue in December.</source>
        <translation>мысалы: Төмендегі көшелердегі кешкі патрульдер желтоқсанда жалғасады.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="58"/>
        <source>Print with this text</source>
        <translation>Осы мәтінмен басу</translation>
    </message>
</context>
<context>
    <name>RoadLayers</name>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="110"/>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="166"/>
        <source>No road network: the coverage needs one (gazetteer import).</source>
        <translation>Жол желісі жоқ: қамту үшін ол қажет (gazetteer import).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="172"/>
        <source>%1 free units; %2% of the city is out of their 10-minute reach.</source>
        <translation>Бос жасақтар: %1; қаланың %2% олардың 10 минутынан тыс.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="186"/>
        <source>Free units by road</source>
        <translation>Бос жасақтар жолмен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="187"/>
        <source>within 5 min</source>
        <translation>5 мин ішінде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="188"/>
        <source>within 10 min</source>
        <translation>10 мин ішінде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="189"/>
        <source>no free unit within 10 min</source>
        <translation>10 мин ішінде бірде-бір бос жасақ жоқ</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="12"/>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="13"/>
        <source>shift lead</source>
        <translation>жауапты кезекші</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="14"/>
        <source>precinct inspector</source>
        <translation>учаскелік инспектор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="15"/>
        <source>anti-corruption officer</source>
        <translation>сыбайлас жемқорлыққа қарсы қызмет қызметкері</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="16"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="17"/>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="18"/>
        <source>wall display</source>
        <translation>қабырға таблосы</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="109"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="111"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="111"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="36"/>
        <source>Dispatch Desk</source>
        <translation>Кезекші пульті</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="51"/>
        <source>your login</source>
        <translation>сіздің логиніңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="61"/>
        <source>at least %1 characters</source>
        <translation>кемінде %1 таңба</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="67"/>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="130"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="81"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="82"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="83"/>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="84"/>
        <source>New password again</source>
        <translation>Жаңа құпиясөз қайтадан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="109"/>
        <source>Opening the database…</source>
        <translation>Дерекқорды ашып жатырмын…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="119"/>
        <source>Demo accounts: %1 — the password of each is &quot;%2&quot;.</source>
        <translation>Демо есептік жазбалар: %1 — әрқайсысының құпиясөзі «%2».</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="134"/>
        <source>Locked by %1. Sign in again to go on, or sign in as the next person of the shift.</source>
        <translation>Құлыптаған: %1. Жалғастыру үшін қайта кіріңіз немесе ауысымның келесі кезекшісі ретінде кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="148"/>
        <source>Set the new password</source>
        <translation>Жаңа құпиясөзді сақтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="149"/>
        <source>Choose your own password now; the one you were given works only once.</source>
        <translation>Өз құпиясөзіңізді қазір таңдаңыз: берілгені тек бір рет жарамды.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="172"/>
        <source>The two new passwords differ.</source>
        <translation>Екі жаңа құпиясөз сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="175"/>
        <source>Saving the new password…</source>
        <translation>Жаңа құпиясөзді сақтап жатырмын…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="180"/>
        <source>Type your login and your password.</source>
        <translation>Логин мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="182"/>
        <source>Signing in…</source>
        <translation>Кіріп жатырмын…</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/sound.py" line="17"/>
        <source>Sound is off: %1</source>
        <translation>Дыбыс өшірулі: %1</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="31"/>
        <source>available</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="32"/>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="33"/>
        <source>en route</source>
        <translation>жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="34"/>
        <source>on scene</source>
        <translation>орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="35"/>
        <source>returning</source>
        <translation>қайтуда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="36"/>
        <source>busy</source>
        <translation>бос емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="37"/>
        <source>meal</source>
        <translation>үзіліс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="38"/>
        <source>off shift</source>
        <translation>демалыс</translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="55"/>
        <source>Track of %1</source>
        <translation>%1 ізі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="66"/>
        <source>Last hour</source>
        <translation>Соңғы сағат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="67"/>
        <source>Last 12 hours</source>
        <translation>Соңғы 12 сағат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="72"/>
        <source>The selected incident&apos;s time</source>
        <translation>Таңдалған оқиғаның уақыты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="83"/>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="84"/>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
</context>
<context>
    <name>TrackReview</name>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="147"/>
        <source>%1 has no fix in that period.</source>
        <translation>%1 жасағының бұл кезеңде координаттары жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="155"/>
        <source>Track of %1, %2 – %3: %4 fixes (%5 not used), %6 km</source>
        <translation>%1 ізі, %2 – %3: %4 нүкте (%5 пайдаланылмады), %6 км</translation>
    </message>
</context>
<context>
    <name>UnitCounts</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/counts.py" line="60"/>
        <source>Units: %1</source>
        <translation>Жасақтар: %1</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="286"/>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="287"/>
        <source>Show the units as a table with every column</source>
        <translation>Жасақтарды барлық бағандары бар кесте түрінде көрсету</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="294"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="315"/>
        <source>All precincts</source>
        <translation>Барлық учаскелер</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="53"/>
        <source>Unit</source>
        <translation>Жасақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="54"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="55"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="56"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="57"/>
        <source>In status</source>
        <translation>Мәртебеде</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="58"/>
        <source>On shift</source>
        <translation>Ауысымда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="59"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="60"/>
        <source>Crew</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="96"/>
        <source>lent to precinct %1 until %2</source>
        <translation>%2 дейін %1 учаскесіне берілген</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="155"/>
        <source>available</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="156"/>
        <source>on incidents</source>
        <translation>оқиғаларда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="157"/>
        <source>returning</source>
        <translation>қайтып келе жатыр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="158"/>
        <source>busy</source>
        <translation>бос емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="159"/>
        <source>meal break</source>
        <translation>тамақ үзілісі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="162"/>
        <source>On shift since %1</source>
        <translation>%1 бастап ауысымда</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="67"/>
        <location filename="../../dispatch_desk/ui/wall.py" line="129"/>
        <source>City board — wall display</source>
        <translation>Қала таблосы — қабырға экраны</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="121"/>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="139"/>
        <source>The database is not available: %1</source>
        <translation>Дерекқор қолжетімсіз: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="147"/>
        <source>Signing in…</source>
        <translation>Кіру…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="162"/>
        <source>This account may not show the city board.</source>
        <translation>Бұл тіркелгіге қала таблосы қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="165"/>
        <source>Choose a new password for this account at a desk first.</source>
        <translation>Алдымен пультте бұл тіркелгіге жаңа құпиясөз қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="169"/>
        <location filename="../../dispatch_desk/ui/wall.py" line="229"/>
        <source>City board</source>
        <translation>Қала таблосы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="177"/>
        <source>This account is disabled. An administrator can enable it.</source>
        <translation>Тіркелгі өшірілген. Оны әкімші қоса алады.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="179"/>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="183"/>
        <source>Cannot sign in again: %1</source>
        <translation>Қайта кіру мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="215"/>
        <source>Reading the board…</source>
        <translation>Табло жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="219"/>
        <source>Updated %1</source>
        <translation>Жаңартылды %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="222"/>
        <source>NOT UPDATED since %1: %2</source>
        <translation>%1 бастап ЖАҢАРТЫЛМАЙДЫ: %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="224"/>
        <source>the database does not answer</source>
        <translation>дерекқор жауап бермейді</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../dispatch_desk/ui/app.py" line="86"/>
        <source>Dispatch Desk: an error</source>
        <translation>Dispatch Desk: қате</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/app.py" line="87"/>
        <source>Something went wrong: %1

The call being typed is kept. The details are in %2</source>
        <translation>Бірдеңе дұрыс болмады: %1

Теріліп жатқан қоңырау сақталды. Толығырақ: %2</translation>
    </message>
</context>
</TS>
