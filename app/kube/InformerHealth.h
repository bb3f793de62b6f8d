#pragma once

#include "kube/Informer.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace tpp {
class SourceStatus;
}

namespace tpp::kube {

/// Folds the states of every informer of one cluster into SourceStatus's single
/// Cluster entry: all watching → Connected; some backing off → Degraded (the
/// first reason as detail); all backing off before any has synced → Down;
/// still listing for the first time → Connecting. Events mark it fresh.
class InformerHealth : public QObject {
    Q_OBJECT
public:
    explicit InformerHealth(SourceStatus* status, QObject* parent = nullptr);

    void addInformer(Informer* informer);
    void removeInformer(Informer* informer);

private:
    void recompute();

    SourceStatus* m_status;
    QList<QPointer<Informer>> m_informers;
};

} // namespace tpp::kube
