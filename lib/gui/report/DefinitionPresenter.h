#pragma once

#include <QObject>

namespace Open311 {

class DefinitionCache;
class ReportForm;

// The chosen service's questions, from the jurisdiction's definitions into the form; why they
// could not be had is said where they would be.
class DefinitionPresenter : public QObject
{
    Q_OBJECT

public:
    DefinitionPresenter(ReportForm* form, DefinitionCache* definitions, QObject* parent = nullptr);
};

} // namespace Open311
