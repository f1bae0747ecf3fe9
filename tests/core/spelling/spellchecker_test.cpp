#include "spelling/spellchecker.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// ko_KR takes about half a second to load: one checker for the whole suite. Tests that change its
// personal or ignored words put them back.
SpellChecker &checker()
{
    static SpellChecker *shared = [] {
        auto *loaded = new SpellChecker;
        const Status status = loaded->load(SpellChecker::defaultLanguages());
        EXPECT_TRUE(status.ok()) << qPrintable(status ? QString() : status.error().message);
        return loaded;
    }();
    return *shared;
}

QStringList flaggedWords(const QString &text)
{
    QStringList words;
    for (const Misspelling &misspelling : checker().checkText(text))
        words << misspelling.word;
    return words;
}

struct CatchCase {
    const char *name;
    QString text;
    QString flagged; // the word that must be flagged
};

class MustBeCaught : public testing::TestWithParam<CatchCase>
{
};

TEST_P(MustBeCaught, IsFlagged)
{
    EXPECT_TRUE(flaggedWords(GetParam().text).contains(GetParam().flagged))
        << qPrintable(GetParam().text) << " → flagged: " << qPrintable(flaggedWords(GetParam().text).join(u", "_s));
}

const CatchCase korean[] = {
    {"Dwaetda", u"세 번의 배포 끝에 겨우 안정화가 됬다."_s, u"됬다"_s},
    {"DwaeeoyoConfusion", u"이제는 혼자서도 리뷰를 하게 되요."_s, u"되요"_s},
    {"DwaeseoConfusion", u"팀장이 되서 처음 한 일은 1:1 면담이었다."_s, u"되서"_s},
    {"AnDoeConfusion", u"로컬에서는 빌드가 않되는 문제가 있었다."_s, u"않되는"_s},
    {"BaramConfusion", u"내년의 바램은 주 3회 운동이다."_s, u"바램은"_s},
    {"HalgeConfusion", u"다음 분기에는 꼭 발표를 할께요."_s, u"할께요"_s},
    {"GujiConfusion", u"구지 새 프레임워크를 쓸 필요는 없었다."_s, u"구지"_s},
    {"DeureonatdaConfusion", u"장애 회고에서 설계의 한계가 들어났다."_s, u"들어났다"_s},
    {"MunanConfusion", u"첫 발표는 문안하게 끝났다."_s, u"문안하게"_s},
    {"Myeochil", u"몇일 동안 로그만 들여다봤다."_s, u"몇일"_s},
    {"Yeokhal", u"테크리드의 역활을 처음 맡았다."_s, u"역활을"_s},
    {"Oraenman", u"오랫만에 컨퍼런스에 다녀왔다."_s, u"오랫만에"_s},
    {"Heuihan", u"희안하게도 재현이 안 되는 버그였다."_s, u"희안하게도"_s},
    {"Eoiieop", u"어의없는 실수로 배포가 밀렸다."_s, u"어의없는"_s},
    {"Wenman", u"왠만하면 금요일 배포는 피한다."_s, u"왠만하면"_s},
    {"Geumse", u"새 팀에 금새 적응했다."_s, u"금새"_s},
    {"Bwaeyo", u"내년 컨퍼런스에서 뵈요."_s, u"뵈요"_s},
    {"Teumteumi", u"출퇴근길에 틈틈히 논문을 읽었다."_s, u"틈틈히"_s},
    {"Seolleim", u"첫 출근의 설레임이 아직 남아 있다."_s, u"설레임이"_s},
    {"Hallyeogo", u"매일 커밋을 할려고 노력했다."_s, u"할려고"_s},
    {"TypoIlgeotda", u"올해는 책을 15권 읽엇다."_s, u"읽엇다"_s},
    {"TypoInEmphasis", u"**가장 잘한 일**은 운동을 꾸준히 한 것이엇다."_s, u"것이엇다"_s},
    {"TypoInHeading", u"## 아쉬웠던 졈"_s, u"졈"_s},
    {"TypoInListItem", u"- 영어 강의 완강하기 (실페)"_s, u"실페"_s},
    {"TypoInQuote", u"> 꾸준함이 재능을 이긴다고 믿엇다"_s, u"믿엇다"_s},
    {"TypoInLinkText", u"[회고 모음집](https://example.com/retro)을 정리햇다."_s, u"정리햇다"_s},
};
INSTANTIATE_TEST_SUITE_P(Korean, MustBeCaught, testing::ValuesIn(korean),
                         [](const auto &info) { return std::string(info.param.name); });

