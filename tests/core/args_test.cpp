/// @file args_test.cpp
/// @brief The shared command-line parser and run settings (issue 10, item 7): a typo is a
/// UsageError naming the argument, never a value, a file name or a silently changed setting.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/args.h"
#include "parlab/run_args.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace parlab {
namespace {

const std::vector<OptionSpec> kSpecs{{"--out"}, {"--to"}, {"--from"}, {"--quick", false}};

ParsedArgs parse(const std::vector<std::string>& args, std::size_t positionals = 0)
{
    return ParsedArgs(args, kSpecs, positionals, "'test'");
}

/// The UsageError message of parsing `args`, or "" when it parsed.
std::string rejection(const std::vector<std::string>& args, std::size_t positionals = 0)
{
    try {
        parse(args, positionals);
    } catch (const UsageError& e) {
        return e.what();
    }
    return "";
}

TEST(Args, ValuesSeparateOrAfterEquals)
{
    const ParsedArgs a = parse({"--to", "5", "--from=1", "--quick"});
    EXPECT_EQ(a.value("--to"), "5");
    EXPECT_EQ(a.value("--from"), "1");
    EXPECT_TRUE(a.has("--quick"));
    EXPECT_FALSE(a.has("--out"));
    EXPECT_EQ(a.given(), (std::vector<std::string>{"--to", "--from", "--quick"}));
}

TEST(Args, AnOptionIsNeverTakenAsTheValueBeforeIt)
{
    EXPECT_NE(rejection({"--to", "--from", "5"}).find("--to needs a value"), std::string::npos);
    EXPECT_NE(rejection({"--out", "--quick"}).find("--out needs a value"), std::string::npos);
    // Said on purpose, it is a value.
    EXPECT_EQ(parse({"--out=--quick"}).value("--out"), "--quick");
    // A single dash is not an option: `--out -x.png` is a file name.
    EXPECT_EQ(parse({"--out", "-x.png"}).value("--out"), "-x.png");
}

TEST(Args, MistakesNameTheArgument)
{
    EXPECT_NE(rejection({"--to"}).find("--to needs a value"), std::string::npos);
    EXPECT_NE(rejection({"--quick", "--quick"}).find("--quick is given twice"), std::string::npos);
    EXPECT_NE(rejection({"--to", "1", "--to=2"}).find("--to is given twice"), std::string::npos);
    EXPECT_NE(rejection({"--quick=yes"}).find("--quick takes no value"), std::string::npos);
    EXPECT_NE(rejection({"--bogus"}).find("unknown option '--bogus'"), std::string::npos);
    EXPECT_NE(rejection({"-x"}).find("unknown option '-x'"), std::string::npos);
    EXPECT_NE(rejection({"--"}).find("unknown option '--'"), std::string::npos);
    EXPECT_NE(rejection({"a", "b"}, 1).find("unexpected argument 'b'"), std::string::npos);
    EXPECT_EQ(parse({"a", "--quick"}, 1).positionals(), std::vector<std::string>{"a"});
}

TEST(Args, HelpWinsUnlessItIsAValue)
{
    EXPECT_TRUE(asksForHelp({"--bogus", "--help"}, kSpecs));
    EXPECT_TRUE(asksForHelp({"-h"}, kSpecs));
    EXPECT_FALSE(asksForHelp({"--out", "-h"}, kSpecs));
    EXPECT_FALSE(asksForHelp({"--quick"}, kSpecs));
}

TEST(Args, PrintableEscapesTerminalControls)
{
    EXPECT_EQ(printable("plain 1e8 π ✓"), "plain 1e8 π ✓");
    EXPECT_EQ(printable("\x1b]0;owned\x07"), "\\x1B]0;owned\\x07");
    EXPECT_EQ(printable("a\nb\rc\x7f"), "a\\x0Ab\\x0Dc\\x7F");
    EXPECT_EQ(printable("\xc2\x9b"
                        "2J"),
              "\\xC2\\x9B2J"); // C1 CSI, UTF-8 encoded
    EXPECT_EQ(printable("\x9b"
                        "2J"),
              "\\x9B2J");                           // C1 CSI, raw byte
    EXPECT_EQ(printable("\xff\xfe"), "\\xFF\\xFE"); // not UTF-8
    EXPECT_EQ(printable("\xe2\x82"), "\\xE2\\x82"); // cut short
}

PiParams pi(const std::vector<std::string>& args)
{
    PiParams p;
    p.workers = 2;
    applyPiArgs(ParsedArgs(args, piRunOptions(), 0, "'test'"), p);
    return p;
}

TEST(RunArgs, DefaultBlocksAdaptToTinySampleCounts)
{
    const PiParams p = pi({"--samples", "1"});
    EXPECT_EQ(resolvedBlocks(p), 1u);
    EXPECT_EQ(resolvedBlocks(pi({"--samples", "1e3"})), 2u);
    // Blocks asked for explicitly are still checked against the darts.
    EXPECT_THROW(pi({"--samples", "1", "--blocks", "2"}), UsageError);
}

TEST(RunArgs, SwitchIntervalIsAPlainDecimal)
{
    EXPECT_DOUBLE_EQ(switchIntervalArg("5"), 5.0);
    EXPECT_DOUBLE_EQ(switchIntervalArg("0.5"), 0.5);
    EXPECT_DOUBLE_EQ(switchIntervalArg("1000"), 1000.0);
    for (const char* bad : {" 5", "5 ", "0x1p3", "1e1", "+5", "-5", "inf", "nan", "", ".", "1.2.3", "0.001", "1001"})
        EXPECT_THROW(switchIntervalArg(bad), UsageError) << "'" << bad << "'";
}

TEST(RunArgs, RangesAndNamesAreChecked)
{
    const auto primes = [](const std::vector<std::string>& args) {
        PrimesParams p;
        applyPrimesArgs(ParsedArgs(args, primesRunOptions(), 0, "'test'"), p);
        return p;
    };
    EXPECT_EQ(primes({"--from", "10", "--to", "20"}).last, 20u);
    try {
        primes({"--from", "10", "--to", "5"});
        ADD_FAILURE() << "from > to accepted";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("--from must not exceed --to"), std::string::npos) << e.what();
    }
    EXPECT_THROW(primes({"--to", "1e30"}), UsageError);
    EXPECT_THROW(primes({"--schedule", "Static"}), UsageError);
    EXPECT_THROW(pi({"--workers", "0"}), UsageError);
    EXPECT_THROW(pi({"--workers", " 2"}), UsageError);
    EXPECT_THROW(pi({"--kernel", "fast"}), UsageError);
}

} // namespace
} // namespace parlab
