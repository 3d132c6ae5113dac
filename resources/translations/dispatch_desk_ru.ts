<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../dispatch_desk/cli/__init__.py" line="57"/>
        <source>a file given is not UTF-8 text ({reason} at byte {byte})</source>
        <translation>указанный файл — не текст UTF-8 ({reason}, байт {byte})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/__init__.py" line="66"/>
        <source>cannot use {file}</source>
        <translation>нельзя использовать {file}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/__init__.py" line="66"/>
        <source>cannot use a file</source>
        <translation>нельзя использовать файл</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="26"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="27"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="28"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="29"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="30"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="31"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="32"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="134"/>
        <location filename="../../dispatch_desk/cli/geography.py" line="204"/>
        <location filename="../../dispatch_desk/cli/reports.py" line="204"/>
        <source>precinct {code}</source>
        <translation>участок {code}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="134"/>
        <source>the city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="152"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="92"/>
        <source>CATEGORY</source>
        <translation>КАТЕГОРИЯ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="152"/>
        <source>NOW</source>
        <translation>СЕЙЧАС</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="152"/>
        <source>BEFORE</source>
        <translation>РАНЬШЕ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="152"/>
        <source>CHANGE</source>
        <translation>ИЗМЕНЕНИЕ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="170"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="94"/>
        <source>ADDRESS</source>
        <translation>АДРЕС</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="170"/>
        <source>CONTACTS</source>
        <translation>ОБРАЩЕНИЯ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="170"/>
        <source>SHARE</source>
        <translation>ДОЛЯ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="137"/>
        <source>{where}: {now} contacts ({before} the period before)</source>
        <translation>{where}: обращений {now} ({before} за прошлый период)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="158"/>
        <source>busiest hour: {day} {hour}:00 ({count} contacts)</source>
        <translation>самый загруженный час: {day} {hour}:00 (обращений: {count})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="173"/>
        <source>the top {count} addresses make {share} of the contacts; {half} addresses make half of them</source>
        <translation>первые адреса ({count}) дают {share} обращений; половина обращений приходится на {half} адресов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="218"/>
        <source>the text for residents, as printed:</source>
        <translation>текст для жителей, как он будет напечатан:</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="231"/>
        <source>say where the pack goes: --pdf OUT.pdf, --csv OUT or --json OUT</source>
        <translation>укажите, куда записать материалы: --pdf OUT.pdf, --csv OUT или --json OUT</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="269"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} — не текст UTF-8</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="295"/>
        <source>hot</source>
        <translation>горячая</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="295"/>
        <source>cold</source>
        <translation>холодная</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <source>CELL</source>
        <translation>ЯЧЕЙКА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>LAT</source>
        <translation>ШИРОТА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>LON</source>
        <translation>ДОЛГОТА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <source>COUNT</source>
        <translation>ЧИСЛО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="301"/>
        <source>PER KM²</source>
        <translation>НА КМ²</translation>
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
        <translation>ОЧАГ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="304"/>
        <source>{shown} of {all} cells hot or cold at 90 % or more</source>
        <translation>горячих или холодных ячеек при 90 % и более: {shown} из {all}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/analytics.py" line="309"/>
        <source>near repeats (Knox, {metres} m, {days} days): {pairs} pairs, {expected} expected, p = {p}</source>
        <translation>близкие повторы (Нокс, {metres} м, {days} сут): пар {pairs}, ожидалось {expected}, p = {p}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="102"/>
        <source>set intake_account_secret (the secret shared with the registration service) first</source>
        <translation>сначала задайте intake_account_secret (секрет, общий со службой регистрации)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="120"/>
        <location filename="../../dispatch_desk/cli/geography.py" line="194"/>
        <location filename="../../dispatch_desk/cli/geography.py" line="218"/>
        <source>warning: {warning}</source>
        <translation>предупреждение: {warning}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="123"/>
        <source>intake server on {url} (OpenAPI: /openapi.json), database {database}, media in {folder}</source>
        <translation>сервер приёма на {url} (OpenAPI: /openapi.json), база данных {database}, медиафайлы в {folder}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="139"/>
        <source>a confidential key, </source>
        <translation>конфиденциальный ключ, </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="143"/>
        <source>key {name} created ({kind}{rate} requests a minute); it is shown only now, store it in the client&apos;s configuration</source>
        <translation>ключ {name} создан ({kind}{rate} запросов в минуту); он показан только сейчас, сохраните его в настройках клиента</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="152"/>
        <source>key {name} is revoked</source>
        <translation>ключ {name} отозван</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <location filename="../../dispatch_desk/cli/cameras.py" line="98"/>
        <location filename="../../dispatch_desk/cli/users.py" line="150"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <source>PER MINUTE</source>
        <translation>В МИНУТУ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <source>CREATED</source>
        <translation>СОЗДАН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="155"/>
        <location filename="../../dispatch_desk/cli/users.py" line="154"/>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="161"/>
        <source>revoked {time}</source>
        <translation>отозван {time}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="161"/>
        <location filename="../../dispatch_desk/cli/words.py" line="151"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="163"/>
        <source>confidential</source>
        <translation>конфиденциальный</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/app_reports.py" line="163"/>
        <source>app</source>
        <translation>приложение</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="74"/>
        <source>{file} is a folder; give a file name</source>
        <translation>{file} — папка; укажите имя файла</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="76"/>
        <source>{count} lines written to {file}</source>
        <translation>записано строк в {file}: {count}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="94"/>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="95"/>
        <source>SOURCE</source>
        <translation>ИСТОЧНИК</translation>
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
        <translation>РАБОЧЕЕ МЕСТО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="98"/>
        <location filename="../../dispatch_desk/cli/users.py" line="180"/>
        <source>WHAT</source>
        <translation>ЧТО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="99"/>
        <source>SUBJECT</source>
        <translation>ОБЪЕКТ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="100"/>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="106"/>
        <source>the current shift only, from {time}</source>
        <translation>только текущая смена, с {time}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/audit.py" line="109"/>
        <source>more lines match; narrow the search or raise --limit</source>
        <translation>подходит больше строк; сузьте поиск или увеличьте --limit</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="39"/>
        <source>{message} (see &apos;{program} --help&apos;)</source>
        <translation>{message} (см. &apos;{program} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="98"/>
        <source>this database had no accounts; its administrator is &apos;admin&apos; with the one-time password</source>
        <translation>в этой базе данных не было учётных записей; её администратор — &apos;admin&apos; с одноразовым паролем</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="99"/>
        <source>It is shown only now. Sign in with it and choose a new password at once.</source>
        <translation>Он показан только сейчас. Войдите с ним и сразу выберите новый пароль.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="113"/>
        <source>this command acts as a person: give --user LOGIN (or set DISPATCH_DESK_USER)</source>
        <translation>эта команда действует от имени человека: укажите --user ЛОГИН (или задайте DISPATCH_DESK_USER)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="118"/>
        <source>no password: set {variable} or run the command in a terminal</source>
        <translation>нет пароля: задайте {variable} или запустите команду в терминале</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="120"/>
        <location filename="../../dispatch_desk/cli/desk.py" line="66"/>
        <source>password for {login}: </source>
        <translation>пароль для {login}: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="128"/>
        <source>{login} must choose a new password first: dispatch-desk users password --user {login}</source>
        <translation>{login} должен сначала выбрать новый пароль: dispatch-desk users password --user {login}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/common.py" line="227"/>
        <source>could not write {file}</source>
        <translation>не удалось записать {file}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="46"/>
        <source>--evening goes with --demo (the demo city&apos;s Saturday evening)</source>
        <translation>--evening используется вместе с --demo (субботний вечер демонстрационного города)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="51"/>
        <source>the {role} role has a new password; the URL above is shown only now</source>
        <translation>у роли {role} новый пароль; адрес выше показан только сейчас</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="56"/>
        <source>database {database} is at revision {revision}</source>
        <translation>база данных {database} в версии {revision}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="66"/>
        <source>demo city built: {precincts} precincts, {streets} streets, {units} units, {incidents} incidents ({open} open); accounts {accounts}, each with the password &apos;{password}&apos;</source>
        <translation>демонстрационный город создан: участков {precincts}, улиц {streets}, нарядов {units}, происшествий {incidents} (открыто {open}); учётные записи {accounts}, у каждой пароль &apos;{password}&apos;</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/database.py" line="77"/>
        <source>database ready: {database}</source>
        <translation>база данных готова: {database}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/desk.py" line="62"/>
        <source>the screenshot is written as PNG: give a file name ending in .png</source>
        <translation>снимок экрана записывается в PNG: укажите имя файла с окончанием .png</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="113"/>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="114"/>
        <source>NAME (RU)</source>
        <translation>НАЗВАНИЕ (RU)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="115"/>
        <source>NAME (KK)</source>
        <translation>НАЗВАНИЕ (KK)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="116"/>
        <source>NAME (EN)</source>
        <translation>НАЗВАНИЕ (EN)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="117"/>
        <source>HOURS</source>
        <translation>ЧАСЫ РАБОТЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="118"/>
        <source>PHONE</source>
        <translation>ТЕЛЕФОН</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="119"/>
        <source>SERVICE CENTRE</source>
        <translation>ЦЕНТР ОБСЛУЖИВАНИЯ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="121"/>
        <source>no precincts</source>
        <translation>участков нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="143"/>
        <source> ({count} objects without usable geometry skipped)</source>
        <translation> (пропущено объектов без пригодной геометрии: {count})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="146"/>
        <source> ({count} addresses far from every precinct left out)</source>
        <translation> (не включено адресов вдали от всех участков: {count})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="149"/>
        <source>gazetteer replaced: {streets} streets, {addresses} addresses</source>
        <translation>адресный справочник заменён: улиц {streets}, адресов {addresses}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="167"/>
        <source>warning: the road network was not replaced: {error}</source>
        <translation>внимание: дорожная сеть не заменена: {error}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="169"/>
        <source>road network replaced: {size} KB for the routing engine</source>
        <translation>дорожная сеть заменена: {size} КБ для движка маршрутов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="175"/>
        <source>give an ADDRESS, or --reverse LAT LON</source>
        <translation>укажите АДРЕС или --reverse ШИРОТА ДОЛГОТА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="177"/>
        <source>the address is too long ({count} characters, at most 300)</source>
        <translation>адрес слишком длинный (символов: {count}, не больше 300)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="184"/>
        <source>no suggestions</source>
        <translation>подсказок нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="189"/>
        <location filename="../../dispatch_desk/cli/geography.py" line="239"/>
        <source>({lat}, {lon}) is not a latitude and longitude</source>
        <translation>({lat}, {lon}) — не широта и долгота</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="199"/>
        <source>no match: the location stays unverified until the operator places it on the map</source>
        <translation>совпадений нет: место остаётся непроверенным, пока оператор не отметит его на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="204"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="205"/>
        <source>confidence {value}</source>
        <translation>достоверность {value}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="221"/>
        <source>imported {count} precincts</source>
        <translation>импортировано участков: {count}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="222"/>
        <source> (all earlier precincts replaced)</source>
        <translation> (все прежние участки заменены)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="231"/>
        <source>give LAT LON, or --csv FILE with --lat-column and --lon-column</source>
        <translation>укажите ШИРОТА ДОЛГОТА или --csv ФАЙЛ с --lat-column и --lon-column</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="233"/>
        <source>--csv takes --lat-column and --lon-column, and no LAT LON</source>
        <translation>--csv требует --lat-column и --lon-column и не принимает ШИРОТА ДОЛГОТА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="236"/>
        <source>there are no precincts: import them with &apos;dispatch-desk precincts import&apos;</source>
        <translation>участков нет: импортируйте их командой &apos;dispatch-desk precincts import&apos;</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="246"/>
        <source>outside every precinct ({match})</source>
        <translation>вне всех участков ({match})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="248"/>
        <source>, {metres} m outside</source>
        <translation>, {metres} м за границей</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="257"/>
        <source>cannot write {file}</source>
        <translation>нельзя записать {file}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/geography.py" line="271"/>
        <source>{count} rows: {summary}</source>
        <translation>строк {count}: {summary}</translation>
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
        <translation>НАРЯД</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="60"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="91"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="60"/>
        <source>ETA</source>
        <translation>ПРИБЫТИЕ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="60"/>
        <source>WHY</source>
        <translation>ПОЧЕМУ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="62"/>
        <source>no unit can be sent now</source>
        <translation>сейчас некого направить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="89"/>
        <location filename="../../dispatch_desk/cli/users.py" line="151"/>
        <source>NUMBER</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="51"/>
        <source>cameras imported: {count} ({secrets} with credentials, kept apart)</source>
        <translation>камер добавлено: {count} (с учётными данными: {secrets}, хранятся отдельно)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="93"/>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <location filename="../../dispatch_desk/cli/users.py" line="153"/>
        <source>PRECINCT</source>
        <translation>УЧАСТОК</translation>
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
        <translation>МЕСТО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <source>VIEW</source>
        <translation>ОБЗОР</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <source>RANGE, M</source>
        <translation>ДАЛЬНОСТЬ, М</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="78"/>
        <source>STREAM</source>
        <translation>ПОТОК</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="79"/>
        <source>no cameras</source>
        <translation>камер нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="85"/>
        <source>camera {id} removed</source>
        <translation>камера {id} удалена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="95"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="95"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="98"/>
        <source>LOOKS AT THE PLACE</source>
        <translation>СМОТРИТ НА МЕСТО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="99"/>
        <source>no camera sees the place</source>
        <translation>ни одна камера не видит это место</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="95"/>
        <source>UNITS</source>
        <translation>НАРЯДЫ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="96"/>
        <source>RECEIVED</source>
        <translation>ПОСТУПИЛО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="98"/>
        <source>no incidents</source>
        <translation>происшествий нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>CALL SIGN</source>
        <translation>ПОЗЫВНОЙ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>INCIDENT</source>
        <translation>ПРОИСШЕСТВИЕ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="131"/>
        <source>CREW</source>
        <translation>СОСТАВ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/incidents.py" line="132"/>
        <source>no units</source>
        <translation>нарядов нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="165"/>
        <source>INTERVAL</source>
        <translation>ИНТЕРВАЛ</translation>
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
        <translation>МАКС С</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="170"/>
        <source>PENDING</source>
        <translation>В ОЖИДАНИИ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="171"/>
        <source>LEFT OUT</source>
        <translation>ИСКЛЮЧЕНО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="177"/>
        <source>{count} incidents from {start} to {end}</source>
        <translation>происшествий с {start} по {end}: {count}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="182"/>
        <source>; no dispatch yet</source>
        <translation>; направлений ещё не было</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="187"/>
        <source>P{priority} dispatched within {minutes} min: {share} of {count} (target 90 %: {verdict})</source>
        <translation>P{priority} направлено за {minutes} мин: {share} из {count} (цель 90 %: {verdict})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="192"/>
        <source>met</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="192"/>
        <source>not met</source>
        <translation>не достигнута</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="214"/>
        <source>queue</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="215"/>
        <source>travel</source>
        <translation>в пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="216"/>
        <source>response</source>
        <translation>реагирование</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="217"/>
        <source>on scene</source>
        <translation>на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/reports.py" line="218"/>
        <source>total</source>
        <translation>всего</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="119"/>
        <source>account {login} created ({roles}); tell the person this one-time password, which is shown only now</source>
        <translation>учётная запись {login} создана ({roles}); сообщите человеку этот одноразовый пароль — он показан только сейчас</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="140"/>
        <source> (new password due)</source>
        <translation> (нужен новый пароль)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="152"/>
        <location filename="../../dispatch_desk/cli/users.py" line="180"/>
        <source>ROLES</source>
        <translation>РОЛИ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="155"/>
        <source>LAST SIGN-IN</source>
        <translation>ПОСЛЕДНИЙ ВХОД</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="163"/>
        <source>waiting for a second administrator ({program} users confirm|refuse LOGIN):</source>
        <translation>ждут второго администратора ({program} users confirm|refuse ЛОГИН):</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="174"/>
        <source>new account</source>
        <translation>новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="174"/>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="180"/>
        <source>ASKED BY</source>
        <translation>КТО ЗАПРОСИЛ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="180"/>
        <source>ASKED AT</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="200"/>
        <source>no roles wait for confirmation</source>
        <translation>нет ролей, ожидающих подтверждения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="208"/>
        <source>the roles asked for {login} are refused</source>
        <translation>в ролях, запрошенных для {login}, отказано</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="215"/>
        <location filename="../../dispatch_desk/cli/users.py" line="246"/>
        <source>{login} is now {roles}</source>
        <translation>{login} теперь: {roles}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="223"/>
        <source>account {login} is {state}</source>
        <translation>учётная запись {login}: {state}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="233"/>
        <source>one-time password for {login}, shown only now; it must be changed at the next sign-in</source>
        <translation>одноразовый пароль для {login}, показан только сейчас; его нужно сменить при следующем входе</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="253"/>
        <source>give --user LOGIN: whose password to change</source>
        <translation>укажите --user ЛОГИН: чей пароль сменить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="260"/>
        <source>no password: set {old} and {new}, or run in a terminal</source>
        <translation>нет пароля: задайте {old} и {new} или запустите в терминале</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="265"/>
        <source>current password for {login}: </source>
        <translation>текущий пароль для {login}: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="266"/>
        <source>new password: </source>
        <translation>новый пароль: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="267"/>
        <source>the new password again: </source>
        <translation>новый пароль ещё раз: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="268"/>
        <source>the two new passwords differ; nothing was changed</source>
        <translation>новые пароли не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/users.py" line="270"/>
        <source>the password of {login} is changed</source>
        <translation>пароль {login} изменён</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="118"/>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="119"/>
        <source>shift lead</source>
        <translation>ответственный дежурный</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="120"/>
        <source>precinct inspector</source>
        <translation>участковый инспектор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="121"/>
        <source>anti-corruption officer</source>
        <translation>сотрудник антикоррупционной службы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="122"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="123"/>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="124"/>
        <source>wall display</source>
        <translation>настенное табло</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="127"/>
        <source>take calls</source>
        <translation>принимать вызовы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="128"/>
        <source>dispatch units and update incidents</source>
        <translation>направлять наряды и вести происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="129"/>
        <source>see callers&apos; identity</source>
        <translation>видеть личность заявителей</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="130"/>
        <source>read incidents of every precinct</source>
        <translation>читать происшествия всех участков</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="131"/>
        <source>take a unit off an incident of another precinct</source>
        <translation>снимать наряд с происшествия другого участка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="132"/>
        <source>override an incident&apos;s priority</source>
        <translation>менять приоритет происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="133"/>
        <source>reopen incidents</source>
        <translation>открывать происшествия повторно</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="134"/>
        <source>manage units and their shifts</source>
        <translation>управлять нарядами и их сменами</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="135"/>
        <source>read analytics</source>
        <translation>читать аналитику</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="136"/>
        <source>read the shift&apos;s audit trail</source>
        <translation>читать журнал аудита смены</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="137"/>
        <source>set the overdue thresholds and acknowledge overdue incidents</source>
        <translation>задавать пороги просрочки и подтверждать просроченные происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="138"/>
        <source>read the audit trail</source>
        <translation>читать журнал аудита</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="139"/>
        <source>handle corruption reports and complaints about police officers</source>
        <translation>работать с сообщениями о коррупции и жалобами на сотрудников полиции</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="140"/>
        <source>manage accounts</source>
        <translation>управлять учётными записями</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="141"/>
        <source>change precincts and address data</source>
        <translation>изменять участки и адресные данные</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="142"/>
        <source>change categories</source>
        <translation>изменять категории</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="143"/>
        <source>manage the intake&apos;s API keys</source>
        <translation>управлять ключами API сервера приёма</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="144"/>
        <source>open and work on the precinct&apos;s problems</source>
        <translation>открывать проблемы участка и работать с ними</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="145"/>
        <source>show the city board</source>
        <translation>показывать табло города</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="146"/>
        <source>watch the city&apos;s cameras</source>
        <translation>смотреть городские камеры</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="152"/>
        <source>locked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="153"/>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="175"/>
        <source>{login} may not {action}; this is for: {roles}</source>
        <translation>{login} не может {action}; это могут: {roles}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="178"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="187"/>
        <source>wrong login or password</source>
        <translation>неверный логин или пароль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="188"/>
        <source>the account is locked for a while after failed sign-ins; try later</source>
        <translation>учётная запись временно заблокирована после неудачных входов; попробуйте позже</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="189"/>
        <source>the account is disabled; an administrator can enable it</source>
        <translation>учётная запись отключена; включить её может администратор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/words.py" line="198"/>
        <source>{login}: {roles} read confidential data; the request waits for a second administrator to confirm it (dispatch-desk users confirm {login})</source>
        <translation>{login}: роли {roles} читают конфиденциальные данные; запрос ждёт подтверждения второго администратора (dispatch-desk users confirm {login})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="84"/>
        <source>the device&apos;s password: </source>
        <translation>пароль устройства: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="86"/>
        <source>the device&apos;s password is empty</source>
        <translation>пароль устройства пуст</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="96"/>
        <source>{device} is now in unit {unit}</source>
        <translation>{device} теперь в наряде {unit}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="99"/>
        <source>{device} is no longer in unit {unit}</source>
        <translation>{device} больше не в наряде {unit}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="121"/>
        <source>DEVICE</source>
        <translation>УСТРОЙСТВО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="121"/>
        <source>PROTOCOL</source>
        <translation>ПРОТОКОЛ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="121"/>
        <source>SINCE</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="121"/>
        <source>BY</source>
        <translation>КТО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="122"/>
        <source>UNTIL</source>
        <translation>ПО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="123"/>
        <source>no trackers are bound to units</source>
        <translation>к нарядам не привязано ни одного трекера</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="137"/>
        <source>no protocol to serve: give --wialon-port, --teltonika-port or --osmand-port</source>
        <translation>нечего обслуживать: укажите --wialon-port, --teltonika-port или --osmand-port</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="143"/>
        <source>units&apos; server on {host}: {protocols}; database {database}</source>
        <translation>сервер нарядов на {host}: {protocols}; база данных {database}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>KM/H</source>
        <translation>КМ/Ч</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="193"/>
        <source>USED</source>
        <translation>УЧТЕНА</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/trackers.py" line="194"/>
        <source>no fixes in that period</source>
        <translation>за этот период отметок нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="73"/>
        <source>the units&apos; server refused device {device}</source>
        <translation>сервер нарядов отказал устройству {device}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="111"/>
        <source>{count} demo units drive; Ctrl+C stops them</source>
        <translation>демо-наряды в движении: {count}; Ctrl+C останавливает их</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="116"/>
        <source>there is no unit {call_sign}</source>
        <translation>нет наряда {call_sign}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="144"/>
        <source>{call_sign}: panic input pressed ({protocol})</source>
        <translation>{call_sign}: нажата тревожная кнопка ({protocol})</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/patrols.py" line="154"/>
        <source>the units&apos; server is not reachable: {error}</source>
        <translation>сервер нарядов недоступен: {error}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/routes.py" line="55"/>
        <source>no route from {unit} to {number}: no road network, no position of the unit or of the incident, or no road between them</source>
        <translation>нет маршрута от {unit} до {number}: нет дорожной сети, неизвестно место наряда или происшествия либо между ними нет дороги</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/routes.py" line="68"/>
        <source>{unit} → {number}: {km} km, about {minutes} min</source>
        <translation>{unit} → {number}: {km} км, около {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/routes.py" line="76"/>
        <source>across: {bridges}</source>
        <translation>через: {bridges}</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/routes.py" line="78"/>
        <source>TURN</source>
        <translation>МАНЁВР</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/cli/cameras.py" line="98"/>
        <location filename="../../dispatch_desk/cli/routes.py" line="78"/>
        <source>METRES</source>
        <translation>МЕТРОВ</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="128"/>
        <source>About Dispatch Desk</source>
        <translation>О программе Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="134"/>
        <source>Dispatch Desk %1</source>
        <translation>Dispatch Desk %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="137"/>
        <source>Demo city map data © OpenStreetMap contributors, available under the Open Database Licence (ODbL) 1.0. The precincts, street positions, units and incidents of the demo are illustrative.</source>
        <translation>Картографические данные демо-города © участники OpenStreetMap, по лицензии Open Database Licence (ODbL) 1.0. Участки, расположение улиц, наряды и происшествия демо-данных условны.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="50"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
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
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="77"/>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="97"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="77"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="78"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="78"/>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="88"/>
        <source>for a precinct inspector</source>
        <translation>для участкового инспектора</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="96"/>
        <source>Personal number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="98"/>
        <source>Home precinct</source>
        <translation>Свой участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="100"/>
        <source>&amp;New account</source>
        <translation>&amp;Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="101"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="102"/>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="240"/>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="103"/>
        <source>&amp;Reset password</source>
        <translation>Сб&amp;росить пароль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="113"/>
        <source>Waiting for a second administrator</source>
        <translation>Ожидают второго администратора</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="114"/>
        <source>Roles asked for</source>
        <translation>Запрошенные роли</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="114"/>
        <source>Asked by</source>
        <translation>Кто запросил</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="114"/>
        <source>Asked at</source>
        <translation>Когда запрошено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="117"/>
        <source>&amp;Confirm roles</source>
        <translation>&amp;Подтвердить роли</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="118"/>
        <source>Re&amp;fuse roles</source>
        <translation>&amp;Отклонить роли</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="173"/>
        <source>new account: %1</source>
        <translation>новая учётная запись: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="188"/>
        <source>Choose the request to confirm.</source>
        <translation>Выберите запрос для подтверждения.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="194"/>
        <source>Roles of %1 confirmed.</source>
        <translation>Роли %1 подтверждены.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="201"/>
        <source>Choose the request to refuse.</source>
        <translation>Выберите запрос для отклонения.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="206"/>
        <source>The roles asked for %1 are refused.</source>
        <translation>Роли, запрошенные для %1, отклонены.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="215"/>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="217"/>
        <source>locked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="219"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="220"/>
        <source>must change password</source>
        <translation>нужно сменить пароль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="240"/>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="275"/>
        <source>Roles of %1 saved.</source>
        <translation>Роли %1 сохранены.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="285"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 больше не может войти.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="290"/>
        <source>%1 can sign in again.</source>
        <translation>%1 снова может войти.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="303"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="320"/>
        <source>A one-time password for %1 is shown once.</source>
        <translation>Одноразовый пароль для %1 показан один раз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="323"/>
        <source>One-time password</source>
        <translation>Одноразовый пароль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="325"/>
        <source>The one-time password of %1 is:

%2

Tell it to the person only; it is shown only now and must be changed at the first sign-in.</source>
        <translation>Одноразовый пароль %1:

%2

Сообщите его только этому человеку; он показан только сейчас, и его нужно сменить при первом входе.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/accounts_view.py" line="336"/>
        <source>%1 reads confidential data: the request waits for a second administrator to confirm it.</source>
        <translation>%1 — доступ к конфиденциальным данным: запрос ждёт подтверждения второго администратора.</translation>
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
        <translation>&amp;Происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_spec.py" line="102"/>
        <source>&amp;Units</source>
        <translation>&amp;Наряды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_spec.py" line="103"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_spec.py" line="104"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="27"/>
        <source>Set selected unit: available</source>
        <translation>Выбранный наряд: свободен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="28"/>
        <source>Set selected unit: busy</source>
        <translation>Выбранный наряд: занят</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="29"/>
        <source>Set selected unit: returning</source>
        <translation>Выбранный наряд: возвращается</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="30"/>
        <source>Set selected unit: off shift</source>
        <translation>Выбранный наряд: не на смене</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="39"/>
        <source>&amp;New call</source>
        <translation>&amp;Новый вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="48"/>
        <source>&amp;Answer the call from the app</source>
        <translation>&amp;Ответить на звонок из приложения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="53"/>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="58"/>
        <source>&amp;Hang up</source>
        <translation>&amp;Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="63"/>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="68"/>
        <source>&amp;Mute the microphone</source>
        <translation>&amp;Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="74"/>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="79"/>
        <source>Snapshot of the caller&apos;s &amp;video</source>
        <translation>Кадр из &amp;видео звонящего</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="84"/>
        <source>Snapshot</source>
        <translation>Кадр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="89"/>
        <source>Missed call &amp;called back</source>
        <translation>На пропущенный звонок &amp;перезвонили</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="94"/>
        <source>Called back</source>
        <translation>Перезвонили</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="98"/>
        <source>&amp;Search the queue</source>
        <translation>&amp;Поиск в очереди</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="102"/>
        <source>Go to the &amp;queue</source>
        <translation>К &amp;очереди</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="109"/>
        <source>Go to the &amp;units</source>
        <translation>К н&amp;арядам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="116"/>
        <source>City &amp;board…</source>
        <translation>&amp;Табло города…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="126"/>
        <source>&amp;Overdue incidents…</source>
        <translation>&amp;Просроченные происшествия…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="135"/>
        <source>Response &amp;intervals…</source>
        <translation>&amp;Интервалы реагирования…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="144"/>
        <source>&amp;Meeting pack (PDF)…</source>
        <translation>&amp;Материалы к встрече (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="153"/>
        <source>Meeting pack for &amp;residents (PDF)…</source>
        <translation>Материалы для &amp;жителей (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="162"/>
        <source>New &amp;look-out…</source>
        <translation>Новая &amp;ориентировка…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="171"/>
        <source>Shift &amp;handover…</source>
        <translation>&amp;Передача смены…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="180"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="190"/>
        <source>Au&amp;dit trail…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="199"/>
        <source>Audit trail of this incident…</source>
        <translation>Журнал аудита этого происшествия…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="209"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Заблокировать экран</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="218"/>
        <source>Sign &amp;out (shift change)</source>
        <translation>&amp;Выйти (смена дежурства)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="226"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="235"/>
        <source>&amp;Dispatch the first recommended unit</source>
        <translation>&amp;Направить первый рекомендованный наряд</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="241"/>
        <source>Dispatch first</source>
        <translation>Направить первый</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="247"/>
        <source>Dispatch recommended unit %1</source>
        <translation>Направить рекомендованный наряд %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="259"/>
        <source>Unit &amp;en route</source>
        <translation>Наряд в &amp;пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="265"/>
        <source>En route</source>
        <translation>В пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="270"/>
        <source>Unit &amp;on scene</source>
        <translation>Наряд на &amp;месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="276"/>
        <source>On scene</source>
        <translation>На месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="281"/>
        <source>&amp;Clear unit</source>
        <translation>&amp;Освободить наряд</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="287"/>
        <source>Clear unit</source>
        <translation>Освободить наряд</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="292"/>
        <source>&amp;Reassign selected unit here…</source>
        <translation>&amp;Перенаправить выбранный наряд сюда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="297"/>
        <source>Reassign unit here</source>
        <translation>Перенаправить наряд сюда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="303"/>
        <source>Cl&amp;ose incident…</source>
        <translation>&amp;Закрыть происшествие…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="308"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="313"/>
        <source>Re&amp;open incident…</source>
        <translation>Открыть за&amp;ново…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="318"/>
        <source>Reopen</source>
        <translation>Открыть заново</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="323"/>
        <source>&amp;Place incident on the map</source>
        <translation>&amp;Указать место на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="328"/>
        <source>Place on map</source>
        <translation>Указать на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="350"/>
        <source>Start the selected unit&apos;s shift with its crew…</source>
        <translation>Начать смену выбранного наряда с составом…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="361"/>
        <source>Selected unit: meal break (or back from it)</source>
        <translation>Выбранный наряд: перерыв на обед (или возвращение)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="371"/>
        <source>Lend the selected unit to another precinct…</source>
        <translation>Передать выбранный наряд другому участку…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="381"/>
        <source>End the selected unit&apos;s loan</source>
        <translation>Завершить передачу выбранного наряда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="15"/>
        <source>Follow the selected unit on the map (again: stop)</source>
        <translation>Следить за выбранным нарядом на карте (повторно: перестать)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="25"/>
        <source>Track of the selected unit on the map…</source>
        <translation>Трек выбранного наряда на карте…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="35"/>
        <source>Clear the track from the map</source>
        <translation>Убрать трек с карты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="45"/>
        <source>&amp;Recent messages…</source>
        <translation>&amp;Последние сообщения…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="52"/>
        <source>&amp;Night palette</source>
        <translation>&amp;Ночная палитра</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="60"/>
        <source>&amp;Hot spots and repeat addresses</source>
        <translation>&amp;Горячие точки и повторные адреса</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="70"/>
        <source>&amp;Coverage of the free units by road (5 and 10 min)</source>
        <translation>&amp;Охват свободных нарядов по дорогам (5 и 10 мин)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="80"/>
        <source>Ca&amp;meras at the incident</source>
        <translation>Ка&amp;меры у происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="89"/>
        <source>Camera view cones on the map</source>
        <translation>Обзор камер на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="99"/>
        <source>Camera snapshot into the incident</source>
        <translation>Снимок с камеры в происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table_view.py" line="108"/>
        <source>&amp;Problems of the precinct…</source>
        <translation>&amp;Проблемы участка…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="393"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="398"/>
        <source>&amp;About Dispatch Desk</source>
        <translation>&amp;О программе Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="402"/>
        <source>Save the call</source>
        <translation>Сохранить вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="410"/>
        <source>Discard the call</source>
        <translation>Отменить вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="417"/>
        <source>Link the call to the likely duplicate</source>
        <translation>Связать вызов с возможным дублем</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/action_table.py" line="425"/>
        <source>Place the call on the map</source>
        <translation>Указать место вызова на карте</translation>
    </message>
</context>
<context>
    <name>AlarmBar</name>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="76"/>
        <source>⚠ OFFICER IN DANGER — %1</source>
        <translation>⚠ СОТРУДНИК В ОПАСНОСТИ — %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="80"/>
        <source>pressed %1 (%2 min ago) at %3</source>
        <translation>нажата в %1 (%2 мин назад), место: %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="88"/>
        <source>now at %1 (%2)</source>
        <translation>сейчас: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="96"/>
        <source>Show on map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="105"/>
        <source>Acknowledge…</source>
        <translation>Принять…</translation>
    </message>
</context>
<context>
    <name>AlarmDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="142"/>
        <source>Officer in danger: %1</source>
        <translation>Сотрудник в опасности: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="174"/>
        <source>Acknowledge the alarm of %1</source>
        <translation>Принять тревогу %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="175"/>
        <source>What was done (units sent, the officer&apos;s state):</source>
        <translation>Что сделано (какие наряды направлены, состояние сотрудника):</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/alarms.py" line="182"/>
        <source>The alarm of %1 is acknowledged.</source>
        <translation>Тревога %1 принята.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="56"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="80"/>
        <source>login, e.g. operator</source>
        <translation>логин, например operator</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="82"/>
        <source>incident number, call sign or login</source>
        <translation>номер происшествия, позывной или логин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="84"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="86"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="93"/>
        <source>Changes and accesses</source>
        <translation>Изменения и просмотры</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="94"/>
        <source>Changes only</source>
        <translation>Только изменения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="95"/>
        <source>Accesses only</source>
        <translation>Только просмотры</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="96"/>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="99"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Выгрузить CSV…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="64"/>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="106"/>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="65"/>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="107"/>
        <source>About</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="112"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="113"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="64"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="64"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="64"/>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="65"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="65"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="138"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/audit_view.py" line="159"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="161"/>
        <source>the current shift only, from %1</source>
        <translation>только текущая смена, с %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="165"/>
        <source>more lines match: narrow the search</source>
        <translation>найдено больше строк: уточните поиск</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="174"/>
        <source>change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="174"/>
        <source>access</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="191"/>
        <source>Export the audit trail</source>
        <translation>Выгрузка журнала аудита</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/audit_view.py" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/audit_view.py" line="211"/>
        <source>%n line(s) written to %1</source>
        <translation>
            <numerusform>%n строка записана в %1</numerusform>
            <numerusform>%n строки записаны в %1</numerusform>
            <numerusform>%n строк записано в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="67"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="69"/>
        <source>Longest wait</source>
        <translation>Дольше всех ждёт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="70"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="71"/>
        <source>Available</source>
        <translation>Свободны</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="72"/>
        <source>Busy</source>
        <translation>Заняты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="73"/>
        <source>Off shift</source>
        <translation>Не на смене</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="74"/>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="75"/>
        <source>Contacts, last hour / usual</source>
        <translation>Обращения, последний час / обычно</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="120"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="122"/>
        <source>No precinct</source>
        <translation>Без участка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="129"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="129"/>
        <source>closed</source>
        <translation>закрыт</translation>
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
        <translation>Улица и дом или координаты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="131"/>
        <source>Caller phone</source>
        <translation>Телефон заявителя</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="132"/>
        <source>Caller name</source>
        <translation>Имя заявителя</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="133"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="137"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="138"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="139"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="140"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="203"/>
        <source>Place on map (%1)</source>
        <translation>Указать на карте (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="204"/>
        <source>Link to it (%1)</source>
        <translation>Связать (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="205"/>
        <source>Discard (%1)</source>
        <translation>Сбросить (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="206"/>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="207"/>
        <source>What happened (Enter saves, Shift+Enter: new line)</source>
        <translation>Что случилось (Enter — сохранить, Shift+Enter — новая строка)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="440"/>
        <source>Discard the call</source>
        <translation>Сбросить вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="441"/>
        <source>Go on with the call</source>
        <translation>Продолжить вызов</translation>
    </message>
    <message>
        <source>What happened (%1 saves)</source>
        <translation type="vanished">Что произошло (%1 — сохранить)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="vanished">Что произошло</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="216"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="234"/>
        <source>Category default</source>
        <translation>По категории</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="237"/>
        <source>1 — life in danger</source>
        <translation>1 — угроза жизни</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="238"/>
        <source>2 — urgent</source>
        <translation>2 — срочно</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="239"/>
        <source>3 — routine</source>
        <translation>3 — обычный</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="240"/>
        <source>4 — no urgency</source>
        <translation>4 — не срочно</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="252"/>
        <source>looking up…</source>
        <translation>поиск…</translation>
    </message>
    <message>
        <source>not a possible phone number</source>
        <translation type="vanished">такого номера телефона не бывает</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="315"/>
        <source>unverified: type an address or place it on the map</source>
        <translation>не подтверждено: введите адрес или укажите на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="328"/>
        <source>Likely duplicate: %1</source>
        <translation>Возможный дубль: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="334"/>
        <source>Linked to %1</source>
        <translation>Связано с %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="435"/>
        <source>Discard the call?</source>
        <translation>Сбросить вызов?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="436"/>
        <source>Everything typed for this call will be lost.</source>
        <translation>Всё, что введено по этому вызову, будет потеряно.</translation>
    </message>
</context>
<context>
    <name>CallMedia</name>
    <message>
        <location filename="../../dispatch_desk/ui/call/media.py" line="46"/>
        <source>No picture from the caller yet</source>
        <translation>От звонящего пока нет изображения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/media.py" line="61"/>
        <source>Kept: it goes into the incident when it is saved</source>
        <translation>Сохранено: войдёт в происшествие при его сохранении</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/media.py" line="65"/>
        <source>Added to %1</source>
        <translation>Добавлено в %1</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="70"/>
        <source>No call in progress</source>
        <translation>Сейчас нет звонка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="75"/>
        <source>(not given)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="77"/>
        <source>video call</source>
        <translation>видеозвонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="77"/>
        <source>voice call</source>
        <translation>голосовой звонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="83"/>
        <source>connecting to the caller…</source>
        <translation>соединение со звонящим…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="84"/>
        <source>waiting for the caller&apos;s media…</source>
        <translation>ожидание звука и видео звонящего…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="85"/>
        <source>connecting…</source>
        <translation>соединение…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="86"/>
        <source>connected</source>
        <translation>соединено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="87"/>
        <source>connection interrupted: reconnecting…</source>
        <translation>связь прервалась: переподключение…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="88"/>
        <source>the connection failed</source>
        <translation>соединение не удалось</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="89"/>
        <source>no microphone: the caller cannot hear you</source>
        <translation>нет микрофона: звонящий вас не слышит</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="90"/>
        <source>the caller hung up</source>
        <translation>звонящий положил трубку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="91"/>
        <source>you ended the call</source>
        <translation>вы завершили звонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/panel.py" line="92"/>
        <source>the connection to the caller was lost</source>
        <translation>связь со звонящим потеряна</translation>
    </message>
</context>
<context>
    <name>CallTaking</name>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="179"/>
        <source>not found: unverified, place it on the map (%1)</source>
        <translation>не найдено: не подтверждено, укажите на карте (%1)</translation>
    </message>
    <message>
        <source>%1 · precinct %2 · confidence %3</source>
        <translation type="vanished">%1 · участок %2 · уверенность %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="136"/>
        <source>the app sent no position: ask where the caller is</source>
        <translation>приложение не прислало местоположение: спросите, где звонящий</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="140"/>
        <source>±%1 m</source>
        <translation>±%1 м</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="146"/>
        <source>caller&apos;s GPS%1 · precinct %2 · nearest address %3</source>
        <translation>GPS звонящего%1 · участок %2 · ближайший адрес %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="187"/>
        <source>%1 · precinct %2 · %3</source>
        <translation>%1 · участок %2 · %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="213"/>
        <source>Duplicates could not be looked for: %1</source>
        <translation>Не удалось проверить возможные дубликаты: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="222"/>
        <source>typed coordinates</source>
        <translation>введены координаты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="223"/>
        <source>house found</source>
        <translation>дом найден</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="224"/>
        <source>house placed between its neighbours</source>
        <translation>дом поставлен между соседними</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="225"/>
        <source>no such house number on this street: the street only</source>
        <translation>такого номера дома на улице нет: только улица</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="226"/>
        <source>the street only: no house number</source>
        <translation>только улица: без номера дома</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="227"/>
        <source>found by the remote geocoder: check it</source>
        <translation>найдено удалённым геокодером: проверьте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="229"/>
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="231"/>
        <source>street name corrected</source>
        <translation>название улицы исправлено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="247"/>
        <source>Earlier incidents could not be read: %1</source>
        <translation>Не удалось прочитать прежние происшествия: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="256"/>
        <source>open at this address</source>
        <translation>открыто по этому адресу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="259"/>
        <source>%1 min ago</source>
        <translation>%1 мин назад</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="270"/>
        <source>placed on the map: %1, %2</source>
        <translation>указано на карте: %1, %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="307"/>
        <source>%1 saved and passed to the anti-corruption officers, who alone see it</source>
        <translation>%1 сохранено и передано сотрудникам антикоррупционной службы: видят его только они</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="309"/>
        <source>%1 saved</source>
        <translation>%1 сохранено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call_taking.py" line="357"/>
        <source>The call being taken when the desk stopped has been restored</source>
        <translation>Восстановлен вызов, который принимался при остановке программы</translation>
    </message>
</context>
<context>
    <name>CallsDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="56"/>
        <source>Calls from the app</source>
        <translation>Звонки из приложения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="57"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="248"/>
        <source>Taken by %1 first</source>
        <translation>Первым ответил %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="252"/>
        <source>Call answered</source>
        <translation>Звонок принят</translation>
    </message>
    <message>
        <source>No picture from the caller yet</source>
        <translation type="vanished">От звонящего пока нет изображения</translation>
    </message>
    <message>
        <source>Kept: it goes into the incident when it is saved</source>
        <translation type="vanished">Сохранено: войдёт в происшествие при его сохранении</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation type="vanished">Добавлено в %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="312"/>
        <source>The call&apos;s connection failed: %1</source>
        <translation>Соединение звонка не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/desk.py" line="345"/>
        <source>Marked as called back</source>
        <translation>Отмечено: перезвонили</translation>
    </message>
</context>
<context>
    <name>CallsList</name>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="46"/>
        <location filename="../../dispatch_desk/ui/call/list.py" line="52"/>
        <source>Caller</source>
        <translation>Звонящий</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="47"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="48"/>
        <source>Nearest address</source>
        <translation>Ближайший адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="49"/>
        <source>Waits</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="50"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="52"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="52"/>
        <source>Missed at</source>
        <translation>Пропущен в</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="63"/>
        <source>Missed calls to call back</source>
        <translation>Пропущенные звонки: перезвонить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="96"/>
        <source>(not given)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="109"/>
        <source>Calls from the app: %1 waiting</source>
        <translation>Звонки из приложения: ждут %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="111"/>
        <source>Calls from the app: none waiting</source>
        <translation>Звонки из приложения: никто не ждёт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="124"/>
        <location filename="../../dispatch_desk/ui/call/list.py" line="157"/>
        <source>ringing</source>
        <translation>звонит</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="126"/>
        <source>your call</source>
        <translation>ваш звонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="128"/>
        <source>taken by %1</source>
        <translation>принял(а) %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="141"/>
        <source>video call</source>
        <translation>видеозвонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="141"/>
        <source>voice call</source>
        <translation>голосовой звонок</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/call/list.py" line="153"/>
        <source>%n more calls waiting</source>
        <translation>
            <numerusform>Ещё %n звонок ждёт ответа</numerusform>
            <numerusform>Ещё %n звонка ждут ответа</numerusform>
            <numerusform>Ещё %n звонков ждут ответа</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more calls waiting</source>
        <translation type="vanished">Ещё %1 звонков ждут ответа</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="155"/>
        <source>a flood of calls? Enter answers the longest waiting</source>
        <translation>наплыв звонков? Enter отвечает тому, кто ждёт дольше всех</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="185"/>
        <source>Missed calls to call back: %1</source>
        <translation>Пропущенные звонки: перезвонить: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/call/list.py" line="187"/>
        <source>Missed calls to call back: none</source>
        <translation>Пропущенные звонки: перезвонить: нет</translation>
    </message>
</context>
<context>
    <name>CameraDock</name>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="157"/>
        <source>No camera sees the selected incident.</source>
        <translation>Ни одна камера не видит выбранное происшествие.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="165"/>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="224"/>
        <source>looks at the place</source>
        <translation>смотрит на место</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="224"/>
        <source>near the place</source>
        <translation>рядом с местом</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="299"/>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="303"/>
        <source>No live picture to take a snapshot of.</source>
        <translation>Нет живого изображения для снимка.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="308"/>
        <source>Snapshot of %1 added to %2.</source>
        <translation>Снимок с %1 добавлен в %2.</translation>
    </message>
</context>
<context>
    <name>CameraTile</name>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="80"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="111"/>
        <source>Live</source>
        <translation>В эфире</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="119"/>
        <source>The picture was lost (%1): connecting again…</source>
        <translation>Изображение потеряно (%1): подключаемся снова…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="126"/>
        <source>The stream stopped: connecting again…</source>
        <translation>Поток остановился: подключаемся снова…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/camera_view.py" line="132"/>
        <source>No picture within %1 s: the camera does not answer.</source>
        <translation>Нет изображения за %1 с: камера не отвечает.</translation>
    </message>
</context>
<context>
    <name>CityBoard</name>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="174"/>
        <source>City board</source>
        <translation>Табло города</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/board.py" line="198"/>
        <source>A click on a precinct narrows the queue, the units and the map to it; on the city, shows the whole city again.</source>
        <translation>Щелчок по участку сужает очередь, наряды и карту до него; по городу — снова показывает весь город.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="39"/>
        <source>Close %1</source>
        <translation>Закрыть %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="41"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="45"/>
        <source>Details (required for “other”)</source>
        <translation>Подробности (обязательно для «иное»)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="53"/>
        <source>Sent to the author of the report</source>
        <translation>Будет отправлено автору сообщения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="55"/>
        <source>Disposition</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="56"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="58"/>
        <source>Measures taken (for the citizen)</source>
        <translation>Принятые меры (для заявителя)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="69"/>
        <source>Choose how the incident ended</source>
        <translation>Выберите, чем закончилось происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="73"/>
        <source>Say in the details what “other” was</source>
        <translation>Напишите в подробностях, что именно «иное»</translation>
    </message>
</context>
<context>
    <name>CrewDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="48"/>
        <source>%1 goes on shift</source>
        <translation>%1 заступает на смену</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="50"/>
        <source>one name a line</source>
        <translation>по одному имени в строке</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="52"/>
        <source>Start the shift</source>
        <translation>Начать смену</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="56"/>
        <source>Crew</source>
        <translation>Состав</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/database.py" line="14"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/database.py" line="19"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/database.py" line="22"/>
        <source>Database unavailable, retrying: %1</source>
        <translation>База данных недоступна, повтор: %1</translation>
    </message>
</context>
<context>
    <name>DeskLayout</name>
    <message>
        <location filename="../../dispatch_desk/ui/layout.py" line="142"/>
        <source>Panels shown</source>
        <translation>Показанные панели</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../dispatch_desk/ui/session.py" line="134"/>
        <source>Cannot sign in now: %1</source>
        <translation>Сейчас войти нельзя: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/session.py" line="140"/>
        <source>Too many failed sign-ins: the account is locked until %1.</source>
        <translation>Слишком много неудачных попыток входа: учётная запись заблокирована до %1.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/session.py" line="142"/>
        <source>This account is disabled. An administrator can enable it.</source>
        <translation>Эта учётная запись отключена. Включить её может администратор.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/session.py" line="143"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
</context>
<context>
    <name>DurationSpin</name>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="127"/>
        <source>h</source>
        <translation>ч</translation>
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
        <translation>Передача смены</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="101"/>
        <source>Handed over to you</source>
        <translation>Передано вам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="105"/>
        <source>Save its report as PDF…</source>
        <translation>Сохранить её отчёт в PDF…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="106"/>
        <source>Confirm receipt</source>
        <translation>Подтвердить приём</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="120"/>
        <source>What the incoming shift lead must know: units, places, people, what is promised</source>
        <translation>Что должен знать заступающий старший смены: наряды, места, люди, что обещано</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="122"/>
        <source>Save the report as PDF…</source>
        <translation>Сохранить отчёт в PDF…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="123"/>
        <source>Hand over</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="130"/>
        <source>Your shift</source>
        <translation>Ваша смена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="132"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="133"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="157"/>
        <source>%1 handed over the period %2 – %3 at %4.</source>
        <translation>%1 передал(а) период %2 – %3 в %4.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="171"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="171"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="181"/>
        <source>Writing the report…</source>
        <translation>Отчёт записывается…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="186"/>
        <source>Report written: %1</source>
        <translation>Отчёт записан: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="198"/>
        <source>Handed over; the incoming shift lead confirms receipt at their desk.</source>
        <translation>Передано; заступающий старший смены подтверждает приём за своим пультом.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="216"/>
        <source>Receipt confirmed and recorded.</source>
        <translation>Приём подтверждён и записан.</translation>
    </message>
</context>
<context>
    <name>HandoverPdf</name>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="56"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="65"/>
        <source>no precinct</source>
        <translation>без участка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="70"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="148"/>
        <source>Shift handover</source>
        <translation>Передача смены</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="149"/>
        <source>Period %1 · printed %2 by %3</source>
        <translation>Период %1 · напечатано %2, %3</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="vanished">обращений</translation>
    </message>
    <message>
        <source>P1 incidents</source>
        <translation type="vanished">происшествий П1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="161"/>
        <source>carried over</source>
        <translation>
            <numerusform>перешло на смену</numerusform>
            <numerusform>перешли на смену</numerusform>
            <numerusform>перешли на смену</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="163"/>
        <source>overdue (not acknowledged)</source>
        <translation>
            <numerusform>просрочка (не подтверждено)</numerusform>
            <numerusform>просрочки (не подтверждено)</numerusform>
            <numerusform>просрочек (не подтверждено)</numerusform>
        </translation>
    </message>
    <message>
        <source>units on shift</source>
        <translation type="vanished">нарядов на смене</translation>
    </message>
    <message>
        <source>active look-outs</source>
        <translation type="vanished">действующих ориентировок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="173"/>
        <source>received by %1 at %2</source>
        <translation>принято: %1 в %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="177"/>
        <source>not yet received by the incoming shift lead</source>
        <translation>заступающий старший смены ещё не принял</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="180"/>
        <source>Handed over by %1 at %2; %3.</source>
        <translation>Передал(а) %1 в %2; %3.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="185"/>
        <source>The shift lead&apos;s notes</source>
        <translation>Заметки старшего смены</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="189"/>
        <source>No notes.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="190"/>
        <source>Incidents carried over (open at the end of the period)</source>
        <translation>Переходящие происшествия (открыты на конец периода)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="207"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="273"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="337"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="380"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="113"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="208"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="306"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="339"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="209"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="279"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="378"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="210"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="275"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="211"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="276"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="212"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="277"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="379"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="213"/>
        <source>Units</source>
        <translation>Наряды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="214"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="274"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="218"/>
        <source>None: every incident of the period is closed.</source>
        <translation>Нет: все происшествия периода закрыты.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="223"/>
        <source>Contacts by hour</source>
        <translation>Обращения по часам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="228"/>
        <source>Contacts by category</source>
        <translation>Обращения по категориям</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="123"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="230"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="245"/>
        <source>No contacts.</source>
        <translation>Обращений нет.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="82"/>
        <source>Outcomes of the period&apos;s incidents</source>
        <translation>Итоги происшествий периода</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="84"/>
        <source>no disposition recorded</source>
        <translation>итог не указан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="88"/>
        <source>Disposition</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="88"/>
        <source>Incidents</source>
        <translation>Происшествий</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="91"/>
        <source>No incident of the period was closed.</source>
        <translation>Ни одно происшествие периода не закрыто.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="93"/>
        <source>Response by priority</source>
        <translation>Реагирование по приоритетам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="97"/>
        <source>%1 within %2 min</source>
        <translation>%1 за %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="114"/>
        <source>Contacts</source>
        <translation>Обращений</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="115"/>
        <source>Dispatched</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="116"/>
        <source>Target 90 %</source>
        <translation>Цель 90 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="117"/>
        <source>To dispatch, median</source>
        <translation>До направления, медиана</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="118"/>
        <source>To the scene, median</source>
        <translation>До прибытия, медиана</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="131"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="133"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="133"/>
        <source>Shift lead</source>
        <translation>Ответственный дежурный</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="133"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="133"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="135"/>
        <source>Handed over</source>
        <translation>Сдал</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="137"/>
        <source>Taken over</source>
        <translation>Принял</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="159"/>
        <source>contact(s)</source>
        <translation>
            <numerusform>обращение</numerusform>
            <numerusform>обращения</numerusform>
            <numerusform>обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="160"/>
        <source>P1 incident(s)</source>
        <translation>
            <numerusform>происшествие P1</numerusform>
            <numerusform>происшествия P1</numerusform>
            <numerusform>происшествий P1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="166"/>
        <source>unit(s) on shift</source>
        <translation>
            <numerusform>наряд на смене</numerusform>
            <numerusform>наряда на смене</numerusform>
            <numerusform>нарядов на смене</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="167"/>
        <source>active look-out(s)</source>
        <translation>
            <numerusform>действующая ориентировка</numerusform>
            <numerusform>действующие ориентировки</numerusform>
            <numerusform>действующих ориентировок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="237"/>
        <source>other categories</source>
        <translation>другие категории</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="239"/>
        <source>Contacts by precinct</source>
        <translation>Обращения по участкам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="248"/>
        <source>P1 incidents of the period</source>
        <translation>Происшествия П1 за период</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="253"/>
        <source>no unit sent</source>
        <translation>наряд не направлен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="278"/>
        <source>To dispatch</source>
        <translation>До направления</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="283"/>
        <source>No P1 incidents.</source>
        <translation>Происшествий П1 нет.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="289"/>
        <source>Overdue incidents and their acknowledgements</source>
        <translation>Просроченные происшествия и их подтверждения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="307"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="309"/>
        <source>Longest</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="326"/>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="330"/>
        <source>not acknowledged</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="305"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="338"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="340"/>
        <source>Overdue from</source>
        <translation>Просрочено с</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="341"/>
        <source>For</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="308"/>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="342"/>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="313"/>
        <source>Nothing was overdue.</source>
        <translation>Просрочек не было.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="349"/>
        <source>%1 more overdue events in the CSV (report handover --csv).</source>
        <translation>Ещё %1 просрочек — в CSV (report handover --csv).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="356"/>
        <source>Units at the end of the period</source>
        <translation>Наряды на конец периода</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="362"/>
        <source>lent to %1 until %2</source>
        <translation>передан %1 до %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="377"/>
        <source>Unit</source>
        <translation>Наряд</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="381"/>
        <source>Crew</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="382"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="385"/>
        <source>No units.</source>
        <translation>Нарядов нет.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="387"/>
        <source>Active look-outs</source>
        <translation>Действующие ориентировки</translation>
    </message>
    <message>
        <source>person sought</source>
        <translation type="vanished">разыскиваемое лицо</translation>
    </message>
    <message>
        <source>vehicle sought</source>
        <translation type="vanished">разыскиваемый транспорт</translation>
    </message>
    <message>
        <source>missing person</source>
        <translation type="vanished">пропавший без вести</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="393"/>
        <source>whole city</source>
        <translation>весь город</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="400"/>
        <source>Sought</source>
        <translation>Розыск</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="401"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="402"/>
        <source>Plate</source>
        <translation>Госномер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="403"/>
        <source>Precincts</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="404"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/handover_pdf.py" line="407"/>
        <source>No active look-outs.</source>
        <translation>Действующих ориентировок нет.</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="76"/>
        <source>This number: %n earlier incident(s)</source>
        <translation>
            <numerusform>С этого номера: %n прежнее происшествие</numerusform>
            <numerusform>С этого номера: %n прежних происшествия</numerusform>
            <numerusform>С этого номера: %n прежних происшествий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="78"/>
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="84"/>
        <source>%n in the last 30 days</source>
        <translation>
            <numerusform>%n за последние 30 дней</numerusform>
            <numerusform>%n за последние 30 дней</numerusform>
            <numerusform>%n за последние 30 дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="82"/>
        <source>At this address: %n earlier incident(s)</source>
        <translation>
            <numerusform>По этому адресу: %n прежнее происшествие</numerusform>
            <numerusform>По этому адресу: %n прежних происшествия</numerusform>
            <numerusform>По этому адресу: %n прежних происшествий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/history.py" line="86"/>
        <source>repeat address</source>
        <translation>повторный адрес</translation>
    </message>
</context>
<context>
    <name>HotSpotsLayer</name>
    <message>
        <location filename="../../dispatch_desk/ui/hot_spots.py" line="31"/>
        <source>Hot spots (Gi*), %1 days</source>
        <translation>Горячие точки (Gi*), %1 дн.</translation>
    </message>
    <message>
        <source>hot, 99 %</source>
        <translation type="vanished">горячая, 99 %</translation>
    </message>
    <message>
        <source>hot, 95 %</source>
        <translation type="vanished">горячая, 95 %</translation>
    </message>
    <message>
        <source>hot, 90 %</source>
        <translation type="vanished">горячая, 90 %</translation>
    </message>
    <message>
        <source>cold, 90 %</source>
        <translation type="vanished">холодная, 90 %</translation>
    </message>
    <message>
        <source>cold, 95 %</source>
        <translation type="vanished">холодная, 95 %</translation>
    </message>
    <message>
        <source>cold, 99 %</source>
        <translation type="vanished">холодная, 99 %</translation>
    </message>
    <message>
        <source>contacts from one address</source>
        <translation type="vanished">обращения с одного адреса</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/hot_spots.py" line="77"/>
        <source>precinct %1</source>
        <translation>участка %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/hot_spots.py" line="79"/>
        <source>the city</source>
        <translation>города</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/hot_spots.py" line="82"/>
        <source>Hot spots of %1, last %2 days: %3 hot cells, %4 cold, %5 repeat addresses</source>
        <translation>Горячие точки %1 за %2 дн.: горячих ячеек %3, холодных %4, повторных адресов %5</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="68"/>
        <source>No dispatched incidents in the period</source>
        <translation>За период нет происшествий с направленным нарядом</translation>
    </message>
</context>
<context>
    <name>IncidentActions</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="62"/>
        <source>Send another unit?</source>
        <translation>Направить ещё один наряд?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="63"/>
        <source>%1 already has %2. Send %3 as well?</source>
        <translation>На %1 уже направлен %2. Направить ещё и %3?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="95"/>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="112"/>
        <source>%1 dispatched to %2</source>
        <translation>%1 направлен на %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="136"/>
        <source>No unit is on %1 yet</source>
        <translation>На %1 ещё нет наряда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="140"/>
        <source>%1 en route</source>
        <translation>%1 в пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="141"/>
        <source>%1 on scene</source>
        <translation>%1 на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="142"/>
        <source>%1 cleared</source>
        <translation>%1 освобождён</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="154"/>
        <source>Select a unit in the unit panel and an incident in the queue</source>
        <translation>Выберите наряд на панели нарядов и происшествие в очереди</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="161"/>
        <source>%1 reassigned to %2</source>
        <translation>%1 перенаправлен на %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="169"/>
        <source>Reassign %1</source>
        <translation>Перенаправить %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="170"/>
        <source>Why is %1 moved to %2?</source>
        <translation>Почему %1 перенаправляется на %2?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="191"/>
        <source>%1: en route</source>
        <translation>%1: в пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="192"/>
        <source>%1: on scene</source>
        <translation>%1: на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="193"/>
        <source>%1: clear</source>
        <translation>%1: освободить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="214"/>
        <source>%1 closed</source>
        <translation>%1 закрыто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="244"/>
        <source>Reopen %1</source>
        <translation>Открыть заново %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="245"/>
        <source>Why?</source>
        <translation>Причина?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="247"/>
        <source>%1 reopened</source>
        <translation>%1 открыто заново</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="258"/>
        <source>Click the map where %1 is</source>
        <translation>Щёлкните на карте, где находится %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident_actions.py" line="270"/>
        <source>%1 placed on the map</source>
        <translation>%1: место указано на карте</translation>
    </message>
</context>
<context>
    <name>IncidentCounts</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/counts.py" line="33"/>
        <source>Open incidents: %1 (%2)</source>
        <translation>Открытые происшествия: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="90"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="91"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="92"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="93"/>
        <source>Caller</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="94"/>
        <source>Units</source>
        <translation>Наряды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="99"/>
        <source>Recommended units</source>
        <translation>Рекомендованные наряды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="101"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="118"/>
        <source>Recommended units (%1, %2…%3)</source>
        <translation>Рекомендованные наряды (%1, %2…%3)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="50"/>
        <source>%1 km, about %2 min</source>
        <translation>%1 км, около %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="51"/>
        <source>%1 km by road, about %2 min</source>
        <translation>%1 км по дорогам, около %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="53"/>
        <source>%1 km by road, about %2 min, across %3</source>
        <translation>%1 км по дорогам, около %2 мин, через %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="56"/>
        <source>%1 m from the nearest road</source>
        <translation>%1 м до ближайшей дороги</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="57"/>
        <source>no road leads there from its position</source>
        <translation>от его места туда не ведёт дорога</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="59"/>
        <source>from its post (the service centre): %1 km by road, about %2 min</source>
        <translation>от поста (участковый пункт): %1 км по дорогам, около %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="64"/>
        <source>straight-line estimate: %1</source>
        <translation>оценка по прямой: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="65"/>
        <source>own precinct</source>
        <translation>свой участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="66"/>
        <source>lent to this precinct</source>
        <translation>передан этому участку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="67"/>
        <source>from precinct %1</source>
        <translation>с участка %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="68"/>
        <source>traffic unit for a road incident</source>
        <translation>наряд ДП для дорожного происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="69"/>
        <source>returning from another job</source>
        <translation>возвращается с другого вызова</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="70"/>
        <source>position %1 min old: unknown</source>
        <translation>позиция %1 мин назад: неизвестна</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="71"/>
        <source>position unknown</source>
        <translation>позиция неизвестна</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="72"/>
        <source>incident not located: by precinct</source>
        <translation>место не определено: по участку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="74"/>
        <source>the nearest unit to %1 (%2), still waiting</source>
        <translation>ближайший наряд к %1 (%2), который ещё ждёт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="82"/>
        <source>no road network</source>
        <translation>нет дорожной сети</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="83"/>
        <source>the routing engine did not answer</source>
        <translation>движок маршрутов не ответил</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="84"/>
        <source>the incident is far from every road</source>
        <translation>происшествие далеко от дорог</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="138"/>
        <source>App call: rang %1</source>
        <translation>Звонок из приложения: поступил в %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="142"/>
        <source>answered %1 (after %2 s) by %3</source>
        <translation>принят в %1 (через %2 с): %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="148"/>
        <source>ended %1</source>
        <translation>завершён в %1</translation>
    </message>
    <message>
        <source>the nearest unit to %1 (P%2), still waiting</source>
        <translation type="vanished">ближайший наряд к %1 (П%2), оно ещё ждёт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="168"/>
        <source>No incident selected</source>
        <translation>Происшествие не выбрано</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="183"/>
        <source>typed: %1</source>
        <translation>введено: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="186"/>
        <source>unverified: place it on the map</source>
        <translation>не подтверждено: укажите на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="191"/>
        <source>precinct %1</source>
        <translation>участок %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="194"/>
        <source>app account %1</source>
        <translation>учётная запись в приложении %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="197"/>
        <source>%1 (reported in the 102 app)</source>
        <translation>%1 (сообщение из приложения «102»)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="214"/>
        <source>Video call requested</source>
        <translation>Запрошен видеозвонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="218"/>
        <source>Attachments: %1</source>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="220"/>
        <source>Part of %1 (the same sender)</source>
        <translation>Входит в %1 (тот же отправитель)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="223"/>
        <source>%n more report(s) from the same sender: %1</source>
        <translation>
            <numerusform>ещё %n сообщение того же отправителя: %1</numerusform>
            <numerusform>ещё %n сообщения того же отправителя: %1</numerusform>
            <numerusform>ещё %n сообщений того же отправителя: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="235"/>
        <source>none now (cleared: %1)</source>
        <translation>сейчас нет (ушли: %1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="237"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident_panel.py" line="120"/>
        <source>Nothing sent: the recommended units are in sight now; press the key again to send unit %1.</source>
        <translation>Ничего не отправлено: рекомендуемые наряды теперь на виду; нажмите клавишу ещё раз, чтобы отправить наряд %1.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="114"/>
        <source>P</source>
        <translation>П</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="115"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="116"/>
        <source>Age</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="117"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="118"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="119"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="120"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="121"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="122"/>
        <source>Units</source>
        <translation>Наряды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="165"/>
        <source>%n more report(s) from the same sender, grouped here</source>
        <translation>
            <numerusform>ещё %n сообщение того же отправителя, собрано здесь</numerusform>
            <numerusform>ещё %n сообщения того же отправителя, собраны здесь</numerusform>
            <numerusform>ещё %n сообщений того же отправителя, собраны здесь</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="185"/>
        <source>(location only)</source>
        <translation>(только координаты)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="314"/>
        <source>acknowledged by %1 at %2</source>
        <translation>принято к сведению: %1 в %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="316"/>
        <source>again: acknowledged by %1 at %2, still overdue</source>
        <translation>снова: подтверждено %1 в %2, всё ещё просрочено</translation>
    </message>
</context>
<context>
    <name>IntervalsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="131"/>
        <source>Response intervals</source>
        <translation>Интервалы реагирования</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="140"/>
        <source>All precincts</source>
        <translation>Все участки</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="144"/>
        <source>All priorities</source>
        <translation>Все приоритеты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="147"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="155"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="160"/>
        <source>Which</source>
        <translation>Какие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="164"/>
        <source>Incidents</source>
        <translation>Происшествия</translation>
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
        <translation>Самое долгое</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="168"/>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="169"/>
        <source>Left out</source>
        <translation>Не учтено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="186"/>
        <source>Queue time by hour of day: median (blue), 90 % (red), response median (grey)</source>
        <translation>Время в очереди по часам суток: медиана (синий), 90 % (красный), медиана реагирования (серый)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="194"/>
        <source>Queue: received → dispatched</source>
        <translation>Очередь: принято → направлено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="195"/>
        <source>Travel: dispatched → on scene</source>
        <translation>Дорога: направлено → на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="196"/>
        <source>Response: received → on scene</source>
        <translation>Реагирование: принято → на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="197"/>
        <source>On scene → closed</source>
        <translation>На месте → закрыто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="198"/>
        <source>Total: received → closed</source>
        <translation>Всего: принято → закрыто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="213"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="238"/>
        <source>No incident was dispatched in the period.</source>
        <translation>За период ни на одно происшествие не направлен наряд.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="243"/>
        <source>target met</source>
        <translation>цель достигнута</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="243"/>
        <source>target not met</source>
        <translation>цель не достигнута</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="244"/>
        <source>P%1 dispatched within %2 min: %3 of %4 (target 90 %) — %5</source>
        <translation>P%1 — наряд направлен в пределах %2 мин: %3 из %4 (цель 90 %) — %5</translation>
    </message>
    <message>
        <source>Dispatched within 60 s: %1 of incidents (target 90 %) — %2</source>
        <translation type="vanished">Направлено за 60 с: %1 происшествий (цель 90 %) — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="256"/>
        <source>%n incident(s) in the period.</source>
        <translation>
            <numerusform>За период %n происшествие.</numerusform>
            <numerusform>За период %n происшествия.</numerusform>
            <numerusform>За период %n происшествий.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_view.py" line="258"/>
        <source>Left out (missing or out-of-order times): %1</source>
        <translation>Не учтены (нет времени или нарушен порядок): %1</translation>
    </message>
</context>
<context>
    <name>IntervalsPdf</name>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="27"/>
        <source>Queue: received → dispatched</source>
        <translation>Очередь: поступило → направлено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="28"/>
        <source>Travel: dispatched → on scene</source>
        <translation>Путь: направлено → на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="29"/>
        <source>Response: received → on scene</source>
        <translation>Реагирование: поступило → на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="30"/>
        <source>On scene → closed</source>
        <translation>На месте → закрыто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="31"/>
        <source>Total: received → closed</source>
        <translation>Всего: поступило → закрыто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="36"/>
        <source>a time is missing (closed without it)</source>
        <translation>нет времени (закрыто без него)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="37"/>
        <source>times out of order</source>
        <translation>времена не по порядку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="43"/>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="45"/>
        <source>Response intervals</source>
        <translation>Интервалы реагирования</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="47"/>
        <source>No incident was dispatched in the period.</source>
        <translation>За период ни на одно происшествие не направлен наряд.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="51"/>
        <source>target met</source>
        <translation>цель достигнута</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="51"/>
        <source>target not met</source>
        <translation>цель не достигнута</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="52"/>
        <source>P%1 dispatched within %2 min (target 90 %)</source>
        <translation>P%1 — наряд направлен в пределах %2 мин (цель 90 %)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="94"/>
        <source>Incidents left out of some interval — %1. The list is in the CSV (report intervals --csv).</source>
        <translation>Происшествия, не вошедшие в отдельные интервалы, — %1. Список — в CSV (report intervals --csv).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="49"/>
        <source>incidents</source>
        <translation>происшествий</translation>
    </message>
    <message>
        <source>dispatched within 60 s (target 90 %)</source>
        <translation type="vanished">направлено за 60 с (цель 90 %)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="59"/>
        <source>Intervals (minutes:seconds)</source>
        <translation>Интервалы (минуты:секунды)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="74"/>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="75"/>
        <source>Incidents</source>
        <translation>Происшествия</translation>
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
        <translation>Максимум</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="79"/>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="80"/>
        <source>Left out</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/intervals_pdf.py" line="85"/>
        <source>Queue time by hour of day: median, seconds</source>
        <translation>Время в очереди по часам суток: медиана, секунды</translation>
    </message>
    <message>
        <source>Incidents left out (missing or out-of-order times)</source>
        <translation type="vanished">Исключённые происшествия (нет времён или они не по порядку)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="vanished">Происшествие</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Причина</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="vanished">Нет.</translation>
    </message>
    <message>
        <source>%1 more in the CSV.</source>
        <translation type="vanished">Ещё %1 — в CSV.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="21"/>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="83"/>
        <location filename="../../dispatch_desk/ui/names.py" line="22"/>
        <location filename="../../dispatch_desk/ui/names.py" line="31"/>
        <source>dispatched</source>
        <translation>направлен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="84"/>
        <location filename="../../dispatch_desk/ui/names.py" line="23"/>
        <location filename="../../dispatch_desk/ui/names.py" line="32"/>
        <source>en route</source>
        <translation>в пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="85"/>
        <location filename="../../dispatch_desk/ui/names.py" line="24"/>
        <location filename="../../dispatch_desk/ui/names.py" line="33"/>
        <source>on scene</source>
        <translation>на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="88"/>
        <location filename="../../dispatch_desk/ui/names.py" line="25"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="89"/>
        <location filename="../../dispatch_desk/ui/names.py" line="26"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="90"/>
        <location filename="../../dispatch_desk/ui/names.py" line="27"/>
        <source>reopened</source>
        <translation>открыто заново</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="30"/>
        <source>available</source>
        <translation>свободен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="34"/>
        <source>returning</source>
        <translation>возвращается</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="35"/>
        <source>busy</source>
        <translation>занят</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="36"/>
        <source>meal break</source>
        <translation>перерыв на обед</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="37"/>
        <source>off shift</source>
        <translation>не на смене</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="40"/>
        <source>patrol car</source>
        <translation>патрульный автомобиль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="41"/>
        <source>foot patrol</source>
        <translation>пеший патруль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="42"/>
        <source>traffic police</source>
        <translation>дорожная полиция</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="43"/>
        <source>juvenile inspector</source>
        <translation>инспектор по делам несовершеннолетних</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/names.py" line="44"/>
        <source>precinct inspector</source>
        <translation>участковый инспектор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="15"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="16"/>
        <source>102 app</source>
        <translation>приложение 102</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="17"/>
        <source>video call</source>
        <translation>видеозвонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="18"/>
        <source>walk-in</source>
        <translation>личное обращение</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="72"/>
        <source>P%1</source>
        <translation>П%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="76"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="77"/>
        <source>from the address</source>
        <translation>по адресу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="78"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="87"/>
        <source>placed on the map</source>
        <translation>указано на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="79"/>
        <source>unverified</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="82"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="86"/>
        <source>unit cleared</source>
        <translation>наряд освобождён</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="91"/>
        <source>priority changed</source>
        <translation>приоритет изменён</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="92"/>
        <source>overdue acknowledged</source>
        <translation>просрочка принята к сведению</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="94"/>
        <source>report opened</source>
        <translation>сообщение открыто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="93"/>
        <source>picture or recording added</source>
        <translation>добавлен снимок или запись</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="117"/>
        <source>overdue thresholds set</source>
        <translation>пороги просрочки заданы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="95"/>
        <source>unit added</source>
        <translation>наряд добавлен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="96"/>
        <source>unit sent</source>
        <translation>наряд направлен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="97"/>
        <source>unit reassigned</source>
        <translation>наряд переназначен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="98"/>
        <source>unit status</source>
        <translation>статус наряда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="99"/>
        <source>unit position</source>
        <translation>местоположение наряда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="108"/>
        <source>precinct saved</source>
        <translation>участок сохранён</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="109"/>
        <source>category saved</source>
        <translation>категория сохранена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="110"/>
        <source>address data replaced</source>
        <translation>адресные данные заменены</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="114"/>
        <source>API key created</source>
        <translation>ключ API создан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="115"/>
        <source>API key revoked</source>
        <translation>ключ API отозван</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="116"/>
        <source>demo city built</source>
        <translation>демо-город создан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="131"/>
        <source>signed in</source>
        <translation>вход</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="132"/>
        <source>sign-in refused</source>
        <translation>вход отклонён</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="133"/>
        <source>account locked</source>
        <translation>учётная запись заблокирована</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="134"/>
        <source>signed out</source>
        <translation>выход</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="135"/>
        <source>screen locked</source>
        <translation>экран заблокирован</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="136"/>
        <source>password changed</source>
        <translation>пароль изменён</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="200"/>
        <source>hot, 99 %</source>
        <translation>горячая, 99 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="201"/>
        <source>hot, 95 %</source>
        <translation>горячая, 95 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="202"/>
        <source>hot, 90 %</source>
        <translation>горячая, 90 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="203"/>
        <source>cold, 90 %</source>
        <translation>холодная, 90 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="204"/>
        <source>cold, 95 %</source>
        <translation>холодная, 95 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="205"/>
        <source>cold, 99 %</source>
        <translation>холодная, 99 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="207"/>
        <source>contacts from one address</source>
        <translation>обращения с одного адреса</translation>
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
        <translation>учётная запись изменена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="100"/>
        <source>unit&apos;s shift started</source>
        <translation>наряд заступил на смену</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="101"/>
        <source>unit&apos;s shift ended</source>
        <translation>наряд сменился</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="102"/>
        <source>unit lent to another precinct</source>
        <translation>наряд передан другому участку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="103"/>
        <source>unit&apos;s loan ended</source>
        <translation>передача наряда окончена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="104"/>
        <source>look-out issued</source>
        <translation>ориентировка выдана</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="105"/>
        <source>look-out ended</source>
        <translation>ориентировка снята</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="106"/>
        <source>shift handed over</source>
        <translation>смена сдана</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="107"/>
        <source>handover received</source>
        <translation>смена принята</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="111"/>
        <source>road network replaced</source>
        <translation>дорожная сеть заменена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="112"/>
        <source>cameras imported</source>
        <translation>камеры добавлены</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="113"/>
        <source>camera removed</source>
        <translation>камера удалена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="118"/>
        <source>call from the app ringing</source>
        <translation>звонок из приложения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="119"/>
        <source>call answered</source>
        <translation>звонок принят</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="120"/>
        <source>caller moved</source>
        <translation>заявитель переместился</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="121"/>
        <source>call ended</source>
        <translation>звонок завершён</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="122"/>
        <source>call missed</source>
        <translation>звонок пропущен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="123"/>
        <source>caller called back</source>
        <translation>заявителю перезвонили</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="124"/>
        <source>call recorded as an incident</source>
        <translation>звонок оформлен как происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="125"/>
        <source>problem opened</source>
        <translation>проблема открыта</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="126"/>
        <source>problem changed</source>
        <translation>проблема изменена</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="127"/>
        <source>officer in danger</source>
        <translation>сотрудник в опасности</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="128"/>
        <source>alarm acknowledged</source>
        <translation>тревога принята</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="138"/>
        <source>caller&apos;s identity viewed</source>
        <translation>просмотрены данные заявителя</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="139"/>
        <source>media opened</source>
        <translation>открыты медиафайлы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="140"/>
        <source>confidential report opened</source>
        <translation>открыто конфиденциальное сообщение</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="141"/>
        <source>unit&apos;s track viewed</source>
        <translation>просмотрен трек наряда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="142"/>
        <source>camera watched</source>
        <translation>просмотр камеры</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="143"/>
        <source>camera closed</source>
        <translation>камера закрыта</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="144"/>
        <source>camera snapshot taken</source>
        <translation>снимок с камеры</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="149"/>
        <source>administrative report drawn up</source>
        <translation>составлен административный протокол</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="150"/>
        <source>criminal case registered (ERDR)</source>
        <translation>зарегистрировано в ЕРДР (уголовное дело)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="151"/>
        <source>person detained</source>
        <translation>задержан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="152"/>
        <source>taken to the police station</source>
        <translation>доставлены в отдел полиции</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="153"/>
        <source>talk held, warning given</source>
        <translation>проведена беседа, сделано предупреждение</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="154"/>
        <source>settled on the spot</source>
        <translation>урегулировано на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="155"/>
        <source>passed to the precinct inspector</source>
        <translation>передано участковому инспектору</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="156"/>
        <source>passed to another service</source>
        <translation>передано в другую службу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="157"/>
        <source>advice given</source>
        <translation>дана консультация</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="158"/>
        <source>found</source>
        <translation>найден</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="159"/>
        <source>not confirmed</source>
        <translation>факт не подтвердился</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="160"/>
        <source>nobody found at the place</source>
        <translation>на месте никого не обнаружено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="161"/>
        <source>false call</source>
        <translation>ложный вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="162"/>
        <source>other (say what)</source>
        <translation>иное (укажите что)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="181"/>
        <source>overdue: no unit sent yet</source>
        <translation>просрочено: наряд ещё не направлен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="182"/>
        <source>overdue: its unit was moved to another incident</source>
        <translation>просрочено: его наряд переведён на другое происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="183"/>
        <source>overdue: %1 en route too long</source>
        <translation>просрочено: %1 слишком долго в пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="184"/>
        <source>overdue: on scene too long without an update</source>
        <translation>просрочено: слишком долго на месте без обновлений</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="185"/>
        <source>overdue: app report not opened</source>
        <translation>просрочено: сообщение из приложения не открыто</translation>
    </message>
</context>
<context>
    <name>LeadDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="255"/>
        <source>%1 handed the shift over to you: confirm receipt in Shift handover (%2)</source>
        <translation>%1 передал(а) вам смену: подтвердите приём в окне «Передача смены» (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="321"/>
        <source>%1 is on shift</source>
        <translation>%1 на смене</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="344"/>
        <source>%1 lent to precinct %2</source>
        <translation>%1 передан участку %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="358"/>
        <source>%1 is back in its own precinct</source>
        <translation>%1 вернулся на свой участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="368"/>
        <source>%1: meal break</source>
        <translation>%1: перерыв на обед</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="368"/>
        <source>%1: back from the meal break</source>
        <translation>%1: вернулся с обеда</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="70"/>
        <source>Lend %1 to another precinct</source>
        <translation>Передать %1 другому участку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="77"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="81"/>
        <source>Lend</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="85"/>
        <source>To precinct</source>
        <translation>Участку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/lead_desk.py" line="86"/>
        <source>For</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>LivePositions</name>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="80"/>
        <source>km/h</source>
        <translation>км/ч</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="81"/>
        <source>%1 s ago</source>
        <translation>%1 с назад</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="82"/>
        <source>%1 min ago</source>
        <translation>%1 мин назад</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="83"/>
        <source>%1 h ago</source>
        <translation>%1 ч назад</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="84"/>
        <source>no recent fix</source>
        <translation>нет свежих координат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="96"/>
        <source>The map follows %1.</source>
        <translation>Карта следит за %1.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/live_positions.py" line="98"/>
        <source>The map follows no unit.</source>
        <translation>Карта ни за кем не следит.</translation>
    </message>
</context>
<context>
    <name>LiveViews</name>
    <message>
        <location filename="../../dispatch_desk/ui/live_views.py" line="42"/>
        <source>New app report(s): %1</source>
        <translation>Новые сообщения из приложения: %1</translation>
    </message>
</context>
<context>
    <name>LookOutDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="289"/>
        <source>Look-outs</source>
        <translation>Ориентировки</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="324"/>
        <source>New look-out: %1</source>
        <translation>Новая ориентировка: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="379"/>
        <source>Look-out match: %1 — %2</source>
        <translation>Совпадение с ориентировкой: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="393"/>
        <source>Look-out: %1</source>
        <translation>Ориентировка: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="422"/>
        <source>Look-out issued to every desk</source>
        <translation>Ориентировка разослана на все пульты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="437"/>
        <source>End the look-out</source>
        <translation>Завершить ориентировку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="438"/>
        <source>Why does it end (found, no longer sought)?</source>
        <translation>Почему завершается (найден, розыск прекращён)?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="440"/>
        <source>Look-out ended</source>
        <translation>Ориентировка завершена</translation>
    </message>
</context>
<context>
    <name>LookOutDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="166"/>
        <source>New look-out</source>
        <translation>Новая ориентировка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="173"/>
        <source>Who or what is sought, and why: appearance, clothes, vehicle</source>
        <translation>Кто или что разыскивается и почему: приметы, одежда, транспорт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="177"/>
        <source>words a caller would use, separated by commas</source>
        <translation>слова, которые скажет заявитель, через запятую</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="186"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="195"/>
        <source>Choose a photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="197"/>
        <source>no photo</source>
        <translation>без фото</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="206"/>
        <source>Sought</source>
        <translation>Розыск</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="207"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="208"/>
        <source>Words to watch for</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="209"/>
        <source>Plate</source>
        <translation>Госномер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="211"/>
        <source>Valid for</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="212"/>
        <source>Precincts (none: the whole city)</source>
        <translation>Участки (ни одного: весь город)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="213"/>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="236"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="215"/>
        <source>Issue to every desk</source>
        <translation>Разослать на все пульты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="232"/>
        <source>not a Kazakh plate such as 123 ABC 02</source>
        <translation>не казахстанский номер вида 123 ABC 02</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="236"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="247"/>
        <source>The photo cannot be read or is larger than 8 MB.</source>
        <translation>Фото не читается или больше 8 МБ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="269"/>
        <source>Issuing…</source>
        <translation>Рассылается…</translation>
    </message>
</context>
<context>
    <name>LookOutPanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="85"/>
        <source>Sought</source>
        <translation>Розыск</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="86"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="87"/>
        <source>Plate</source>
        <translation>Госномер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="88"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="89"/>
        <source>Matched</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="101"/>
        <source>New look-out…</source>
        <translation>Новая ориентировка…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="102"/>
        <source>End the selected…</source>
        <translation>Завершить выбранную…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="105"/>
        <source>No active look-outs.</source>
        <translation>Действующих ориентировок нет.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="134"/>
        <source>Words: %1</source>
        <translation>Слова: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="136"/>
        <source>Precincts: %1</source>
        <translation>Участки: %1</translation>
    </message>
</context>
<context>
    <name>LookOuts</name>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="62"/>
        <source>person sought</source>
        <translation>разыскиваемое лицо</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="63"/>
        <source>vehicle sought</source>
        <translation>разыскиваемый транспорт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/look_outs_view.py" line="64"/>
        <source>missing person</source>
        <translation>пропавший без вести</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="128"/>
        <source>Loading the map…</source>
        <translation>Загрузка карты…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="138"/>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="141"/>
        <source>New call</source>
        <translation>Новый вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="139"/>
        <source>Units</source>
        <translation>Наряды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="140"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="333"/>
        <source>The basemap cannot be shown: %1</source>
        <translation>Подложку карты показать нельзя: %1</translation>
    </message>
    <message>
        <source>Demo accounts: %1 — the password of each is &quot;%2&quot;.</source>
        <translation type="vanished">Демо-учётные записи: %1 — пароль каждой «%2».</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="182"/>
        <source>The first administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="175"/>
        <source>This database had no accounts. Its administrator is &quot;admin&quot; with the one-time password

%1

It is shown only now. Sign in with it and choose a new password.</source>
        <translation>В этой базе не было учётных записей. Её администратор — «admin» с одноразовым паролем

%1

Он показан только сейчас. Войдите с ним и выберите новый пароль.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="345"/>
        <source>The database is not available: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>New app report(s): %1</source>
        <translation type="vanished">Новые сообщения из приложения: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="394"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим оператором</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="398"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Nothing sent: the recommended units are in sight now; press the key again to send unit %1.</source>
        <translation type="vanished">Ничего не отправлено: рекомендуемые наряды теперь на виду; нажмите клавишу ещё раз, чтобы отправить наряд %1.</translation>
    </message>
    <message>
        <source>%1: en route</source>
        <translation type="vanished">%1: в пути</translation>
    </message>
    <message>
        <source>%1: on scene</source>
        <translation type="vanished">%1: на месте</translation>
    </message>
    <message>
        <source>%1: clear</source>
        <translation type="vanished">%1: освободить</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="461"/>
        <source>Dispatch Desk</source>
        <translation>Пульт дежурного</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="456"/>
        <source>(demo data)</source>
        <translation>(демо-данные)</translation>
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
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="103"/>
        <source>Voice message</source>
        <translation>Голосовое сообщение</translation>
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
        <translation>Фото невозможно показать (файл отсутствует или повреждён).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="180"/>
        <source>Wheel or +/− zooms, 0 fits, drag moves</source>
        <translation>Колесо или +/− — масштаб, 0 — по размеру окна, перетаскивание — сдвиг</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="203"/>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="251"/>
        <source>Play (Space)</source>
        <translation>Воспроизвести (Пробел)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="225"/>
        <source>The file is missing.</source>
        <translation>Файл отсутствует.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="251"/>
        <source>Pause (Space)</source>
        <translation>Пауза (Пробел)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="188"/>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="254"/>
        <source>Cannot play: %1</source>
        <translation>Невозможно воспроизвести: %1</translation>
    </message>
</context>
<context>
    <name>MeetingPackDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="99"/>
        <source>Meeting pack for residents</source>
        <translation>Материалы для жителей</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="99"/>
        <source>Meeting pack</source>
        <translation>Материалы к встрече</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="100"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="118"/>
        <source>Preparing the meeting pack…</source>
        <translation>Готовятся материалы к встрече…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="167"/>
        <source>Meeting pack written to %1</source>
        <translation>Материалы к встрече записаны: %1</translation>
    </message>
</context>
<context>
    <name>MeetingPackPdf</name>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="70"/>
        <source>Hot spots (Gi*)</source>
        <translation>Горячие точки (Gi*)</translation>
    </message>
    <message>
        <source>hot, 99 %</source>
        <translation type="vanished">горячая, 99 %</translation>
    </message>
    <message>
        <source>hot, 95 %</source>
        <translation type="vanished">горячая, 95 %</translation>
    </message>
    <message>
        <source>hot, 90 %</source>
        <translation type="vanished">горячая, 90 %</translation>
    </message>
    <message>
        <source>cold, 90 %</source>
        <translation type="vanished">холодная, 90 %</translation>
    </message>
    <message>
        <source>cold, 95 %</source>
        <translation type="vanished">холодная, 95 %</translation>
    </message>
    <message>
        <source>cold, 99 %</source>
        <translation type="vanished">холодная, 99 %</translation>
    </message>
    <message>
        <source>contacts from one address</source>
        <translation type="vanished">обращения с одного адреса</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="58"/>
        <source>Contacts compared with usual</source>
        <translation>Обращения в сравнении с обычным</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="80"/>
        <source>the city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="82"/>
        <source>precinct %1</source>
        <translation>участок %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="97"/>
        <source>new</source>
        <translation>впервые</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="106"/>
        <source>For the meeting with residents: %1</source>
        <translation>К встрече с жителями: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="106"/>
        <source>Meeting pack: %1</source>
        <translation>Материалы к встрече: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="112"/>
        <source>%1 – %2, against %3 – %4 · printed %5</source>
        <translation>%1 – %2, в сравнении с %3 – %4 · напечатано %5</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="121"/>
        <source>contacts</source>
        <translation>обращений</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="122"/>
        <source>the period before</source>
        <translation>предыдущий период</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="123"/>
        <source>change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="124"/>
        <source>hot cells</source>
        <translation>горячих ячеек</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="127"/>
        <source>sensitive contacts, counted only</source>
        <translation>чувствительные обращения, только число</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="129"/>
        <source>share of the top addresses</source>
        <translation>доля первых адресов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="130"/>
        <source>addresses that make half the contacts</source>
        <translation>адресов дают половину обращений</translation>
    </message>
    <message>
        <source>The records begin on %1: the period before is not complete, so no change against it is given.</source>
        <translation type="vanished">Записи начинаются %1: предыдущий период неполный, поэтому изменение не приводится.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="135"/>
        <source>¹ The records begin on %1: the period before is not complete, so a change is given in contacts, not as a share.</source>
        <translation>¹ Записи начинаются %1: предыдущий период неполный, поэтому изменение дано в числе обращений, а не в процентах.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="143"/>
        <source>This version carries no personal data: no names, phones or descriptions; places only as streets and map cells. Domestic conflicts, corruption reports, complaints about police officers and missing persons are only counted (%1, the period before %2).</source>
        <translation>В этой версии нет персональных данных: ни имён, ни телефонов, ни описаний; места — только улицы и ячейки карты. Семейные конфликты, сообщения о коррупции, жалобы на сотрудников полиции и пропавшие без вести только подсчитаны (%1, в предыдущий период %2).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="153"/>
        <source>From your precinct inspector</source>
        <translation>От вашего участкового инспектора</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="156"/>
        <source>The map: hot and cold spots</source>
        <translation>Карта: горячие и холодные точки</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="161"/>
        <source>Each coloured place is a hexagon of about 0.1 km² where people called the police more often (red) or less often (blue) than usual for the neighbourhood; only places with at least 3 contacts are shown.</source>
        <translation>Каждое цветное место — шестиугольник площадью около 0,1 км², где в полицию обращались чаще (красный) или реже (синий), чем обычно для округи; показаны только места, где было не меньше 3 обращений.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="170"/>
        <source>Getis-Ord Gi* on a grid of hexagons of about 0.1 km² with 999 permutations: a hot cell and its neighbours hold more contacts than chance would put there.</source>
        <translation>Getis-Ord Gi* на сетке шестиугольников около 0,1 км², 999 перестановок: в горячей ячейке и её соседях больше обращений, чем дал бы случай.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="183"/>
        <source>Contacts by category</source>
        <translation>Обращения по категориям</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="190"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="190"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="190"/>
        <source>Before</source>
        <translation>Ранее</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="190"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="194"/>
        <source>No contacts in the period</source>
        <translation>За период обращений нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="199"/>
        <source>When: by day of the week and by hour</source>
        <translation>Когда: по дням недели и по часам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="201"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="202"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="203"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="204"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="205"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="206"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="207"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="216"/>
        <source>Streets most contacts come from</source>
        <translation>Улицы, откуда больше всего обращений</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="219"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="238"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="252"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="219"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="228"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="238"/>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="254"/>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="223"/>
        <source>No contacts with an address</source>
        <translation>Обращений с адресом нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="226"/>
        <source>Repeat addresses</source>
        <translation>Повторные адреса</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="228"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="228"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="232"/>
        <source>No address called twice</source>
        <translation>Ни один адрес не обращался дважды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="236"/>
        <source>Places with more or fewer contacts than usual</source>
        <translation>Места, где обращений больше или меньше обычного</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="238"/>
        <source>Compared with usual</source>
        <translation>По сравнению с обычным</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="246"/>
        <source>No place stands out</source>
        <translation>Ни одно место не выделяется</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="249"/>
        <source>Hot and cold cells</source>
        <translation>Горячие и холодные ячейки</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="253"/>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="255"/>
        <source>per km²</source>
        <translation>на км²</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="258"/>
        <source>Significance</source>
        <translation>Значимость</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="275"/>
        <source>No cell stands out at 90 % confidence</source>
        <translation>Ни одна ячейка не выделяется с уверенностью 90 %</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="281"/>
        <source>Near repeats (Knox test): of %1 contacts, %2 pairs within %3 m and %4 days of each other; chance would give %5 (p = %6).</source>
        <translation>Близкие повторы (тест Нокса): из %1 обращений %2 пар в пределах %3 м и %4 дней друг от друга; случай дал бы %5 (p = %6).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="294"/>
        <source>far more than usual</source>
        <translation>намного больше обычного</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="296"/>
        <source>more than usual</source>
        <translation>больше обычного</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="298"/>
        <source>far fewer than usual</source>
        <translation>намного меньше обычного</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="299"/>
        <source>fewer than usual</source>
        <translation>меньше обычного</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="299"/>
        <source>as usual</source>
        <translation>как обычно</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="305"/>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="311"/>
        <source>Problems and what was done since %1</source>
        <translation>Проблемы и что сделано с %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="313"/>
        <source>No problem is open in the precinct.</source>
        <translation>На участке нет открытых проблем.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="323"/>
        <source>Places: %1</source>
        <translation>Места: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="324"/>
        <source>Contacts a week before the response: %1</source>
        <translation>Обращений в неделю до мер: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="332"/>
        <source>since: %1 (%2)</source>
        <translation>с тех пор: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="339"/>
        <source>Steps taken this week: %1; steps planned: %2</source>
        <translation>Мер принято за неделю: %1; запланировано: %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_pdf.py" line="349"/>
        <source>Nothing recorded this week.</source>
        <translation>За эту неделю ничего не записано.</translation>
    </message>
</context>
<context>
    <name>NewProblemDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="41"/>
        <source>New problem</source>
        <translation>Новая проблема</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="45"/>
        <source>What is known so far (optional)</source>
        <translation>Что известно пока (необязательно)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="50"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="51"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="52"/>
        <source>First note</source>
        <translation>Первая заметка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="56"/>
        <source>Open the problem</source>
        <translation>Открыть проблему</translation>
    </message>
</context>
<context>
    <name>OperatorStatus</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="35"/>
        <source>Nobody signed in</source>
        <translation>Никто не вошёл</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="40"/>
        <source>precinct %1</source>
        <translation>участок %1</translation>
    </message>
</context>
<context>
    <name>OverdueCount</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/counts.py" line="48"/>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
</context>
<context>
    <name>OverdueDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="97"/>
        <source>Overdue again after acknowledgement: %1</source>
        <translation>Снова просрочено после подтверждения: %1</translation>
    </message>
</context>
<context>
    <name>OverdueDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="169"/>
        <source>Overdue incidents</source>
        <translation>Просроченные происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="173"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="173"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="173"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="173"/>
        <source>Since</source>
        <translation>С какого времени</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="174"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="174"/>
        <source>Acknowledged</source>
        <translation>Принято к сведению</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="177"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Принять к сведению</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="180"/>
        <source>Thresholds for every desk</source>
        <translation>Пороги для всех пультов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="183"/>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="184"/>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="185"/>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="186"/>
        <source>No unit sent: %1</source>
        <translation>Наряд не направлен: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="187"/>
        <source>En route longer than</source>
        <translation>В пути дольше</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="188"/>
        <source>On scene without an update longer than</source>
        <translation>На месте без обновлений дольше</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="189"/>
        <source>App report not opened after</source>
        <translation>Сообщение из приложения не открыто через</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="194"/>
        <source>&amp;Save thresholds</source>
        <translation>&amp;Сохранить пороги</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="276"/>
        <source>%1: overdue acknowledged</source>
        <translation>%1: просрочка принята к сведению</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/overdue_view.py" line="285"/>
        <source>The overdue thresholds are saved</source>
        <translation>Пороги просрочки сохранены</translation>
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
        <translation>такого номера телефона не бывает</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="153"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="154"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="155"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="156"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="163"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="164"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="165"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="166"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="167"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="174"/>
        <source>What drives the contacts here</source>
        <translation>Что вызывает обращения здесь</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="177"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="188"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="188"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="188"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="188"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="190"/>
        <source>What is done</source>
        <translation>Что делается</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="192"/>
        <source>Who answers for it</source>
        <translation>Кто отвечает</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="197"/>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="199"/>
        <source>Mark the selected step done</source>
        <translation>Отметить выбранный шаг выполненным</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="117"/>
        <source>Linked incidents</source>
        <translation>Связанные происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="118"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="119"/>
        <source>Response</source>
        <translation>Меры</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="220"/>
        <source>Problem %1 · precinct %2</source>
        <translation>Проблема %1 · участок %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="239"/>
        <source>Linked incidents (%1)</source>
        <translation>Связанные происшествия (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="249"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="272"/>
        <source>before the response: %1 contacts in %2 weeks (%3 a week)</source>
        <translation>до мер: %1 обращений за %2 нед. (%3 в неделю)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="278"/>
        <source>no response yet</source>
        <translation>мер ещё нет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="280"/>
        <source>since: %1 in %2 weeks (%3 a week)</source>
        <translation>с тех пор: %1 за %2 нед. (%3 в неделю)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="302"/>
        <source>Close the problem</source>
        <translation>Закрыть проблему</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="303"/>
        <source>Outcome: what changed at these places</source>
        <translation>Итог: что изменилось в этих местах</translation>
    </message>
</context>
<context>
    <name>ProblemListDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="75"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="79"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="80"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="81"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="82"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="83"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="84"/>
        <source>Steps open</source>
        <translation>Открытых шагов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="91"/>
        <source>No problems yet: open one from a hot cell or a repeat address on the map (View → Hot spots and repeat addresses).</source>
        <translation>Проблем пока нет: откройте проблему с горячей ячейки или повторного адреса на карте (Вид → Горячие точки и повторные адреса).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="43"/>
        <source>analysis</source>
        <translation>анализ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="44"/>
        <source>response</source>
        <translation>меры</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="45"/>
        <source>assessment</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="46"/>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="58"/>
        <source>no street yet</source>
        <translation>улица пока не известна</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/problem_dialog.py" line="61"/>
        <source>hexagon %1 (%2)</source>
        <translation>шестиугольник: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProblemsDesk</name>
    <message>
        <location filename="../../dispatch_desk/ui/problems_desk.py" line="168"/>
        <source>No problem is open at this place</source>
        <translation>В этом месте нет открытой проблемы</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="95"/>
        <source>Search number, address, caller, text</source>
        <translation>Поиск: номер, адрес, заявитель, текст</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="98"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="99"/>
        <source>All today</source>
        <translation>Все за сегодня</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="100"/>
        <source>Closed: search all</source>
        <translation>Закрытые: поиск по всем</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="107"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="184"/>
        <source>All precincts</source>
        <translation>Все участки</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="186"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="197"/>
        <source>Find closed incidents: number, address, phone, text (%1)</source>
        <translation>Найти закрытые происшествия: номер, адрес, телефон, текст (%1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="199"/>
        <source>Search number, address, caller, text (%1)</source>
        <translation>Поиск: номер, адрес, заявитель, текст (%1)</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="150"/>
        <source>A call from the app is in progress: quitting ends it for the caller.</source>
        <translation>Идёт звонок из приложения: выход завершит его для звонящего.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="152"/>
        <source>The call being typed is kept as a draft and comes back at the next start.</source>
        <translation>Заполняемый вызов сохранится как черновик и вернётся при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="154"/>
        <source>Quit the desk?</source>
        <translation>Выйти из программы?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="156"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="157"/>
        <source>Stay at the desk</source>
        <translation>Остаться</translation>
    </message>
</context>
<context>
    <name>RecentMessages</name>
    <message>
        <location filename="../../dispatch_desk/ui/notices.py" line="78"/>
        <source>Recent messages</source>
        <translation>Последние сообщения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/notices.py" line="85"/>
        <source>No messages yet in this session.</source>
        <translation>В этом сеансе сообщений ещё не было.</translation>
    </message>
</context>
<context>
    <name>ResidentsText</name>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="42"/>
        <source>Text for the residents</source>
        <translation>Текст для жителей</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="45"/>
        <source>The residents&apos; version prints this text as it stands, beside the counts and the places. Write what you want the residents to know; name no one and give no phone number — the pack is not printed while the text holds either.</source>
        <translation>Версия для жителей печатает этот текст как есть, рядом с числами и местами. Напишите то, что жители должны знать; никого не называйте и не указывайте телефонов — пока в тексте есть имя или номер, материалы не печатаются.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="53"/>
        <source>e.g. Evening patrols on the streets below continue in December.</source>
        <translation>например: Вечерние патрули на улицах ниже продолжатся в декабре.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/meeting_pack_desk.py" line="58"/>
        <source>Print with this text</source>
        <translation>Печатать с этим текстом</translation>
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
        <translation>Нет дорожной сети: для охвата она нужна (gazetteer import).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="172"/>
        <source>%1 free units; %2% of the city is out of their 10-minute reach.</source>
        <translation>Свободных нарядов: %1; %2% города вне их 10 минут.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="186"/>
        <source>Free units by road</source>
        <translation>Свободные наряды по дорогам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="187"/>
        <source>within 5 min</source>
        <translation>до 5 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="188"/>
        <source>within 10 min</source>
        <translation>до 10 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/road_layers.py" line="189"/>
        <source>no free unit within 10 min</source>
        <translation>ни один свободный наряд за 10 мин</translation>
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
        <translation>ответственный дежурный</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="14"/>
        <source>precinct inspector</source>
        <translation>участковый инспектор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="15"/>
        <source>anti-corruption officer</source>
        <translation>сотрудник антикоррупционной службы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="16"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="17"/>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/operator.py" line="18"/>
        <source>wall display</source>
        <translation>настенное табло</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="109"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="111"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/dialogs.py" line="111"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="36"/>
        <source>Dispatch Desk</source>
        <translation>Пульт дежурного</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="51"/>
        <source>your login</source>
        <translation>ваш логин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="61"/>
        <source>at least %1 characters</source>
        <translation>не менее %1 символов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="67"/>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="130"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="81"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="82"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="83"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="84"/>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="109"/>
        <source>Opening the database…</source>
        <translation>Открываю базу данных…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="119"/>
        <source>Demo accounts: %1 — the password of each is &quot;%2&quot;.</source>
        <translation>Демо-учётные записи: %1 — пароль каждой «%2».</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="134"/>
        <source>Locked by %1. Sign in again to go on, or sign in as the next person of the shift.</source>
        <translation>Заблокировано: %1. Войдите снова, чтобы продолжить, или войдите как следующий дежурный смены.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="148"/>
        <source>Set the new password</source>
        <translation>Сохранить новый пароль</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="149"/>
        <source>Choose your own password now; the one you were given works only once.</source>
        <translation>Выберите свой пароль сейчас: выданный действует только один раз.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="172"/>
        <source>The two new passwords differ.</source>
        <translation>Два новых пароля не совпадают.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="175"/>
        <source>Saving the new password…</source>
        <translation>Сохраняю новый пароль…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="180"/>
        <source>Type your login and your password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/sign_in.py" line="182"/>
        <source>Signing in…</source>
        <translation>Вхожу…</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/sound.py" line="17"/>
        <source>Sound is off: %1</source>
        <translation>Звук выключен: %1</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="31"/>
        <source>available</source>
        <translation>свободен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="32"/>
        <source>sent</source>
        <translation>выслан</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="33"/>
        <source>en route</source>
        <translation>в пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="34"/>
        <source>on scene</source>
        <translation>на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="35"/>
        <source>returning</source>
        <translation>возвр.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="36"/>
        <source>busy</source>
        <translation>занят</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="37"/>
        <source>meal</source>
        <translation>обед</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="38"/>
        <source>off shift</source>
        <translation>вне см.</translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="55"/>
        <source>Track of %1</source>
        <translation>Трек %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="66"/>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="67"/>
        <source>Last 12 hours</source>
        <translation>Последние 12 часов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="72"/>
        <source>The selected incident&apos;s time</source>
        <translation>Время выбранного происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="83"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="84"/>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>TrackReview</name>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="147"/>
        <source>%1 has no fix in that period.</source>
        <translation>У %1 нет координат за этот период.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/track_review.py" line="155"/>
        <source>Track of %1, %2 – %3: %4 fixes (%5 not used), %6 km</source>
        <translation>Трек %1, %2 – %3: точек %4 (не использовано %5), %6 км</translation>
    </message>
</context>
<context>
    <name>UnitCounts</name>
    <message>
        <location filename="../../dispatch_desk/ui/statusbar/counts.py" line="60"/>
        <source>Units: %1</source>
        <translation>Наряды: %1</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="286"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="287"/>
        <source>Show the units as a table with every column</source>
        <translation>Показать наряды таблицей со всеми столбцами</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="294"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/panels.py" line="315"/>
        <source>All precincts</source>
        <translation>Все участки</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="53"/>
        <source>Unit</source>
        <translation>Наряд</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="54"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="55"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="56"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="57"/>
        <source>In status</source>
        <translation>В статусе</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="58"/>
        <source>On shift</source>
        <translation>На смене</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="59"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="60"/>
        <source>Crew</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="96"/>
        <source>lent to precinct %1 until %2</source>
        <translation>передан участку %1 до %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="155"/>
        <source>available</source>
        <translation>свободен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="156"/>
        <source>on incidents</source>
        <translation>на происшествиях</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="157"/>
        <source>returning</source>
        <translation>возвращается</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="158"/>
        <source>busy</source>
        <translation>занят</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="159"/>
        <source>meal break</source>
        <translation>перерыв на обед</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="162"/>
        <source>On shift since %1</source>
        <translation>На смене с %1</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="67"/>
        <location filename="../../dispatch_desk/ui/wall.py" line="129"/>
        <source>City board — wall display</source>
        <translation>Табло города — настенный экран</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="121"/>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="139"/>
        <source>The database is not available: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="147"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="162"/>
        <source>This account may not show the city board.</source>
        <translation>Этой учётной записи табло города недоступно.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="165"/>
        <source>Choose a new password for this account at a desk first.</source>
        <translation>Сначала задайте этой учётной записи новый пароль на пульте.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="169"/>
        <location filename="../../dispatch_desk/ui/wall.py" line="229"/>
        <source>City board</source>
        <translation>Табло города</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="177"/>
        <source>This account is disabled. An administrator can enable it.</source>
        <translation>Учётная запись отключена. Включить её может администратор.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="179"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="183"/>
        <source>Cannot sign in again: %1</source>
        <translation>Не удаётся войти снова: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="215"/>
        <source>Reading the board…</source>
        <translation>Табло загружается…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="219"/>
        <source>Updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="222"/>
        <source>NOT UPDATED since %1: %2</source>
        <translation>НЕ ОБНОВЛЯЕТСЯ с %1: %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall.py" line="224"/>
        <source>the database does not answer</source>
        <translation>база данных не отвечает</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../dispatch_desk/ui/app.py" line="86"/>
        <source>Dispatch Desk: an error</source>
        <translation>Dispatch Desk: ошибка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/app.py" line="87"/>
        <source>Something went wrong: %1

The call being typed is kept. The details are in %2</source>
        <translation>Что-то пошло не так: %1

Набираемый вызов сохранён. Подробности в %2</translation>
    </message>
</context>
</TS>
