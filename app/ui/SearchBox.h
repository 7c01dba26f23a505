#pragma once

#include "search/SearchIndex.h"

#include <QLineEdit>

#include <functional>
#include <optional>

class QCompleter;
class QStringListModel;

namespace frontier {

/// \brief Finds crossings, sectors, places, areas and events by any spelling: the ranked matches of
/// a SearchIndex while typing; choosing one, or Enter for the best, emits it.
class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);
    /// Searches what `build` indexes from now on. The index is built at the first search, not
    /// here: building it took a fifth of the window's construction at start-up.
    void setIndex(std::function<SearchIndex()> build);

signals:
    void entryChosen(const frontier::SearchEntry& entry);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    const SearchIndex& index();
    void showMatches(const QString& text);
    void choose(int row);

    std::function<SearchIndex()> m_build;
    std::optional<SearchIndex> m_index;
    std::vector<SearchMatch> m_matches; ///< the rows of m_model
    QStringListModel* m_model;
    QCompleter* m_completer;
};

} // namespace frontier
