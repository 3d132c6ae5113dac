<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CallForm</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="49"/>
        <source>+7 7xx xxx xx xx</source>
        <translation>+7 7xx xxx xx xx</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="52"/>
        <source>Street and house, or coordinates</source>
        <translation>Улица и дом или координаты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="61"/>
        <source>Place on map (Ctrl+M)</source>
        <translation>Указать на карте (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="67"/>
        <source>What happened (Ctrl+Enter saves)</source>
        <translation>Что произошло (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="71"/>
        <source>Link to it (Ctrl+L)</source>
        <translation>Связать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="73"/>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="75"/>
        <source>Discard (Esc)</source>
        <translation>Отменить (Esc)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="78"/>
        <source>Caller phone</source>
        <translation>Телефон заявителя</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="79"/>
        <source>Caller name</source>
        <translation>Имя заявителя</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="80"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="84"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="85"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="86"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="87"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="154"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="172"/>
        <source>Category default</source>
        <translation>По категории</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="174"/>
        <source>1 — life in danger</source>
        <translation>1 — угроза жизни</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="174"/>
        <source>2 — urgent</source>
        <translation>2 — срочно</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="174"/>
        <source>3 — routine</source>
        <translation>3 — обычный</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="175"/>
        <source>4 — no urgency</source>
        <translation>4 — не срочно</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="186"/>
        <source>looking up…</source>
        <translation>поиск…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="216"/>
        <source>unverified: type an address or place it on the map</source>
        <translation>не подтверждено: введите адрес или укажите на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="227"/>
        <source>Likely duplicate: %1</source>
        <translation>Возможный дубль: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="233"/>
        <source>Linked to %1</source>
        <translation>Связано с %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="300"/>
        <source>Discard the call?</source>
        <translation>Отменить вызов?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="300"/>
        <source>Everything typed for this call will be lost.</source>
        <translation>Всё, что введено по этому вызову, будет потеряно.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1080"/>
        <source>Close %1</source>
        <translation>Закрыть %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1084"/>
        <source>Sent to the author of the report</source>
        <translation>Будет отправлено автору сообщения</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1086"/>
        <source>Disposition</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1087"/>
        <source>Measures taken (for the citizen)</source>
        <translation>Принятые меры (для заявителя)</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="63"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="64"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="65"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="66"/>
        <source>Caller</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="67"/>
        <source>Units</source>
        <translation>Наряды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="71"/>
        <source>Dispatch first (Ctrl+D)</source>
        <translation>Направить первый (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="71"/>
        <source>En route (Ctrl+E)</source>
        <translation>В пути (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="72"/>
        <source>On scene (Ctrl+O)</source>
        <translation>На месте (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="72"/>
        <source>Clear unit (Ctrl+K)</source>
        <translation>Освободить наряд (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="73"/>
        <source>Reassign unit here (Ctrl+R)</source>
        <translation>Перенаправить наряд сюда (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="73"/>
        <source>Close (Ctrl+Shift+C)</source>
        <translation>Закрыть (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="74"/>
        <source>Reopen (Ctrl+Shift+O)</source>
        <translation>Открыть заново (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="74"/>
        <source>Place on map (Ctrl+Shift+M)</source>
        <translation>Указать на карте (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="88"/>
        <source>Recommended units (Ctrl+1…9 sends)</source>
        <translation>Рекомендованные наряды (Ctrl+1…9 — направить)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="90"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="106"/>
        <source>%1 km, about %2 min</source>
        <translation>%1 км, около %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="109"/>
        <source>own precinct</source>
        <translation>свой участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="110"/>
        <source>from precinct %1</source>
        <translation>с участка %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="111"/>
        <source>traffic unit for a road incident</source>
        <translation>наряд ДП для дорожного происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="112"/>
        <source>returning from another job</source>
        <translation>возвращается с другого вызова</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="113"/>
        <source>position %1 min old: unknown</source>
        <translation>позиция %1 мин назад: неизвестна</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="114"/>
        <source>position unknown</source>
        <translation>позиция неизвестна</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="115"/>
        <source>incident not located: by precinct</source>
        <translation>место не определено: по участку</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="133"/>
        <source>No incident selected</source>
        <translation>Происшествие не выбрано</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="149"/>
        <source>unverified: place it on the map</source>
        <translation>не подтверждено: укажите на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="153"/>
        <source>precinct %1</source>
        <translation>участок %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="155"/>
        <source>app account %1</source>
        <translation>учётная запись в приложении %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="158"/>
        <source>%1 (reported in the 102 app)</source>
        <translation>%1 (сообщение из приложения «102»)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="162"/>
        <source>Video call requested</source>
        <translation>Запрошен видеозвонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="164"/>
        <source>Attachments: %1</source>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="169"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>P</source>
        <translation>П</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>Age</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="73"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="73"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="73"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="73"/>
        <source>Units</source>
        <translation>Наряды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="113"/>
        <source>(location only)</source>
        <translation>(только координаты)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="10"/>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="11"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="20"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="70"/>
        <source>dispatched</source>
        <translation>направлен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="12"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="21"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="71"/>
        <source>en route</source>
        <translation>в пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="13"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="22"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="72"/>
        <source>on scene</source>
        <translation>на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="14"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="74"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="15"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="75"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="16"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="76"/>
        <source>reopened</source>
        <translation>открыто заново</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="19"/>
        <source>available</source>
        <translation>свободен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="23"/>
        <source>returning</source>
        <translation>возвращается</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="24"/>
        <source>busy</source>
        <translation>занят</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="25"/>
        <source>off shift</source>
        <translation>не на смене</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="28"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="29"/>
        <source>102 app</source>
        <translation>приложение 102</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="30"/>
        <source>video call</source>
        <translation>видеозвонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="31"/>
        <source>walk-in</source>
        <translation>личное обращение</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="52"/>
        <source>P%1</source>
        <translation>П%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="63"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="64"/>
        <source>from the address</source>
        <translation>по адресу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="65"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="77"/>
        <source>placed on the map</source>
        <translation>указано на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="66"/>
        <source>unverified</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="69"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="73"/>
        <source>unit cleared</source>
        <translation>наряд освобождён</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="115"/>
        <source>Search number, address, caller, text (Ctrl+F)</source>
        <translation>Поиск: номер, адрес, заявитель, текст (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="118"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="119"/>
        <source>All today</source>
        <translation>Все за сегодня</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="122"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="158"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="174"/>
        <source>Loading the map…</source>
        <translation>Загрузка карты…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="179"/>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="182"/>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1036"/>
        <source>New call</source>
        <translation>Новый вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="185"/>
        <source>Units</source>
        <translation>Наряды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="188"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="193"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="194"/>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="266"/>
        <source>&amp;Desk</source>
        <translation>&amp;Пульт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="267"/>
        <source>&amp;New call</source>
        <translation>&amp;Новый вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="269"/>
        <source>&amp;Search the queue</source>
        <translation>&amp;Поиск в очереди</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="270"/>
        <source>Go to the &amp;queue</source>
        <translation>К &amp;очереди</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="272"/>
        <source>Go to the &amp;units</source>
        <translation>К н&amp;арядам</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="275"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="276"/>
        <source>&amp;Incident</source>
        <translation>&amp;Происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="277"/>
        <source>&amp;Dispatch the first recommended unit</source>
        <translation>&amp;Направить первый рекомендованный наряд</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="280"/>
        <source>Dispatch recommended unit %1</source>
        <translation>Направить рекомендованный наряд %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="286"/>
        <source>Unit &amp;en route</source>
        <translation>Наряд в &amp;пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="289"/>
        <source>Unit &amp;on scene</source>
        <translation>Наряд на &amp;месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="291"/>
        <source>&amp;Clear unit</source>
        <translation>&amp;Освободить наряд</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="293"/>
        <source>&amp;Reassign selected unit here…</source>
        <translation>&amp;Перенаправить выбранный наряд сюда…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="295"/>
        <source>Cl&amp;ose incident…</source>
        <translation>&amp;Закрыть происшествие…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="296"/>
        <source>Re&amp;open incident…</source>
        <translation>Открыть за&amp;ново…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="298"/>
        <source>&amp;Place incident on the map</source>
        <translation>&amp;Указать место на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="300"/>
        <source>&amp;Units</source>
        <translation>&amp;Наряды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="303"/>
        <source>Set selected unit: %1</source>
        <translation>Выбранный наряд: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="305"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="307"/>
        <source>&amp;Night palette</source>
        <translation>&amp;Ночная палитра</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="317"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="318"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="319"/>
        <source>&amp;About Dispatch Desk</source>
        <translation>&amp;О программе Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="415"/>
        <location filename="../../dispatch_desk/ui/main_window.py" line="416"/>
        <source>All precincts</source>
        <translation>Все участки</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="426"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="441"/>
        <source>102 app</source>
        <translation>приложение «102»</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="442"/>
        <source>photos: %1</source>
        <translation>фото: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="442"/>
        <source>videos: %1</source>
        <translation>видео: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="443"/>
        <source>voice messages: %1</source>
        <translation>голосовых: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="447"/>
        <source>video call requested</source>
        <translation>запрошен видеозвонок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="506"/>
        <source>New app report(s): %1</source>
        <translation>Новые сообщения из приложения: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="612"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим оператором</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="616"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="624"/>
        <location filename="../../dispatch_desk/ui/main_window.py" line="786"/>
        <source>%1 dispatched to %2</source>
        <translation>%1 направлен на %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="644"/>
        <source>%1 en route</source>
        <translation>%1 в пути</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="645"/>
        <source>%1 on scene</source>
        <translation>%1 на месте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="646"/>
        <source>%1 cleared</source>
        <translation>%1 освобождён</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="686"/>
        <source>Select a unit in the unit panel and an incident in the queue</source>
        <translation>Выберите наряд на панели нарядов и происшествие в очереди</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="693"/>
        <source>%1 reassigned to %2</source>
        <translation>%1 перенаправлен на %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="698"/>
        <source>Reassign %1</source>
        <translation>Перенаправить %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="699"/>
        <source>Why is %1 moved to %2?</source>
        <translation>Почему %1 перенаправляется на %2?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="711"/>
        <source>%1 closed</source>
        <translation>%1 закрыто</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="722"/>
        <source>Reopen %1</source>
        <translation>Открыть заново %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="722"/>
        <source>Why?</source>
        <translation>Причина?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="723"/>
        <source>%1 reopened</source>
        <translation>%1 открыто заново</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="817"/>
        <source>not found: unverified, place it on the map (Ctrl+M)</source>
        <translation>не найдено: не подтверждено, укажите на карте (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="822"/>
        <source>%1 · precinct %2 · confidence %3</source>
        <translation>%1 · участок %2 · уверенность %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="844"/>
        <source>Click the map where %1 is</source>
        <translation>Щёлкните на карте, где находится %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="851"/>
        <source>%1 placed on the map</source>
        <translation>%1: место указано на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="866"/>
        <source>placed on the map: %1, %2</source>
        <translation>указано на карте: %1, %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="893"/>
        <source>%1 saved</source>
        <translation>%1 сохранено</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="932"/>
        <source>The call being taken when the desk stopped has been restored</source>
        <translation>Восстановлен вызов, который принимался при остановке программы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="972"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="976"/>
        <source>Database unavailable, retrying: %1</source>
        <translation>База данных недоступна, повтор: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="985"/>
        <source>Open incidents: %1 (%2)</source>
        <translation>Открытые происшествия: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="995"/>
        <source>Units: %1</source>
        <translation>Наряды: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="999"/>
        <source>Dispatch Desk</source>
        <translation>Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1003"/>
        <source>(demo data)</source>
        <translation>(демо-данные)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1017"/>
        <source>Dispatch Desk %1</source>
        <translation>Dispatch Desk %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1020"/>
        <source>Demo city map data © OpenStreetMap contributors, available under the Open Database Licence (ODbL) 1.0. The precincts, street positions, units and incidents of the demo are illustrative.</source>
        <translation>Картографические данные демо-города © участники OpenStreetMap, по лицензии Open Database Licence (ODbL) 1.0. Участки, расположение улиц, наряды и происшествия демо-данных условны.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1028"/>
        <source>About Dispatch Desk</source>
        <translation>О программе Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1036"/>
        <source>Save the call</source>
        <translation>Сохранить вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1037"/>
        <source>Discard the call</source>
        <translation>Отменить вызов</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1037"/>
        <source>Link the call to the likely duplicate</source>
        <translation>Связать вызов с возможным дублем</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1038"/>
        <source>Place the call on the map</source>
        <translation>Указать место вызова на карте</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1043"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1046"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1046"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="77"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="79"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="81"/>
        <source>Voice message</source>
        <translation>Голосовое сообщение</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="142"/>
        <source>Media: %1</source>
        <translation>Медиа: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="147"/>
        <source>The photo cannot be shown (file missing or damaged).</source>
        <translation>Фото невозможно показать (файл отсутствует или повреждён).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="151"/>
        <source>Wheel or +/− zooms, 0 fits, drag moves</source>
        <translation>Колесо или +/− — масштаб, 0 — по размеру окна, перетаскивание — сдвиг</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="164"/>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="212"/>
        <source>Play (Space)</source>
        <translation>Воспроизвести (Пробел)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="186"/>
        <source>The file is missing.</source>
        <translation>Файл отсутствует.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="212"/>
        <source>Pause (Space)</source>
        <translation>Пауза (Пробел)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="215"/>
        <source>Cannot play: %1</source>
        <translation>Невозможно воспроизвести: %1</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="45"/>
        <source>Unit</source>
        <translation>Наряд</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="46"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="47"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="48"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="49"/>
        <source>In status</source>
        <translation>В статусе</translation>
    </message>
</context>
</TS>
