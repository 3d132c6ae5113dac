"""The categories a centre starts with. They are copied into the database and edited there."""

from __future__ import annotations

from dispatch_desk.domain.entities import Category
from dispatch_desk.domain.enums import Priority as P

DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category(
        "fight_assault",
        P.LIFE_IN_DANGER,
        "Fight / assault",
        "Драка / нападение",
        "Төбелес / шабуыл",
        ("disturbing_peace", "robbery", "domestic_conflict"),
    ),
    Category(
        "robbery",
        P.LIFE_IN_DANGER,
        "Robbery",
        "Грабёж / разбой",
        "Тонау / қарақшылық",
        ("theft", "fight_assault"),
    ),
    Category(
        "domestic_conflict",
        P.URGENT,
        "Domestic conflict",
        "Семейно-бытовой конфликт",
        "Отбасылық-тұрмыстық жанжал",
        ("fight_assault", "disturbing_peace"),
    ),
    Category(
        "missing_person", P.URGENT, "Missing person", "Пропавший человек", "Хабар-ошарсыз кеткен адам", ()
    ),
    Category(
        "road_accident",
        P.URGENT,
        "Road accident",
        "ДТП",
        "Жол-көлік оқиғасы",
        ("drunk_driving", "traffic_violation"),
    ),
    Category(
        "drunk_driving",
        P.URGENT,
        "Drunk driving / driving without licence",
        "Пьяный водитель / вождение без прав",
        "Мас жүргізуші / куәліксіз жүргізу",
        ("road_accident", "traffic_violation"),
    ),
    Category("theft", P.ROUTINE, "Theft", "Кража", "Ұрлық", ("robbery", "fraud")),
    Category(
        "disturbing_peace",
        P.ROUTINE,
        "Disturbing the peace",
        "Нарушение общественного порядка",
        "Қоғамдық тәртіпті бұзу",
        ("noise_night", "fight_assault"),
    ),
    Category(
        "noise_night", P.ROUTINE, "Noise at night", "Шум в ночное время", "Түнгі шу", ("disturbing_peace",)
    ),
    Category("fraud", P.ROUTINE, "Fraud", "Мошенничество", "Алаяқтық", ("theft",)),
    Category(
        "traffic_violation",
        P.ROUTINE,
        "Red-light and other traffic violations",
        "Проезд на красный и другие нарушения ПДД",
        "Қызыл шамнан өту және басқа ЖҚЕ бұзушылықтары",
        ("drunk_driving", "illegal_parking"),
    ),
    Category(
        "corruption_report",
        P.ROUTINE,
        "Corruption report",
        "Сообщение о коррупции",
        "Сыбайлас жемқорлық туралы хабар",
        (),
        confidential=True,
    ),
    Category(
        "police_complaint",
        P.ROUTINE,
        "Complaint about a police officer",
        "Жалоба на сотрудника полиции",
        "Полиция қызметкеріне шағым",
        (),
        confidential=True,
    ),
    Category(
        "illegal_parking",
        P.NO_URGENCY,
        "Illegal parking",
        "Неправильная парковка",
        "Заңсыз тұраққа қою",
        ("traffic_violation",),
    ),
    Category(
        "smoking_entrance",
        P.NO_URGENCY,
        "Smoking in entrances",
        "Курение в подъездах",
        "Кіреберісте темекі шегу",
        ("disturbing_peace",),
    ),
    Category(
        "road_conditions",
        P.NO_URGENCY,
        "Poor road conditions",
        "Плохое состояние дорог",
        "Жолдың нашар жағдайы",
        (),
    ),
    Category("consultation", P.NO_URGENCY, "Consultation", "Консультация", "Кеңес беру", ()),
    Category("other", P.ROUTINE, "Other", "Другое", "Басқа", ()),
)


def default_category_codes() -> tuple[str, ...]:
    return tuple(c.code for c in DEFAULT_CATEGORIES)
