#include "corpus.h"

#include "journal/entrystore.h"
#include "journal/journal.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// A noun and whether it is read with a final consonant (받침), which picks its particles:
// 책을/영어를, 독서는/달리기는, Beam으로/Kubernetes로.
struct Noun {
    QString text;
    bool hasFinal;
    bool finalIsRieul = false; // ㄹ takes 로, not 으로
};

Noun korean(const QString &word)
{
    const char16_t last = word.back().unicode();
    if (last < 0xAC00 || last > 0xD7A3)
        return { word, false };
    const int final = (last - 0xAC00) % 28;
    return { word, final != 0, final == 8 };
}

const QList<Noun> &habits()
{
    static const QList<Noun> nouns = [] {
        QList<Noun> list;
        for (const QString &word : { u"영어 공부"_s, u"독서"_s, u"달리기"_s, u"수영"_s, u"요가"_s, u"글쓰기"_s,
                 u"사이드 프로젝트"_s, u"논문 읽기"_s, u"블로그"_s, u"일기"_s, u"가계부"_s, u"명상"_s, u"기타 연습"_s,
                 u"요리"_s, u"등산"_s, u"자전거 출퇴근"_s, u"중국어 회화"_s, u"자격증 공부"_s, u"피아노"_s,
                 u"사진 정리"_s, u"식단 관리"_s, u"수면 습관"_s, u"스트레칭"_s, u"온라인 강의"_s })
            list.append(korean(word));
        return list;
    }();
    return nouns;
}

const QList<Noun> &workThings()
{
    static const QList<Noun> nouns = [] {
        QList<Noun> list;
        for (const QString &word :
            { u"코드 리뷰"_s, u"팀 회고"_s, u"온보딩 문서"_s, u"테스트 자동화"_s, u"배포 파이프라인"_s, u"장애 대응"_s,
                u"데이터 정리"_s, u"발표 준비"_s, u"채용 면접"_s, u"기술 부채"_s })
            list.append(korean(word));
        list += { { u"Apache Beam"_s, true }, { u"Kubernetes"_s, false }, { u"Quantization"_s, true },
            { u"Python"_s, true }, { u"Rust"_s, false }, { u"Terraform"_s, true, false }, { u"Airflow"_s, false },
            { u"PyTorch"_s, false }, { u"SQL"_s, true, true } };
        return list;
    }();
    return nouns;
}

QString withParticle(const Noun &noun, const QString &afterFinal, const QString &afterVowel)
{
    return noun.text + (noun.hasFinal ? afterFinal : afterVowel);
}
QString object(const Noun &noun)
{
    return withParticle(noun, u"을"_s, u"를"_s);
}
QString topic(const Noun &noun)
{
    return withParticle(noun, u"은"_s, u"는"_s);
}
QString subject(const Noun &noun)
{
    return withParticle(noun, u"이"_s, u"가"_s);
}
QString means(const Noun &noun)
{
    return noun.text + (noun.hasFinal && !noun.finalIsRieul ? u"으로"_s : u"로"_s);
}

// Picks from lists and numbers with one seeded generator.
class Writer
{
public:
    explicit Writer(quint32 seed)
        : m_random(seed)
        , m_habits(someOf(habits(), 6))
        , m_work(someOf(workThings(), 3))
    {
    }

    template <typename List> const auto &pick(const List &list)
    {
        return list[qsizetype(m_random.bounded(quint32(list.size())))];
    }
    int number(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return number(1, 100) <= percent; }

    QString sentence();
    QString heading() { return u"## "_s + pick(headings()) + u"\n\n"_s; }

private:
    // A retrospective dwells on a few themes: so does each text, so that a word is not in every entry.
    QList<Noun> someOf(const QList<Noun> &all, int count)
    {
        QList<Noun> some = all;
        for (qsizetype i = some.size() - 1; i > 0; --i)
            some.swapItemsAt(i, qsizetype(m_random.bounded(quint32(i + 1))));
        some.resize(count);
        return some;
    }

