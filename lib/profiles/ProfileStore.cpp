#include "profiles/ProfileStore.h"

#include "core/Endpoint.h"
#include "core/TileUrl.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStringDecoder>

#include <algorithm>
#include <memory>

namespace Open311 {

namespace {

const QString kOrganization = QStringLiteral("Open311Reporter");
const QString kApplication = QStringLiteral("open311-reporter");

// One file for the window and the command line alike, whatever each calls itself.
std::unique_ptr<QSettings> userSettings()
{
    return std::make_unique<QSettings>(
        QSettings::NativeFormat, QSettings::UserScope, kOrganization, kApplication);
}

std::unique_ptr<QSettings> systemSettings()
{
    return std::make_unique<QSettings>(
        QSettings::NativeFormat, QSettings::SystemScope, kOrganization, kApplication);
}

// An INI file as a person or QSettings writes it: UTF-8 text with no control characters but
// line ends and tabs, and every line a comment, a whole [section] or a key=value. QSettings reads
// binary junk as an empty file, and its own status misses errors in a file it has cached.
bool isSettingsText(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (uchar(c) < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return false;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char(';'))
            || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.startsWith(QLatin1Char('[')) ? !trimmed.endsWith(QLatin1Char(']'))
                                                 : !trimmed.contains(QLatin1Char('=')))
            return false;
    }
    return true;
}

// An INI list that a person wrote as "en, es" reads as two items with a space before the second.
QStringList cleanedTags(const QStringList& tags)
{
    QStringList cleaned;
    for (const QString& tag : tags) {
        if (!tag.trimmed().isEmpty())
            cleaned << tag.trimmed();
    }
    return cleaned;
}

// Written by hand as often as not: blank entries are dropped, not kept as a server "".
void addLanguageEndpoint(Profile& p, const QString& tag, const QString& url)
{
    if (!tag.trimmed().isEmpty() && !url.trimmed().isEmpty())
        p.languageEndpoints.insert(tag.trimmed(), QUrl(url.trimmed()));
}

QJsonObject languageEndpointsJson(const Profile& p)
{
    QJsonObject object;
    for (auto it = p.languageEndpoints.cbegin(); it != p.languageEndpoints.cend(); ++it)
        object.insert(it.key(), it.value().toString());
    return object;
}

} // namespace

ProfileStore::ProfileStore() = default;

QList<ProfileStore::Damage> ProfileStore::repairFiles()
{
    QList<Damage> found;
    for (const bool user : { false, true }) {
        const QString path = (user ? userSettings() : systemSettings())->fileName();
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            found.append({ Damage::Kind::Unreadable, path, QString(), file.errorString() });
            continue;
        }
        const bool text = isSettingsText(file.readAll());
        file.close();
        // This file alone: the scoped settings would fall back to the system file and mix its
        // keys in. Qt parses on first use, so the status means something only after a read.
        QSettings settings(path, QSettings::IniFormat);
        const QStringList keys = settings.allKeys();
        if (settings.status() != QSettings::FormatError && text)
            continue;
        if (!user) {
            found.append({ Damage::Kind::SystemFile, path, QString(), QString() });
            continue;
        }
        const QString copy = QStringLiteral("%1.damaged-%2-%3")
                                 .arg(path,
                                     QDateTime::currentDateTimeUtc().toString(
                                         QStringLiteral("yyyyMMdd-HHmmss-zzz")))
                                 .arg(QCoreApplication::applicationPid());
        if (!QFile::copy(path, copy)) {
            found.append({ Damage::Kind::NotCopied, path, QString(), QString() });
            continue;
        }
        QHash<QString, QVariant> readable;
        for (const QString& key : keys)
            readable.insert(key, settings.value(key));
        if (readable.isEmpty()) {
            // Nothing to keep, and QSettings writes nothing for nothing.
            settings.clear();
            QFile emptied(path);
            emptied.open(QIODevice::WriteOnly | QIODevice::Truncate);
        } else {
            // One object, one sync: Qt replaces the file whole, under its lock.
            settings.clear();
            for (auto it = readable.cbegin(); it != readable.cend(); ++it)
                settings.setValue(it.key(), it.value());
            settings.sync();
        }
        found.append({ Damage::Kind::Repaired, path, copy, QString() });
    }
    return found;
}

