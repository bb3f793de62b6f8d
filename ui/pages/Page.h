#pragma once

#include "PageCatalog.h"
#include "core/SourceStatus.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace tpp {

class EmptyState;
class IconSet;
struct Profile;

/// Base of every page: a header (title and purpose), and a body that is either
/// the page's content or an honest empty/error state derived from the active
/// profile and the state of the page's source. Pages built in later issues
/// subclass it, put their widgets in setContent(), and report when their first
/// data has arrived with setReady() (the screenshot run waits for it).
class Page : public QWidget {
    Q_OBJECT
public:
    Page(const PageSpec& spec, IconSet* icons, QWidget* parent = nullptr);

    [[nodiscard]] const PageSpec& spec() const { return m_spec; }
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] const EmptyState* emptyState() const { return m_empty; }
    [[nodiscard]] bool showsContent() const;

    /// Re-derives what the page shows from the active profile and its source.
    virtual void updateState(const Profile* profile, const SourceSnapshot& source);
    /// Whether the content has shown data at least once for this connection:
    /// then a lost source keeps it visible under a "stale since" banner.
    void setHasData(bool hasData) { m_hasData = hasData; }
    [[nodiscard]] QString bannerText() const;

Q_SIGNALS:
    void ready();
    void chooseProfileRequested();
    void editProfileRequested();

protected:
    void setContent(QWidget* content);
    void setReady(bool isReadyNow);

private:
    enum class EmptyAction { None, ChooseProfile, EditProfile };

    PageSpec m_spec;
    IconSet* m_icons;
    QLabel* m_title;
    QLabel* m_purpose;
    QLabel* m_banner;
    QStackedWidget* m_body;
    EmptyState* m_empty;
    QWidget* m_content = nullptr;
    EmptyAction m_action = EmptyAction::None;
    bool m_ready = true;
    bool m_hasData = false;
};

} // namespace tpp