    static const QStringList &headings()
    {
        static const QStringList list = { u"잘한 점"_s, u"아쉬운 점"_s, u"다음에 해 볼 것"_s, u"숫자로 본 기간"_s,
            u"사람들"_s, u"일"_s, u"건강"_s, u"배운 것"_s };
        return list;
    }

    QRandomGenerator m_random;
    QList<Noun> m_habits;
    QList<Noun> m_work;
};

QString Writer::sentence()
{
    static const QStringList times = { u"이번 달에는"_s, u"지난주에"_s, u"상반기 동안"_s, u"올해 초에"_s, u"주말마다"_s,
        u"퇴근 후에"_s, u"아침 일찍"_s, u"연말이 되어서야"_s, u"봄부터"_s, u"여름 내내"_s, u"가을에는"_s,
        u"출근 전에"_s, u"점심시간에"_s, u"매일 저녁"_s };
    static const QStringList did
        = { u"꾸준히 했다"_s, u"다시 시작했다"_s, u"잠깐 쉬었다"_s, u"목표만큼 해냈다"_s, u"절반쯤 해냈다"_s,
              u"거의 하지 못했다"_s, u"처음으로 끝까지 해 보았다"_s, u"친구와 함께 했다"_s, u"기록으로 남겼다"_s };
    static const QStringList felt = { u"생각보다 재미있었다"_s, u"예상보다 어려웠다"_s, u"꾸준히 하기가 쉽지 않았다"_s,
        u"습관으로 자리 잡았다"_s, u"들인 시간보다 얻은 것이 많았다"_s, u"아직 갈 길이 멀다"_s };
    static const QStringList reasons = { u"야근이 잦아서"_s, u"이사 준비 때문에"_s, u"감기에 걸려서"_s,
        u"프로젝트 마감이 겹쳐서"_s, u"여행을 다녀오느라"_s };
    static const QStringList plans = { u"조금 더 일찍 시작하겠다"_s, u"작게 나누어 해 보겠다"_s, u"기록부터 남기겠다"_s,
        u"주 2회로 줄여서 이어 가겠다"_s };
    static const QStringList tasks = { u"배치 작업을 옮겼다"_s, u"모니터링을 붙였다"_s, u"비용을 20% 줄였다"_s,
        u"장애 대응 문서를 정리했다"_s, u"팀에 사용법을 소개했다"_s };
    static const QStringList asides = { u"돌아보니 생각보다 많은 일을 했다."_s, u"몸과 마음이 모두 지쳤던 시기였다."_s,
        u"작은 습관이 쌓이는 게 보여서 뿌듯했다."_s, u"가족과 보낸 시간이 가장 기억에 남는다."_s };
    switch (number(0, 7)) {
    case 0:
        return pick(times) + u' ' + object(pick(m_habits)) + u' ' + pick(did) + u'.';
    case 1:
        return topic(pick(m_habits)) + u' ' + pick(felt) + u'.';
    case 2:
        return u"책은 %1권 읽었고 서평은 %2편 썼다."_s.arg(number(1, 30)).arg(number(0, 10));
    case 3:
        return pick(reasons) + u' ' + subject(pick(m_habits)) + u" 밀렸다."_s;
    case 4:
        return u"다음에는 "_s + object(pick(m_habits)) + u' ' + pick(plans) + u'.';
    case 5:
        return u"회사에서는 "_s + means(pick(m_work)) + u' ' + pick(tasks) + u'.';
    case 6:
        return topic(pick(m_work)) + u' ' + pick(felt) + u'.';
    default:
        return pick(asides);
    }
}

} // namespace

