#include "sandbox/SandboxCity.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <utility>

namespace Open311 {

namespace {

const char* const kContext = "Open311::SandboxCity";

// Proper names, the same in every language, so none may read as a number in a language the app
// ships: Spanish read "Quince Street" as "Calle Quince", fifteen, beside "Avenida 15".
const char* const kTrees[] = { "Acacia", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo",
    "Hazel", "Ivy", "Juniper", "Linden", "Maple", "Nutmeg", "Oak", "Pine", "Poplar", "Rowan",
    "Spruce", "Tamarack", "Walnut", "Yew" };

struct Phrase
{
    const char* source;
    const char* comment;
};

const Phrase kAvenueForm { QT_TRANSLATE_NOOP("Open311::SandboxCity", "%1 Avenue"), nullptr };
const Phrase kStreetForm { QT_TRANSLATE_NOOP("Open311::SandboxCity", "%1 Street"), nullptr };
const Phrase kCityName { QT_TRANSLATE_NOOP("Open311::SandboxCity", "Sandbox City"), nullptr };
const Phrase kAnd = QT_TRANSLATE_NOOP3(
    "Open311::SandboxCity", "and", "joins two roads into a crossing: Oak Street and 5th Avenue");
const Phrase kOrdinalTh
    = QT_TRANSLATE_NOOP3("Open311::SandboxCity", "%1th", "ordinal: 4th, 11th, 12th");
const Phrase kOrdinalSt = QT_TRANSLATE_NOOP3("Open311::SandboxCity", "%1st", "ordinal: 1st, 21st");
const Phrase kOrdinalNd = QT_TRANSLATE_NOOP3("Open311::SandboxCity", "%1nd", "ordinal: 2nd, 22nd");
const Phrase kOrdinalRd = QT_TRANSLATE_NOOP3("Open311::SandboxCity", "%1rd", "ordinal: 3rd, 23rd");

// Abbreviations people type in the languages the app ships; the full words come from the
// translations themselves.
const char* const kAvenueAbbreviations[] = { "av", "ave", "avd", "avda" };
const char* const kStreetAbbreviations[] = { "st", "str", "c" };

constexpr double kMetersPerDegreeLatitude = 111320.0;
constexpr int kRoadCount = 2 * (2 * SandboxCity::kLinesPerSide + 1);

double metersPerDegreeLongitude()
{
    return kMetersPerDegreeLatitude * std::cos(qDegreesToRadians(SandboxCity::kCenterLatitude));
}

using Translate = std::function<QString(const Phrase&)>;

// "1st", "22nd" in English; a translation has its own form for each ending (Spanish writes the
// bare number: "Avenida 11", not "Avenida 11th").
QString ordinal(const Translate& translate, int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    const Phrase* form = &kOrdinalTh;
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            form = &kOrdinalSt;
        else if (last == 2)
            form = &kOrdinalNd;
        else if (last == 3)
            form = &kOrdinalRd;
    }
    return translate(*form).arg(n);
}

QString roadNameIn(const Translate& translate, bool isAvenue, int index)
{
    if (isAvenue)
        return translate(kAvenueForm)
            .arg(ordinal(translate, index + SandboxCity::kLinesPerSide + 1));
    return translate(kStreetForm).arg(QLatin1String(kTrees[index + SandboxCity::kLinesPerSide]));
}

// In the order of SandboxCity::roads().
int slotOf(bool isAvenue, int index)
{
    return (index + SandboxCity::kLinesPerSide) * 2 + (isAvenue ? 0 : 1);
}

bool slotIsAvenue(int slot)
{
    return slot % 2 == 0;
}

int slotIndex(int slot)
{
    return slot / 2 - SandboxCity::kLinesPerSide;
}

// How one language names the city.
struct Vocabulary
{
    QStringList roadNames; // by slot
    QString avenueForm;
    QString streetForm;
    QString andWord;
    QString cityName;
};

Vocabulary vocabularyOf(const Translate& translate)
{
    Vocabulary vocabulary;
    for (int slot = 0; slot < kRoadCount; ++slot)
        vocabulary.roadNames.append(roadNameIn(translate, slotIsAvenue(slot), slotIndex(slot)));
    vocabulary.avenueForm = translate(kAvenueForm);
    vocabulary.streetForm = translate(kStreetForm);
    vocabulary.andWord = translate(kAnd);
    vocabulary.cityName = translate(kCityName);
    return vocabulary;
}

// The city's own names, then those of every translation the app ships, whatever language it
// runs in: a caller may say "Oak Street" to a Spanish-speaking agent, or "Calle Oak" to an
// English-speaking one.
const QList<Vocabulary>& shippedVocabularies()
{
    static const QList<Vocabulary> vocabularies = [] {
        QList<Vocabulary> found;
        found.append(
            vocabularyOf([](const Phrase& phrase) { return QString::fromUtf8(phrase.source); }));
        const QDir dir(QStringLiteral(":/i18n"));
        const QStringList files
            = dir.entryList({ QStringLiteral("open311_*.qm") }, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            QTranslator translator;
            if (!translator.load(dir.filePath(file)))
                continue;
            found.append(vocabularyOf([&translator](const Phrase& phrase) {
                const QString text = translator.translate(kContext, phrase.source, phrase.comment);
                return text.isEmpty() ? QString::fromUtf8(phrase.source) : text;
            }));
        }
        return found;
    }();
    return vocabularies;
}

QString currentTranslation(const Phrase& phrase)
{
    return QCoreApplication::translate(kContext, phrase.source, phrase.comment);
}

// Every name is made of these phrases, so they tell when the app's language has changed.
QString currentFingerprint()
{
    QString fingerprint;
    for (const Phrase* phrase : { &kAvenueForm, &kStreetForm, &kCityName, &kAnd, &kOrdinalTh,
             &kOrdinalSt, &kOrdinalNd, &kOrdinalRd }) {
        fingerprint += currentTranslation(*phrase);
        fingerprint += QLatin1Char('\n');
    }
    return fingerprint;
}

// Lower case, without accents or punctuation: "Avenída 11," and "avenida 11" are the same words.
QStringList wordsOf(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        plain.append(c.isLetterOrNumber() ? c.toCaseFolded() : QChar(QLatin1Char(' ')));
    }
    return plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isHouseNumber(const QString& word)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,5}$"));
    return digits.match(word).hasMatch();
}