const CatchCase english[] = {
    {"Recieve", u"PR 리뷰를 recieve 하는 데 하루가 걸렸다."_s, u"recieve"_s},
    {"QuantizationTypoWithParticle", u"Quantizaton을 처음 적용해 봤다."_s, u"Quantizaton"_s},
    {"KubernetesTypo", u"Kubernets 클러스터를 직접 운영했다."_s, u"Kubernets"_s},
    {"Definitely", u"This was definately the hardest quarter."_s, u"definately"_s},
    {"Environment", u"enviroment에서 재현되지 않았다."_s, u"enviroment"_s},
    {"Performance", u"perfomance 튜닝에 두 달을 썼다."_s, u"perfomance"_s},
    {"Separate", u"Keep the seperate staging cluster."_s, u"seperate"_s},
    {"Occurred", u"An outage occured twice in March."_s, u"occured"_s},
    {"Lowercase", u"I wrote a retrospectve every month."_s, u"retrospectve"_s},
    {"InEmphasis", u"**Mixed precison** 학습으로 속도를 높였다."_s, u"precison"_s},
};
INSTANTIATE_TEST_SUITE_P(English, MustBeCaught, testing::ValuesIn(english),
                         [](const auto &info) { return std::string(info.param.name); });

struct CleanCase {
    const char *name;
    QString text;
};

class MustNotBeFlagged : public testing::TestWithParam<CleanCase>
{
};

TEST_P(MustNotBeFlagged, IsClean)
{
    EXPECT_EQ(flaggedWords(GetParam().text), QStringList()) << qPrintable(GetParam().text);
}

