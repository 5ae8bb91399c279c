#include "demodata.h"

#include "democonferences.h"

#include "assessments.h"
#include "demoassessments.h"

#include "casefiles.h"
#include "demoplans.h"
#include "recordstore.h"
#include "testdatasession.h"
#include "vocabulary.h"

#include <QSet>

#include <memory>
#include <random>

namespace casedesk {

namespace {

struct People
{
    const char *country;
    const char *phonePrefix;
    const char *languages;
    QStringList familyMale;
    QStringList male;
    QStringList female;
    QStringList regions;
    bool russianPatronymics;
};

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QList<People> &peoples()
{
    static const QList<People> list = {
        { "KZ", "+7 70", "kk, ru",
          split("Қасымов Нұрланов Әбдірахманов Серікбаев Жұмабеков Омаров Ахметов Сейітов "
                "Байжанов Тоқтаров Құрманов Есенов Ғабдуллин Мұқанов Ержанов"),
          split("Қайрат Нұрлан Ерлан Серік Асхат Дәурен Бауыржан Ғалым Жандос Мұрат Айдос "
                "Ерболат"),
          split("Айгүл Гүлнар Әсел Жанар Динара Сәуле Айжан Меруерт Ғалия Ақмарал Назым "
                "Дана"),
          split("Ақмола Алматы Қарағанды Түркістан Павлодар Жамбыл"), true },
        { "KG", "+996 55", "ky, ru",
          split("Абдыкадыров Мамытов Токтогулов Жээнбеков Осмонов Бейшеналиев Турсунбаев "
                "Исаков Сыдыков Канатбеков"),
          split("Азамат Нурбек Бакыт Айбек Талант Эрмек Улан Мирлан Өмүр Жыргал"),
          split("Айпери Гүлзат Жылдыз Нургүл Айзада Чолпон Бермет Айнура Мээрим Асель"),
          split("Чүй Ош Нарын Ысык-Көл Талас Жалал-Абад"), true },
        { "UZ", "+998 90", "uz, ru",
          split("Каримов Юсупов Рахимов Турсунов Холматов Эргашев Султонов Назаров Ғуломов "
                "Ўринбоев"),
          split("Шерзод Ботир Жасур Улуғбек Фаррух Отабек Ҳусан Дилшод Санжар Акмал"),
          split("Дилноза Гулнора Малика Нигора Шаҳноза Зарина Феруза Мадина Севара Ҳилола"),
          split("Тошкент Самарқанд Фарғона Андижон Наманган Бухоро"), true },
        { "TJ", "+992 93", "tg, ru",
          split("Раҳимов Назаров Каримов Шарипов Ҷӯраев Саидов Қодиров Ҳасанов Мирзоев "
                "Ғафуров"),
          split("Фирӯз Далер Ҷамшед Сӯҳроб Бахтиёр Фаридун Исмоил Манучеҳр Рустам Зафар"),
          split("Мадина Нигина Зарина Гулноза Шаҳло Меҳрона Фарзона Сайёра Парвина Дилафрӯз"),
          split("Душанбе Хатлон Суғд Бадахшон Ҳисор Кӯлоб"), true },
        { "AM", "+374 91", "hy, ru",
          split("Петросян Саргсян Акопян Григорян Мкртчян Оганесян Варданян Арутюнян "
                "Хачатрян Геворгян"),
          split("Арам Давид Тигран Армен Гагик Ашот Левон Нарек Самвел Рубен"),
          split("Анна Мариам Ани Гаяне Лусине Нарине Сона Армине Астхик Элен"),
          split("Ереван Ширак Лори Котайк Арарат Сюник"), false },
        { "RU", "+7 91", "ru",
          split("Иванов Фёдоров Петров Смирнов Кузнецов Соловьёв Воробьёв Морозов Волков "
                "Лебедев Ковалёв Новиков"),
          split("Иван Алексей Сергей Дмитрий Фёдор Андрей Михаил Николай Артём Пётр"),
          split("Анна Елена Ольга Татьяна Наталья Мария Алёна Ирина Юлия Светлана"),
          split("Омская Оренбургская Новосибирская Алтайская Челябинская Астраханская"), true },
    };
    return list;
}

QString femaleFamily(const QString &male)
{
    for (const char *end : { "ов", "ев", "ёв", "ин" })
        if (male.endsWith(QString::fromUtf8(end)))
            return male + QString::fromUtf8("а");
    return male;
}

QString patronymic(const QString &father, bool female)
{
    QString base = father == QString::fromUtf8("Пётр") ? QString::fromUtf8("Петр") : father;
    if (base.endsWith(QString::fromUtf8("ил"))) // Михаил → Михайлович
        return base.chopped(2) + QString::fromUtf8(female ? "йловна" : "йлович");
    if (base.endsWith(QString::fromUtf8("й")))
        return base.chopped(1) + QString::fromUtf8(female ? "евна" : "евич");
    return base + QString::fromUtf8(female ? "овна" : "ович");
}

class Generator
{
public:
    Generator(RecordStore &store, quint32 seed) : m_files(store), m_assessments(store), m_rng(seed)
    {
    }

    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(uniform(0, int(list.size()) - 1));
    }
    bool chance(int percent) { return uniform(1, 100) <= percent; }

