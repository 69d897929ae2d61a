#include "gui/report/PhotoAttachments.h"

#include "gui/report/PhotoThumbnail.h"
#include "gui/report/ReportFormText.h"
#include "gui/widgets/AccessibleText.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Open311 {

namespace {

// Pasted pixels have no file. They are made no larger than will be sent before PNG keeps them
// losslessly for the preparer: a screenshot's PNG at full size could pass the file size limit.
Result<PreparedPhoto> preparePasted(const QImage& image, const QString& fileName)
{
    const int side = PhotoPreparer::kMaxLongSide;
    const QImage fitted = image.width() > side || image.height() > side
        ? image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!fitted.save(&buffer, "PNG"))
        return Error::validation(Error::Field::None,
            ReportFormText::tr("%1 could not be made ready to send.").arg(fileName));
    return PhotoPreparer::prepare(bytes, fileName);
}

// A draft keeps no thumbnail: one is decoded at its size, never at the photo's.
QImage thumbnailOf(const QByteArray& jpeg)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    const int side = PhotoPreparer::kThumbnailSide;
    if (size.isValid() && (size.width() > side || size.height() > side))
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    return reader.read();
}

QString imageFilter()
{
    const QList<QByteArray> readable = QImageReader::supportedImageFormats();
    QStringList patterns;
    for (const char* format :
        { "jpg", "jpeg", "png", "webp", "heic", "heif", "bmp", "gif", "tif", "tiff" }) {
        if (!readable.contains(QByteArray(format)))
            continue;
        // A phone names its photos IMG_0001.JPG, and not every platform's dialog ignores case.
        const QString suffix = QLatin1String(format);
        patterns << QStringLiteral("*.") + suffix << QStringLiteral("*.") + suffix.toUpper();
    }
    return ReportFormText::tr("Images (%1)").arg(patterns.join(QLatin1Char(' ')));
}

QStringList localFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

// Whether canonical (a canonical path) is root or inside it.
bool within(const QString& canonical, const QString& root)
{
    if (canonical.isEmpty() || root.isEmpty())
        return false;
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return canonical == root || canonical.startsWith(prefix);
}

} // namespace

PhotoAttachments::PhotoAttachments(QWidget* parent)
    : QFrame(parent)
{
    auto* layout = new QVBoxLayout(this);
    // Room for the frame drawn while files are dragged over.
    layout->setContentsMargins(3, 3, 3, 3);

    m_add = new QPushButton(ReportFormText::tr("Add photos\u2026"), this);
    m_add->setAccessibleName(ReportFormText::tr("Add photos"));
    setAccessibleName(ReportFormText::tr("Photos"));
    m_useLocation = new QPushButton(ReportFormText::tr("Use the photo's location"), this);
    m_useLocation->setAccessibleName(ReportFormText::tr("Use the photo's location"));
    m_useLocation->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_useLocation);
    buttons->addStretch(1);

    m_strip = new QScrollArea(this);
    m_strip->setFrameShape(QFrame::NoFrame);
    m_strip->setWidgetResizable(true);
    // Its photos' buttons take focus; the strip itself would be an unnamed stop in the chain.
    m_strip->setFocusPolicy(Qt::NoFocus);
    m_strip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_strip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_strip->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* content = new QWidget(m_strip);
    m_tiles = new QHBoxLayout(content);
    m_tiles->setContentsMargins(0, 0, 0, 0);
    m_none = new QLabel(ReportFormText::tr("No photo attached."), content);
    m_tiles->addWidget(m_none);
    m_tiles->addStretch(1);
    m_strip->setWidget(content);
    // As tall as a tile, with room for the scroll bar, so that neither a tile nor a scroll bar
    // that comes moves what is under the strip.
    const PhotoThumbnail sample(QString(), nullptr);
    m_strip->setFixedHeight(sample.sizeHint().height()
        + m_strip->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_strip));
    m_strip->hide();

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // file names are never markup
    m_message->setAccessibleDescription(ReportFormText::tr("Photo message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Problems arrive while the person is elsewhere in the form: nothing may move under them.
    ReportFormText::reserveLines(m_message, 2);

    m_privacy = new QLabel(
        ReportFormText::tr("Photos are made smaller and sent without their hidden data (EXIF): "
                           "no camera position, camera model or time leaves with them."),
        this);
    m_privacy->setWordWrap(true);
    m_privacy->setAccessibleDescription(ReportFormText::tr("About photos"));

    layout->addLayout(buttons);
    layout->addWidget(m_strip);
    layout->addWidget(m_message);
    layout->addWidget(m_privacy);

    connect(m_add, &QPushButton::clicked, this, &PhotoAttachments::chooseFiles);
    connect(m_useLocation, &QPushButton::clicked, this, [this] {
        if (m_location)
            Q_EMIT locationChosen(*m_location);
    });
    refresh();
}

bool PhotoAttachments::isBusy() const
{
    for (const Entry& entry : m_entries) {
        if (!entry.photo)
            return true;
    }
    return false;
}

QList<PreparedPhoto> PhotoAttachments::photos() const
{
    QList<PreparedPhoto> ready;
    for (const Entry& entry : m_entries) {
        if (entry.photo)
            ready << *entry.photo;
    }
    return ready;
}

QList<QWidget*> PhotoAttachments::focusChain() const
{
    QList<QWidget*> chain { m_add, m_useLocation };
    for (const Entry& entry : m_entries)
        chain << entry.tile->removeButton();
    return chain;
}

void PhotoAttachments::setUploadsAccepted(bool accepted)
{
    m_uploadsAccepted = accepted;
    refresh();
}

void PhotoAttachments::setFileAccess(bool allowed, const QString& folder)
{
    m_fileAccess = allowed;
    m_folder = allowed ? folder : QString();
    m_canonicalFolder = m_folder.isEmpty() ? QString() : QDir(m_folder).canonicalPath();
    // A dialog opened before may show what is no longer allowed.
    if (m_dialog)
        m_dialog->close();
    refresh();
}

bool PhotoAttachments::takesFiles() const
{
    return m_fileAccess && m_uploadsAccepted;
}

bool PhotoAttachments::inFolder(const QString& path) const
{
    if (m_folder.isEmpty())
        return true;
    // Canonical, so that neither "..", nor a link, leads out. A folder that does not exist
    // lets nothing in.
    return within(QFileInfo(path).canonicalFilePath(), m_canonicalFolder);
}

int PhotoAttachments::indexOf(quint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return int(i);
    }
    return -1;
}

