#pragma once

#include "Actor.h"
#include "DateRange.h"
#include "DatedArea.h"
#include "Event.h"
#include "FrontierFeature.h"
#include "Source.h"
#include "VectorLayer.h"
#include "geo/FrontierLine.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <array>
#include <span>
#include <vector>

namespace frontier {

/// The basemap layers, in drawing order.
enum class BaseLayer { Countries, Governorates, Rivers, Frontier, Places };
inline constexpr int kBaseLayerCount = 5;
QString baseLayerName(BaseLayer layer); ///< "countries", … (also the file's base name)

/// \brief Everything a dataset holds, as the reader assembles it.
struct DatasetContent {
    std::array<VectorLayer, kBaseLayerCount> layers;
    /// The crossings, then the sectors in order along the line: one index space for events.
    std::vector<FrontierFeature> features;
    FrontierLine frontierLine; ///< the frontier layer's line, measured in kilometres
    std::vector<Actor> actors;
    std::vector<Source> sources;
    std::vector<Event> events;
    std::vector<DatedArea> areas;
    QString name;           ///< from dataset.json, e.g. "Iraq–Syria frontier crossings"
    DateRange coverage;     ///< the dates the events describe; outside it nothing is known
    QString origin;         ///< the folder it was read from
    QByteArray contentHash; ///< SHA-256 of the files, hex
};

/// \brief The immutable dataset: basemap layers, frontier features (crossings and sectors),
/// actors, sources and events.
class Dataset {
public:
    explicit Dataset(DatasetContent content);

    const VectorLayer& layer(BaseLayer layer) const { return m_c.layers[static_cast<int>(layer)]; }
    /// Crossings and sectors: events, states and the selection index into this.
    const std::vector<FrontierFeature>& features() const { return m_c.features; }
    const FrontierFeature& feature(int index) const
    {
        return m_c.features[static_cast<std::size_t>(index)];
    }
    /// The first features; a crossing's index is its feature index.
    std::span<const FrontierFeature> crossings() const
    {
        return std::span(m_c.features).first(m_crossingCount);
    }
    /// The sectors, in order along the line from km 0.
    std::span<const FrontierFeature> sectors() const
    {
        return std::span(m_c.features).subspan(m_crossingCount);
    }
    /// The feature index of the first sector.
    int firstSector() const { return static_cast<int>(m_crossingCount); }
    const FrontierLine& frontierLine() const { return m_c.frontierLine; }
    const std::vector<Actor>& actors() const { return m_c.actors; }
    const std::vector<Source>& sources() const { return m_c.sources; }
    const std::vector<Event>& events() const { return m_c.events; }
    const std::vector<DatedArea>& areas() const { return m_c.areas; }
    const QString& name() const { return m_c.name; }
    const DateRange& coverage() const { return m_c.coverage; }
    const QString& origin() const { return m_c.origin; }
    const QByteArray& contentHash() const { return m_c.contentHash; }

    int featureIndex(const QString& id) const { return m_featureIndex.value(id, -1); }
    int actorIndex(const QString& id) const { return m_actorIndex.value(id, -1); }
    int sourceIndex(const QString& id) const { return m_sourceIndex.value(id, -1); }
    int eventIndex(const QString& id) const { return m_eventIndex.value(id, -1); }
    /// The actor's id; "unknown" for -1 (no controller known).
    QString actorId(int actor) const;
    /// The ids of the sources at these indices, in order.
    QStringList sourceIds(const std::vector<int>& sources) const;
    /// The `unknown` actor's index, or -1 if the dataset has none.
    int unknownActor() const { return m_unknownActor; }

private:
    DatasetContent m_c;
    std::size_t m_crossingCount = 0;
    QHash<QString, int> m_featureIndex;
    QHash<QString, int> m_actorIndex;
    QHash<QString, int> m_sourceIndex;
    QHash<QString, int> m_eventIndex;
    int m_unknownActor = -1;
};

} // namespace frontier
