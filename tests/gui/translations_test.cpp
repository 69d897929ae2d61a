#include "ScopedLanguage.h"
#include "gui/widgets/MnemonicText.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QGlyphRun>
#include <QRawFont>
#include <QRegularExpression>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Open311;

namespace {

// Every translated text of one .ts file: translations and each plural form.
QStringList translatedTexts(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        // English is the source itself, translated only for its plural forms.
        const bool source = path.endsWith(QLatin1String("_en.ts"));
        if (source && xml.name() == u"source") {
            texts << xml.readElementText();
        } else if (!source && xml.name() == u"translation"
            && xml.attributes().value(QStringLiteral("type")) != u"unfinished") {
            // A numerus translation holds its forms as children; readElementText would fail.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty())
                texts << text;
        }
    }
    return texts;
}

// The characters that the font, with Qt's fallbacks, draws as a missing-glyph box: those that
// no font the layout chose has (Qt 6.4's glyph runs do not map glyphs back to characters).
QString missingGlyphs(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (layout.createLine().isValid()) { }
    layout.endLayout();
    QList<QRawFont> used;
    bool boxes = false;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        used << run.rawFont();
        boxes = boxes || run.glyphIndexes().contains(0);
    }
    QString missing;
    if (!boxes)
        return missing;
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format || missing.contains(c))
            continue;
        if (std::none_of(used.cbegin(), used.cend(),
                [c](const QRawFont& raw) { return raw.supportsCharacter(c); }))
            missing += c;
    }
    return missing.isEmpty() ? QStringLiteral("(a box)") : missing;
}

