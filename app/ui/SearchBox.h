#pragma once

#include "search/SearchIndex.h"

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace frontier {

/// \brief Finds crossings, sectors, places, areas and events by any spelling: the ranked matches of
/// a SearchIndex while typing; choosing one, or Enter for the best, emits it.
class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);
    void setIndex(SearchIndex index);
    const SearchIndex& index() const { return m_index; }

signals:
    void entryChosen(const frontier::SearchEntry& entry);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showMatches(const QString& text);
    void choose(int row);

    SearchIndex m_index;
    std::vector<SearchMatch> m_matches; ///< the rows of m_model
    QStringListModel* m_model;
    QCompleter* m_completer;
};

} // namespace frontier
