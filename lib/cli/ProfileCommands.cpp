#include "cli/ProfileCommands.h"

#include "cli/CliJson.h"
#include "cli/CommandContext.h"
#include "cli/CommandOutput.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>

namespace Open311 {

ProfileCommands::ProfileCommands(CommandContext& context)
    : QObject(&context)
    , m_output(context.output())
{ }

void ProfileCommands::profiles(const QStringList&)
{
    // Words after `profiles` are ignored, as they always were.
    ProfileStore store;
    const QList<Profile> profiles = store.profiles();
    if (m_output.json()) {
        QJsonArray array;
        for (const Profile& p : profiles)
            array.append(CliJson::profile(p, store.isSystemProfile(p.id)));
        m_output.print(array);
    } else {
        for (const Profile& p : profiles) {
            QString flags;
            if (p.isTraining)
                flags = tr("training");
            else if (p.deprecated)
                flags = tr("deprecated");
            else if (store.isSystemProfile(p.id))
                flags = tr("managed");
            m_output.out() << p.id << '\t' << p.displayName << '\t' << p.baseUrl.toString() << '\t'
                           << p.cityId << '\t' << protocolShortName(p.protocol) << '\t' << flags
                           << '\n';
        }
    }
    m_output.out().flush();
    m_output.done(CommandOutput::Success);
}

} // namespace Open311
