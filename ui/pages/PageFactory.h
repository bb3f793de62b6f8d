#pragma once

#include <QCoreApplication>

class QWidget;

namespace tpp {

class IconSet;
class Page;
struct PageSpec;

namespace db {
class DatasetCatalog;
class PlatformDb;
} // namespace db

/// Builds the page for a catalog entry: the database pages (Users, Sessions,
/// Sandboxes, Audit) as DatasetPages with their filters and drawers, every
/// other page as a plain Page with its honest empty state until its source
/// arrives.
class PageFactory {
    Q_DECLARE_TR_FUNCTIONS(tpp::PageFactory)

public:
    PageFactory(IconSet* icons, db::PlatformDb* database, const db::DatasetCatalog* datasets);
    [[nodiscard]] Page* create(const PageSpec& spec, QWidget* parent) const;

private:
    IconSet* m_icons;
    db::PlatformDb* m_database;
    const db::DatasetCatalog* m_datasets;
};

} // namespace tpp
