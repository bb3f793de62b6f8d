#include "pages/PageFactory.h"

#include "db/DatasetCatalog.h"
#include "pages/DatasetPage.h"

#include <QCoreApplication>

namespace tpp {

namespace {

db::Filter equals(const QString& column, const QVariant& value) {
    return {column, db::Filter::Op::Equals, value};
}

DatasetPageConfig usersConfig() {
    DatasetPageConfig c;
    c.dataset = QStringLiteral("users");
    c.searchColumns = {QStringLiteral("email"), QStringLiteral("name")};
    c.drawer = {{PageFactory::tr("Sandboxes"), QStringLiteral("sandboxes"),
                 QStringLiteral("user_id"), QStringLiteral("id")},
                {PageFactory::tr("Sessions"), QStringLiteral("sessions"), QStringLiteral("user_id"),
                 QStringLiteral("id")},
                {PageFactory::tr("Commands"), QStringLiteral("command_history"),
                 QStringLiteral("user_id"), QStringLiteral("id")}};
    return c;
}

DatasetPageConfig sessionsConfig() {
    DatasetPageConfig c;
    c.dataset = QStringLiteral("sessions");
    c.choices = {
        {PageFactory::tr("All sessions"), {}},
        {PageFactory::tr("Active"), {{QStringLiteral("active"), db::Filter::Op::IsTrue, {}}}},
        {PageFactory::tr("Expired"), {{QStringLiteral("active"), db::Filter::Op::IsFalse, {}}}}};
    c.userColumn = QStringLiteral("user_id");
    c.timeColumn = QStringLiteral("created_at");
    c.drawer = {{PageFactory::tr("Commands"), QStringLiteral("command_history"),
                 QStringLiteral("session_id"), QStringLiteral("id")}};
    return c;
}

DatasetPageConfig sandboxesConfig() {
    DatasetPageConfig c;
    c.dataset = QStringLiteral("sandboxes");
    c.choices = {{PageFactory::tr("All statuses"), {}}};
    for (const char* status : {"running", "creating", "stopped", "error", "terminated"})
        c.choices.append({QString::fromLatin1(status),
                          {equals(QStringLiteral("status"), QString::fromLatin1(status))}});
    c.userColumn = QStringLiteral("user_id");
    c.drawer = {{PageFactory::tr("Sessions"), QStringLiteral("sessions"),
                 QStringLiteral("sandbox_id"), QStringLiteral("id")},
                {PageFactory::tr("Commands"), QStringLiteral("command_history"),
                 QStringLiteral("sandbox_id"), QStringLiteral("id")},
                {PageFactory::tr("File versions"), QStringLiteral("file_versions"),
                 QStringLiteral("sandbox_id"), QStringLiteral("id")}};
    return c;
}

DatasetPageConfig auditConfig() {
    DatasetPageConfig c;
    c.dataset = QStringLiteral("admin_audit");
    c.searchColumns = {QStringLiteral("target"), QStringLiteral("action"),
                       QStringLiteral("os_user")};
    c.choices = {{PageFactory::tr("All outcomes"), {}}};
    for (const char* outcome : {"succeeded", "failed", "cancelled", "refused"})
        c.choices.append({QString::fromLatin1(outcome),
                          {equals(QStringLiteral("outcome"), QString::fromLatin1(outcome))}});
    c.timeColumn = QStringLiteral("at");
    return c;
}

} // namespace

PageFactory::PageFactory(IconSet* icons, db::PlatformDb* database,
                         const db::DatasetCatalog* datasets)
    : m_icons(icons)
    , m_database(database)
    , m_datasets(datasets) {}

Page* PageFactory::create(const PageSpec& spec, QWidget* parent) const {
    DatasetPageConfig config;
    if (spec.id == QLatin1String("users"))
        config = usersConfig();
    else if (spec.id == QLatin1String("sessions"))
        config = sessionsConfig();
    else if (spec.id == QLatin1String("sandboxes"))
        config = sandboxesConfig();
    else if (spec.id == QLatin1String("audit"))
        config = auditConfig();
    if (config.dataset.isEmpty() || !m_database || !m_datasets->find(config.dataset))
        return new Page(spec, m_icons, parent);
    return new DatasetPage(spec, m_icons, m_database, m_datasets, config, parent);
}

} // namespace tpp
