#include "gui/report/DescriptionEdit.h"

#include "core/NewRequest.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextCursor>

namespace Open311 {

namespace {

// The first `count` code points of `text`, never splitting a surrogate pair.
QString firstCodePoints(const QString& text, qsizetype count)
{
    qsizetype units = 0;
    for (qsizetype seen = 0; units < text.size() && seen < count; ++seen)
        units += (text[units].isHighSurrogate() && units + 1 < text.size()) ? 2 : 1;
    return text.left(units);
}

} // namespace

DescriptionEdit::DescriptionEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, &DescriptionEdit::enforce);
}

void DescriptionEdit::setLimit(int codePoints)
{
    m_limit = codePoints;
    enforce();
}

int DescriptionEdit::length() const
{
    return int(NewRequest::codePointCount(toPlainText()));
}

void DescriptionEdit::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const bool inserts = !text.isEmpty() && text.at(0).isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (inserts && !textCursor().hasSelection()
        && length() + NewRequest::codePointCount(text) > m_limit) {
        event->accept();
        Q_EMIT limitReached(int(NewRequest::codePointCount(text)));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void DescriptionEdit::insertFromMimeData(const QMimeData* source)
{
    if (!source->hasText())
        return;
    const QString selected = textCursor().selectedText();
    const qsizetype room = m_limit - length() + NewRequest::codePointCount(selected);
    const QString pasted = source->text();
    const qsizetype incoming = NewRequest::codePointCount(pasted);
    if (incoming <= room) {
        insertPlainText(pasted);
        return;
    }
    insertPlainText(firstCodePoints(pasted, qMax<qsizetype>(0, room)));
    Q_EMIT limitReached(int(incoming - qMax<qsizetype>(0, room)));
}

void DescriptionEdit::enforce()
{
    if (m_enforcing)
        return;
    const QString text = toPlainText();
    const qsizetype count = NewRequest::codePointCount(text);
    // Input methods and drops can still get past the key and paste checks; cut, and say so.
    if (count > m_limit) {
        m_enforcing = true;
        QTextCursor cursor = textCursor();
        const int position = cursor.position();
        setPlainText(firstCodePoints(text, m_limit));
        cursor = textCursor();
        cursor.setPosition(qMin(position, int(toPlainText().size())));
        setTextCursor(cursor);
        m_enforcing = false;
        Q_EMIT limitReached(int(count - m_limit));
    }
    Q_EMIT lengthChanged(qMin<int>(int(count), m_limit));
}

} // namespace Open311
