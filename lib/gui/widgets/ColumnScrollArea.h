#pragma once

#include <QScrollArea>

namespace Open311 {

// A column of the form that scrolls up and down on its own. A scroll area around the whole form
// asks no height for its width, so at a large font a column's wrapped notes were cut off
// instead of scrolled. It is as narrow as its content allows, not narrower, so a narrow screen
// still scrolls the whole form sideways. Whatever takes the focus inside it is scrolled into
// view, by Tab or not (a failed send moves the focus to the field at fault).
class ColumnScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit ColumnScrollArea(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

private:
    void showFocused(QWidget* old, QWidget* now);
};

} // namespace Open311