QString ProfileStore::describe(const Damage& damage)
{
    switch (damage.kind) {
    case Damage::Kind::Unreadable:
        return tr("The settings file %1 cannot be read (%2), so the settings in it are not used.")
            .arg(damage.path, damage.reason);
    case Damage::Kind::SystemFile:
        return tr("The system settings file %1, which your administrator provides, is damaged: "
                  "some jurisdictions or locks in it may not be used. Ask your administrator to "
                  "check it.")
            .arg(damage.path);
    case Damage::Kind::NotCopied:
        return tr("The settings file %1 is damaged, and no copy of it could be kept: some of your "
                  "settings may be missing. It is left as it is.")
            .arg(damage.path);
    case Damage::Kind::Repaired:
        break;
    }
    return tr("The settings file %1 was damaged, so some of your settings may be missing. What "
              "could be read is kept, and the damaged file was copied to %2.")
        .arg(damage.path, damage.copy);
}

QList<Profile> ProfileStore::presets()
{
    Profile training;
    training.id = kTrainingId;
    training.displayName = tr("Training city (Sandbox City)");
    training.protocol = Protocol::GeoReportV2;
    training.isTraining = true;
    training.note = tr("Built in; files nothing real.");
    training.pollIntervalSeconds = 60;
    training.acceptsPhotoUploads = true;
    Profile trainingV1 = training;
    trainingV1.acceptsPhotoUploads = false;
    trainingV1.id = kTrainingV1Id;
    trainingV1.displayName = tr("Training city over GeoReport v1");
    trainingV1.protocol = Protocol::GeoReportV1;

    Profile sf;
    sf.id = kSanFranciscoId;
    sf.displayName = tr("San Francisco");
    sf.baseUrl = QUrl(QStringLiteral("https://open311.sfgov.org/dev/V1/"));
    sf.cityId = QStringLiteral("sfgov.org");
    sf.deprecated = true;
    sf.note = tr("Deprecated since August 2013: kept for reference; reports cannot be sent.");
    // City Hall.
    sf.homeLatitude = 37.7793;
    sf.homeLongitude = -122.4193;
    sf.homeZoom = 13;

    Profile miami;
    miami.id = kMiamiDadeId;
    miami.displayName = tr("Miami-Dade County");
    // The spec's server table gives the beta URL as http://; the key must not travel in the
    // clear, so the preset asks for https and plain HTTP stays an explicit choice.
    miami.baseUrl = QUrl(QStringLiteral("https://miamidade.gov/mdc-open311/"));
    miami.cityId = QStringLiteral("miamidade.gov");
    miami.note = tr("Development ready (beta). Request a key from the county first.");
    miami.keyRequestUrl = QUrl(QStringLiteral("http://miamidade.gov/mdc-open311/key/create"));
    // Downtown Miami, with most of the county's populated east in view.
    miami.homeLatitude = 25.7743;
    miami.homeLongitude = -80.1937;
    miami.homeZoom = 11;
    return { training, trainingV1, sf, miami };
}

// Absent means v1, which every profile spoke before the setting existed.
void ProfileStore::readProtocol(Profile& p, const QString& name)
{
    const std::optional<Protocol> protocol
        = name.isEmpty() ? Protocol::GeoReportV1 : protocolFromName(name);
    p.protocol = protocol.value_or(Protocol::GeoReportV1);
    p.unknownProtocol = !protocol;
}

