#pragma once

// Helpers shared by the deadline data files (equated days, Atw rules): strict JSON with clear messages.

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::deadline::DataFile {

constexpr qsizetype MaxBytes = 1024 * 1024;

// Reads a whole file of at most MaxBytes. On failure returns nullopt with "PATH: reason" in *error.
std::optional<QByteArray> read(const QString &path, QString *error);

// Parses a JSON object. On failure returns nullopt with "FILE:LINE: invalid JSON: reason" in *error.
std::optional<QJsonObject> parseObject(const QByteArray &data, const QString &fileName, QString *error);

// Returns the first key of `object` that is not in `allowed`, or an empty string.
QString unknownKey(const QJsonObject &object, const QStringList &allowed);

// An absolute https URL with a host.
bool isHttpsUrl(const QString &text);

// Strictly "YYYY-MM-DD" and a real date.
std::optional<QDate> parseIsoDate(const QString &text);

} // namespace rc::deadline::DataFile
