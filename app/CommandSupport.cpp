#include "CommandSupport.h"
#include "LanguageOption.h"
#include "Tr.h"
#include "export/ExportCsv.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <iomanip>
#include <map>
#include <ostream>
#include <streambuf>
#include <variant>

namespace dmc::app {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

namespace {
// A std::ostream's buffer that hands stdout 64 KB at a time: a document is dumped straight to
// the output instead of into one string first (a company's insights at 300k deals are ~100 MB).
class StdoutBuffer final : public std::streambuf
{
public:
    StdoutBuffer() { setp(m_buffer.data(), m_buffer.data() + m_buffer.size()); }
    ~StdoutBuffer() override { sync(); }
    StdoutBuffer(const StdoutBuffer &) = delete;
    StdoutBuffer &operator=(const StdoutBuffer &) = delete;

protected:
    int_type overflow(int_type c) override
    {
        sync();
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
        return c;
    }
    int sync() override
    {
        std::fwrite(pbase(), 1, size_t(pptr() - pbase()), stdout);
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return 0;
    }

private:
    std::array<char, 65536> m_buffer{};
};
} // namespace

void printJson(const nlohmann::json &value)
{
    out().flush();
    {
        StdoutBuffer buffer;
        std::ostream stream(&buffer);
        // The width is the indent: the same bytes as value.dump(2).
        stream << std::setw(2) << value << '\n';
    }
    std::fflush(stdout);
}

namespace {
// Writes `text` (a dump at indent 2) with every line after the first indented by `indent` spaces:
// a value nested at that depth. JSON strings never hold a raw newline, so lines are safe to split.
void writeNested(const std::string &text, int indent)
{
    const std::string pad(size_t(indent), ' ');
    size_t start = 0;
    for (size_t newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', start)) {
        std::fwrite(text.data() + start, 1, newline + 1 - start, stdout);
        std::fwrite(pad.data(), 1, pad.size(), stdout);
        start = newline + 1;
    }
    std::fwrite(text.data() + start, 1, text.size() - start, stdout);
}

void writeText(const char *text)
{
    std::fputs(text, stdout);
}
} // namespace

void printJson(const nlohmann::json &object, const std::vector<JsonArrayStream> &arrays,
               const JsonMemberBuilders &built)
{
    out().flush();
    using Builder = std::function<nlohmann::json()>;
    // Keys in the order nlohmann's object (a std::map) would hold them.
    std::map<std::string, std::variant<const nlohmann::json *, const JsonArrayStream *, const Builder *>> members;
    for (auto it = object.begin(); it != object.end(); ++it)
        members.emplace(it.key(), &it.value());
    for (const JsonArrayStream &array : arrays)
        members[array.name] = &array;
    for (const auto &[name, build] : built)
        members[name] = &build;
    if (members.empty()) {
        writeText("{}\n");
        std::fflush(stdout);
        return;
    }
    writeText("{\n");
    size_t written = 0;
    for (const auto &[key, member] : members) {
        writeText("  ");
        writeText(nlohmann::json(key).dump().c_str());
        writeText(": ");
        if (const auto *value = std::get_if<const nlohmann::json *>(&member)) {
            writeNested((*value)->dump(2), 2);
        } else if (const auto *build = std::get_if<const Builder *>(&member)) {
            writeNested((**build)().dump(2), 2);
        } else {
            const JsonArrayStream &array = *std::get<const JsonArrayStream *>(member);
            if (array.count == 0) {
                writeText("[]");
            } else {
                writeText("[\n");
                for (size_t i = 0; i < array.count; ++i) {
                    writeText("    ");
                    writeNested(array.element(i).dump(2), 4);
                    writeText(i + 1 < array.count ? ",\n" : "\n");
                }
                writeText("  ]");
            }
        }
        writeText(++written < members.size() ? ",\n" : "\n");
    }
    writeText("}\n");
    std::fflush(stdout);
}

QString csvStart()
{
    // The Russian CSV is for Excel, which needs the BOM to read UTF-8 (ExportCsv::bytes).
    return ExportCsv::localized() ? QString(QChar(0xFEFF)) : QString();
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      tr("The database file, or a team database as postgresql://user@host:port/database."),
                      tr("FILE|URL")});
}

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

void addCsvOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("csv"), tr("Print CSV (spreadsheet-safe).")});
}

int rejectJsonWithCsv(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
        return usageError(tr("Choose one of --json and --csv."));
    return ExitOk;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const char *commandName)
{
    LanguageOption::add(parser);
    const QCommandLineOption help = parser.addHelpOption();
    QStringList withoutCommand = arguments;
    if (withoutCommand.size() > 1)
        withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand)) {
        usageError(parser.errorText());
        return false;
    }
    if (!LanguageOption::check(parser))
        return false;
    if (parser.isSet(help)) {
        out() << tr("Usage: dmcockpit %1 [options]").arg(QLatin1String(commandName)) << "\n\n"
              << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush;
        std::exit(ExitOk);
    }
    return true;
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::BadInput: return ExitBadInput;
    case Error::Kind::Database: return ExitDatabase;
    case Error::Kind::Damaged: return ExitDatabase;
    case Error::Kind::Usage: return ExitUsage;
    case Error::Kind::Cancelled: return ExitBadInput;
    case Error::Kind::Conflict: return ExitDatabase;
    }
    return ExitBadInput;
}

int fail(const Error &error)
{
    err() << error.toString() << Qt::endl;
    return exitCodeFor(error);
}

int usageError(const QString &message)
{
    err() << message << Qt::endl;
    return ExitUsage;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int &exitCode, Database::OpenMode mode)
{
    const QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        exitCode = usageError(tr("The --db FILE option is required."));
        return nullptr;
    }
    auto opened = Database::open(location, mode);
    if (!opened) {
        exitCode = fail(opened.error());
        return nullptr;
    }
    exitCode = ExitOk;
    return std::move(opened.value());
}

} // namespace dmc::app
