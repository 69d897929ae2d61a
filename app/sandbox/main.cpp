#include "core/CrashHandler.h"
#include "core/SecretRedactor.h"
#include "core/SignalWatcher.h"
#include "core/Version.h"
#include "i18n/Translations.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(open311_sandbox)
};

int usage(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    // Tiles are drawn with fonts, which need a GUI application but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Open311::SecretRedactor::installMessageHandler();
    Open311::CrashHandler::install("open311-sandbox");
    QGuiApplication app(argc, argv);
    Open311::Translations::install();
    QCoreApplication::setApplicationName(QStringLiteral("open311-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("Open311Reporter"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Open311::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The Open311 Reporter training city: a GeoReport server for a fictional city, "
               "speaking v1 under /dev/V1/ and v2 under /dev/v2/ (discovery, services, "
               "definitions, requests and tokens, in .json and .xml) on the same port, with its "
               "own map tiles (/tiles/{z}/{x}/{y}.png) and a Nominatim-compatible geocoder "
               "(/geocoder/search, /geocoder/reverse). It files nothing real."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Open311::SandboxOptions defaults;
    parser.addOptions({
        { QStringLiteral("port"),
            Tr::tr("TCP port; 0 picks a free one and prints it (default 8311)."), Tr::tr("PORT"),
            QStringLiteral("8311") },
        { QStringLiteral("bind"), Tr::tr("Address to listen on (default 127.0.0.1)."),
            Tr::tr("ADDRESS"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("prefix"),
            Tr::tr("Path prefix of the GeoReport v1 methods (default /dev/V1/). GeoReport v2 "
                   "is always under /dev/v2/."),
            Tr::tr("PATH"), defaults.pathPrefix },
        { QStringLiteral("city-id"),
            Tr::tr("The city_id to accept (default %1).").arg(defaults.cityId), Tr::tr("ID"),
            defaults.cityId },
        { QStringLiteral("api-key"),
            Tr::tr("An accepted API key; repeat for several. Each sees only its own requests. "
                   "Default: %1.")
                .arg(Open311::SandboxOptions::kTrainingKey),
            Tr::tr("KEY") },
        { QStringLiteral("api-key-file"),
            Tr::tr("Accept the API keys in this file, one per line, so that keys that matter "
                   "stay out of the process list."),
            Tr::tr("PATH") },
        { QStringLiteral("data"), Tr::tr("The SQLite file that keeps the requests."),
            Tr::tr("PATH") },
        { QStringLiteral("services"),
            Tr::tr("A service_list XML file replacing the built-in catalogue. Its services may "
                   "carry the v2 attributes group, keywords, type and agency_responsible, and the "
                   "file may hold v2 <service_definition> elements."),
            Tr::tr("FILE") },
        { QStringLiteral("pace"),
            Tr::tr("Seconds a request spends in each status stage (default 120)."),
            Tr::tr("SECONDS"), QStringLiteral("120") },
        { QStringLiteral("seed"), Tr::tr("Seed for status timing and faults (default 311)."),
            Tr::tr("N"), QStringLiteral("311") },
        { QStringLiteral("latency"), Tr::tr("Delay every answer by this many milliseconds."),
            Tr::tr("MS"), QStringLiteral("0") },
        { QStringLiteral("fault-rate"),
            Tr::tr(
                "Share of GeoReport calls (0 to 1) that fail like an unhealthy server: HTTP 500, "
                "dropped connection, stall, truncated body, or error 204/102/302 (v1) or 400 "
                "(v2)."),
            Tr::tr("P"), QStringLiteral("0") },
        { QStringLiteral("stall"),
            Tr::tr("Milliseconds a stalled call waits before its connection is closed (default: "
                   "2 minutes, past any client's timeout)."),
            Tr::tr("MS"), QStringLiteral("0") },
        { QStringLiteral("batch-delay"),
            Tr::tr("Seconds before the token of a v2 batch service's request turns into an id "
                   "(default %1).")
                .arg(defaults.batchDelaySeconds),
            Tr::tr("SECONDS"), QString::number(defaults.batchDelaySeconds) },
    });
    parser.process(app);

    Open311::SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return usage(Tr::tr("--port takes a number from 0 to 65535."));
    const QHostAddress address(parser.value(QStringLiteral("bind")));
    if (address.isNull())
        return usage(Tr::tr("--bind takes an IP address, such as 127.0.0.1."));
    options.pathPrefix = parser.value(QStringLiteral("prefix"));
    options.cityId = parser.value(QStringLiteral("city-id"));
    options.apiKeys = parser.values(QStringLiteral("api-key"));
    if (parser.isSet(QStringLiteral("api-key-file"))) {
        QFile file(parser.value(QStringLiteral("api-key-file")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return usage(Tr::tr("The key file %1 cannot be read: %2")
                             .arg(file.fileName(), file.errorString()));
        const QStringList lines = QString::fromUtf8(file.read(1 << 20)).split(u'\n');
        for (const QString& line : lines) {
            if (!line.trimmed().isEmpty())
                options.apiKeys.append(line.trimmed());
        }
        if (options.apiKeys.isEmpty())
            return usage(Tr::tr("The key file %1 holds no key.").arg(file.fileName()));
    }
    for (const QString& key : std::as_const(options.apiKeys))
        Open311::SecretRedactor::addSecret(key);
    options.servicesFile = parser.value(QStringLiteral("services"));
    options.dataPath = parser.value(QStringLiteral("data"));
    if (options.dataPath.isEmpty()) {
        options.dataPath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("sandbox.sqlite"));
    }
    options.paceSeconds = parser.value(QStringLiteral("pace")).toDouble(&ok);
    if (!ok || options.paceSeconds <= 0)
        return usage(Tr::tr("--pace takes a positive number of seconds."));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usage(Tr::tr("--seed takes a whole number."));
    options.latencyMs = parser.value(QStringLiteral("latency")).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return usage(Tr::tr("--latency takes a number of milliseconds."));
    options.faultRate = parser.value(QStringLiteral("fault-rate")).toDouble(&ok);
    if (!ok || options.faultRate < 0 || options.faultRate > 1)
        return usage(Tr::tr("--fault-rate takes a number from 0 to 1."));
    options.stallMs = parser.value(QStringLiteral("stall")).toInt(&ok);
    if (!ok || options.stallMs < 0)
        return usage(Tr::tr("--stall takes a number of milliseconds."));
    options.batchDelaySeconds = parser.value(QStringLiteral("batch-delay")).toDouble(&ok);
    if (!ok || options.batchDelaySeconds < 0 || options.batchDelaySeconds > 24 * 60 * 60)
        return usage(Tr::tr("--batch-delay takes a number of seconds from 0 to 86400."));

    Open311::SandboxServer server(options);
    QString error;
    if (!server.start(error, address, quint16(port))) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << Tr::tr("Training city listening on %1").arg(server.endpointUrl().toString()) << Qt::endl;
    out << Tr::tr("GeoReport v2: %1 (discovery.json)").arg(server.v2EndpointUrl().toString())
        << Qt::endl;
    // Read by scripts and tests (`--port 0`), so the same in every language.
    out << "Port: " << server.port() << Qt::endl;
    out << Tr::tr(
        "City id: %1; %n API key(s); data in %2", nullptr, int(server.options().apiKeys.size()))
               .arg(server.options().cityId, server.options().dataPath)
        << Qt::endl;
    out << Tr::tr("Tiles: %1").arg(server.tileUrlTemplate()) << Qt::endl;
    out << Tr::tr("Geocoder: %1").arg(server.geocoderUrl().toString()) << Qt::endl;

    Open311::SignalWatcher signals;
    QObject::connect(&signals, &Open311::SignalWatcher::terminationRequested, &app, [&](int) {
        QTextStream(stdout) << Tr::tr("Stopping the training city.") << Qt::endl;
        QCoreApplication::quit();
    });
    return QGuiApplication::exec();
}
