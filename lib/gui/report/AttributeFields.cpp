#include "gui/report/AttributeFields.h"

#include "gui/report/ReportFormText.h"
#include "gui/widgets/AccessibleText.h"
#include "gui/widgets/WheelGuard.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValidator>

#include <cmath>

namespace Open311 {

namespace {

// Up to this many choices are radio buttons, all in sight; more would crowd the column.
constexpr int kMostRadioButtons = 4;

QColor errorColour(const QPalette& palette)
{
    // The red FieldErrors uses, so that every problem in the form looks alike.
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xb3, 0x26, 0x1e);
}

// A name as the server wrote it: its "&" is a character, not an Alt key.
QString escapedMnemonics(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    return escaped;
}

// The numbers ServiceDefinition::check() takes: C-locale decimals with an optional sign, never
// "nan" or "inf". A comma may be typed but is never acceptable, so "12,5" stays in sight as a
// mistake instead of becoming 125 when the comma is refused.
class NumberValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString& input, int& /*position*/) const override
    {
        static const QRegularExpression number(
            QRegularExpression::anchoredPattern(QStringLiteral("[+-]?[0-9]+(\\.[0-9]+)?")));
        static const QRegularExpression start(
            QRegularExpression::anchoredPattern(QStringLiteral("[+-]?[0-9]*([.,][0-9]*)?")));
        if (number.match(input).hasMatch()) {
            bool ok = false;
            const double value = input.toDouble(&ok);
            // Hundreds of digits parse as infinity, which check() refuses.
            return ok && std::isfinite(value) ? Acceptable : Intermediate;
        }
        return start.match(input).hasMatch() ? Intermediate : Invalid;
    }
};

// A date and time that may also be "not given", shown as such: the earliest date stands for it.
class DateTimeField : public QDateTimeEdit
{
public:
    explicit DateTimeField(QWidget* parent)
        : QDateTimeEdit(parent)
    {
        // Two-digit years would read "26" as 1926.
        const QLocale locale;
        QString date = locale.dateFormat(QLocale::ShortFormat);
        if (!date.contains(QLatin1String("yyyy")))
            date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        setDisplayFormat(date + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
        setCalendarPopup(true);
        setMinimumDateTime(notGiven());
        setSpecialValueText(ReportFormText::tr("Not given"));
        setDateTime(notGiven());
        setToolTip(ReportFormText::tr("Delete leaves the date and time out."));
        if (QCalendarWidget* calendar = calendarWidget())
            calendar->installEventFilter(this);
    }

    static QDateTime notGiven() { return QDateTime(QDate(1900, 1, 1), QTime(0, 0)); }
    bool isGiven() const { return dateTime() > minimumDateTime(); }
    void clearValue() { setDateTime(minimumDateTime()); }

protected:
    void stepBy(int steps) override
    {
        // From "not given", an arrow key starts at the present, not in 1900.
        if (!isGiven()) {
            setDateTime(now());
            return;
        }
        QDateTimeEdit::stepBy(steps);
    }

    StepEnabled stepEnabled() const override
    {
        return isGiven() ? QDateTimeEdit::stepEnabled() : (StepUpEnabled | StepDownEnabled);
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
            clearValue();
            event->accept();
            return;
        }
        // A digit typed over "Not given" starts the present's first section afresh.
        if (!isGiven() && !event->text().isEmpty() && event->text().at(0).isDigit()) {
            setDateTime(now());
            setCurrentSectionIndex(0);
            setSelectedSection(currentSection());
        }
        QDateTimeEdit::keyPressEvent(event);
    }

    bool focusNextPrevChild(bool next) override
    {
        // Tab leaves the field, as it does every other one in the form; a QDateTimeEdit would
        // walk its sections first, unseen while it shows "Not given". Left and Right still do.
        return QWidget::focusNextPrevChild(next);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The calendar opens on this month, not on January 1900.
        if (event->type() == QEvent::Show && !isGiven()) {
            if (auto* calendar = qobject_cast<QCalendarWidget*>(watched)) {
                const QDate today = QDate::currentDate();
                calendar->setCurrentPage(today.year(), today.month());
            }
        }
        return QDateTimeEdit::eventFilter(watched, event);
    }

private:
    static QDateTime now()
    {
        const QDateTime current = QDateTime::currentDateTime();
        return QDateTime(current.date(), QTime(current.time().hour(), current.time().minute()));
    }
};

