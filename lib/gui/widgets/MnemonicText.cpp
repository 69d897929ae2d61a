#include "gui/widgets/MnemonicText.h"

namespace Open311 {

QString MnemonicText::stripped(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    // Only a bracket typed as itself opens the "(&S)" form; "&(" makes the bracket the key.
    bool literalBracket = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'&' && i + 1 < text.size()) {
            const QChar close = literalBracket && plain.back() == u'(' ? u')' : u'\uff09';
            if (literalBracket && i + 2 < text.size() && text.at(i + 1) != u'&'
                && text.at(i + 2) == close) {
                plain.chop(1);
                while (plain.endsWith(u' '))
                    plain.chop(1);
                i += 2;
            } else {
                plain.append(text.at(++i));
            }
            literalBracket = false;
            continue;
        }
        // A lone "&" at the end marks nothing, and Qt draws nothing for it.
        if (c == u'&')
            break;
        plain.append(c);
        literalBracket = c == u'(' || c == u'\uff08';
    }
    return plain;
}

} // namespace Open311
