#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace rc::content {

// A recording of an article (articles/<id>/<language>.opus): Ogg Opus as RFC 7845 defines it, one
// logical stream, nothing before or after it. Packs carry these files to the app, which hands them
// to the platform's media framework; checking them here first keeps malformed or hostile files out
// of the pack, out of the signed repository and away from the decoder.
struct AudioInfo
{
    int channels = 0;
    int preSkip = 0; // samples at 48 kHz the decoder drops at the start
    quint32 inputSampleRate = 0; // what the recording was made at (informative)
    qint64 durationMs = 0; // from the last page's granule position
    int pages = 0;
};

struct AudioLimits
{
    // A pack value may not be larger (ContentStore::MaxValueBytes); about 20 minutes of speech at 24 kbit/s.
    qsizetype maxBytes = 4 * 1024 * 1024;
    qint64 maxDurationMs = 30 * 60 * 1000;
    qsizetype maxTagsBytes = 64 * 1024; // the comment header; cover art has no place in a pack
};

// Walks every page (capture pattern, version, CRC, sequence, one serial number), reassembles the
// identification and comment headers and checks them, and reads the duration. nullopt with a
// sentence in `error` for anything else, including a file that is cut short, has no end-of-stream
// page, or says nothing about its duration.
std::optional<AudioInfo> inspectOggOpus(QByteArrayView data, QString *error, const AudioLimits &limits = {});

// The CRC-32 an Ogg page carries (RFC 3533: polynomial 0x04c11db7, computed with its own checksum
// field as zero). Tools that write pages need it too.
quint32 oggPageChecksum(QByteArrayView page);

// The media type a player needs for the bytes `inspectOggOpus` accepts.
inline constexpr const char *OggOpusMediaType = "audio/ogg; codecs=opus";

} // namespace rc::content
