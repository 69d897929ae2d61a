#pragma once

#include <QFrame>
#include <QImage>
#include <QString>

class QLabel;
class QPushButton;

namespace Open311 {

// One tile of PhotoAttachments' strip: "Preparing…" until the photo is ready, then its thumbnail
// and its name, with a button that removes it.
class PhotoThumbnail : public QFrame
{
    Q_OBJECT

public:
    // Logical pixels: the pixmap is made for the screen's device pixel ratio.
    static constexpr int kSide = 96;
    // What a finger can hit (WCAG 2.5.5).
    static constexpr int kTouchTarget = 44;

    PhotoThumbnail(const QString& fileName, QWidget* parent);

    QString fileName() const { return m_fileName; }
    bool isReady() const { return m_ready; }
    // A null thumbnail says that there is no preview; the photo is attached all the same.
    void setThumbnail(const QImage& thumbnail);
    QPushButton* removeButton() const { return m_remove; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void render();
    void elide();

    QString m_fileName;
    QImage m_thumbnail;
    bool m_ready = false;
    QLabel* m_image;
    QLabel* m_name;
    QPushButton* m_remove;
};

} // namespace Open311
