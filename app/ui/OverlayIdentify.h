#pragma once

#include <QObject>
#include <QPoint>

#include <optional>

class QTableWidget;
class QDialog;

namespace frontier {

class MapCanvas;

/// \brief Identify for the analyst's layers: hovering over a feature gives a tooltip (its layer,
/// label and date), clicking it shows all its attributes, with its date and precision, in a
/// window that stays open for the next click. Crossings keep their own click.
class OverlayIdentify : public QObject {
    Q_OBJECT
public:
    explicit OverlayIdentify(MapCanvas& canvas);

    /// The attributes window (null before the first identify).
    QDialog* dialog() const { return m_dialog; }
    QTableWidget* table() const { return m_table; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void identify(QPoint pos);

    MapCanvas& m_canvas;
    std::optional<QPoint> m_pressed;
    QDialog* m_dialog = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace frontier
