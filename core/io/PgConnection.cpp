#include "PgConnection.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace frontier {
namespace {

bool isUri(const QString& spec)
{
    return spec.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           spec.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// libpq's quoting of a value: in single quotes, with ' and \ escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return u'\'' + value + u'\'';
}

// A URI as libpq's keywords, as GDAL takes `tables=` only in its `PG:` form. Qt reads one host;
// a list of hosts or a percent-encoded socket folder is refused (the PG: form takes them).
std::optional<QString> keywordsOf(const QString& uri, QString* error)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()) {
        // Not Qt's message: it quotes the whole URI.
        *error = QStringLiteral("not a postgresql:// URI that can be read here (one host, a "
                                "socket folder as ?host=); the PG: form takes any connection");
        return std::nullopt;
    }
    QStringList pairs;
    const auto add = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            pairs << QLatin1String(key) + u'=' + quoted(value);
    };
    add("user", url.userName(QUrl::FullyDecoded));
    add("host", url.host(QUrl::FullyDecoded));
    if (url.port() >= 0)
        add("port", QString::number(url.port()));
    add("dbname", url.path(QUrl::FullyDecoded).mid(1));
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        if (key == QLatin1String("tables"))
            pairs << key + u'=' + value; // GDAL's own option, unquoted: a list of tables
        else
            add(key.toUtf8().constData(), value);
    return pairs.join(u' ');
}

} // namespace

bool PgConnection::isConnection(const QString& spec)
{
    return spec.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive) || isUri(spec);
}

bool PgConnection::hasPassword(const QString& spec)
{
    static const QRegularExpression keyword(QStringLiteral("(^|[\\s:?&])password\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(QStringLiteral("^[a-z]+://[^/@?]*:[^/@?]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    return keyword.match(spec).hasMatch() || userInfo.match(spec).hasMatch();
}

QString PgConnection::withoutPassword(QString spec)
{
    static const QRegularExpression keyword(
        QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|[^\\s&]*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(QStringLiteral("^([a-z]+://[^/@?:]*):[^/@?]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    return spec.replace(keyword, QStringLiteral("\\1…")).replace(userInfo, QStringLiteral("\\1@"));
}

std::optional<QByteArray> PgConnection::gdalName(const QString& spec, QString* error)
{
    const auto keywords = libpqName(spec, error);
    return keywords ? std::optional<QByteArray>("PG:" + *keywords) : std::nullopt;
}

std::optional<QByteArray> PgConnection::libpqName(const QString& spec, QString* error)
{
    if (hasPassword(spec)) {
        *error = QStringLiteral("a password in the connection is refused: put it in the password "
                                "file (~/.pgpass or PGPASSFILE) or the service file");
        return std::nullopt;
    }
    QString keywords = spec.mid(3);
    if (isUri(spec)) {
        const auto converted = keywordsOf(spec, error);
        if (!converted)
            return std::nullopt;
        keywords = *converted;
    }
    // libpq waits for an unreachable host without end by default.
    if (!keywords.contains(QLatin1String("connect_timeout")))
        keywords += QLatin1String(" connect_timeout=5");
    return keywords.trimmed().toUtf8();
}

} // namespace frontier
