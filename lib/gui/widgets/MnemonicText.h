#pragma once

#include <QString>

namespace Open311 {

// Labels as a touch screen or a screen reader needs them: without the underlined letter of a
// keyboard accelerator.
class MnemonicText
{
public:
    // "&Address" becomes "Address", "&&" an ampersand, and the CJK convention "地址(&A)" or
    // "地址（&A）" loses its bracketed letter too (a bare "(A)" would be read out).
    static QString stripped(const QString& text);
};

} // namespace Open311
