#include "WidgetLookup.h"
#include "core/ServiceDefinition.h"
#include "gui/report/AttributeFields.h"
#include "gui/widgets/ColumnScrollArea.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpontaneKeyEvent>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Open311;
using Open311::Testing::child;

namespace {

using Datatype = ServiceAttribute::Datatype;

ServiceAttribute makeAttribute(const QString& code, Datatype datatype, const QString& description,
    const QList<AttributeValue>& values = {})
{
    ServiceAttribute attribute;
    attribute.code = code;
    attribute.datatype = datatype;
    attribute.datatypeName = ServiceAttribute::datatypeToName(datatype);
    attribute.description = description;
    attribute.values = values;
    return attribute;
}

// One attribute of every kind, as a pothole service might ask them.
ServiceDefinition everyKind()
{
    ServiceDefinition definition;
    definition.serviceCode = QStringLiteral("pothole");
    ServiceAttribute street
        = makeAttribute(QStringLiteral("street"), Datatype::String, QStringLiteral("Street name"));
    street.datatypeDescription = QStringLiteral("As written on the street sign");
    definition.attributes << street;
    definition.attributes << makeAttribute(
        QStringLiteral("depth"), Datatype::Number, QStringLiteral("Depth in centimetres"));
    definition.attributes << makeAttribute(QStringLiteral("notes"), Datatype::Text,
        QStringLiteral("Anything else the crew should know"));
    definition.attributes << makeAttribute(
        QStringLiteral("noticed"), Datatype::Datetime, QStringLiteral("When you noticed it"));
    ServiceAttribute size = makeAttribute(QStringLiteral("size"), Datatype::SingleValueList,
        QStringLiteral("Size of the pothole"),
        { { QStringLiteral("small"), QStringLiteral("Small") },
            { QStringLiteral("medium"), QStringLiteral("Medium") },
            { QStringLiteral("large"), QStringLiteral("Large") } });
    size.required = true;
    definition.attributes << size;
    definition.attributes << makeAttribute(QStringLiteral("surface"), Datatype::SingleValueList,
        QStringLiteral("Road surface"),
        { { QStringLiteral("asphalt"), QStringLiteral("Asphalt") },
            { QStringLiteral("brick"), QStringLiteral("Brick") },
            { QStringLiteral("cobble"), QStringLiteral("Cobblestone") },
            { QStringLiteral("concrete"), QStringLiteral("Concrete") },
            { QStringLiteral("gravel"), QStringLiteral("Gravel") },
            { QStringLiteral("dirt"), QStringLiteral("Dirt") } });
    definition.attributes << makeAttribute(QStringLiteral("hazards"), Datatype::MultiValueList,
        QStringLiteral("Hazards nearby"),
        { { QStringLiteral("traffic"), QStringLiteral("Heavy traffic") },
            { QStringLiteral("school"), QStringLiteral("School") },
            { QStringLiteral("bus"), QStringLiteral("Bus stop") } });
    ServiceAttribute info = makeAttribute(QStringLiteral("info"), Datatype::String,
        QStringLiteral("Crews fill potholes within five working days."));
    info.variable = false;
    definition.attributes << info;
    ServiceAttribute reference = makeAttribute(
        QStringLiteral("reference"), Datatype::Unknown, QStringLiteral("Reference number"));
    reference.datatypeName = QStringLiteral("uri");
    definition.attributes << reference;
    for (int i = 0; i < definition.attributes.size(); ++i)
        definition.attributes[i].order = i + 1;
    return definition;
}

// The fields as the form holds them: inside a window, not a window of their own.
AttributeFields* addFields(QWidget& window)
{
    auto* layout = new QVBoxLayout(&window);
    auto* fields = new AttributeFields(&window);
    layout->addWidget(fields);
    return fields;
}

bool showAndActivate(QWidget& window)
{
    window.resize(420, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QLabel* labelFor(QWidget* root, QWidget* buddy)
{
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy() == buddy)
            return label;
    }
    return nullptr;
}

// What a person would press Space on: the radio button or check box itself.
void press(QAbstractButton* button)
{
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

const QString kSize = QStringLiteral("Size of the pothole (required)");

} // namespace

class AttributeFieldsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each kind of question answered from the keyboard gives the value check() takes.
    void valuesFromTheKeyboard()
    {
        QWidget window;
        AttributeFields* fields = addFields(window);
        const ServiceDefinition definition = everyKind();
        fields->setDefinition(definition);
        QVERIFY(showAndActivate(window));
        QVERIFY(fields->values().isEmpty());

        QTest::keyClicks(child<QLineEdit>(fields, QStringLiteral("Street name")),
            QStringLiteral("  Elm Street "));
        QTest::keyClicks(child<QLineEdit>(fields, QStringLiteral("Depth in centimetres")),
            QStringLiteral("-3.5"));
        QTest::keyClicks(
            child<QPlainTextEdit>(fields, QStringLiteral("Anything else the crew should know")),
            QStringLiteral("Deep and wide"));
        auto* noticed = child<QDateTimeEdit>(fields, QStringLiteral("When you noticed it"));
        QCOMPARE(noticed->text(), QStringLiteral("Not given"));
        QVERIFY(!fields->values().contains(QStringLiteral("noticed")));
        // From "not given", the first arrow key starts at the present.
        noticed->setFocus(Qt::TabFocusReason);
        QTest::keyClick(noticed, Qt::Key_Up);
        QVERIFY(noticed->text() != QStringLiteral("Not given"));
        press(child<QRadioButton>(fields, kSize + QStringLiteral(": Medium")));
        auto* surface = child<QComboBox>(fields, QStringLiteral("Road surface"));
        surface->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(surface, QStringLiteral("Con"));
        QCOMPARE(surface->currentText(), QStringLiteral("Concrete"));
        // Checked out of order, sent in the list's order.
        press(child<QCheckBox>(fields, QStringLiteral("Hazards nearby: Bus stop")));
        press(child<QCheckBox>(fields, QStringLiteral("Hazards nearby: Heavy traffic")));
        QTest::keyClicks(
            child<QLineEdit>(fields, QStringLiteral("Reference number")), QStringLiteral("R-17"));

        AttributeValues values = fields->values();
        const QString when = values.take(QStringLiteral("noticed")).value(0);
        const QDateTime parsed = QDateTime::fromString(when, Qt::ISODate);
        QVERIFY2(parsed.isValid(), qPrintable(when));
        // With its offset from UTC: a city in another zone reads the same moment.
        QVERIFY2(when.contains(QRegularExpression(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"))),
            qPrintable(when));
        QCOMPARE(parsed, noticed->dateTime());
        QVERIFY(qAbs(parsed.secsTo(QDateTime::currentDateTime())) < 120);

        AttributeValues expected;
        expected.insert(QStringLiteral("street"), { QStringLiteral("Elm Street") });
        expected.insert(QStringLiteral("depth"), { QStringLiteral("-3.5") });
        expected.insert(QStringLiteral("notes"), { QStringLiteral("Deep and wide") });
        expected.insert(QStringLiteral("size"), { QStringLiteral("medium") });
        expected.insert(QStringLiteral("surface"), { QStringLiteral("concrete") });
        expected.insert(
            QStringLiteral("hazards"), { QStringLiteral("traffic"), QStringLiteral("bus") });
        expected.insert(QStringLiteral("reference"), { QStringLiteral("R-17") });
        QCOMPARE(values, expected);
        // Information only: never sent.
        QVERIFY(!fields->values().contains(QStringLiteral("info")));
        const std::optional<Error> problem = definition.check(fields->values());
        QVERIFY2(!problem, qPrintable(problem ? problem->message() : QString()));
    }

    // "12,5" would become 125 if the comma were silently dropped; "nan" is no number a city means.
    void numberTakesOnlyCLocaleDecimals()
    {
        QWidget window;
        AttributeFields* fields = addFields(window);
        const ServiceDefinition definition = everyKind();
        fields->setDefinition(definition);
        QVERIFY(showAndActivate(window));
        auto* depth = child<QLineEdit>(fields, QStringLiteral("Depth in centimetres"));
        QVERIFY(depth->validator());

        QTest::keyClicks(depth, QStringLiteral("12,5"));
        QCOMPARE(depth->text(), QStringLiteral("12,5"));
        QVERIFY(!depth->hasAcceptableInput());
        // Sent as typed, so check() names the field instead of a different number going out.
        const std::optional<Error> problem = definition.check(fields->values());
        QVERIFY(problem);
        QCOMPARE(problem->attributeCode(), QStringLiteral("depth"));

        depth->setText(QString());
        QTest::keyClicks(depth, QStringLiteral("nan"));
        QVERIFY(!depth->hasAcceptableInput());
        QVERIFY(!fields->values().contains(QStringLiteral("depth")));
        QTest::keyClicks(depth, QStringLiteral("inf"));
        QVERIFY(!fields->values().contains(QStringLiteral("depth")));

        for (const QString& number :
            { QStringLiteral("12"), QStringLiteral("-3.5"), QStringLiteral("0.25") }) {
            depth->setText(QString());
            QTest::keyClicks(depth, number);
            QVERIFY2(depth->hasAcceptableInput(), qPrintable(number));
            QCOMPARE(fields->values().value(QStringLiteral("depth")), QStringList { number });
        }
        QString input = QStringLiteral("1.5e3");
        int position = 0;
        QVERIFY(depth->validator()->validate(input, position) != QValidator::Acceptable);
    }

    // A saved draft comes back as it was; unknown codes and keys are left out.
    void valuesRoundTripThroughSetValues()
    {
        AttributeValues given;
        given.insert(QStringLiteral("street"), { QStringLiteral("Elm Street") });
        given.insert(QStringLiteral("depth"), { QStringLiteral("12") });
        given.insert(QStringLiteral("notes"), { QStringLiteral("Two lines\nof notes") });
        given.insert(QStringLiteral("noticed"), { QStringLiteral("2026-12-02T10:30:00+01:00") });
        given.insert(QStringLiteral("size"), { QStringLiteral("large") });
        given.insert(QStringLiteral("surface"), { QStringLiteral("gravel") });
        given.insert(QStringLiteral("hazards"),
            { QStringLiteral("bus"), QStringLiteral("no-such-key"), QStringLiteral("traffic") });
        given.insert(QStringLiteral("reference"), { QStringLiteral("R-17") });
        given.insert(QStringLiteral("no-such-code"), { QStringLiteral("x") });
        given.insert(QStringLiteral("info"), { QStringLiteral("never") });

        QWidget window;
        AttributeFields* fields = addFields(window);
        fields->setDefinition(everyKind());
        QSignalSpy edited(fields, &AttributeFields::edited);
        fields->setValues(given);
        QCOMPARE(edited.count(), 0);

        const AttributeValues restored = fields->values();
        QCOMPARE(
            QDateTime::fromString(restored.value(QStringLiteral("noticed")).value(0), Qt::ISODate),
            QDateTime::fromString(QStringLiteral("2026-12-02T10:30:00+01:00"), Qt::ISODate));
        AttributeValues expected = given;
        expected.remove(QStringLiteral("no-such-code"));
        expected.remove(QStringLiteral("info"));
        expected.insert(
            QStringLiteral("hazards"), { QStringLiteral("traffic"), QStringLiteral("bus") });
        expected.insert(QStringLiteral("noticed"), restored.value(QStringLiteral("noticed")));
        QCOMPARE(restored, expected);
        QVERIFY(!everyKind().check(restored).has_value());

        QWidget otherWindow;
        AttributeFields* fresh = addFields(otherWindow);
        fresh->setDefinition(everyKind());
        fresh->setValues(restored);
        QCOMPARE(fresh->values(), restored);

        // A key the list does not have leaves the question unanswered.
        AttributeValues unknownKey;
        unknownKey.insert(QStringLiteral("size"), { QStringLiteral("huge") });
        unknownKey.insert(QStringLiteral("surface"), { QStringLiteral("marble") });
        fresh->setValues(unknownKey);
        QVERIFY(fresh->values().isEmpty());
    }

    // The next caller finds nothing of the last one's answers.
    void clearValuesEmptiesEveryField()
    {
        QWidget window;
        AttributeFields* fields = addFields(window);
        fields->setDefinition(everyKind());
        AttributeValues given;
        given.insert(QStringLiteral("street"), { QStringLiteral("Elm Street") });
        given.insert(QStringLiteral("notes"), { QStringLiteral("Deep") });
        given.insert(QStringLiteral("noticed"), { QStringLiteral("2026-12-02T10:30:00+01:00") });
        given.insert(QStringLiteral("size"), { QStringLiteral("small") });
        given.insert(QStringLiteral("surface"), { QStringLiteral("brick") });
        given.insert(QStringLiteral("hazards"), { QStringLiteral("school") });
        fields->setValues(given);
        QCOMPARE(fields->values().size(), given.size());

        QSignalSpy edited(fields, &AttributeFields::edited);
        fields->clearValues();
        QVERIFY(fields->values().isEmpty());
        QVERIFY(fields->isEmpty());
        QCOMPARE(edited.count(), 0);
        for (QRadioButton* radio : fields->findChildren<QRadioButton*>())
            QVERIFY(!radio->isChecked());
        QCOMPARE(child<QComboBox>(fields, QStringLiteral("Road surface"))->currentIndex(), 0);
        QCOMPARE(child<QDateTimeEdit>(fields, QStringLiteral("When you noticed it"))->text(),
            QStringLiteral("Not given"));
        QVERIFY(!child<QLineEdit>(fields, QStringLiteral("Street name"))->isUndoAvailable());
    }

    // Required in words, not by colour alone; Alt keys that clash with none in the form.
    void labelsSayRequiredAndTakeFreeMnemonics()
    {
        QWidget window;
        AttributeFields* fields = addFields(window);
        // The form has taken S, D and A (Service, Description, Address, say).
        fields->setReservedMnemonics(QStringLiteral("SdA"));
        fields->setDefinition(everyKind());
        QVERIFY(showAndActivate(window));

        const auto labelText = [fields](QWidget* buddy) {
            QLabel* label = labelFor(fields, buddy);
            return label ? label->text() : QStringLiteral("<no label>");
        };
        QCOMPARE(labelText(child<QLineEdit>(fields, QStringLiteral("Street name"))),
            QStringLiteral("Street &name"));
        QCOMPARE(labelText(child<QLineEdit>(fields, QStringLiteral("Depth in centimetres"))),
            QStringLiteral("Depth &in centimetres"));
        QCOMPARE(labelText(child<QPlainTextEdit>(
                     fields, QStringLiteral("Anything else the crew should know"))),
            QStringLiteral("Anything &else the crew should know"));
        QCOMPARE(labelText(child<QDateTimeEdit>(fields, QStringLiteral("When you noticed it"))),
            QStringLiteral("&When you noticed it"));
        // S is reserved: the next word's first letter.
        QCOMPARE(labelText(child<QWidget>(fields, kSize)),
            QStringLiteral("Size &of the pothole (required)"));
        QCOMPARE(labelText(child<QComboBox>(fields, QStringLiteral("Road surface"))),
            QStringLiteral("&Road surface"));
        QCOMPARE(labelText(child<QWidget>(fields, QStringLiteral("Hazards nearby"))),
            QStringLiteral("&Hazards nearby"));
        // R went to "Road surface" and N to "Street name": no Alt key at all.
        QCOMPARE(labelText(child<QLineEdit>(fields, QStringLiteral("Reference number"))),
            QStringLiteral("Reference number"));

        // Alt+H lands on the first check box, and clicks none.
        auto* traffic = child<QCheckBox>(fields, QStringLiteral("Hazards nearby: Heavy traffic"));
        QTest::keyClick(fields, Qt::Key_H, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), traffic);
        QVERIFY(!traffic->isChecked());
        // Alt+O lands on the checked radio button, as in a group box.
        auto* large = child<QRadioButton>(fields, kSize + QStringLiteral(": Large"));
        large->setChecked(true);
        QTest::keyClick(fields, Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), large);
        QVERIFY(large->isChecked());
    }

