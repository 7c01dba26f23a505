#include "FieldProblems.h"

#include <QFormLayout>
#include <QLabel>
#include <QStringList>

namespace frontier {

void FieldProblems::style(QLabel* label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}

void FieldProblems::addRow(QFormLayout* form, const QString& label, QWidget* field,
                           const QString& key)
{
    form->addRow(label, field);
    auto* line = new QLabel(form->parentWidget());
    line->setObjectName(key + QStringLiteral("Problem"));
    style(line);
    form->addRow(QString(), line);
    m_lines.insert(key, line);
    m_fields.insert(key, field);
}

bool FieldProblems::show(const LoadProblems& problems)
{
    QHash<QString, QStringList> byField;
    for (const LoadProblem& p : problems) {
        // "claims[0].until" and "aliases" belong to the claims' and aliases' field.
        const QString key = p.field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
        const bool own = m_lines.contains(key) && p.field == key;
        byField[m_lines.contains(key) ? key : QString()]
            << (own || p.field.isEmpty() ? p.reason : p.field + QStringLiteral(": ") + p.reason);
    }
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        const QStringList reasons = byField.value(it.key());
        it.value()->setText(reasons.join(QLatin1Char('\n')));
        it.value()->setVisible(!reasons.isEmpty());
        // A screen reader hears the problem with the field.
        m_fields.value(it.key())->setAccessibleDescription(reasons.join(QLatin1Char(' ')));
    }
    const QStringList rest = byField.value(QString());
    m_general->setText(rest.join(QLatin1Char('\n')));
    m_general->setVisible(!rest.isEmpty());
    return problems.empty();
}

} // namespace frontier
