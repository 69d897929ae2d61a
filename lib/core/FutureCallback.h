#pragma once

#include <QFuture>
#include <QPointer>
#include <QPromise>

#include <type_traits>
#include <utility>

namespace Open311 {

// A future that already holds its value. QtFuture::makeReadyFuture(value) is deprecated from Qt
// 6.6 on, and its successor makeReadyValueFuture() does not exist in Qt 6.4.
template <typename T> QFuture<std::decay_t<T>> readyFuture(T&& value)
{
    QPromise<std::decay_t<T>> promise;
    promise.start();
    promise.addResult(std::forward<T>(value));
    promise.finish();
    return promise.future();
}

// Runs `callback(result)` when `future` has a result, unless `context` is gone by then or the
// future was canceled. Qt 6.4's then(context, ...) asserts when the context dies before the
// future finishes (a window closed while a request was out); this never touches a dead context.
// Our futures finish on the thread that made the request, so the callback runs there too.
template <typename T, typename Callback>
void onResult(QFuture<T> future, QObject* context, Callback&& callback)
{
    future.then([guard = QPointer<QObject>(context), callback = std::forward<Callback>(callback)](
                    QFuture<T> finished) mutable {
        if (guard && !finished.isCanceled() && finished.resultCount() > 0)
            callback(finished.result());
    });
}

} // namespace Open311
