#include "ImageSizeEdit.h"

#include "render/export/SnapshotWriter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace frontier {

ImageSizeEdit::ImageSizeEdit(QSize initial, QWidget* parent)
    : QWidget(parent), m_width(new QSpinBox(this)), m_height(new QSpinBox(this))
{
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    for (QSpinBox* s : {m_width, m_height})
        s->setRange(16, SnapshotWriter::kMaxSide);
    m_width->setValue(initial.width());
    m_height->setValue(initial.height());
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_width);
    row->addWidget(new QLabel(QStringLiteral("×"), this));
    row->addWidget(m_height);
}

QSize ImageSizeEdit::value() const
{
    return {m_width->value(), m_height->value()};
}

} // namespace frontier