// The buttons of one list. Its label's Alt key lands here and goes on to the checked radio
// button or the first button, as a group box's would; a label whose buddy is a button clicks it.
class ChoiceGroup : public QWidget
{
public:
    explicit ChoiceGroup(QWidget* parent)
        : QWidget(parent)
    {
        // Not in the tab chain: Tab goes to the buttons themselves.
        setFocusPolicy(Qt::ClickFocus);
    }

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        QAbstractButton* target = nullptr;
        const auto buttons = findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly);
        for (QAbstractButton* button : buttons) {
            if (!target)
                target = button;
            const bool tabStop
                = qobject_cast<QCheckBox*>(button) && button->focusPolicy() == Qt::StrongFocus;
            if (tabStop || (button->isChecked() && qobject_cast<QRadioButton*>(button))) {
                target = button;
                break;
            }
        }
        if (target)
            target->setFocus(event->reason());
        else
            QWidget::focusInEvent(event);
    }

public:
    // An operator picks a value by typing its first letters, as in a combo box; the same
    // letter again steps to the next value that starts with it.
    void watch(QAbstractButton* button)
    {
        button->installEventFilter(this);
        // Tab enters a list of check boxes once, as it does a group of radio buttons, and the
        // arrow keys move within it: six values are not six stops on the way to the caller.
        if (qobject_cast<QCheckBox*>(button)) {
            const bool first = findChildren<QCheckBox*>(Qt::FindDirectChildrenOnly).size() == 1;
            button->setFocusPolicy(first ? Qt::StrongFocus : Qt::ClickFocus);
            connect(button, &QAbstractButton::pressed, this, [this, button] { rove(button); });
        }
    }

    // The box that has focus is the group's one tab stop.
    void rove(QAbstractButton* to)
    {
        for (QCheckBox* box : findChildren<QCheckBox*>(Qt::FindDirectChildrenOnly))
            box->setFocusPolicy(box == to ? Qt::StrongFocus : Qt::ClickFocus);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        const QList<QAbstractButton*> buttons
            = findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly);
        const qsizetype current = qMax<qsizetype>(0, buttons.indexOf(watched));
        if (qobject_cast<QCheckBox*>(watched)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_Left
                || key->key() == Qt::Key_Right)) {
            const bool back = key->key() == Qt::Key_Up || key->key() == Qt::Key_Left;
            const qsizetype next = current + (back ? -1 : 1);
            if (next >= 0 && next < buttons.size()) {
                rove(buttons.at(next));
                buttons.at(next)->setFocus(Qt::OtherFocusReason);
            }
            return true;
        }
        const QString text = key->text();
        if (text.isEmpty() || !text.at(0).isPrint() || text.at(0).isSpace()
            || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
            return false;
        if (!m_typed.isValid() || m_typed.elapsed() > 1000)
            m_search.clear();
        m_typed.start();
        m_search += text;
        const bool cycling
            = m_search.size() > 1 && m_search.count(m_search.at(0)) == m_search.size();
        const QString prefix = cycling ? m_search.left(1) : m_search;
        for (qsizetype step = cycling ? 1 : 0; step <= buttons.size(); ++step) {
            QAbstractButton* button = buttons.at((current + step) % buttons.size());
            if (!ReportFormText::withoutMnemonic(button->text())
                     .startsWith(prefix, Qt::CaseInsensitive))
                continue;
            if (qobject_cast<QCheckBox*>(button))
                rove(button);
            button->setFocus(Qt::OtherFocusReason);
            if (qobject_cast<QRadioButton*>(button) && !button->isChecked())
                button->click();
            break;
        }
        return true;
    }

private:
    QElapsedTimer m_typed;
    QString m_search;
};

// The server's words, never markup: a "<" in a description must not hide text or load images.
QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(text);
    return label;
}

} // namespace

AttributeFields::AttributeFields(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setHidden(true);
}

