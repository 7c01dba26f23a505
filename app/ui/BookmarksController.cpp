#include "BookmarksController.h"

#include "AtlasModel.h"
#include "MapCanvas.h"
#include "SettingsFormat.h"
#include "WindowSession.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include <algorithm>

namespace frontier {

BookmarksController::BookmarksController(AtlasModel& model, MapCanvas& canvas, QMenu* menu,
                                         QWidget* window)
    : QObject(window), m_model(model), m_canvas(canvas), m_menu(menu),
      m_deleteMenu(new QMenu(tr("&Delete bookmark"), menu)), m_window(window)
{
    m_deleteMenu->setObjectName(QStringLiteral("deleteBookmarkMenu"));
    QSettings settings;
    m_bookmarks = Bookmark::load(settings);
    rebuildMenu();
}

void BookmarksController::add(const QString& name)
{
    const MapSettings& s = m_canvas.settings();
    m_bookmarks.push_back(
        {name, s.crs, s.extent, m_model.date(), SavedLayer::of(m_model.overlays())});
    save();
    rebuildMenu();
}

void BookmarksController::apply(int index)
{
    const Bookmark& b = m_bookmarks.at(static_cast<std::size_t>(index));
    if (!WindowSession::isValidCrs(b.crs)) {
        emit warning(tr("bookmark “%1”: its CRS is not known any more").arg(b.name));
        return;
    }
    MapSettings s = m_canvas.settings();
    s.crs = b.crs;
    s.extent = b.extent;
    m_canvas.setSettings(s);
    m_model.setDate(b.date);
    applyLayers(b);
}

void BookmarksController::applyLayers(const Bookmark& b)
{
    QStringList missing;
    for (const SavedLayer& layer : b.layers) {
        const auto& overlays = m_model.overlays();
        const auto it = std::find_if(overlays.begin(), overlays.end(), [&](const OverlayView& v) {
            return layer.isLayerOf(*v.overlay);
        });
        if (it == overlays.end())
            missing << layer.displayName();
        else
            m_model.setOverlayStyle(static_cast<int>(it - overlays.begin()), layer.style);
    }
    if (!missing.isEmpty())
        emit warning(tr("bookmark “%1”: these layers are not open: %2")
                         .arg(b.name, missing.join(QStringLiteral(", "))));
}

void BookmarksController::remove(int index)
{
    if (index < 0 || index >= static_cast<int>(m_bookmarks.size()))
        return;
    m_bookmarks.erase(m_bookmarks.begin() + index);
    save();
    rebuildMenu();
}

bool BookmarksController::removeAll()
{
    if (m_bookmarks.empty())
        return false;
    QMessageBox box(QMessageBox::Question, tr("Remove all bookmarks"),
                    tr("Remove all %1 bookmarks? This cannot be undone.").arg(m_bookmarks.size()),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("removeAllBookmarks"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;
    m_bookmarks.clear();
    save();
    rebuildMenu();
    return true;
}

void BookmarksController::ask()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Add bookmark"), tr("Name"),
                                               QLineEdit::Normal, m_model.date().toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        add(name.trimmed());
}

void BookmarksController::rebuildMenu()
{
    m_menu->clear();
    m_deleteMenu->clear();
    QAction* add = m_menu->addAction(tr("&Add bookmark…"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                                     &BookmarksController::ask);
    add->setObjectName(QStringLiteral("addBookmark"));
    m_menu->addMenu(m_deleteMenu);
    m_deleteMenu->setEnabled(!m_bookmarks.empty());
    QAction* clear = m_menu->addAction(tr("&Remove all…"), this, &BookmarksController::removeAll);
    clear->setObjectName(QStringLiteral("removeAllBookmarks"));
    clear->setEnabled(!m_bookmarks.empty());
    m_menu->addSeparator();
    for (int i = 0; i < static_cast<int>(m_bookmarks.size()); ++i) {
        const Bookmark& b = m_bookmarks[static_cast<std::size_t>(i)];
        const QString text = QStringLiteral("%1 (%2)").arg(b.name, b.date.toString());
        m_menu->addAction(text, this, [this, i] { apply(i); });
        m_deleteMenu->addAction(text, this, [this, i] { remove(i); });
    }
}

void BookmarksController::save()
{
    QSettings settings;
    Bookmark::save(settings, m_bookmarks);
    if (const QString error = SettingsFormat::save(settings); !error.isEmpty())
        emit warning(error + tr("; the bookmarks were not kept"));
}

} // namespace frontier
