#pragma once

#include "io/LoadProblem.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace frontier {

class AtlasModel;
class SharedDatasetWatcher;

/// \brief Opens dataset folders from the window: a folder dialog, the model's one call, and,
/// when a folder has problems, a dialog that lists every one of them (file, feature, field,
/// reason) in view, saying which dataset stays open. A shared database's dataset is kept current
/// (SharedDatasetWatcher).
class DatasetController : public QObject {
    Q_OBJECT
public:
    DatasetController(AtlasModel& model, QWidget* window);

    /// True when opened (and listed first among the recent datasets); else the problems are
    /// shown and the current dataset stays.
    bool open(const QString& path);
    /// Asked before another dataset is opened (unsaved edits): false keeps the current one.
    void setGuard(std::function<bool()> maySwitch) { m_maySwitch = std::move(maySwitch); }
    void ask();
    /// Adds File → Open recent: the recent folders (a missing one greyed, saying so) and Clear.
    void addRecentMenu(QMenu* file);
    /// What keeps a database's dataset current.
    SharedDatasetWatcher& watcher() const { return *m_watcher; }
    /// Shows why `path` was not opened; `consequence` says what is open instead.
    void showProblems(const QString& path, const LoadProblems& problems,
                      const QString& consequence);

signals:
    void message(const QString& text);

private:
    AtlasModel& m_model;
    QWidget* m_window;
    std::function<bool()> m_maySwitch;
    SharedDatasetWatcher* m_watcher;
};

} // namespace frontier