const CleanCase clean[] = {
    {"PlainKorean", u"올해는 팀을 옮기고 새로운 도메인을 배우느라 바빴다."_s},
    {"Loanwords", u"머신러닝 리서치와 유튜브 강의로 커리어를 고민했다."_s},
    {"LoanwordsWithParticles", u"쿠버네티스에서 데이터셋을 옮기고 파이프라인을 다시 짰다."_s},
    {"LoanwordWithHada", u"두 달 동안 리서치했고 멘토링도 받았다."_s},
    {"Eotteokhae", u"장애가 또 나면 어떡해?"_s},
    {"TechNames", u"Kubernetes, PyTorch, TensorFlow, Kafka, Airflow를 썼다."_s},
    {"LowercaseTechName", u"pytorch와 numpy로 프로토타입을 만들었다."_s},
    {"Acronyms", u"LLM, GPU, API, CI/CD, KPT를 정리했다."_s},
    {"MixedCaseNames", u"vLLM과 GitHub Actions, macOS에서 테스트했다."_s},
    {"ParticleAfterEnglish", u"Apache Beam으로 배치를 옮기고 Quantization을 공부했다."_s},
    {"ParticleAfterEmphasis", u"**Beam**으로 옮긴 것이 가장 컸다."_s},
    {"InlineCode", u"`std::vectr`를 `QLst`로 바꿨다."_s},
    {"FencedCode", u"코드는 이렇다.\n```python\ndef trian(modle):\n    retrun modle\n```\n끝."_s},
    {"TildeFence", u"~~~\nkubectl aply -f deploymnt.yaml\n~~~"_s},
    {"Url", u"정리는 https://exmple.com/retrospectve/2025 에 올렸다."_s},
    {"LinkDestination", u"[블로그](https://velog.io/@someone/rtro)에 썼다."_s},
    {"Email", u"문의는 jaehyun.kimm@exmple.co.kr 로 보냈다."_s},
    {"Paths", u"설정은 ~/.config/hoego/settngs.toml 과 src/tranier/main.py 에 있다."_s},
    {"FileName", u"READMEE.md와 confg.yaml을 고쳤다."_s},
    {"NumbersWithCounters", u"15권 읽고 7권 서평, 주 3회 50분 조깅, 2025년에는 논문 2편."_s},
    {"WordsWithDigits", u"H100 8장과 A100으로 GPT4급 모델을 돌렸다. l2norm도 썼다."_s},
    {"Identifiers", u"train_loop와 max_seq_len, getUserName을 고쳤다."_s},
    {"HeadingAndList", u"# 2025년 회고\n## Keep\n- [x] 영어 강의 완강\n1. 운동\n"_s},
    {"FrontMatter", u"---\ntitle: 2025 retrospectve\ntags: [retro]\n---\n본문이다."_s},
    {"HtmlTags", u"<details><summary>접기</summary>내용</details>"_s},
    {"QuotedWordWithParticle", u"'꾸준함'을 키워드로 삼았다."_s},
    {"Hashtag", u"#회고 #개발자"_s},
    {"EnglishSentence", u"I shipped the new search index and wrote a retrospective."_s},
    {"Possessive", u"Kubernetes's scheduler was the bottleneck."_s},
};
INSTANTIATE_TEST_SUITE_P(Writing, MustNotBeFlagged, testing::ValuesIn(clean),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(SpellChecker, SpanPointsAtTheWordInTheText)
{
    const QString text = u"첫 줄이다.\n배포가 됬다."_s;
    const QList<Misspelling> flagged = checker().checkText(text);
    ASSERT_EQ(flagged.size(), 1);
    EXPECT_EQ(text.mid(flagged[0].span.start, flagged[0].span.length), u"됬다"_s);
}

TEST(SpellChecker, ConfusionSuggestionComesFirstWithItsExplanation)
{
    const QList<Misspelling> flagged = checker().checkText(u"곧 익숙해지게 되요."_s);
    ASSERT_EQ(flagged.size(), 1);
    EXPECT_TRUE(flagged[0].confusion);
    const QList<Suggestion> suggestions = checker().suggestions(u"되요"_s);
    ASSERT_FALSE(suggestions.isEmpty());
    EXPECT_EQ(suggestions[0].text, u"돼요"_s);
    EXPECT_FALSE(suggestions[0].explanation.isEmpty());
}

TEST(SpellChecker, HunspellSuggestionsForKoreanTypo)
{
    const QList<Suggestion> suggestions = checker().suggestions(u"됬다"_s);
    ASSERT_FALSE(suggestions.isEmpty());
    EXPECT_EQ(suggestions[0].text, u"됐다"_s);
}

TEST(SpellChecker, SuggestsTheTechNameForItsTypo)
{
    QStringList texts;
    for (const Suggestion &suggestion : checker().suggestions(u"Kubernets"_s))
        texts << suggestion.text;
    EXPECT_TRUE(texts.contains(u"Kubernetes"_s)) << qPrintable(texts.join(u", "_s));
}

TEST(SpellChecker, SuggestionsAreBounded)
{
    EXPECT_LE(checker().suggestions(u"recieve"_s, 3).size(), 3);
    EXPECT_TRUE(checker().suggestions(QString(60, u'q')).isEmpty());
}

TEST(SpellChecker, PersonalWordsApplyAtOnceAndWithParticles)
{
    ASSERT_TRUE(flaggedWords(u"회고는 하노이팀과 함께 했다."_s).contains(u"하노이팀과"_s));
    checker().setPersonalWords({u"하노이팀"_s, u"Jaehyun"_s});
    EXPECT_EQ(flaggedWords(u"회고는 하노이팀과 함께 했다. Jaehyun wrote it."_s), QStringList());
    checker().setPersonalWords({});
    EXPECT_TRUE(flaggedWords(u"회고는 하노이팀과 함께 했다."_s).contains(u"하노이팀과"_s));
}

TEST(SpellChecker, IgnoredWordsAreNotFlagged)
{
    checker().setIgnoredWords({u"Quantizaton"_s});
    EXPECT_EQ(flaggedWords(u"Quantizaton을 공부했다."_s), QStringList());
    checker().setIgnoredWords({});
    EXPECT_EQ(flaggedWords(u"Quantizaton을 공부했다."_s), QStringList{u"Quantizaton"_s});
}

TEST(SpellChecker, OnlyTheLoadedLanguagesAreChecked)
{
    SpellChecker englishOnly;
    ASSERT_TRUE(englishOnly.load({u"en"_s}).ok());
    const QList<Misspelling> flagged = englishOnly.checkText(u"배포가 됬다. It was definately late."_s);
    ASSERT_EQ(flagged.size(), 1);
    EXPECT_EQ(flagged[0].word, u"definately"_s);
}

TEST(SpellChecker, MissingDictionaryIsAnErrorThatSaysWhatToInstall)
{
    SpellChecker missing;
    const Status status = missing.load({u"ko"_s}, u"/nonexistent"_s);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(u"hunspell-ko"_s));
    EXPECT_FALSE(missing.load({u"fr"_s}).ok());
}

TEST(SpellChecker, EveryConfusionIsWellFormed)
{
    const QList<Confusion> confusions = builtInConfusions();
    EXPECT_GE(confusions.size(), 20);
    for (const Confusion &confusion : confusions) {
        EXPECT_FALSE(confusion.wrong.isEmpty());
        EXPECT_NE(confusion.wrong, confusion.right);
        EXPECT_FALSE(confusion.explanation.isEmpty()) << qPrintable(confusion.wrong);
    }
}

} // namespace
