#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Open311 {

struct OutboxEntry;

// The few words that tell one report from another in a listing: its service, its place and the
// start of its description.
class ReportSummary
{
    Q_DECLARE_TR_FUNCTIONS(Open311::ReportSummary)

public:
    static constexpr int kExcerptLength = 40;

    // "021 (Pothole in Street)", or the code alone when the name is not known.
    static QString service(const QString& code, const QString& name);
    static QString service(const OutboxEntry& entry);
    // The address as given, or else "37.7652, -122.4212"; empty when there is neither.
    static QString place(const QString& address, const std::optional<double>& latitude,
        const std::optional<double>& longitude);
    static QString place(const OutboxEntry& entry);
    // The first words of a description on one line, cut with an ellipsis.
    static QString excerpt(const QString& description);
    // "-" for an empty column, so that a listing shows that nothing is there.
    static QString orDash(const QString& text);
};

} // namespace Open311
