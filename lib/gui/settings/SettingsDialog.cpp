#include "gui/settings/SettingsDialog.h"

#include "core/Client.h"
#include "core/FutureCallback.h"
#include "gui/settings/AddCityDialog.h"
#include "gui/widgets/AccessibleText.h"
#include "gui/widgets/MnemonicText.h"
#include "gui/widgets/TableColumns.h"
#include "i18n/Translations.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Open311 {

SettingsDialog::SettingsDialog(ProfileStore* profiles, KeyVault* keys, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keys(keys)
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    m_profileList = new QListWidget(this);
    m_profileList->setAccessibleName(tr("Jurisdictions"));
    m_add = new QPushButton(tr("&Add"), this);
    m_addFromAddress = new QPushButton(tr("Add from its &web address\u2026"), this);
    m_addFromAddress->setAccessibleName(tr("Add a city from its web address"));
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_import = new QPushButton(tr("&Import\u2026"), this);
    m_export = new QPushButton(tr("E&xport\u2026"), this);
    for (QPushButton* b : { m_add, m_duplicate, m_remove, m_import, m_export })
        b->setAccessibleName(MnemonicText::stripped(b->text()).remove(QChar(0x2026))
            + QLatin1Char(' ') + tr("jurisdiction"));

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setOpenExternalLinks(true);
    m_name = new QLineEdit(this);
    m_baseUrl = new QLineEdit(this);
    m_cityId = new QLineEdit(this);
    m_protocol = new QComboBox(this);
    m_protocol->addItem(tr("GeoReport v2"), protocolShortName(Protocol::GeoReportV2));
    m_protocol->addItem(tr("GeoReport v1 (deprecated)"), protocolShortName(Protocol::GeoReportV1));
    m_format = new QComboBox(this);
    m_format->addItem(tr("JSON, with XML where JSON fails"), formatName(WireFormat::Json));
    m_format->addItem(tr("XML only"), formatName(WireFormat::Xml));
    m_allowHttp = new QCheckBox(tr("Allow plain HTTP (the key travels unencrypted)"), this);
    m_tiles = new QLineEdit(this);
    m_tileAttribution = new QLineEdit(this);
    m_geocoder = new QLineEdit(this);
    m_interval = new QSpinBox(this);
    m_interval->setRange(30, 24 * 3600);
    m_interval->setSuffix(tr(" s"));
    m_accountId = new QCheckBox(tr("Reports carry an account id"), this);
    m_photoUploads = new QCheckBox(tr("Takes p&hotos with a report (multipart media, v2)"), this);
    m_photoUploads->setToolTip(tr("Some v2 cities, Helsinki's among them, take photos uploaded "
                                  "with a report. Others take only a link."));
    m_serviceArea = new QLineEdit(this);
    m_feeds = new QPlainTextEdit(this);
    m_feeds->setPlaceholderText(
        tr("One per line: an https address or a file (KML, GeoJSON or CSV)"));
    m_feeds->setTabChangesFocus(true);
    m_feeds->setMaximumHeight(m_feeds->fontMetrics().height() * 4);
    m_feedProblems = new QLabel(this);
    m_feedProblems->setWordWrap(true);
    m_feedProblems->setAccessibleName(tr("Feed problems"));
    m_keyState = new QLabel(this);
    m_newKey = new QLineEdit(this);
    m_newKey->setEchoMode(QLineEdit::Password);
    m_newKey->setInputMethodHints(
        Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText);
    m_newKey->setPlaceholderText(tr("New API key"));
    TableColumns::fitPlaceholder(m_newKey);
    m_setKey = new QPushButton(tr("Set &key"), this);
    m_removeKey = new QPushButton(tr("Remove ke&y"), this);
    m_save = new QPushButton(tr("&Save jurisdiction"), this);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleDescription(tr("Message"));
    m_kinetic = new QCheckBox(tr("Let the map glide on after a flick"), this);
    m_language = new QComboBox(this);
    m_language->addItem(tr("As the system"), QString());
    // Each language by its own name: someone who cannot read the current one finds theirs.
    for (const QString& tag : Translations::shipped())
        m_language->addItem(Translations::nativeName(tag), tag);

    const QList<QPair<QWidget*, QString>> names = {
        { m_name, tr("Name") },
        { m_baseUrl, tr("Server address") },
        { m_cityId, tr("City id") },
        { m_protocol, tr("Protocol") },
        { m_format, tr("Answer format") },
        { m_allowHttp, tr("Allow plain HTTP") },
        { m_tiles, tr("Map tiles") },
        { m_tileAttribution, tr("Map attribution") },
        { m_geocoder, tr("Address search") },
        { m_interval, tr("Tracker interval") },
        { m_accountId, tr("Uses account id") },
        { m_photoUploads, tr("Takes photo uploads") },
        { m_feeds, tr("Feeds of existing requests") },
        { m_serviceArea, tr("Service area") },
        { m_newKey, tr("New API key") },
        { m_setKey, tr("Set the API key") },
        { m_removeKey, tr("Remove the API key") },
        { m_save, tr("Save the jurisdiction") },
        { m_test, tr("Test the connection") },
        { m_language, tr("Language") },
        { m_kinetic, tr("Let the map glide on after a flick") },
    };
    for (const auto& [widget, name] : names) {
        widget->setAccessibleName(name);
        if (auto* combo = qobject_cast<QComboBox*>(widget))
            AccessibleText::namePopup(combo, name);
    }

    auto* form = new QFormLayout;
    form->addRow(m_note);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Ser&ver"), m_baseUrl);
    form->addRow(tr("&Protocol"), m_protocol);
    form->addRow(tr("&City id"), m_cityId);
    form->addRow(tr("F&ormat (v2)"), m_format);
    form->addRow(QString(), m_allowHttp);
    form->addRow(tr("&Map tiles"), m_tiles);
    form->addRow(tr("Map attri&bution"), m_tileAttribution);
    form->addRow(tr("A&ddress search"), m_geocoder);
    form->addRow(tr("Track&er interval"), m_interval);
    form->addRow(QString(), m_accountId);
    form->addRow(QString(), m_photoUploads);
    form->addRow(tr("Service area &file or address"), m_serviceArea);
    form->addRow(tr("Existin&g requests"), m_feeds);
    form->addRow(QString(), m_feedProblems);
    // The key's state on a line of its own: beside the field, a long state ("Set by the
    // administrator") squeezed the field until its placeholder was cut.
    form->addRow(tr("API key"), m_keyState);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_newKey, 1);
    keyRow->addWidget(m_setKey);
    keyRow->addWidget(m_removeKey);
    // A visible label, so that a screen reader relates it to the field.
    auto* newKeyLabel = new QLabel(tr("New API key"), this);
    newKeyLabel->setBuddy(m_newKey);
    form->addRow(newKeyLabel, keyRow);
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_save);
    profileButtons->addWidget(m_test);
    profileButtons->addStretch(1);
    form->addRow(profileButtons);
    form->addRow(m_message);
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), m_kinetic);

    auto* listButtons = new QHBoxLayout;
    for (QPushButton* b : { m_add, m_duplicate, m_remove, m_import, m_export })
        listButtons->addWidget(b);
    auto* left = new QVBoxLayout;
    left->addWidget(m_profileList, 1);
    left->addLayout(listButtons);
    left->addWidget(m_addFromAddress);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    connect(m_profileList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_list.size())
            showProfile(m_list[row]);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        Profile fresh;
        fresh.id = QStringLiteral("city-%1").arg(m_list.size() + 1);
        fresh.displayName = tr("New jurisdiction");
        showProfile(fresh);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_addFromAddress, &QPushButton::clicked, this, &SettingsDialog::addFromAddress);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        const bool v2 = m_protocol->currentIndex() == 0 && m_cityId->isEnabled();
        m_format->setEnabled(v2);
        m_photoUploads->setEnabled(v2);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        showProfile(m_profiles->duplicate(m_current));
        m_message->setText(tr("A copy: change it, then save it."));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_profiles->remove(m_current.id, error)) {
            m_keys->remove(m_current.id);
            reload();
            Q_EMIT profilesChanged();
        } else {
            m_message->setText(error);
        }
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_setKey, &QPushButton::clicked, this, [this] {
        const QString key = m_newKey->text().trimmed();
        m_newKey->setText(QString()); // never kept on screen
        if (key.isEmpty())
            return;
        onResult(m_keys->store(m_current.id, key), this, [this](const Result<bool>& stored) {
            m_message->setText(stored.ok() ? tr("The API key was saved in the keychain.")
                                           : stored.error().message());
            refreshKeyState();
            if (stored.ok())
                Q_EMIT keyChanged(m_current.id);
        });
    });
    connect(m_removeKey, &QPushButton::clicked, this, [this] {
        onResult(m_keys->remove(m_current.id), this, [this](const Result<bool>& removed) {
            m_message->setText(
                removed.ok() ? tr("The API key was removed.") : removed.error().message());
            refreshKeyState();
            Q_EMIT keyChanged(m_current.id);
        });
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Export jurisdiction"),
            m_current.id + QStringLiteral(".json"), tr("Jurisdiction files (*.json)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            QSaveFile file(path);
            const bool ok = file.open(QIODevice::WriteOnly)
                && file.write(ProfileStore::exportProfile(m_current)) > 0 && file.commit();
            m_message->setText(ok ? tr("Exported to %1 (without the API key).").arg(path)
                                  : tr("Could not write %1: %2").arg(path, file.errorString()));
        });
        dialog->open();
        dialog->activateWindow(); // keyboard focus even with no window manager
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(
            this, tr("Import jurisdiction"), QString(), tr("Jurisdiction files (*.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            QFile file(path);
            QString error;
            std::optional<Profile> imported;
            if (file.open(QIODevice::ReadOnly) && file.size() < 1024 * 1024)
                imported = ProfileStore::importProfile(file.readAll(), error);
            else
                error = tr("%1 cannot be read.").arg(path);
            if (!imported) {
                m_message->setText(error);
                return;
            }
            showProfile(*imported);
            m_message->setText(tr("Imported: check it, then save it and set its API key."));
        });
        dialog->open();
        dialog->activateWindow(); // keyboard focus even with no window manager
    });
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(m_profiles->value(QStringLiteral("language")).toString())));
    m_language->setEnabled(!m_profiles->isLocked(QStringLiteral("language")));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_language->currentData().toString();
        m_profiles->setValue(QStringLiteral("language"), language);
        m_message->setText(tr("The language changes the next time the app starts."));
        Q_EMIT languageChanged(language);
    });
    m_kinetic->setChecked(m_profiles->value(QStringLiteral("map/kineticPanning"), true).toBool());
    connect(m_kinetic, &QCheckBox::toggled, this, [this](bool on) {
        m_profiles->setValue(QStringLiteral("map/kineticPanning"), on);
        Q_EMIT kineticPanningChanged(on);
    });
    reload(m_profiles->activeProfileId());
    resize(900, 560);
}

