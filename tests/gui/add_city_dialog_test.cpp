#include "WidgetLookup.h"
#include "gui/settings/AddCityDialog.h"
#include "http/HttpServer.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Open311;
using Open311::Testing::child;

namespace {

const QString kDash = QStringLiteral(" \u2014 ");

QLineEdit* urlField(QWidget* dialog)
{
    return child<QLineEdit>(
        dialog, QStringLiteral("Address of the city's server or discovery document"));
}

QListWidget* endpointList(QWidget* dialog)
{
    return child<QListWidget>(dialog, QStringLiteral("Endpoints"));
}

QLineEdit* jurisdictionField(QWidget* dialog)
{
    return child<QLineEdit>(dialog, QStringLiteral("Jurisdiction id"));
}

QLineEdit* nameField(QWidget* dialog)
{
    return child<QLineEdit>(dialog, QStringLiteral("Name"));
}

QPushButton* addButton(QWidget* dialog)
{
    return child<QPushButton>(dialog, QStringLiteral("Add the city"));
}

QPushButton* readButton(QWidget* dialog)
{
    return child<QPushButton>(dialog, QStringLiteral("Read the city's server"));
}

QLabel* messageLabel(QWidget* dialog)
{
    return child<QLabel>(dialog, QStringLiteral("Message"));
}

QLabel* cityText(QWidget* dialog)
{
    return child<QLabel>(dialog, QStringLiteral("About the city"));
}

// Reads `url` and spins the event loop (the servers live in this process) until the attempt
// ends; nullopt when it never did.
std::optional<bool> readAndWait(AddCityDialog& dialog, const QString& url)
{
    QSignalSpy finished(&dialog, &AddCityDialog::readFinished);
    dialog.setUrl(url);
    dialog.read();
    if (finished.isEmpty() && !finished.wait(20000))
        return std::nullopt;
    return finished.constFirst().constFirst().toBool();
}

QStringList rowsContaining(QListWidget* list, const QString& text)
{
    QStringList rows;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(text))
            rows << list->item(row)->text();
    }
    return rows;
}

int rowOf(QListWidget* list, const QString& text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == text)
            return row;
    }
    return -1;
}

// The widgets of `wanted` in the order Tab reaches them, starting from the first.
QList<QWidget*> tabOrder(const QList<QWidget*>& wanted)
{
    QList<QWidget*> order;
    QWidget* widget = wanted.constFirst();
    do {
        if (wanted.contains(widget) && !order.contains(widget))
            order << widget;
        widget = widget->nextInFocusChain();
    } while (widget != wanted.constFirst());
    return order;
}

} // namespace

// The "Add a city" dialog against the training city in this process: its discovery document,
// its v1 endpoint (which has none), a server with no discovery document at all, nobody at the
// address, and an address refused before anything is sent.
class AddCityDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_city;

