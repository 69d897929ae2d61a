#include "gui/report/MapViewMemory.h"

#include "gui/report/ReportForm.h"
#include "mapwidget/MapWidget.h"
#include "sandbox/SandboxCity.h"

#include <QSettings>

namespace Open311 {

MapViewMemory::MapViewMemory(ReportForm* form, bool kiosk)
    : m_form(form)
    , m_kiosk(kiosk)
{ }

QString MapViewMemory::key() const
{
    return QStringLiteral("mapViews/") + m_profile.id;
}

void MapViewMemory::switchTo(const Profile& profile)
{
    m_profile = profile;
    // Where this jurisdiction's map was left, or else its home: a real city's map opened on the
    // whole world, to be zoomed down to a street by hand.
    const QVariantList view = QSettings().value(key()).toList();
    bool ok[3] = {};
    const QGeoCoordinate where = view.size() == 3
        ? QGeoCoordinate(view[0].toDouble(&ok[0]), view[1].toDouble(&ok[1]))
        : QGeoCoordinate();
    const double zoom = view.size() == 3 ? view[2].toDouble(&ok[2]) : 0;
    if (!profile.isTraining && ok[0] && ok[1] && ok[2] && where.isValid())
        m_form->setMapHome(where, zoom);
    else
        showHome();
}

void MapViewMemory::save() const
{
    // Kiosks start every visitor at home; the training city always opens on its centre.
    if (m_profile.id.isEmpty() || m_profile.isTraining || m_kiosk)
        return;
    const MapWidget* map = m_form->map();
    QSettings().setValue(
        key(), QVariantList { map->center().latitude(), map->center().longitude(), map->zoom() });
}

void MapViewMemory::showHome() const
{
    if (m_profile.isTraining)
        // A kiosk's touch map shows the level above in @2x tiles; the training city names its
        // streets from level 16 on.
        m_form->setMapHome(
            QGeoCoordinate(SandboxCity::kCenterLatitude, SandboxCity::kCenterLongitude),
            m_kiosk ? 17 : 16);
    else if (m_profile.hasHome())
        m_form->setMapHome(
            QGeoCoordinate(m_profile.homeLatitude, m_profile.homeLongitude), m_profile.homeZoom);
}

} // namespace Open311
