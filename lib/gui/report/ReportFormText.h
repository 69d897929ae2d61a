#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

class QWidget;

namespace Open311 {

// The report form's wording, shared by the classes it is built from. They all translate in the
// context Open311::ReportForm, so the form keeps one set of translations however it is divided.
class ReportFormText
{
    Q_DECLARE_TR_FUNCTIONS(Open311::ReportForm)

public:
    // "&Address" as a touch screen shows it: no underlined letter for a keyboard it has not got.
    static QString withoutMnemonic(const QString& text);
    // The text with its keys, as the menus write them; on a touch screen, the text alone.
    static QString shortcutHint(const QString& text, const QKeySequence& keys, bool touch);
    // Room for a message of this many lines, taken whether or not one shows.
    static void reserveLines(QWidget* widget, int lines);
    // Every Alt key the window top already uses outside except, so that the service's questions
    // take others.
    static QString usedMnemonics(const QWidget* top, const QWidget* except);
};

} // namespace Open311