Profile ProfileStore::fromSettings(QSettings& s, const QString& id)
{
    Profile p;
    p.id = id;
    s.beginGroup(QStringLiteral("profiles/") + id);
    p.displayName = s.value(QStringLiteral("name"), id).toString();
    p.baseUrl = QUrl(s.value(QStringLiteral("baseUrl")).toString());
    p.cityId = s.value(QStringLiteral("cityId")).toString();
    p.allowPlainHttp = s.value(QStringLiteral("allowPlainHttp"), false).toBool();
    readProtocol(p, s.value(QStringLiteral("protocol")).toString());
    p.format = formatFromName(s.value(QStringLiteral("wireFormat")).toString())
                   .value_or(WireFormat::Json);
    p.tileUrlTemplate = s.value(QStringLiteral("tileUrl")).toString();
    p.tileAttribution = s.value(QStringLiteral("tileAttribution")).toString();
    p.tileAttributionUrl = QUrl(s.value(QStringLiteral("tileAttributionUrl")).toString());
    p.geocoderUrl = QUrl(s.value(QStringLiteral("geocoderUrl")).toString());
    p.cityLanguage = s.value(QStringLiteral("cityLanguage")).toString().trimmed();
    p.serverLocales = cleanedTags(s.value(QStringLiteral("serverLocales")).toStringList());
    s.beginGroup(QStringLiteral("languageEndpoints"));
    for (const QString& tag : s.childKeys())
        addLanguageEndpoint(p, tag, s.value(tag).toString());
    s.endGroup();
    p.pollIntervalSeconds = s.value(QStringLiteral("pollIntervalSeconds"), 300).toInt();
    p.usesAccountId = s.value(QStringLiteral("usesAccountId"), false).toBool();
    p.testEndpoint = s.value(QStringLiteral("testEndpoint"), false).toBool();
    p.acceptsPhotoUploads = s.value(QStringLiteral("photoUploads"), false).toBool();
    p.note = s.value(QStringLiteral("note")).toString();
    p.feeds = s.value(QStringLiteral("feeds")).toStringList();
    p.serviceArea = s.value(QStringLiteral("serviceArea")).toString().trimmed();
    p.feedRefreshMinutes = s.value(QStringLiteral("feedRefreshMinutes"), 30).toInt();
    p.duplicateRadiusMeters = s.value(QStringLiteral("duplicateRadiusMeters"), 50.0).toDouble();
    // Optional, and checked: a broken value leaves the map where it is rather than at 0, 0.
    bool latitudeOk = false;
    bool longitudeOk = false;
    const double latitude = s.value(QStringLiteral("homeLatitude")).toDouble(&latitudeOk);
    const double longitude = s.value(QStringLiteral("homeLongitude")).toDouble(&longitudeOk);
    if (latitudeOk && longitudeOk && qAbs(latitude) <= 85 && qAbs(longitude) <= 180) {
        p.homeLatitude = latitude;
        p.homeLongitude = longitude;
        p.homeZoom = qBound(2.0, s.value(QStringLiteral("homeZoom"), 12.0).toDouble(), 19.0);
    }
    s.endGroup();
    return p;
}