void SettingsDialog::reload(const QString& selectId)
{
    const QString keep = selectId.isEmpty() ? m_current.id : selectId;
    m_list = m_profiles->profiles();
    m_profileList->clear();
    int row = 0;
    for (int i = 0; i < m_list.size(); ++i) {
        QString label = m_list[i].displayName;
        if (m_list[i].deprecated)
            label = tr("%1 (deprecated)").arg(label);
        m_profileList->addItem(label);
        if (m_list[i].id == keep)
            row = i;
    }
    m_profileList->setCurrentRow(row);
    const bool locked = m_profiles->profilesLocked();
    m_add->setEnabled(!locked);
    m_import->setEnabled(!locked);
}

void SettingsDialog::selectProfile(const QString& id)
{
    reload(id);
}

void SettingsDialog::setFeedProblems(const QStringList& problems)
{
    m_feedProblems->setText(problems.join(QLatin1Char('\n')));
    m_feedProblems->setVisible(!problems.isEmpty());
}

void SettingsDialog::showProfile(const Profile& p)
{
    m_current = p;
    m_name->setText(p.displayName);
    m_baseUrl->setText(p.baseUrl.toString());
    m_cityId->setText(p.cityId);
    m_protocol->setCurrentIndex(qMax(0, m_protocol->findData(protocolShortName(p.protocol))));
    m_format->setCurrentIndex(qMax(0, m_format->findData(formatName(p.format))));
    m_allowHttp->setChecked(p.allowPlainHttp);
    m_tiles->setText(p.tileUrlTemplate);
    m_tileAttribution->setText(p.tileAttribution);
    m_geocoder->setText(p.geocoderUrl.toString());
    m_interval->setValue(p.pollIntervalSeconds);
    m_accountId->setChecked(p.usesAccountId);
    m_photoUploads->setChecked(p.acceptsPhotoUploads);
    m_feeds->setPlainText(p.feeds.join(QLatin1Char('\n')));
    m_serviceArea->setText(p.serviceArea);
    // The training city's server, map and address search start with the app; the generic hints
    // (a city's address, OpenStreetMap, Nominatim) read as if it used those.
    if (p.isTraining) {
        m_baseUrl->setPlaceholderText(tr("Built in: runs inside the app"));
        m_tiles->setPlaceholderText(tr("Built in: the training city's own map"));
        m_geocoder->setPlaceholderText(tr("Built in: the training city's streets"));
        m_tileAttribution->setPlaceholderText(QString());
        m_serviceArea->setPlaceholderText(tr("Built in: the training city's own edge"));
    } else {
        m_baseUrl->setPlaceholderText(QStringLiteral("https://city.example/dev/V1/"));
        m_tiles->setPlaceholderText(tr("Empty: OpenStreetMap"));
        m_tileAttribution->setPlaceholderText(tr("Needed for any map but OpenStreetMap's"));
        m_serviceArea->setPlaceholderText(tr("GeoJSON: an https address or a file"));
        m_geocoder->setPlaceholderText(QStringLiteral("https://nominatim.openstreetmap.org/"));
    }
    QString note = p.note;
    if (p.keyRequestUrl.isValid())
        note += QLatin1Char(' ')
            + tr("<a href=\"%1\">Request a key</a>")
                  .arg(p.keyRequestUrl.toString().toHtmlEscaped());
    if (m_profiles->isSystemProfile(p.id))
        note += QLatin1Char(' ') + tr("Managed by your administrator.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    const bool builtIn = std::any_of(m_list.cbegin(), m_list.cend(), [&](const Profile& o) {
        return o.id == p.id && (o.isTraining || o.deprecated || o.id == ProfileStore::kMiamiDadeId);
    });
    setEditable(!builtIn && !m_profiles->profilesLocked() && !m_profiles->isSystemProfile(p.id));
    m_duplicate->setEnabled(!p.isTraining && !m_profiles->profilesLocked());
    m_test->setEnabled(!p.isTraining);
    m_message->clear();
    refreshKeyState();
}