void AttributeFields::setReservedMnemonics(const QString& letters)
{
    m_reservedMnemonics = letters;
}

void AttributeFields::setTouchMode(bool touch)
{
    m_touch = touch;
}

void AttributeFields::clearDefinition()
{
    setDefinition(ServiceDefinition());
}

void AttributeFields::setDefinition(const ServiceDefinition& definition)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_definition = definition;
    m_fields.clear();
    // At once, not later: the old service's fields must not answer for the new one meanwhile.
    delete m_content;
    m_content = new QWidget(this);
    auto* rows = new QVBoxLayout(m_content);
    rows->setContentsMargins(0, 0, 0, 0);
    QString usedMnemonics = m_reservedMnemonics;
    for (const ServiceAttribute& attribute : std::as_const(m_definition.attributes)) {
        if (attribute.variable)
            addField(attribute, rows, usedMnemonics);
        else
            addInformation(attribute, rows);
    }
    m_layout->addWidget(m_content);
    m_content->show();

    const QList<QWidget*> chain = focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    recolour();

    if (rows->count() == 0)
        hide();
    else if (parentWidget())
        show(); // a window of its own stays as its owner left it
}

void AttributeFields::addInformation(const ServiceAttribute& attribute, QVBoxLayout* rows)
{
    const QString text = attribute.description.trimmed();
    if (text.isEmpty())
        return;
    QLabel* note = plainLabel(text, m_content);
    note->setAccessibleName(text);
    rows->addWidget(note);
}

QString AttributeFields::labelText(const QString& name, bool required, QString& usedMnemonics) const
{
    QString text;
    text.reserve(name.size() + 8);
    bool placed = m_touch;
    bool wordStart = true;
    for (const QChar c : name) {
        if (!placed && wordStart && c.isLetter()
            && !usedMnemonics.contains(c, Qt::CaseInsensitive)) {
            text.append(QLatin1Char('&'));
            usedMnemonics.append(c);
            placed = true;
        }
        text.append(c);
        if (c == QLatin1Char('&'))
            text.append(c);
        wordStart = !c.isLetterOrNumber();
    }
    return required ? ReportFormText::tr("%1 (required)").arg(text) : text;
}

