#pragma once

#include "io/LoadProblem.h"
#include "overlay/OverlayStyle.h"
#include "time/Timeline.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace frontier {

/// \brief What the whole program shares: the timeline over the open dataset, the current date
/// and the selection. The canvas, panels, swimlane, search, bookmarks and exports observe it and
/// ask it for changes; the date lives here only (Marble's MarbleModel). The date always stays
/// within [minimumDate(), maximumDate()].
class AtlasModel : public QObject {
    Q_OBJECT
public:
    explicit AtlasModel(std::shared_ptr<const Timeline> timeline, QObject* parent = nullptr);

    /// The range the timeline can show.
    static Date minimumDate() { return Date::fromYmd(2012, 1, 1); }
    static Date maximumDate() { return Date::fromYmd(2025, 12, 31); }

    const Timeline& timeline() const { return *m_timeline; }
    std::shared_ptr<const Timeline> sharedTimeline() const { return m_timeline; }
    const Dataset& dataset() const { return m_timeline->dataset(); }
    Date date() const { return m_date; }
    /// The selected feature's index (a crossing or a sector), or -1.
    int selectedFeature() const { return m_selectedFeature; }
    /// The date the map compares the current one with (its changes are listed and marked);
    /// invalid when nothing is compared.
    Date compareDate() const { return m_compareDate; }

    /// Reads a dataset folder or database and, when it is whole, makes it the model's: one call
    /// opens a dataset. Returns the problems found; on any, the current dataset stays.
    LoadProblems openDataset(const QString& path);
    /// Reads the open dataset again after a change on its server, only what changed
    /// (DatasetSource::reread), and makes it the model's as openDataset does.
    LoadProblems rereadDataset();
    /// Another timeline; clears the selection, keeps the date.
    void setTimeline(std::shared_ptr<const Timeline> timeline);
    /// The same dataset edited (its crossings and sectors unchanged): keeps the selection too.
    void setEditedTimeline(std::shared_ptr<const Timeline> timeline);

    /// The analyst's layers, bottom first.
    const std::vector<OverlayView>& overlays() const { return m_overlays; }
    /// Adds an overlay on top, in `style` or else its default style.
    void addOverlay(std::shared_ptr<const Overlay> overlay,
                    std::optional<OverlayStyle> style = std::nullopt);
    void removeOverlay(int index);
    /// Puts `fresh` where `old` is, in its style (a layer read again); false if `old` is gone.
    bool replaceOverlay(const std::shared_ptr<const Overlay>& old,
                        std::shared_ptr<const Overlay> fresh);
    /// Moves an overlay from one place in the order to another.
    void moveOverlay(int from, int to);
    void setOverlayStyle(int index, const OverlayStyle& style);

public slots:
    void setDate(frontier::Date date);
    /// -1 clears; an index out of range is treated as -1.
    void setSelectedFeature(int feature);
    /// An invalid date stops comparing; a valid one is clamped as the date is.
    void setCompareDate(frontier::Date date);

signals:
    void datasetChanged();
    void dateChanged(frontier::Date date);
    void selectionChanged(int feature);
    void compareDateChanged(frontier::Date date);
    void overlaysChanged();

private:
    std::shared_ptr<const Timeline> m_timeline;
    Date m_date = minimumDate();
    int m_selectedFeature = -1;
    Date m_compareDate;
    std::vector<OverlayView> m_overlays;
};

} // namespace frontier
