#include "StatusLine.h"

#include "AtlasModel.h"
#include "EventText.h"
#include "geo/CoordinateFormat.h"

#include <QLabel>
#include <QStatusBar>

namespace frontier {

StatusLine::StatusLine(AtlasModel& model, QStatusBar* bar)
    : QObject(bar), m_model(model), m_selection(new QLabel(bar)), m_coordinates(new QLabel(bar))
{
    m_selection->setObjectName(QStringLiteral("selectionStatus"));
    // Long text is cut, never allowed to widen the window.
    m_selection->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_coordinates->setObjectName(QStringLiteral("cursorStatus"));
    bar->addWidget(m_selection, 1);
    bar->addPermanentWidget(m_coordinates);
    connect(&m_model, &AtlasModel::dateChanged, this, &StatusLine::showSelection);
    connect(&m_model, &AtlasModel::selectionChanged, this, &StatusLine::showSelection);
    connect(&m_model, &AtlasModel::datasetChanged, this, &StatusLine::showSelection);
}

void StatusLine::showCursor(const std::optional<GeoPoint>& p)
{
    m_coordinates->setText(p ? CoordinateFormat::decimal(*p) + QStringLiteral("   ") +
                                   CoordinateFormat::dms(*p)
                             : QString());
}

void StatusLine::showSelection()
{
    const int feature = m_model.selectedFeature();
    if (feature < 0) {
        m_selection->clear();
        return;
    }
    const Dataset& d = m_model.dataset();
    const FrontierFeature& f = d.feature(feature);
    const FeatureState st = m_model.timeline().featureStateAt(feature, m_model.date());
    // A sector has no status: its name is followed by its sides' holders.
    QString text = f.isCrossing() ? QStringLiteral("%1 — %2").arg(f.displayName(),
                                                                  EventText::status(st.status))
                                  : tr("Sector: %1").arg(f.displayName());
    for (Side side : kSides) {
        const SideState& s = st.side(side);
        text += QStringLiteral(" · %1: %2")
                    .arg(EventText::side(side), EventText::holders(d, s.controller, s.with));
    }
    if (st.disputed())
        text += tr(" · disputed (see the Selection panel)");
    m_selection->setText(text);
    m_selection->setToolTip(text);
}

} // namespace frontier
