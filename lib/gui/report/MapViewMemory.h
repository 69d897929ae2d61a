#pragma once

#include "core/Profile.h"

namespace Open311 {

class ReportForm;

// Where each jurisdiction's map was left, so that it opens there again; kiosks and the
// training city always open at home instead.
class MapViewMemory
{
public:
    MapViewMemory(ReportForm* form, bool kiosk);

    // Shows the new profile's view (save() first keeps the current one's).
    void switchTo(const Profile& profile);
    void save() const;
    void showHome() const;

private:
    QString key() const;

    ReportForm* m_form;
    bool m_kiosk;
    Profile m_profile;
};

} // namespace Open311
