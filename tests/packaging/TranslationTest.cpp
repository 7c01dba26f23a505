// Every message the window and the map show has its Arabic translation. lupdate, run on the
// sources the build translates, finds no message that the committed .ts lacks or leaves
// unfinished, and none the .ts keeps that the sources no longer have; the build embeds the
// compiled translation where the program loads it.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

// "context: source" of every message of a .ts whose translation has `type` (unfinished,
// vanished, obsolete).
QStringList messagesOfType(const QString& tsPath, const QStringList& types)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + tsPath};
    QXmlStreamReader xml(&file);
    QStringList found;
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" &&
                 types.contains(xml.attributes().value(QStringLiteral("type")).toString()))
            found << context + QStringLiteral(": ") + source;
    }
    return found;
}

TEST(TranslationTest, EveryMessageOfTheSourcesHasItsArabicTranslation)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("frontier-atlas_ar.ts"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(FRONTIER_TS_FILE), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(FRONTIER_LUPDATE),
                  {QStringLiteral("@" FRONTIER_TRANSLATED_SOURCES), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-ts"), ts});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    // A tr() in a class lupdate cannot name gets the wrong context, and no translation at run time.
    const QString warnings = QString::fromUtf8(lupdate.readAllStandardError());
    EXPECT_FALSE(warnings.contains(QStringLiteral("lacks Q_OBJECT"))) << warnings.toStdString();

    const QStringList untranslated = messagesOfType(ts, {QStringLiteral("unfinished")});
    EXPECT_TRUE(untranslated.isEmpty())
        << "no Arabic translation in resources/translations/frontier-atlas_ar.ts (build the "
           "update_translations target, then translate):\n"
        << untranslated.join(u'\n').toStdString();
    const QStringList stale =
        messagesOfType(ts, {QStringLiteral("vanished"), QStringLiteral("obsolete")});
    EXPECT_TRUE(stale.isEmpty()) << "translated, but no longer in the sources:\n"
                                 << stale.join(u'\n').toStdString();
}

TEST(TranslationTest, TheCompiledTranslationIsEmbeddedInTheProgram)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/frontier-atlas_ar.qm")));
    EXPECT_EQ(translator.translate("frontier::WindowMenus", "&File"), QStringLiteral("&ملف"));
    EXPECT_EQ(translator.translate("Map", "Crossing status"), QStringLiteral("حالة المعبر"));
}

} // namespace