void AttributeFields::addField(
    const ServiceAttribute& attribute, QVBoxLayout* rows, QString& usedMnemonics)
{
    Field field;
    field.attribute = attribute;
    const QString name = attribute.description.trimmed().isEmpty()
        ? attribute.code
        : attribute.description.trimmed();
    field.label = attribute.required ? ReportFormText::tr("%1 (required)").arg(name) : name;
    field.hint = attribute.datatypeDescription.trimmed();
    const auto addLabel = [&](QWidget* buddy) {
        QLabel* label = plainLabel(labelText(name, attribute.required, usedMnemonics), m_content);
        label->setBuddy(buddy);
        rows->addWidget(label);
    };

    const bool radios = attribute.datatype == ServiceAttribute::Datatype::SingleValueList
        && attribute.values.size() <= kMostRadioButtons;
    if (radios || attribute.datatype == ServiceAttribute::Datatype::MultiValueList) {
        auto* group = new ChoiceGroup(m_content);
        group->setAccessibleName(field.label);
        auto* buttons = new QVBoxLayout(group);
        if (radios) {
            field.radios = new QButtonGroup(group);
            field.radios->setExclusive(true);
            connect(field.radios, &QButtonGroup::idToggled, this, &AttributeFields::userEdited);
        }
        for (qsizetype i = 0; i < attribute.values.size(); ++i) {
            const AttributeValue& value = attribute.values.at(i);
            const QString valueName = value.name.isEmpty() ? value.key : value.name;
            QAbstractButton* button = nullptr;
            if (radios) {
                button = new QRadioButton(escapedMnemonics(valueName), group);
                field.radios->addButton(button, int(i));
            } else {
                auto* check = new QCheckBox(escapedMnemonics(valueName), group);
                connect(check, &QCheckBox::toggled, this, &AttributeFields::userEdited);
                field.checks.append(check);
                button = check;
            }
            button->setAccessibleName(ReportFormText::tr("%1: %2").arg(field.label, valueName));
            group->watch(button);
            buttons->addWidget(button);
            field.controls.append(button);
        }
        addLabel(group);
        rows->addWidget(group);
    } else {
        QWidget* control = nullptr;
        switch (attribute.datatype) {
        case ServiceAttribute::Datatype::Text: {
            field.text = new QPlainTextEdit(m_content);
            // Tab goes on to the next question, as everywhere else in the form.
            field.text->setTabChangesFocus(true);
            const int lines = 4;
            field.text->setFixedHeight(field.text->fontMetrics().lineSpacing() * lines
                + 2 * int(field.text->document()->documentMargin()) + 2 * field.text->frameWidth());
            connect(field.text, &QPlainTextEdit::textChanged, this, &AttributeFields::userEdited);
            control = field.text;
            break;
        }
        case ServiceAttribute::Datatype::Datetime: {
            field.dateTime = new DateTimeField(m_content);
            WheelGuard::protect(field.dateTime);
            connect(field.dateTime, &QDateTimeEdit::dateTimeChanged, this,
                &AttributeFields::userEdited);
            control = field.dateTime;
            break;
        }
        case ServiceAttribute::Datatype::SingleValueList: {
            field.combo = new QComboBox(m_content);
            // A long choice must not widen the form's column; the list shows it whole.
            field.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            field.combo->setMinimumContentsLength(12);
            WheelGuard::protect(field.combo);
            field.combo->addItem(ReportFormText::tr("Choose\u2026"));
            for (const AttributeValue& value : attribute.values)
                field.combo->addItem(value.name.isEmpty() ? value.key : value.name, value.key);
            connect(
                field.combo, &QComboBox::currentIndexChanged, this, &AttributeFields::userEdited);
            control = field.combo;
            break;
        }
        default: {
            // string, number, and a datatype this client does not know: sent as typed.
            field.line = new QLineEdit(m_content);
            if (attribute.datatype == ServiceAttribute::Datatype::Number) {
                field.line->setValidator(new NumberValidator(field.line));
                field.line->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
            }
            connect(field.line, &QLineEdit::textChanged, this, &AttributeFields::userEdited);
            control = field.line;
            break;
        }
        }
        control->setAccessibleName(field.label);
        if (field.combo)
            AccessibleText::namePopup(field.combo, field.label);
        addLabel(control);
        rows->addWidget(control);
        field.controls.append(control);
    }

    if (!field.hint.isEmpty()) {
        QLabel* hint = plainLabel(field.hint, m_content);
        QFont small = hint->font();
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.9);
        hint->setFont(small);
        rows->addWidget(hint);
    }
    field.error = plainLabel(QString(), m_content);
    field.error->setVisible(false);
    field.error->setAccessibleDescription(ReportFormText::tr("Problem with %1").arg(field.label));
    rows->addWidget(field.error);
    describe(field, QString());
    m_fields.append(field);
}

void AttributeFields::describe(const Field& field, const QString& problem)
{
    QList<QWidget*> described = field.controls;
    if (!field.controls.isEmpty() && field.controls.first()->parentWidget() != m_content)
        described << field.controls.first()->parentWidget();
    for (QWidget* control : described) {
        AccessibleText::setHelp(control, field.hint);
        AccessibleText::setRequired(control, field.attribute.required);
        AccessibleText::setProblem(control, problem);
    }
}

AttributeValues AttributeFields::values() const
{
    AttributeValues values;
    for (const Field& field : m_fields) {
        QStringList given;
        const QList<AttributeValue>& choices = field.attribute.values;
        if (field.line) {
            given << field.line->text().trimmed();
        } else if (field.text) {
            given << field.text->toPlainText().trimmed();
        } else if (field.dateTime) {
            if (static_cast<const DateTimeField*>(field.dateTime)->isGiven()) {
                // The wire wants the offset too; a local time's ISO text leaves it out.
                const QDateTime local = field.dateTime->dateTime();
                given << local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
            }
        } else if (field.combo) {
            given << field.combo->currentData().toString();
        } else if (field.radios) {
            const int checked = field.radios->checkedId();
            if (checked >= 0 && checked < choices.size())
                given << choices.at(checked).key;
        } else {
            for (qsizetype i = 0; i < field.checks.size() && i < choices.size(); ++i) {
                if (field.checks.at(i)->isChecked())
                    given << choices.at(i).key;
            }
        }
        given.removeAll(QString());
        if (!given.isEmpty())
            values.insert(field.attribute.code, given);
    }
    return values;
}