void SettingsDialog::setEditable(bool editable)
{
    for (QWidget* w : std::initializer_list<QWidget*> { m_name, m_baseUrl, m_cityId, m_protocol,
             m_allowHttp, m_tiles, m_tileAttribution, m_geocoder, m_interval, m_accountId, m_feeds,
             m_serviceArea, m_save, m_remove })
        w->setEnabled(editable);
    m_format->setEnabled(editable && m_protocol->currentIndex() == 0);
    m_photoUploads->setEnabled(editable && m_protocol->currentIndex() == 0);
}

Profile SettingsDialog::editedProfile() const
{
    Profile p = m_current;
    p.displayName = m_name->text().trimmed();
    p.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    p.cityId = m_cityId->text().trimmed();
    p.protocol = protocolFromShortName(m_protocol->currentData().toString())
                     .value_or(Protocol::GeoReportV2);
    p.format = formatFromName(m_format->currentData().toString()).value_or(WireFormat::Json);
    p.allowPlainHttp = m_allowHttp->isChecked();
    p.tileUrlTemplate = m_tiles->text().trimmed();
    p.tileAttribution = m_tileAttribution->text().trimmed();
    p.geocoderUrl = QUrl(m_geocoder->text().trimmed());
    p.pollIntervalSeconds = m_interval->value();
    p.usesAccountId = m_accountId->isChecked();
    p.acceptsPhotoUploads = p.protocol == Protocol::GeoReportV2 && m_photoUploads->isChecked();
    p.serviceArea = m_serviceArea->text().trimmed();
    p.feeds.clear();
    for (const QString& line :
        m_feeds->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            p.feeds << line.trimmed();
    }
    return p;
}

