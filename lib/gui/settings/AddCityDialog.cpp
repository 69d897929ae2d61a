#include "gui/settings/AddCityDialog.h"

#include "core/Client.h"
#include "core/FutureCallback.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Open311 {

namespace {

// Three tries at most (discovery, v2, v1); a city that needs longer is not worth the wait here.
constexpr int kReadTimeoutMs = 15000;

const QString kV2Specification = QStringLiteral("http://wiki.open311.org/GeoReport_v2");
const QString kV1Specification = QStringLiteral("http://wiki.open311.org/GeoReport_v1");

struct WebLink
{
    qsizetype start = 0;
    qsizetype length = 0;
    QUrl url;
};

// http(s) links in a server's free text. A full stop or a closing bracket right after a link
// belongs to the sentence around it.
QList<WebLink> webLinks(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("https?://[^\\s<>\"]+"), QRegularExpression::CaseInsensitiveOption);
    QList<WebLink> links;
    QRegularExpressionMatchIterator matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString link = match.captured();
        while (!link.isEmpty() && QStringLiteral(".,;:!?)]'").contains(link.back()))
            link.chop(1);
        const QUrl url(link, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty())
            links.append({ match.capturedStart(), link.size(), url });
    }
    return links;
}

// Only the links become markup; everything else the server wrote stays text.
QString withLinks(const QString& text, const QList<WebLink>& links)
{
    QString html;
    qsizetype at = 0;
    for (const WebLink& link : links) {
        html += text.mid(at, link.start - at).toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(link.url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                        text.mid(link.start, link.length).toHtmlEscaped());
        at = link.start + link.length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString describe(const DiscoveryEndpoint& endpoint)
{
    const QString protocol = endpoint.isV1() ? AddCityDialog::tr("GeoReport v1")
        : endpoint.isDraft()                 ? AddCityDialog::tr("GeoReport v2 draft")
                                             : AddCityDialog::tr("GeoReport v2");
    QString kind;
    if (endpoint.isProduction())
        kind = AddCityDialog::tr("%1, production").arg(protocol);
    else if (endpoint.isTest())
        kind = AddCityDialog::tr("%1 (test)").arg(protocol);
    else if (!endpoint.type.trimmed().isEmpty())
        kind = AddCityDialog::tr("%1, %2").arg(protocol, endpoint.type.trimmed());
    else
        kind = AddCityDialog::tr("%1, production or test not stated").arg(protocol);

    bool json = false;
    bool xml = false;
    for (const QString& format : endpoint.formats) {
        json = json || format.contains(QLatin1String("json"), Qt::CaseInsensitive);
        xml = xml || format.contains(QLatin1String("xml"), Qt::CaseInsensitive);
    }
    const QString formats = json && xml ? AddCityDialog::tr("JSON and XML")
        : json                          ? AddCityDialog::tr("JSON")
        : xml                           ? AddCityDialog::tr("XML")
                                        : QString();
    const QString url = endpoint.url.toString();
    return formats.isEmpty() ? AddCityDialog::tr("%1 \u2014 %2").arg(url, kind)
                             : AddCityDialog::tr("%1 \u2014 %2, %3").arg(url, kind, formats);
}

// A GeoReport error is still a GeoReport server speaking: v1 refuses a service list without
// an API key, and a v2 server may want a jurisdiction_id first.
bool answersGeoReport(const Result<ServiceList>& services)
{
    return services.ok() || services.error().kind() == Error::Kind::Server;
}

} // namespace

AddCityDialog::AddCityDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add a city"));
    setAccessibleName(tr("Add a city"));

    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("https://city.example/open311/discovery.json"));
    m_url->setInputMethodHints(
        Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    auto* urlLabel = new QLabel(tr("&Address of the city's server or discovery document"), this);
    urlLabel->setBuddy(m_url);
    m_allowHttp
        = new QCheckBox(tr("Allow plain &HTTP (the API key would travel unencrypted)"), this);
    m_read = new QPushButton(tr("&Read"), this);
    m_cityText = new QLabel(this);
    m_cityText->setWordWrap(true);
    m_cityText->setTextFormat(Qt::PlainText);
    m_cityText->hide();
    m_endpointList = new QListWidget(this);
    m_endpointList->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* listLabel = new QLabel(tr("&Endpoints"), this);
    listLabel->setBuddy(m_endpointList);
    m_cityId = new QLineEdit(this);
    m_cityId->setPlaceholderText(tr("Needed by GeoReport v1, and by servers with several cities"));
    m_name = new QLineEdit(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    // Error texts quote the server's answer, which must not be read as markup.
    m_message->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add &the city"));
    m_cancel = m_buttons->button(QDialogButtonBox::Cancel);

    const QList<QPair<QWidget*, QString>> names = {
        { m_url, tr("Address of the city's server or discovery document") },
        { m_allowHttp, tr("Allow plain HTTP") },
        { m_read, tr("Read the city's server") },
        { m_cityText, tr("About the city") },
        { m_endpointList, tr("Endpoints") },
        { m_cityId, tr("Jurisdiction id") },
        { m_name, tr("Name") },
        { m_message, tr("Message") },
        { m_ok, tr("Add the city") },
        { m_cancel, tr("Cancel") },
    };
    for (const auto& [widget, name] : names)
        widget->setAccessibleName(name);

    auto* readRow = new QHBoxLayout;
    readRow->addWidget(m_allowHttp, 1);
    readRow->addWidget(m_read);
    auto* form = new QFormLayout;
    form->addRow(tr("Jurisdiction &id"), m_cityId);
    form->addRow(tr("&Name"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(urlLabel);
    layout->addWidget(m_url);
    layout->addLayout(readRow);
    layout->addWidget(m_cityText);
    layout->addWidget(listLabel);
    layout->addWidget(m_endpointList, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    QWidget::setTabOrder(m_url, m_allowHttp);
    QWidget::setTabOrder(m_allowHttp, m_read);
    QWidget::setTabOrder(m_read, m_endpointList);
    QWidget::setTabOrder(m_endpointList, m_cityId);
    QWidget::setTabOrder(m_cityId, m_name);
    QWidget::setTabOrder(m_name, m_ok);
    QWidget::setTabOrder(m_ok, m_cancel);

    // Enter reads until there is something to add; then it adds (see finishRead()).
    m_read->setDefault(true);

    connect(m_read, &QPushButton::clicked, this, &AddCityDialog::read);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        // A read of what the field said before no longer answers anything.
        if (m_reading) {
            ++m_generation;
            m_reading = false;
            m_readText.clear();
            if (m_client)
                m_client->deleteLater();
        }
        m_read->setDefault(true);
        updateButtons();
    });
    connect(m_allowHttp, &QCheckBox::toggled, this, &AddCityDialog::updateButtons);
    connect(m_cityId, &QLineEdit::textChanged, this, &AddCityDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &AddCityDialog::updateButtons);
    connect(
        m_endpointList, &QListWidget::itemSelectionChanged, this, &AddCityDialog::updateButtons);
    connect(m_endpointList, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    updateButtons();
    resize(640, 520);
}

void AddCityDialog::setUrl(const QString& url)
{
    m_url->setText(url);
}

QUrl AddCityDialog::typedUrl() const
{
    QString text = m_url->text().trimmed();
    // "city.example/open311" is meant as a web address, and a safe one.
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    return QUrl(text, QUrl::StrictMode);
}

Client* AddCityDialog::newClient(const Endpoint& endpoint)
{
    // Going, the one before abandons whatever it still waited for.
    if (m_client)
        m_client->deleteLater();
    m_client = new Client(
        endpoint, [] { return QString(); }, this);
    m_client->setTimeout(kReadTimeoutMs);
    return m_client;
}

void AddCityDialog::read()
{
    const quint64 generation = ++m_generation;
    clearResults();
    // Until this read offers something, Enter means "read again".
    m_read->setDefault(true);
    const QUrl url = typedUrl();
    const bool allowPlainHttp = m_allowHttp->isChecked() || Endpoint::isLoopbackHost(url.host());
    const Endpoint endpoint(
        url, QString(), allowPlainHttp, Protocol::GeoReportV2, WireFormat::Json);
    if (std::optional<Error> refused = endpoint.check()) {
        finishRead(false, refused->message());
        return;
    }
    m_reading = true;
    m_readText = tr("Reading the city's server\u2026");
    updateButtons();
    onResult(newClient(endpoint)->discovery(), this,
        [this, generation, url, allowPlainHttp](const Result<Discovery>& discovery) {
            if (generation != m_generation)
                return;
            if (discovery.ok()) {
                showDiscovery(discovery.value());
                return;
            }
            const Error& error = discovery.error();
            // Nobody there: asking the same host twice more would only triple the wait.
            if (error.kind() == Error::Kind::Network || error.kind() == Error::Kind::Timeout) {
                finishRead(
                    false, tr("The city's server could not be reached: %1").arg(error.message()));
                return;
            }
            readAsEndpoint(url, allowPlainHttp, error, generation);
        });
}

void AddCityDialog::readAsEndpoint(
    const QUrl& url, bool allowPlainHttp, const Error& discoveryError, quint64 generation)
{
    const QString cityId = m_cityId->text().trimmed();
    const QPointer<Client> v2
        = newClient(Endpoint(url, cityId, allowPlainHttp, Protocol::GeoReportV2, WireFormat::Json));
    onResult(v2->serviceList(), this,
        [this, v2, url, cityId, allowPlainHttp, discoveryError, generation](
            const Result<ServiceList>& services) {
            if (generation != m_generation)
                return;
            if (answersGeoReport(services)) {
                DiscoveryEndpoint endpoint;
                endpoint.specification = kV2Specification;
                endpoint.url = url;
                // The format that answered: a client that met broken JSON asks in XML from then on.
                const bool json = v2 && v2->endpoint().format() == WireFormat::Json;
                endpoint.formats
                    = { json ? QStringLiteral("application/json") : QStringLiteral("text/xml") };
                offer({ endpoint }, 0);
                finishRead(true,
                    tr("This address has no discovery document, but a GeoReport v2 server "
                       "answers there."));
                return;
            }
            // v1 wants a city id before it answers at all. The host is only a guess, but a
            // server that rejects it has still shown that it speaks GeoReport v1.
            const QString guess = cityId.isEmpty() ? url.host() : cityId;
            onResult(newClient(Endpoint(url, guess, allowPlainHttp, Protocol::GeoReportV1))
                         ->serviceList(),
                this, [this, url, discoveryError, generation](const Result<ServiceList>& v1) {
                    if (generation != m_generation)
                        return;
                    if (!answersGeoReport(v1)) {
                        finishRead(false,
                            tr("No discovery document was found at this address, and no "
                               "GeoReport server answers there. %1")
                                .arg(discoveryError.message()));
                        return;
                    }
                    DiscoveryEndpoint endpoint;
                    endpoint.specification = kV1Specification;
                    endpoint.url = url;
                    endpoint.formats = { QStringLiteral("text/xml") };
                    offer({ endpoint }, 0);
                    finishRead(true,
                        tr("This address has no discovery document, but a GeoReport v1 server "
                           "answers there."));
                });
        });
}

void AddCityDialog::showDiscovery(const Discovery& discovery)
{
    const DiscoveryEndpoint* preferred = discovery.preferred();
    QList<DiscoveryEndpoint> usable;
    int preferredRow = 0;
    for (const DiscoveryEndpoint& endpoint : discovery.endpoints) {
        // Other specifications are nothing this app can speak.
        if ((!endpoint.isV2() && !endpoint.isV1()) || !endpoint.url.isValid())
            continue;
        if (&endpoint == preferred)
            preferredRow = int(usable.size());
        usable.append(endpoint);
    }
    showCityText(discovery.contact, discovery.keyService);
    if (usable.isEmpty()) {
        finishRead(false, tr("The city's discovery document lists no GeoReport endpoint."));
        return;
    }
    offer(usable, preferredRow);
    finishRead(true,
        tr("The city's discovery document lists %n endpoint(s); the one to use is selected.",
            nullptr, int(usable.size())));
}

void AddCityDialog::offer(const QList<DiscoveryEndpoint>& endpoints, int preferredRow)
{
    m_endpoints = endpoints;
    for (const DiscoveryEndpoint& endpoint : endpoints)
        m_endpointList->addItem(describe(endpoint));
    m_endpointList->setCurrentRow(preferredRow);
    // A name the user typed stays; one this dialog suggested follows the address.
    if (m_name->text().trimmed().isEmpty() || m_name->text() == m_prefilledName) {
        m_prefilledName = typedUrl().host();
        m_name->setText(m_prefilledName);
    }
}

void AddCityDialog::showCityText(const QString& contact, const QString& keyService)
{
    m_keyService = keyService.trimmed();
    QStringList lines;
    if (!contact.trimmed().isEmpty())
        lines << tr("Contact: %1").arg(contact.trimmed());
    if (!m_keyService.isEmpty())
        lines << tr("API keys: %1").arg(m_keyService);
    const QString plain = lines.join(QLatin1Char('\n'));
    const QList<WebLink> links = webLinks(plain);
    if (links.isEmpty()) {
        m_cityText->setTextFormat(Qt::PlainText);
        m_cityText->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_cityText->setOpenExternalLinks(false);
        m_cityText->setText(plain);
    } else {
        m_cityText->setTextFormat(Qt::RichText);
        m_cityText->setTextInteractionFlags(Qt::TextBrowserInteraction);
        m_cityText->setOpenExternalLinks(true);
        m_cityText->setText(withLinks(plain, links));
        // Its links are reachable by Tab now, in the order the dialog reads.
        QWidget::setTabOrder(m_read, m_cityText);
        QWidget::setTabOrder(m_cityText, m_endpointList);
    }
    m_cityText->setAccessibleDescription(plain);
    m_cityText->setVisible(!plain.isEmpty());
}

void AddCityDialog::clearResults()
{
    m_endpoints.clear();
    m_endpointList->clear();
    m_readText.clear();
    showCityText(QString(), QString());
}

void AddCityDialog::finishRead(bool ok, const QString& text)
{
    m_reading = false;
    m_readText = text;
    if (ok)
        m_ok->setDefault(true);
    updateButtons();
    Q_EMIT readFinished(ok);
}

const DiscoveryEndpoint* AddCityDialog::selectedEndpoint() const
{
    const QList<QListWidgetItem*> selected = m_endpointList->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = m_endpointList->row(selected.constFirst());
    return row >= 0 && row < m_endpoints.size() ? &m_endpoints[row] : nullptr;
}

Profile AddCityDialog::profile() const
{
    Profile p;
    const DiscoveryEndpoint* chosen = selectedEndpoint();
    if (!chosen)
        return p;
    p.protocol = chosen->isV1() ? Protocol::GeoReportV1 : Protocol::GeoReportV2;
    p.baseUrl = chosen->url;
    p.format = chosen->offersJson() ? WireFormat::Json : WireFormat::Xml;
    p.cityId = m_cityId->text().trimmed();
    p.displayName = m_name->text().trimmed();
    p.testEndpoint = chosen->isTest();
    if (p.testEndpoint) {
        p.displayName += tr(" (test)");
        p.note = tr("Test endpoint: reports filed here are not real.");
    }
    const QList<WebLink> links = webLinks(m_keyService);
    if (!links.isEmpty())
        p.keyRequestUrl = links.constFirst().url;
    // Ticked to read an http discovery document, it says nothing of an https endpoint.
    p.allowPlainHttp = chosen->url.scheme() == u"http"
        && (m_allowHttp->isChecked() || Endpoint::isLoopbackHost(chosen->url.host()));
    return p;
}

// Why the chosen endpoint cannot be added yet, if it cannot.
QString AddCityDialog::blocker() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the city a name.");
    const Profile p = profile();
    if (p.protocol == Protocol::GeoReportV1 && p.cityId.isEmpty())
        return tr("A GeoReport v1 server needs the city's id: enter it under Jurisdiction id "
                  "(for example sfgov.org).");
    if (std::optional<Error> invalid = p.endpoint().check())
        return invalid->message();
    return QString();
}

void AddCityDialog::updateButtons()
{
    m_read->setEnabled(!m_reading && !m_url->text().trimmed().isEmpty());
    const bool chosen = selectedEndpoint() != nullptr;
    const QString blocked = chosen ? blocker() : QString();
    m_ok->setEnabled(chosen && blocked.isEmpty());
    const QString message = blocked.isEmpty() ? m_readText : blocked;
    m_message->setText(message);
    m_message->setAccessibleDescription(message);
}

} // namespace Open311
