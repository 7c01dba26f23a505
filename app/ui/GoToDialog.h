#pragma once

#include "model/GeoPoint.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace frontier {

/// \brief Asks for a coordinate typed as decimal degrees, DMS or MGRS; says inline why a text
/// is not one, and accepts only a coordinate.
class GoToDialog : public QDialog {
    Q_OBJECT
public:
    explicit GoToDialog(QWidget* parent = nullptr);
    /// The coordinate typed, once the text parses.
    std::optional<GeoPoint> point() const { return m_point; }
    QLineEdit* input() const { return m_input; }
    QLabel* message() const { return m_message; }

private:
    void check();

    QLineEdit* m_input;
    QLabel* m_message;
    QPushButton* m_ok;
    std::optional<GeoPoint> m_point;
};

} // namespace frontier
