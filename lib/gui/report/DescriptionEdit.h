#pragma once

#include <QPlainTextEdit>

namespace Open311 {

// The description, held to the spec's 4,000 characters counted as Unicode code points: typing
// stops at the limit, and a paste that would pass it is cut there and says so. Nothing is cut
// silently.
class DescriptionEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DescriptionEdit(QWidget* parent = nullptr);

    void setLimit(int codePoints);
    int limit() const { return m_limit; }
    int length() const;

Q_SIGNALS:
    void lengthChanged(int codePoints);
    // Some characters were not taken: typed past the limit, or cut from a paste.
    void limitReached(int charactersLeftOut);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    void enforce();

    int m_limit = 4000;
    bool m_enforcing = false;
};

} // namespace Open311
