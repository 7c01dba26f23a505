#include "EventDialog.h"

#include "EventText.h"
#include "FieldProblems.h"
#include "RecordFields.h"
#include "io/JsonFile.h"
#include "model/Dataset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontier {
namespace {

const QString kCrossing = QStringLiteral("crossing");
const QString kSector = QStringLiteral("sector");

QString precisionText(const QString& date)
{
    const auto d = Date::parse(date);
    if (!d)
        return {};
    switch (d->precision()) {
    case Date::Precision::Day:
        return EventDialog::tr("known to the day");
    case Date::Precision::Month:
        return EventDialog::tr("known to the month");
    case Date::Precision::Year:
        break;
    }
    return EventDialog::tr("known to the year");
}

// "Outlet — Title (2019-09-30)": a source as the list shows it.
QString sourceLine(const QJsonObject& source)
{
    const auto str = [&](const char* key) { return source.value(QLatin1String(key)).toString(); };
    return QStringLiteral("%1 — %2 (%3)").arg(str("outlet"), str("title"), str("published"));
}

} // namespace

EventDialog::EventDialog(const Dataset& dataset, const std::vector<Record>& sources, Record event,
                         std::function<LoadProblems(const Record&)> check, QWidget* parent)
    : QDialog(parent), m_original(std::move(event)), m_check(std::move(check))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(m_original.id.isEmpty() ? tr("Add event")
                                           : tr("Edit event %1").arg(m_original.id));
    build(dataset, sources);
    fill();
    revalidate();
}

EventDialog::~EventDialog() = default;

void EventDialog::build(const Dataset& dataset, const std::vector<Record>& sources)
{
    m_id = new QLineEdit(this);
    m_date = new QLineEdit(this);
    m_date->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_precision = new QLabel(this);
    m_end = new QLineEdit(this);
    m_end->setPlaceholderText(tr("optional: the last day it is known to hold"));
    m_kind = new QComboBox(this);
    for (EventKind k : {EventKind::Control, EventKind::Status, EventKind::Incident,
                        EventKind::Statement, EventKind::Report})
        m_kind->addItem(EventText::kind(k), eventKindName(k));
    m_place = new QComboBox(this);
    m_place->addItem(tr("none"));
    for (std::size_t i = 0; i < dataset.features().size(); ++i) {
        const FrontierFeature& f = dataset.features()[i];
        const bool crossing = static_cast<int>(i) < dataset.firstSector();
        m_place->addItem((crossing ? tr("Crossing: %1") : tr("Sector: %1")).arg(f.displayName()),
                         (crossing ? kCrossing : kSector) + QLatin1Char(':') + f.id);
    }
    m_side = new QComboBox(this);
    m_side->addItem(tr("none"));
    for (Side s : kSides)
        m_side->addItem(EventText::side(s), sideCode(s)); // the data's code, in any language
    m_actor = new QComboBox(this);
    m_actor->addItem(tr("none"));
    std::vector<std::pair<QString, QString>> actors;
    for (const Actor& a : dataset.actors()) {
        m_actor->addItem(a.name, a.id);
        actors.emplace_back(a.id, a.name);
    }
    m_with = new QListWidget(this);
    RecordFields::fillChecklist(
        m_with, actors, RecordFields::strings(m_original.properties[QStringLiteral("with")]));
    m_status = new QComboBox(this);
    m_status->addItem(tr("none"));
    for (CrossingStatus s : {CrossingStatus::Open, CrossingStatus::Closed,
                             CrossingStatus::Restricted, CrossingStatus::Unknown})
        m_status->addItem(EventText::status(s), statusName(s));
    m_restriction = new QLineEdit(this);
    m_summary = new QPlainTextEdit(this);
    m_confidence = new QComboBox(this);
    for (Confidence c : {Confidence::High, Confidence::Medium, Confidence::Low})
        m_confidence->addItem(EventText::confidence(c), confidenceName(c));
    m_sources = new QListWidget(this);
    std::vector<std::pair<QString, QString>> sourceItems;
    for (const Record& s : sources)
        sourceItems.emplace_back(s.id, sourceLine(s.properties));
    RecordFields::fillChecklist(
        m_sources, sourceItems,
        RecordFields::strings(m_original.properties[QStringLiteral("sources")]));
    auto* newSource = new QPushButton(tr("&New source…"), this);
    connect(newSource, &QPushButton::clicked, this, &EventDialog::newSourceRequested);
    m_claims = new QPlainTextEdit(this);
    m_claims->setPlaceholderText(tr(
        "JSON: [{\"field\": \"actor\", \"value\": \"…\", \"sources\": [\"…\"], \"note\": \"…\"}]"));

    const std::pair<QWidget*, const char*> names[] = {
        {m_id, "idEdit"},           {m_date, "dateEdit"},
        {m_end, "endEdit"},         {m_kind, "kindBox"},
        {m_place, "placeBox"},      {m_side, "sideBox"},
        {m_actor, "actorBox"},      {m_with, "withList"},
        {m_status, "statusBox"},    {m_restriction, "restrictionEdit"},
        {m_summary, "summaryEdit"}, {m_confidence, "confidenceBox"},
        {m_sources, "sourcesList"}, {m_claims, "claimsEdit"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    // Long actor and place names must not widen the dialog past a small screen.
    for (QComboBox* c : {m_kind, m_place, m_side, m_actor, m_status, m_confidence}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(16);
    }
    auto* general = new QLabel(this);
    general->setObjectName(QStringLiteral("generalProblem"));
    m_problems = std::make_unique<FieldProblems>(general);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    m_problems->addRow(left, tr("&Id:"), m_id, QStringLiteral("id"));
    auto* date = new QWidget(this);
    auto* dateRow = new QHBoxLayout(date);
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_precision);
    date->setFocusProxy(m_date);
    m_problems->addRow(left, tr("&Date:"), date, QStringLiteral("date"));
    m_problems->addRow(left, tr("E&nd:"), m_end, QStringLiteral("end"));
    m_problems->addRow(left, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_problems->addRow(left, tr("&Crossing or sector:"), m_place, kCrossing);
    m_problems->addRow(left, tr("Si&de:"), m_side, QStringLiteral("side"));
    m_problems->addRow(left, tr("&Actor:"), m_actor, QStringLiteral("actor"));
    m_problems->addRow(left, tr("Co-&holders:"), m_with, QStringLiteral("with"));
    m_problems->addRow(left, tr("S&tatus:"), m_status, QStringLiteral("status"));
    m_problems->addRow(left, tr("&Restriction:"), m_restriction, QStringLiteral("restriction"));
    m_problems->addRow(left, tr("Con&fidence:"), m_confidence, QStringLiteral("confidence"));
    m_problems->addRow(right, tr("&Summary:"), m_summary, QStringLiteral("summary"));
    m_problems->addRow(right, tr("S&ources:"), m_sources, QStringLiteral("sources"));
    right->addRow({}, newSource);
    m_problems->addRow(right, tr("C&laims:"), m_claims, QStringLiteral("claims"));
    m_with->setMaximumHeight(110);
    m_summary->setMaximumHeight(120);
    m_claims->setMaximumHeight(90);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    resize(1000, 620);
}

void EventDialog::fill()
{
    const QJsonObject& p = m_original.properties;
    const auto str = [&](const char* key) { return p.value(QLatin1String(key)).toString(); };
    m_id->setText(m_original.id);
    m_date->setText(str("date"));
    m_end->setText(str("end"));
    RecordFields::selectData(m_kind, str("kind"));
    RecordFields::selectData(m_place, str("sector").isEmpty()
                                          ? kCrossing + QLatin1Char(':') + str("crossing")
                                          : kSector + QLatin1Char(':') + str("sector"));
    RecordFields::selectData(m_side, str("side"));
    RecordFields::selectData(m_actor, str("actor"));
    RecordFields::selectData(m_status, str("status"));
    m_restriction->setText(str("restriction"));
    m_summary->setPlainText(str("summary"));
    RecordFields::selectData(m_confidence, str("confidence").isEmpty() ? QStringLiteral("medium")
                                                                       : str("confidence"));
    const QJsonArray claims = p.value(QStringLiteral("claims")).toArray();
    if (!claims.isEmpty())
        m_claims->setPlainText(
            QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Compact)));
    for (QLineEdit* e : {m_id, m_date, m_end, m_restriction})
        connect(e, &QLineEdit::textChanged, this, &EventDialog::revalidate);
    for (QComboBox* c : {m_kind, m_place, m_side, m_actor, m_status, m_confidence})
        connect(c, &QComboBox::currentIndexChanged, this, &EventDialog::revalidate);
    for (QListWidget* l : {m_with, m_sources})
        connect(l, &QListWidget::itemChanged, this, &EventDialog::revalidate);
    for (QPlainTextEdit* t : {m_summary, m_claims})
        connect(t, &QPlainTextEdit::textChanged, this, &EventDialog::revalidate);
}

