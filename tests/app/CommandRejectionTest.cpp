// Every command's options, table-driven: each option the table names gets the bad values of its
// kind, a missing value, and must appear in --help; every option --help lists and every command
// the program's --help lists must be in the table, so a new one cannot escape these checks.
#include "RunCli.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using frontier::test::runCli;

namespace {

enum class Kind {
    Flag,
    Text,
    Date,
    Size,
    Dpi,
    Crs,
    Extent,
    MapExtent,
    Basemap,
    Labels,
    Language,
    Style,
    Step,
    Image,
    Format,
    Layout,
    Page,
    Fps
};

std::vector<QString> badValues(Kind kind)
{
    switch (kind) {
    case Kind::Flag:
    case Kind::Text:
        return {};
    case Kind::Date:
        return {QStringLiteral("2019-13-01"), QStringLiteral("2019-02-30"),
                QStringLiteral("30/09/2019"), QStringLiteral("2019-09"), QString()};
    case Kind::Size:
        return {QStringLiteral("0x0"),           QStringLiteral("0x100"),
                QStringLiteral("16385x100"),     QStringLiteral("100x16385"),
                QStringLiteral("100000x100000"), QStringLiteral("1920"),
                QStringLiteral("-5x5"),          QStringLiteral("1.5x2")};
    case Kind::Dpi:
        return {QStringLiteral("0"), QStringLiteral("5000"), QStringLiteral("ninety")};
    case Kind::Crs:
        return {QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:"), QStringLiteral("EPSG:abc"),
                QStringLiteral("nowhere")};
    case Kind::Extent:
        return {QStringLiteral("43,37,38,33"),   QStringLiteral("38,37,43,33"),
                QStringLiteral("38,33,38,37"), // inverted, inverted, empty
                QStringLiteral("-200,33,43,37"), QStringLiteral("38,33,190,37"),
                QStringLiteral("38,-95,43,37"),  QStringLiteral("38,33,43,95"),
                QStringLiteral("38,33,43"),      QStringLiteral("38,33,43,37,1"),
                QStringLiteral("nan,33,43,37"),  QStringLiteral("38,inf,43,37"),
                QStringLiteral("west,33,43,37")};
    case Kind::MapExtent:
        return {QStringLiteral("4,3,2,1"), QStringLiteral("1,2,3"), QStringLiteral("a,b,c,d"),
                QStringLiteral("0,0,0,0")};
    case Kind::Basemap:
        return {QStringLiteral("some"), QString()};
    case Kind::Labels:
        return {QStringLiteral("fr"), QString()};
    case Kind::Language:
        return {QStringLiteral("fr"), QStringLiteral("AR"), QString()};
    case Kind::Style:
        return {QStringLiteral("neon"), QStringLiteral("High-Contrast"), QString()};
    case Kind::Step:
        return {QStringLiteral("2q"), QStringLiteral("0d"), QString()};
    case Kind::Image:
        return {QStringLiteral("x.gif"), QStringLiteral("x.pgw"), QStringLiteral("x"), QString()};
    case Kind::Format:
        return {QStringLiteral("bmp"), QStringLiteral("jpg2"), QStringLiteral("mkv"), QString()};
    case Kind::Fps:
        return {QStringLiteral("0"), QStringLiteral("61"), QStringLiteral("four"),
                QStringLiteral("2.5"), QString()};
    case Kind::Layout:
        return {QStringLiteral("x.jpg"), QStringLiteral("x.svg"), QStringLiteral("x"), QString()};
    case Kind::Page:
        return {QStringLiteral("a3-landscape"), QStringLiteral("A4"), QStringLiteral("a4"),
                QString()};
    }
    return {};
}

struct Command {
    QString name;      ///< empty: the program's own options, the window's
    QStringList valid; ///< arguments that make a valid call, each option with its value
    QStringList required;
    std::map<QString, Kind> options;
    int maxPositional = 0;
};

const std::map<QString, Kind> kShared{{QStringLiteral("help"), Kind::Flag},
                                      {QStringLiteral("data"), Kind::Text}};

std::map<QString, Kind> with(std::map<QString, Kind> options)
{
    options.insert(kShared.begin(), kShared.end());
    return options;
}

enum class Target { Window, Image, Page };

std::map<QString, Kind> mapOptions(Target target, std::map<QString, Kind> options)
{
    options.insert({{QStringLiteral("crs"), Kind::Crs},
                    {QStringLiteral("extent"), Kind::Extent},
                    {QStringLiteral("labels"), Kind::Labels},
                    {QStringLiteral("changes-since"), Kind::Date},
                    {QStringLiteral("style"), Kind::Style}});
    if (target != Target::Page)
        options.insert({{QStringLiteral("map-extent"), Kind::MapExtent},
                        {QStringLiteral("layer"), Kind::Text},
                        {QStringLiteral("layer-style"), Kind::Text},
                        {QStringLiteral("basemap"), Kind::Basemap},
                        {QStringLiteral("no-decorations"), Kind::Flag},
                        {QStringLiteral("no-legend"), Kind::Flag},
                        {QStringLiteral("no-title"), Kind::Flag}});
    if (target == Target::Image)
        options.insert({QStringLiteral("size"), Kind::Size});
    if (target != Target::Window)
        options.insert({QStringLiteral("dpi"), Kind::Dpi});
    return with(options);
}

std::vector<Command> commands(const QString& out)
{
    return {
        {QString(),
         {},
         {},
         mapOptions(Target::Window, {{QStringLiteral("version"), Kind::Flag},
                                     {QStringLiteral("date"), Kind::Date},
                                     {QStringLiteral("lang"), Kind::Language},
                                     {QStringLiteral("select"), Kind::Text}})},
        {QStringLiteral("export"),
         {QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--output"),
          out + QStringLiteral("/x.png")},
         {QStringLiteral("date"), QStringLiteral("output")},
         mapOptions(Target::Image, {{QStringLiteral("date"), Kind::Date},
                                    {QStringLiteral("compare"), Kind::Date},
                                    {QStringLiteral("timings"), Kind::Flag},
                                    {QStringLiteral("output"), Kind::Image}})},
        {QStringLiteral("export-frames"),
         {QStringLiteral("--from"), QStringLiteral("2017-10-01"), QStringLiteral("--to"),
          QStringLiteral("2017-12-31"), QStringLiteral("--output-dir"),
          out + QStringLiteral("/frames")},
         {QStringLiteral("from"), QStringLiteral("to")},
         mapOptions(Target::Image, {{QStringLiteral("from"), Kind::Date},
                                    {QStringLiteral("to"), Kind::Date},
                                    {QStringLiteral("step"), Kind::Step},
                                    {QStringLiteral("format"), Kind::Format},
                                    {QStringLiteral("output-dir"), Kind::Text},
                                    {QStringLiteral("output"), Kind::Text},
                                    {QStringLiteral("fps"), Kind::Fps},
                                    {QStringLiteral("hold-changes"), Kind::Flag}})},
        {QStringLiteral("layout"),
         {QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--output"),
          out + QStringLiteral("/x.pdf")},
         {QStringLiteral("date"), QStringLiteral("output")},
         mapOptions(Target::Page, {{QStringLiteral("date"), Kind::Date},
                                   {QStringLiteral("compare"), Kind::Date},
                                   {QStringLiteral("output"), Kind::Layout},
                                   {QStringLiteral("page"), Kind::Page},
                                   {QStringLiteral("title"), Kind::Text},
                                   {QStringLiteral("subtitle"), Kind::Text},
                                   {QStringLiteral("caption"), Kind::Text}})},
        {QStringLiteral("state"),
         {QStringLiteral("--date"), QStringLiteral("2019-09-30")},
         {QStringLiteral("date")},
         with({{QStringLiteral("date"), Kind::Date},
               {QStringLiteral("json"), Kind::Flag},
               {QStringLiteral("csv"), Kind::Flag}})},
        {QStringLiteral("events"),
         {},
         {},
         with({{QStringLiteral("from"), Kind::Date},
               {QStringLiteral("to"), Kind::Date},
               {QStringLiteral("crossing"), Kind::Text},
               {QStringLiteral("sector"), Kind::Text},
               {QStringLiteral("gpkg"), Kind::Text},
               {QStringLiteral("geojson"), Kind::Text},
               {QStringLiteral("json"), Kind::Flag},
               {QStringLiteral("csv"), Kind::Flag}})},
        {QStringLiteral("changes"),
         {QStringLiteral("--from"), QStringLiteral("2017-01-01"), QStringLiteral("--to"),
          QStringLiteral("2019-09-30")},
         {QStringLiteral("from"), QStringLiteral("to")},
         with({{QStringLiteral("from"), Kind::Date},
               {QStringLiteral("to"), Kind::Date},
               {QStringLiteral("json"), Kind::Flag},
               {QStringLiteral("csv"), Kind::Flag}})},
        {QStringLiteral("validate"), {}, {}, with({}), 1},
        {QStringLiteral("info"), {}, {}, with({})},
        {QStringLiteral("db"),
         {QStringLiteral("--db"), QStringLiteral("PG:dbname=none")},
         {QStringLiteral("db")},
         with({{QStringLiteral("db"), Kind::Text}}),
         2},
        {QStringLiteral("history"), {}, {}, with({}), 1},
    };
}

/// `command`'s valid call without `option` (and its value), then `extra`.
QStringList call(const Command& command, const QString& option, const QStringList& extra)
{
    QStringList args;
    if (!command.name.isEmpty())
        args << command.name;
    for (int i = 0; i < command.valid.size(); i += 2)
        if (command.valid[i] != QStringLiteral("--") + option)
            args << command.valid[i] << command.valid[i + 1];
    return args + extra;
}

QString shown(const QStringList& args)
{
    return QStringLiteral("frontier-atlas ") + args.join(QLatin1Char(' '));
}

/// The option names a --help text lists.
QSet<QString> listedOptions(const QString& help)
{
    QSet<QString> names;
    static const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?--([a-z-]+)"),
                                           QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(help.mid(help.indexOf(QStringLiteral("\nOptions:"))));
         it.hasNext();)
        names << it.next().captured(1);
    return names;
}

