// The manual page against the program's --help: the window's options are described under OPTIONS,
// every command has its own section describing its options, and the page names no option the
// program does not take. --help and --data, which every command takes, are under OPTIONS.
#include "app/RunCli.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <string>

#include <gtest/gtest.h>

using frontier::test::runCli;

namespace {

QString manPage()
{
    QFile file(QStringLiteral(FRONTIER_MAN_PAGE));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(file.readAll());
}

// The page from the line that starts with `heading` to the next heading (.SH or .SS).
QString part(const QString& page, const QString& heading)
{
    const int start = page.indexOf(QLatin1Char('\n') + heading);
    if (start < 0)
        return {};
    static const QRegularExpression next(QStringLiteral("\n\\.S[HS] "));
    const int end = page.indexOf(next, start + 1);
    return page.mid(start, end < 0 ? -1 : end - start);
}

// The long options (without their dashes) that a part of the page names: \-\-name\-more.
QSet<QString> pageOptions(const QString& text)
{
    static const QRegularExpression option(QStringLiteral(R"(\\-\\-((?:[a-z]|\\-)+))"));
    QSet<QString> names;
    for (const auto& m : option.globalMatch(text))
        names << m.captured(1).replace(QStringLiteral("\\-"), QStringLiteral("-"));
    return names;
}

// The long options a --help lists, one at the start of each of its option lines.
QSet<QString> helpOptions(const QString& help)
{
    static const QRegularExpression option(QStringLiteral(R"(^  (?:-\w, )?--([a-z-]+))"),
                                           QRegularExpression::MultilineOption);
    QSet<QString> names;
    for (const auto& m : option.globalMatch(help))
        names << m.captured(1);
    return names;
}

QString help(const QStringList& command)
{
    const auto r = runCli(command + QStringList{QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out;
}

// The commands the program's --help lists, under "Commands:".
QStringList commands(const QString& help)
{
    static const QRegularExpression name(QStringLiteral(R"(^  ([a-z-]+)  )"),
                                         QRegularExpression::MultilineOption);
    QStringList names;
    const QString list =
        help.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    for (const auto& m : name.globalMatch(list))
        names << m.captured(1);
    return names;
}

// The options every command takes, described once under OPTIONS.
const QSet<QString> kShared{QStringLiteral("help"), QStringLiteral("data")};

// A set of options as one sorted line, for comparing and printing.
std::string sorted(const QSet<QString>& options)
{
    QStringList list = options.values();
    list.sort();
    return list.join(QLatin1Char(' ')).toStdString();
}

TEST(ManPageTest, DescribesTheWindowsOptions)
{
    const QString options = part(manPage(), QStringLiteral(".SH OPTIONS"));
    ASSERT_FALSE(options.isEmpty());
    EXPECT_EQ(sorted(pageOptions(options)), sorted(helpOptions(help({}))));
}

TEST(ManPageTest, DescribesEveryCommandAndItsOptions)
{
    const QString page = manPage();
    const QStringList names = commands(help({}));
    ASSERT_GE(names.size(), 6) << names.join(QLatin1Char(' ')).toStdString();
    for (const QString& name : names) {
        SCOPED_TRACE(name.toStdString());
        const QString escaped = QString(name).replace(QStringLiteral("-"), QStringLiteral("\\-"));
        const QString section = part(page, QStringLiteral(".SS \"%1 ").arg(escaped));
        ASSERT_FALSE(section.isEmpty()) << "no section for " << name.toStdString();
        EXPECT_EQ(sorted(pageOptions(section) - kShared),
                  sorted(helpOptions(help({name})) - kShared));
    }
}

} // namespace