Record EventDialog::record() const
{
    Record r = m_original;
    r.id = m_id->text();
    QJsonObject& p = r.properties;
    using RecordFields::set;
    set(p, QStringLiteral("id"), r.id);
    set(p, QStringLiteral("date"), m_date->text());
    set(p, QStringLiteral("end"), m_end->text());
    set(p, QStringLiteral("kind"), m_kind->currentData().toString());
    const QString place = m_place->currentData().toString();
    set(p, kCrossing, place.startsWith(kCrossing) ? place.section(QLatin1Char(':'), 1) : QString());
    set(p, kSector, place.startsWith(kSector) ? place.section(QLatin1Char(':'), 1) : QString());
    set(p, QStringLiteral("side"), m_side->currentData().toString());
    set(p, QStringLiteral("actor"), m_actor->currentData().toString());
    set(p, QStringLiteral("with"), RecordFields::strings(RecordFields::checkedIds(m_with)));
    set(p, QStringLiteral("status"), m_status->currentData().toString());
    set(p, QStringLiteral("restriction"), m_restriction->text());
    set(p, QStringLiteral("summary"), m_summary->toPlainText());
    set(p, QStringLiteral("sources"), RecordFields::strings(RecordFields::checkedIds(m_sources)));
    set(p, QStringLiteral("confidence"), m_confidence->currentData().toString());
    const QByteArray claims = m_claims->toPlainText().trimmed().toUtf8();
    set(p, QStringLiteral("claims"),
        claims.isEmpty() ? QJsonValue(QJsonArray()) : QJsonDocument::fromJson(claims).array());
    return r;
}

void EventDialog::revalidate()
{
    m_precision->setText(precisionText(m_date->text()));
    LoadProblems problems = m_check(record());
    // Claims that are not JSON: the file's own message, on the claims field.
    const QByteArray claims = m_claims->toPlainText().trimmed().toUtf8();
    LoadProblems parse;
    if (!claims.isEmpty() && JsonFile::parse(claims, {}, parse))
        if (!QJsonDocument::fromJson(claims).isArray())
            parse.push_back({{}, {}, {}, tr("expected an array of claims")});
    for (LoadProblem& p : parse)
        problems.push_back({p.file, p.feature, QStringLiteral("claims"), p.reason});
    const bool ok = m_problems->show(problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void EventDialog::addSource(const Record& source)
{
    RecordFields::fillChecklist(m_sources, {{source.id, sourceLine(source.properties)}},
                                {source.id});
    m_sources->scrollToBottom();
    revalidate();
}

} // namespace frontier