void ProfileStore::toSettings(QSettings& s, const Profile& p)
{
    s.beginGroup(QStringLiteral("profiles/") + p.id);
    s.setValue(QStringLiteral("name"), p.displayName);
    s.setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    s.setValue(QStringLiteral("cityId"), p.cityId);
    s.setValue(QStringLiteral("allowPlainHttp"), p.allowPlainHttp);
    if (!p.unknownProtocol)
        s.setValue(QStringLiteral("protocol"), protocolName(p.protocol));
    s.setValue(QStringLiteral("wireFormat"), formatName(p.format));
    s.setValue(QStringLiteral("tileUrl"), p.tileUrlTemplate);
    s.setValue(QStringLiteral("tileAttribution"), p.tileAttribution);
    s.setValue(QStringLiteral("tileAttributionUrl"), p.tileAttributionUrl.toString());
    s.setValue(QStringLiteral("geocoderUrl"), p.geocoderUrl.toString());
    s.setValue(QStringLiteral("cityLanguage"), p.cityLanguage);
    if (p.serverLocales.isEmpty())
        s.remove(QStringLiteral("serverLocales"));
    else
        s.setValue(QStringLiteral("serverLocales"), p.serverLocales);
    s.remove(QStringLiteral("languageEndpoints"));
    for (auto it = p.languageEndpoints.cbegin(); it != p.languageEndpoints.cend(); ++it)
        s.setValue(QStringLiteral("languageEndpoints/") + it.key(), it.value().toString());
    s.setValue(QStringLiteral("pollIntervalSeconds"), p.pollIntervalSeconds);
    s.setValue(QStringLiteral("usesAccountId"), p.usesAccountId);
    s.setValue(QStringLiteral("testEndpoint"), p.testEndpoint);
    s.setValue(QStringLiteral("photoUploads"), p.acceptsPhotoUploads);
    s.setValue(QStringLiteral("note"), p.note);
    s.setValue(QStringLiteral("feeds"), p.feeds);
    s.setValue(QStringLiteral("serviceArea"), p.serviceArea);
    s.setValue(QStringLiteral("feedRefreshMinutes"), p.feedRefreshMinutes);
    s.setValue(QStringLiteral("duplicateRadiusMeters"), p.duplicateRadiusMeters);
    if (p.hasHome()) {
        s.setValue(QStringLiteral("homeLatitude"), p.homeLatitude);
        s.setValue(QStringLiteral("homeLongitude"), p.homeLongitude);
        s.setValue(QStringLiteral("homeZoom"), p.homeZoom);
    } else {
        s.remove(QStringLiteral("homeLatitude"));
        s.remove(QStringLiteral("homeLongitude"));
        s.remove(QStringLiteral("homeZoom"));
    }
    s.endGroup();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> all = presets();
    const auto system = systemSettings();
    system->beginGroup(QStringLiteral("profiles"));
    const QStringList systemIds = system->childGroups();
    system->endGroup();
    auto merge = [&all, &systemIds](QSettings& settings, bool isUser) {
        settings.beginGroup(QStringLiteral("profiles"));
        const QStringList ids = settings.childGroups();
        settings.endGroup();
        for (const QString& id : ids) {
            // A hand-edited file's stray "\\name" makes a group with no name: no jurisdiction
            // that could be chosen, saved or removed (found by fuzzing).
            if (id.trimmed().isEmpty())
                continue;
            // A user's entry never overrides what IT deployed, nor a built-in preset.
            if (isUser && systemIds.contains(id))
                continue;
            const Profile profile = fromSettings(settings, id);
            auto it = std::find_if(
                all.begin(), all.end(), [&](const Profile& p) { return p.id == id; });
            if (it == all.end())
                all.append(profile);
            else if (!isUser)
                *it = profile;
        }
    };
    merge(*system, false);
    if (!profilesLocked())
        merge(*userSettings(), true);
    return all;
}

