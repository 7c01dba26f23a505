#pragma once

#include <QSize>
#include <QWidget>

class QSpinBox;

namespace frontier {

/// \brief Width × height of an exported image, limited to what the exporter accepts.
class ImageSizeEdit : public QWidget {
    Q_OBJECT
public:
    explicit ImageSizeEdit(QSize initial, QWidget* parent = nullptr);
    QSize value() const;

private:
    QSpinBox* m_width;
    QSpinBox* m_height;
};

} // namespace frontier
