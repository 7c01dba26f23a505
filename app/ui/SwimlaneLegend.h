#pragma once

#include "model/Event.h"
#include "render/MapSettings.h"
#include "render/Style.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace frontier {

class Timeline;

/// \brief Names the swimlane chart's colours: the controllers that appear in the data, unknown,
/// the statuses, and how approximate and disputed periods look, each drawn by the SymbolPainter
/// as the chart draws it. Wraps to the width.
class SwimlaneLegend : public QWidget {
    Q_OBJECT
public:
    explicit SwimlaneLegend(std::shared_ptr<const Timeline> timeline, Style style = {},
                            QWidget* parent = nullptr);
    void setTimeline(std::shared_ptr<const Timeline> timeline);
    void setStyle(const Style& style, std::shared_ptr<const Timeline> timeline);
    /// Names the actors as the map's labels in `labels` do.
    void setLabels(LabelLanguage labels);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Item {
        QString text;
        QColor color; ///< a controller's; invalid for a status
        CrossingStatus status = CrossingStatus::Unknown;
        bool unknown = false;
        bool approximate = false;
        bool disputed = false;
    };
    /// Lays the items out in `width`; calls `place` for each with its swatch's rectangle.
    template <typename Place> int layout(int width, Place place) const;

    void showItems();

    Style m_style;
    std::shared_ptr<const Timeline> m_timeline;
    LabelLanguage m_labels = LabelLanguage::English;
    std::vector<Item> m_items;
};

} // namespace frontier