void PhotoAttachments::chooseFiles()
{
    if (!takesFiles())
        return;
    m_problems.clear();
    if (roomLeft() <= 0) {
        problem(
            ReportFormText::tr("A report can have at most %n photos; remove one to attach another.",
                nullptr, kMaxPhotos));
        refresh();
        return;
    }
    refresh();
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QString start = m_folder;
    if (start.isEmpty())
        start = m_lastFolder;
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    // A home without a Pictures folder: the dialog would offer "Pictures" as a file name.
    if (m_folder.isEmpty() && !QFileInfo(start).isDir())
        start = QDir::homePath();
    // Non-modal to the app: its event loop keeps running while the person picks files.
    auto* dialog = new QFileDialog(this, ReportFormText::tr("Add photos"), start, imageFilter());
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_folder.isEmpty()) {
        // Qt's own dialog, which can be kept in the folder and kept from renaming or deleting.
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setOption(QFileDialog::ReadOnly);
        dialog->setSidebarUrls({ QUrl::fromLocalFile(m_folder) });
        // Back to the folder, which is inside, so this ends; a folder that is gone has no inside.
        const QString folder = m_canonicalFolder;
        if (!folder.isEmpty())
            connect(dialog, &QFileDialog::directoryEntered, dialog,
                [dialog, folder](const QString& dir) {
                    if (!within(QDir(dir).canonicalPath(), folder))
                        dialog->setDirectory(folder);
                });
    }
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& paths) {
        if (!paths.isEmpty())
            m_lastFolder = QFileInfo(paths.constFirst()).absolutePath();
        addFiles(paths);
    });
    m_dialog = dialog;
    dialog->open();
    dialog->activateWindow(); // keyboard focus even with no window manager
}

void PhotoAttachments::addFiles(const QStringList& paths)
{
    if (!takesFiles())
        return;
    m_problems.clear();
    attach(paths);
    refresh();
}

void PhotoAttachments::attach(const QStringList& paths)
{
    bool full = false;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (!inFolder(path)) {
            problem(ReportFormText::tr("%1 is not in the folder photos can be attached from.")
                        .arg(name));
            continue;
        }
        // A kiosk's camera folder still holds the photos of visitors before this one. A file's
        // time comes from a coarser clock, hence the margin.
        if (!m_folder.isEmpty() && info.lastModified().toUTC() < m_clearedAt.addSecs(-2)) {
            problem(ReportFormText::tr("%1 was taken before this report was started.").arg(name));
            continue;
        }
        if (info.isDir()) {
            problem(ReportFormText::tr("%1 is a folder, not a photo.").arg(name));
            continue;
        }
        const QString canonical = info.canonicalFilePath();
        const QString source = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
        const bool attached = std::any_of(m_entries.cbegin(), m_entries.cend(),
            [&source](const Entry& entry) { return entry.source == source; });
        if (attached) {
            problem(ReportFormText::tr("%1 is attached already.").arg(name));
            continue;
        }
        if (roomLeft() <= 0) {
            full = true;
            continue;
        }
        prepare(name, source, PhotoPreparer::prepareLater(path));
    }
    if (full)
        problem(
            ReportFormText::tr("A report can have at most %n photos; remove one to attach another.",
                nullptr, kMaxPhotos));
}

