#include "SearchBox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace frontier {
namespace {

constexpr int kShownMatches = 12;

} // namespace

SearchBox::SearchBox(QWidget* parent)
    : QLineEdit(parent), m_model(new QStringListModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    setObjectName(QStringLiteral("searchBox"));
    setPlaceholderText(tr("Find a crossing, sector, place, area or event (Ctrl+F)"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Find"));
    // The index ranks and filters; the completer only shows its rows. Not QLineEdit::setCompleter,
    // which would filter again and write the chosen label into the box.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kShownMatches);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.row()); });
    connect(this, &QLineEdit::textEdited, this, &SearchBox::showMatches);
}

void SearchBox::setIndex(std::function<SearchIndex()> build)
{
    m_build = std::move(build);
    m_index.reset();
    m_matches.clear();
    m_model->setStringList({});
    m_completer->popup()->hide();
}

const SearchIndex& SearchBox::index()
{
    if (!m_index)
        m_index = m_build ? m_build() : SearchIndex();
    return *m_index;
}

void SearchBox::showMatches(const QString& text)
{
    if (text.isEmpty()) {
        m_matches.clear();
        m_model->setStringList({});
        m_completer->popup()->hide();
        return;
    }
    m_matches = index().find(text, kShownMatches);
    QStringList labels;
    for (const SearchMatch& m : m_matches)
        labels << index().entries()[static_cast<std::size_t>(m.entry)].label;
    m_model->setStringList(labels);
    if (labels.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    if (hasFocus())
        m_completer->complete();
}

void SearchBox::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    // Enter takes the row picked in the list, else the best match. Accepting the event keeps the
    // completer from also activating the row.
    const QModelIndex picked =
        m_completer->popup()->isVisible() ? m_completer->popup()->currentIndex() : QModelIndex();
    if (!picked.isValid())
        m_matches = index().find(text(), kShownMatches); // also after setText()
    choose(picked.isValid() ? picked.row() : 0);
    event->accept();
}

void SearchBox::choose(int row)
{
    if (row < 0 || row >= static_cast<int>(m_matches.size()))
        return;
    const SearchEntry entry =
        index().entries()[static_cast<std::size_t>(m_matches[static_cast<std::size_t>(row)].entry)];
    m_completer->popup()->hide();
    clear();
    showMatches({});
    emit entryChosen(entry);
}

} // namespace frontier
