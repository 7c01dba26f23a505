#include "CatalogDialog.h"

#include "FieldProblems.h"
#include "RecordFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontier {
namespace {

const QString kListSeparator = QStringLiteral("; ");

} // namespace

CatalogDialog::CatalogDialog(RecordKind kind, std::vector<Record> records,
                             std::function<LoadProblems(const Record&, int)> check, int current,
                             QWidget* parent)
    : QDialog(parent), m_kind(kind), m_records(std::move(records)), m_check(std::move(check))
{
    const bool actors = kind == RecordKind::Actor;
    setObjectName(actors ? QStringLiteral("actorDialog") : QStringLiteral("sourceDialog"));
    setWindowTitle(actors ? tr("Actors") : tr("Sources"));
    const auto field = [](const char* key, const QString& label, bool list = false) {
        const QString k = QLatin1String(key);
        return Field{k, k.section(QLatin1Char('/'), -1), label, list};
    };
    if (actors)
        m_fields = {field("id", tr("&Id:")),
                    field("name", tr("&Name:")),
                    field("short", tr("&Short name:")),
                    field("kind", tr("&Kind:")),
                    field("parent", tr("&Part of (actor id):")),
                    field("color", tr("&Colour (#rrggbb):")),
                    field("aliases/en", tr("English &aliases (; between):"), true),
                    field("aliases/ar", tr("A&rabic aliases:"), true),
                    field("aliases/ku", tr("K&urdish aliases:"), true)};
    else
        m_fields = {field("id", tr("&Id:")),       field("outlet", tr("&Outlet:")),
                    field("title", tr("&Title:")), field("published", tr("&Date published:")),
                    field("url", tr("&URL:")),     field("citation", tr("&Citation:")),
                    field("note", tr("&Note:"))};

    m_choice = new QComboBox(this);
    m_choice->setAccessibleName(actors ? tr("Actor to edit") : tr("Source to edit"));
    for (const Record& r : m_records)
        m_choice->addItem(r.id);
    m_choice->addItem(actors ? tr("New actor") : tr("New source"));
    auto* general = new QLabel(this);
    m_problems = std::make_unique<FieldProblems>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("&Edit:"), m_choice);
    for (Field& f : m_fields) {
        f.edit = new QLineEdit(this);
        f.edit->setObjectName(f.key.section(QLatin1Char('/'), -1) + QStringLiteral("Edit"));
        m_problems->addRow(form, f.label, f.edit, f.problemKey);
        connect(f.edit, &QLineEdit::textEdited, this, &CatalogDialog::revalidate);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());
    m_choice->setCurrentIndex(current < 0 ? m_choice->count() - 1 : current);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &CatalogDialog::fill);
    fill();
}

CatalogDialog::~CatalogDialog() = default;

int CatalogDialog::index() const
{
    return m_choice->currentIndex();
}

void CatalogDialog::fill()
{
    const bool existing = index() < static_cast<int>(m_records.size());
    const QJsonObject props =
        existing ? m_records[static_cast<std::size_t>(index())].properties : QJsonObject();
    for (Field& f : m_fields) {
        const QString outer = f.key.section(QLatin1Char('/'), 0, 0);
        const QJsonValue v = f.key.contains(QLatin1Char('/'))
                                 ? props.value(outer).toObject().value(f.problemKey)
                                 : props.value(f.key);
        f.edit->setText(f.list ? RecordFields::strings(v).join(kListSeparator) : v.toString());
    }
    // An id others refer to stays: renaming it would break the events that cite it.
    m_fields.front().edit->setReadOnly(existing);
    revalidate();
}

Record CatalogDialog::record() const
{
    const bool existing = index() < static_cast<int>(m_records.size());
    Record r = existing ? m_records[static_cast<std::size_t>(index())] : Record{};
    for (const Field& f : m_fields) {
        const QString text = f.edit->text();
        QJsonValue value = text;
        if (f.list) {
            QStringList items;
            for (const QString& item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (!item.trimmed().isEmpty())
                    items << item.trimmed();
            value = RecordFields::strings(items);
        }
        if (f.key.contains(QLatin1Char('/'))) {
            const QString outer = f.key.section(QLatin1Char('/'), 0, 0);
            QJsonObject nested = r.properties.value(outer).toObject();
            RecordFields::set(nested, f.problemKey, value);
            RecordFields::set(r.properties, outer, nested);
        } else {
            RecordFields::set(r.properties, f.key, value);
        }
    }
    r.id = r.properties.value(QStringLiteral("id")).toString();
    return r;
}

void CatalogDialog::revalidate()
{
    const bool ok = m_problems->show(m_check(record(), index()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace frontier
