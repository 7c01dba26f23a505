#pragma once

#include "io/DatasetRecords.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace frontier {

class AtlasModel;
class ChangeListener;

/// \brief Keeps the window's dataset current while it is a shared database's: hears the
/// changes colleagues save (ChangeListener) and reads what changed, keeping the date and the
/// selected crossing or sector. A burst of changes is read once.
class SharedDatasetWatcher : public QObject {
    Q_OBJECT
public:
    SharedDatasetWatcher(AtlasModel& model, QObject* parent);
    ~SharedDatasetWatcher() override;

    /// While `held` is true (unsaved edits, a dialog open), a change heard is told but read only
    /// after: reading would replace what is being edited. Checked again every second.
    void setHold(std::function<bool()> held) { m_held = std::move(held); }
    /// A change for which `known` is true (the window's own save) is not read again.
    using Known = std::function<bool(RecordKind, const QString&, qint64)>;
    void setKnown(Known known) { m_known = std::move(known); }

signals:
    void message(const QString& text);

private:
    void follow();
    void reload();

    AtlasModel& m_model;
    QString m_origin;
    std::unique_ptr<ChangeListener> m_listener;
    QTimer m_settle;
    QString m_changed; ///< what was last heard changed (a record's id), for the message
    std::function<bool()> m_held;
    Known m_known;
    bool m_told = false; ///< a held change was said
};

} // namespace frontier
