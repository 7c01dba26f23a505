#pragma once

#include <QDialog>

class QTableWidget;

namespace frontier {

/// \brief Lists every action with a keyboard shortcut in a window, read from the actions
/// themselves when the dialog opens, so the list cannot drift from the keys.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);
    /// The rows shown: {action text without '&', shortcuts in the platform's notation}.
    static QList<QPair<QString, QString>> shortcuts(const QWidget* window);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace frontier
