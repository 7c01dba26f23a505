#pragma once

#include "render/export/FrameSeries.h"
#include "render/export/VideoFormat.h"

#include <QDialog>
#include <QSize>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace frontier {

class ImageSizeEdit;

/// \brief Asks for a frame series: a date range, a step, a size and a format, and where it goes:
/// image frames (PNG, JPEG, TIFF) into a folder, or one video (MP4, WebM, GIF) with its frame
/// rate and whether to hold the frames where something changed.
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
        /// Set: one video file at `file` instead of image frames in `directory`.
        std::optional<VideoFormat> video;
        QString file;
        int fps = 4;
        bool holdChanges = false;
    };
    FramesDialog(const Options& initial, QWidget* parent = nullptr);
    Options options() const;

private:
    /// Enables the folder or the file and the video's settings, as the format asks, and gives
    /// the file the format's suffix.
    void formatChanged();
    QWidget* pathRow(QLineEdit* edit, bool folder);

    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_step;
    QComboBox* m_format;
    QLineEdit* m_directory;
    QLineEdit* m_file;
    ImageSizeEdit* m_size;
    QSpinBox* m_fps;
    QCheckBox* m_hold;
};

} // namespace frontier
