#include "AudioFile.h"

#include <QtEndian>

#include <array>

namespace rc::content {

namespace {

constexpr qsizetype PageHeaderBytes = 27;
constexpr quint8 Continued = 0x01;
constexpr quint8 BeginningOfStream = 0x02;
constexpr quint8 EndOfStream = 0x04;
constexpr qint64 OpusRate = 48000;

// The Ogg CRC (RFC 3533): polynomial 0x04c11db7, not reflected, initial value 0, no final xor.
// zlib's crc32 is the reflected variant, so it cannot check these.
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 r = i << 24;
            for (int bit = 0; bit < 8; ++bit)
                r = (r & 0x80000000u) ? (r << 1) ^ 0x04c11db7u : r << 1;
            t[i] = r;
        }
        return t;
    }();
    return table;
}

} // namespace

quint32 oggPageChecksum(QByteArrayView page)
{
    quint32 crc = 0;
    for (qsizetype i = 0; i < page.size(); ++i) {
        // The checksum field itself (bytes 22-25) counts as zero.
        const quint8 byte = (i >= 22 && i < 26) ? 0 : quint8(page[i]);
        crc = (crc << 8) ^ crcTable()[((crc >> 24) ^ byte) & 0xff];
    }
    return crc;
}

namespace {

quint32 le32(QByteArrayView data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.data() + at);
}

// RFC 7845 section 5.1.
bool checkIdentification(QByteArrayView packet, AudioInfo *info, QString *error)
{
    if (packet.size() < 19 || !packet.startsWith("OpusHead")) {
        *error = QStringLiteral("it is not Ogg Opus (the first packet is not an OpusHead header)");
        return false;
    }
    const quint8 version = quint8(packet[8]);
    if ((version & 0xf0) != 0) {
        *error = QStringLiteral("Opus header version %1 is not supported").arg(version);
        return false;
    }
    info->channels = quint8(packet[9]);
    info->preSkip = qFromLittleEndian<quint16>(packet.data() + 10);
    info->inputSampleRate = le32(packet, 12);
    const quint8 family = quint8(packet[18]);
    if (info->channels == 0) {
        *error = QStringLiteral("the Opus header says the recording has no channels");
        return false;
    }
    if (family == 0) {
        if (info->channels > 2 || packet.size() != 19) {
            *error = QStringLiteral("the Opus header is malformed (mapping family 0)");
            return false;
        }
    } else if (family == 1) {
        if (info->channels > 8 || packet.size() != 21 + info->channels) {
            *error = QStringLiteral("the Opus header is malformed (mapping family 1)");
            return false;
        }
    } else {
        *error = QStringLiteral("Opus channel mapping family %1 is not supported").arg(family);
        return false;
    }
    return true;
}

// RFC 7845 section 5.2: the vendor string and the user comments must fit the packet exactly.
bool checkComments(QByteArrayView packet, QString *error)
{
    const auto malformed = [&] {
        *error = QStringLiteral("the OpusTags header is malformed");
        return false;
    };
    if (packet.size() < 16 || !packet.startsWith("OpusTags"))
        return malformed();
    qsizetype at = 8;
    const auto field = [&]() -> bool {
        if (packet.size() - at < 4)
            return false;
        const quint32 length = le32(packet, at);
        at += 4;
        if (length > quint32(packet.size() - at))
            return false;
        at += qsizetype(length);
        return true;
    };
    if (!field() || packet.size() - at < 4)
        return malformed();
    const quint32 count = le32(packet, at);
    at += 4;
    // Each comment takes at least its 4-byte length: a count beyond that is a lie.
    if (count > quint32((packet.size() - at) / 4))
        return malformed();
    for (quint32 i = 0; i < count; ++i) {
        if (!field())
            return malformed();
    }
    return true;
}

} // namespace

