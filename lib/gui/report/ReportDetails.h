#pragma once

#include "core/MediaFile.h"
#include "core/ServiceDefinition.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Open311 {

class AttributeFields;
class ContactFields;
class DescriptionEdit;
class FieldErrors;
class NewRequest;
class PhotoAttachments;

// The form's third column: the service's own questions (GeoReport v2), who is calling, what is
// wrong, photos and a link to one, and Send with the form's message under it.
class ReportDetails : public QWidget
{
    Q_OBJECT

public:
    // Problems with the email, the description and the link are shown through errors, and so is
    // any problem without a field of its own: in the message under Send.
    ReportDetails(FieldErrors& errors, QWidget* parent);

    AttributeFields* attributes() const { return m_attributes; }
    // The questions of the chosen service; answers to them restored from a draft before they
    // arrived are given to them now, and answers to another service's questions are not.
    void setDefinition(const QString& serviceCode, const ServiceDefinition& definition);
    // keepAnswers: what was answered waits, should the same service be chosen again.
    void clearDefinition(bool keepAnswers);
    // Where the questions will be: "Loading…", or why they could not be loaded.
    void setAttributesMessage(const QString& message);
    ContactFields* contact() const { return m_contact; }
    DescriptionEdit* description() const { return m_description; }
    PhotoAttachments* photoStrip() const { return m_photos; }
    QLineEdit* mediaUrl() const { return m_mediaUrl; }
    QPushButton* sendButton() const { return m_send; }
    QLabel* notice() const { return m_notice; }

    // The account id goes only while it shows in form.
    void fill(NewRequest& request, const QWidget* form) const;
    void restore(const NewRequest& request);
    bool isEmpty() const;
    // Every field empty, undo history included.
    void clear();

    // The photos as they are sent (JPEG, no EXIF), kept in drafts apart from the text, which
    // restore() leaves them out of.
    MediaFiles photos() const;
    void setPhotos(const MediaFiles& files);
    // Whether this city takes uploads, and whether this computer may read files (not a kiosk,
    // unless it names a camera folder).
    void setPhotoRules(bool uploadsAccepted, bool fileAccess, const QString& folder);

Q_SIGNALS:
    void edited();
    void photosChanged();

private:
    void updateCounter(int length);

    AttributeFields* m_attributes;
    QLabel* m_attributesMessage;
    QString m_shownFor; // the service whose questions are shown
    // Answers waiting for their service's questions (a draft's, or those of a service the
    // caller moved away from), by service code: each is given only to its own service.
    QHash<QString, AttributeValues> m_pending;
    ContactFields* m_contact;
    DescriptionEdit* m_description;
    QLabel* m_counter;
    QLabel* m_descriptionNotice;
    PhotoAttachments* m_photos;
    bool m_photosAccepted = false;
    QLineEdit* m_mediaUrl;
    QPushButton* m_send;
    QLabel* m_notice;
};

} // namespace Open311
