#pragma once

#include "SearchEntry.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace frontier {

/// \brief Finds crossings, places and events by English or Arabic name: suggestions while
/// typing; choosing one, or Enter for the first match, emits it.
class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);
    void setEntries(std::vector<SearchEntry> entries);
    /// The first entry whose names contain `text` (case-insensitive), or -1.
    int firstMatch(const QString& text) const;

signals:
    void entryChosen(const frontier::SearchEntry& entry);

private:
    void choose(int index);

    std::vector<SearchEntry> m_entries;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
};

} // namespace frontier
