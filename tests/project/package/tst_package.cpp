// Builds the .deb from the current build tree with cpack, unpacks it into a scratch root with
// dpkg -x and runs the installed binary from there: what a DM gets from apt-get install.
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral("org.dmcockpit.DMCockpit");

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\n%2\n%3").arg(code).arg(out, err); }
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDir = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted()) {
        result.err = QStringLiteral("cannot start %1").arg(program);
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 timed out").arg(program);
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

// Package names of a Depends line, without version constraints or architecture qualifiers.
QStringList dependencyNames(const QString &depends)
{
    QStringList names;
    for (const QString &entry : depends.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const QString &alternative : entry.split(QLatin1Char('|'))) {
            QString name = alternative.trimmed().section(QLatin1Char(' '), 0, 0);
            names << name.section(QLatin1Char(':'), 0, 0);
        }
    }
    return names;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

    QString installed(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }
    QString binary() const { return installed(QStringLiteral("usr/bin/dmcockpit")); }

    QString controlField(const QString &field)
    {
        const Run r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, field});
        return r.code == 0 ? r.out.trimmed() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const Run cpack = run(QStringLiteral(DMC_CPACK),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out,
                               QStringLiteral("--config"), QStringLiteral(DMC_BUILD_DIR "/CPackConfig.cmake")},
                              QStringLiteral(DMC_BUILD_DIR));
        QVERIFY2(cpack.code == 0, qPrintable(cpack.describe()));

        const Run arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
        QCOMPARE(arch.code, 0);
        const QString expected =
            QStringLiteral("dmcockpit_%1_%2.deb").arg(QStringLiteral(DMC_VERSION), arch.out.trimmed());
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files), QStringList{expected});
        m_deb = QDir(out).filePath(expected);

        m_root = m_dir.filePath(QStringLiteral("root"));
        const Run extract = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(extract.code == 0, qPrintable(extract.describe()));
    }

    void controlFields()
    {
        QCOMPARE(controlField(QStringLiteral("Package")), QStringLiteral("dmcockpit"));
        QCOMPARE(controlField(QStringLiteral("Version")), QStringLiteral(DMC_VERSION));
        const QStringList depends = dependencyNames(controlField(QStringLiteral("Depends")));
        // Loaded at run time (plugins, libcrypto, the PDF font): no linker tool can find these.
        for (const char *name : {"libqt6sql6-sqlite", "libqt6sql6-psql", "qt6-qpa-plugins", "libssl3",
                                 "fonts-dejavu-core", "libqt6core6", "libqt6widgets6"})
            QVERIFY2(depends.contains(QLatin1String(name)), name);
    }

    // Every library the installed programs link directly belongs to a package in Depends.
    void dependsCoverLinkedLibraries_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("dmcockpit") << QStringLiteral("usr/bin/dmcockpit");
        QTest::newRow("dmcockpit-gui") << QStringLiteral("usr/libexec/dmcockpit/dmcockpit-gui");
    }

    void dependsCoverLinkedLibraries()
    {
        QFETCH(QString, program);
        const QString binary = installed(program);
        QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
        const QStringList depends = dependencyNames(controlField(QStringLiteral("Depends")));
        const Run readelf = run(QStringLiteral("readelf"), {QStringLiteral("-d"), binary});
        QVERIFY2(readelf.code == 0, qPrintable(readelf.describe()));
        QStringList needed;
        static const QRegularExpression neededLine(QStringLiteral("\\(NEEDED\\).*\\[(.+)\\]"));
        for (const QString &line : readelf.out.split(QLatin1Char('\n'))) {
            const auto match = neededLine.match(line);
            if (match.hasMatch())
                needed << match.captured(1);
        }
        QVERIFY(needed.size() >= 3);
        // The installed binary must not look for libraries in the build tree.
        QVERIFY2(!readelf.out.contains(QLatin1String(DMC_BUILD_DIR)) && !readelf.out.contains(QLatin1String("RPATH"))
                     && !readelf.out.contains(QLatin1String("RUNPATH")),
                 qPrintable(readelf.out));

        const Run ldd = run(QStringLiteral("ldd"), {binary});
        QVERIFY2(ldd.code == 0, qPrintable(ldd.describe()));
        for (const QString &soname : std::as_const(needed)) {
            // "libX.so.6 => /path (0x...)", or "/lib64/ld-linux-x86-64.so.2 (0x...)" for the loader.
            static const QRegularExpression resolved(QStringLiteral("^\\s*(?:(\\S+) => )?(/\\S+)"));
            QString path;
            for (const QString &line : ldd.out.split(QLatin1Char('\n'))) {
                const auto match = resolved.match(line);
                const QString name =
                    match.captured(1).isEmpty() ? QFileInfo(match.captured(2)).fileName() : match.captured(1);
                if (match.hasMatch() && name == soname)
                    path = match.captured(2);
            }
            QVERIFY2(!path.isEmpty(), qPrintable(soname + QStringLiteral(" is not resolved")));
            // dpkg -S knows the path it installed, which may be under /lib or /usr/lib.
            Run owner = run(QStringLiteral("dpkg"), {QStringLiteral("-S"), path});
            if (owner.code != 0)
                owner = run(QStringLiteral("dpkg"), {QStringLiteral("-S"), QFileInfo(path).canonicalFilePath()});
            if (owner.code != 0 && path.startsWith(QLatin1String("/lib")))
                owner = run(QStringLiteral("dpkg"), {QStringLiteral("-S"), QStringLiteral("/usr") + path});
            QVERIFY2(owner.code == 0, qPrintable(owner.describe()));
            const QString package = owner.out.section(QLatin1Char(':'), 0, 0).trimmed();
            QVERIFY2(depends.contains(package),
                     qPrintable(QStringLiteral("%1 (package %2) is not in Depends").arg(soname, package)));
        }
    }

    // The command-line program loads no Qt Gui (its start is a third of a program's that does);
    // the window's program does.
    void onlyTheWindowsProgramLoadsGui()
    {
        const Run commandLine = run(QStringLiteral("readelf"), {QStringLiteral("-d"), binary()});
        QVERIFY2(commandLine.code == 0, qPrintable(commandLine.describe()));
        QVERIFY(commandLine.out.contains(QLatin1String("[libQt6Core.so.6]")));
        QVERIFY2(!commandLine.out.contains(QLatin1String("libQt6Gui")), qPrintable(commandLine.out));
        const Run window =
            run(QStringLiteral("readelf"),
                {QStringLiteral("-d"), installed(QStringLiteral("usr/libexec/dmcockpit/dmcockpit-gui"))});
        QVERIFY2(window.code == 0, qPrintable(window.describe()));
        QVERIFY(window.out.contains(QLatin1String("[libQt6Widgets.so.6]")));
    }

    void desktopIntegrationFiles()
    {
        QVERIFY(QFileInfo(binary()).isExecutable());
        QVERIFY(QFileInfo::exists(installed(QStringLiteral("usr/share/doc/dmcockpit/copyright"))));
        QVERIFY(
            QFileInfo::exists(installed(QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId))));
        for (int size : {16, 32, 48, 64, 128, 256}) {
            const QString png =
                installed(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
            QImageReader reader(png);
            QVERIFY2(reader.canRead(), qPrintable(png));
            QCOMPARE(reader.size(), QSize(size, size));
        }
    }

    void desktopFileValidates()
    {
        const QString desktop = installed(QStringLiteral("usr/share/applications/%1.desktop").arg(appId));
        QVERIFY2(QFileInfo::exists(desktop), qPrintable(desktop));
        const Run validate = run(QStringLiteral("desktop-file-validate"), {desktop});
        QVERIFY2(validate.code == 0 && validate.out.trimmed().isEmpty(), qPrintable(validate.describe()));
        QFile file(desktop);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("Exec=dmcockpit")));
        QVERIFY(lines.contains(QStringLiteral("Icon=") + appId));
    }

    void metainfoValidates()
    {
        const QString metainfo = installed(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId));
        QVERIFY2(QFileInfo::exists(metainfo), qPrintable(metainfo));
        // validate-tree also checks that the launchable desktop file is installed beside it.
        const Run validate =
            run(QStringLiteral("appstreamcli"), {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), m_root});
        QVERIFY2(validate.code == 0, qPrintable(validate.describe()));

        // The newest <release> must be this version, or software centres show a stale one.
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString firstRelease;
        QString launchable;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("release") && firstRelease.isEmpty())
                firstRelease = xml.attributes().value(QLatin1String("version")).toString();
            else if (xml.name() == QLatin1String("launchable"))
                launchable = xml.readElementText();
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(firstRelease, QStringLiteral(DMC_VERSION));
        QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
    }

    void installedBinaryReportsVersion()
    {
        const Run version = run(binary(), {QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("dmcockpit " DMC_VERSION));
    }

    void installedBinaryRunsDemoAndCockpit()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.db"));
        const Run demo = run(binary(), {QStringLiteral("demo"), QStringLiteral("--db"), db});
        QVERIFY2(demo.code == 0, qPrintable(demo.describe()));

        const Run info = run(binary(), {QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(info.code == 0, qPrintable(info.describe()));
        const QJsonObject counts = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QVERIFY(counts.value(QStringLiteral("reps")).toInt() > 0);
        QVERIFY(counts.value(QStringLiteral("opportunities")).toInt() > 0);

        const Run cockpit =
            run(binary(), {QStringLiteral("cockpit"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(cockpit.code == 0, qPrintable(cockpit.describe()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(cockpit.out.toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject result = document.object();
        for (const char *key : {"as_of", "period", "totals", "team"})
            QVERIFY2(result.contains(QLatin1String(key)), key);

        const QJsonArray team = result.value(QStringLiteral("team")).toArray();
        QVERIFY(!team.isEmpty());
        QVERIFY(team.size() <= counts.value(QStringLiteral("reps")).toInt());
        double quotaSum = 0;
        double wonSum = 0;
        for (const QJsonValue &row : team) {
            const QJsonObject rep = row.toObject();
            for (const char *key : {"rep_id", "rep", "district", "region", "quota", "won", "commit", "best_case",
                                    "pipeline", "gap", "coverage", "exceptions"})
                QVERIFY2(rep.contains(QLatin1String(key)), key);
            // Coverage is null exactly when the gap is 0 ("covered").
            QCOMPARE(rep.value(QStringLiteral("coverage")).isNull(),
                     rep.value(QStringLiteral("gap")).toDouble() == 0.0);
            quotaSum += rep.value(QStringLiteral("quota")).toDouble();
            wonSum += rep.value(QStringLiteral("won")).toDouble();
        }
        // docs/definitions.md#gap-and-attainment: totals add up over the reps, and Gap = max(0, Quota - Won).
        const QJsonObject totals = result.value(QStringLiteral("totals")).toObject();
        const double quota = totals.value(QStringLiteral("quota")).toDouble();
        const double won = totals.value(QStringLiteral("won")).toDouble();
        QVERIFY(quota > 0);
        QVERIFY(qAbs(quota - quotaSum) < 0.005 * team.size() + 0.005);
        QVERIFY(qAbs(won - wonSum) < 0.005 * team.size() + 0.005);
        QVERIFY(qAbs(totals.value(QStringLiteral("gap")).toDouble() - qMax(0.0, quota - won)) < 0.01);
        // The demo has hits for every risk filter.
        QVERIFY(totals.value(QStringLiteral("exceptions")).toInt() > 0);

        // The installed dmcockpit hands a rendering command to the installed dmcockpit-gui.
        const Run agenda = run(binary(),
                               {QStringLiteral("agenda"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                QStringLiteral("md"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(agenda.code == 0, qPrintable(agenda.describe()));
        QVERIFY2(agenda.out.startsWith(QLatin1String("# Forecast-call agenda")), qPrintable(agenda.out.left(200)));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
