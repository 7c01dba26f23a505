#pragma once

#include "render/export/FrameSeries.h"

#include <QDialog>
#include <QSize>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace frontier {

class ImageSizeEdit;

/// \brief Asks for a frame series: a date range, a step, an output folder, a size and an image
/// format.
class FramesDialog : public QDialog {
    Q_OBJECT
public:
    struct Options {
        Date from;
        Date to;
        FrameSeries::Step step = FrameSeries::Step::Month;
        QString directory;
        QSize size{1920, 1080};
        ImageFormat format = ImageFormat::Png;
    };
    FramesDialog(const Options& initial, QWidget* parent = nullptr);
    Options options() const;

private:
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_step;
    QLineEdit* m_directory;
    ImageSizeEdit* m_size;
    QComboBox* m_format;
};

} // namespace frontier
