#pragma once

#include <QDialog>

class QLabel;

namespace frontier {

class Dataset;

/// \brief Help › About: the version, the bundled data's licences, and the dataset shown with
/// its folder and short SHA-256, so a screenshot names the data behind it.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const Dataset& dataset, QWidget* parent = nullptr);
    /// The first 12 hex digits of the dataset's SHA-256.
    static QString shortHash(const Dataset& dataset);
    QLabel* text() const { return m_text; }

private:
    QLabel* m_text;
};

} // namespace frontier
