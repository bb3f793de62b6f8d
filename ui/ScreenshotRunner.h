#pragma once

#include <QDir>
#include <QObject>
#include <QStringList>

namespace tpp {

class MainWindow;

/// --screenshot DIR: shows each page in turn, waits until the page says its
/// first data has arrived (Page::ready) or a timeout passes, saves
/// DIR/NN-<page>.png, and then ends the application. The exit code is 0 only
/// if every picture was written from a ready page; otherwise the problem is
/// printed, naming the page.
class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow* window, QDir dir, QStringList pageIds, int readyTimeoutMs,
                     QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void next();
    void capture();

    MainWindow* m_window;
    QDir m_dir;
    QStringList m_pageIds;
    int m_timeoutMs;
    int m_index = -1;
    int m_failures = 0;
    QMetaObject::Connection m_readyConnection;
};

} // namespace tpp
