#pragma once

#include "core/Service.h"

#include <QModelIndex>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace Open311 {

class FieldErrors;
class ServiceFilterModel;
class ServiceListModel;

// The form's first column: the service the caller names, found by typing part of it.
class ServicePicker : public QWidget
{
    Q_OBJECT

public:
    // The problem with a missing service is shown through errors, under the list.
    ServicePicker(FieldErrors& errors, QWidget* parent);

    QLineEdit* filterField() const { return m_filterField; }
    QListView* list() const { return m_list; }
    void setHeading(const QString& text);
    void focusFilter();

    void setServices(const ServiceList& services);
    void setMessage(const QString& message);
    QString selectedCode() const;
    QString selectedName() const;
    // v2: the chosen service asks questions of its own.
    bool selectedHasDefinition() const;
    QString filterText() const;
    // A draft's filter and service; a service the list has not got yet is chosen when it comes.
    void restore(const QString& filterText, const QString& serviceCode);
    // No service, no filter, nothing waiting for the list.
    void clear();

Q_SIGNALS:
    // A service was chosen, or the choice was taken away.
    void serviceChanged();
    // Enter in the filter with a service chosen: the call moves on to the address.
    void moveOnRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateDescription();
    void select(const QModelIndex& proxyIndex);
    QModelIndex selectedIndex() const;
    // Past the group headings, which cannot be chosen.
    QModelIndex firstService() const;
    int serviceCount() const;

    ServiceListModel* m_services;
    ServiceFilterModel* m_filter;
    QLabel* m_heading;
    QLineEdit* m_filterField;
    QListView* m_list;
    QLabel* m_message;
    QLabel* m_description;
    QString m_pendingCode; // from a draft, until the services arrive
};

} // namespace Open311
