/// @file lesson.cpp
/// @brief Reads a lesson file's header and body; every mistake becomes one sentence, never a crash,
/// because these files are written by teachers, not by the build.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lesson.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace parlab::ui {

namespace {

bool parseSettings(const QString& text, LessonSettings* out, QString* error)
{
    for (const QString& token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == token.size() - 1) {
            *error = QCoreApplication::translate("Lesson", "'%1' is not name=value").arg(token);
            return false;
        }
        out->append({token.left(eq), token.mid(eq + 1)});
    }
    return true;
}

} // namespace

QStringList lessonSettingNames(const QString& page)
{
    const QStringList measuring{QStringLiteral("repeats"), QStringLiteral("target")};
    if (page == QLatin1String("pi"))
        return QStringList{QStringLiteral("workers"), QStringLiteral("samples"),      QStringLiteral("blocks"),
                           QStringLiteral("seed"),    QStringLiteral("kernel"),       QStringLiteral("seeding"),
                           QStringLiteral("backend"), QStringLiteral("sweep-workers")} +
               measuring;
    if (page == QLatin1String("primes"))
        return QStringList{QStringLiteral("workers"),   QStringLiteral("from"),     QStringLiteral("to"),
                           QStringLiteral("chunksize"), QStringLiteral("schedule"), QStringLiteral("order"),
                           QStringLiteral("seed"),      QStringLiteral("backend"),  QStringLiteral("kernel")} +
               measuring;
    if (page == QLatin1String("figures"))
        return QStringList{QStringLiteral("figure")} + measuring;
    return {};
}

LessonSettings Lesson::effectiveSettings(bool quickSizes) const
{
    LessonSettings out = settings;
    if (!quickSizes)
        return out;
    for (const auto& [name, value] : quick) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& s) { return s.first == name; });
        if (it != out.end())
            it->second = value;
        else
            out.append({name, value});
    }
    return out;
}

QString Lesson::sweepKind() const
{
    return action.startsWith(QLatin1String("sweep ")) ? action.mid(6).trimmed() : QString();
}

std::optional<Lesson> parseLesson(const QString& text, const QString& source, QString* error)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines)
        if (l.endsWith(QLatin1Char('\r'))) // written on Windows
            l.chop(1);
    if (lines.isEmpty() || lines.front().trimmed() != QLatin1String("---")) {
        *error = QCoreApplication::translate(
            "Lesson", "the file must start with a '---' line, then the header (id:, title:, page:, action:)");
        return std::nullopt;
    }
    Lesson l;
    l.source = source;
    qsizetype i = 1;
    bool closed = false;
    for (; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == QLatin1String("---")) {
            closed = true;
            ++i;
            break;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error =
                QCoreApplication::translate("Lesson", "header line %1 is not 'key: value': %2").arg(i + 1).arg(line);
            return std::nullopt;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("id"))
            l.id = value;
        else if (key == QLatin1String("title"))
            l.title = value;
        else if (key == QLatin1String("figure"))
            l.figure = value;
        else if (key == QLatin1String("page"))
            l.page = value;
        else if (key == QLatin1String("action"))
            l.action = value.simplified();
        else if (key == QLatin1String("question"))
            l.question = value;
        else if (key == QLatin1String("settings") || key == QLatin1String("quick")) {
            if (!parseSettings(value, key == QLatin1String("quick") ? &l.quick : &l.settings, error)) {
                *error = QCoreApplication::translate("Lesson", "%1: %2").arg(key, *error);
                return std::nullopt;
            }
        } else {
            *error = QCoreApplication::translate(
                         "Lesson",
                         "unknown header key '%1' (known: id, title, figure, page, settings, quick, action, question)")
                         .arg(key);
            return std::nullopt;
        }
    }
    if (!closed) {
        *error = QCoreApplication::translate("Lesson", "the header has no closing '---' line");
        return std::nullopt;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(l.id).hasMatch()) {
        *error =
            l.id.isEmpty()
                ? QCoreApplication::translate("Lesson", "the header has no id")
                : QCoreApplication::translate("Lesson", "id '%1' must be lower-case letters, digits and '-'").arg(l.id);
        return std::nullopt;
    }
    if (l.title.isEmpty()) {
        *error = QCoreApplication::translate("Lesson", "the header has no title");
        return std::nullopt;
    }
    const QStringList names = lessonSettingNames(l.page);
    if (names.isEmpty()) {
        *error = QCoreApplication::translate("Lesson", "page must be pi, primes or figures (got '%1')").arg(l.page);
        return std::nullopt;
    }
    for (const auto* list : {&l.settings, &l.quick})
        for (const auto& s : *list)
            if (!names.contains(s.first)) {
                *error =
                    QCoreApplication::translate("Lesson", "setting '%1' does not apply to the %2 page (it takes: %3)")
                        .arg(s.first, l.page, names.join(QStringLiteral(", ")));
                return std::nullopt;
            }
    const bool figures = l.page == QLatin1String("figures");
    const bool actionOk = figures ? (l.action == QLatin1String("measure") || l.action == QLatin1String("open"))
                                  : (l.action == QLatin1String("run") || !l.sweepKind().isEmpty());
    if (!actionOk) {
        *error = figures ? QCoreApplication::translate(
                               "Lesson", "action on the figures page must be 'measure' or 'open' (got '%1')")
                               .arg(l.action)
                         : QCoreApplication::translate("Lesson", "action must be 'run' or 'sweep KIND' (got '%1')")
                               .arg(l.action);
        return std::nullopt;
    }
    if (figures && std::none_of(l.settings.begin(), l.settings.end(),
                                [](const auto& s) { return s.first == QLatin1String("figure"); })) {
        *error = QCoreApplication::translate("Lesson", "a figures lesson needs settings: figure=NAME");
        return std::nullopt;
    }
    l.body = lines.mid(i).join(QLatin1Char('\n')).trimmed();
    return l;
}

} // namespace parlab::ui
