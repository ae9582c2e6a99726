/// @file language.cpp
/// @brief Loading and switching translations. The translators live for the whole program and
/// are loaded before any QApplication exists, so `--help` and usage errors come out translated
/// too; the core reads them through parlab::translate without knowing Qt.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/language.h"
#include "parlab_ui/language.h"

#include "parlab/args.h"
#include "parlab/translate.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <string>

namespace parlab::ui {

namespace {

/// English is the source text, so it ships no .qm; but its counted messages are written once with
/// "(s)" ("%n worker(s)"), which this resolves for the count: "1 worker", "2 workers".
class EnglishPlurals : public QTranslator {
  public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char* context, const char* sourceText, const char* disambiguation,
                                    int n) const override
    {
        (void)context;
        (void)disambiguation;
        if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
            return {}; // not counted: the source text as it is
        return QString::fromUtf8(sourceText).replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

struct Translators {
    EnglishPlurals plurals;
    QTranslator parlab; // :/i18n/parlab_<lang>.qm, embedded by qt_add_translations
    QTranslator qt;     // qtbase_<lang>.qm from Qt's own translations, for standard dialog buttons
    QString language = QStringLiteral("en");
    bool installed = false;
};

Translators& translators()
{
    static Translators t;
    return t;
}

std::string translateForCore(const char* context, const char* text)
{
    return translators().parlab.translate(context, text).toStdString();
}

void install()
{
    Translators& t = translators();
    if (!QCoreApplication::instance())
        return;
    QCoreApplication::removeTranslator(&t.parlab);
    QCoreApplication::removeTranslator(&t.qt);
    QCoreApplication::removeTranslator(&t.plurals);
    if (t.language == QLatin1String("en"))
        QCoreApplication::installTranslator(&t.plurals);
    if (!t.qt.isEmpty())
        QCoreApplication::installTranslator(&t.qt);
    if (!t.parlab.isEmpty())
        QCoreApplication::installTranslator(&t.parlab);
    t.installed = true;
}

} // namespace

} // namespace parlab::ui

namespace {
// A QApplication made after the language was chosen (the window, `parlab figure`, a test)
// picks the translators up as it starts.
void installParlabTranslators()
{
    parlab::ui::install();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installParlabTranslators)

namespace parlab::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString resolveLanguage(const QString& choice)
{
    if (availableLanguages().contains(choice))
        return choice;
    // Qt reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG itself, so this works even where the
    // glibc locale (ko_KR.UTF-8) was never generated.
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool loadLanguage(const QString& language)
{
    Translators& t = translators();
    // Unloaded first: English is the source text, so "en" needs no file.
    (void)t.parlab.load(QString());
    (void)t.qt.load(QString());
    bool ok = true;
    if (language != QLatin1String("en")) {
        ok = t.parlab.load(QStringLiteral("parlab_") + language, QStringLiteral(":/i18n"));
        (void)t.qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    t.language = ok ? language : QStringLiteral("en");
    setTranslateFunction(t.parlab.isEmpty() ? nullptr : &translateForCore);
    // Numbers follow the locale: Korean's when Korean is chosen; for English the system's own
    // (a German desktop keeps its decimal comma), unless that is Korean, which English overrides.
    const QLocale system = QLocale::system();
    if (t.language == QLatin1String("ko"))
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    else
        QLocale::setDefault(system.language() == QLocale::Korean ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                                 : system);
    install();
    return ok;
}

QString currentLanguage()
{
    return translators().language;
}

QString savedLanguageChoice()
{
    const QSettings settings;
    const QString v = settings.value(QLatin1String(kLanguageKey), QStringLiteral("system")).toString();
    return v == QLatin1String("ko") || v == QLatin1String("en") ? v : QStringLiteral("system");
}

void saveLanguageChoice(const QString& choice)
{
    QSettings settings;
    settings.setValue(QLatin1String(kLanguageKey), choice);
}

std::optional<int> setUpLanguage(int argc, char** argv, LanguageUser user)
{
    // Read before the commands parse their arguments, so their own mistakes are reported in the
    // language asked for; each command also lists --lang among its options.
    std::optional<std::string> lang;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--lang") == 0) {
            lang = i + 1 < argc ? argv[i + 1] : "";
            break;
        }
        if (std::strncmp(a, "--lang=", 7) == 0) {
            lang = a + 7;
            break;
        }
    }
    QString choice = QStringLiteral("system");
    if (lang) {
        choice = QString::fromLocal8Bit(lang->c_str());
        if (!availableLanguages().contains(choice)) {
            loadLanguage(resolveLanguage(QStringLiteral("system")));
            std::fprintf(
                stderr, "parlab: %s\n",
                printable(fill(translate("parlab::Language", "--lang must be ko or en (got '%1')"), {*lang})).c_str());
            return kExitUsage;
        }
    } else if (user == LanguageUser::window) {
        QCoreApplication::setOrganizationName(QStringLiteral("parlab")); // where the choice is saved
        QCoreApplication::setApplicationName(QStringLiteral("parlab"));
        choice = savedLanguageChoice();
    }
    loadLanguage(resolveLanguage(choice));
    return std::nullopt;
}

} // namespace parlab::ui
