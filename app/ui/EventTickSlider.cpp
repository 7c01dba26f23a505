#include "EventTickSlider.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace frontier {

EventTickSlider::EventTickSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    setMinimumHeight(30);
}

void EventTickSlider::setMarks(std::vector<int> values)
{
    m_marks = std::move(values);
    update();
}

int EventTickSlider::positionOf(int value) const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove =
        style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle =
        style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    return groove.left() + handle.width() / 2 +
           QStyle::sliderPositionFromValue(minimum(), maximum(), value, span);
}

void EventTickSlider::paintEvent(QPaintEvent* event)
{
    QSlider::paintEvent(event);
    QPainter p(this);
    p.setPen(QPen(palette().windowText().color(), 1));
    const int bottom = height() - 1;
    for (int v : m_marks) {
        if (v < minimum() || v > maximum())
            continue;
        const int x = positionOf(v);
        p.drawLine(x, bottom - 5, x, bottom);
    }
}

} // namespace frontier