private Q_SLOTS:
    void initTestCase()
    {
        m_city = std::make_unique<SandboxServer>(SandboxOptions());
        QString error;
        QVERIFY2(m_city->start(error), qPrintable(error));
    }

    void cleanupTestCase() { m_city.reset(); }

    void discoveryListsTheTrainingCitysEndpoints_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("byKeyboard");
        QTest::newRow("the document") << QStringLiteral("discovery.json") << false;
        QTest::newRow("its folder, by keyboard") << QString() << true;
    }

    void discoveryListsTheTrainingCitysEndpoints()
    {
        QFETCH(QString, path);
        QFETCH(bool, byKeyboard);
        const QString v2 = m_city->v2EndpointUrl().toString();
        const QString v1 = m_city->endpointUrl().toString();
        AddCityDialog dialog;
        QLineEdit* url = urlField(&dialog);
        if (byKeyboard) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            url->setFocus();
            QSignalSpy finished(&dialog, &AddCityDialog::readFinished);
            QTest::keyClicks(url, v2 + path);
            QTest::keyClick(url, Qt::Key_Return);
            QVERIFY(finished.wait(20000));
            QVERIFY(finished.constFirst().constFirst().toBool());
        } else {
            const std::optional<bool> ok = readAndWait(dialog, v2 + path);
            QVERIFY(ok.has_value());
            QVERIFY(*ok);
        }

        QListWidget* list = endpointList(&dialog);
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->selectedItems().size(), 1);
        QCOMPARE(list->selectedItems().constFirst()->text(),
            v2 + kDash + QStringLiteral("GeoReport v2, production, JSON and XML"));
        // The training city lists its v2 URL as a test endpoint too: marked in words.
        QCOMPARE(rowsContaining(list, QStringLiteral("(test)")),
            QStringList { v2 + kDash + QStringLiteral("GeoReport v2 (test), JSON and XML") });
        QVERIFY(rowOf(list, v1 + kDash + QStringLiteral("GeoReport v1, production, XML")) >= 0);

        QLabel* about = cityText(&dialog);
        QVERIFY(about->text().contains(QStringLiteral("training city")));
        QVERIFY(about->text().contains(SandboxOptions::kTrainingKey));
        QVERIFY(about->isVisibleTo(&dialog));
        // No link in it, so nothing in it is markup.
        QCOMPARE(about->textFormat(), Qt::PlainText);
        QCOMPARE(url->text(), v2 + path);

        QLineEdit* name = nameField(&dialog);
        QCOMPARE(name->text(), QStringLiteral("127.0.0.1"));
        QVERIFY(addButton(&dialog)->isEnabled());
        name->setText(QStringLiteral("Training city"));
        if (byKeyboard)
            QTest::keyClick(name, Qt::Key_Return); // Enter adds the city once there is one
        else
            addButton(&dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Profile profile = dialog.profile();
        QCOMPARE(profile.protocol, Protocol::GeoReportV2);
        QCOMPARE(profile.baseUrl, m_city->v2EndpointUrl());
        QCOMPARE(profile.format, WireFormat::Json);
        QVERIFY(!profile.testEndpoint);
        QCOMPARE(profile.displayName, QStringLiteral("Training city"));
        QVERIFY(profile.cityId.isEmpty());
        QVERIFY(profile.allowPlainHttp); // loopback
        QVERIFY(profile.note.isEmpty());
        QVERIFY(profile.id.isEmpty());
        QVERIFY(profile.keyRequestUrl.isEmpty());
        QVERIFY(!profile.endpoint().check().has_value());
    }

    void theTestEndpointMakesATestProfile()
    {
        AddCityDialog dialog;
        const std::optional<bool> ok = readAndWait(
            dialog, m_city->v2EndpointUrl().toString() + QStringLiteral("discovery.json"));
        QVERIFY(ok.has_value());
        QVERIFY(*ok);
        QListWidget* list = endpointList(&dialog);
        const int row = rowOf(list,
            m_city->v2EndpointUrl().toString() + kDash
                + QStringLiteral("GeoReport v2 (test), JSON and XML"));
        QVERIFY(row >= 0);
        list->setCurrentRow(row);
        nameField(&dialog)->setText(QStringLiteral("Training city"));
        QVERIFY(addButton(&dialog)->isEnabled());
        addButton(&dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Profile profile = dialog.profile();
        QVERIFY(profile.testEndpoint);
        QCOMPARE(profile.displayName, QStringLiteral("Training city (test)"));
        QVERIFY(profile.note.contains(QStringLiteral("not real")));
        QCOMPARE(profile.protocol, Protocol::GeoReportV2);
        QCOMPARE(profile.baseUrl, m_city->v2EndpointUrl());
    }

    void aV1EndpointWithoutDiscoveryIsOfferedAsV1()
    {
        AddCityDialog dialog;
        const QString v1 = m_city->endpointUrl().toString();
        const std::optional<bool> ok = readAndWait(dialog, v1);
        QVERIFY(ok.has_value());
        QVERIFY(*ok);
        QListWidget* list = endpointList(&dialog);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->selectedItems().size(), 1);
        QCOMPARE(list->item(0)->text(),
            v1 + kDash + QStringLiteral("GeoReport v1, production or test not stated, XML"));
        // v1 cannot work without the city id, and the dialog says where it goes.
        QVERIFY(!addButton(&dialog)->isEnabled());
        QVERIFY2(messageLabel(&dialog)->text().contains(QStringLiteral("Jurisdiction id")),
            qPrintable(messageLabel(&dialog)->text()));
        jurisdictionField(&dialog)->setText(SandboxOptions::kTrainingCityId);
        QVERIFY(addButton(&dialog)->isEnabled());
        QVERIFY(messageLabel(&dialog)->text().contains(QStringLiteral("GeoReport v1")));
        addButton(&dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Profile profile = dialog.profile();
        QCOMPARE(profile.protocol, Protocol::GeoReportV1);
        QCOMPARE(profile.baseUrl, m_city->endpointUrl());
        QCOMPARE(profile.cityId, SandboxOptions::kTrainingCityId);
        QCOMPARE(profile.format, WireFormat::Xml);
        QVERIFY(!profile.testEndpoint);
        QCOMPARE(profile.displayName, QStringLiteral("127.0.0.1"));
    }

    void aV2EndpointWithoutDiscoveryIsOfferedAsV2()
    {
        HttpServer server;
        server.setHandler([](const HttpRequest& request) {
            if (request.path == QLatin1String("/api/v2/services.json")) {
                return HttpResponse::json(R"([{"service_code":"001","service_name":"Pothole",)"
                                          R"("description":"A hole in the road","metadata":false,)"
                                          R"("type":"realtime","keywords":"","group":"streets"}])");
            }
            return HttpResponse::html(404, "<html><body><h1>404 Not Found</h1></body></html>");
        });
        QVERIFY(server.listen());
        QUrl endpoint = server.baseUrl();
        endpoint.setPath(QStringLiteral("/api/v2/"));

        AddCityDialog dialog;
        const std::optional<bool> ok = readAndWait(dialog, endpoint.toString());
        QVERIFY(ok.has_value());
        QVERIFY(*ok);
        QListWidget* list = endpointList(&dialog);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(),
            endpoint.toString() + kDash
                + QStringLiteral("GeoReport v2, production or test not stated, JSON"));
        QVERIFY(addButton(&dialog)->isEnabled());
        addButton(&dialog)->click();
        const Profile profile = dialog.profile();
        QCOMPARE(profile.protocol, Protocol::GeoReportV2);
        QCOMPARE(profile.baseUrl, endpoint);
        QCOMPARE(profile.format, WireFormat::Json);
        QVERIFY(!profile.testEndpoint);
    }

    void nobodyAnsweringLeavesWhatWasTyped()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString typed = QStringLiteral("http://127.0.0.1:%1/open311/").arg(port);

        AddCityDialog dialog;
        const std::optional<bool> ok = readAndWait(dialog, typed);
        QVERIFY(ok.has_value());
        QVERIFY(!*ok);
        QVERIFY(!messageLabel(&dialog)->text().isEmpty());
        QCOMPARE(urlField(&dialog)->text(), typed);
        QCOMPARE(endpointList(&dialog)->count(), 0);
        QVERIFY(!addButton(&dialog)->isEnabled());
        QVERIFY(readButton(&dialog)->isEnabled());
    }

    void plainHttpElsewhereIsRefusedBeforeAnyRequest()
    {
        AddCityDialog dialog;
        QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("Allow plain HTTP"))->isChecked());
        QSignalSpy finished(&dialog, &AddCityDialog::readFinished);
        const QString typed = QStringLiteral("http://example.invalid/");
        dialog.setUrl(typed);
        dialog.read();
        // Over before read() returned: nothing was looked up or sent.
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.constFirst().constFirst().toBool());
        const QString message = messageLabel(&dialog)->text();
        QVERIFY2(message.contains(QStringLiteral("https")), qPrintable(message));
        QCOMPARE(urlField(&dialog)->text(), typed);
        QVERIFY(!addButton(&dialog)->isEnabled());
        QVERIFY(readButton(&dialog)->isEnabled());
    }

    void aLinkInTheKeyServiceIsTheOnlyMarkup()
    {
        HttpServer server;
        server.setHandler([&server](const HttpRequest& request) {
            if (request.path != QLatin1String("/api/v2/discovery.json"))
                return HttpResponse::html(404, "<html><body><h1>404 Not Found</h1></body></html>");
            QUrl endpoint = server.baseUrl();
            endpoint.setPath(QStringLiteral("/api/v2/"));
            return HttpResponse::json(
                R"({"changeset":"2026-01-01T00:00:00Z","contact":"The <b>311</b> team",)"
                R"("key_service":"Apply for a key at https://keys.city.example/apply.",)"
                R"("endpoints":[{"specification":"http://wiki.open311.org/GeoReport_v2",)"
                R"("url":")"
                + endpoint.toString().toUtf8()
                + R"(","changeset":"2026-01-01T00:00:00Z","type":"production",)"
                  R"("formats":["text/xml","application/json"]}]})");
        });
        QVERIFY(server.listen());
        QUrl folder = server.baseUrl();
        folder.setPath(QStringLiteral("/api/v2/"));

        AddCityDialog dialog;
        const std::optional<bool> ok = readAndWait(dialog, folder.toString());
        QVERIFY(ok.has_value());
        QVERIFY(*ok);
        QLabel* about = cityText(&dialog);
        QCOMPARE(about->textFormat(), Qt::RichText);
        QCOMPARE(about->textInteractionFlags(), Qt::TextBrowserInteraction);
        QVERIFY(about->openExternalLinks());
        QVERIFY2(
            about->text().contains(QStringLiteral(
                "<a "
                "href=\"https://keys.city.example/apply\">https://keys.city.example/apply</a>.")),
            qPrintable(about->text()));
        QVERIFY2(about->text().contains(QStringLiteral("The &lt;b&gt;311&lt;/b&gt; team")),
            qPrintable(about->text()));
        QVERIFY(about->accessibleDescription().contains(QStringLiteral("The <b>311</b> team")));
        // Its link is reached by Tab where it stands: after Read, before the endpoints.
        const QList<QWidget*> order
            = tabOrder({ urlField(&dialog), readButton(&dialog), about, endpointList(&dialog) });
        QCOMPARE(order,
            QList<QWidget*>(
                { urlField(&dialog), readButton(&dialog), about, endpointList(&dialog) }));

        addButton(&dialog)->click();
        QCOMPARE(dialog.profile().keyRequestUrl,
            QUrl(QStringLiteral("https://keys.city.example/apply")));
        QCOMPARE(dialog.profile().baseUrl, folder);
    }

    void everyControlIsNamedAndReachedByKeyboard()
    {
        AddCityDialog dialog;
        QVERIFY(!dialog.accessibleName().isEmpty());
        int controls = 0;
        for (QWidget* widget : dialog.findChildren<QWidget*>()) {
            auto* label = qobject_cast<QLabel*>(widget);
            const bool control = qobject_cast<QLineEdit*>(widget)
                || qobject_cast<QAbstractButton*>(widget)
                || qobject_cast<QAbstractItemView*>(widget) || (label && !label->buddy());
            if (!control)
                continue;
            ++controls;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        QVERIFY(controls >= 10);

        QLineEdit* url = urlField(&dialog);
        QCheckBox* allowHttp = child<QCheckBox>(&dialog, QStringLiteral("Allow plain HTTP"));
        QPushButton* read = readButton(&dialog);
        QListWidget* list = endpointList(&dialog);
        QLineEdit* jurisdiction = jurisdictionField(&dialog);
        QLineEdit* name = nameField(&dialog);
        QPushButton* add = addButton(&dialog);
        QPushButton* cancel = child<QPushButton>(&dialog, QStringLiteral("Cancel"));
        // Fields are reached by their labels' mnemonics, the rest by their own.
        for (QWidget* field : std::initializer_list<QWidget*> { url, list, jurisdiction, name }) {
            bool labelled = false;
            for (QLabel* label : dialog.findChildren<QLabel*>())
                labelled = labelled
                    || (label->buddy() == field && label->text().contains(QLatin1Char('&')));
            QVERIFY2(labelled, qPrintable(field->accessibleName()));
        }
        for (QAbstractButton* button :
            std::initializer_list<QAbstractButton*> { allowHttp, read, add })
            QVERIFY2(button->text().contains(QLatin1Char('&')), qPrintable(button->text()));

        const QList<QWidget*> order
            = tabOrder({ url, allowHttp, read, list, jurisdiction, name, add, cancel });
        QCOMPARE(order.size(), 8);
        QCOMPARE(
            order.mid(0, 6), QList<QWidget*>({ url, allowHttp, read, list, jurisdiction, name }));
        QVERIFY(order.mid(6).contains(add));
        QVERIFY(order.mid(6).contains(cancel));
    }
};

QTEST_MAIN(AddCityDialogTest)
#include "add_city_dialog_test.moc"