bool PhotoAttachments::paste(const QMimeData* data)
{
    if (!data || !takesFiles())
        return false;
    m_problems.clear();
    const qsizetype before = m_entries.size();
    const QStringList paths = localFiles(data);
    // A file keeps the position in its EXIF, which the pixels alone have lost.
    if (!paths.isEmpty()) {
        attach(paths);
    } else if (data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        if (image.isNull()) {
            problem(ReportFormText::tr("The pasted image could not be read."));
        } else if (roomLeft() <= 0) {
            problem(ReportFormText::tr(
                "A report can have at most %n photos; remove one to attach another.", nullptr,
                kMaxPhotos));
        } else {
            const QString name
                = ReportFormText::tr("Pasted image %1").arg(++m_pasted) + QStringLiteral(".jpg");
            prepare(name, QString(), QtConcurrent::run(&preparePasted, image, name));
        }
    }
    refresh();
    return m_entries.size() > before;
}

PhotoAttachments::Entry& PhotoAttachments::addEntry(const QString& fileName)
{
    Entry entry;
    entry.id = ++m_nextId;
    entry.tile = new PhotoThumbnail(fileName, m_strip->widget());
    const quint64 id = entry.id;
    connect(entry.tile->removeButton(), &QPushButton::clicked, this, [this, id] { remove(id); });
    // Before the stretch that keeps the tiles to the left.
    m_tiles->insertWidget(m_tiles->count() - 1, entry.tile);
    m_entries.append(entry);
    return m_entries.last();
}

void PhotoAttachments::prepare(
    const QString& fileName, const QString& source, QFuture<Result<PreparedPhoto>> future)
{
    Entry& entry = addEntry(fileName);
    entry.source = source;
    // A watcher, not a continuation: that would run at once, within this call, were the photo
    // ready already; a watcher's signal always comes later.
    auto* watcher = new QFutureWatcher<Result<PreparedPhoto>>(this);
    entry.preparation = watcher;
    const quint64 id = entry.id;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
        if (!watcher->isCanceled())
            finish(id, watcher->result());
    });
    watcher->setFuture(future);
}

void PhotoAttachments::finish(quint64 id, const Result<PreparedPhoto>& result)
{
    const int index = indexOf(id);
    // Removed or cleared while it was prepared: the photo goes with it.
    if (index < 0)
        return;
    Entry& entry = m_entries[index];
    entry.preparation->deleteLater(); // still in its signal
    entry.preparation = nullptr;
    if (!result.ok()) {
        const QString name = entry.tile->fileName();
        QString text = result.error().message();
        if (!text.contains(name))
            text = ReportFormText::tr("%1: %2").arg(name, text);
        discard(m_entries.takeAt(index));
        problem(text);
        // The strip stays though empty now: the person is elsewhere, and nothing may move.
        refresh();
        return;
    }
    entry.photo = result.value();
    entry.tile->setThumbnail(entry.photo->thumbnail);
    refresh();
    Q_EMIT changed();
}

void PhotoAttachments::remove(quint64 id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    // The photo that takes its place, so that removing several is pressing Space several times.
    QWidget* next = nullptr;
    if (index + 1 < m_entries.size())
        next = m_entries.at(index + 1).tile->removeButton();
    if (!next && !m_add->isHidden() && m_add->isEnabled())
        next = m_add;
    if (!next && index > 0)
        next = m_entries.at(index - 1).tile->removeButton();
    const Entry removed = m_entries.takeAt(index);
    if (next) {
        next->setFocus(Qt::TabFocusReason);
        if (m_strip->widget()->isAncestorOf(next))
            m_strip->ensureWidgetVisible(next);
    }
    discard(removed);
    m_problems.clear();
    if (m_entries.isEmpty())
        m_strip->hide();
    refresh();
    Q_EMIT changed();
}

void PhotoAttachments::discard(const Entry& entry)
{
    // One not started yet never reads the file; what one running makes is not waited for.
    if (entry.preparation) {
        entry.preparation->disconnect(this);
        entry.preparation->cancel();
        entry.preparation->deleteLater();
    }
    // Later: the remove button that was clicked is still in its signal.
    entry.tile->hide();
    m_tiles->removeWidget(entry.tile);
    entry.tile->deleteLater();
}