enum Kinds
{
    NoKind = 0,
    AvenueKind = 1,
    StreetKind = 2
};

// Every language's words for the city's roads, so an address is understood in any of them.
struct Lexicon
{
    QSet<QString> avenueWords;
    QSet<QString> streetWords;
    QList<QStringList> cityNames;
    QRegularExpression crossing;
    // A road's distinctive words ("oak", "11"), sorted and joined, to the roads they name.
    QHash<QString, QList<int>> slotsByKey;
    // Every spelling of every road, for search as the user types; in road order.
    QList<std::pair<QString, int>> spellings;

    // The words that tell one road from another: a road is "oak" in "Calle Oak" and "Oak St",
    // and "11" in "11th Avenue" and "Avenida 11". `kinds` says which kind of road was named.
    QString keyOf(const QStringList& words, int& kinds) const
    {
        static const QRegularExpression ordinal(
            QStringLiteral("^(\\d{1,5})(?:st|nd|rd|th|\\x{00BA}|\\x{00AA})$"));
        QStringList rest;
        for (const QString& word : words) {
            if (avenueWords.contains(word)) {
                kinds |= AvenueKind;
            } else if (streetWords.contains(word)) {
                kinds |= StreetKind;
            } else if (const QRegularExpressionMatch match = ordinal.match(word);
                       match.hasMatch()) {
                rest.append(QString::number(match.captured(1).toInt()));
            } else if (isHouseNumber(word)) {
                rest.append(QString::number(word.toInt()));
            } else {
                rest.append(word);
            }
        }
        rest.sort();
        return rest.join(QLatin1Char(' '));
    }

    std::optional<SandboxCity::Road> road(const QStringList& words) const
    {
        int kinds = NoKind;
        const QString key = keyOf(words, kinds);
        if (key.isEmpty() || kinds == (AvenueKind | StreetKind))
            return std::nullopt;
        for (const int slot : slotsByKey.value(key)) {
            const bool isAvenue = slotIsAvenue(slot);
            if (kinds == NoKind || (kinds == AvenueKind) == isAvenue) {
                const int index = slotIndex(slot);
                return SandboxCity::Road { SandboxCity::roadName(isAvenue, index), isAvenue,
                    index };
            }
        }
        return std::nullopt;
    }

    // "123 Oak Street, Sandbox City" is what the geocoder itself answers.
    QStringList withoutCity(QStringList words) const
    {
        for (const QStringList& city : cityNames) {
            if (words.size() > city.size() && words.mid(words.size() - city.size()) == city) {
                words.resize(words.size() - city.size());
                break;
            }
        }
        return words;
    }
};

