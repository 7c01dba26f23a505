#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace frontier {

class AtlasModel;
class ChangeListener;

/// \brief Keeps the window's dataset current while it is a shared database's: hears the
/// changes colleagues save (ChangeListener) and reads the dataset again, keeping the date and the
/// selected crossing or sector. A burst of changes is read once.
class SharedDatasetWatcher : public QObject {
    Q_OBJECT
public:
    SharedDatasetWatcher(AtlasModel& model, QObject* parent);
    ~SharedDatasetWatcher() override;

signals:
    void message(const QString& text);

private:
    void follow();
    void reload();

    AtlasModel& m_model;
    QString m_origin;
    std::unique_ptr<ChangeListener> m_listener;
    QTimer m_settle;
    QString m_changed; ///< the last record heard, for the message
};

} // namespace frontier
