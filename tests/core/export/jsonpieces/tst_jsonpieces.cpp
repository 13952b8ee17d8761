// A document written in pieces (writeJsonInPieces: arrays an element at a time, members built as
// they are written) is byte for byte the whole document's dump(2) and a newline, and the stream
// buffer behind it hands every byte on, 64 KB at a time, and says when its sink refused them.
#include "export/json/JsonPieces.h"
#include "export/json/JsonStreamBuffer.h"
#include "export/json/JsonWriter.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <ostream>
#include <sstream>
#include <string>
#include <vector>

using namespace dmc;

class TestJsonPieces : public QObject
{
    Q_OBJECT

private slots:
    void piecesAreTheWholeDocument()
    {
        const nlohmann::json object = {{"kind", "agenda"}, {"z", {1, 2}}};
        const std::vector<nlohmann::json> reps = {{{"rep", "Ann"}, {"won", 1.5}}, "Bob"};
        const auto numbers = [] { return nlohmann::json{{"gap", nullptr}}; };
        std::ostringstream out;
        writeJsonInPieces(out, object,
                          {{"reps", reps.size(), [&](size_t i) { return reps[i]; }},
                           {"none", 0, [](size_t) { return nlohmann::json(); }}},
                          {{"numbers", numbers}});
        // Members in key order, as nlohmann's object holds them; nested values indented by depth.
        const std::string expected = "{\n"
                                     "  \"kind\": \"agenda\",\n"
                                     "  \"none\": [],\n"
                                     "  \"numbers\": {\n"
                                     "    \"gap\": null\n"
                                     "  },\n"
                                     "  \"reps\": [\n"
                                     "    {\n"
                                     "      \"rep\": \"Ann\",\n"
                                     "      \"won\": 1.5\n"
                                     "    },\n"
                                     "    \"Bob\"\n"
                                     "  ],\n"
                                     "  \"z\": [\n"
                                     "    1,\n"
                                     "    2\n"
                                     "  ]\n"
                                     "}\n";
        QCOMPARE(out.str(), expected);

        nlohmann::json whole = object;
        whole["reps"] = reps;
        whole["none"] = nlohmann::json::array();
        whole["numbers"] = {{"gap", nullptr}};
        QCOMPARE(out.str(), whole.dump(2) + '\n');
    }

    void noMembersIsAnEmptyObject()
    {
        std::ostringstream out;
        writeJsonInPieces(out, nlohmann::json::object(), {});
        QCOMPARE(out.str(), std::string("{}\n"));
    }

    void writerWritesWhatDumpWrites()
    {
        // Members given out of order, strings that need escaping and ones that do not, nested
        // trees, an empty array and an empty object inside an array.
        const QStringList ids = {QStringLiteral("006A"), QStringLiteral("say \"hi\"\tnow"), QStringLiteral("Ёж")};
        std::ostringstream out;
        JsonWriter writer(out);
        writer.object({{"zeta", 2.5, {}},
                       {"ids",
                        {},
                        [&](JsonWriter &w) {
                            w.strings(size_t(ids.size()), [&](size_t i) { return QStringView(ids[qsizetype(i)]); });
                        }},
                       {"alpha", {{"b", {1, 2}}, {"a", nullptr}}, {}},
                       {"list", {}, [](JsonWriter &w) {
                            w.beginArray();
                            w.beginArray();
                            w.endArray();
                            w.object({});
                            w.value(7);
                            w.endArray();
                        }}});
        const std::string expected = "{\n"
                                     "  \"alpha\": {\n"
                                     "    \"a\": null,\n"
                                     "    \"b\": [\n"
                                     "      1,\n"
                                     "      2\n"
                                     "    ]\n"
                                     "  },\n"
                                     "  \"ids\": [\n"
                                     "    \"006A\",\n"
                                     "    \"say \\\"hi\\\"\\tnow\",\n"
                                     "    \"\u0401\u0436\"\n"
                                     "  ],\n"
                                     "  \"list\": [\n"
                                     "    [],\n"
                                     "    {},\n"
                                     "    7\n"
                                     "  ],\n"
                                     "  \"zeta\": 2.5\n"
                                     "}";
        QCOMPARE(out.str(), expected);
        QCOMPARE(out.str(), nlohmann::json::parse(out.str()).dump(2));
        QCOMPARE(toTree({{"b", 1, {}}, {"a", {}, [](JsonWriter &w) { w.value("x"); }}}),
                 (nlohmann::json{{"a", "x"}, {"b", 1}}));
    }

    void bufferHandsOnEveryByteIn64KbPieces()
    {
        std::string received;
        std::vector<size_t> pieces;
        {
            JsonStreamBuffer buffer([&](const char *data, size_t size) {
                received.append(data, size);
                pieces.push_back(size);
                return true;
            });
            std::ostream stream(&buffer);
            stream << std::string(200000, 'a') << 'b';
            QVERIFY(!buffer.failed());
        }
        // 200,001 bytes: three full buffers of 65,536, then the 3,393 left when it is destroyed.
        QCOMPARE(received.size(), size_t(200001));
        QCOMPARE(received.back(), 'b');
        QCOMPARE(pieces, (std::vector<size_t>{65536, 65536, 65536, 3393}));
    }

    void refusedBytesAreReported()
    {
        int calls = 0;
        JsonStreamBuffer buffer([&](const char *, size_t) {
            ++calls;
            return false;
        });
        std::ostream stream(&buffer);
        stream << "{}";
        QVERIFY(!buffer.failed()); // still in the buffer
        stream.flush();
        QVERIFY(buffer.failed());
        stream << std::string(70000, 'x');
        QVERIFY(buffer.failed());
        QCOMPARE(calls, 1); // nothing more is handed to a sink that refused
    }
};

QTEST_APPLESS_MAIN(TestJsonPieces)
#include "tst_jsonpieces.moc"