    void hintsAndNamesForScreenReaders()
    {
        QWidget window;
        AttributeFields* fields = addFields(window);
        fields->setDefinition(everyKind());
        QVERIFY(showAndActivate(window));

        auto* street = child<QLineEdit>(fields, QStringLiteral("Street name"));
        QCOMPARE(street->accessibleDescription(), QStringLiteral("As written on the street sign"));
        bool hintShown = false;
        for (QLabel* label : fields->findChildren<QLabel*>())
            hintShown = hintShown
                || (label->isVisible() && label->text() == street->accessibleDescription());
        QVERIFY(hintShown);
        bool informationShown = false;
        for (QLabel* label : fields->findChildren<QLabel*>()) {
            informationShown = informationShown
                || (label->isVisible()
                    && label->text()
                        == QStringLiteral("Crews fill potholes within five working days."));
        }
        QVERIFY(informationShown);

        // Every control the keyboard reaches says what it is.
        int focusable = 0;
        for (QWidget* widget : fields->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->focusProxy()
                || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            ++focusable;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        const QList<QWidget*> chain = fields->focusChain();
        // Four fields, three radio buttons, the combo box, three check boxes, the reference.
        QCOMPARE(chain.size(), 12);
        // Of the check boxes, one is a tab stop at a time; the arrows reach the others.
        QCOMPARE(focusable, chain.size() - 2);
        for (QWidget* widget : chain)
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }

    // Tab goes through every question and every choice in order: out of the text box too, and
    // past a date left "Not given".
    void tabReachesEveryControlInOrder()
    {
        QWidget window;
        AttributeFields* fields = addFields(window);
        fields->setDefinition(everyKind());
        QVERIFY(showAndActivate(window));
        const QList<QWidget*> chain = fields->focusChain();
        // Tab enters a group of radio buttons once, as everywhere in Qt; arrows move within it.
        QList<QWidget*> tabStops;
        // Check boxes too: Tab enters a list once, and the arrows move within it.
        for (QWidget* control : chain) {
            const bool choice
                = qobject_cast<QRadioButton*>(control) || qobject_cast<QCheckBox*>(control);
            if (choice && !tabStops.isEmpty()
                && tabStops.last()->metaObject() == control->metaObject()
                && tabStops.last()->parentWidget() == control->parentWidget())
                continue;
            tabStops.append(control);
        }
        QVERIFY(tabStops.size() < chain.size());
        tabStops.first()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), tabStops.first());
        for (qsizetype i = 1; i < tabStops.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_COMPARE(QApplication::focusWidget(), tabStops.at(i));
        }
        QVERIFY(child<QPlainTextEdit>(fields, QStringLiteral("Anything else the crew should know"))
                    ->toPlainText()
                    .isEmpty());
        QVERIFY(fields->values().isEmpty());
        auto* firstRadio = qobject_cast<QRadioButton*>(*std::find_if(chain.cbegin(), chain.cend(),
            [](QWidget* w) { return qobject_cast<QRadioButton*>(w) != nullptr; }));
        firstRadio->setFocus(Qt::TabFocusReason);
        QTest::keyClick(firstRadio, Qt::Key_Down);
        QVERIFY(QApplication::focusWidget() != firstRadio);
        QVERIFY(qobject_cast<QRadioButton*>(QApplication::focusWidget()));
    }

    void showErrorMarksTheField()
    {
        QWidget window;
        AttributeFields* fields = addFields(window);
        fields->setDefinition(everyKind());
        QVERIFY(showAndActivate(window));

        const QString message = QStringLiteral("\u201cSize of the pothole\u201d is required.");
        QVERIFY(fields->showError(QStringLiteral("size"), message));
        QLabel* error = child<QLabel>(fields, QStringLiteral("Problem with ") + kSize);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), message);
        auto* small = child<QRadioButton>(fields, kSize + QStringLiteral(": Small"));
        QTRY_COMPARE(QApplication::focusWidget(), small);
        QVERIFY(small->accessibleDescription().contains(message));
        QVERIFY(error->palette().color(QPalette::WindowText)
            != window.palette().color(QPalette::WindowText));

        QVERIFY(fields->showError(QStringLiteral("street"), QStringLiteral("Too long.")));
        QTRY_COMPARE(QApplication::focusWidget(),
            static_cast<QWidget*>(child<QLineEdit>(fields, QStringLiteral("Street name"))));
        QVERIFY(!fields->showError(QStringLiteral("no-such-code"), message));
        QVERIFY(!fields->showError(QStringLiteral("info"), message));

        fields->clearErrors();
        QVERIFY(!error->isVisible());
        QVERIFY(!small->accessibleDescription().contains(message));
        QCOMPARE(child<QLineEdit>(fields, QStringLiteral("Street name"))->accessibleDescription(),
            QStringLiteral("As written on the street sign"));
    }

    // Only the user's own changes count as edits: a restored draft is not one.
    void editedMeansTheUser()
    {
        QWidget window;
        AttributeFields* fields = addFields(window);
        QSignalSpy edited(fields, &AttributeFields::edited);
        fields->setDefinition(everyKind());
        QVERIFY(showAndActivate(window));
        AttributeValues given;
        given.insert(QStringLiteral("street"), { QStringLiteral("Elm Street") });
        given.insert(QStringLiteral("size"), { QStringLiteral("small") });
        given.insert(QStringLiteral("noticed"), { QStringLiteral("2026-12-02T10:30:00+01:00") });
        fields->setValues(given);
        fields->clearValues();
        fields->setValues(given);
        QCOMPARE(edited.count(), 0);

        QTest::keyClicks(
            child<QLineEdit>(fields, QStringLiteral("Street name")), QStringLiteral("x"));
        QCOMPARE(edited.count(), 1);
        edited.clear();
        press(child<QRadioButton>(fields, kSize + QStringLiteral(": Large")));
        QVERIFY(edited.count() > 0);
        edited.clear();
        auto* surface = child<QComboBox>(fields, QStringLiteral("Road surface"));
        surface->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(surface, QStringLiteral("G"));
        QCOMPARE(surface->currentText(), QStringLiteral("Gravel"));
        QVERIFY(edited.count() > 0);
        edited.clear();
        // Delete leaves a date out again.
        auto* noticed = child<QDateTimeEdit>(fields, QStringLiteral("When you noticed it"));
        noticed->setFocus(Qt::TabFocusReason);
        QTest::keyClick(noticed, Qt::Key_Delete);
        QCOMPARE(noticed->text(), QStringLiteral("Not given"));
        QVERIFY(!fields->values().contains(QStringLiteral("noticed")));
        QVERIFY(edited.count() > 0);

        edited.clear();
        fields->setDefinition(everyKind());
        QCOMPARE(edited.count(), 0);
    }

    // A turn of the wheel over a date or a choice, on the way down the column, scrolls the
    // column and leaves the answer alone; once the field has the focus, the wheel is its own.
    void theWheelScrollsPastAnswersWithoutFocus()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* column = new ColumnScrollArea(&window);
        auto* fields = new AttributeFields;
        column->setWidget(fields);
        layout->addWidget(column);
        fields->setDefinition(everyKind());
        QVERIFY(showAndActivate(window));
        window.resize(420, 300);
        QScrollBar* bar = column->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        auto* noticed = child<QDateTimeEdit>(fields, QStringLiteral("When you noticed it"));
        auto* surface = child<QComboBox>(fields, QStringLiteral("Road surface"));
        child<QLineEdit>(fields, QStringLiteral("Street name"))->setFocus(Qt::TabFocusReason);
        noticed->setDateTime(QDateTime(QDate(2026, 11, 30), QTime(9, 15)));
        surface->setCurrentIndex(2);
        const QDateTime date = noticed->dateTime();

        const auto turn = [](QWidget* field) {
            // Where a real wheel lands: the part under the pointer, such as a date's text.
            QPoint at = field->rect().center();
            QWidget* over = field->childAt(at) ? field->childAt(at) : field;
            at = over->mapFrom(field, at);
            // Downwards, as a person reading on turns it.
            QWheelEvent wheel(at, over->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                Qt::NoModifier, Qt::NoScrollPhase, false);
            // As QTest sends keys: QApplication passes only a wheel from the system on to the
            // parents.
            QSpontaneKeyEvent::setSpontaneous(&wheel);
            qApp->notify(over, &wheel);
        };
        for (QWidget* over : { static_cast<QWidget*>(noticed), static_cast<QWidget*>(surface) }) {
            column->ensureWidgetVisible(over);
            bar->setValue(qMin(bar->value(), bar->maximum() - 1));
            const int before = bar->value();
            turn(over);
            QVERIFY2(bar->value() > before, qPrintable(over->accessibleName()));
        }
        QCOMPARE(noticed->dateTime(), date);
        QCOMPARE(surface->currentIndex(), 2);
        QVERIFY(!noticed->hasFocus() && !surface->hasFocus());

        surface->setFocus(Qt::TabFocusReason);
        turn(surface);
        QCOMPARE(surface->currentIndex(), 3);
        noticed->setFocus(Qt::TabFocusReason);
        turn(noticed);
        QVERIFY(noticed->dateTime() != date);
    }

    // A service with no questions takes no room in the form.
    void emptyDefinitionHidesTheWidget()
    {
        QWidget window;
        AttributeFields* fields = addFields(window);
        QVERIFY(showAndActivate(window));
        QVERIFY(fields->isHidden());
        fields->setDefinition(everyKind());
        QVERIFY(!fields->isHidden());
        QVERIFY(fields->isVisible());

        fields->setDefinition(ServiceDefinition());
        QVERIFY(fields->isHidden());
        QVERIFY(fields->focusChain().isEmpty());
        QVERIFY(fields->values().isEmpty());
        QVERIFY(fields->findChildren<QLineEdit*>().isEmpty());

        fields->setDefinition(everyKind());
        QVERIFY(!fields->isHidden());
        fields->clearDefinition();
        QVERIFY(fields->isHidden());
        QVERIFY(!fields->showError(QStringLiteral("street"), QStringLiteral("Gone.")));
    }
};

QTEST_MAIN(AttributeFieldsTest)
#include "attribute_fields_test.moc"
