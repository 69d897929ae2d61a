#pragma once

#include "core/Profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Open311 {

class KeyVault;
class ProfileStore;

// Jurisdictions (add, edit, duplicate, remove, import, export, test the connection), their API
// keys ("set" or "not set", replace, remove: a key is never shown), the map and geocoder of
// each, the language and the Tracker's interval. Settings IT has locked are shown, not editable.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ProfileStore* profiles, KeyVault* keys, QWidget* parent = nullptr);

    void selectProfile(const QString& id);
    // Problems with the current jurisdiction's feeds of existing requests, shown under them.
    void setFeedProblems(const QStringList& problems);

Q_SIGNALS:
    void profilesChanged();
    void keyChanged(const QString& profileId);
    void languageChanged(const QString& language);
    void kineticPanningChanged(bool on);

private:
    void reload(const QString& selectId = QString());
    void showProfile(const Profile& profile);
    Profile editedProfile() const;
    void saveProfile();
    void refreshKeyState();
    void testConnection();
    void setEditable(bool editable);
    // A city found by its discovery document or endpoint address, shown to be saved.
    void addFromAddress();

    ProfileStore* m_profiles;
    KeyVault* m_keys;
    QList<Profile> m_list;
    Profile m_current;

    QListWidget* m_profileList;
    QPushButton* m_add;
    QPushButton* m_addFromAddress;
    QPushButton* m_duplicate;
    QPushButton* m_remove;
    QPushButton* m_import;
    QPushButton* m_export;
    QLabel* m_note;
    QLineEdit* m_name;
    QLineEdit* m_baseUrl;
    QLineEdit* m_cityId;
    QComboBox* m_protocol;
    QComboBox* m_format;
    QCheckBox* m_allowHttp;
    QLineEdit* m_tiles;
    QLineEdit* m_tileAttribution;
    QLineEdit* m_geocoder;
    QSpinBox* m_interval;
    QCheckBox* m_accountId;
    QCheckBox* m_photoUploads;
    QPlainTextEdit* m_feeds;
    QLineEdit* m_serviceArea;
    QLabel* m_feedProblems;
    QLabel* m_keyState;
    QLineEdit* m_newKey;
    QPushButton* m_setKey;
    QPushButton* m_removeKey;
    QPushButton* m_save;
    QPushButton* m_test;
    QLabel* m_message;
    QComboBox* m_language;
    QCheckBox* m_kinetic;
};

} // namespace Open311
