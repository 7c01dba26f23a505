#pragma once

#include "render/MapSettings.h"
#include "render/export/PageFormat.h"
#include "render/export/PrintLayout.h"

#include <QDialog>
#include <QImage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace frontier {

class MapRenderer;

/// \brief The print layout of the current map: title, subtitle, caption, page and PNG
/// resolution, a live preview of the first page drawn by the same PrintLayout as the export,
/// and Export PDF / Export PNG.
class LayoutDialog : public QDialog {
    Q_OBJECT
public:
    struct Options {
        PrintLayout::Text text;
        PageFormat page;
        int dpi = 300;
    };
    LayoutDialog(MapRenderer& renderer, const MapSettings& map, const Options& initial,
                 QWidget* parent = nullptr);

    Options options() const;
    /// The layout the fields describe.
    PrintLayout layout() const;
    /// The first page as the preview shows it.
    const QImage& preview() const { return m_image; }
    QLineEdit* titleEdit() const { return m_title; }
    /// Writes the layout (.pdf or .png by the suffix); empty on success, else the error. Also
    /// reported by `exported` or `failed`.
    QString exportTo(const QString& path);

    static constexpr int kPreviewDpi = 56;

signals:
    void exported(const QString& path);
    void failed(const QString& error);
    void previewUpdated();

private:
    void updatePreview();
    void askPath(const QString& suffix);

    MapRenderer& m_renderer;
    MapSettings m_map;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QPlainTextEdit* m_caption;
    QComboBox* m_page;
    QSpinBox* m_dpi;
    QLabel* m_previewLabel;
    QTimer* m_refresh;
    QImage m_image;
};

} // namespace frontier
