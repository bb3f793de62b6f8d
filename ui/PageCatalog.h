#pragma once

#include "core/SourceStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tpp {

/// What the sidebar offers: every page, its group, icon and the source it
/// lives on. One table, so the sidebar, Ctrl+1…9, the command palette and the
/// screenshot run can never disagree about which pages exist.
struct PageSpec {
    QString id;      ///< stable, used in file names and settings ("sandboxes")
    QString title;   ///< translated
    QString group;   ///< translated: Monitor, Platform, Operate
    QString icon;    ///< lucide icon name in resources/icons
    QString purpose; ///< translated one-line description shown in the empty state
    Source primarySource = Source::Cluster;
    bool sourceImplemented = false; ///< this build can connect to primarySource
};

class PageCatalog {
    Q_DECLARE_TR_FUNCTIONS(tpp::PageCatalog)

public:
    PageCatalog();
    [[nodiscard]] const QList<PageSpec>& pages() const { return m_pages; }
    [[nodiscard]] const PageSpec* find(const QString& id) const;

private:
    QList<PageSpec> m_pages;
};

} // namespace tpp
