#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

// Recordings made at test time, as an author would make them: espeak-ng speaks a text to WAV and
// opusenc encodes it as Ogg Opus (Debian's espeak-ng and opus-tools, installed by ./dev).
namespace rc::test {

struct Recording
{
    QByteArray opus;
    qint64 wavDurationMs = 0; // what was spoken, measured from the WAV file
    QString error; // why there is no recording
};

inline Recording makeRecording(const QString &text, const QString &voice = QStringLiteral("en"))
{
    Recording result;
    for (const char *tool : { "espeak-ng", "opusenc" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            result.error = QStringLiteral("%1 is not installed (./dev installs it)").arg(QLatin1String(tool));
            return result;
        }
    }
    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("speech.wav"));
    const QString opus = dir.filePath(QStringLiteral("speech.opus"));
    const auto run = [&](const QString &program, const QStringList &arguments) {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            result.error = QStringLiteral("%1 failed: %2")
                               .arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
            return false;
        }
        return true;
    };
    if (!run(QStringLiteral("espeak-ng"), { QStringLiteral("-v"), voice, QStringLiteral("-w"), wav, text })
        || !run(QStringLiteral("opusenc"), { QStringLiteral("--quiet"), wav, opus }))
        return result;
    QFile wavFile(wav);
    QFile opusFile(opus);
    if (!wavFile.open(QIODevice::ReadOnly) || !opusFile.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("the recording was not written");
        return result;
    }
    // espeak-ng writes 16-bit mono PCM; the sample rate is in the header (bytes 24-27).
    const QByteArray header = wavFile.read(44);
    const quint32 rate = quint8(header[24]) | quint8(header[25]) << 8 | quint8(header[26]) << 16
        | quint32(quint8(header[27])) << 24;
    if (header.size() != 44 || !header.startsWith("RIFF") || rate == 0) {
        result.error = QStringLiteral("espeak-ng wrote no usable WAV file");
        return result;
    }
    result.wavDurationMs = (wavFile.size() - 44) / 2 * 1000 / rate;
    result.opus = opusFile.readAll();
    return result;
}

} // namespace rc::test
