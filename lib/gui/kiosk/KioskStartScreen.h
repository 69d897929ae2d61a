#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Open311 {

// The kiosk's welcome: a large "Report a problem" in the city's languages, and a way for a
// visitor to look up one request id (and nothing else).
class KioskStartScreen : public QWidget
{
    Q_OBJECT

public:
    // The languages a visitor may read, as tags ("en", "zh_TW"): the kiosk's configuration.
    explicit KioskStartScreen(
        const QStringList& languages = defaultLanguages(), QWidget* parent = nullptr);

    void showLookupResult(const QString& text);
    void clear();
    QPushButton* startButton() const { return m_start; }

    // Without a configured list: English and Spanish, as most US cities serve them.
    static QStringList defaultLanguages();
    // "Report a problem" in each of the languages, the interface's first, for the button.
    static QStringList greetings(const QStringList& languages = defaultLanguages());
    // The welcome sentence likewise: one paragraph per language above the button.
    static QStringList welcomes(const QStringList& languages = defaultLanguages());

    // One button per language the kiosk serves, named in that language.
    QList<QPushButton*> languageButtons() const { return m_languageButtons; }

Q_SIGNALS:
    void startRequested();
    // A visitor chose the language to report in (a tag, "zh_TW").
    void languageChosen(const QString& language);
    void lookupRequested(const QString& requestId);

private:
    QPushButton* m_start;
    QLineEdit* m_lookupId;
    QPushButton* m_lookup;
    QLabel* m_lookupResult;
    QList<QPushButton*> m_languageButtons;
};

} // namespace Open311
