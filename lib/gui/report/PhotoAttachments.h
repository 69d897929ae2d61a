#pragma once

#include "session/PhotoPreparer.h"

#include <QDateTime>
#include <QFrame>
#include <QFuture>
#include <QFutureWatcher>
#include <QGeoCoordinate>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QFileDialog;
class QHBoxLayout;
class QLabel;
class QMimeData;
class QPushButton;
class QScrollArea;

namespace Open311 {

class PhotoThumbnail;

// The photos that go with a report: a strip of thumbnails, added through a file dialog, by
// dropping files or by pasting. Each is made ready to send (small, upright, without EXIF) off the
// GUI thread; the label before the strip is the form's.
class PhotoAttachments : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kMaxPhotos = 5;

    explicit PhotoAttachments(QWidget* parent = nullptr);

    // "Add photos…", without an Alt key: the form gives it one that is free.
    QPushButton* addButton() const { return m_add; }
    QPushButton* locationButton() const { return m_useLocation; }
    QLabel* message() const { return m_message; }

    // As though chosen in the file dialog: refused where the files may not be attached.
    void addFiles(const QStringList& paths);

    // false: nothing more can be attached, and what is attached stays but is not sent.
    void setUploadsAccepted(bool accepted);
    bool uploadsAccepted() const { return m_uploadsAccepted; }
    // A kiosk's: allowed=false refuses every photo, pasted ones included; a folder is where the
    // file dialog opens, and the only place files are taken from.
    void setFileAccess(bool allowed, const QString& folder);

    // The photos that are ready, in the order they were added.
    QList<PreparedPhoto> photos() const;
    // Replaces everything, preparations under way included (a draft's photos).
    void setPhotos(const QList<PreparedPhoto>& photos);
    // Everything dropped: what is still being prepared is cancelled or, once done, thrown away.
    void clear();
    // No photo, and none being prepared.
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool isBusy() const;

    // Every control that takes focus, in tab order. Kept after the add button whenever tiles
    // come or go.
    QList<QWidget*> focusChain() const;

public Q_SLOTS:
    // Local files or image data (the clipboard's); whether anything was taken.
    bool paste(const QMimeData* data);
    void chooseFiles();

Q_SIGNALS:
    // The photos changed: added, removed, setPhotos() or clear().
    void changed();
    void busyChanged(bool busy);
    // The person asked for the photo's position as the report's location.
    void locationChosen(const QGeoCoordinate& where);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // A photo being prepared (photo unset) or ready.
    struct Entry
    {
        quint64 id = 0;
        QString source; // the canonical path; empty for pasted pixels
        PhotoThumbnail* tile = nullptr;
        QFutureWatcher<Result<PreparedPhoto>>* preparation = nullptr;
        std::optional<PreparedPhoto> photo;
    };

    bool takesFiles() const;
    bool inFolder(const QString& path) const;
    int roomLeft() const { return kMaxPhotos - int(m_entries.size()); }
    int indexOf(quint64 id) const;
    void attach(const QStringList& paths);
    Entry& addEntry(const QString& fileName);
    void prepare(
        const QString& fileName, const QString& source, QFuture<Result<PreparedPhoto>> future);
    void finish(quint64 id, const Result<PreparedPhoto>& result);
    void remove(quint64 id);
    void discard(const Entry& entry);
    void dropEntries();
    void problem(const QString& text);
    void refresh();
    void setDragging(bool dragging);

    QPushButton* m_add;
    QPushButton* m_useLocation;
    QScrollArea* m_strip;
    QHBoxLayout* m_tiles;
    QLabel* m_none;
    QLabel* m_message;
    QLabel* m_privacy;
    QPointer<QFileDialog> m_dialog;

    QList<Entry> m_entries;
    quint64 m_nextId = 0;
    int m_pasted = 0;
    QStringList m_problems;
    QStringList m_problemsAnnounced;
    std::optional<QGeoCoordinate> m_location;
    bool m_uploadsAccepted = true;
    bool m_fileAccess = true;
    QString m_folder;
    QString m_canonicalFolder;
    // With a camera folder, only photos taken since the form was last emptied are taken.
    QDateTime m_clearedAt = QDateTime::currentDateTimeUtc();
    QString m_lastFolder;
    bool m_dragging = false;
    bool m_wasBusy = false;
};

} // namespace Open311
