#pragma once

#include <QDialog>
#include <QSize>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace frontier {

class ImageSizeEdit;

/// \brief Asks where and how to export the current map: file, size, DPI, legend, title.
class SnapshotDialog : public QDialog {
    Q_OBJECT
public:
    struct Options {
        QString path;
        QSize size{1920, 1080};
        int dpi = 96;
        bool legend = true;
        bool title = true;
    };
    SnapshotDialog(const Options& initial, QWidget* parent = nullptr);
    Options options() const;

private:
    QLineEdit* m_path;
    ImageSizeEdit* m_size;
    QSpinBox* m_dpi;
    QCheckBox* m_legend;
    QCheckBox* m_title;
};

} // namespace frontier