QString generatedRetrospective(quint32 seed, int approxChars)
{
    Writer writer(seed);
    QString text;
    text.reserve(approxChars + 200);
    while (text.size() < approxChars) {
        if (writer.chance(25))
            text += writer.heading();
        const bool list = writer.chance(30);
        const int sentences = writer.number(2, 6);
        for (int i = 0; i < sentences; ++i)
            text += (list ? u"- "_s : QString()) + writer.sentence() + (list ? u"\n"_s : u" "_s);
        text = text.trimmed() + u"\n\n"_s;
    }
    return text.trimmed();
}

namespace
{

Entry benchEntry(int year, int index)
{
    Entry entry;
    QString period;
    if (index == 0) {
        entry.kind = EntryKind::Year;
        period = QString::number(year);
        entry.title = u"%1년 회고"_s.arg(year);
    } else if (index < 3) {
        entry.kind = EntryKind::Half;
        period = u"%1-H%2"_s.arg(year).arg(index);
        entry.title = u"%1년 %2 회고"_s.arg(year).arg(index == 1 ? u"상반기"_s : u"하반기"_s);
    } else if (index < 7) {
        entry.kind = EntryKind::Quarter;
        period = u"%1-Q%2"_s.arg(year).arg(index - 2);
        entry.title = u"%1년 %2분기 회고"_s.arg(year).arg(index - 2);
    } else if (index < 19) {
        entry.kind = EntryKind::Month;
        period = u"%1-%2"_s.arg(year).arg(index - 6, 2, 10, QLatin1Char('0'));
        entry.title = u"%1년 %2월 회고"_s.arg(year).arg(index - 6);
    } else if (index < 19 + 52) {
        entry.kind = EntryKind::Week;
        period = u"%1-W%2"_s.arg(year).arg(index - 18, 2, 10, QLatin1Char('0'));
        entry.title = u"%1년 %2주차 회고"_s.arg(year).arg(index - 18);
    } else {
        entry.kind = EntryKind::Note;
        period = u"%1-%2"_s.arg(year).arg((index % 12) + 1, 2, 10, QLatin1Char('0'));
        entry.title = u"%1년 메모 %2"_s.arg(year).arg(index - 70);
    }
    entry.period = *Period::parse(period);
    return entry;
}

} // namespace

void fillJournal(Journal &journal, int years, int entriesPerYear, int chars)
{
    EntryStore store(journal);
    const int firstYear = 2026 - years;
    for (int year = firstYear; year < 2026; ++year) {
        for (int index = 0; index < entriesPerYear; ++index) {
            Entry entry = benchEntry(year, index);
            entry.body = generatedRetrospective(quint32(year * 1000 + index), chars);
            if (auto created = store.create(entry); !created)
                qFatal("Cannot fill the benchmark journal: %s", qPrintable(created.error().message));
        }
    }
}

QString generatedPost(int index)
{
    const int year = 2000 + index % 25;
    QString text = u"---\ntitle: \"%1년 회고 %2\"\ndate: %1-12-30\ntags: [회고]\n---\n\n"_s.arg(year).arg(index);
    text += generatedRetrospective(quint32(index), 5000);
    text += u"\n\n## Keep\n\n- 아침마다 30분 읽기\n- 주간 회고 메모\n\n## Problem\n\n- 야근이 잦았다\n\n## Try\n\n- 저녁 9시 이후 슬랙 끄기\n"_s;
    text += u"\n## %1년 목표\n\n- 책 15권 읽고 7권 서평\n- 주 3회 50분 이상 조깅\n- 논문 2편 리뷰\n"_s.arg(year + 1);
    return text;
}

QString thousandPostsFolder()
{
    static QTemporaryDir dir;
    static bool written = false;
    if (!written) {
        for (int i = 0; i < 1000; ++i) {
            QFile file(dir.filePath(u"%1-post.md"_s.arg(i, 4, 10, QChar(u'0'))));
            if (!file.open(QIODevice::WriteOnly) || file.write(generatedPost(i).toUtf8()) < 0)
                qFatal("Cannot write the benchmark posts");
        }
        written = true;
    }
    return dir.path();
}

} // namespace hoego
