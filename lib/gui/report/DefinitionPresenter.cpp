#include "gui/report/DefinitionPresenter.h"

#include "gui/report/ReportForm.h"
#include "session/DefinitionCache.h"

namespace Open311 {

DefinitionPresenter::DefinitionPresenter(
    ReportForm* form, DefinitionCache* definitions, QObject* parent)
    : QObject(parent)
{
    connect(form, &ReportForm::definitionWanted, definitions, &DefinitionCache::fetch);
    connect(definitions, &DefinitionCache::ready, form, &ReportForm::setDefinition);
    connect(definitions, &DefinitionCache::failed, form,
        [form](const QString& code, const Error& error) {
            form->setDefinitionProblem(code,
                tr("The city's questions about this service could not be loaded: %1 The report "
                   "can still go; the city will say if it needs more.")
                    .arg(error.message()));
        });
}

} // namespace Open311
