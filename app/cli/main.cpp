#include "cli/CommandLineTool.h"
#include "core/CrashHandler.h"
#include "core/SecretRedactor.h"
#include "core/Version.h"
#include "i18n/Translations.h"
#include "profiles/KeyVault.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Open311::SecretRedactor::installMessageHandler();
    Open311::CrashHandler::install("open311");
    Open311::KeyVault::claimEnvironmentKey();
    QCoreApplication app(argc, argv);
    Open311::Translations::install();
    QCoreApplication::setApplicationName(QStringLiteral("open311"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Open311::kVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("Open311Reporter"));

    Open311::CommandLineTool tool;
    QObject::connect(&tool, &Open311::CommandLineTool::finished, &app, &QCoreApplication::exit);
    tool.run(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
