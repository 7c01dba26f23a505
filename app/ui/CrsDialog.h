#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace frontier {

/// \brief Chooses a map projection by name or code from PROJ's registry (CrsCatalog): type to
/// filter, arrows to move, Enter to choose.
class CrsDialog : public QDialog {
    Q_OBJECT
public:
    /// `current`: the CRS to select first, e.g. "EPSG:32638" (none if it is not in the catalogue).
    explicit CrsDialog(const QString& current = {}, QWidget* parent = nullptr);
    /// The chosen CRS as "EPSG:NNNN", or empty when none is selected.
    QString selectedId() const;
    QLineEdit* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    /// Rows shown after filtering.
    int visibleCount() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectRow(int row);

    QLineEdit* m_filter;
    QTableView* m_view;
    QSortFilterProxyModel* m_proxy;
};

} // namespace frontier
