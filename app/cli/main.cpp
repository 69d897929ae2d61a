#include "cli/CommandLineTool.h"
#include "core/CrashHandler.h"
#include "core/SecretRedactor.h"
#include "core/Version.h"
#include "i18n/Translations.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Open311::SecretRedactor::installMessageHandler();
    Open311::CrashHandler::install("open311");
    Open311::KeyVault::claimEnvironmentKey();
    // Before any setting is read or written: a damaged file is copied aside first.
    const QList<Open311::ProfileStore::Damage> settingsDamage
        = Open311::ProfileStore::repairFiles();
    QCoreApplication app(argc, argv);
    Open311::Translations::install();
    QCoreApplication::setApplicationName(QStringLiteral("open311"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Open311::kVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("Open311Reporter"));

    Open311::CommandLineTool tool;
    tool.setSettingsDamage(settingsDamage);
    QObject::connect(&tool, &Open311::CommandLineTool::finished, &app, &QCoreApplication::exit);
    tool.run(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
