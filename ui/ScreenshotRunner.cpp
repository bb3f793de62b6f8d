#include "ScreenshotRunner.h"

#include "MainWindow.h"
#include "pages/Page.h"

#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace tpp {

namespace {
constexpr int kSettleMs = 250; ///< lets layouts, fonts and icons finish before the grab
}

ScreenshotRunner::ScreenshotRunner(MainWindow* window, QDir dir, QStringList pageIds,
                                   int readyTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(std::move(dir))
    , m_pageIds(std::move(pageIds))
    , m_timeoutMs(readyTimeoutMs) {}

void ScreenshotRunner::start() {
    QTimer::singleShot(kSettleMs, this, &ScreenshotRunner::next);
}

void ScreenshotRunner::next() {
    ++m_index;
    if (m_index >= m_pageIds.size()) {
        Q_EMIT finished(m_failures == 0 ? 0 : 1);
        return;
    }
    const QString id = m_pageIds.at(m_index);
    Page* page = m_window->page(id);
    if (!page) {
        std::fprintf(stderr, "tpp-console: --screenshot: no page \"%s\"\n", qPrintable(id));
        ++m_failures;
        return next();
    }
    m_window->showPage(id);
    if (page->isReady()) {
        QTimer::singleShot(kSettleMs, this, &ScreenshotRunner::capture);
        return;
    }
    auto* timeout = new QTimer(this);
    timeout->setSingleShot(true);
    m_readyConnection = connect(page, &Page::ready, this, [this, timeout] {
        timeout->deleteLater();
        disconnect(m_readyConnection);
        QTimer::singleShot(kSettleMs, this, &ScreenshotRunner::capture);
    });
    connect(timeout, &QTimer::timeout, this, [this, timeout, id] {
        disconnect(m_readyConnection);
        timeout->deleteLater();
        std::fprintf(stderr, "tpp-console: --screenshot: page \"%s\" was not ready after %d ms\n",
                     qPrintable(id), m_timeoutMs);
        ++m_failures;
        capture();
    });
    timeout->start(m_timeoutMs);
}

void ScreenshotRunner::capture() {
    const QString id = m_pageIds.at(m_index);
    const QString file = m_dir.filePath(
        QStringLiteral("%1-%2.png").arg(m_index + 1, 2, 10, QLatin1Char('0')).arg(id));
    if (!m_window->grab().save(file)) {
        std::fprintf(stderr, "tpp-console: --screenshot: could not write %s\n", qPrintable(file));
        ++m_failures;
    } else {
        std::printf("%s\n", qPrintable(file));
        std::fflush(stdout);
    }
    next();
}

} // namespace tpp
