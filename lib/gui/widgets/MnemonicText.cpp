#include "gui/widgets/MnemonicText.h"

namespace Open311 {

QString MnemonicText::stripped(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'&' && i + 1 < text.size()) {
            const bool open
                = !plain.isEmpty() && (plain.back() == u'(' || plain.back() == u'\uff08');
            const QChar close = plain.isEmpty() || plain.back() == u'(' ? u')' : u'\uff09';
            if (open && i + 2 < text.size() && text.at(i + 2) == close && text.at(i + 1) != u'&') {
                plain.chop(1);
                while (plain.endsWith(u' '))
                    plain.chop(1);
                i += 2;
                continue;
            }
            ++i;
        }
        plain.append(text.at(i));
    }
    return plain;
}

} // namespace Open311
