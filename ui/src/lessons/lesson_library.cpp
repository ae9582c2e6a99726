/// @file lesson_library.cpp
/// @brief Lesson folders and their files, merged by id.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lesson_library.h"

#include "parlab/machine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QStandardPaths>

namespace parlab::ui {

const Lesson* LessonLibrary::find(const QString& id) const
{
    for (const Lesson& l : lessons)
        if (l.id == id)
            return &l;
    return nullptr;
}

QStringList LessonLibrary::ids() const
{
    QStringList out;
    for (const Lesson& l : lessons)
        out << l.id;
    return out;
}

QString lessonLanguage()
{
    return QLocale().name().startsWith(QLatin1String("ko")) ? QStringLiteral("ko") : QStringLiteral("en");
}

QStringList lessonFolders(const QString& language)
{
    QStringList folders{QStringLiteral(":/lessons/") + language};
    // The installed copy: beside the program first (a relocated prefix), then the configured one.
    // The program's path from /proc, not QCoreApplication: `--lesson` is checked before the
    // application object exists.
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString besideProgram = QFileInfo(program).path() + QStringLiteral("/../share/parlab/lessons");
    for (const QString& base : {besideProgram, QStringLiteral(PARLAB_INSTALLED_LESSONS)}) {
        const QString dir = QDir::cleanPath(base + QLatin1Char('/') + language);
        if (!folders.contains(dir))
            folders << dir;
    }
    const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!user.isEmpty()) // a teacher's file straight in lessons/ is for every language
        folders << user + QStringLiteral("/lessons") << user + QStringLiteral("/lessons/") + language;
    return folders;
}

LessonLibrary loadLessons(const QString& language)
{
    return loadLessonsFrom(lessonFolders(language.isEmpty() ? lessonLanguage() : language));
}

LessonLibrary loadLessonsFrom(const QStringList& folders)
{
    // Keyed by file name, so the user's 03-hyperthreads.md replaces the built-in one and the
    // lessons keep the order their names give; then by id, for a renamed copy of a lesson.
    QMap<QString, QString> files;
    for (const QString& folder : folders) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            files.insert(name, dir.filePath(name));
    }
    LessonLibrary lib;
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            lib.problems.push_back(
                {path, QCoreApplication::translate("Lesson", "cannot be read: %1").arg(f.errorString())});
            continue;
        }
        QString error;
        std::optional<Lesson> l = parseLesson(QString::fromUtf8(f.readAll()), path, &error);
        if (!l) {
            lib.problems.push_back({path, error});
            continue;
        }
        auto same =
            std::find_if(lib.lessons.begin(), lib.lessons.end(), [&](const Lesson& o) { return o.id == l->id; });
        if (same != lib.lessons.end())
            *same = *l;
        else
            lib.lessons.push_back(*l);
    }
    return lib;
}

QString lessonBodyForMachine(const QString& body)
{
    const MachineInfo& m = machine();
    QString out = body;
    out.replace(QLatin1String("{physical}"), QString::number(m.physicalCores));
    out.replace(QLatin1String("{logical}"), QString::number(m.logicalCores));
    return out;
}

} // namespace parlab::ui
