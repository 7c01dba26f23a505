#include "SessionController.h"

#include "AtlasModel.h"
#include "MapCanvas.h"
#include "OverlayLoader.h"
#include "SettingsFormat.h"
#include "WindowSession.h"
#include "db/DatasetSource.h"
#include "time/TimeController.h"

#include <QDir>
#include <QJsonDocument>
#include <QMainWindow>
#include <QSettings>

namespace frontier {
namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kSpeed = QStringLiteral("time/speed");
const QString kDataset = QStringLiteral("dataset/path");
const QString kOverlays = QStringLiteral("view/overlays"); // JSON: SavedLayer::toJson

// The docks' places, one layout per reading direction: Arabic's mirrors English's.
QString stateKey(const QMainWindow& window)
{
    return window.isRightToLeft() ? QStringLiteral("window/state-rtl")
                                  : QStringLiteral("window/state");
}

} // namespace

SessionController::SessionController(AtlasModel& model, MapCanvas& canvas, TimeController& time,
                                     OverlayLoader& loader, QMainWindow* window)
    : QObject(window), m_model(model), m_canvas(canvas), m_time(time), m_loader(loader),
      m_window(window)
{
}

void SessionController::restore(bool includeView, bool includeLayers)
{
    QSettings settings;
    if (settings.status() != QSettings::NoError) {
        emit warning(
            tr("the settings file %1 is unreadable and was ignored").arg(settings.fileName()));
        return;
    }
    if (settings.contains(kGeometry) &&
        !m_window->restoreGeometry(settings.value(kGeometry).toByteArray()))
        emit warning(tr("ignored the saved window geometry"));
    const QString state = stateKey(*m_window);
    if (settings.contains(state) && !m_window->restoreState(settings.value(state).toByteArray()))
        emit warning(tr("ignored the saved window layout"));
    if (settings.contains(kSpeed)) {
        bool ok = false;
        const int speed = settings.value(kSpeed).toInt(&ok);
        if (ok && speed >= 1 && speed <= 366)
            m_time.setSpeed(speed);
        else
            emit warning(tr("ignored the saved %1 (%2)")
                             .arg(kSpeed, settings.value(kSpeed).toString().left(60)));
    }
    QStringList warnings;
    if (includeView) {
        MapSettings view = m_canvas.settings();
        view = WindowSession::loadView(settings, view, warnings);
        m_canvas.setSettings(view);
        m_model.setDate(view.date);
    }
    if (includeLayers && settings.contains(kOverlays)) {
        const QJsonDocument doc =
            QJsonDocument::fromJson(settings.value(kOverlays).toString().toUtf8());
        if (!doc.isArray())
            warnings << tr("ignored the saved layers: not a list");
        QStringList problems;
        m_loader.restore(SavedLayer::fromJson(doc.array(), problems));
        for (const QString& p : problems)
            warnings << tr("ignored a saved layer: %1").arg(p);
    }
    for (const QString& w : warnings)
        emit warning(w);
}

QString SessionController::save()
{
    QSettings settings;
    settings.setValue(kGeometry, m_window->saveGeometry());
    settings.setValue(stateKey(*m_window), m_window->saveState());
    settings.setValue(kSpeed, m_time.speed());
    MapSettings view = m_canvas.settings();
    view.date = m_model.date();
    WindowSession::saveView(settings, view);
    std::vector<SavedLayer> layers = SavedLayer::of(m_model.overlays());
    for (SavedLayer& l : m_loader.restoring()) // they join above the others
        layers.push_back(std::move(l));
    settings.setValue(
        kOverlays, QString::fromUtf8(
                       QJsonDocument(SavedLayer::toJson(layers)).toJson(QJsonDocument::Compact)));
    const QString origin = m_model.dataset().origin();
    if (origin.isEmpty() || QDir(origin) == QDir(m_defaultDataset))
        settings.remove(kDataset);
    else
        settings.setValue(kDataset,
                          DatasetSource::isDatabase(origin) ? origin : QDir(origin).absolutePath());
    const QString error = SettingsFormat::save(settings);
    if (!error.isEmpty())
        emit warning(error + tr("; the session was not kept"));
    return error;
}

QString SessionController::savedDatasetPath()
{
    return QSettings().value(kDataset).toString();
}

} // namespace frontier
