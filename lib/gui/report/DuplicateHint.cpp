#include "gui/report/DuplicateHint.h"

#include "gui/report/ReportFormText.h"
#include "gui/tracker/TrackerModel.h"
#include "gui/widgets/AccessibleText.h"
#include "map/DuplicateFinder.h"

#include <QGeoCoordinate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <optional>

namespace Open311 {

DuplicateHint::DuplicateHint(QWidget* form)
    : QObject(form)
    , m_form(form)
{ }

QLayout* DuplicateHint::build(QWidget* parent)
{
    m_hint = new QLabel(parent);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleDescription(ReportFormText::tr("Possible duplicate"));
    m_follow = new QPushButton(parent);
    m_follow->setAccessibleName(ReportFormText::tr("Follow the existing request instead"));
    m_hint->hide();
    m_follow->hide();
    connect(m_follow, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT followRequested(m_id);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_hint, 1);
    row->addWidget(m_follow, 0, Qt::AlignTop);
    return row;
}

void DuplicateHint::setKnownRequests(const QList<FeedRequest>& requests, double radiusMeters)
{
    m_known = requests;
    m_radius = radiusMeters;
}

QString DuplicateHint::text() const
{
    return m_hint->isVisible() ? m_hint->text() : QString();
}

void DuplicateHint::update(const QString& serviceName, const QGeoCoordinate& pin,
    const QString& address, bool showingResult)
{
    const std::optional<DuplicateFinder::Match> match
        = DuplicateFinder::find(m_known, serviceName, pin, address, m_radius);
    const FeedRequest* nearest = match && !showingResult ? &m_known.at(match->index) : nullptr;
    m_id = nearest ? nearest->id : QString();
    m_hint->setVisible(nearest != nullptr);
    const bool waiting = nearest && nearest->queued;
    m_follow->setVisible(nearest != nullptr && !waiting);
    if (!nearest) {
        m_announced.clear();
        return;
    }
    const QString when = nearest->requested.isValid()
        ? QLocale().toString(nearest->requested.toLocalTime(), QLocale::ShortFormat)
        : ReportFormText::tr("an unknown date");
    const QString where = match->meters
        ? ReportFormText::tr("%1 m from the pin").arg(qRound(*match->meters))
        : ReportFormText::tr("at the same address");
    const QString text = waiting
        ? ReportFormText::tr("This may already be reported: a report of %1 %2 is waiting in the "
                             "outbox to be sent (since %3).")
              .arg(nearest->serviceName, where, when)
        : ReportFormText::tr("This may already be reported: request %1 (%2, %3), %4, reported %5.")
              .arg(nearest->id, nearest->serviceName, TrackerModel::statusText(nearest->status),
                  where, when);
    m_hint->setText(text);
    m_follow->setText(ReportFormText::tr("Follow %1 instead").arg(nearest->id));
    m_follow->setAccessibleDescription(text);
    if (text != m_announced && m_form->isVisible()) {
        m_announced = text;
        // Said aloud as it appears: someone tabbing on to the caller's name would miss it.
        AccessibleText::announce(m_hint);
        Q_EMIT announced(text);
    }
}

} // namespace Open311