std::shared_ptr<const Lexicon> buildLexicon(const QList<Vocabulary>& vocabularies)
{
    auto lexicon = std::make_shared<Lexicon>();
    for (const char* word : kAvenueAbbreviations)
        lexicon->avenueWords.insert(QString::fromLatin1(word));
    for (const char* word : kStreetAbbreviations)
        lexicon->streetWords.insert(QString::fromLatin1(word));
    QStringList separators { QStringLiteral("&"), QStringLiteral("/") };
    for (const Vocabulary& vocabulary : vocabularies) {
        for (const QString& word :
            wordsOf(QString(vocabulary.avenueForm).remove(QStringLiteral("%1"))))
            lexicon->avenueWords.insert(word);
        for (const QString& word :
            wordsOf(QString(vocabulary.streetForm).remove(QStringLiteral("%1"))))
            lexicon->streetWords.insert(word);
        const QStringList city = wordsOf(vocabulary.cityName);
        if (!city.isEmpty() && !lexicon->cityNames.contains(city))
            lexicon->cityNames.append(city);
        const QString word = vocabulary.andWord.simplified();
        if (!word.isEmpty()) {
            const QString separator
                = QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word));
            if (!separators.contains(separator))
                separators.append(separator);
        }
    }
    lexicon->crossing = QRegularExpression(
        QStringLiteral("\\s*(?:%1)\\s*").arg(separators.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const Vocabulary& vocabulary : vocabularies) {
        for (int slot = 0; slot < kRoadCount; ++slot) {
            const QStringList words = wordsOf(vocabulary.roadNames.value(slot));
            int kinds = NoKind;
            const QString key = lexicon->keyOf(words, kinds);
            if (key.isEmpty())
                continue;
            QList<int>& slots = lexicon->slotsByKey[key];
            if (!slots.contains(slot))
                slots.append(slot);
            lexicon->spellings.append({ words.join(QLatin1Char(' ')), slot });
        }
    }
    std::stable_sort(lexicon->spellings.begin(), lexicon->spellings.end(),
        [](const auto& a, const auto& b) { return a.second < b.second; });
    return lexicon;
}

// Built again only when the app's language changes.
std::shared_ptr<const Lexicon> lexicon()
{
    static QMutex mutex;
    static QString builtFor;
    static std::shared_ptr<const Lexicon> built;
    const QString fingerprint = currentFingerprint();
    const QMutexLocker locker(&mutex);
    if (!built || fingerprint != builtFor) {
        QList<Vocabulary> vocabularies = shippedVocabularies();
        vocabularies.prepend(vocabularyOf(currentTranslation));
        built = buildLexicon(vocabularies);
        builtFor = fingerprint;
    }
    return built;
}

} // namespace

QString SandboxCity::cityName()
{
    return tr("Sandbox City");
}

QString SandboxCity::roadName(bool isAvenue, int index)
{
    return roadNameIn(currentTranslation, isAvenue, index);
}

QList<SandboxCity::Road> SandboxCity::roads()
{
    QList<Road> list;
    for (int i = -kLinesPerSide; i <= kLinesPerSide; ++i) {
        list.append({ roadName(true, i), true, i });
        list.append({ roadName(false, i), false, i });
    }
    return list;
}

void SandboxCity::toMeters(double latitude, double longitude, double& east, double& north)
{
    north = (latitude - kCenterLatitude) * kMetersPerDegreeLatitude;
    east = (longitude - kCenterLongitude) * metersPerDegreeLongitude();
}

void SandboxCity::fromMeters(double east, double north, double& latitude, double& longitude)
{
    latitude = kCenterLatitude + north / kMetersPerDegreeLatitude;
    longitude = kCenterLongitude + east / metersPerDegreeLongitude();
}

bool SandboxCity::contains(double latitude, double longitude)
{
    double east = 0;
    double north = 0;
    toMeters(latitude, longitude, east, north);
    const double extent = (kLinesPerSide + 0.5) * kBlockMeters;
    return std::abs(east) <= extent && std::abs(north) <= extent;
}

bool SandboxCity::isPark(int blockEast, int blockNorth)
{
    if (blockEast == 0 && blockNorth == 0)
        return true; // the central square
    return ((blockEast + 20) * 7 + (blockNorth + 20) * 3) % 13 == 0;
}

SandboxCity::Place SandboxCity::placeOn(const Road& road, double along, const QString& number)
{
    const double extent = kLinesPerSide * kBlockMeters;
    along = std::clamp(along, -extent, extent);
    Place place;
    const double fixed = road.index * kBlockMeters;
    if (road.isAvenue)
        fromMeters(fixed, along, place.latitude, place.longitude);
    else
        fromMeters(along, fixed, place.latitude, place.longitude);
    // House numbers grow by 100 a block from the city's south-west corner.
    place.houseNumber = number.isEmpty()
        ? QString::number(qMax(1, int(std::lround((along + extent) / kBlockMeters * 100.0))))
        : number;
    place.road = road.name;
    place.displayName = tr("%1 %2, %3", "house number, road, city: 123 Oak Street, Sandbox City")
                            .arg(place.houseNumber, road.name, cityName());
    return place;
}