std::optional<Profile> ProfileStore::find(const QString& idOrName) const
{
    for (const Profile& p : profiles()) {
        if (p.id == idOrName || p.displayName.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::isSystemProfile(const QString& id) const
{
    const auto system = systemSettings();
    system->beginGroup(QStringLiteral("profiles"));
    return system->childGroups().contains(id);
}

bool ProfileStore::profilesLocked() const
{
    return systemSettings()->value(QStringLiteral("locked/profiles"), false).toBool();
}

bool ProfileStore::isLocked(const QString& setting) const
{
    return systemSettings()->value(QStringLiteral("locked/") + setting, false).toBool();
}

std::optional<Error> ProfileStore::checkForSaving(const Profile& p)
{
    // Every remote map but OpenStreetMap's own (whose words the app knows) must say whose it
    // is. Profiles saved before this rule still open, with "Map tiles: HOST" on the map.
    const bool remote
        = !p.tileUrlTemplate.isEmpty() && !p.tileUrlTemplate.startsWith(QLatin1Char('/'));
    if (remote && !p.isTraining && p.tileAttribution.trimmed().isEmpty()
        && !TileUrl::isOpenStreetMap(p.tileUrlTemplate))
        return Error::validation(Error::Field::None,
            tr("Give the map's attribution (such as \u00a9 OpenStreetMap contributors): the "
               "tiles' licence asks that it be shown on the map."));
    // The geocoder drops a malformed tag; a new profile is told (an old one still opens).
    static const QRegularExpression languageTag(
        QStringLiteral("^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$"));
    if (!p.cityLanguage.isEmpty() && !languageTag.match(p.cityLanguage).hasMatch())
        return Error::validation(Error::Field::None,
            tr("The city's language must be a language tag such as en or pt-BR."));
    for (const QString& locale : p.serverLocales) {
        // It goes into every service list's URL.
        if (!languageTag.match(locale).hasMatch())
            return Error::validation(Error::Field::None,
                tr("Each language the server answers in must be a language tag such as es or "
                   "es_US, not %1.")
                    .arg(locale));
    }
    for (const QString& tag : p.languageEndpoints.keys()) {
        if (!languageTag.match(tag).hasMatch())
            return Error::validation(Error::Field::None,
                tr("Each language with its own server must be a language tag such as es or "
                   "zh-TW, not %1.")
                    .arg(tag));
    }
    return std::nullopt;
}

std::optional<Error> ProfileStore::validate(const Profile& p)
{
    if (p.displayName.trimmed().isEmpty())
        return Error::validation(Error::Field::None, tr("Give the jurisdiction a name."));
    if (p.isTraining)
        return std::nullopt;
    if (p.unknownProtocol)
        return Error::validation(Error::Field::Endpoint,
            tr("The jurisdiction speaks a protocol this version of Open311 Reporter does not "
               "know."));
    if (std::optional<Error> endpoint = p.endpoint().check())
        return endpoint;
    for (auto it = p.languageEndpoints.cbegin(); it != p.languageEndpoints.cend(); ++it) {
        const Endpoint local(it.value(), p.cityId, p.allowPlainHttp, p.protocol, p.format);
        if (std::optional<Error> endpoint = local.check())
            return Error::validation(Error::Field::Endpoint,
                tr("The server for %1: %2").arg(it.key(), endpoint->message()));
    }
    const bool localTiles = p.tileUrlTemplate.startsWith(QLatin1Char('/'));
    if (localTiles && !QFileInfo::exists(p.tileUrlTemplate))
        return Error::validation(Error::Field::None,
            tr("The map tiles %1 do not exist on this computer.").arg(p.tileUrlTemplate));
    if (!p.tileUrlTemplate.isEmpty() && !localTiles) {
        const QUrl url(p.tileUrlTemplate);
        if (!url.isValid() || url.scheme().isEmpty()
            || !p.tileUrlTemplate.contains(QLatin1String("{z}"))
            || !p.tileUrlTemplate.contains(QLatin1String("{x}"))
            || !p.tileUrlTemplate.contains(QLatin1String("{y}")))
            return Error::validation(Error::Field::None,
                tr("The map tile address must be a URL with {z}, {x} and {y}, such as "
                   "https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the path of an "
                   "MBTiles file or a folder of tiles."));
        if (Endpoint::refusesPlainHttp(url, p.allowPlainHttp))
            return Error::validation(Error::Field::None,
                tr("The map tile address uses plain HTTP. Use https://, or allow plain HTTP "
                   "for this jurisdiction."));
    }
    if (!p.geocoderUrl.isEmpty() && (!p.geocoderUrl.isValid() || p.geocoderUrl.host().isEmpty()))
        return Error::validation(
            Error::Field::None, tr("The address search service must be a full URL."));
    if (Endpoint::refusesPlainHttp(p.geocoderUrl, p.allowPlainHttp))
        return Error::validation(Error::Field::None,
            tr("The address search service uses plain HTTP, which would send addresses "
               "unencrypted. Use https://, or allow plain HTTP for this jurisdiction."));
    for (const QString& feed : p.feeds) {
        const QUrl url(feed);
        const bool remote
            = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!remote && !feed.startsWith(QLatin1Char('/')))
            return Error::validation(Error::Field::None,
                tr("A feed must be an http(s) address or the path of a file: %1").arg(feed));
    }
    if (!p.serviceArea.isEmpty()) {
        const QUrl area(p.serviceArea);
        const bool remote
            = area.scheme() == QLatin1String("https") || area.scheme() == QLatin1String("http");
        if (!remote && !p.serviceArea.startsWith(QLatin1Char('/')))
            return Error::validation(Error::Field::None,
                tr("The service area must be an http(s) address or the path of a GeoJSON file."));
        if (remote && Endpoint::refusesPlainHttp(area, p.allowPlainHttp))
            return Error::validation(Error::Field::None,
                tr("The service area's address uses plain HTTP. Use https://, or allow plain "
                   "HTTP for this jurisdiction."));
    }
    if (p.pollIntervalSeconds < 30)
        return Error::validation(
            Error::Field::None, tr("The Tracker checks at most every 30 seconds."));
    return std::nullopt;
}

std::optional<QString> ProfileStore::submitBlocker(const Profile& p)
{
    if (p.deprecated)
        return tr("%1 no longer accepts reports (%2).").arg(p.displayName, p.note);
    return std::nullopt;
}

bool ProfileStore::save(const Profile& profile, QString& error)
{
    if (profilesLocked() || isSystemProfile(profile.id)) {
        error = tr("Your administrator manages the jurisdictions on this computer.");
        return false;
    }
    // Presets are edited as copies, so the originals stay available.
    const QList<Profile> builtIn = presets();
    if (std::any_of(builtIn.cbegin(), builtIn.cend(),
            [&](const Profile& p) { return p.id == profile.id; })) {
        error = tr("Built-in jurisdictions cannot be changed; duplicate one to adapt it.");
        return false;
    }
    if (std::optional<Error> invalid = validate(profile)) {
        error = invalid->message();
        return false;
    }
    if (std::optional<Error> invalid = checkForSaving(profile)) {
        error = invalid->message();
        return false;
    }
    const auto user = userSettings();
    toSettings(*user, profile);
    user->sync();
    if (user->status() != QSettings::NoError) {
        error = tr("The settings could not be written.");
        return false;
    }
    return true;
}

bool ProfileStore::remove(const QString& id, QString& error)
{
    if (profilesLocked() || isSystemProfile(id)) {
        error = tr("Your administrator manages the jurisdictions on this computer.");
        return false;
    }
    const auto user = userSettings();
    user->beginGroup(QStringLiteral("profiles"));
    if (!user->childGroups().contains(id)) {
        error = tr("Built-in jurisdictions cannot be removed.");
        return false;
    }
    user->remove(id);
    user->endGroup();
    user->sync();
    return true;
}

QString ProfileStore::uniqueId(const QString& base, const QList<Profile>& existing)
{
    QString id = base;
    for (int n = 2; std::any_of(
             existing.cbegin(), existing.cend(), [&](const Profile& p) { return p.id == id; });
         ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

Profile ProfileStore::duplicate(const Profile& profile) const
{
    Profile copy = profile;
    copy.id = uniqueId(profile.id + QStringLiteral("-copy"), profiles());
    copy.displayName = tr("%1 (copy)").arg(profile.displayName);
    copy.deprecated = false;
    copy.isTraining = false;
    return copy;
}

QString ProfileStore::activeProfileId() const
{
    return value(QStringLiteral("activeProfile"), kTrainingId).toString();
}

void ProfileStore::setActiveProfileId(const QString& id)
{
    setValue(QStringLiteral("activeProfile"), id);
}

QVariant ProfileStore::value(const QString& key, const QVariant& fallback) const
{
    const QVariant systemValue = systemSettings()->value(key, fallback);
    if (isLocked(key))
        return systemValue;
    return userSettings()->value(key, systemValue);
}

void ProfileStore::setValue(const QString& key, const QVariant& value)
{
    if (isLocked(key))
        return;
    userSettings()->setValue(key, value);
}

QByteArray ProfileStore::exportProfile(const Profile& p)
{
    const QJsonObject object {
        { QStringLiteral("format"), QStringLiteral("open311-reporter-profile/1") },
        { QStringLiteral("id"), p.id },
        { QStringLiteral("name"), p.displayName },
        { QStringLiteral("protocol"), protocolName(p.protocol) },
        { QStringLiteral("wireFormat"), formatName(p.format) },
        { QStringLiteral("baseUrl"), p.baseUrl.toString() },
        { QStringLiteral("cityId"), p.cityId },
        { QStringLiteral("allowPlainHttp"), p.allowPlainHttp },
        { QStringLiteral("tileUrl"), p.tileUrlTemplate },
        { QStringLiteral("tileAttribution"), p.tileAttribution },
        { QStringLiteral("geocoderUrl"), p.geocoderUrl.toString() },
        { QStringLiteral("cityLanguage"), p.cityLanguage },
        { QStringLiteral("serverLocales"), QJsonArray::fromStringList(p.serverLocales) },
        { QStringLiteral("languageEndpoints"), languageEndpointsJson(p) },
        { QStringLiteral("pollIntervalSeconds"), p.pollIntervalSeconds },
        { QStringLiteral("usesAccountId"), p.usesAccountId },
        { QStringLiteral("testEndpoint"), p.testEndpoint },
        { QStringLiteral("photoUploads"), p.acceptsPhotoUploads },
        { QStringLiteral("feeds"), QJsonArray::fromStringList(p.feeds) },
        { QStringLiteral("serviceArea"), p.serviceArea },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Profile> ProfileStore::importProfile(const QByteArray& json, QString& error)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || o.value(QStringLiteral("format")).toString()
            != QLatin1String("open311-reporter-profile/1")) {
        error = tr("This is not a jurisdiction file exported by Open311 Reporter.");
        return std::nullopt;
    }
    Profile p;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    p.id = o.value(QStringLiteral("id")).toString();
    if (!idPattern.match(p.id).hasMatch()) {
        error = tr("The jurisdiction file has no usable id.");
        return std::nullopt;
    }
    p.displayName = o.value(QStringLiteral("name")).toString();
    p.baseUrl = QUrl(o.value(QStringLiteral("baseUrl")).toString());
    p.cityId = o.value(QStringLiteral("cityId")).toString();
    p.allowPlainHttp = o.value(QStringLiteral("allowPlainHttp")).toBool();
    readProtocol(p, o.value(QStringLiteral("protocol")).toString());
    p.format = formatFromName(o.value(QStringLiteral("wireFormat")).toString())
                   .value_or(WireFormat::Json);
    p.tileUrlTemplate = o.value(QStringLiteral("tileUrl")).toString();
    p.tileAttribution = o.value(QStringLiteral("tileAttribution")).toString();
    p.geocoderUrl = QUrl(o.value(QStringLiteral("geocoderUrl")).toString());
    p.cityLanguage = o.value(QStringLiteral("cityLanguage")).toString().trimmed();
    QStringList locales;
    for (const QJsonValue& locale : o.value(QStringLiteral("serverLocales")).toArray())
        locales << locale.toString();
    p.serverLocales = cleanedTags(locales);
    const QJsonObject languageEndpoints = o.value(QStringLiteral("languageEndpoints")).toObject();
    for (auto it = languageEndpoints.constBegin(); it != languageEndpoints.constEnd(); ++it)
        addLanguageEndpoint(p, it.key(), it.value().toString());
    p.pollIntervalSeconds = o.value(QStringLiteral("pollIntervalSeconds")).toInt(300);
    p.usesAccountId = o.value(QStringLiteral("usesAccountId")).toBool();
    p.testEndpoint = o.value(QStringLiteral("testEndpoint")).toBool();
    p.acceptsPhotoUploads = o.value(QStringLiteral("photoUploads")).toBool();
    for (const QJsonValue& feed : o.value(QStringLiteral("feeds")).toArray())
        p.feeds << feed.toString();
    p.serviceArea = o.value(QStringLiteral("serviceArea")).toString().trimmed();
    if (std::optional<Error> invalid = validate(p); invalid || (invalid = checkForSaving(p))) {
        error = invalid->message();
        return std::nullopt;
    }
    return p;
}

QString ProfileStore::provisionedKeyFile(const QString& id) const
{
    return systemSettings()->value(QStringLiteral("profiles/%1/keyFile").arg(id)).toString();
}

} // namespace Open311
