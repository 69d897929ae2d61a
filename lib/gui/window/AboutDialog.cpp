#include "gui/window/AboutDialog.h"

#include "core/Version.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Open311 {

AboutDialog::AboutDialog(const Places& places, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About %1").arg(QString::fromLatin1(kApplicationName)));
    auto* title = new QLabel(
        tr("%1 %2").arg(QString::fromLatin1(kApplicationName), QString::fromLatin1(kVersion)),
        this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto* summary = new QLabel(
        tr("Reports non-emergency problems to a city's Open311 GeoReport v1 server and "
           "follows each report until it is closed. Running on Qt %1.")
            .arg(QString::fromLatin1(qVersion())),
        this);
    summary->setWordWrap(true);
    auto* form = new QFormLayout;
    const auto addPlace = [this, form](const QString& label, const QString& path) {
        auto* value = new QLabel(path, this);
        // Selectable, so it can be copied into a support ticket or a file manager.
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleDescription(label);
        // Whole: wrapped at a hyphen ("training-" / "city.sqlite") a path reads as two.
        form->addRow(label, value);
    };
    addPlace(tr("Outbox and drafts"), places.outbox);
    addPlace(tr("Followed requests"), places.tracker);
    addPlace(tr("Training city"), places.trainingCity);
    addPlace(tr("Settings"), places.settings);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // The width the paths need, and the height the wrapped text then takes: by default the
    // window grew tall with gaps between the lines.
    summary->setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

} // namespace Open311
