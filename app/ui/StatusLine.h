#pragma once

#include "model/GeoPoint.h"

#include <QObject>

#include <optional>

class QLabel;
class QStatusBar;

namespace frontier {

class AtlasModel;

/// \brief The status bar's permanent text: the selected crossing's status, or sector's name, and
/// its sides' holders (with co-holders) at the model's date, and the cursor's coordinates in
/// decimal degrees and DMS.
class StatusLine : public QObject {
    Q_OBJECT
public:
    StatusLine(AtlasModel& model, QStatusBar* bar);

    QLabel* selection() const { return m_selection; }
    void showCursor(const std::optional<frontier::GeoPoint>& position);

private:
    void showSelection();

    AtlasModel& m_model;
    QLabel* m_selection;
    QLabel* m_coordinates;
};

} // namespace frontier
