#include "Dataset.h"

#include "IdIndex.h"

#include <algorithm>

namespace frontier {
QString baseLayerName(BaseLayer layer)
{
    switch (layer) {
    case BaseLayer::Countries:
        return QStringLiteral("countries");
    case BaseLayer::Governorates:
        return QStringLiteral("governorates");
    case BaseLayer::Rivers:
        return QStringLiteral("rivers");
    case BaseLayer::Frontier:
        return QStringLiteral("frontier");
    case BaseLayer::Places:
        return QStringLiteral("places");
    }
    return {};
}

Dataset::Dataset(DatasetContent content)
    : m_c(std::move(content)),
      m_crossingCount(static_cast<std::size_t>(
          std::find_if(m_c.features.begin(), m_c.features.end(),
                       [](const FrontierFeature& f) { return !f.isCrossing(); }) -
          m_c.features.begin())),
      m_featureIndex(idIndex(m_c.features)), m_actorIndex(idIndex(m_c.actors)),
      m_sourceIndex(idIndex(m_c.sources)), m_eventIndex(idIndex(m_c.events)),
      m_unknownActor(actorIndex(QStringLiteral("unknown")))
{
}

QStringList Dataset::sourceIds(const std::vector<int>& sources) const
{
    QStringList ids;
    for (int s : sources)
        ids << m_c.sources[static_cast<std::size_t>(s)].id;
    return ids;
}

QString Dataset::actorId(int actor) const
{
    return actor < 0 ? QStringLiteral("unknown") : m_c.actors[static_cast<std::size_t>(actor)].id;
}

} // namespace frontier
