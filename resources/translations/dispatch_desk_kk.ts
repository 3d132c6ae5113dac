<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
        <translation>Көше мен үй немесе координаттар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="61"/>
        <source>Place on map (Ctrl+M)</source>
        <translation>Картада белгілеу (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="67"/>
        <source>What happened (Ctrl+Enter saves)</source>
        <translation>Не болды (Ctrl+Enter — сақтау)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="71"/>
        <source>Link to it (Ctrl+L)</source>
        <translation>Байланыстыру (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="73"/>
        <source>Save (Enter)</source>
        <translation>Сақтау (Enter)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="75"/>
        <source>Discard (Esc)</source>
        <translation>Бас тарту (Esc)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="78"/>
        <source>Caller phone</source>
        <translation>Өтініш берушінің телефоны</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="79"/>
        <source>Caller name</source>
        <translation>Өтініш берушінің аты</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="80"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="84"/>
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="85"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="86"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="87"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="154"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="172"/>
        <source>Category default</source>
        <translation>Санат бойынша</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="174"/>
        <source>1 — life in danger</source>
        <translation>1 — өмірге қауіп</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="174"/>
        <source>2 — urgent</source>
        <translation>2 — шұғыл</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="174"/>
        <source>3 — routine</source>
        <translation>3 — кәдімгі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="175"/>
        <source>4 — no urgency</source>
        <translation>4 — шұғыл емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="186"/>
        <source>looking up…</source>
        <translation>ізделуде…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="216"/>
        <source>unverified: type an address or place it on the map</source>
        <translation>расталмаған: мекенжайды енгізіңіз немесе картада белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="227"/>
        <source>Likely duplicate: %1</source>
        <translation>Ықтимал қайталану: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="233"/>
        <source>Linked to %1</source>
        <translation>%1 оқиғасымен байланыстырылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="300"/>
        <source>Discard the call?</source>
        <translation>Қоңыраудан бас тарту керек пе?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/call_form.py" line="300"/>
        <source>Everything typed for this call will be lost.</source>
        <translation>Осы қоңырау бойынша енгізілгеннің бәрі жоғалады.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1080"/>
        <source>Close %1</source>
        <translation>%1 жабу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1084"/>
        <source>Sent to the author of the report</source>
        <translation>Хабарлама авторына жіберіледі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1086"/>
        <source>Disposition</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1087"/>
        <source>Measures taken (for the citizen)</source>
        <translation>Қабылданған шаралар (өтініш берушіге)</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="63"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="64"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="65"/>
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="66"/>
        <source>Caller</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="67"/>
        <source>Units</source>
        <translation>Жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="71"/>
        <source>Dispatch first (Ctrl+D)</source>
        <translation>Біріншісін жіберу (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="71"/>
        <source>En route (Ctrl+E)</source>
        <translation>Жолда (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="72"/>
        <source>On scene (Ctrl+O)</source>
        <translation>Орнында (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="72"/>
        <source>Clear unit (Ctrl+K)</source>
        <translation>Жасақты босату (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="73"/>
        <source>Reassign unit here (Ctrl+R)</source>
        <translation>Жасақты мұнда қайта жіберу (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="73"/>
        <source>Close (Ctrl+Shift+C)</source>
        <translation>Жабу (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="74"/>
        <source>Reopen (Ctrl+Shift+O)</source>
        <translation>Қайта ашу (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="74"/>
        <source>Place on map (Ctrl+Shift+M)</source>
        <translation>Картада белгілеу (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="88"/>
        <source>Recommended units (Ctrl+1…9 sends)</source>
        <translation>Ұсынылған жасақтар (Ctrl+1…9 — жіберу)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="90"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="106"/>
        <source>%1 km, about %2 min</source>
        <translation>%1 км, шамамен %2 мин</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="109"/>
        <source>own precinct</source>
        <translation>өз учаскесі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="110"/>
        <source>from precinct %1</source>
        <translation>%1 учаскесінен</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="111"/>
        <source>traffic unit for a road incident</source>
        <translation>жол оқиғасына жол полициясы жасағы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="112"/>
        <source>returning from another job</source>
        <translation>басқа шақырудан қайтып келе жатыр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="113"/>
        <source>position %1 min old: unknown</source>
        <translation>орны %1 мин бұрын: белгісіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="114"/>
        <source>position unknown</source>
        <translation>орны белгісіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="115"/>
        <source>incident not located: by precinct</source>
        <translation>орны анықталмаған: учаске бойынша</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="133"/>
        <source>No incident selected</source>
        <translation>Оқиға таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="149"/>
        <source>unverified: place it on the map</source>
        <translation>расталмаған: картада белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="153"/>
        <source>precinct %1</source>
        <translation>учаске %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="155"/>
        <source>app account %1</source>
        <translation>қосымшадағы тіркелгі %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="158"/>
        <source>%1 (reported in the 102 app)</source>
        <translation>%1 («102» қосымшасынан хабарлама)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="162"/>
        <source>Video call requested</source>
        <translation>Бейнеқоңырау сұралды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="164"/>
        <source>Attachments: %1</source>
        <translation>Тіркемелер: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/detail.py" line="169"/>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>P</source>
        <translation>Б</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>Age</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="72"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="73"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="73"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="73"/>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="73"/>
        <source>Units</source>
        <translation>Жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/incidents.py" line="113"/>
        <source>(location only)</source>
        <translation>(тек координаттар)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="10"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="11"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="20"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="70"/>
        <source>dispatched</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="12"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="21"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="71"/>
        <source>en route</source>
        <translation>жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="13"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="22"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="72"/>
        <source>on scene</source>
        <translation>орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="14"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="74"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="15"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="75"/>
        <source>cancelled</source>
        <translation>күшін жойды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="16"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="76"/>
        <source>reopened</source>
        <translation>қайта ашылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="19"/>
        <source>available</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="23"/>
        <source>returning</source>
        <translation>қайтып келе жатыр</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="24"/>
        <source>busy</source>
        <translation>бос емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="25"/>
        <source>off shift</source>
        <translation>кезекшілікте емес</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="28"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="29"/>
        <source>102 app</source>
        <translation>102 қосымшасы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="30"/>
        <source>video call</source>
        <translation>бейне қоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="31"/>
        <source>walk-in</source>
        <translation>жеке өтініш</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="52"/>
        <source>P%1</source>
        <translation>Б%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="63"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="64"/>
        <source>from the address</source>
        <translation>мекенжай бойынша</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="65"/>
        <location filename="../../dispatch_desk/ui/labels.py" line="77"/>
        <source>placed on the map</source>
        <translation>картада белгіленген</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="66"/>
        <source>unverified</source>
        <translation>расталмаған</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="69"/>
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/labels.py" line="73"/>
        <source>unit cleared</source>
        <translation>жасақ босатылды</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="115"/>
        <source>Search number, address, caller, text (Ctrl+F)</source>
        <translation>Іздеу: нөмір, мекенжай, өтініш беруші, мәтін (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="118"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="119"/>
        <source>All today</source>
        <translation>Бүгінгінің бәрі</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="122"/>
        <source>All channels</source>
        <translation>Барлық арналар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="158"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="174"/>
        <source>Loading the map…</source>
        <translation>Карта жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="179"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="182"/>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1036"/>
        <source>New call</source>
        <translation>Жаңа қоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="185"/>
        <source>Units</source>
        <translation>Жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="188"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="193"/>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
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
        <translation>&amp;Жаңа қоңырау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="269"/>
        <source>&amp;Search the queue</source>
        <translation>Кезектен &amp;іздеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="270"/>
        <source>Go to the &amp;queue</source>
        <translation>&amp;Кезекке өту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="272"/>
        <source>Go to the &amp;units</source>
        <translation>&amp;Жасақтарға өту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="275"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="276"/>
        <source>&amp;Incident</source>
        <translation>&amp;Оқиға</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="277"/>
        <source>&amp;Dispatch the first recommended unit</source>
        <translation>Ұсынылған бірінші жасақты &amp;жіберу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="280"/>
        <source>Dispatch recommended unit %1</source>
        <translation>Ұсынылған %1-жасақты жіберу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="286"/>
        <source>Unit &amp;en route</source>
        <translation>Жасақ &amp;жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="289"/>
        <source>Unit &amp;on scene</source>
        <translation>Жасақ &amp;орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="291"/>
        <source>&amp;Clear unit</source>
        <translation>&amp;Жасақты босату</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="293"/>
        <source>&amp;Reassign selected unit here…</source>
        <translation>Таңдалған жасақты мұнда &amp;қайта жіберу…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="295"/>
        <source>Cl&amp;ose incident…</source>
        <translation>Оқиғаны &amp;жабу…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="296"/>
        <source>Re&amp;open incident…</source>
        <translation>Оқиғаны қайта &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="298"/>
        <source>&amp;Place incident on the map</source>
        <translation>Оқиға орнын картада &amp;белгілеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="300"/>
        <source>&amp;Units</source>
        <translation>&amp;Жасақтар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="303"/>
        <source>Set selected unit: %1</source>
        <translation>Таңдалған жасақ: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="305"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="307"/>
        <source>&amp;Night palette</source>
        <translation>&amp;Түнгі палитра</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="317"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="318"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="319"/>
        <source>&amp;About Dispatch Desk</source>
        <translation>Dispatch Desk &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="415"/>
        <location filename="../../dispatch_desk/ui/main_window.py" line="416"/>
        <source>All precincts</source>
        <translation>Барлық учаскелер</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="426"/>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="441"/>
        <source>102 app</source>
        <translation>«102» қосымшасы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="442"/>
        <source>photos: %1</source>
        <translation>фото: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="442"/>
        <source>videos: %1</source>
        <translation>бейне: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="443"/>
        <source>voice messages: %1</source>
        <translation>дауыстық: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="447"/>
        <source>video call requested</source>
        <translation>бейнеқоңырау сұралды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="506"/>
        <source>New app report(s): %1</source>
        <translation>Қосымшадан жаңа хабарламалар: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="612"/>
        <source>Changed by someone else</source>
        <translation>Басқа оператор өзгертті</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="616"/>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="624"/>
        <location filename="../../dispatch_desk/ui/main_window.py" line="786"/>
        <source>%1 dispatched to %2</source>
        <translation>%1 %2 оқиғасына жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="644"/>
        <source>%1 en route</source>
        <translation>%1 жолда</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="645"/>
        <source>%1 on scene</source>
        <translation>%1 орнында</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="646"/>
        <source>%1 cleared</source>
        <translation>%1 босатылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="686"/>
        <source>Select a unit in the unit panel and an incident in the queue</source>
        <translation>Жасақтар тақтасынан жасақты, кезектен оқиғаны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="693"/>
        <source>%1 reassigned to %2</source>
        <translation>%1 %2 оқиғасына қайта жіберілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="698"/>
        <source>Reassign %1</source>
        <translation>%1 қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="699"/>
        <source>Why is %1 moved to %2?</source>
        <translation>%1 неліктен %2 оқиғасына ауыстырылады?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="711"/>
        <source>%1 closed</source>
        <translation>%1 жабылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="722"/>
        <source>Reopen %1</source>
        <translation>%1 қайта ашу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="722"/>
        <source>Why?</source>
        <translation>Себебі?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="723"/>
        <source>%1 reopened</source>
        <translation>%1 қайта ашылды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="817"/>
        <source>not found: unverified, place it on the map (Ctrl+M)</source>
        <translation>табылмады: расталмаған, картада белгілеңіз (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="822"/>
        <source>%1 · precinct %2 · confidence %3</source>
        <translation>%1 · учаске %2 · сенімділік %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="844"/>
        <source>Click the map where %1 is</source>
        <translation>%1 орналасқан жерді картадан басыңыз</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="851"/>
        <source>%1 placed on the map</source>
        <translation>%1 орны картада белгіленді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="866"/>
        <source>placed on the map: %1, %2</source>
        <translation>картада белгіленді: %1, %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="893"/>
        <source>%1 saved</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="932"/>
        <source>The call being taken when the desk stopped has been restored</source>
        <translation>Бағдарлама тоқтаған кезде қабылданып жатқан қоңырау қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="972"/>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="976"/>
        <source>Database unavailable, retrying: %1</source>
        <translation>Дерекқор қолжетімсіз, қайталау: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="985"/>
        <source>Open incidents: %1 (%2)</source>
        <translation>Ашық оқиғалар: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="995"/>
        <source>Units: %1</source>
        <translation>Жасақтар: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="999"/>
        <source>Dispatch Desk</source>
        <translation>Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1003"/>
        <source>(demo data)</source>
        <translation>(демо деректер)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1017"/>
        <source>Dispatch Desk %1</source>
        <translation>Dispatch Desk %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1020"/>
        <source>Demo city map data © OpenStreetMap contributors, available under the Open Database Licence (ODbL) 1.0. The precincts, street positions, units and incidents of the demo are illustrative.</source>
        <translation>Демо қала картасының деректері © OpenStreetMap қатысушылары, Open Database Licence (ODbL) 1.0 лицензиясы бойынша. Демо деректердегі учаскелер, көшелердің орны, жасақтар мен оқиғалар шартты.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1028"/>
        <source>About Dispatch Desk</source>
        <translation>Dispatch Desk туралы</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1036"/>
        <source>Save the call</source>
        <translation>Қоңырауды сақтау</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1037"/>
        <source>Discard the call</source>
        <translation>Қоңыраудан бас тарту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1037"/>
        <source>Link the call to the likely duplicate</source>
        <translation>Қоңырауды ықтимал қайталанумен байланыстыру</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1038"/>
        <source>Place the call on the map</source>
        <translation>Қоңырау орнын картада белгілеу</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1043"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1046"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/main_window.py" line="1046"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
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
        <translation>Бейне</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="81"/>
        <source>Voice message</source>
        <translation>Дауыстық хабарлама</translation>
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
        <translation>Фотоны көрсету мүмкін емес (файл жоқ немесе бүлінген).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="151"/>
        <source>Wheel or +/− zooms, 0 fits, drag moves</source>
        <translation>Дөңгелек немесе +/− — масштаб, 0 — терезеге сыйдыру, сүйреу — жылжыту</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="164"/>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="212"/>
        <source>Play (Space)</source>
        <translation>Ойнату (Бос орын)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="186"/>
        <source>The file is missing.</source>
        <translation>Файл жоқ.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="212"/>
        <source>Pause (Space)</source>
        <translation>Кідірту (Бос орын)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/widgets/media.py" line="215"/>
        <source>Cannot play: %1</source>
        <translation>Ойнату мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="45"/>
        <source>Unit</source>
        <translation>Жасақ</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="46"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="47"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="48"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/models/units.py" line="49"/>
        <source>In status</source>
        <translation>Мәртебеде</translation>
    </message>
</context>
</TS>
