#pragma once

#include "VaultFile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// A backup of the whole vault in one file (docs/vault-format.md, "Backups"): the vault file, sealed
// again for the backup, followed by every document file exactly as it is on disk. Nothing is decrypted
// or re-encrypted: each part is authenticated by its own format, and the same passphrase or recovery
// key opens the backup. The container only frames the parts; reading it never trusts a length it has
// not checked against the limits below and the bytes actually there.
namespace rc::vault::BackupFile {

inline constexpr char Magic[8] = { 'R', 'C', 'B', 'A', 'C', 'K', 'U', 'P' };
inline constexpr quint16 FormatVersion = 1;
inline constexpr qsizetype HeaderSize = 8 + 2 + 4; // magic, version, entry count
inline constexpr qsizetype EntryHeaderSize = 1 + 16 + 8; // kind, file id, size
inline constexpr quint32 MaximumEntries = 100000;

enum class EntryKind : quint8
{
    Vault = 1,
    Document = 2,
};

struct DocumentPart
{
    QByteArray fileId; // 16 bytes
    QString path; // the encrypted document file to copy
};

// Writes the backup to "<path>.tmp-XXXXXX" (mode 0600) next to `path`, streaming each document file
// through a small buffer, fsyncs it, renames it to `path` and fsyncs the folder. On failure nothing is
// left behind and an existing file at `path` is untouched. Io when a document file cannot be read or
// the backup cannot be written.
bool write(const QString &path, QByteArrayView sealedVault, const QList<DocumentPart> &documents,
           VaultError *error);

// True when the file at `path` starts with the backup magic (false for a bare vault file, the format
// of backups made before documents were included).
bool isBackup(const QString &path);

// Reads a backup. `onVault` gets the vault part (at most MaximumFileSize bytes) first and returns false
// to stop (e.g. the secret does not open it). Then `onDocument` is called for each document with its
// file id and a function that copies its bytes to a new file (mode 0600, fsynced); it returns false
// to stop. Damaged when the framing is wrong: bad magic, unknown kind, the vault part missing or not
// first, a size over the limits or past the end of the file, a repeated file id, entries missing or
// bytes left over; UnsupportedVersion for a newer format; Io or NotFound from the file system.
using CopyTo = std::function<bool(const QString &targetPath, VaultError *error)>;
bool read(const QString &path, const std::function<bool(const QByteArray &vaultBytes)> &onVault,
          const std::function<bool(const QByteArray &fileId, qint64 size, const CopyTo &copyTo)> &onDocument,
          VaultError *error);

} // namespace rc::vault::BackupFile
