#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dmc {

// SHA-256 of a file, read in chunks. OpenSSL's digest uses the CPU's SHA instructions: about
// 10x QCryptographicHash (0.85 s -> 0.08 s for a 139 MB history file), and the import hashes
// every file. libcrypto is loaded on the first hash (QCryptographicHash when it cannot be).
class FileHash
{
public:
    // Lower-case hex digest; nullopt when the file cannot be read (errorString says why).
    static std::optional<QByteArray> sha256Hex(const QString &path, QString *errorString = nullptr);
};

} // namespace dmc
