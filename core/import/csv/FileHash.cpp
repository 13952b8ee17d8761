#include "FileHash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLibrary>
#include <QScopeGuard>

#include <openssl/evp.h>

#include <mutex>

namespace dmc {

namespace {

// OpenSSL's digest, resolved from libcrypto on the first hash instead of linked: linked, its
// 21k relocations cost every start of the program (each command and the window) 4-7 ms, and
// only an import hashes files. Declarations come from OpenSSL's header, so the types are checked.
struct Sha256Functions
{
    decltype(&EVP_MD_CTX_new) newContext = nullptr;
    decltype(&EVP_MD_CTX_free) freeContext = nullptr;
    decltype(&EVP_sha256) sha256 = nullptr;
    decltype(&EVP_DigestInit_ex) init = nullptr;
    decltype(&EVP_DigestUpdate) update = nullptr;
    decltype(&EVP_DigestFinal_ex) final = nullptr;

    bool complete() const { return newContext && freeContext && sha256 && init && update && final; }

    // Null when libcrypto.so.3 (Debian's libssl3) cannot be loaded: QCryptographicHash then.
    static const Sha256Functions *instance()
    {
        static Sha256Functions functions;
        static std::once_flag loaded;
        std::call_once(loaded, [] {
            // Kept loaded until the process ends (QLibrary's destructor does not unload).
            static QLibrary library(QStringLiteral("crypto"), 3);
            if (!library.load())
                return;
            auto resolve = [](auto &function, const char *name) {
                function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
            };
            resolve(functions.newContext, "EVP_MD_CTX_new");
            resolve(functions.freeContext, "EVP_MD_CTX_free");
            resolve(functions.sha256, "EVP_sha256");
            resolve(functions.init, "EVP_DigestInit_ex");
            resolve(functions.update, "EVP_DigestUpdate");
            resolve(functions.final, "EVP_DigestFinal_ex");
        });
        return functions.complete() ? &functions : nullptr;
    }
};

// Feeds the file to `update` in 1 MB chunks; false (with errorString) when a read fails.
template<class Update>
bool readChunks(QFile &file, QString *errorString, Update &&update)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            if (errorString)
                *errorString = file.errorString();
            return false;
        }
        if (got == 0)
            return true;
        update(buffer.constData(), got);
    }
}

} // namespace

std::optional<QByteArray> FileHash::sha256Hex(const QString &path, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = file.errorString();
        return std::nullopt;
    }
    const Sha256Functions *openssl = Sha256Functions::instance();
    if (!openssl) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!readChunks(file, errorString, [&](const char *data, qint64 size) { hash.addData({data, size}); }))
            return std::nullopt;
        return hash.result().toHex();
    }
    EVP_MD_CTX *context = openssl->newContext();
    if (!context)
        return std::nullopt;
    const auto freeContext = qScopeGuard([&] { openssl->freeContext(context); });
    if (openssl->init(context, openssl->sha256(), nullptr) != 1)
        return std::nullopt;
    if (!readChunks(file, errorString,
                    [&](const char *data, qint64 size) { openssl->update(context, data, size_t(size)); }))
        return std::nullopt;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (openssl->final(context, digest, &size) != 1)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex();
}

} // namespace dmc
