#include "gui/widgets/StoreNotice.h"

#include "store/SqliteConnection.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Open311 {

StoreNotice::StoreNotice(const QString& accessibleName, const QString& path, QWidget* parent)
    : QWidget(parent)
    , m_path(path)
    , m_label(new QLabel(this))
    , m_setAside(new QPushButton(this))
{
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAccessibleDescription(accessibleName);
    m_setAside->setText(tr("&Set the damaged file aside and start a new one"));
    m_setAside->setAccessibleName(tr("Set the damaged file aside and start a new one"));
    m_setAside->setAccessibleDescription(
        tr("Renames the file and starts an empty one; nothing is deleted."));
    m_setAside->setToolTip(m_setAside->accessibleDescription());
    m_setAside->hide();
    connect(m_setAside, &QPushButton::clicked, this, &StoreNotice::setFileAside);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    // A line across a maximised window is hard to read. Centred by stretches: a widget given an
    // alignment in its layout loses its height-for-width, and the wrapped text was cut off.
    m_label->setMaximumWidth(m_label->fontMetrics().averageCharWidth() * 90);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_label, 100);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_setAside, 0, Qt::AlignHCenter);
    layout->addStretch(1);
}

void StoreNotice::setFileAside()
{
    QString movedTo;
    QString problem;
    // Nothing is deleted: a file that cannot be renamed stays, and the notice says why.
    if (!SqliteConnection::setAside(m_path, movedTo, problem)) {
        setProblem(problem, true);
        return;
    }
    Q_EMIT setAside(movedTo);
}

void StoreNotice::setProblem(const QString& message, bool damaged)
{
    m_label->setText(message);
    m_setAside->setVisible(damaged);
    setFocusProxy(damaged ? static_cast<QWidget*>(m_setAside) : nullptr);
}

} // namespace Open311