void AttributeFields::clearValues()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    for (const Field& field : std::as_const(m_fields)) {
        // setText() and setPlainText(), unlike clear(), also drop the undo history.
        if (field.line)
            field.line->setText(QString());
        if (field.text)
            field.text->setPlainText(QString());
        if (field.dateTime)
            static_cast<DateTimeField*>(field.dateTime)->clearValue();
        if (field.combo)
            field.combo->setCurrentIndex(0);
        if (field.radios) {
            // An exclusive group keeps one button checked whatever is asked of it.
            field.radios->setExclusive(false);
            for (QAbstractButton* button : field.radios->buttons())
                button->setChecked(false);
            field.radios->setExclusive(true);
        }
        for (QCheckBox* check : field.checks)
            check->setChecked(false);
    }
}

void AttributeFields::setValues(const AttributeValues& values)
{
    clearValues();
    const QScopedValueRollback<bool> filling(m_filling, true);
    for (const Field& field : std::as_const(m_fields)) {
        const QStringList given = values.value(field.attribute.code);
        if (given.isEmpty())
            continue;
        const QList<AttributeValue>& choices = field.attribute.values;
        const auto indexOf = [&choices](const QString& key) {
            for (qsizetype i = 0; i < choices.size(); ++i) {
                if (choices.at(i).key == key)
                    return i;
            }
            return qsizetype(-1);
        };
        if (field.line) {
            field.line->setText(given.first());
        } else if (field.text) {
            field.text->setPlainText(given.first());
        } else if (field.dateTime) {
            const QDateTime parsed = QDateTime::fromString(given.first().trimmed(), Qt::ISODate);
            if (parsed.isValid())
                field.dateTime->setDateTime(parsed.toLocalTime());
        } else if (field.combo) {
            const qsizetype index = indexOf(given.first());
            if (index >= 0)
                field.combo->setCurrentIndex(int(index) + 1);
        } else if (field.radios) {
            const qsizetype index = indexOf(given.first());
            if (index >= 0)
                field.radios->button(int(index))->setChecked(true);
        } else {
            for (const QString& key : given) {
                const qsizetype index = indexOf(key);
                if (index >= 0 && index < field.checks.size())
                    field.checks.at(index)->setChecked(true);
            }
        }
    }
}

bool AttributeFields::showError(const QString& code, const QString& message)
{
    for (const Field& field : std::as_const(m_fields)) {
        if (field.attribute.code != code)
            continue;
        field.error->setText(message);
        field.error->setVisible(true);
        describe(field, message);
        QWidget* target = field.controls.isEmpty() ? nullptr : field.controls.first();
        if (field.radios && field.radios->checkedButton())
            target = field.radios->checkedButton();
        if (target)
            target->setFocus(Qt::OtherFocusReason);
        AccessibleText::announce(field.error);
        return true;
    }
    return false;
}

void AttributeFields::clearErrors()
{
    for (const Field& field : std::as_const(m_fields)) {
        field.error->clear();
        field.error->setVisible(false);
        describe(field, QString());
    }
}

QList<QWidget*> AttributeFields::focusChain() const
{
    QList<QWidget*> chain;
    for (const Field& field : m_fields)
        chain << field.controls;
    return chain;
}

void AttributeFields::changeEvent(QEvent* event)
{
    // A switch to a dark system theme: the red must follow it.
    if (event->type() == QEvent::PaletteChange)
        recolour();
    QWidget::changeEvent(event);
}

void AttributeFields::recolour()
{
    const QColor red = errorColour(palette());
    for (const Field& field : std::as_const(m_fields)) {
        QPalette labelPalette = field.error->palette();
        labelPalette.setColor(QPalette::WindowText, red);
        field.error->setPalette(labelPalette);
    }
}

void AttributeFields::userEdited()
{
    if (!m_filling)
        Q_EMIT edited();
}

} // namespace Open311