SandboxCity::Place SandboxCity::house(const Road& road, const QString& number)
{
    const double extent = kLinesPerSide * kBlockMeters;
    return placeOn(road, number.toInt() / 100.0 * kBlockMeters - extent, number);
}

SandboxCity::Place SandboxCity::crossing(const Road& avenue, const Road& street)
{
    Place place = placeOn(avenue, street.index * kBlockMeters);
    place.houseNumber.clear();
    place.road = avenue.name;
    place.displayName = tr("%1 & %2, %3").arg(avenue.name, street.name, cityName());
    return place;
}

std::optional<SandboxCity::Place> SandboxCity::locate(const QString& address)
{
    const QString text = address.simplified();
    if (text.isEmpty())
        return std::nullopt;
    const std::shared_ptr<const Lexicon> names = lexicon();
    // "Oak Street & 5th Avenue", "... and ...", "... y ...": any separator may be the one, since
    // "C/ Oak" holds a slash too.
    QRegularExpressionMatchIterator separators = names->crossing.globalMatch(text);
    while (separators.hasNext()) {
        const QRegularExpressionMatch separator = separators.next();
        const std::optional<Road> a = names->road(wordsOf(text.left(separator.capturedStart())));
        const std::optional<Road> b
            = names->road(names->withoutCity(wordsOf(text.mid(separator.capturedEnd()))));
        if (a && b && a->isAvenue != b->isAvenue)
            return a->isAvenue ? crossing(*a, *b) : crossing(*b, *a);
    }
    // The number before the road ("123 Oak Street") or after it ("Calle Oak 123").
    const QStringList all = names->withoutCity(wordsOf(text));
    if (all.size() < 2)
        return std::nullopt;
    if (isHouseNumber(all.first())) {
        if (const std::optional<Road> road = names->road(all.mid(1)))
            return house(*road, QString::number(all.first().toInt()));
    }
    if (isHouseNumber(all.last())) {
        if (const std::optional<Road> road = names->road(all.mid(0, all.size() - 1)))
            return house(*road, QString::number(all.last().toInt()));
    }
    return std::nullopt;
}

QList<SandboxCity::Place> SandboxCity::search(const QString& query, int limit)
{
    QList<Place> results;
    if (limit <= 0)
        return results;
    if (const std::optional<Place> place = locate(query)) {
        results.append(*place);
        return results;
    }
    // A bare name: the road it names, then every road whose name starts with it, each at its
    // midpoint.
    const std::shared_ptr<const Lexicon> names = lexicon();
    const QStringList wanted = names->withoutCity(wordsOf(query));
    if (wanted.isEmpty())
        return results;
    QList<int> slots;
    if (const std::optional<Road> road = names->road(wanted))
        slots.append(slotOf(road->isAvenue, road->index));
    const QString prefix = wanted.join(QLatin1Char(' '));
    for (const auto& [spelling, slot] : names->spellings) {
        if (slots.size() >= limit)
            break;
        if (spelling.startsWith(prefix) && !slots.contains(slot))
            slots.append(slot);
    }
    for (const int slot : std::as_const(slots)) {
        const Road road { roadName(slotIsAvenue(slot), slotIndex(slot)), slotIsAvenue(slot),
            slotIndex(slot) };
        Place place = placeOn(road, 0);
        place.houseNumber.clear();
        place.displayName = tr("%1, %2").arg(road.name, cityName());
        results.append(place);
    }
    return results;
}

std::optional<SandboxCity::Place> SandboxCity::reverse(double latitude, double longitude)
{
    if (!contains(latitude, longitude))
        return std::nullopt;
    double east = 0;
    double north = 0;
    toMeters(latitude, longitude, east, north);
    const int avenue
        = std::clamp(int(std::lround(east / kBlockMeters)), -kLinesPerSide, kLinesPerSide);
    const int street
        = std::clamp(int(std::lround(north / kBlockMeters)), -kLinesPerSide, kLinesPerSide);
    const double toAvenue = std::abs(east - avenue * kBlockMeters);
    const double toStreet = std::abs(north - street * kBlockMeters);
    if (toAvenue <= toStreet)
        return placeOn({ roadName(true, avenue), true, avenue }, north);
    return placeOn({ roadName(false, street), false, street }, east);
}

} // namespace Open311
