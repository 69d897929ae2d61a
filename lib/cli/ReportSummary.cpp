#include "cli/ReportSummary.h"

#include "store/OutboxEntry.h"

namespace Open311 {

QString ReportSummary::service(const QString& code, const QString& name)
{
    if (name.isEmpty() || name == code)
        return code;
    if (code.isEmpty())
        return name;
    return tr("%1 (%2)").arg(code, name);
}

QString ReportSummary::service(const OutboxEntry& entry)
{
    return service(entry.request.serviceCode, entry.serviceName);
}

QString ReportSummary::place(const QString& address, const std::optional<double>& latitude,
    const std::optional<double>& longitude)
{
    const QString written = address.simplified();
    if (!written.isEmpty())
        return written;
    if (latitude && longitude) {
        // As many digits as were given, in the C locale that --lat and --lon are read in.
        return QStringLiteral("%1, %2").arg(
            QString::number(*latitude, 'g', 10), QString::number(*longitude, 'g', 10));
    }
    return QString();
}

QString ReportSummary::place(const OutboxEntry& entry)
{
    return place(entry.request.addressString, entry.request.latitude, entry.request.longitude);
}

QString ReportSummary::excerpt(const QString& description)
{
    const QString line = description.simplified();
    qsizetype cut = 0;
    int codePoints = 0;
    while (cut < line.size() && codePoints < kExcerptLength) {
        // A character outside the BMP is two QChars; never split it.
        cut += line.at(cut).isHighSurrogate() && cut + 1 < line.size() ? 2 : 1;
        ++codePoints;
    }
    if (cut >= line.size())
        return line;
    return line.left(cut).trimmed() + QChar(0x2026);
}

QString ReportSummary::orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace Open311