    QString digits(int count)
    {
        QString s;
        for (int i = 0; i < count; ++i)
            s.append(QChar(u'0' + uniform(i == 0 ? 1 : 0, 9)));
        return s;
    }

    PersonData person(const People &p, bool female, int ageLow, int ageHigh, const QString &family)
    {
        PersonData d;
        d.familyName = female ? femaleFamily(family) : family;
        d.givenName = female ? pick(p.female) : pick(p.male);
        if (p.russianPatronymics)
            d.patronymic = patronymic(pick(p.male), female);
        d.sex = female ? QStringLiteral("female") : QStringLiteral("male");
        const QDate today = QDate::currentDate();
        const QDate birth = today.addDays(-uniform(ageLow * 365, ageHigh * 365 + 364));
        const int precision = uniform(1, 100);
        const QString iso = precision <= 85 ? birth.toString(Qt::ISODate)
            : precision <= 95               ? birth.toString(QStringLiteral("yyyy-MM"))
                                            : QString::number(birth.year());
        d.birthDate = PartialDate::parse(iso).value();
        d.citizenship = QString::fromLatin1(p.country);
        if (chance(70)) {
            d.idType = QStringLiteral("personal_number");
            d.idNumber = digits(12);
        } else if (ageHigh >= 16) {
            d.idType = QStringLiteral("passport");
            d.idNumber = QStringLiteral("N") + digits(8);
        }
        d.region = pick(p.regions);
        d.locality = d.region;
        d.street = QString::fromUtf8("ул. %1, д. %2")
                       .arg(pick(p.familyMale).left(6))
                       .arg(uniform(1, 120));
        d.languages = QString::fromLatin1(p.languages);
        if (ageHigh >= 16 && chance(85)) {
            const QString number = QString::fromLatin1(p.phonePrefix) + digits(1) + QLatin1Char(' ')
                + digits(3) + QLatin1Char('-') + digits(2) + QLatin1Char('-') + digits(2);
            d.phones.append({ QUuid(), number, QStringLiteral("mobile") });
        }
        return d;
    }

    Status oneCase(const QStringList &workers, int interactions, bool documents, bool assessments)
    {
        const People &p = pick(peoples());
        const bool female = chance(60);
        const QString family = pick(p.familyMale);
        NewCase c;
        c.client = person(p, female, 18, 75, family);
        c.assignedWorker = pick(workers);
        c.openedDate = QDate::currentDate().addDays(-uniform(0, 3 * 365));
        const QStringList categories = Vocabulary::codes(Vocabulary::categories());
        for (int i = uniform(1, 3); i > 0; --i) {
            const QString cat = pick(categories);
            if (!c.categories.contains(cat))
                c.categories << cat;
        }
        c.consentGiven = chance(90);
        c.consentDate = c.openedDate;
        c.consentScope
            = c.consentGiven ? DemoData::tr("Employment centre, social work centre") : QString();
        auto caseId = m_files.openCase(c);
        if (!caseId)
            return caseId.status();

        static const int sizeWeights[] = { 30, 25, 18, 12, 7, 4, 2, 1, 1 };
        int roll = uniform(1, 100), size = 1;
        for (int w : sizeWeights) {
            if ((roll -= w) <= 0)
                break;
            ++size;
        }
        for (int i = 1; i < std::min(size, 9); ++i) {
            const bool spouse = i == 1 && chance(60);
            const QString relationship = spouse ? QStringLiteral("spouse")
                : chance(80)                    ? QStringLiteral("child")
                                                : QStringLiteral("parent");
            const bool memberFemale = spouse ? !female : chance(50);
            const int low = relationship == QLatin1String("child") ? 0
                : relationship == QLatin1String("parent")          ? 50
                                                                   : 18;
            const int high = relationship == QLatin1String("child") ? 17
                : relationship == QLatin1String("parent")           ? 85
                                                                    : 70;
            const PersonData member = person(p, memberFemale, low, high, family);
            if (auto r = m_files.addHouseholdMember(caseId.value(), member, relationship); !r)
                return r.status();
        }

        static const char *const notes[] = {
            QT_TRANSLATE_NOOP("DemoData", "Discussed the job offers from the employment centre."),
            QT_TRANSLATE_NOOP("DemoData",
                              "Client brought the income certificates for the means test."),
            QT_TRANSLATE_NOOP("DemoData",
                              "Home visit: housing conditions checked, children at school."),
            QT_TRANSLATE_NOOP("DemoData", "Agreed next steps of the action plan."),
            QT_TRANSLATE_NOOP("DemoData", "Referred to the legal aid clinic for documents."),
            QT_TRANSLATE_NOOP("DemoData", "Phone follow-up: client attends the training course."),
        };
        const int count = interactions >= 0 ? interactions : uniform(2, 18);
        static const QStringList kinds = Vocabulary::codes(Vocabulary::interactionKinds());
        for (int i = 0; i < count; ++i) {
            Interaction in;
            in.occurredAt
                = QDateTime(c.openedDate.addDays(uniform(
                                0, std::max<qint64>(0, c.openedDate.daysTo(QDate::currentDate())))),
                            QTime(uniform(9, 17), uniform(0, 3) * 15));
            if (in.occurredAt > QDateTime::currentDateTime())
                in.occurredAt = QDateTime::currentDateTime().addSecs(-3600);
            in.kind = pick(kinds);
            in.worker = c.assignedWorker;
            in.note = DemoData::tr(notes[uniform(0, int(std::size(notes)) - 1)]);
            if (auto r = m_files.recordInteraction(caseId.value(), in); !r)
                return r.status();
        }
        if (assessments)
            if (Status s = DemoAssessments::addTo(m_assessments, caseId.value(), c.openedDate,
                                                  c.categories, m_rng);
                !s)
                return s;
        if (documents && chance(10))
            if (Status s = attachDemoDocument(caseId.value(), c.client); !s)
                return s;
        return m_plans ? m_plans->addTo(caseId.value(), c) : Status::ok();
    }

