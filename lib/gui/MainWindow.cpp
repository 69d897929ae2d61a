#include "MainWindow.h"

#include "Client.h"
#include "TrainingCity.h"

#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Open311 {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Open311 Reporter"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* heading = new QLabel(tr("Services of the training city"), central);
    m_services = new QListWidget(central);
    m_services->setAccessibleName(tr("Services"));
    heading->setBuddy(m_services);
    layout->addWidget(heading);
    layout->addWidget(m_services);
    setCentralWidget(central);
    m_status = new QLabel(tr("Starting the training city\u2026"), this);
    statusBar()->addWidget(m_status);
    resize(900, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::openTrainingCity()
{
    m_training = new TrainingCity(this);
    QString error;
    if (!m_training->start(error)) {
        m_status->setText(tr("The training city could not start: %1").arg(error));
        return;
    }
    const QString key = m_training->apiKey();
    m_client = new Client(m_training->endpoint(), [key] { return key; }, this);
    m_status->setText(tr("Training city \u2014 loading services\u2026"));
    m_client->serviceList().then(this, [this](const Result<ServiceList>& result) {
        if (!result.ok()) {
            m_status->setText(result.error().message());
            return;
        }
        for (const Service& service : result.value())
            m_services->addItem(tr("%1 \u2014 %2").arg(service.code, service.name));
        m_status->setText(tr("Training city: %n service(s)", nullptr, int(result.value().size())));
    });
}

} // namespace Open311