class CommandRejectionTest : public ::testing::Test {
protected:
    QTemporaryDir out;
    std::vector<Command> table = commands(out.path());

    void expectUsageError(const QStringList& args, const QString& named)
    {
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << shown(args).toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(named))
            << shown(args).toStdString() << " should name " << named.toStdString()
            << ", said: " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << shown(args).toStdString();
    }
};

TEST_F(CommandRejectionTest, EveryCommandTheHelpListsIsInTheTable)
{
    const auto help = runCli({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    const QString section =
        help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QSet<QString> listed;
    for (const QString& line : section.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        listed << line.trimmed().section(QLatin1Char(' '), 0, 0);
    QSet<QString> known;
    for (const Command& c : table)
        if (!c.name.isEmpty())
            known << c.name;
    EXPECT_EQ(listed, known) << help.out.toStdString();
    for (const QString& name : listed)
        EXPECT_EQ(runCli({name, QStringLiteral("--help")}).exitCode, 0) << name.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
}

TEST_F(CommandRejectionTest, HelpListsEveryOptionAndNoOther)
{
    for (const Command& c : table) {
        for (const QString& asked : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const QStringList args = call(c, {}, {asked});
            const auto r = runCli(args);
            ASSERT_EQ(r.exitCode, 0) << shown(args).toStdString();
            EXPECT_TRUE(r.out.startsWith(
                QStringLiteral("Usage: ") +
                shown(c.name.isEmpty() ? QStringList() : QStringList{c.name}).trimmed() +
                QStringLiteral(" ")))
                << r.out.toStdString();
            QSet<QString> expected;
            for (const auto& [name, kind] : c.options)
                expected << name;
            EXPECT_EQ(listedOptions(r.out), expected) << shown(args).toStdString() << "\n"
                                                      << r.out.toStdString();
        }
    }
}

TEST_F(CommandRejectionTest, VersionPrintsTheVersion)
{
    const auto r = runCli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QStringLiteral("frontier-atlas " FRONTIER_VERSION "\n"));
}

TEST_F(CommandRejectionTest, UnknownOptionsAndStrayArgumentsExitTwo)
{
    for (const Command& c : table) {
        expectUsageError(call(c, {}, {QStringLiteral("--no-such-option")}),
                         QStringLiteral("no-such-option"));
        expectUsageError(call(c, {}, {QStringLiteral("-x")}), QStringLiteral("'x'"));
        QStringList strays;
        for (int i = 0; i <= c.maxPositional; ++i)
            strays << QStringLiteral("stray%1").arg(i);
        expectUsageError(call(c, {}, strays), QStringLiteral("stray%1").arg(c.maxPositional));
    }
}

TEST_F(CommandRejectionTest, AMissingValueOrARequiredOptionExitsTwo)
{
    for (const Command& c : table) {
        for (const auto& [name, kind] : c.options)
            if (kind != Kind::Flag)
                expectUsageError(call(c, name, {QStringLiteral("--") + name}),
                                 QStringLiteral("--") + name);
        for (const QString& name : c.required)
            expectUsageError(call(c, name, {}), QStringLiteral("--%1 is required").arg(name));
    }
}

TEST_F(CommandRejectionTest, BadValuesExitTwoNamingTheOption)
{
    int cases = 0;
    for (const Command& c : table)
        for (const auto& [name, kind] : c.options)
            for (const QString& value : badValues(kind)) {
                expectUsageError(call(c, name, {QStringLiteral("--") + name, value}),
                                 QStringLiteral("--") + name);
                ++cases;
            }
    EXPECT_GT(cases, 100);
    EXPECT_TRUE(QDir(out.path()).isEmpty()) << "a rejected call wrote something";
}

TEST_F(CommandRejectionTest, JsonAndCsvTogetherExitTwoNamingBoth)
{
    int cases = 0;
    for (const Command& c : table)
        if (c.options.count(QStringLiteral("json")) && c.options.count(QStringLiteral("csv"))) {
            const QStringList args =
                call(c, {}, {QStringLiteral("--json"), QStringLiteral("--csv")});
            expectUsageError(args, QStringLiteral("--json"));
            expectUsageError(args, QStringLiteral("--csv"));
            ++cases;
        }
    EXPECT_EQ(cases, 3); // state, events and changes
}

TEST_F(CommandRejectionTest, TheSizeCapIsDocumentedAndHeld)
{
    const auto help = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.simplified().contains(QStringLiteral("at most 16384 a side")))
        << help.out.toStdString();
    const auto r = runCli(call(table[1], QStringLiteral("size"),
                               {QStringLiteral("--size"), QStringLiteral("16385x16384")}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("at most 16384 pixels a side")))
        << r.err.toStdString();
}

} // namespace