    Status attachDemoDocument(const QUuid &caseId, const PersonData &client);

private:
    CaseFiles m_files;
    Assessments m_assessments;
    std::mt19937 m_rng;
    std::unique_ptr<DemoPlans> m_plans;
    friend class casedesk::DemoData;
};

} // namespace

Status Generator::attachDemoDocument(const QUuid &caseId, const PersonData &client)
{
    // A small text standing in for a scanned certificate; stored like any attachment.
    const QString text
        = DemoData::tr("Certificate of family composition\n%1\n").arg(client.fullName());
    return m_files
        .attachContent(caseId, QStringLiteral("family-composition.txt"),
                       QStringLiteral("text/plain"), text.toUtf8())
        .status();
}

Status DemoData::generate(RecordStore &store, const Options &options,
                          const std::function<void(int)> &progress)
{
    const TestDataSession session(store);
    if (!session.status())
        return session.status();
    Generator generator(store, options.seed);
    if (options.plans) {
        generator.m_plans = std::make_unique<DemoPlans>(
            store, options.seed, options.assessments ? &generator.m_assessments : nullptr);
        if (Status s = generator.m_plans->prepare(); !s)
            return s;
    }
    QStringList workers;
    for (int i = 0; i < 12; ++i) {
        const People &p = generator.pick(peoples());
        const bool female = generator.chance(70);
        workers << (female ? generator.pick(p.female) : generator.pick(p.male)) + QLatin1Char(' ')
                + (female ? femaleFamily(generator.pick(p.familyMale))
                          : generator.pick(p.familyMale));
    }
    // A region has far more workers than a demonstration. Their names carry a patronymic and
    // are drawn again when taken, so that two caseloads rarely merge under one name.
    QSet<QString> taken(workers.cbegin(), workers.cend());
    while (workers.size() < options.workers) {
        QString name;
        for (int attempt = 0; attempt < 20 && (name.isEmpty() || taken.contains(name)); ++attempt) {
            const People &p = generator.pick(peoples());
            const bool female = generator.chance(70);
            const QString given = female ? generator.pick(p.female) : generator.pick(p.male);
            const QString father = generator.pick(p.male);
            const QString family = generator.pick(p.familyMale);
            name = given + QLatin1Char(' ')
                + (p.russianPatronymics ? patronymic(father, female) + QLatin1Char(' ') : QString())
                + (female ? femaleFamily(family) : family);
        }
        taken.insert(name);
        workers << name;
    }
    workers = workers.mid(0, std::max(1, options.workers));
    for (int done = 0; done < options.cases;) {
        WriteBatch batch(store);
        if (!batch.status())
            return batch.status();
        const int end = std::min(options.cases, done + std::max(1, options.batchSize));
        for (int i = done; i < end; ++i)
            if (Status s = generator.oneCase(workers, options.interactionsPerCase,
                                             options.documents, options.assessments);
                !s)
                return s;
        if (Status s = batch.commit(); !s)
            return s;
        done = end;
        if (progress)
            progress(done);
    }
    if (options.conferences)
        return DemoConferences::generate(store, options.seed);
    return Status::ok();
}

} // namespace casedesk
