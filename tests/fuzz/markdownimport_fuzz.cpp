// libFuzzer target for the importer's reading of untrusted files: bytes → decodePostBytes (UTF-8,
// CP949, binary sniffing) → parsePost (front matter, headings, nested lists, KPT and goals labels).
// Built with clang by tests/fuzz/run-fuzzer, which ctest runs for a bounded time.
#include "exchange/markdownimport.h"
#include "exchange/textdecoding.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = hoego::decodePostBytes(bytes, u"fuzz.md"_s);
    // Refused bytes are still parsed as Latin-1 text: the parser must cope with any string.
    const QString text = decoded ? decoded->text : QString::fromLatin1(bytes);
    const hoego::ImportedPost post = hoego::parsePost(text, u"2023-12-31-fuzz.md"_s);
    // What the importer relies on: a title and a valid period, always.
    if (post.title.trimmed().isEmpty() || !post.period.start.isValid() || !post.period.end.isValid())
        std::abort();
    for (const hoego::ImportedKptItem &item : post.kpt) {
        if (item.text.trimmed().isEmpty())
            std::abort();
    }
    return 0;
}
