#pragma once

#include "core/MediaFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Open311 {

class SqliteConnection;
class StoredPhotos;

// The report form as the user left it, one draft per jurisdiction, in a file of its own: a
// draft is rewritten every few keystrokes, and the outbox's reports need not share its writes.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(Open311::DraftStore)

public:
    static constexpr int kSchemaVersion = 2;

    // ":memory:" keeps nothing on disk (kiosks).
    explicit DraftStore(const QString& path);
    ~DraftStore();
    DraftStore(const DraftStore&) = delete;
    DraftStore& operator=(const DraftStore&) = delete;

    // Beside the outbox it belongs with: drafts.sqlite for outbox.sqlite, NAME-drafts.sqlite
    // for any other NAME.sqlite.
    static QString pathBeside(const QString& outboxPath);
    bool open(QString& error);
    QString path() const;
    bool isDamaged() const;
    // Whether open() created the file, so that older drafts may be brought in.
    bool isNew() const { return m_isNew; }

    bool save(const QString& profile, const QByteArray& json);
    QByteArray draft(const QString& profile) const;
    // The photos of the profile's draft; clear() drops them with its text.
    bool savePhotos(const QString& profile, const MediaFiles& photos);
    MediaFiles photos(const QString& profile) const;
    void clear(const QString& profile);

    // Copies the drafts an earlier version kept in the outbox's file; the outbox's own table
    // stays, since an older version may still read it.
    int importFromOutbox(const QString& outboxPath);

private:
    StoredPhotos photoTable() const;

    std::unique_ptr<SqliteConnection> m_connection;
    bool m_isNew = false;
};

} // namespace Open311
