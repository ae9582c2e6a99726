/// @file translate_test.cpp
/// @brief The core's translation hook: English (the source) until a front end installs a
/// translator, whole sentences with reorderable %N values, and core messages that go through it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/error.h"
#include "parlab/pi.h"
#include "parlab/translate.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

namespace parlab {
namespace {

// A stand-in translator: knows one sentence, in a word order other than English's.
std::string fakeKorean(const char* context, const char* text)
{
    if (std::strcmp(context, "parlab::Run") == 0 && std::strcmp(text, "%1 must be 1…1e11 (got %2)") == 0)
        return "%1 값은 1…1e11이어야 합니다 (입력: %2)";
    if (std::strcmp(text, "swap %1 %2") == 0)
        return "%2 then %1";
    return {};
}

struct Hook {
    Hook() { setTranslateFunction(&fakeKorean); }
    ~Hook() { setTranslateFunction(nullptr); }
};

TEST(Translate, IsTheSourceTextWithoutATranslator)
{
    EXPECT_EQ(translate("ctx", "hello"), "hello");
}

TEST(Translate, FallsBackToTheSourceForAnUnknownText)
{
    Hook hook;
    EXPECT_EQ(translate("ctx", "hello"), "hello");
}

TEST(Translate, FillPutsEachValueWhereTheTranslationWantsIt)
{
    Hook hook;
    EXPECT_EQ(fill(translate("ctx", "swap %1 %2"), {"a", "b"}), "b then a");
    EXPECT_EQ(fill("%1 and %1, 100 %", {"x"}), "x and x, 100 %"); // a lone % and a repeat stay
    EXPECT_EQ(fill("%3", {"only one"}), "%3");                    // a missing value is left visible
}

TEST(Translate, CoreValidationSpeaksTheInstalledLanguage)
{
    PiParams p;
    p.samples = 0;
    try {
        validate(p);
        FAIL() << "samples = 0 was accepted";
    } catch (const InvalidParameter& e) {
        EXPECT_EQ(std::string(e.what()), "samples must be 1…1e11 (got 0)");
        EXPECT_EQ(e.parameter(), "samples");
    }
    Hook hook;
    try {
        validate(p);
        FAIL() << "samples = 0 was accepted";
    } catch (const InvalidParameter& e) {
        // The parameter still comes first, so a command line can put "--" before it.
        EXPECT_EQ(std::string(e.what()), "samples 값은 1…1e11이어야 합니다 (입력: 0)");
        EXPECT_EQ(e.parameter(), "samples");
    }
}

} // namespace
} // namespace parlab