void SettingsDialog::addFromAddress()
{
    auto* dialog = new AddCityDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Profile found = dialog->profile();
        found.id = QStringLiteral("city-%1").arg(m_list.size() + 1);
        for (int n = int(m_list.size()) + 2; m_profiles->find(found.id); ++n)
            found.id = QStringLiteral("city-%1").arg(n);
        showProfile(found);
        m_message->setText(found.keyRequestUrl.isValid()
                ? tr("Found. Ask the city for an API key (the link above), then save.")
                : tr("Found. Check the fields, then save."));
        m_save->setFocus();
    });
    dialog->open();
}

void SettingsDialog::saveProfile()
{
    QString error;
    const Profile p = editedProfile();
    if (!m_profiles->save(p, error)) {
        // Shown where it was entered; whatever was typed stays in the fields.
        m_message->setText(error);
        return;
    }
    reload(p.id);
    m_message->setText(tr("Saved."));
    Q_EMIT profilesChanged();
}

void SettingsDialog::refreshKeyState()
{
    if (m_current.isTraining) {
        m_keyState->setText(tr("Not needed"));
        m_newKey->setEnabled(false);
        m_setKey->setEnabled(false);
        m_removeKey->setEnabled(false);
        return;
    }
    m_keyState->setText(tr("Checking\u2026"));
    const QString id = m_current.id;
    onResult(m_keys->key(id), this, [this, id](const Result<QString>& key) {
        if (id != m_current.id)
            return;
        const bool provisioned = m_keys->lastSource() == KeyVault::Source::Environment
            || m_keys->lastSource() == KeyVault::Source::KeyFile;
        if (!key.ok())
            m_keyState->setText(tr("Not available"));
        else
            m_keyState->setText(key.value().isEmpty() ? tr("Not set")
                    : provisioned                     ? tr("Set by the administrator")
                                                      : tr("Set"));
        if (!key.ok())
            m_message->setText(key.error().message());
        m_newKey->setEnabled(!provisioned);
        m_setKey->setEnabled(!provisioned);
        m_removeKey->setEnabled(!provisioned && key.ok() && !key.value().isEmpty());
    });
}

void SettingsDialog::testConnection()
{
    const Profile p = editedProfile();
    if (std::optional<Error> invalid = ProfileStore::validate(p)) {
        m_message->setText(invalid->message());
        return;
    }
    m_message->setText(tr("Testing the connection\u2026"));
    m_test->setEnabled(false);
    const QString id = p.id;
    onResult(m_keys->key(id), this, [this, p](const Result<QString>& key) {
        const QString apiKey = key.ok() ? key.value() : QString();
        auto* client = new Client(
            p.endpoint(), [apiKey] { return apiKey; }, this);
        client->setTimeout(15000);
        onResult(client->serviceList(), this, [this, client](const Result<ServiceList>& services) {
            m_test->setEnabled(true);
            client->deleteLater();
            m_message->setText(services.ok()
                    ? tr("Connected: the server offers %n service(s).", nullptr,
                        int(services.value().size()))
                    : tr("The connection failed: %1").arg(services.error().message()));
        });
    });
}

} // namespace Open311
