// The translation workflow, checked on the committed catalogues:
//  - lupdate over core/, ui/ and app/ (run here, into a temporary copy) finds exactly the
//    messages of the committed .ts: none missing (update_translations was not run), none
//    vanished or obsolete kept;
//  - the Russian catalogue has no unfinished entry, keeps every %1..%9 of its source, and has
//    the three Russian plural forms (1 сделка, 2 сделки, 5 сделок) with %n in each;
//  - the English catalogue (plurals only) has both English forms of every %n message;
//  - the embedded .qm files are current: with Russian installed, every finished entry of the
//    .ts is what QCoreApplication::translate returns (plurals for 1, 2 and 5);
//  - the help of every command, run in Russian, shows no English string of the catalogue.
#include "fixtures/RunDmcockpit.h"
#include "i18n/Translations.h"
#include "i18n/Typography.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QString translation;
    QStringList forms;

    QString key() const
    {
        return context + QLatin1Char('|') + source + QLatin1Char('|') + comment
            + (numerus ? QStringLiteral("|numerus") : QString());
    }
    QString describe() const { return QStringLiteral("[%1] %2").arg(context, source); }
    bool gone() const { return type == QLatin1String("vanished") || type == QLatin1String("obsolete"); }
};

QString tsPath(const QString &language)
{
    return QStringLiteral(DMC_SOURCE_DIR "/translations/dmcockpit_%1.ts").arg(language);
}

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                // Read the <numerusform> children up to </translation>.
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.translation = xml.readElementText();
            }
            messages << current; // <translation> is the last child that matters
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The same file set translations/CMakeLists.txt hands to lupdate.
QStringList translatableSources()
{
    QStringList files;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(DMC_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QString listOf(const QList<Message> &messages)
{
    QStringList lines;
    for (const Message &m : messages.mid(0, 15))
        lines << QStringLiteral("  ") + m.describe();
    if (messages.size() > 15)
        lines << QStringLiteral("  ... and %1 more").arg(messages.size() - 15);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueMatchesSources_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en (plurals only)") << QStringLiteral("en");
    }

    void catalogueMatchesSources()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> committed = readCatalogue(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // lupdate into a copy, keeping what vanished, so both directions can be compared.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(tsPath(language), copy));
        const QString list = dir.filePath(QStringLiteral("sources.lst"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write(translatableSources().join(QLatin1Char('\n')).toUtf8());
        listFile.close();
        // The include roots translations/CMakeLists.txt gives lupdate.
        QStringList arguments{QLatin1Char('@') + list, QStringLiteral("-locations"), QStringLiteral("none")};
        for (const char *root : {"core", "ui", "ui/models", "app"})
            arguments << QStringLiteral("-I") << QStringLiteral(DMC_SOURCE_DIR "/") + QLatin1String(root);
        arguments << QStringLiteral("-ts") << copy;
        if (language == QLatin1String("en"))
            arguments.prepend(QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(DMC_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const QList<Message> updated = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> inSources;
        for (const Message &m : updated) {
            if (!m.gone())
                inSources.insert(m.key());
        }
        if (language == QLatin1String("ru"))
            QVERIFY2(inSources.size() >= 10, "lupdate found almost nothing: is the source list right?");

        QSet<QString> inCatalogue;
        QList<Message> keptGone;
        QList<Message> vanished;
        for (const Message &m : committed) {
            inCatalogue.insert(m.key());
            if (m.gone())
                keptGone << m;
            else if (!inSources.contains(m.key()))
                vanished << m;
        }
        QList<Message> missing;
        for (const Message &m : updated) {
            if (!m.gone() && !inCatalogue.contains(m.key()))
                missing << m;
        }
        // One report with every problem, so one update_translations run is seen to fix them all.
        QStringList problems;
        if (!missing.isEmpty())
            problems << QStringLiteral("%1 source strings are not in dmcockpit_%2.ts:\n%3")
                            .arg(missing.size())
                            .arg(language, listOf(missing));
        if (!vanished.isEmpty())
            problems << QStringLiteral("%1 entries of dmcockpit_%2.ts are no longer in the sources:\n%3")
                            .arg(vanished.size())
                            .arg(language, listOf(vanished));
        if (!keptGone.isEmpty())
            problems << QStringLiteral("dmcockpit_%1.ts keeps %2 vanished/obsolete entries:\n%3")
                            .arg(language)
                            .arg(keptGone.size())
                            .arg(listOf(keptGone));
        if (!problems.isEmpty())
            problems << QStringLiteral("Run: cmake --build build --target update_translations");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void russianHasNoUnfinishedEntries()
    {
        QString error;
        const QList<Message> messages = readCatalogue(tsPath(QStringLiteral("ru")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<Message> unfinished;
        for (const Message &m : messages) {
            const bool empty = m.numerus ? m.forms.join(QString()).isEmpty() : m.translation.isEmpty();
            if (!m.gone() && (m.type == QLatin1String("unfinished") || empty))
                unfinished << m;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 Russian entries are unfinished:\n%3")
                                .arg(unfinished.size())
                                .arg(messages.size())
                                .arg(listOf(unfinished))));
    }

    void russianKeepsPlaceholders()
    {
        QString error;
        const QList<Message> messages = readCatalogue(tsPath(QStringLiteral("ru")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression placeholder(QStringLiteral("%L?([1-9])"));
        QStringList broken;
        for (const Message &m : messages) {
            if (m.gone() || m.type == QLatin1String("unfinished"))
                continue; // reported by the other checks
            const QStringList translations = m.numerus ? m.forms : QStringList{m.translation};
            auto it = placeholder.globalMatch(m.source);
            while (it.hasNext()) {
                const QString number = it.next().captured(1);
                for (const QString &t : translations) {
                    if (!t.contains(QRegularExpression(QStringLiteral("%L?") + number + QStringLiteral("(?![0-9])"))))
                        broken << QStringLiteral("  %1 lacks %%2: %3").arg(m.describe(), number, t);
                }
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    // Russian has three plural forms (one: 1, 21; few: 2-4, 22-24; many: 5-20, 25...), and
    // each covers more than one number, so each keeps %n.
    void russianPluralsHaveThreeForms()
    {
        QString error;
        const QList<Message> messages = readCatalogue(tsPath(QStringLiteral("ru")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList broken;
        for (const Message &m : messages) {
            if (!m.numerus || m.gone())
                continue;
            if (m.forms.size() != 3)
                broken << QStringLiteral("  %1: %2 forms").arg(m.describe(), QString::number(m.forms.size()));
            for (const QString &form : m.forms) {
                if (form.isEmpty() || !form.contains(QLatin1String("%n")))
                    broken << QStringLiteral("  %1: form \"%2\" is empty or lacks %n").arg(m.describe(), form);
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    // English is the source language, but "%n deals" still needs "1 deal": both forms filled.
    void englishPluralsHaveTwoForms()
    {
        QString error;
        const QList<Message> messages = readCatalogue(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList broken;
        for (const Message &m : messages) {
            if (m.gone())
                continue;
            if (!m.numerus) {
                broken << QStringLiteral("  %1: not a plural message").arg(m.describe());
                continue;
            }
            if (m.type == QLatin1String("unfinished") || m.forms.size() != 2 || m.forms.contains(QString()))
                broken << QStringLiteral("  %1: forms %2").arg(m.describe(), m.forms.join(QLatin1String(" / ")));
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    void embeddedCataloguesAreCurrent()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/dmcockpit_ru.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/dmcockpit_en.qm")));
        QString error;
        const QList<Message> messages = readCatalogue(tsPath(QStringLiteral("ru")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(dmc::Translations::install(QStringLiteral("ru")));
        int checked = 0;
        QStringList stale;
        for (const Message &m : messages) {
            if (m.gone() || !m.type.isEmpty())
                continue;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                // Russian form index of 1, 2 and 5: one, few, many.
                const int counts[] = {1, 2, 5};
                for (int form = 0; form < 3 && form < m.forms.size(); ++form) {
                    // The Russian catalogue is read through TypographyTranslator (no-break spaces).
                    QString expected = dmc::Typography::bindNumbers(m.forms.at(form));
                    expected.replace(QLatin1String("%n"), QString::number(counts[form]));
                    const QString actual = QCoreApplication::translate(context.constData(), source.constData(),
                                                                       disambiguation, counts[form]);
                    if (actual != expected)
                        stale << QStringLiteral("  %1 (n=%2): %3")
                                     .arg(m.describe(), QString::number(counts[form]), actual);
                }
            } else if (QCoreApplication::translate(context.constData(), source.constData(), disambiguation)
                       != dmc::Typography::bindNumbers(m.translation)) {
                stale << QStringLiteral("  ") + m.describe();
            }
            ++checked;
        }
        dmc::Translations::install(QStringLiteral("en"));
        QVERIFY2(checked > 0, "no finished Russian entry to check");
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("the embedded Russian catalogue differs from the .ts:\n")
                            + stale.join(QLatin1Char('\n'))));
    }

    // The command line in Russian: the help of every command shows no English string of the
    // catalogue (a translate() context that differs from lupdate's leaves a string English at
    // run time although the catalogue is complete).
    void commandHelpIsRussian()
    {
        QString error;
        const QList<Message> messages = readCatalogue(tsPath(QStringLiteral("ru")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression placeholder(QStringLiteral("%L?[1-9n]"));
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
        QStringList english;
        for (const Message &m : messages) {
            if (m.numerus || m.gone() || m.translation == m.source || m.source.size() < 10
                || m.source.contains(placeholder) || !m.source.contains(word))
                continue;
            english << m.source.simplified();
        }
        QVERIFY(english.size() > 50);

        QProcessEnvironment env = dmc::test::environmentWithLocale(QStringLiteral("ru_RU.UTF-8"));
        env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("ru_RU.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ru"));
        auto run = [&env](const QStringList &arguments) {
            const auto result = dmc::test::runDmcockpit(arguments, env);
            // Help wraps long descriptions onto indented lines: join them again.
            QString text = QString::fromUtf8(result.out + result.err);
            return text.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s+")), QStringLiteral(" ")).simplified();
        };

        const QString overview = run({QStringLiteral("--help")});
        QVERIFY2(overview.contains(QStringLiteral("Команды:")), qPrintable(overview));
        static const QRegularExpression command(QStringLiteral("(?:^|\\s)([a-z]+) [А-ЯЁ]"));
        QStringList commands;
        auto it = command.globalMatch(overview.section(QStringLiteral("Команды:"), 1));
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (name != QLatin1String("dmcockpit")) // "dmcockpit КОМАНДА --help" in the closing line
                commands << name;
        }
        QVERIFY2(commands.size() >= 8, qPrintable(overview));

        QStringList found;
        for (const QString &name : std::as_const(commands)) {
            const QString help = run({name, QStringLiteral("--help")});
            for (const QString &source : std::as_const(english)) {
                if (help.contains(source))
                    found << QStringLiteral("  dmcockpit %1 --help: %2").arg(name, source);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("English in the Russian help:\n") + found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
