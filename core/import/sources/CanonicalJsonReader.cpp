#include "CanonicalJsonReader.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace dmc {

Result<std::vector<std::pair<QString, CsvTable>>> CanonicalJsonReader::readFile(const QString &path)
{
    QFile file(path);
    Error error;
    error.file = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        error.message = tr("cannot read the file (%1)").arg(file.errorString());
        return error;
    }
    return parse(file.readAll(), error.file);
}

Result<std::vector<std::pair<QString, CsvTable>>> CanonicalJsonReader::parse(const QByteArray &json,
                                                                             const QString &fileName)
{
    Error error;
    error.file = fileName;
    error.line = 1;
    nlohmann::json root;
    try {
        QByteArray bytes = json;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        root = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::parse_error &e) {
        // byte offset -> line, so the message names where the JSON breaks
        const qint64 offset = qint64(e.byte);
        error.line = json.left(offset).count('\n') + 1;
        error.message = tr("the file is not valid JSON");
        return error;
    } catch (const nlohmann::json::exception &) {
        // A number too large for a double (out_of_range 406): no byte offset to name.
        error.message = tr("the file is not valid JSON");
        return error;
    }
    if (!root.is_object()) {
        error.message = tr("the file is not a JSON object of tables");
        return error;
    }
    std::vector<std::pair<QString, CsvTable>> tables;
    for (const auto &[name, records] : root.items()) {
        if (!records.is_array()) {
            error.message = tr("\"%1\" is not an array of records").arg(QString::fromStdString(name));
            return error;
        }
        CsvTable table;
        table.fileName = fileName;
        qint64 index = 0;
        for (const auto &record : records) {
            ++index;
            if (!record.is_object()) {
                error.line = index + 1;
                error.message = tr("record %1 of \"%2\" is not an object").arg(index).arg(QString::fromStdString(name));
                return error;
            }
            CsvTable::Row row;
            row.line = index + 1;
            row.fields.resize(table.header.size());
            for (const auto &[key, value] : record.items()) {
                const QString column = QString::fromStdString(key);
                int at = int(table.header.indexOf(column));
                if (at < 0) {
                    table.header << column;
                    at = int(table.header.size()) - 1;
                    for (CsvTable::Row &earlier : table.rows)
                        earlier.fields << QString();
                    row.fields << QString();
                }
                QString text;
                if (value.is_string())
                    text = QString::fromStdString(value.get<std::string>());
                else if (value.is_boolean())
                    text = value.get<bool>() ? QStringLiteral("1") : QStringLiteral("0");
                else if (!value.is_null())
                    text = QString::fromStdString(value.dump());
                row.fields[at] = text;
            }
            table.rows.push_back(std::move(row));
        }
        tables.emplace_back(QString::fromStdString(name), std::move(table));
    }
    return tables;
}

} // namespace dmc