QString plain(const QString& translation)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return MnemonicText::stripped(translation).remove(tags);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageShips()
    {
        const QStringList shipped = Translations::shipped();
        for (const char* tag : { "en", "es", "fil", "ht", "vi", "zh_TW" })
            QVERIFY2(shipped.contains(QLatin1String(tag)), tag);
        QCOMPARE(shipped.first(), QStringLiteral("en"));
    }

    void namesAreTheirOwn()
    {
        QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Espa\u00f1ol"));
        QCOMPARE(
            Translations::nativeName(QStringLiteral("ht")), QStringLiteral("Krey\u00f2l ayisyen"));
        QCOMPARE(
            Translations::nativeName(QStringLiteral("vi")), QStringLiteral("Ti\u1ebfng Vi\u1ec7t"));
        QCOMPARE(Translations::nativeName(QStringLiteral("zh_TW")),
            QStringLiteral("\u7e41\u9ad4\u4e2d\u6587"));
    }

    void numbersFollowTheLanguage()
    {
        const QLocale british(QLocale::English, QLocale::UnitedKingdom);
        // Qt 6.4 has no Haitian Creole locale: numbers as written in Haiti.
        const QLocale haiti = Translations::formatLocale(QStringLiteral("ht"), british);
        QCOMPARE(haiti.territory(), QLocale::Haiti);
        QCOMPARE(haiti.decimalPoint(), QStringLiteral(","));
        QCOMPARE(Translations::formatLocale(QStringLiteral("vi"), british).decimalPoint(),
            QStringLiteral(","));
        // English on a British system keeps the day first.
        QCOMPARE(Translations::formatLocale(QStringLiteral("en"), british), british);
        QCOMPARE(
            Translations::formatLocale(QStringLiteral("es"), british).language(), QLocale::Spanish);
        const QLocale hongKong(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::HongKong);
        QCOMPARE(Translations::formatLocale(QStringLiteral("zh_TW"), hongKong), hongKong);
        QCOMPARE(Translations::formatLocale(QStringLiteral("zh_TW"),
                     QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China))
                     .territory(),
            QLocale::Taiwan);
    }

    void theSystemMayAskForHaitianCreoleFirst()
    {
        const QByteArray language = qgetenv("LANGUAGE");
        const QByteArray all = qgetenv("LC_ALL");
        // The language the app chooses for itself under this environment.
        const auto chosen = [](const char* languages, const char* locale) {
            qputenv("LANGUAGE", languages);
            qputenv("LC_ALL", locale);
            Testing::ScopedLanguage system { QString() };
            return Translations::language();
        };
        QCOMPARE(chosen("ht:fr", "fr_FR.UTF-8"), QStringLiteral("ht"));
        // A language the app does not speak passes to the next; one it speaks stops there.
        QCOMPARE(chosen("fr:ht", "fr_FR.UTF-8"), QStringLiteral("ht"));
        QCOMPARE(chosen("es:ht", "fr_FR.UTF-8"), QStringLiteral("es"));
        QCOMPARE(chosen("es@euro:ht", "fr_FR.UTF-8"), QStringLiteral("es"));
        QVERIFY(chosen("es-MX:ht", "fr_FR.UTF-8") != u"ht");
        // Hadza ("hts") is not Haitian Creole for sharing its first two letters.
        QVERIFY(chosen("", "hts_TZ.UTF-8") != u"ht");
        QCOMPARE(chosen("", "ht_HT.UTF-8"), QStringLiteral("ht"));
        // As in gettext, a plain C locale turns LANGUAGE off.
        QVERIFY(chosen("ht:fr", "C.UTF-8") != u"ht");
        qputenv("LANGUAGE", language);
        qputenv("LC_ALL", all);
    }

    void aLanguageSetsNumbersOnlyOnceLoaded()
    {
        const QLocale before;
        {
            Testing::ScopedLanguage haitian(QStringLiteral("ht"));
            QVERIFY(haitian.installed());
            QCOMPARE(Translations::language(), QStringLiteral("ht"));
            QCOMPARE(QLocale().territory(), QLocale::Haiti);
        }
        {
            Testing::ScopedLanguage klingon(QStringLiteral("tlh"));
            QVERIFY(!klingon.installed());
            QCOMPARE(QLocale(), before);
        }
    }

    void mnemonicsLeaveNoLetterBehind()
    {
        QCOMPARE(MnemonicText::stripped(QStringLiteral("&Send")), QStringLiteral("Send"));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("Fish && chips")),
            QStringLiteral("Fish & chips"));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("\u9001\u51fa(&S)")),
            QStringLiteral("\u9001\u51fa"));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("\u5132\u5b58(&S)\u2026")),
            QStringLiteral("\u5132\u5b58\u2026"));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("Report (&R)")), QStringLiteral("Report"));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("(&&)")), QStringLiteral("(&)"));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("&(&a)")), QStringLiteral("(a)"));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("a(&b)c")), QStringLiteral("ac"));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("\u5132\u5b58\uff08&S\uff09")),
            QStringLiteral("\u5132\u5b58"));
        // As Qt draws them: a last "&" is nothing, and "&&" at the end is one ampersand.
        QCOMPARE(MnemonicText::stripped(QStringLiteral("Tom &")), QStringLiteral("Tom "));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("Tom &&")), QStringLiteral("Tom &"));
        QCOMPARE(MnemonicText::stripped(QStringLiteral("&")), QString());
    }

    void theDetectorSeesABox()
    {
        // Without Qt's font fallback, a Latin font has no Chinese: the check below can fail.
        QFont latinOnly(QStringLiteral("DejaVu Sans"));
        latinOnly.setStyleStrategy(QFont::NoFontMerging);
        QVERIFY(!missingGlyphs(QStringLiteral("\u5831\u544a"), latinOnly).isEmpty());
        QVERIFY(missingGlyphs(QStringLiteral("Report"), latinOnly).isEmpty());
    }

    void everyTextHasItsGlyphs_data()
    {
        QTest::addColumn<QString>("file");
        const QDir folder(QStringLiteral(OPEN311_TRANSLATIONS));
        for (const QString& name : folder.entryList({ QStringLiteral("open311_*.ts") }))
            QTest::newRow(qPrintable(name)) << folder.filePath(name);
    }

    // The window's fonts, regular and bold, draw every character of every translation: a
    // missing CJK font showed Chinese as boxes.
    void everyTextHasItsGlyphs()
    {
        QFETCH(QString, file);
        const QStringList texts = translatedTexts(file);
        QVERIFY2(texts.size() > 1000, qPrintable(file));
        QFont bold = QApplication::font();
        bold.setBold(true);
        QStringList problems;
        for (const QString& text : texts) {
            const QString shown = plain(text);
            for (const QFont& font : { QApplication::font(), bold }) {
                const QString missing = missingGlyphs(shown, font);
                if (!missing.isEmpty())
                    problems << missing + QLatin1String(" in: ") + shown.left(60);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