void PhotoAttachments::dropEntries()
{
    for (const Entry& entry : std::as_const(m_entries))
        discard(entry);
    m_entries.clear();
    m_problems.clear();
    m_strip->hide();
}

void PhotoAttachments::setPhotos(const QList<PreparedPhoto>& photos)
{
    dropEntries();
    for (const PreparedPhoto& photo : photos.mid(0, kMaxPhotos)) {
        Entry& entry = addEntry(photo.fileName);
        entry.photo = photo;
        if (entry.photo->thumbnail.isNull())
            entry.photo->thumbnail = thumbnailOf(photo.jpeg);
        entry.tile->setThumbnail(entry.photo->thumbnail);
    }
    refresh();
    Q_EMIT changed();
}

void PhotoAttachments::clear()
{
    const bool had = !photos().isEmpty();
    dropEntries();
    m_pasted = 0;
    m_clearedAt = QDateTime::currentDateTimeUtc();
    m_lastFolder.clear();
    if (m_dialog)
        m_dialog->close();
    refresh();
    if (had)
        Q_EMIT changed();
}

void PhotoAttachments::problem(const QString& text)
{
    if (!m_problems.contains(text))
        m_problems << text;
}

void PhotoAttachments::refresh()
{
    m_add->setVisible(m_fileAccess);
    m_add->setEnabled(m_uploadsAccepted);
    setAcceptDrops(takesFiles());

    if (!m_entries.isEmpty())
        m_strip->show();
    m_none->setVisible(m_entries.isEmpty());

    // The position of the newest photo that has one.
    m_location.reset();
    for (qsizetype i = m_entries.size() - 1; i >= 0 && !m_location; --i) {
        const Entry& entry = m_entries.at(i);
        if (entry.photo && entry.photo->location) {
            m_location = entry.photo->location;
            m_useLocation->setToolTip(
                ReportFormText::tr("The position %1 was taken at").arg(entry.photo->fileName));
        }
    }
    if (!m_location && m_useLocation->hasFocus())
        m_add->setFocus(Qt::OtherFocusReason);
    m_useLocation->setVisible(m_location.has_value());

    QStringList lines;
    if (!m_uploadsAccepted) {
        lines << ReportFormText::tr("This city takes no photo uploads; put a link to your photo "
                                    "in the field below instead.");
        if (!m_entries.isEmpty())
            lines << ReportFormText::tr("The photos attached will not be sent to this city.");
    }
    lines << m_problems;
    m_message->setText(lines.join(QLatin1Char('\n')));
    // A photo's problem is said when it appears, and stays on Add photos for whoever comes back.
    // As the button's help: its problem is the form's (a photo still being prepared), which the
    // form clears on its own.
    if (m_problems != m_problemsAnnounced) {
        m_problemsAnnounced = m_problems;
        AccessibleText::setHelp(m_add, m_problems.join(QLatin1Char(' ')));
        if (!m_problems.isEmpty())
            AccessibleText::announce(m_message);
    }

    // Tiles are made after the buttons; a form that moved the add button in its tab order
    // finds them after it all the same.
    const QList<QWidget*> chain = focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    const bool busy = isBusy();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void PhotoAttachments::dragEnterEvent(QDragEnterEvent* event)
{
    if (!takesFiles() || localFiles(event->mimeData()).isEmpty()
        || !(event->possibleActions() & Qt::CopyAction)) {
        event->ignore();
        return;
    }
    // Copy, never move: a file manager must not take the person's photo away.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setDragging(true);
}

void PhotoAttachments::dragMoveEvent(QDragMoveEvent* event)
{
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void PhotoAttachments::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDragging(false);
    QFrame::dragLeaveEvent(event);
}

void PhotoAttachments::dropEvent(QDropEvent* event)
{
    setDragging(false);
    const QStringList paths = localFiles(event->mimeData());
    if (!takesFiles() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    addFiles(paths);
}

void PhotoAttachments::keyPressEvent(QKeyEvent* event)
{
    // From any control of the strip; a shortcut of the form's own comes first.
    if (event->matches(QKeySequence::Paste)) {
        paste(QApplication::clipboard()->mimeData());
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void PhotoAttachments::setDragging(bool dragging)
{
    if (m_dragging == dragging)
        return;
    m_dragging = dragging;
    update();
}

void PhotoAttachments::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (!m_dragging)
        return;
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

} // namespace Open311
