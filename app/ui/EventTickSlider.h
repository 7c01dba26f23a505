#pragma once

#include <QSlider>

#include <vector>

namespace frontier {

/// \brief A horizontal slider that marks given values (the event days) with ticks under its
/// groove.
class EventTickSlider : public QSlider {
    Q_OBJECT
public:
    explicit EventTickSlider(QWidget* parent = nullptr);
    void setMarks(std::vector<int> values);
    /// The horizontal centre of the handle when the slider shows `value`.
    int positionOf(int value) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<int> m_marks;
};

} // namespace frontier
