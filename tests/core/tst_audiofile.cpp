#include "../RecordingFixture.h"
#include "content/AudioFile.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using rc::content::AudioLimits;
using rc::content::inspectOggOpus;
using rc::content::oggPageChecksum;

namespace {

// Where each page of an Ogg file starts (the file is assumed well formed: a real recording).
QList<qsizetype> pageOffsets(const QByteArray &file)
{
    QList<qsizetype> offsets;
    for (qsizetype at = 0; at + 27 <= file.size();) {
        offsets.append(at);
        const int segments = quint8(file[at + 26]);
        qsizetype body = 0;
        for (int i = 0; i < segments; ++i)
            body += quint8(file[at + 27 + i]);
        at += 27 + segments + body;
    }
    return offsets;
}

qsizetype pageSize(const QByteArray &file, qsizetype at)
{
    const int segments = quint8(file[at + 26]);
    qsizetype body = 0;
    for (int i = 0; i < segments; ++i)
        body += quint8(file[at + 27 + i]);
    return 27 + segments + body;
}

// A page changed on purpose and sealed again with a correct checksum, so that the check under test
// is the one that must catch it.
void reseal(QByteArray &file, qsizetype at)
{
    const quint32 crc = oggPageChecksum(QByteArrayView(file).sliced(at, pageSize(file, at)));
    qToLittleEndian(crc, file.data() + at + 22);
}

QString rejection(const QByteArray &file, const AudioLimits &limits = {})
{
    QString error;
    if (inspectOggOpus(file, &error, limits))
        return QStringLiteral("(accepted)");
    return error;
}

} // namespace

class TestAudioFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const rc::test::Recording made = rc::test::makeRecording(QStringLiteral(
            "You have the right to a lawyer. The lawyer is free for you. Ask for one at the registration."));
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        m_file = made.opus;
        m_spokenMs = made.wavDurationMs;
        m_pages = pageOffsets(m_file);
        QVERIFY2(m_pages.size() >= 4, "the recording should have headers and several pages of sound");
    }

    void readsARealRecording()
    {
        QString error;
        const auto info = inspectOggOpus(m_file, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->channels, 1);
        QCOMPARE(info->inputSampleRate, 22050u); // espeak-ng's rate, kept by opusenc in the header
        QVERIFY(info->preSkip > 0);
        QCOMPARE(info->pages, int(m_pages.size()));
        // The duration comes from the last granule position: within 40 ms of what was spoken.
        QVERIFY2(
            qAbs(info->durationMs - m_spokenMs) <= 40,
            qPrintable(QStringLiteral("%1 ms read, %2 ms spoken").arg(info->durationMs).arg(m_spokenMs)));
    }

    void checksumKnownAnswers()
    {
        // Every page opusenc wrote carries the checksum our function computes.
        for (qsizetype at : std::as_const(m_pages)) {
            const quint32 stored = qFromLittleEndian<quint32>(m_file.constData() + at + 22);
            QCOMPARE(oggPageChecksum(QByteArrayView(m_file).sliced(at, pageSize(m_file, at))), stored);
        }
        // RFC 3533's CRC of an all-zero 27-byte header is 0; of "OggS" alone, a fixed value.
        QCOMPARE(oggPageChecksum(QByteArray(27, '\0')), 0u);
        QCOMPARE(oggPageChecksum("OggS"), 0x5fb0a94fu);
        // The catalogue's check value of CRC-32/CKSUM (same polynomial, initial value 0) for
        // "123456789" is 0x765e7680; without its final inversion that is the Ogg CRC.
        QCOMPARE(oggPageChecksum("123456789"), ~0x765e7680u);
    }

    void refusesEveryTruncation()
    {
        // Cut anywhere, the file is refused: at a page boundary too (no end-of-stream page).
        for (qsizetype length = 0; length < m_file.size(); length += 53) {
            const QString why = rejection(m_file.left(length));
            QVERIFY2(why != QLatin1String("(accepted)"), qPrintable(QStringLiteral("cut at %1").arg(length)));
        }
        QVERIFY(rejection(m_file.left(m_pages.last())).contains(QLatin1String("cut short")));
    }

    void refusesADamagedByte()
    {
        QByteArray damaged = m_file;
        damaged[m_pages.at(2) + 40] = char(damaged[m_pages.at(2) + 40] ^ 0x10);
        QVERIFY(rejection(damaged).contains(QLatin1String("checksum")));
    }

    void refusesWhatIsNotOggOpus_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "not an Ogg file";
        QTest::newRow("capture pattern only") << QByteArray("OggS") << "not an Ogg file";
        QByteArray wav("RIFF\x24\0\0\0WAVEfmt ", 16);
        wav.append(QByteArray(100, '\0'));
        QTest::newRow("wav") << wav << "not an Ogg file";
        QTest::newRow("text") << QByteArray("OggS is not what this is, it is a text file pretending") << "";
        QByteArray noise(4096, '\0');
        QRandomGenerator generator(7);
        for (char &c : noise)
            c = char(generator.bounded(256));
        noise.replace(0, 4, "OggS");
        QTest::newRow("noise after the capture pattern") << noise << "";
    }

    void refusesWhatIsNotOggOpus()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        const QString why = rejection(file);
        QVERIFY(why != QLatin1String("(accepted)"));
        QVERIFY2(why.contains(expected), qPrintable(why));
    }

    void refusesTamperedHeaders()
    {
        // The identification header: version 1.x only, at least one channel, a known mapping family.
        const qsizetype head = m_pages.at(0) + 27 + quint8(m_file[m_pages.at(0) + 26]);
        QByteArray version = m_file;
        version[head + 8] = char(0x10);
        reseal(version, 0);
        QVERIFY(rejection(version).contains(QLatin1String("version")));
        QByteArray channels = m_file;
        channels[head + 9] = 0;
        reseal(channels, 0);
        QVERIFY(rejection(channels).contains(QLatin1String("no channels")));
        QByteArray family = m_file;
        family[head + 18] = char(255);
        reseal(family, 0);
        QVERIFY(rejection(family).contains(QLatin1String("mapping family 255")));
        QByteArray magic = m_file;
        magic[head] = 'X';
        reseal(magic, 0);
        QVERIFY(rejection(magic).contains(QLatin1String("OpusHead")));

        // The comment header: a comment count far beyond what the packet holds.
        const qsizetype tagsPage = m_pages.at(1);
        const qsizetype tags = tagsPage + 27 + quint8(m_file[tagsPage + 26]);
        QVERIFY(m_file.mid(tags, 8) == "OpusTags");
        const quint32 vendorLength = qFromLittleEndian<quint32>(m_file.constData() + tags + 8);
        QByteArray count = m_file;
        qToLittleEndian<quint32>(0x7fffffff, count.data() + tags + 12 + vendorLength);
        reseal(count, tagsPage);
        QVERIFY2(rejection(count).contains(QLatin1String("OpusTags")), qPrintable(rejection(count)));
        QByteArray vendor = m_file;
        qToLittleEndian<quint32>(0xffffffff, vendor.data() + tags + 8);
        reseal(vendor, tagsPage);
        QVERIFY(rejection(vendor).contains(QLatin1String("OpusTags")));
    }

    void refusesABrokenStream()
    {
        const qsizetype last = m_pages.last();
        const qsizetype middle = m_pages.at(2);

        QByteArray noEnd = m_file;
        noEnd[last + 5] = char(noEnd[last + 5] & ~0x04);
        reseal(noEnd, last);
        QVERIFY(rejection(noEnd).contains(QLatin1String("no end-of-stream")));

        QByteArray otherSerial = m_file;
        otherSerial[middle + 14] = char(otherSerial[middle + 14] ^ 1);
        reseal(otherSerial, middle);
        QVERIFY(rejection(otherSerial).contains(QLatin1String("another stream")));

        QByteArray sequence = m_file;
        qToLittleEndian<quint32>(99, sequence.data() + middle + 18);
        reseal(sequence, middle);
        QVERIFY(rejection(sequence).contains(QLatin1String("out of order")));

        QByteArray unknownFlag = m_file;
        unknownFlag[middle + 5] = char(unknownFlag[middle + 5] | 0x40);
        reseal(unknownFlag, middle);
        QVERIFY(rejection(unknownFlag).contains(QLatin1String("unknown flags")));

        QByteArray backwards = m_file;
        qToLittleEndian<qint64>(1, backwards.data() + last + 6);
        reseal(backwards, last);
        QVERIFY(rejection(backwards).contains(QLatin1String("back in time")));

        QByteArray noLength = m_file;
        for (qsizetype at : std::as_const(m_pages).mid(2)) {
            qToLittleEndian<qint64>(0, noLength.data() + at + 6);
            reseal(noLength, at);
        }
        QVERIFY(rejection(noLength).contains(QLatin1String("how long")));

        QVERIFY(rejection(m_file + m_file).contains(QLatin1String("after the end")));
        QVERIFY(rejection(m_file + QByteArray("trailing")).contains(QLatin1String("after the end")));
        // Two streams one after the other (a chained file): an Ogg player would play both.
        QByteArray chained = m_file;
        chained[last + 5] = char(chained[last + 5] & ~0x04);
        reseal(chained, last);
        chained += m_file;
        QVERIFY(rejection(chained).contains(QLatin1String("more than one stream")));
    }

    void enforcesTheLimits()
    {
        AudioLimits small;
        small.maxBytes = m_file.size() - 1;
        QVERIFY(rejection(m_file, small).contains(QLatin1String("limit")));
        AudioLimits shortest;
        shortest.maxDurationMs = 1000;
        QVERIFY(rejection(m_file, shortest).contains(QLatin1String("minutes long")));
        AudioLimits tags;
        tags.maxTagsBytes = 20;
        QVERIFY(rejection(m_file, tags).contains(QLatin1String("header is larger")));
        // A file of 16 MiB is refused by its size before anything is read.
        QByteArray huge(16 * 1024 * 1024, 'x');
        huge.replace(0, m_file.size(), m_file);
        QVERIFY(rejection(huge).contains(QLatin1String("limit")));
    }

    void survivesRandomDamage()
    {
        // Thousands of files with a few random bytes changed: each is refused or, when the damage
        // missed everything checked, read with a sensible duration. Never a crash or a hang.
        QRandomGenerator generator(20261202);
        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray file = m_file;
            const int changes = 1 + int(generator.bounded(4));
            for (int i = 0; i < changes; ++i)
                file[generator.bounded(int(file.size()))] = char(generator.bounded(256));
            if (round % 3 == 0) {
                for (qsizetype at : pageOffsets(file)) {
                    if (at + 27 <= file.size() && at + pageSize(file, at) <= file.size())
                        reseal(file, at);
                }
            }
            QString error;
            if (const auto info = inspectOggOpus(file, &error)) {
                ++accepted;
                QVERIFY(info->durationMs > 0 && info->durationMs <= AudioLimits().maxDurationMs);
            } else {
                QVERIFY(!error.isEmpty());
            }
        }
        QVERIFY2(accepted < 3000, "damage must be noticed");
    }

private:
    QByteArray m_file;
    qint64 m_spokenMs = 0;
    QList<qsizetype> m_pages;
};

QTEST_GUILESS_MAIN(TestAudioFile)
#include "tst_audiofile.moc"