std::optional<AudioInfo> inspectOggOpus(QByteArrayView data, QString *error, const AudioLimits &limits)
{
    const auto fail = [&](const QString &message) -> std::optional<AudioInfo> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (data.size() > limits.maxBytes)
        return fail(
            QStringLiteral("the file is %1 bytes; the limit is %2").arg(data.size()).arg(limits.maxBytes));
    if (data.size() < PageHeaderBytes || !data.startsWith("OggS"))
        return fail(QStringLiteral("it is not an Ogg file"));

    AudioInfo info;
    QByteArray packet; // the packet being reassembled, headers only
    int packetsDone = 0; // complete packets seen
    bool inPacket = false; // the previous page ended inside a packet
    quint32 serial = 0;
    qint64 lastGranule = -1;
    bool ended = false;
    QString why;

    for (qsizetype at = 0; at < data.size();) {
        if (ended)
            return fail(QStringLiteral("there is data after the end of the stream"));
        if (data.size() - at < PageHeaderBytes)
            return fail(QStringLiteral("the file is cut short (page %1)").arg(info.pages + 1));
        const QByteArrayView header = data.sliced(at, PageHeaderBytes);
        if (!header.startsWith("OggS"))
            return fail(
                QStringLiteral("page %1 does not start with OggS: damaged or cut").arg(info.pages + 1));
        if (header[4] != 0)
            return fail(QStringLiteral("Ogg version %1 is not supported").arg(quint8(header[4])));
        const quint8 flags = quint8(header[5]);
        if (flags & ~(Continued | BeginningOfStream | EndOfStream))
            return fail(QStringLiteral("page %1 has unknown flags").arg(info.pages + 1));
        const qint64 granule = qFromLittleEndian<qint64>(header.data() + 6);
        const quint32 pageSerial = le32(header, 14);
        const quint32 sequence = le32(header, 18);
        const quint32 crc = le32(header, 22);
        const int segments = quint8(header[26]);
        if (data.size() - at - PageHeaderBytes < segments)
            return fail(QStringLiteral("the file is cut short (page %1)").arg(info.pages + 1));
        const QByteArrayView lacing = data.sliced(at + PageHeaderBytes, segments);
        qsizetype bodySize = 0;
        for (char value : lacing)
            bodySize += quint8(value);
        const qsizetype pageSize = PageHeaderBytes + segments + bodySize;
        if (data.size() - at < pageSize)
            return fail(QStringLiteral("the file is cut short (page %1)").arg(info.pages + 1));
        const QByteArrayView page = data.sliced(at, pageSize);
        if (oggPageChecksum(page) != crc)
            return fail(
                QStringLiteral("page %1 fails its checksum: the file is damaged").arg(info.pages + 1));

        const bool first = info.pages == 0;
        if (first) {
            if (!(flags & BeginningOfStream))
                return fail(QStringLiteral("the first page does not begin a stream"));
            serial = pageSerial;
        } else if (flags & BeginningOfStream) {
            return fail(QStringLiteral("the file holds more than one stream; a recording must be one"));
        } else if (pageSerial != serial) {
            return fail(QStringLiteral("page %1 belongs to another stream").arg(info.pages + 1));
        }
        if (sequence != quint32(info.pages))
            return fail(QStringLiteral("page %1 is out of order or a page is missing").arg(info.pages + 1));
        if (bool(flags & Continued) != inPacket)
            return fail(QStringLiteral("page %1 does not continue the packet before it").arg(info.pages + 1));

        // Packets: a lacing value below 255 ends one.
        const int packetsBefore = packetsDone;
        qsizetype offset = PageHeaderBytes + segments;
        bool packetEnded = false;
        for (char value : lacing) {
            const int length = quint8(value);
            if (packetsDone < 2) {
                packet.append(page.sliced(offset, length));
                if (packet.size() > limits.maxTagsBytes)
                    return fail(QStringLiteral("a header is larger than %1 bytes").arg(limits.maxTagsBytes));
            }
            offset += length;
            inPacket = length == 255;
            if (inPacket)
                continue;
            packetEnded = true;
            if (packetsDone == 0) {
                if (!checkIdentification(packet, &info, &why))
                    return fail(why);
            } else if (packetsDone == 1) {
                if (!checkComments(packet, &why))
                    return fail(why);
            }
            packet.clear();
            ++packetsDone;
        }
        if (first) {
            // RFC 7845: the identification header is alone on the first page, at granule 0.
            if (packetsDone != 1 || inPacket || granule != 0)
                return fail(QStringLiteral("the first page must hold the OpusHead header alone"));
        }
        // RFC 7845: audio starts on the page after the one where the comment header ends.
        if (packetsBefore < 2 && (packetsDone > 2 || (packetsDone == 2 && inPacket)))
            return fail(QStringLiteral("page %1 mixes headers and sound").arg(info.pages + 1));
        if (packetEnded && !first && packetsDone > 2) {
            if (granule < 0 || granule < lastGranule)
                return fail(QStringLiteral("page %1 goes back in time").arg(info.pages + 1));
            lastGranule = granule;
        }
        ended = flags & EndOfStream;
        ++info.pages;
        at += pageSize;
    }

    if (!ended)
        return fail(QStringLiteral("the file is cut short (no end-of-stream page)"));
    if (inPacket)
        return fail(QStringLiteral("the last packet is cut short"));
    if (packetsDone < 3)
        return fail(QStringLiteral("the file holds no sound"));
    if (lastGranule <= info.preSkip)
        return fail(QStringLiteral("the file does not say how long it is"));
    info.durationMs = (lastGranule - info.preSkip) * 1000 / OpusRate;
    if (info.durationMs <= 0)
        return fail(QStringLiteral("the file does not say how long it is"));
    if (info.durationMs > limits.maxDurationMs)
        return fail(QStringLiteral("the recording is %1 minutes long; the limit is %2")
                        .arg(info.durationMs / 60000)
                        .arg(limits.maxDurationMs / 60000));
    return info;
}

} // namespace rc::content
