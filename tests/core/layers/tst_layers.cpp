// The core layers use only the layers below them (core/CMakeLists.txt): every #include "layer/..."
// in core/<layer> names an allowed layer, so a header-only upward use fails here even where the
// libraries would still link. The allowed sets are the target_link_libraries of each layer.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QHash<QString, QSet<QString>> &allowedLayers()
{
    static const QHash<QString, QSet<QString>> allowed{
        {QStringLiteral("domain"), {}},
        {QStringLiteral("i18n"), {}},
        {QStringLiteral("csv"), {QStringLiteral("domain")}},
        {QStringLiteral("store"), {QStringLiteral("domain"), QStringLiteral("i18n")}},
        {QStringLiteral("import"),
         {QStringLiteral("store"), QStringLiteral("csv"), QStringLiteral("domain"), QStringLiteral("i18n")}},
        {QStringLiteral("analytics"), {QStringLiteral("store"), QStringLiteral("domain"), QStringLiteral("i18n")}},
        {QStringLiteral("export"),
         {QStringLiteral("analytics"), QStringLiteral("csv"), QStringLiteral("store"), QStringLiteral("domain"),
          QStringLiteral("i18n")}},
        {QStringLiteral("demo"), {QStringLiteral("store"), QStringLiteral("domain"), QStringLiteral("i18n")}},
        {QStringLiteral("workspace"),
         {QStringLiteral("analytics"), QStringLiteral("store"), QStringLiteral("domain"), QStringLiteral("i18n")}},
    };
    return allowed;
}

struct Use
{
    QString file;
    int line;
    QString layer;
};

// The layers a core file includes from: the first folder of each #include "a/b.h".
std::vector<Use> layerUses(const QString &path, const QString &relative)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([a-z0-9_]+)/"));
    std::vector<Use> uses;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return uses;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine());
        const auto match = include.match(text);
        if (match.hasMatch())
            uses.push_back({relative, line, match.captured(1)});
    }
    return uses;
}

// Every use of a layer outside the allowed ones, as "file:line includes layer".
QStringList violations(const QString &coreRoot, int *filesScanned, QSet<QString> *edges)
{
    QStringList found;
    QDirIterator it(coreRoot, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(coreRoot).relativeFilePath(path);
        const QString layer = relative.section(QLatin1Char('/'), 0, 0);
        ++*filesScanned;
        for (const Use &use : layerUses(path, relative)) {
            if (use.layer == layer)
                continue;
            edges->insert(layer + QStringLiteral("->") + use.layer);
            if (!allowedLayers().contains(layer) || !allowedLayers()[layer].contains(use.layer))
                found << QStringLiteral("core/%1:%2 includes %3/").arg(use.file).arg(use.line).arg(use.layer);
        }
    }
    return found;
}

} // namespace

class LayersTest : public QObject
{
    Q_OBJECT

private slots:
    void everyCoreFolderIsALayer()
    {
        const QDir core(QStringLiteral(DMC_SOURCE_DIR "/core"));
        const QStringList folders = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(QSet<QString>(folders.begin(), folders.end()),
                 QSet<QString>(allowedLayers().keyBegin(), allowedLayers().keyEnd()));
    }

    void coreIncludesOnlyDownward()
    {
        int files = 0;
        QSet<QString> edges;
        const QStringList found = violations(QStringLiteral(DMC_SOURCE_DIR "/core"), &files, &edges);
        // The walk saw the tree: the known downward uses are there.
        QVERIFY2(files > 300, qPrintable(QString::number(files)));
        QVERIFY(edges.contains(QStringLiteral("analytics->store")));
        QVERIFY(edges.contains(QStringLiteral("export->analytics")));
        QVERIFY(edges.contains(QStringLiteral("import->csv")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void anUpwardIncludeIsFound()
    {
        // A store file that named analytics would be reported with its file and line.
        const QTemporaryDir root;
        QDir(root.path()).mkpath(QStringLiteral("store/sql"));
        QFile file(root.filePath(QStringLiteral("store/sql/Upward.h")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#pragma once\n#include \"domain/Money.h\"\n#include \"analytics/engine/Engine.h\"\n");
        file.close();
        int files = 0;
        QSet<QString> edges;
        QCOMPARE(violations(root.path(), &files, &edges),
                 QStringList{QStringLiteral("core/store/sql/Upward.h:3 includes analytics/")});
        QCOMPARE(files, 1);
    }
};

QTEST_GUILESS_MAIN(LayersTest)
#include "tst_layers.moc"
