#include "SearchBox.h"

#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace frontier {
namespace {

constexpr int kKeywordsRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

SearchBox::SearchBox(QWidget* parent) : QLineEdit(parent), m_model(new QStandardItemModel(this)), m_completer(new QCompleter(m_model, this))
{
    setObjectName(QStringLiteral("searchBox"));
    setPlaceholderText(QStringLiteral("Find a crossing, place or event (Ctrl+F)"));
    setClearButtonEnabled(true);
    m_completer->setCompletionRole(kKeywordsRole);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.data(kIndexRole).toInt()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (!text().isEmpty()) choose(firstMatch(text()));
    });
}

void SearchBox::setEntries(std::vector<SearchEntry> entries)
{
    m_entries = std::move(entries);
    m_model->clear();
    for (int i = 0; i < static_cast<int>(m_entries.size()); ++i) {
        auto* item = new QStandardItem(m_entries[static_cast<std::size_t>(i)].label);
        item->setData(m_entries[static_cast<std::size_t>(i)].label + QLatin1Char(' ') + m_entries[static_cast<std::size_t>(i)].keywords, kKeywordsRole);
        item->setData(i, kIndexRole);
        m_model->appendRow(item);
    }
}

int SearchBox::firstMatch(const QString& text) const
{
    const QString needle = text.trimmed();
    for (int i = 0; i < static_cast<int>(m_entries.size()); ++i) {
        const SearchEntry& e = m_entries[static_cast<std::size_t>(i)];
        if (e.label.contains(needle, Qt::CaseInsensitive) || e.keywords.contains(needle, Qt::CaseInsensitive)) return i;
    }
    return -1;
}

void SearchBox::choose(int index)
{
    if (index < 0) return;
    emit entryChosen(m_entries[static_cast<std::size_t>(index)]);
    QTimer::singleShot(0, this, &QLineEdit::clear); // after the completer has written its text
}

} // namespace frontier
